import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import i18next from 'i18next';
import { getRecognitionConstructor, recognitionErrorText, type Recognition } from './speech';

/** How long stop() waits for the engine's `end` before finishing the recording itself. */
export const STOP_TIMEOUT_MS = 3000;

/**
 * Live transcription with SpeechRecognition. `onText` receives the transcript appended to `baseText`
 * (what was already in the answer box when listening started), so the user can edit before submitting.
 */
export function useSpeechRecognition(onText: (text: string) => void, onSpeakingSeconds: (seconds: number) => void) {
  const supported = getRecognitionConstructor() !== null;
  const [listening, setListening] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [elapsed, setElapsed] = useState(0);
  const recognitionRef = useRef<Recognition | null>(null);
  const startedAtRef = useRef<number>(0);
  const baseSecondsRef = useRef(0);
  const onTextRef = useRef(onText);
  const onSecondsRef = useRef(onSpeakingSeconds);
  // Recognition events arrive after commit; the layout effect keeps them calling the latest callbacks.
  useLayoutEffect(() => {
    onTextRef.current = onText;
    onSecondsRef.current = onSpeakingSeconds;
  });

  const stop = useCallback(() => {
    const recognition = recognitionRef.current;
    if (!recognition) return;
    recognition.stop();
    // An engine that never reports `end` after stop() must not leave the user stuck (a submit waits for it).
    window.setTimeout(() => {
      if (recognitionRef.current !== recognition) return;
      recognition.onend?.();
      recognition.abort();
    }, STOP_TIMEOUT_MS);
  }, []);

  const start = useCallback((baseText: string, baseSeconds: number) => {
    const Constructor = getRecognitionConstructor();
    if (!Constructor || recognitionRef.current) return;
    setError(null);
    const recognition = new Constructor();
    recognition.continuous = true;
    recognition.interimResults = true;
    recognition.lang = document.documentElement.lang || 'en-US';
    const prefix = baseText.trim() ? `${baseText.trim()} ` : '';
    const finals: string[] = [];
    let heard = false;
    recognition.onresult = (event) => {
      heard = true;
      let interim = '';
      for (let i = event.resultIndex; i < event.results.length; i += 1) {
        const result = event.results[i]!;
        if (result.isFinal) finals[i] = result[0].transcript.trim();
        else interim += result[0].transcript;
      }
      const spoken = [...finals.filter(Boolean), interim.trim()].filter(Boolean).join(' ');
      onTextRef.current(`${prefix}${spoken}`.trim());
    };
    recognition.onerror = (event) => setError(recognitionErrorText(event.error));
    let ended = false;
    recognition.onend = () => {
      if (ended) return;
      ended = true;
      recognitionRef.current = null;
      setListening(false);
      // Only a session that heard speech adds speaking time. One that was blocked (not-allowed), found no
      // microphone or heard nothing adds none; otherwise an answer typed after it would be stored and scored
      // as speech, with a words-per-minute rate computed from seconds nobody spoke.
      const seconds = baseSecondsRef.current + (heard ? (Date.now() - startedAtRef.current) / 1000 : 0);
      onSecondsRef.current(Math.round(seconds * 10) / 10);
    };
    recognitionRef.current = recognition;
    baseSecondsRef.current = baseSeconds;
    startedAtRef.current = Date.now();
    setElapsed(baseSeconds);
    try {
      recognition.start();
      setListening(true);
    } catch {
      recognitionRef.current = null;
      setError(i18next.t('interview:speech.couldNotStart'));
    }
  }, []);

  useEffect(() => {
    if (!listening) return;
    const timer = window.setInterval(() => {
      setElapsed(baseSecondsRef.current + (Date.now() - startedAtRef.current) / 1000);
    }, 500);
    return () => window.clearInterval(timer);
  }, [listening]);

  useEffect(() => () => recognitionRef.current?.abort(), []);

  return { supported, listening, error, elapsed, start, stop };
}
