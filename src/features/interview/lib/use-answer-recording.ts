import { useCallback, useEffect, useMemo, useRef } from 'react';

/** Containers the voice-answers bucket accepts, in order of preference (the first the browser can record is used). */
const PREFERRED_TYPES = ['audio/webm;codecs=opus', 'audio/webm', 'audio/ogg;codecs=opus', 'audio/mp4'];

export function recordingSupported(): boolean {
  return typeof MediaRecorder !== 'undefined' && typeof navigator !== 'undefined' && Boolean(navigator.mediaDevices?.getUserMedia);
}

function preferredType(): string | undefined {
  if (typeof MediaRecorder.isTypeSupported !== 'function') return undefined;
  return PREFERRED_TYPES.find((type) => MediaRecorder.isTypeSupported(type));
}

type Take = {
  stream: MediaStream;
  recorder: MediaRecorder;
  chunks: Blob[];
};

export type AnswerRecording = {
  supported: boolean;
  /** Starts recording the microphone, or resumes the answer's recording (what is said next is appended). */
  start: () => void;
  /** Pauses with the recognizer; the microphone stays with the answer until take() or discard(). */
  pause: () => void;
  /** Ends the answer's recording, releases the microphone and hands over the audio (null: nothing was recorded). */
  take: () => Promise<Blob | null>;
  /** Drops the answer's recording (e.g. the transcript was cleared) and releases the microphone. */
  discard: () => void;
};

function release(stream: MediaStream) {
  for (const track of stream.getTracks()) track.stop();
}

/**
 * Records a voice answer with MediaRecorder alongside the live transcript: one microphone stream per answer, paused
 * between recordings and resumed, so the answer is one playable file. Where MediaRecorder or the microphone is not
 * available, every call does nothing and take() gives null: the answer is submitted without audio.
 */
export function useAnswerRecording(): AnswerRecording {
  const supported = recordingSupported();
  const takeRef = useRef<Take | null>(null);
  /** The microphone request under way (start() before the stream arrived). */
  const pendingRef = useRef<Promise<Take | null> | null>(null);
  /** Whether the user is recording now: a stream that arrives after pause() must not start recording. */
  const wantedRef = useRef(false);
  /** Bumped by take()/discard(): a stream requested before belongs to an answer that is over. */
  const generationRef = useRef(0);

  const open = useCallback(async (): Promise<Take | null> => {
    const generation = generationRef.current;
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    } catch {
      // Blocked or no microphone: the transcript still works (the recognizer reports its own error).
      return null;
    }
    if (generation !== generationRef.current) {
      release(stream);
      return null;
    }
    let recorder: MediaRecorder;
    try {
      const mimeType = preferredType();
      recorder = new MediaRecorder(stream, mimeType ? { mimeType } : undefined);
    } catch {
      release(stream);
      return null;
    }
    const take: Take = { stream, recorder, chunks: [] };
    recorder.addEventListener('dataavailable', (event) => {
      if (event.data.size > 0) take.chunks.push(event.data);
    });
    return take;
  }, []);

  const start = useCallback(() => {
    if (!supported) return;
    wantedRef.current = true;
    const current = takeRef.current;
    if (current) {
      if (current.recorder.state === 'paused') current.recorder.resume();
      // Granted after the user had already stopped: this is the answer's first recording.
      else if (current.recorder.state === 'inactive') current.recorder.start();
      return;
    }
    if (pendingRef.current) return;
    const pending = open().then((take) => {
      if (pendingRef.current === pending) pendingRef.current = null;
      if (!take) return null;
      takeRef.current = take;
      if (wantedRef.current) take.recorder.start();
      return take;
    });
    pendingRef.current = pending;
  }, [open, supported]);

  const pause = useCallback(() => {
    wantedRef.current = false;
    const recorder = takeRef.current?.recorder;
    if (recorder?.state === 'recording') recorder.pause();
  }, []);

  const finish = useCallback(async (keep: boolean): Promise<Blob | null> => {
    wantedRef.current = false;
    generationRef.current += 1;
    const pending = pendingRef.current;
    pendingRef.current = null;
    const take = takeRef.current ?? (pending ? await pending : null);
    takeRef.current = null;
    if (!take) return null;
    const { recorder, stream, chunks } = take;
    if (recorder.state !== 'inactive') {
      const stopped = new Promise<void>((resolve) => recorder.addEventListener('stop', () => resolve(), { once: true }));
      recorder.stop();
      await stopped;
    }
    release(stream);
    if (!keep || chunks.length === 0) return null;
    const blob = new Blob(chunks, { type: recorder.mimeType || chunks[0]!.type });
    return blob.size > 0 ? blob : null;
  }, []);

  const take = useCallback(() => finish(true), [finish]);
  const discard = useCallback(() => void finish(false), [finish]);

  // Leaving the answer (another question, another page) ends its recording and frees the microphone.
  useEffect(() => () => discard(), [discard]);

  return useMemo(() => ({ supported, start, pause, take, discard }), [supported, start, pause, take, discard]);
}
