// The local relevance engine (no model, no network): lexical overlap with
// the question's profile weighted by IDF, plus the question's intent class.

import { intentCues, isStoryIntent, narrationCount, questionIntent } from './intent.ts';
import { buildProfile, lexicalMatch } from './lexical.ts';
import type { RelevanceInput, RelevanceJudge, RelevanceVerdict } from './types.ts';
import { memo, questionKey } from '../memo.ts';

/** The question's intent and term profile: the same for every answer to it (remembered per isolate). */
const questionProfile = memo<{ intent: ReturnType<typeof questionIntent>; profile: ReturnType<typeof buildProfile> }>(1000);

// Thresholds calibrated on tests/fixtures/scoring (answers to other questions vs. poor answers to this one).
/** A technical answer with less of its specific vocabulary in the question's profile is off topic. */
export const OFF_TOPIC_PRECISION = 0.18;
/** Stories carry names and context of their own, so less of their vocabulary is the question's. */
export const STORY_PRECISION = 0.1;
/** Precision at which lexical relevance counts as full. */
const PRECISION_FULL = 0.4;

export function judgeRelevanceLocally(input: RelevanceInput): RelevanceVerdict {
  const q = input.question;
  const { intent, profile } = questionProfile(questionKey(q.text, q.type, q.key_points, q.expected_answer, q.role), () => ({
    intent: questionIntent(q.text, q.type),
    profile: buildProfile({ question: q.text, keyPoints: q.key_points, expected: q.expected_answer, role: q.role }),
  }));
  const answer = `${input.text}\n${input.code ?? ''}`;
  const lex = lexicalMatch(profile, answer);
  const cues = intentCues(intent, input.text);
  const shared = lex.shared.slice(0, 6);

  // Precision (share of the answer's specific vocabulary that belongs to the question's profile) separates an
  // answer to another question far better than recall, which long answers reach by sheer size.
  const lexical = Math.min(1, lex.precision / PRECISION_FULL);
  const lexicalOk = lex.precision >= OFF_TOPIC_PRECISION ||
    (lex.precision >= OFF_TOPIC_PRECISION * 0.65 && lex.questionRecall >= 0.5);
  let score: number;
  let onTopic: boolean;
  if (intent === 'follow_up') {
    // Judged with the conversation it belongs to: only the validity gate (gibberish, empty, copied) applies.
    score = Math.max(lexical, 0.5);
    onTopic = true;
  } else if (cues !== null) {
    // Behavioral intent with a cue list: the story must be of the asked kind.
    const intentScore = Math.min(1, cues / 3);
    score = Math.min(1, 0.6 * intentScore + 0.4 * lexical);
    // Cues alone are not enough for a story intent: an explanation of a system that says "failure rate" and
    // "retries" is no story of a failure. Without own past-tense narration the answer must share the question's
    // vocabulary too.
    const narrated = narrationCount(input.text) >= 1;
    const closeWords = lex.precision >= (narrated ? STORY_PRECISION : STORY_PRECISION * 1.5);
    onTopic = intent === 'motivation' ? cues >= 2 : (cues >= 2 && narrated) || (cues >= 1 && closeWords);
  } else if (isStoryIntent(intent)) {
    // A story question without a known intent ("a time you improved performance") names a topic, not a kind of
    // story: touching the topic's concept is enough.
    score = Math.max(lexical, lex.score * 0.8);
    onTopic = lex.precision >= STORY_PRECISION || lex.score >= 0.5;
  } else {
    score = lexical;
    onTopic = lexicalOk;
  }
  const verdict: RelevanceVerdict = { score, onTopic, intent, method: 'local', shared };
  if (!onTopic) verdict.reason = offTopicReason(intent, shared);
  return verdict;
}

const INTENT_ASK: Record<string, string> = {
  motivation: 'why you want this role and company',
  conflict: 'a conflict or disagreement and how you handled it',
  failure: 'a mistake or failure of yours and what you did about it',
  feedback: 'feedback and how you responded to it',
  priorities: 'how you handled competing priorities',
  deadline: 'a deadline at risk and how you handled it',
  influence: 'how you influenced a decision',
  explain: 'how you explained something technical to a non-technical audience',
  achievement: 'something you achieved and your part in it',
  change: 'how you adapted to a change',
  customer: 'how you used customer feedback',
  ethics: 'a concern you raised',
  team: 'how you built or onboarded a team',
  help: 'when and how you asked for help',
  data: 'how data changed a decision',
};

function offTopicReason(intent: string, shared: string[]): string {
  const ask = INTENT_ASK[intent];
  if (ask) return `it does not address the question, which asks about ${ask}`;
  return shared.length
    ? `it does not address the question: it is about something else and, apart from '${
      shared[0]
    }', shares nothing with what the question asks about`
    : 'it does not address the question: it is about something else and shares nothing with what the question asks about';
}

export const localRelevance: RelevanceJudge = { method: 'local', judge: judgeRelevanceLocally };
