import { useState, type Dispatch } from 'react';
import { useNavigate } from 'react-router-dom';
import { toUserMessage } from '@/lib/errors';
import { useCancelInterview } from '../api/cancel-interview';
import { useCompleteInterview } from '../api/complete-interview';
import { clearInterviewStorage } from './drafts';
import type { RoomEvent } from './room-machine';
import { routes } from '@/lib/routes';

/** Ending the interview: with nothing answered it is cancelled (no report), otherwise completed and the report opened. */
export function useFinishInterview(sessionId: string, answered: number, dispatch: Dispatch<RoomEvent>) {
  const navigate = useNavigate();
  const complete = useCompleteInterview();
  const cancel = useCancelInterview();
  const [confirming, setConfirming] = useState(false);

  const finish = () => {
    setConfirming(false);
    if (answered === 0) {
      cancel.mutate(sessionId, {
        onSuccess: () => {
          clearInterviewStorage(sessionId);
          navigate(routes.app.dashboard, { replace: true });
        },
      });
      return;
    }
    dispatch({ type: 'FINISH' });
    complete.mutate(sessionId, {
      onSuccess: () => {
        clearInterviewStorage(sessionId);
        dispatch({ type: 'FINISHED' });
        navigate(routes.app.report(sessionId), { replace: true });
      },
      onError: (error) => dispatch({ type: 'FINISH_FAILED', message: toUserMessage(error) }),
    });
  };

  return {
    confirming,
    askToConfirm: () => setConfirming(true),
    keepGoing: () => setConfirming(false),
    finish,
    completing: complete.isPending,
    cancelling: cancel.isPending,
    cancelError: cancel.isError ? toUserMessage(cancel.error) : null,
  };
}
