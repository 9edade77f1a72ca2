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

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const patternCache = new Map<string, RegExp>();
function pattern(alias: string): RegExp {
  let re = patternCache.get(alias);
  if (!re) {
    re = new RegExp(`(?<![a-z0-9+#])${escape(alias.toLowerCase())}(?![a-z0-9+#])`, 'g');
    patternCache.set(alias, re);
  }
  return re;
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
  const terms = new Set<string>([...vocabulary, ...Object.keys(SKILL_ALIASES)]);
  const out: ExtractedKeyword[] = [];
  for (const term of terms) {
    const aliases = new Set([term.toLowerCase(), ...(SKILL_ALIASES[term] ?? [])]);
    let strong = 0;
    let weak = 0;
    for (const alias of aliases) {
      const count = (resume.match(pattern(alias))?.length ?? 0) + 2 * (jd.match(pattern(alias))?.length ?? 0);
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
