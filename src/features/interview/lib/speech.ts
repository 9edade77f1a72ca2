import i18next from 'i18next';
import '../i18n';

/** Feature detection and small wrappers for the Web Speech API (not in every browser). */

type RecognitionResultList = ArrayLike<{ isFinal: boolean; 0: { transcript: string } }>;
export type RecognitionEvent = { resultIndex: number; results: RecognitionResultList };
export type Recognition = {
  continuous: boolean;
  interimResults: boolean;
  lang: string;
  start(): void;
  stop(): void;
  abort(): void;
  onresult: ((event: RecognitionEvent) => void) | null;
  onerror: ((event: { error: string }) => void) | null;
  onend: (() => void) | null;
};
type RecognitionConstructor = new () => Recognition;

export function getRecognitionConstructor(): RecognitionConstructor | null {
  if (typeof window === 'undefined') return null;
  const w = window as unknown as { SpeechRecognition?: RecognitionConstructor; webkitSpeechRecognition?: RecognitionConstructor };
  return w.SpeechRecognition ?? w.webkitSpeechRecognition ?? null;
}

export function hasSpeechSynthesis(): boolean {
  return typeof window !== 'undefined' && 'speechSynthesis' in window && typeof window.SpeechSynthesisUtterance === 'function';
}

export function speak(text: string, onEnd?: () => void): boolean {
  if (!hasSpeechSynthesis()) return false;
  window.speechSynthesis.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.rate = 1;
  if (onEnd) {
    utterance.onend = onEnd;
    utterance.onerror = onEnd;
  }
  window.speechSynthesis.speak(utterance);
  return true;
}

export function stopSpeaking() {
  if (hasSpeechSynthesis()) window.speechSynthesis.cancel();
}

/** The recognizer's error codes with words of their own (`interview:speech.errors.<code>`). */
const RECOGNITION_ERRORS = ['not-allowed', 'service-not-allowed', 'audio-capture', 'network', 'no-speech'];

/** What a recognizer error means for the candidate, in the UI language. */
export function recognitionErrorText(code: string): string {
  return RECOGNITION_ERRORS.includes(code) ? i18next.t(`interview:speech.errors.${code}`) : i18next.t('interview:speech.errors.other');
}
