// Local templates that tie bank questions to the candidate: a lead sentence naming one of their employers,
// projects or skills, or a skill the posting requires, in front of the bank question (whose answer keys,
// tests and starter code stay valid). With documents, at least half of the questions name something of
// theirs; without, the questions are returned unchanged.

import { SKILL_ALIASES } from '../ai/keywords.ts';
import { questionIntent } from '../scoring/relevance/index.ts';
import { type CandidateProfile, isEmptyProfile } from './extract.ts';

export interface TailorableQuestion {
  question_text: string;
  question_type: 'technical' | 'behavioral' | 'coding' | 'system_design';
  /** The question's skills (string[]; anything else counts as none). */
  skills?: unknown;
  skill_category?: unknown;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const wordPattern = (word: string) => new RegExp(`(?<![\\w+#])${escape(word)}(?![\\w+#])`, 'i');

function profileWords(profile: CandidateProfile): string[] {
  const words = [...profile.employers, ...profile.projects];
  for (const skill of [...profile.skills, ...profile.requiredSkills]) {
    words.push(skill, ...(SKILL_ALIASES[skill] ?? []).filter((a) => a.length > 3));
  }
  return words;
}

/** Does the question name one of the candidate's employers, projects or skills, or a required skill? */
export function mentionsProfile(text: string, profile: CandidateProfile): boolean {
  return profileWords(profile).some((w) => wordPattern(w).test(text));
}

function skillOf(q: TailorableQuestion, skills: string[]): string | undefined {
  const listed = Array.isArray(q.skills) ? q.skills.filter((s): s is string => typeof s === 'string') : [];
  const own = new Set([...listed, typeof q.skill_category === 'string' ? q.skill_category : ''].map((s) => s.toLowerCase()));
  return skills.find((s) => own.has(s.toLowerCase()));
}

const isStory = (q: TailorableQuestion) =>
  q.question_type === 'behavioral' && questionIntent(q.question_text, 'behavioral') !== 'motivation';

/** A lead sentence for one question, or null when nothing of the profile fits it. `turn` varies the anchor. */
function lead(q: TailorableQuestion, profile: CandidateProfile, turn: number): string | null {
  const required = skillOf(q, profile.requiredSkills);
  if (required && !isStory(q)) return `The role asks for ${required}.`;
  const own = skillOf(q, profile.skills);
  const employer = profile.employers[turn % Math.max(1, profile.employers.length)];
  const project = profile.projects[turn % Math.max(1, profile.projects.length)];
  if (own) return employer ? `Your resume shows ${own} at ${employer}.` : `Your resume shows ${own}.`;
  const story = isStory(q);
  if (story && employer && (turn % 2 === 0 || !project)) return `Think of your time at ${employer}.`;
  if (story && project) return `Take ${project} as your example if it fits.`;
  if ((q.question_type === 'technical' || q.question_type === 'system_design') && project) {
    return `Where it fits, relate your answer to ${project}.`;
  }
  const skill = profile.requiredSkills[turn % Math.max(1, profile.requiredSkills.length)] ??
    profile.skills[turn % Math.max(1, profile.skills.length)];
  if (skill && q.question_type !== 'coding') {
    return profile.requiredSkills.includes(skill) ? `This role works with ${skill}.` : `Your resume lists ${skill}.`;
  }
  if (employer && q.question_type !== 'coding') return `Drawing on your work at ${employer} where it helps:`;
  return null;
}

/**
 * Returns the questions with at least half of them naming something of the candidate's or the posting's
 * (every question whose own skill the posting or resume names, then others in order until half do).
 */
export function tailorQuestions<Q extends TailorableQuestion>(planned: Q[], profile: CandidateProfile): Q[] {
  if (!planned.length || isEmptyProfile(profile)) return planned;
  const target = Math.ceil(planned.length / 2);
  const out = planned.slice();
  let named = out.filter((q) => mentionsProfile(q.question_text, profile)).length;
  let turn = 0;
  const retext = (i: number) => {
    const q = out[i];
    if (mentionsProfile(q.question_text, profile)) return;
    const sentence = lead(q, profile, turn);
    if (!sentence) return;
    turn++;
    out[i] = { ...q, question_text: `${sentence} ${q.question_text}` };
    named++;
  };
  // A question about a skill the posting or resume names is always tied to it, and a story question to one of
  // the candidate's own employers or projects: that costs nothing in fit.
  out.forEach((q, i) => {
    if (skillOf(q, [...profile.requiredSkills, ...profile.skills])) retext(i);
    else if (isStory(q) && (profile.employers.length || profile.projects.length)) retext(i);
  });
  for (let i = 0; i < out.length && named < target; i++) retext(i);
  return out;
}

/** Lines for an LLM prompt that asks for questions about the candidate (empty without documents). */
export function profilePromptLines(profile: CandidateProfile): string[] {
  if (isEmptyProfile(profile)) return [];
  return [
    profile.employers.length ? `The candidate worked at: ${profile.employers.join(', ')}.` : '',
    profile.projects.length ? `Their projects: ${profile.projects.join(', ')}.` : '',
    profile.skills.length ? `Their skills: ${profile.skills.join(', ')}.` : '',
    profile.requiredSkills.length ? `The posting requires: ${profile.requiredSkills.join(', ')}.` : '',
    'Each question must name one of these employers, projects or skills.',
  ].filter(Boolean);
}
