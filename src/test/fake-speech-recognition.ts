// A Web Speech API SpeechRecognition stand-in for component tests, driven by the test: `say` emits interim or
// final results (an interim result is replaced by the next one, like Chrome), `stop` finalises the pending
// interim result and then ends, `fail` reports an error and ends. Install it with installFakeSpeechRecognition.
import { act } from '@testing-library/react';

export type FakeRecognitionOptions = {
  /** How `end` follows stop()/abort(): at once, after a delay in ms, never (an engine that hangs), or when the
   *  test calls `finishStopping()` (to look at the screen while the engine is still ending). */
  end?: 'sync' | number | 'never' | 'manual';
};

type Result = { isFinal: boolean; 0: { transcript: string } };

export class FakeRecognition {
  static last: FakeRecognition | null = null;
  static options: FakeRecognitionOptions = {};
  continuous = false;
  interimResults = false;
  lang = '';
  onresult: ((event: unknown) => void) | null = null;
  onerror: ((event: { error: string }) => void) | null = null;
  onend: (() => void) | null = null;
  listening = false;
  aborted = false;
  results: Result[] = [];
  private pendingFinish: (() => void) | null = null;

  constructor() {
    FakeRecognition.last = this;
  }

  start() {
    this.listening = true;
  }

  stop() {
    if (!this.listening) return;
    this.listening = false;
    this.afterStop(() => {
      const pending = this.results.at(-1);
      if (pending && !pending.isFinal) this.emit(pending[0].transcript, true);
      this.onend?.();
    });
  }

  abort() {
    this.listening = false;
    this.aborted = true;
    this.afterStop(() => this.onend?.(), 0);
  }

  say(transcript: string, isFinal: boolean) {
    if (!this.listening) throw new Error('the fake recognition is not listening');
    this.emit(transcript, isFinal);
  }

  /** With `end: 'manual'`: the engine delivers its last result and ends now. */
  finishStopping() {
    const finish = this.pendingFinish;
    if (!finish) throw new Error('the fake recognition is not stopping');
    this.pendingFinish = null;
    finish();
  }

  fail(error: string) {
    this.listening = false;
    this.onerror?.({ error });
    this.onend?.();
  }

  private afterStop(finish: () => void, asyncDelay?: number) {
    const end = FakeRecognition.options.end ?? 'sync';
    if (end === 'never' && asyncDelay === undefined) return;
    if (end === 'manual' && asyncDelay === undefined) this.pendingFinish = finish;
    else if (end === 'sync') finish();
    else setTimeout(finish, asyncDelay ?? (typeof end === 'number' ? end : 0));
  }

  private emit(transcript: string, isFinal: boolean) {
    const pending = this.results.at(-1);
    const index = pending && !pending.isFinal ? this.results.length - 1 : this.results.length;
    this.results[index] = { isFinal, 0: { transcript } };
    this.onresult?.({ resultIndex: index, results: [...this.results] });
  }
}

type SpeechWindow = Record<string, unknown>;

/** Makes `window.webkitSpeechRecognition` the fake; undo with uninstallFakeSpeechRecognition (e.g. in afterEach). */
export function installFakeSpeechRecognition(options: FakeRecognitionOptions = {}) {
  FakeRecognition.options = options;
  FakeRecognition.last = null;
  (window as unknown as SpeechWindow).webkitSpeechRecognition = FakeRecognition;
}

export function uninstallFakeSpeechRecognition() {
  delete (window as unknown as SpeechWindow).webkitSpeechRecognition;
  FakeRecognition.last = null;
  FakeRecognition.options = {};
}

/** The recognition the component started last. */
export function recognition(): FakeRecognition {
  if (!FakeRecognition.last) throw new Error('no speech recognition was started');
  return FakeRecognition.last;
}

/** Speech arriving while React is rendering: wrapped in act(). */
export const say = (transcript: string, isFinal = true) => act(() => recognition().say(transcript, isFinal));
