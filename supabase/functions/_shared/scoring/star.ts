// Structure signals: STAR (situation, task, action, result) for behavioral
// answers, plus opening/conclusion/sentence-length/organisation for all.

import type { StarAnalysis } from './types.ts';
import { ACTION_VERBS, clamp01, quote, type SentenceInfo, type TextAnalysis } from './text.ts';
import { hasQuantity } from './content.ts';

type StarKey = 'situation' | 'task' | 'action' | 'result';

const CUES: Record<StarKey, RegExp[]> = {
  situation: [
    /\b(?:when|while) (?:i|we) (?:was|were|worked|joined|started|had)\b/,
    /\b(?:at|in|on) my (?:previous|last|current|first|former|old) (?:job|role|company|team|position|internship|employer|project)\b/,
    /\b(?:at|in) (?:a|an|one|our) (?:\w+ )?(?:startup|company|agency|bank|team)\b/,
    /\bat (?:my|our) (?:company|startup|employer|team)\b/,
    /\b(?:last|this|previous) (?:year|quarter|month|summer|spring|fall|autumn|winter|week|sprint)\b/,
    /\b(?:a few|two|three|several|couple of) (?:years|months|weeks) ago\b/,
    /\bin (?:19|20)\d\d\b/,
    /\b(?:i|we) (?:was|were) (?:working|building|migrating|launching|preparing|responsible for|in the middle of)\b/,
    /\bthere (?:was|were)\b/,
    /\b(?:our|the) (?:team|company|project|product|client|customer|system|service|startup|codebase|app) (?:was|had|were|needed)\b/,
    /\b(?:context|background|situation)\b/,
    /\bi was (?:a|an|the) (?:\w+ )?(?:engineer|developer|lead|intern|manager|member)\b/,
    /\bi worked (?:at|for|on)\b/,
  ],
  task: [
    /\bmy (?:job|task|role|responsibility|goal|assignment|mandate|objective) (?:was|is)\b/,
    /\bi (?:was|am) (?:responsible|tasked|asked|assigned|supposed|expected|in charge)\b/,
    /\bi (?:needed|had|wanted) to\b/,
    /\bi wanted (?:us|the team|our team|them|him|her) to\b/,
    /\b(?:i|we) (?:had )?(?:committed|promised)\b/,
    /\b(?:we|the team) (?:needed|had) to\b/,
    /\bthe (?:goal|task|objective|challenge|problem|ask|requirement) was\b/,
    /\bmy (?:goal|objective)\b/,
    /\bin charge of\b/,
    /\b(?:to make sure|to ensure|so that we could|deadline)\b/,
    /\b(?:task|responsibilit(?:y|ies))\b/,
  ],
  action: [
    new RegExp(
      `\\bi (?:first |then |also |quickly |personally |immediately )?(?:${ACTION_VERBS})\\b`,
    ),
    /\b(?:first|then|next|after that|finally|so),? i\b/,
    /\bmy approach\b/,
    /\bi (?:would|will) (?:first|start|then)\b/,
  ],
  result: [
    /\bas a result\b/,
    /\b(?:the )?(?:result|outcome|impact) (?:was|is|of)\b/,
    /\bin the end\b/,
    /\bended up\b/,
    /\beventually\b/,
    /\bultimately\b/,
    /\b(?:reduced|increased|improved|cut|saved|grew|boosted|lowered|decreased|doubled|tripled|halved|dropped|went (?:down|up) from)\b/,
    /\d+\s?(?:%|percent)/,
    /\b(?:we|i|it|the team) (?:shipped|launched|delivered|released|met|hit|exceeded|finished|completed|closed)\b/,
    /\b(?:on time|ahead of schedule)\b/,
    /\b(?:learned|learnt|lesson|takeaway|since then|going forward|next time|in hindsight)\b/,
    /\bpromoted\b/,
    /\b(?:positive|great|good) feedback\b/,
    /\b(?:this|that|which) (?:led to|resulted in|meant)\b/,
    /\b(?:fewer|agreed|approved|adopted|accepted|went live|rolled out)\b/,
    /\bsaw (?:fewer|more|less|a drop|an increase|an improvement|improvement)\b/,
  ],
};

/** An explicit STAR label opening a sentence ("Result: we shipped…"): the candidate said which part it is. */
const LABELS: Record<string, StarKey> = {
  situation: 'situation',
  context: 'situation',
  background: 'situation',
  task: 'task',
  goal: 'task',
  action: 'action',
  actions: 'action',
  result: 'result',
  results: 'result',
  outcome: 'result',
};
const LABEL_RE = /^\s*(situation|context|background|task|goal|actions?|results?|outcome)\s*[:\u2013\u2014-]/;

