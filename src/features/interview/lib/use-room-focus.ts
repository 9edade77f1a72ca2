import { useEffect, useRef } from 'react';
import type { RoomState } from './room-machine';

/** Moves focus to the question when it changes, to the feedback when it arrives and to a follow-up when asked. */
export function useRoomFocus(state: Pick<RoomState, 'index' | 'phase'>) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const feedbackRef = useRef<HTMLHeadingElement>(null);
  const followUpRef = useRef<HTMLHeadingElement>(null);
  const previousIndex = useRef(state.index);
  useEffect(() => {
    if (previousIndex.current !== state.index && state.phase === 'answering') headingRef.current?.focus();
    previousIndex.current = state.index;
  }, [state.index, state.phase]);
  useEffect(() => {
    if (state.phase === 'feedback') feedbackRef.current?.focus();
    if (state.phase === 'followup') followUpRef.current?.focus();
  }, [state.phase]);
  return { headingRef, feedbackRef, followUpRef };
}
