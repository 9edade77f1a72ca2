// Keyword/skill extraction from resume + job description text against the question bank's skill and
// tech-stack vocabulary (plus common aliases), and role → bank role/category mapping.

/** Aliases (lower-case, whole-word) for vocabulary terms; the canonical term is the key. */
export const SKILL_ALIASES: Record<string, string[]> = {
  'JavaScript': ['javascript', 'js', 'es6', 'ecmascript'],
  'TypeScript': ['typescript', 'ts'],
  'React': ['react', 'react.js', 'reactjs', 'next.js', 'nextjs', 'redux', 'hooks'],
  'HTML': ['html', 'html5', 'semantic html'],
  'CSS': ['css', 'css3', 'sass', 'scss', 'tailwind', 'flexbox'],
  'Accessibility': ['accessibility', 'a11y', 'wcag', 'aria', 'screen reader'],
  'Web Performance': ['web performance', 'core web vitals', 'lighthouse', 'lcp', 'page speed', 'performance optimization'],
  'Node.js': ['node.js', 'nodejs', 'node', 'express', 'nestjs', 'fastify', 'deno'],
  'REST APIs': ['rest', 'restful', 'rest api', 'rest apis', 'api design', 'http apis', 'openapi'],
  'GraphQL': ['graphql', 'apollo'],
  'SQL': ['sql', 'joins', 'query optimization'],
  'PostgreSQL': ['postgresql', 'postgres', 'psql', 'supabase'],
  'Databases': ['database', 'databases', 'mysql', 'mongodb', 'nosql', 'dynamodb', 'indexing', 'transactions'],
  'Caching': ['caching', 'cache', 'redis', 'memcached', 'cdn'],
  'Distributed Systems': ['distributed systems', 'distributed', 'microservices', 'kafka', 'rabbitmq', 'event-driven', 'consensus'],
  'System Design': ['system design', 'architecture', 'scalability', 'scalable', 'high availability', 'load balancing'],
  'Algorithms': ['algorithms', 'algorithm', 'big o', 'complexity', 'leetcode', 'dynamic programming'],
  'Data Structures': ['data structures', 'hash map', 'linked list', 'trees', 'graphs', 'heaps'],
  'Python': ['python', 'django', 'flask', 'fastapi', 'pandas', 'numpy'],
  'Machine Learning': ['machine learning', 'ml', 'deep learning', 'pytorch', 'tensorflow', 'scikit-learn', 'llm', 'nlp'],
  'Statistics': ['statistics', 'statistical', 'a/b testing', 'ab testing', 'hypothesis testing', 'regression'],
  'Data Modeling': ['data modeling', 'data modelling', 'schema design', 'dimensional modeling', 'star schema', 'dbt'],
  'Data Pipelines': ['data pipelines', 'data pipeline', 'etl', 'elt', 'airflow', 'spark', 'streaming', 'batch processing'],
  'Docker': ['docker', 'containers', 'containerization', 'dockerfile'],
  'Kubernetes': ['kubernetes', 'k8s', 'helm', 'eks', 'gke'],
  'CI/CD': ['ci/cd', 'ci', 'cd', 'continuous integration', 'continuous delivery', 'github actions', 'jenkins', 'gitlab ci'],
  'Cloud': ['cloud', 'aws', 'gcp', 'azure', 'lambda', 'serverless', 'terraform'],
  'Security': ['security', 'oauth', 'authentication', 'authorization', 'owasp', 'xss', 'csrf', 'encryption', 'jwt'],
  'Testing': ['testing', 'unit tests', 'unit testing', 'jest', 'vitest', 'cypress', 'playwright', 'tdd', 'integration tests'],
  'Networking': ['networking', 'tcp', 'dns', 'http/2', 'tls', 'load balancer'],
  'Observability': ['observability', 'monitoring', 'logging', 'tracing', 'prometheus', 'grafana', 'datadog', 'opentelemetry'],
  'Linux': ['linux', 'bash', 'shell scripting', 'unix'],
  'iOS': ['ios', 'swift', 'swiftui', 'objective-c', 'xcode'],
  'Android': ['android', 'kotlin', 'jetpack compose'],
  'React Native': ['react native', 'expo'],
  'Communication': ['communication', 'communicator', 'presentations', 'written communication'],
  'Leadership': ['leadership', 'led', 'mentored', 'mentoring', 'managed a team', 'tech lead'],
  'Teamwork': ['teamwork', 'collaboration', 'collaborative', 'cross-functional', 'cross functional'],
  'Conflict Resolution': ['conflict resolution', 'conflict', 'disagreement', 'negotiation'],
  'Problem Solving': ['problem solving', 'problem-solving', 'troubleshooting', 'debugging', 'root cause'],
  'Ownership': ['ownership', 'accountability', 'on-call', 'end-to-end'],
  'Product Sense': ['product sense', 'product thinking', 'user research', 'customer empathy', 'product strategy'],
  'Prioritization': ['prioritization', 'prioritisation', 'roadmap', 'trade-offs', 'tradeoffs'],
  'Stakeholder Management': ['stakeholder management', 'stakeholders', 'stakeholder'],
};

export interface ExtractedKeyword {
  term: string;
  /** Occurrences (job description counted double: it says what the interview is about). */
  weight: number;
}

