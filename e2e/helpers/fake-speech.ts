// The one fake of the voice tests, at the outside boundary: headless Chromium has no working speech recognition
// (Chrome's Web Speech API streams audio to Google). An init script installs window.SpeechRecognition /
// webkitSpeechRecognition with the real API's shape and event order; the test speaks through window.__speech.
import type { Browser, Page } from 'playwright-core';

export type SpeechControl = {
  /** One entry per start(): how the app configured the recognizer. */
  starts: { continuous: boolean; interimResults: boolean; lang: string }[];
  listening: boolean;
  /** Emits a result (interim: replaces the pending one; final: ends it) to the recognizer that is listening. */
  say(text: string, options: { final: boolean }): void;
  /** Fails the listening recognizer like the browser does: an error event, then end. */
  fail(error: string): void;
};
declare global {
  interface Window {
    __speech: SpeechControl;
  }
}

export function installFakeSpeechRecognition() {
  type Alternative = { transcript: string; confidence: number };
  type Result = { isFinal: boolean; length: 1; 0: Alternative; item(index: number): Alternative };
  const makeResult = (transcript: string, isFinal: boolean): Result => {
    const alternative = { transcript, confidence: isFinal ? 0.92 : 0.6 };
    return { isFinal, length: 1, 0: alternative, item: (index: number) => (index === 0 ? alternative : (null as never)) };
  };
  // The recognizer that is listening now (the page's code holds the instance; the test drives it through here).
  const listening: { recognizer: FakeSpeechRecognition | null } = { recognizer: null };

  class FakeSpeechRecognition extends EventTarget {
    continuous = false;
    interimResults = false;
    lang = '';
    maxAlternatives = 1;
    onstart: ((event: Event) => void) | null = null;
    onaudiostart: ((event: Event) => void) | null = null;
    onresult: ((event: Event) => void) | null = null;
    onerror: ((event: Event) => void) | null = null;
    onend: ((event: Event) => void) | null = null;
    private state: 'idle' | 'listening' | 'stopping' = 'idle';
    private results: Result[] = [];

    start() {
      if (this.state !== 'idle') {
        throw new DOMException("Failed to execute 'start' on 'SpeechRecognition': recognition has already started.", 'InvalidStateError');
      }
      this.state = 'listening';
      this.results = [];
      listening.recognizer = this;
      window.__speech.starts.push({ continuous: this.continuous, interimResults: this.interimResults, lang: this.lang });
      setTimeout(() => {
        this.fire('start');
        this.fire('audiostart');
      }, 20);
    }

    /** Stops listening: the pending hypothesis is finalized, then end. */
    stop() {
      if (this.state !== 'listening') return;
      this.state = 'stopping';
      setTimeout(() => {
        const last = this.results[this.results.length - 1];
        if (last && !last.isFinal) this.emit(makeResult(last[0].transcript, true));
        this.end();
      }, 60);
    }

    /** Stops without finalizing: an "aborted" error, then end. */
    abort() {
      if (this.state === 'idle') return;
      this.state = 'stopping';
      setTimeout(() => {
        this.fire('error', { error: 'aborted', message: '' });
        this.end();
      }, 0);
    }

    hear(text: string, final: boolean) {
      if (this.state !== 'listening') throw new Error('the recognizer is not listening');
      if (!final && !this.interimResults) return;
      this.emit(makeResult(text, final));
      if (final && !this.continuous) this.stop();
    }

    failWith(error: string) {
      this.fire('error', { error, message: '' });
      this.end();
    }

    private emit(result: Result) {
      const last = this.results[this.results.length - 1];
      const index = last && !last.isFinal ? this.results.length - 1 : this.results.length;
      this.results[index] = result;
      const list = Object.assign([...this.results], { item: (i: number) => this.results[i] ?? null });
      this.fire('result', { resultIndex: index, results: list });
    }

    private end() {
      this.state = 'idle';
      if (listening.recognizer === this) listening.recognizer = null;
      this.fire('end');
    }

    private fire(type: string, fields: Record<string, unknown> = {}) {
      const event = new Event(type);
      for (const [key, value] of Object.entries(fields)) Object.defineProperty(event, key, { value, enumerable: true });
      const handler = (this as unknown as Record<string, unknown>)[`on${type}`];
      if (typeof handler === 'function') handler.call(this, event);
      this.dispatchEvent(event);
    }
  }

  window.__speech = {
    starts: [],
    get listening() {
      return listening.recognizer !== null;
    },
    say(text, { final }) {
      if (!listening.recognizer) throw new Error('nobody is listening: start recording first');
      listening.recognizer.hear(text, final);
    },
    fail(error) {
      if (!listening.recognizer) throw new Error('nobody is listening: start recording first');
      listening.recognizer.failWith(error);
    },
  };
  Object.defineProperty(window, 'SpeechRecognition', { value: FakeSpeechRecognition, configurable: true, writable: true });
  Object.defineProperty(window, 'webkitSpeechRecognition', { value: FakeSpeechRecognition, configurable: true, writable: true });
}

/** A desktop-sized page with the speech-recognition fake installed, collecting uncaught page errors. */
export async function newVoicePage(browser: Browser): Promise<{ page: Page; pageErrors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(installFakeSpeechRecognition);
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return { page, pageErrors };
}
