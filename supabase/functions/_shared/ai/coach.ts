// The local AI coach: answers preparation questions from the question bank, the user's skill gaps and
// the learning resources (retrieved by keyword overlap), with concrete advice and answer outlines.

export interface CoachContext {
  message: string;
  skills: string[];
  gaps: { skill_name: string; proficiency_level: string; gap_score: number }[];
  resources: { skill: string; title: string; url: string; resource_type: string }[];
  questions: { question: string; type: string; difficulty: string; key_points: string[] | null }[];
}

type Intent =
  | 'behavioral'
  | 'system_design'
  | 'coding'
  | 'technical'
  | 'intro'
  | 'nerves'
  | 'salary'
  | 'questions_to_ask'
  | 'weaknesses'
  | 'general';

export function detectIntent(message: string): Intent {
  const m = message.toLowerCase();
  if (/tell me about yourself|introduce myself|introduction|elevator pitch/.test(m)) return 'intro';
  if (/nervous|anxious|anxiety|stress|confidence|freeze|blank/.test(m)) return 'nerves';
  if (/salary|compensation|pay|offer|negotiat/.test(m)) return 'salary';
  if (/questions? (should i|to) ask|ask the interviewer|ask at the end/.test(m)) return 'questions_to_ask';
  if (/weak(ness|est)|improve|gap|where (am i|do i) (weak|lacking)|what should i (study|practice|work on)/.test(m)) return 'weaknesses';
  if (/behavio|star\b|conflict|leadership|tell me about a time|teamwork|failure|mistake/.test(m)) return 'behavioral';
  if (/system design|design (a|an|the)|scal(e|ing|ability)|architecture|distributed/.test(m)) return 'system_design';
  if (/coding|leetcode|algorithm|data structure|big o|complexity|whiteboard|live cod/.test(m)) return 'coding';
  if (/react|javascript|typescript|sql|database|api|python|docker|kubernetes|css|node/.test(m)) return 'technical';
  return 'general';
}

const ADVICE: Record<Intent, string[]> = {
  intro: [
    'Keep it to 60–90 seconds: present (current role and one achievement with a number), past (how you got here), future (why this role).',
    'Tailor the achievement to the job description: pick the project that uses their stack or solves their kind of problem.',
    'End with a hook that invites a question, e.g. "…which is why your work on X caught my attention."',
  ],
  nerves: [
    'Prepare 5–6 stories (STAR) that cover leadership, conflict, failure, ownership and impact; most behavioral questions map onto one of them.',
    'It is fine to pause: say "Let me think about that for a moment" and structure your answer out loud (first…, then…, finally…).',
    'Do two timed mock interviews this week; repetition is what lowers the adrenaline, not reading more notes.',
  ],
  salary: [
    'Research the band first (levels.fyi, Glassdoor, the posting itself) and anchor on the top half of the range based on your impact.',
    'Defer numbers early ("I would like to learn more about the role first"), and negotiate the whole package: base, equity, bonus, start date, learning budget.',
    'Always get the offer in writing and ask for time to consider; a polite counter-offer is expected.',
  ],
  questions_to_ask: [
    'Ask about the work: "What would success look like in the first 90 days?" and "What is the hardest problem the team faces right now?"',
    'Ask about the team: "How are technical decisions made and documented?" and "How do code reviews and on-call work?"',
    'Ask about growth: "How do engineers here grow to the next level?"',
  ],
  weaknesses: [
    'Focus your practice on the skills below, weakest first: one targeted question a day beats a long session once a week.',
    'After each practice answer, compare it with the key points and rewrite it once; the rewrite is where the learning happens.',
  ],
  behavioral: [
    'Use STAR: Situation (1–2 sentences of context), Task (your responsibility), Action (the specific steps YOU took — most of the answer), Result (a number, and what you learned).',
    'Say "I", not "we", when describing actions; interviewers score your contribution.',
    'Quantify the result: time saved, error rate, revenue, users, latency — before and after.',
  ],
  system_design: [
    'Follow a fixed order: requirements (functional and non-functional) → estimates → API → data model → high-level architecture → deep dive → scaling and reliability → trade-offs.',
    'State numbers early (requests per second, storage per year) and let them drive the design choices.',
    'Name trade-offs explicitly: consistency vs availability, SQL vs NoSQL, push vs pull, cache invalidation strategy.',
  ],
  coding: [
    'Clarify inputs, outputs and edge cases before coding; say the brute force and its complexity, then improve it.',
    'Talk while you code, and test your solution by hand on a small example and an edge case (empty input, duplicates).',
    'Know the usual patterns: hash maps, two pointers, sliding window, BFS/DFS, binary search, heaps, dynamic programming.',
  ],
  technical: [
    'Answer in layers: a one-sentence definition, how it works, a concrete example from your work, and the trade-offs or pitfalls.',
    'Mention the failure modes and how you would debug or measure them; that is what separates senior answers.',
  ],
  general: [
    'Practice with realistic questions for your target role and review the feedback after each answer.',
    'For every answer: lead with the direct answer, support it with one concrete example, close with the impact.',
  ],
};

/** Intents about the interview itself (not a skill): practice questions picked from skill gaps are off-topic there. */
const NOT_ABOUT_A_SKILL = new Set<Intent>(['intro', 'nerves', 'salary', 'questions_to_ask']);

export function coachReply(ctx: CoachContext): string {
  const intent = detectIntent(ctx.message);
  const lines: string[] = [];
  lines.push(...ADVICE[intent].map((a) => `- ${a}`));
  // Without a skill named in the message, retrieval falls back to the user's gaps: fine for "what should I
  // study", unrelated trivia for "tell me about yourself".
  const offTopic = NOT_ABOUT_A_SKILL.has(intent) && ctx.skills.length === 0;
  const questions = offTopic ? [] : ctx.questions;
  const resources = offTopic ? [] : ctx.resources;

  const weakGaps = ctx.gaps.filter((g) => g.proficiency_level !== 'strong').slice(0, 3);
  if (weakGaps.length && (intent === 'weaknesses' || intent === 'general' || ctx.skills.length === 0)) {
    lines.push('', 'From your recent interviews, focus on:');
    for (const g of weakGaps) lines.push(`- ${g.skill_name} (${g.proficiency_level}, gap ${Math.round(g.gap_score)}/100)`);
  }
  if (questions.length) {
    lines.push('', 'Practice these questions:');
    for (const q of questions.slice(0, 3)) {
      lines.push(`- ${q.question} (${q.type}, ${q.difficulty})`);
      if (q.key_points?.length) lines.push(`  Outline: ${q.key_points.slice(0, 5).join(' → ')}`);
    }
  }
  if (resources.length) {
    lines.push('', 'Resources:');
    for (const r of resources.slice(0, 4)) lines.push(`- ${r.title} (${r.resource_type}, ${r.skill}): ${r.url}`);
  }
  const topic = ctx.skills.length ? ` on ${ctx.skills.slice(0, 3).join(', ')}` : '';
  return `Here is how I would approach this${topic}:\n${lines.join('\n')}`;
}
