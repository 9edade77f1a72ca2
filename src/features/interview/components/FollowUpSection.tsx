import type { Dispatch, Ref } from 'react';
import type { FollowUp, RoomEvent } from '../lib/room-machine';
import { hasSpeechSynthesis, speak } from '../lib/speech';
import { FollowUpPanel } from './FollowUpPanel';
import type { VoiceAnswerControl } from './VoiceAnswer';

type Props = {
  idBase: string;
  followUp: FollowUp;
  previousAnswer: string | null;
  headingRef: Ref<HTMLHeadingElement>;
  dispatch: Dispatch<RoomEvent>;
  onSubmit: () => void;
  onSkip: () => void;
  submitPending: boolean;
  /** Voice mode: the follow-up is answered by voice like the questions. */
  voice: { onRecordingChange: (listening: boolean) => void; control: Ref<VoiceAnswerControl> } | null;
};

/** The room's follow-up panel: edits go to the room's state, and in voice mode it records and reads aloud. */
export function FollowUpSection({ idBase, followUp, previousAnswer, headingRef, dispatch, onSubmit, onSkip, submitPending, voice }: Props) {
  return (
    <FollowUpPanel
      idBase={idBase}
      followUp={followUp}
      previousAnswer={previousAnswer}
      headingRef={headingRef}
      onChange={(text) => dispatch({ type: 'FOLLOW_UP_EDIT', text })}
      onSubmit={onSubmit}
      onSkip={onSkip}
      submitPending={submitPending}
      voice={
        voice
          ? {
              onSpeakingSeconds: (speakingSeconds) => dispatch({ type: 'FOLLOW_UP_EDIT', speakingSeconds }),
              onListeningChange: voice.onRecordingChange,
              control: voice.control,
              onReadAloud: hasSpeechSynthesis() ? () => speak(followUp.text) : undefined,
            }
          : undefined
      }
    />
  );
}