export function starLabel(sentence: string): StarKey | undefined {
  const match = LABEL_RE.exec(sentence.toLowerCase());
  return match ? LABELS[match[1]!] : undefined;
}

const POSITION_BONUS: Record<StarKey, (rel: number) => number> = {
  situation: (rel) => (rel <= 0.34 ? 0.4 : rel > 0.7 ? -0.4 : 0),
  task: (rel) => (rel <= 0.5 ? 0.2 : rel > 0.8 ? -0.3 : 0),
  action: (rel) => (rel >= 0.2 && rel <= 0.85 ? 0.2 : 0),
  result: (rel) => (rel >= 0.6 ? 0.4 : rel < 0.3 ? -0.4 : 0),
};

const I_ACTION_RE = new RegExp(
  `\\bi (?:first |then |also |quickly |personally |immediately )?(?:${ACTION_VERBS})\\b`,
);
const WE_ACTION_RE = new RegExp(
  `\\bwe (?:first |then |also |quickly )?(?:${ACTION_VERBS})\\b`,
);

export interface StarResult {
  star: StarAnalysis;
  /** 0..1 completeness (situation .2, task .2, action .3, result .3). */
  score: number;
  found: number;
  resultQuantified: boolean;
  /** 0..1: share of first-person actions ("I ...") among action sentences. */
  ownership: number;
  iActions: number;
  weActions: number;
  reflection: boolean;
}

export function analyzeStar(analysis: TextAnalysis): StarResult {
  const sents = analysis.sentences;
  const n = sents.length;
  const keys: StarKey[] = ['situation', 'task', 'action', 'result'];
  const best: Record<StarKey, { i: number; score: number }> = {
    situation: { i: -1, score: 0 },
    task: { i: -1, score: 0 },
    action: { i: -1, score: 0 },
    result: { i: -1, score: 0 },
  };
  sents.forEach((s, i) => {
    const rel = n <= 1 ? 0.5 : i / (n - 1);
    const label = starLabel(s.text);
    for (const k of keys) {
      let hits = 0;
      for (const re of CUES[k]) if (re.test(s.lower)) hits++;
      if (label === k) hits += 3;
      if (hits === 0) continue;
      // A sentence labelled as another part is not evidence for this one.
      const score = hits + POSITION_BONUS[k](rel) - (label && label !== k ? 1.5 : 0);
      if (score > best[k].score + 1e-9) best[k] = { i, score };
    }
  });
  const star = {} as StarAnalysis;
  let found = 0;
  let score = 0;
  const weights: Record<StarKey, number> = {
    situation: 0.2,
    task: 0.2,
    action: 0.3,
    result: 0.3,
  };
  for (const k of keys) {
    const b = best[k];
    if (b.i >= 0 && b.score >= 0.5) {
      star[k] = { found: true, evidence: quote(sents[b.i]!.text) };
      found++;
      score += weights[k];
    } else {
      star[k] = { found: false };
    }
  }
  // Result quantified: a number in the result sentence or any later one.
  let resultQuantified = false;
  if (best.result.i >= 0 && star.result.found) {
    for (let i = best.result.i; i < n; i++) {
      if (hasQuantity(sents[i]!.lower)) resultQuantified = true;
    }
  }
  let iActions = 0;
  let weActions = 0;
  for (const s of sents) {
    if (I_ACTION_RE.test(s.lower)) iActions++;
    if (WE_ACTION_RE.test(s.lower)) weActions++;
  }
  const ownership = iActions + weActions === 0 ? 0.3 : iActions / (iActions + weActions * 0.7);
  const reflection = sents.some((s) =>
    /\b(learned|learnt|lesson|takeaway|in hindsight|next time|differently|since then|going forward|taught me)\b/
      .test(
        s.lower,
      )
  );
  return {
    star,
    score,
    found,
    resultQuantified,
    ownership: clamp01(ownership),
    iActions,
    weActions,
    reflection,
  };
}

// ---------------------------------------------------------------------------
// General structure
// ---------------------------------------------------------------------------

