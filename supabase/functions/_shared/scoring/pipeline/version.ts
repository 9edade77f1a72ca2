export const ENGINE = 'local';
export const ENGINE_VERSION = 'local-1.0.0';
/** Invalid answers score 0-15; valid answers score at least this. */
export const VALID_MIN_SCORE = 5;
