import type { Evaluation } from '../lib/schemas';

const normalize = (text: string) =>
  text
    .trim()
    .replace(/[.\s]+$/, '')
    .toLowerCase();

/**
 * At most `max` points to improve, each said once: the engine's weaknesses in priority order, then missed key
 * points no weakness already names (worded by `missedKeyPoint`, in the UI language). A point the summary
 * already states is left out. A weakness names a key point when its text contains the point's text, so this
 * holds whatever words the engine wraps around it.
 */
export function pointsToImprove(
  evaluation: Pick<Evaluation, 'weaknesses' | 'missed_key_points' | 'feedback'>,
  {
    missedKeyPoint,
    max = 3,
    keyPointsShownSeparately = false,
  }: { missedKeyPoint: (point: string) => string; max?: number; keyPointsShownSeparately?: boolean },
): string[] {
  const summary = normalize(evaluation.feedback ?? '');
  const missed = evaluation.missed_key_points.map((point) => ({ text: point, key: normalize(point) })).filter((p) => p.key);
  const namedPoint = (weakness: string) => missed.find((p) => normalize(weakness).includes(p.key));
  const candidates: { text: string; key: string }[] = [];
  for (const weakness of evaluation.weaknesses) {
    const point = namedPoint(weakness);
    // Where the page lists the missed key points on their own, they are not repeated here.
    if (point && keyPointsShownSeparately) continue;
    candidates.push({ text: weakness, key: point ? point.key : normalize(weakness) });
  }
  if (!keyPointsShownSeparately) for (const point of missed) candidates.push({ text: missedKeyPoint(point.text), key: point.key });

  const seen = new Set<string>();
  const out: string[] = [];
  for (const { text, key } of candidates) {
    if (!key || seen.has(key)) continue;
    seen.add(key);
    if (summary.includes(key)) continue;
    out.push(text);
    if (out.length === max) break;
  }
  return out;
}