// Leading discourse fillers are a delivery matter, not a structural one.
const LEAD_FILLER_RE = /^(?:(?:um+|uh+|so|well|okay|ok|yeah|sure|right|hmm+|alright)[,.!]?\s+)+/;
const STALL_RE =
  /^(?:that'?s an? (?:good|great|interesting|tough|hard) question|(?:good|great|interesting) question|let me think|i'?m not (?:really |totally |entirely )?sure|i don'?t (?:really )?know|i have no idea|to be honest|i guess|i think maybe|hmm+)\b/;

const CONCLUSION_RE =
  /^(?:so|overall|in summary|to summari[sz]e|in short|in conclusion|ultimately|in the end|bottom line|the key|that'?s why|this is why|which is why|as a result|all in all|long story short)\b|\b(?:in summary|overall|to sum up|in short|in conclusion|the takeaway|i learned|the lesson|going forward|trade-?offs?|that'?s (?:the|my|how|why))\b/;

const TRANSITION_RE =
  /\b(?:first(?:ly)?|second(?:ly)?|third(?:ly)?|then|next|finally|after that|additionally|because|therefore|so that|for example|for instance|however|on the other hand|in addition|as a result)\b/g;

export interface StructureResult {
  score: number;
  opening: number;
  openingDirect: boolean;
  openingStall: boolean;
  conclusion: number;
  hasConclusion: boolean;
  sanity: number;
  avgSentenceWords: number;
  longestSentenceWords: number;
  organization: number;
  notes: string[];
}

export function analyzeStructure(
  analysis: TextAnalysis,
  relevantTerms: Set<string>,
  opts: { speech: boolean; behavioral: boolean },
): StructureResult {
  const sents = analysis.sentences;
  const notes: string[] = [];
  // Skip a trivial lead-in such as "Sure." or "Good question." when judging the opening.
  const first: SentenceInfo | undefined = sents.find((s) => s.words >= 4) ??
    sents[0];
  const last: SentenceInfo | undefined = sents[sents.length - 1];

  let opening = 0;
  let openingDirect = false;
  let openingStall = false;
  if (first) {
    openingStall = STALL_RE.test(
      first.lower.trim().replace(LEAD_FILLER_RE, ''),
    );
    const relevant = [...first.terms].some((t) => relevantTerms.has(t));
    const sets = opts.behavioral &&
      /\b(?:when|while|at my|in my|last|there was|i was|we were|our team|a few)\b/
        .test(first.lower);
    if (relevant || sets) {
      opening = openingStall ? 0.6 : 1;
      openingDirect = !openingStall;
    } else {
      opening = openingStall ? 0.1 : 0.35;
    }
    if (first.words > 45) opening *= 0.8;
  }

  let conclusion = 0.5;
  let hasConclusion = false;
  if (sents.length >= 3 && last) {
    if (CONCLUSION_RE.test(last.lower)) {
      conclusion = 1;
      hasConclusion = true;
    } else if (
      /\b(?:result|reduced|improved|learned|so we|which means|this means)\b|\d+\s?%/
        .test(last.lower)
    ) {
      conclusion = 0.75;
      hasConclusion = true;
    } else {
      conclusion = 0.3;
    }
  }

  const wordsPer = sents.map((s) => s.words);
  const avg = wordsPer.length ? wordsPer.reduce((a, b) => a + b, 0) / wordsPer.length : 0;
  const longest = wordsPer.length ? Math.max(...wordsPer) : 0;
  let sanity = 1;
  if (!opts.speech) {
    if (avg > 28) sanity -= Math.min(0.5, (avg - 28) / 40);
    if (avg < 6 && sents.length > 2) sanity -= 0.3;
    if (longest > 60) {
      sanity -= 0.3;
      notes.push(`longest sentence has ${longest} words`);
    }
  }
  sanity = clamp01(sanity);

  TRANSITION_RE.lastIndex = 0;
  const transitions = (analysis.lower.match(TRANSITION_RE) ?? []).length;
  const bullets = (analysis.raw.match(/^\s*(?:[-*•]|\d+[.)])\s+/gm) ?? []).length;
  let organization = clamp01(0.5 + 0.25 * Math.min(2, transitions));
  if (
    !opts.speech && analysis.words >= 150 && analysis.paragraphs < 2 &&
    bullets < 2
  ) organization *= 0.8;
  if (analysis.paragraphs >= 2 || bullets >= 2) {
    organization = Math.max(organization, 0.9);
  }

  const score = clamp01(
    0.35 * opening + 0.25 * conclusion + 0.2 * sanity + 0.2 * organization,
  );
  return {
    score,
    opening,
    openingDirect,
    openingStall,
    conclusion,
    hasConclusion,
    sanity,
    avgSentenceWords: Math.round(avg * 10) / 10,
    longestSentenceWords: longest,
    organization,
    notes,
  };
}
