import { useEffect, type Dispatch } from 'react';
import type { RoomEvent } from './room-machine';

/**
 * The answer clock of the open question: ticks once a second while answering, and stops while the page is
 * hidden (another tab, a minimised window, a locked phone) — the room promises that a break keeps your place.
 */
export function useRoomClock(answering: boolean, hasTimeLimit: boolean, dispatch: Dispatch<RoomEvent>) {
  useEffect(() => {
    if (!answering) return;
    const onVisibility = () => dispatch({ type: document.hidden ? 'HIDDEN' : 'VISIBLE', now: Date.now() });
    if (document.hidden) onVisibility();
    document.addEventListener('visibilitychange', onVisibility);
    return () => document.removeEventListener('visibilitychange', onVisibility);
  }, [answering, dispatch]);

  useEffect(() => {
    if (!answering) return;
    // Without a time limit the tick still counts on-screen time into the saved draft (the time taken).
    const timer = window.setInterval(() => dispatch({ type: 'TICK', now: Date.now() }), hasTimeLimit ? 1000 : 5000);
    return () => window.clearInterval(timer);
  }, [answering, hasTimeLimit, dispatch]);
}
