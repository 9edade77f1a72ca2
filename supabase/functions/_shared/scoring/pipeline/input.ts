// Resolves what is scored: the prose (transcript for speech), the code
// (fenced or inline code in the prose for coding questions), the question's
// vocabulary, the key points and the delivery of a spoken answer.

import type { Difficulty, QuestionType, ScoringAnswer, ScoringQuestion } from '../types.ts';
import { analyzeText, countWords, type SentenceInfo, termSet, termsOf } from '../text.ts';
import { looksLikeCode } from '../validity.ts';
import { buildKeyPoints } from '../content.ts';
import { analyzeDelivery } from '../delivery.ts';
import { expectedLength } from './length.ts';
import { memo, questionKey } from '../memo.ts';

/**
 * Separates code from prose: fenced blocks, a text that is mostly code, or a function written inline in prose
 * ("My solution: function isPalindrome(s) { ... } It is O(n).").
 */
export function extractCode(prose: string): { prose: string; code: string } {
  const fences = [...prose.matchAll(/```[\w+-]*\n?([\s\S]*?)```/g)];
  if (fences.length) {
    return {
      code: fences.map((m) => m[1] ?? '').join('\n').trim(),
      prose: prose.replace(/```[\s\S]*?```/g, ' ').trim(),
    };
  }
  if (looksLikeCode(prose)) {
    const lines = prose.split('\n').filter((l) => l.trim());
    const codeish = lines.filter((l) =>
      /[{}();=]|^\s*(?:def|return|for|while|if|else|class|function|const|let)\b/
        .test(l)
    ).length;
    if (lines.length >= 2 && codeish / lines.length >= 0.5) {
      return { code: prose.trim(), prose: '' };
    }
  }
  const inline = inlineFunction(prose);
  if (inline) return { code: inline.code, prose: (prose.slice(0, inline.start) + ' ' + prose.slice(inline.end)).trim() };
  return { prose, code: '' };
}

/** A function definition inside prose: a brace-balanced JS/TS function or an indented Python def. */
function inlineFunction(text: string): { code: string; start: number; end: number } | null {
  const js =
    /\b(?:function\s*\*?\s*[A-Za-z_$][\w$]*\s*\(|(?:const|let|var)\s+[A-Za-z_$][\w$]*\s*=\s*(?:async\s*)?(?:\([^)]*\)|[A-Za-z_$][\w$]*)\s*=>\s*\{)/
      .exec(text);
  if (js) {
    const open = text.indexOf('{', js.index);
    let depth = 0;
    for (let i = open; i < text.length && open !== -1; i++) {
      if (text[i] === '{') depth++;
      else if (text[i] === '}' && --depth === 0) {
        const end = text[i + 1] === ';' ? i + 2 : i + 1;
        return { code: text.slice(js.index, end).trim(), start: js.index, end };
      }
    }
  }
  const py = /^([ \t]*)def\s+\w+\s*\([^)]*\)\s*(?:->\s*[^:]+)?:[^\n]*\n((?:\1[ \t]+[^\n]*\n?|[ \t]*\n)+)/m.exec(text);
  if (py) return { code: py[0].trimEnd(), start: py.index, end: py.index + py[0].length };
  return null;
}

export function fakeSentence(text: string, index: number): SentenceInfo {
  return {
    index,
    text,
    lower: text.toLowerCase(),
    words: countWords(text),
    terms: new Set(termsOf(text)),
  };
}

export type AnswerInput = ReturnType<typeof resolveInput>;

/** What is read as prose (the transcript of a spoken answer) and as code (found in the prose for coding questions). */
export function proseAndCode(question: ScoringQuestion, answer: ScoringAnswer): { prose: string; code: string } {
  const speech = answer.mode === 'speech';
  const prose = (speech ? (answer.transcript ?? '').trim() || (answer.text ?? '') : answer.text ?? '') ?? '';
  const code = (answer.code ?? '').trim();
  if (question.type === 'coding' && !code) return extractCode(prose);
  return { prose, code };
}

/** What the engine reads from the question alone: the same for every answer to it (remembered per isolate). */
function questionFacts(question: ScoringQuestion) {
  const expected = question.expected_answer ?? '';
  const questionTerms = termSet(question.text);
  const expectedTerms = termSet(expected);
  const kpTerms = new Set(
    (question.key_points ?? []).flatMap((k) => termsOf(k)),
  );
  const criteriaTerms = new Set(
    (question.evaluation_criteria ?? []).flatMap((c) => termsOf(`${c.criterion ?? ''} ${c.description ?? ''}`)),
  );
  const topicTerms = new Set<string>([
    ...questionTerms,
    ...expectedTerms,
    ...kpTerms,
    ...criteriaTerms,
  ]);
  if (question.type === 'behavioral') {
    for (
      const t of termsOf(
        'team project company manager stakeholder teammate customer deadline result decision goal',
      )
    ) topicTerms.add(t);
  }
  const specs = buildKeyPoints(question.key_points, expected, questionTerms);
  return { expected, questionTerms, expectedTerms, kpTerms, criteriaTerms, topicTerms, specs };
}

const factsOf = memo<ReturnType<typeof questionFacts>>(1000);

export function resolveInput(question: ScoringQuestion, answer: ScoringAnswer) {
  const type: QuestionType = question.type;
  const difficulty: Difficulty = question.difficulty ?? 'medium';
  const speech = answer.mode === 'speech';
  const { prose, code } = proseAndCode(question, answer);

  const { expected, questionTerms, expectedTerms, kpTerms, criteriaTerms, topicTerms, specs } = factsOf(
    questionKey(type, question.text, question.expected_answer, question.key_points, question.evaluation_criteria),
    () => questionFacts(question),
  );
  const analysis = analyzeText(prose, { speech });
  const { min: minWords, max: maxWords } = expectedLength(type, difficulty);

  const durationSeconds = answer.speaking_duration_seconds ??
    answer.time_taken_seconds ?? null;
  const delivery = speech
    ? analyzeDelivery(
      prose,
      durationSeconds,
      question.time_limit_seconds,
      minWords,
    )
    : null;
  return {
    question,
    answer,
    type,
    difficulty,
    speech,
    prose,
    code,
    expected,
    questionTerms,
    expectedTerms,
    kpTerms,
    criteriaTerms,
    topicTerms,
    analysis,
    minWords,
    maxWords,
    specs,
    delivery,
  };
}
