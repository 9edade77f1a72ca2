import { useLayoutEffect, useRef, useState } from 'react';
import type { VoiceAnswerControl } from '../components/VoiceAnswer';

export type PendingSubmit = { kind: 'answer' | 'follow-up'; questionId: string };

/**
 * Submitting while recording: the recording is stopped first, and what was said is submitted once it has ended
 * (with its final transcript and speaking time).
 */
export function useSubmitWhenStopped(questionIdOnScreen: string | undefined) {
  /** The voice answer on screen (the question's or the follow-up's): is it recording, and a way to stop it. */
  const control = useRef<VoiceAnswerControl>(null);
  const [recording, setRecording] = useState(false);
  const [pending, setPending] = useState<PendingSubmit | null>(null);
  const carriedOut = useRef<PendingSubmit | null>(null);
  /** The question on screen, for callbacks that may come from an earlier render. */
  const questionOnScreen = useRef(questionIdOnScreen);
  useLayoutEffect(() => {
    questionOnScreen.current = questionIdOnScreen;
  });

  const stopThenSubmit = (submit: PendingSubmit) => {
    setPending(submit);
    control.current?.stop();
  };

  // The recognizer reports its end and the speaking time together, and the voice answer calls this after the render
  // that holds both, so the draft the submit sees is final. A voice answer that unmounts calls it from its last
  // render, hence the refs: the question on screen now, and the request already carried out.
  const onRecordingChange = (listening: boolean, submit: (kind: PendingSubmit['kind']) => void) => {
    setRecording(listening);
    if (listening || !pending || carriedOut.current === pending) return;
    carriedOut.current = pending;
    setPending(null);
    // Not if the user has moved on meanwhile (skipped the question or the follow-up).
    if (questionOnScreen.current !== pending.questionId) return;
    submit(pending.kind);
  };

  /** Moving to another question drops a submit still waiting for the recording to end: the answer left behind is
   *  not sent, even if the recognizer reports its end before the next question is on screen. */
  const dropPending = () => {
    if (!pending) return;
    carriedOut.current = pending;
    setPending(null);
  };

  return { control, recording, pendingKind: pending?.kind, stopThenSubmit, onRecordingChange, dropPending };
}
