import type { TestResults } from './schemas';

/**
 * Drafts live in localStorage, keyed by session + question, so they survive reloads, crashes and a lost
 * connection. They are removed once the answer is stored on the server.
 */
export type Draft = {
  text: string;
  code: string;
  /** Seconds of speech captured by voice input. */
  speakingSeconds: number;
  /** Epoch ms when the question was first shown. */
  startedAt: number;
  /**
   * Milliseconds the question has been on screen (page visible). The time limit and the time taken count only
   * these: a break with the tab hidden or the room closed doesn't use up the answer's time.
   */
  activeMs: number;
  testResults: TestResults | null;
  updatedAt: number;
};

export type RoomMeta = {
  currentId: string | null;
  skipped: string[];
  feedbackMode: 'immediate' | 'deferred';
  /** Questions whose follow-up the user skipped (the server only records answers). */
  skippedFollowUps: string[];
};

const PREFIX = 'interviewai:interview';
const draftKey = (sessionId: string, questionId: string) => `${PREFIX}:${sessionId}:draft:${questionId}`;
const metaKey = (sessionId: string) => `${PREFIX}:${sessionId}:room`;
const followUpKey = (sessionId: string, questionId: string) => `${PREFIX}:${sessionId}:follow-up:${questionId}`;

export function emptyDraft(now: number, code = ''): Draft {
  return { text: '', code, speakingSeconds: 0, startedAt: now, activeMs: 0, testResults: null, updatedAt: now };
}

function read<T>(key: string): T | null {
  try {
    const raw = window.localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as T) : null;
  } catch {
    return null;
  }
}

function write(key: string, value: unknown) {
  try {
    window.localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or disabled: the answer still lives in memory until submitted.
  }
}

export function loadDraft(sessionId: string, questionId: string): Draft | null {
  const draft = read<Partial<Draft>>(draftKey(sessionId, questionId));
  if (!draft || typeof draft !== 'object') return null;
  const startedAt = typeof draft.startedAt === 'number' ? draft.startedAt : Date.now();
  const updatedAt = typeof draft.updatedAt === 'number' ? draft.updatedAt : Date.now();
  return {
    text: typeof draft.text === 'string' ? draft.text : '',
    code: typeof draft.code === 'string' ? draft.code : '',
    speakingSeconds: typeof draft.speakingSeconds === 'number' ? draft.speakingSeconds : 0,
    startedAt,
    // Drafts saved before on-screen time was kept: the time until their last edit is the best known.
    activeMs: typeof draft.activeMs === 'number' && draft.activeMs >= 0 ? draft.activeMs : Math.max(0, updatedAt - startedAt),
    testResults: draft.testResults ?? null,
    updatedAt,
  };
}

export function saveDraft(sessionId: string, questionId: string, draft: Draft) {
  write(draftKey(sessionId, questionId), draft);
}

export function clearDraft(sessionId: string, questionId: string) {
  try {
    window.localStorage.removeItem(draftKey(sessionId, questionId));
  } catch {
    // ignore
  }
}

export function loadRoomMeta(sessionId: string): RoomMeta {
  const meta = read<Partial<RoomMeta>>(metaKey(sessionId));
  return {
    currentId: typeof meta?.currentId === 'string' ? meta.currentId : null,
    skipped: Array.isArray(meta?.skipped) ? meta.skipped.filter((id): id is string => typeof id === 'string') : [],
    feedbackMode: meta?.feedbackMode === 'deferred' ? 'deferred' : 'immediate',
    skippedFollowUps: Array.isArray(meta?.skippedFollowUps)
      ? meta.skippedFollowUps.filter((id): id is string => typeof id === 'string')
      : [],
  };
}

export function saveRoomMeta(sessionId: string, meta: RoomMeta) {
  write(metaKey(sessionId), meta);
}

/** The unsent answer to a question's follow-up (survives a reload while the follow-up is open). */
export type FollowUpDraft = {
  text: string;
  /** Seconds of speech captured by voice input (0 when typed), so a spoken answer is still sent as speech after a reload. */
  speakingSeconds: number;
};

export function loadFollowUpDraft(sessionId: string, questionId: string): FollowUpDraft | null {
  const stored = read<unknown>(followUpKey(sessionId, questionId));
  // Drafts saved before voice follow-ups were plain strings.
  if (typeof stored === 'string') return { text: stored, speakingSeconds: 0 };
  if (!stored || typeof stored !== 'object') return null;
  const { text, speakingSeconds } = stored as Partial<FollowUpDraft>;
  if (typeof text !== 'string') return null;
  return { text, speakingSeconds: typeof speakingSeconds === 'number' && speakingSeconds > 0 ? speakingSeconds : 0 };
}

export function saveFollowUpDraft(sessionId: string, questionId: string, draft: FollowUpDraft) {
  write(followUpKey(sessionId, questionId), draft);
}

export function clearFollowUpDraft(sessionId: string, questionId: string) {
  try {
    window.localStorage.removeItem(followUpKey(sessionId, questionId));
  } catch {
    // ignore
  }
}

/** Removes everything stored for a finished interview. */
export function clearInterviewStorage(sessionId: string) {
  try {
    const prefix = `${PREFIX}:${sessionId}:`;
    const keys: string[] = [];
    for (let i = 0; i < window.localStorage.length; i += 1) {
      const key = window.localStorage.key(i);
      if (key?.startsWith(prefix)) keys.push(key);
    }
    keys.forEach((key) => window.localStorage.removeItem(key));
  } catch {
    // ignore
  }
}
