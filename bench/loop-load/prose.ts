// Résumé-like filler for the benchmarks' documents: words picked at random, so the text compresses about as
// well as prose does (Postgres compresses long values before it stores them).
const WORDS =
  'built React team latency migrated the service to TypeScript and reduced errors by led design of a cache for checkout mentored engineers shipped API'.split(
    ' ',
  );

export function prose(chars: number): string {
  let text = '';
  while (text.length < chars) text += WORDS[Math.floor(Math.random() * WORDS.length)] + (Math.random() < 0.08 ? '.\n' : ' ');
  return text.slice(0, chars);
}
