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

export const RECOGNITION_ERRORS: Record<string, string> = {
  'not-allowed': 'Microphone access was blocked. Allow it in your browser settings, or type your answer.',
  'service-not-allowed': 'Speech recognition is not allowed in this browser. Type your answer instead.',
  'audio-capture': 'No microphone was found. Connect one, or type your answer.',
  network: 'Speech recognition needs a connection. Your transcript so far is kept — type the rest or try again.',
  'no-speech': "We didn't hear anything. Check your microphone and try again.",
};
