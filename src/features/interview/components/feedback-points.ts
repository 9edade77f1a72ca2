import type { Evaluation } from '../lib/schemas';

/** The text a point is about: "Missed key point: 'O(n) time'" and "O(n) time" are the same point. */
function core(point: string): string {
  const quoted = point.match(/^Missed key point:\s*['"‘“]?(.*?)['"’”]?$/i);
  return (quoted ? quoted[1]! : point)
    .trim()
    .replace(/[.\s]+$/, '')
    .toLowerCase();
}

/**
 * At most `max` points to improve, each said once: the engine's weaknesses in priority order, then missed key
 * points not already among them. A point the summary already states is left out of the list.
 */
export function pointsToImprove(
  evaluation: Pick<Evaluation, 'weaknesses' | 'missed_key_points' | 'feedback'>,
  { max = 3, keyPointsShownSeparately = false }: { max?: number; keyPointsShownSeparately?: boolean } = {},
): string[] {
  const summary = (evaluation.feedback ?? '').toLowerCase();
  const seen = new Set<string>();
  const out: string[] = [];
  // Where the page lists the missed key points on their own, they are not repeated here.
  const candidates = keyPointsShownSeparately
    ? evaluation.weaknesses.filter((w) => !/^Missed key point:/i.test(w))
    : [...evaluation.weaknesses, ...evaluation.missed_key_points.map((p) => `Missed key point: '${p}'`)];
  for (const point of candidates) {
    const key = core(point);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    if (summary.includes(key)) continue;
    out.push(point);
    if (out.length === max) break;
  }
  return out;
}