// A character that continues a word for whole-word matching (so "c++" and "c#" are words, "node.js" two).
const isWordChar = (code: number) =>
  (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 43 /* + */ || code === 35; /* # */

/**
 * Whole-word occurrences of many aliases in one lower-cased text, in one pass over the text: an alias can
 * only start where a word starts, and the word there must be the alias's own first word (the character
 * after it is the alias's next, non-word character, or the alias ends there). So the text's words are
 * indexed by their start positions once, and each alias is compared at the starts of its first word only,
 * instead of a regular expression per alias scanning the whole text (a 100 kB résumé × a few hundred
 * aliases). Counts are those of a global regex `(?<![a-z0-9+#])alias(?![a-z0-9+#])`: leftmost first, not
 * overlapping.
 */
class WordIndex {
  private readonly starts = new Map<string, number[]>();

  constructor(private readonly text: string) {
    let i = 0;
    while (i < text.length) {
      if (!isWordChar(text.charCodeAt(i))) {
        i++;
        continue;
      }
      const start = i;
      while (i < text.length && isWordChar(text.charCodeAt(i))) i++;
      const word = text.slice(start, i);
      const list = this.starts.get(word);
      if (list) list.push(start);
      else this.starts.set(word, [start]);
    }
  }

  count(alias: string): number {
    let firstWordEnd = 0;
    while (firstWordEnd < alias.length && isWordChar(alias.charCodeAt(firstWordEnd))) firstWordEnd++;
    if (firstWordEnd === 0) return this.scan(alias);
    let count = 0;
    let free = 0;
    for (const at of this.starts.get(alias.slice(0, firstWordEnd)) ?? []) {
      if (at < free || !this.text.startsWith(alias, at)) continue;
      const end = at + alias.length;
      if (end < this.text.length && isWordChar(this.text.charCodeAt(end))) continue;
      count++;
      free = end;
    }
    return count;
  }

  /** An alias that starts with a non-word character (none of the built-in ones): a plain scan. */
  private scan(alias: string): number {
    if (!alias) return 0;
    let count = 0;
    for (let at = this.text.indexOf(alias); at >= 0; at = this.text.indexOf(alias, at)) {
      const end = at + alias.length;
      const before = at > 0 && isWordChar(this.text.charCodeAt(at - 1));
      const after = end < this.text.length && isWordChar(this.text.charCodeAt(end));
      if (!before && !after) {
        count++;
        at = end;
      } else at++;
    }
    return count;
  }
}

/** Ambiguous short aliases only count when another signal for the same term exists. */
const WEAK_ALIASES = new Set(['ts', 'js', 'ci', 'cd', 'ml', 'node', 'rest', 'cloud', 'cache', 'distributed', 'led', 'conflict']);

/**
 * Extracts vocabulary terms from free text. `vocabulary` is the bank's skills ∪ tech stacks; each term
 * matches itself and its aliases, whole-word and case-insensitive.
 */
export function extractKeywords(
  texts: { resume?: string | null; jobDescription?: string | null },
  vocabulary: Iterable<string>,
): ExtractedKeyword[] {
  const resume = (texts.resume ?? '').toLowerCase();
  const jd = (texts.jobDescription ?? '').toLowerCase();
  if (!resume.trim() && !jd.trim()) return [];
  const [inResume, inJd] = [new WordIndex(resume), new WordIndex(jd)];
  const terms = new Set<string>([...vocabulary, ...Object.keys(SKILL_ALIASES)]);
  const out: ExtractedKeyword[] = [];
  for (const term of terms) {
    const aliases = new Set([term.toLowerCase(), ...(SKILL_ALIASES[term] ?? [])]);
    let strong = 0;
    let weak = 0;
    for (const alias of aliases) {
      const count = inResume.count(alias.toLowerCase()) + 2 * inJd.count(alias.toLowerCase());
      if (WEAK_ALIASES.has(alias)) weak += count;
      else strong += count;
    }
    const weight = strong > 0 ? strong + weak : 0;
    if (weight > 0) out.push({ term, weight });
  }
  return out.sort((a, b) => b.weight - a.weight || a.term.localeCompare(b.term));
}

export interface RoleTarget {
  roles: string[];
  category: string;
}

/** Maps a free-text job role to the bank's role slugs and category. */
export function roleTarget(jobRole: string): RoleTarget {
  const r = jobRole.toLowerCase();
  const rules: [RegExp, string[], string][] = [
    [/full[\s-]?stack/, ['full-stack-developer'], 'fullstack'],
    [/front[\s-]?end|\bui\b|react|web developer/, ['frontend-developer'], 'frontend'],
    [/back[\s-]?end|\bapi\b|server/, ['backend-developer'], 'backend'],
    [/data scien|machine learning|\bml\b|\bai\b/, ['data-scientist'], 'data'],
    [/data eng|analytics eng|\betl\b|data/, ['data-engineer'], 'data'],
    [/devops|\bsre\b|site reliability|platform|infrastructure|cloud/, ['devops-engineer'], 'devops'],
    [/mobile|\bios\b|android|react native/, ['mobile-developer'], 'mobile'],
    [/product (manager|owner)|\bpm\b/, ['product-manager'], 'product'],
    [/engineering manager|\bem\b|head of eng|team lead/, ['engineering-manager'], 'general'],
    [/\bqa\b|quality|test/, ['qa-engineer'], 'general'],
  ];
  for (const [re, roles, category] of rules) if (re.test(r)) return { roles: [...roles, 'software-engineer'], category };
  return { roles: ['software-engineer'], category: 'general' };
}
