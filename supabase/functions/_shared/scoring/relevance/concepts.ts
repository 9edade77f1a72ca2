// Concept lexicon: words that belong to one idea, so that an answer about
// "timeouts, p95 latency and a Redis cache" is recognised as being about
// "performance" although it never says the word. A question term that
// belongs to a concept brings the concept's other members into the
// question's profile at a lower weight.

import { termsOf } from '../text.ts';

const CONCEPTS: Record<string, string> = {
  performance:
    'performance perf latency slow slower fast faster speed timeout timeouts throughput bottleneck profiling profiler optimise optimize p95 p99 milliseconds ms cache caching load',
  reliability: 'reliability outage incident downtime failover redundancy availability uptime sla retry retries resilience recovery',
  security:
    'security authentication authorization encryption token vulnerability xss csrf injection secret permissions attack sanitize escape',
  testing: 'testing test tests unit integration e2e end-to-end coverage mock assertion regression qa',
  database: 'database sql query queries index indexes transaction table rows schema postgres postgresql mysql',
  scaling: 'scaling scale scalability shard sharding partition replica replication horizontal vertical load-balancer autoscaling',
  frontend: 'frontend ui render rendering component components dom browser react state props',
  concurrency: 'concurrency concurrent parallel thread threads lock locks race mutex async asynchronous',
  deployment: 'deployment deploy release rollout rollback canary pipeline ci cd kubernetes docker container',
  observability: 'observability monitoring metrics logs logging tracing traces dashboard alert alerts',
  data: 'data pipeline etl warehouse batch stream streaming kafka spark dataset',
  product: 'product users customers feature features roadmap metric metrics retention onboarding adoption',
  people: 'team teammate colleague manager report mentor engineer engineers stakeholder stakeholders',
  communication: 'communicate communication explain explained listen listened meeting conversation discuss discussed',
  planning: 'plan planning priorities prioritise prioritize deadline timeline scope estimate estimates milestone',
  learning: 'learn learned learning lesson lessons improve growth feedback reflect',
};

const MEMBER_OF = new Map<string, string[]>();
const MEMBERS = new Map<string, string[]>();
for (const [name, words] of Object.entries(CONCEPTS)) {
  const terms = [...new Set(words.split(/\s+/).flatMap((w) => termsOf(w)))];
  MEMBERS.set(name, terms);
  for (const t of terms) MEMBER_OF.set(t, [...(MEMBER_OF.get(t) ?? []), name]);
}

/** Terms related to `term` through a shared concept (excluding the term itself). */
export function relatedTerms(term: string): string[] {
  const out = new Set<string>();
  for (const c of MEMBER_OF.get(term) ?? []) for (const m of MEMBERS.get(c) ?? []) if (m !== term) out.add(m);
  return [...out];
}
