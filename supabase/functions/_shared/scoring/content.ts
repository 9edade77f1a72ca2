// Content signals: key-point coverage (stemmed + synonyms, with quoted
// evidence), derived key points, technical accuracy, specificity, trade-offs
// and the system-design checklist.

import type { Difficulty, KeyPointResult, QuestionType } from './types.ts';
import {
  ACTION_VERBS,
  clamp01,
  isGeneric,
  isKnownVocabulary,
  joinHyphenated,
  porterStem,
  quote,
  type SentenceInfo,
  splitSentences,
  termsOf,
  type TextAnalysis,
  tokenize,
} from './text.ts';

// ---------------------------------------------------------------------------
// Key points
// ---------------------------------------------------------------------------

/** Rubric verbs that describe what the candidate should do, not the content. */
const KP_META = new Set(
  `describe describes explain explains mention mentions discuss discusses show shows demonstrate demonstrates
  state states identify identifies candidate candidates should clearly specific provide provides give gives talk
  talks note notes cover covers address addresses outline outlines acknowledge acknowledges highlight highlights
  define defines include includes articulate articulates aware awareness understand understands understanding
  recognize recognizes recognise recognises know knows able ability correctly correct properly proper relevant
  appropriate brief briefly answer answers shares share walks walk through`
    .split(/\s+/).filter(Boolean).map((w) => porterStem(w)),
);

export const TRADEOFF_RE =
  /\b(trade-?offs?|downsides?|drawbacks?|on the other hand|at the cost of|the cost is|the catch|however|whereas|versus|vs\.?|instead of|alternatively|pros and cons|disadvantages?|overhead|it depends|depends on|when not to|not (?:always|ideal|suitable|free)|limitations?|but (?:it|this|that|the|you|we|lets|allows|requires|needs|costs|uses|can)\b|(?:simpler|faster|cheaper|easier|slower|more complex|more accurate|less accurate|more expensive)\b[^.;]{0,40}\bbut\b)/gi;

interface Hook {
  id: string;
  trigger: RegExp;
  sentence: RegExp;
}

/**
 * Concept hooks: rubric phrases like "quantifies the result" cannot be matched
 * word by word, so a key point that mentions the concept gets a virtual term
 * that any sentence showing the concept satisfies.
 */
const HOOKS: Hook[] = [
  {
    id: '#quantify',
    trigger: /\b(quantif\w*|metrics?|measurabl[ey]|numbers?|data-driven|measured (?:impact|results?|outcomes?))\b/,
    sentence: new RegExp(
      String
        .raw`\d|\bpercent\b|\b(?:twice|double[d]?|halved?|tripled|zero)\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|fifty|hundreds?|thousands?|millions?|a few|several)\s+(?:weeks?|days?|hours?|months?|times|people|users|customers|engineers|reports|releases|minutes|seconds)\b`,
    ),
  },
  {
    id: '#cause',
    trigger: /\b(?:causes?|caused|reasons?|root cause|why it happened)\b/,
    sentence: /\b(?:because|due to|caused|the reason|root cause|turned out|since the|as a result of)\b/,
  },
  {
    id: '#lesson',
    trigger: /\b(lessons?|learn\w*|reflect\w*|takeaways?|hindsight|differently|growth)\b/,
    sentence:
      /\b(learn\w*|lessons?|takeaways?|in hindsight|next time|differently|since then|now i|going forward|taught me|realized|realised)\b/,
  },
  {
    id: '#listen',
    trigger: /\b(listen\w*|empath\w*|perspectives?|point of view|concerns?)\b/,
    sentence:
      /\b(listen\w*|heard|hear|perspectives?|point of view|empath\w*|concerns?|understand (?:why|his|her|their)|coming from|asked (?:him|her|them) (?:about|why|what|how))\b/,
  },
  {
    id: '#personal',
    trigger:
      /\b(personal(?:ly)?|own actions?|initiative|took action|actions? (?:taken|they took|you took|he took|she took|the candidate took))\b/,
    sentence: new RegExp(
      String
        .raw`\bi (?:first |then |also |personally |immediately )?(?:${ACTION_VERBS})\b`,
    ),
  },
  {
    id: '#accountability',
    trigger: /\b(ownership|accountab\w*|takes? responsibility|owns? (?:up|the)|admits?|blam\w*)\b/,
    sentence:
      /\bmy (?:mistake|fault|responsibility|bad|call)\b|\bi (?:own(?:ed)?|take|took) (?:full )?(?:responsibility|ownership|the blame)\b|\bi (?:had )?(?:badly )?(?:should have|could have|underestimated|overcommitted|missed|dropped the ball|messed up|was wrong|overlooked|forgot)\b|\bon me\b/,
  },
  {
    id: '#stakeholders',
    trigger: /\b(stakeholders?|decision[- ]makers?)\b/,
    sentence:
      /\b(stakeholders?|managers?|pms?|product (?:manager|owner)s?|directors?|vp|cto|ceo|(?:tech|team|qa|design|engineering) leads?|leads?|customers?|clients?|finance|sales|marketing|designers?|executives?|leadership|owners?|senior engineers?)\b/,
  },
  {
    id: '#evidence',
    trigger: /\b(data|evidence|prototypes?|proof|facts)\b/,
    sentence:
      /\b(data|evidence|metrics?|numbers|prototyp\w*|proof of concept|poc|benchmark\w*|measured|dashboards?|exported|analy[sz]\w+|showed|demo\w*|history)\b/,
  },
  {
    id: '#allies',
    trigger: /\b(allies|ally|buy-in|coalition|champions?|support(?:ers)?)\b/,
    sentence:
      /\b(allies|buy-in|on board|supported|backing|champions?|individually|one-on-one|1:1|together|shared one|joint|asked for (?:their|his|her) (?:input|feedback|help))\b/,
  },
  {
    id: '#audience',
    // "frames the proposal in terms of …" is about the audience; "dropped frames" and "frame budget" are not.
    trigger: /\b(audience|tailor\w*|adapt\w* (?:the|their|his|her) (?:message|pitch)|frames? (?:the|their|his|her|it|a|an) ?\w*|framing)\b/,
    sentence:
      /\b(framed|in (?:her|his|their) terms|tailored|for the (?:pm|manager|execs?|executives|business|customer)|(?:her|his|their) (?:goals|priorities|language|concerns)|adapted)\b/,
  },
  {
    id: '#stakes',
    trigger: /\b(why it mattered|why it matters|why it was important|importance|stakes)\b/,
    sentence:
      /\b(because|cost(?:ing|s)?|at risk|risk|at stake|critical|pressure|delay\w*|blocked|losing|lost|revenue|outage|customers?|deadline)\b|\d+\s?%/,
  },
  {
    id: '#communicate',
    trigger: /\b(communicat\w*|stakeholders?|align\w*|expectations?|transparen\w*|informed)\b/,
    sentence:
      /\b(talked|spoke|met|meeting|discuss\w*|explained|present\w*|updated|sync\w*|communicat\w*|1:1|one-on-one|informed|told|emailed|wrote (?:a|an|up)|call(?:ed)?|aligned?)\b/,
  },
  {
    id: '#tradeoff',
    trigger: /\b(trade-?offs?|downsides?|drawbacks?|pros and cons|limitations?|disadvantages?)\b/,
    sentence:
      /\b(trade-?offs?|downsides?|drawbacks?|on the other hand|at the cost of|the cost is|however|whereas|disadvantages?|overhead|but (?:it|this|that|the|you|we|lets|allows|requires|needs|costs|uses|can)|(?:simpler|faster|cheaper|easier|slower|more complex|more accurate|less accurate|more expensive)\b[^.;]{0,40}\bbut)\b/,
  },
  {
    id: '#example',
    trigger: /\b(examples?|instance|illustrat\w*|concrete)\b/,
    sentence:
      /\b(for example|for instance|e\.g\.|such as|let'?s say|imagine|say we|suppose|in my (?:last|previous|current) (?:role|job|team|company)|at my (?:last|previous))\b/,
  },
  {
    id: '#complexity',
    trigger: /\b(complexity|big-?o|runtime)\b|\bo\(/,
    sentence: /\bo\s*\(|complexity|\blinear\b|quadratic|logarithmic|constant time|n log n/,
  },
  {
    id: '#edge',
    trigger: /\b(edge|corner) cases?\b/,
    sentence: /\b(edge cases?|corner cases?|empty|null|undefined|none|negative|overflow|duplicates?|zero|single element|invalid input)\b/,
  },
];

export interface KeyPointSpec {
  point: string;
  /** Required terms (canonical) with their weights. */
  terms: Map<string, number>;
  /** Any-of groups: enumerated examples / elaborations; one match satisfies the group. */
  alternatives: Array<{ terms: Set<string>; weight: number }>;
  hooks: string[];
  hookWeight: number;
  derived: boolean;
}

// Contrast clauses in rubric text name what the candidate should NOT do
// ("... rather than authority", "instead of blaming others"): not content.
const CONTRAST_RE = /\b(?:rather than|instead of|as opposed to|without (?:blaming|relying on))\b[^,;.)]*/g;
// Enumerated examples are alternatives, not all required.
const PAREN_RE = /\(([^()]*)\)/g;
const EXAMPLES_RE = /\b(?:such as|e\.g\.?|for example|for instance|including|like)\s+([^;.]*)/g;

function specFromText(
  point: string,
  questionTerms: Set<string>,
  derived: boolean,
): KeyPointSpec | null {
  let main = point.toLowerCase().replace(CONTRAST_RE, ' ');
  const altTexts: string[] = [];
  main = main.replace(PAREN_RE, (_m, inner: string) => {
    altTexts.push(inner);
    return ' ';
  });
  main = main.replace(EXAMPLES_RE, (_m, tail: string) => {
    altTexts.push(tail);
    return ' ';
  });

  const hooks: string[] = [];
  const stripHooks = (text: string): string => {
    let out = text;
    for (const h of HOOKS) {
      const m = h.trigger.exec(out);
      if (m) {
        if (!hooks.includes(h.id)) hooks.push(h.id);
        out = out.replace(m[0], ' ');
      }
    }
    return out;
  };
  main = stripHooks(main);
  // "(for example Redis)": the marker words are not content and must not fire the #example hook.
  const alts = altTexts.map((a) =>
    stripHooks(
      a.replace(
        /^\s*(?:such as|e\.g\.?|for example|for instance|including|like|i\.e\.?)[,:]?\s+/,
        '',
      ),
    )
  );

  const weightOf = (t: string) => {
    let w = 1;
    if (isGeneric(t)) w *= 0.4;
    if (questionTerms.has(t)) w *= 0.6;
    return w;
  };
  const terms = new Map<string, number>();
  for (const t of termsOf(joinHyphenated(main))) {
    if (KP_META.has(t)) continue;
    terms.set(t, Math.max(terms.get(t) ?? 0, weightOf(t)));
  }
  const alternatives: KeyPointSpec['alternatives'] = [];
  for (const a of alts) {
    const set = new Set(
      termsOf(a).filter((t) => !KP_META.has(t) && !isGeneric(t) && !terms.has(t)),
    );
    if (set.size === 0) continue;
    alternatives.push({
      terms: set,
      weight: Math.min(3, Math.max(1.5, 0.5 * set.size)),
    });
  }
  let other = 0;
  for (const w of terms.values()) other += w;
  for (const a of alternatives) other += a.weight;
  // A concept hook carries half of the point when other terms exist.
  const hookWeight = hooks.length ? Math.max(1.5 * hooks.length, other) / hooks.length : 0;
  if (terms.size === 0 && alternatives.length === 0 && hooks.length === 0) {
    return null;
  }
  return {
    point: point.trim(),
    terms,
    alternatives,
    hooks,
    hookWeight,
    derived,
  };
}

/**
 * Key points from the rubric, or derived from the expected answer: its salient
 * sentences (or clauses, when it has fewer than three usable sentences).
 */
export function buildKeyPoints(
  keyPoints: string[] | null | undefined,
  expectedAnswer: string | null | undefined,
  questionTerms: Set<string>,
): KeyPointSpec[] {
  const given = (keyPoints ?? []).map((p) => p.trim()).filter(Boolean);
  if (given.length > 0) {
    return given.map((p) => specFromText(p, questionTerms, false)).filter((
      s,
    ): s is KeyPointSpec => s !== null);
  }
  const expected = (expectedAnswer ?? '').trim();
  if (!expected) return [];

  const salientTerms = (s: string) => termsOf(s).filter((t) => !isGeneric(t) && !KP_META.has(t));
  const novelCount = (s: string) => salientTerms(s).filter((t) => !questionTerms.has(t)).length;

  let candidates = splitSentences(expected).filter((s) => salientTerms(s).length >= 3 && novelCount(s) >= 1);
  if (candidates.length < 3) {
    const clauses: string[] = [];
    for (const s of splitSentences(expected)) {
      for (
        const c of s.split(
          /[,;:]\s+|\s+(?:and|but|which|while|whereas)\s+|\s+[-–—]\s+/,
        )
      ) {
        if (salientTerms(c).length >= 2 && novelCount(c) >= 1) {
          clauses.push(c.replace(/[.\s]+$/, ''));
        }
      }
    }
    if (clauses.length > candidates.length) candidates = clauses;
  }
  if (candidates.length > 6) {
    const scored = candidates.map((s, i) => {
      const ts = salientTerms(s);
      const score = ts.reduce((acc, t) => acc + (questionTerms.has(t) ? 0.3 : 1), 0) / Math.sqrt(ts.length || 1);
      return { s, i, score };
    });
    scored.sort((a, b) => b.score - a.score || a.i - b.i);
    candidates = scored.slice(0, 6).sort((a, b) => a.i - b.i).map((x) => x.s);
  }
  return candidates
    .map((s) => specFromText(quote(s.replace(/[;:,\s]+$/, ''), 160), questionTerms, true))
    .filter((s): s is KeyPointSpec => s !== null);
}

export interface CoverageResult {
  results: KeyPointResult[];
  /** 0..1, with partial credit for partially matched points. */
  coverage: number;
  covered: number;
  total: number;
}

/** Share of a key point's weight a sentence must contain; relaxes for long points. */
function thresholdFor(n: number, hasHooks: boolean): number {
  if (n <= 1) return 0.99;
  if (hasHooks) return 0.5;
  if (n === 2) return 0.6;
  if (n === 3) return 0.55;
  if (n === 4) return 0.5;
  if (n <= 6) return 0.45;
  if (n <= 9) return 0.38;
  return 0.33;
}

function specTotal(spec: KeyPointSpec): number {
  let total = 0;
  for (const w of spec.terms.values()) total += w;
  for (const a of spec.alternatives) total += a.weight;
  return total + spec.hookWeight * spec.hooks.length;
}

function matchRatio(
  spec: KeyPointSpec,
  total: number,
  terms: Set<string>,
  extra?: Set<string>,
): { ratio: number; strong: number } {
  const has = (t: string) => terms.has(t) || (extra?.has(t) ?? false);
  let got = 0;
  let strong = 0;
  for (const [t, w] of spec.terms) {
    if (has(t)) {
      got += w;
      if (w >= 1) strong++;
    }
  }
  for (const a of spec.alternatives) {
    for (const t of a.terms) {
      if (has(t)) {
        got += a.weight;
        strong++;
        break;
      }
    }
  }
  for (const h of spec.hooks) {
    if (has(h)) {
      got += spec.hookWeight;
      strong++;
    }
  }
  return { ratio: total > 0 ? got / total : 0, strong };
}

/** Matches each key point against the answer's sentences (and adjacent pairs). */
export function matchKeyPoints(
  specs: KeyPointSpec[],
  sentences: SentenceInfo[],
): CoverageResult {
  const usedHooks = new Set(specs.flatMap((s) => s.hooks));
  const sentTerms: Set<string>[] = sentences.map((s) => {
    if (usedHooks.size === 0) return s.terms;
    const set = new Set(s.terms);
    for (const h of HOOKS) {
      if (usedHooks.has(h.id) && h.sentence.test(s.lower)) set.add(h.id);
    }
    return set;
  });

  const results: KeyPointResult[] = [];
  let credit = 0;
  let covered = 0;
  for (const spec of specs) {
    const total = specTotal(spec);
    const n = spec.terms.size + spec.alternatives.length + spec.hooks.length;
    const threshold = thresholdFor(n, spec.hooks.length > 0);
    const passes = (m: { ratio: number; strong: number }) => m.ratio >= threshold || (m.strong >= 4 && m.ratio >= 0.3);
    let bestI = -1;
    let best = 0;
    let bestOk = false;
    for (let i = 0; i < sentTerms.length; i++) {
      const m = matchRatio(spec, total, sentTerms[i]!);
      const ok = passes(m);
      if ((ok && !bestOk) || (ok === bestOk && m.ratio > best + 1e-9)) {
        best = m.ratio;
        bestI = i;
        bestOk = ok;
      }
    }
    let evidence: string | undefined;
    let ok = bestOk;
    if (ok) evidence = quote(sentences[bestI]!.text);
    else {
      // A point may be spread over two adjacent sentences.
      let pairBest = 0;
      let pairI = -1;
      let pairOk = false;
      for (let i = 0; i + 1 < sentTerms.length; i++) {
        const m = matchRatio(spec, total, sentTerms[i]!, sentTerms[i + 1]!);
        const pOk = passes(m);
        if ((pOk && !pairOk) || (pOk === pairOk && m.ratio > pairBest + 1e-9)) {
          pairBest = m.ratio;
          pairI = i;
          pairOk = pOk;
        }
      }
      if (pairOk && pairI >= 0) {
        ok = true;
        evidence = quote(
          sentences[pairI]!.text + ' ' + sentences[pairI + 1]!.text,
          300,
        );
      }
      best = Math.max(best, pairBest * 0.9);
    }
    if (ok) {
      covered++;
      credit += 1;
      results.push({ point: spec.point, covered: true, evidence });
    } else {
      credit += best >= 0.25 ? 0.6 * best : 0;
      results.push({ point: spec.point, covered: false });
    }
  }
  return {
    results,
    coverage: specs.length ? credit / specs.length : 0,
    covered,
    total: specs.length,
  };
}

// ---------------------------------------------------------------------------
// Accuracy signals
// ---------------------------------------------------------------------------

const HEDGES: Array<[RegExp, number]> = [
  [/\bi don'?t (?:really )?know\b/gi, 2],
  [/\bno idea\b/gi, 2],
  [/\bnot (?:totally |really |entirely |100% |completely )?sure\b/gi, 1.5],
  [/\bi(?:'m| am) not (?:totally |really |entirely )?certain\b/gi, 1.5],
  [/\bi (?:think|guess|believe) maybe\b/gi, 1.5],
  [/\bi guess\b/gi, 1],
  [/\bmaybe\b/gi, 1],
  [/\bprobably\b/gi, 0.5],
  [/\bi think\b/gi, 0.5],
  [/\b(?:might|could) be wrong\b/gi, 1.5],
  [/\bif i remember (?:correctly|right)\b/gi, 1],
  [/\bor something(?: like that)?\b/gi, 1],
  [/\bsomething like that\b/gi, 1],
  [/\bsort of\b/gi, 0.5],
  [/\bkind of\b(?! (?:a|an|the)?\s*\w+ (?:is|are|that))/gi, 0.5],
];

export interface HedgeResult {
  count: number;
  weight: number;
  examples: string[];
}

export function detectHedges(text: string): HedgeResult {
  let count = 0;
  let weight = 0;
  const examples: string[] = [];
  const covered: Array<[number, number]> = [];
  for (const [re, w] of HEDGES) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const start = m.index;
      const end = start + m[0].length;
      if (covered.some(([s, e]) => start < e && end > s)) continue;
      covered.push([start, end]);
      count++;
      weight += w;
      if (examples.length < 3) examples.push(m[0].toLowerCase());
    }
  }
  return { count, weight, examples };
}

// ---------------------------------------------------------------------------
// Specificity
// ---------------------------------------------------------------------------

const NAMED_TOOLS = new Set(
  `postgres postgresql mysql sqlite mariadb oracle redis memcached kafka rabbitmq sqs sns kinesis pubsub docker
  kubernetes k8s aws gcp azure s3 ec2 ecs eks lambda cloudfront cloudflare dynamodb cassandra scylla mongodb couchdb
  elasticsearch opensearch solr nginx haproxy envoy terraform ansible jenkins github gitlab circleci datadog grafana
  prometheus sentry pagerduty splunk newrelic honeycomb react vue angular svelte nextjs nodejs express django flask
  fastapi rails spring graphql grpc websocket jira confluence slack figma python java golang rust typescript
  javascript kotlin swift cpp csharp scala ruby php spark hadoop airflow snowflake bigquery redshift supabase
  firebase vercel heroku netlify stripe twilio okta auth0 oauth jwt openapi swagger pytest jest vitest cypress
  playwright selenium webpack vite babel linux bash celery sidekiq zookeeper etcd consul istio helm argocd zipkin
  jaeger opentelemetry pandas numpy tensorflow pytorch bigtable spanner cockroachdb zookeeper hbase flink
  memcache varnish akamai fastly lighthouse storybook redux graphql apollo prisma sequelize hibernate kibana
  logstash fluentd loki tempo vault consul nomad`.split(/\s+/).filter(Boolean),
);

const EXAMPLE_RE =
  /\b(for example|for instance|e\.g\.|such as|let'?s say|say we have|imagine|suppose|consider a|in my (?:last|previous|current|first|former) (?:role|job|team|company|position|internship|project)|at my (?:last|previous|current|former) (?:company|job|role|team|employer)|when i was (?:at|working)|in one project|on one project|we had (?:a|an)|i once|last (?:year|quarter|month|sprint)|in production|real-world)\b/gi;

const NUM_WORD =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred|hundreds|thousand|thousands|million|millions|billion|billions|a few|several|a couple of|half an?|a dozen';
const NUM_WORD_RE = new RegExp(`\\b(?:${NUM_WORD})\\b`, 'i');

const METRIC_RE = new RegExp(
  String
    .raw`(?:\$\s?\d[\d,.]*\s?[kmb]?\b)|(?:(?:\b\d[\d,.]*|\b(?:${NUM_WORD}))\s?-?\s?(?:%|percent\b|x\b|ms\b|milliseconds?\b|seconds?\b|secs?\b|minutes?\b|mins?\b|hours?\b|hrs?\b|days?\b|weeks?\b|months?\b|years?\b|times\b|gb\b|mb\b|tb\b|kb\b|pb\b|k\b|m\b|million\b|billion\b|thousand\b|users\b|requests\b|rps\b|qps\b|req\/s|customers\b|engineers\b|people\b|servers\b|nodes\b|instances\b|tickets\b|bugs\b|points\b|writes\b|reads\b|urls\b|characters\b|chars\b|bytes\b|calls\b|queries\b|transactions\b|orders\b|teams\b|services\b|char(?:acter)?s?\b|combinations\b|codes\b|reports\b|releases\b|tests\b|runs\b|hours? a week\b|sprints?\b|migrations\b))`,
  'gi',
);

/** True when a sentence states a quantity: digits, %, or a spelled-out number with a unit. */
export function hasQuantity(text: string): boolean {
  if (
    /\d|\bpercent\b|\b(?:twice|doubled?|halved?|tripled|zero)\b/i.test(text)
  ) return true;
  METRIC_RE.lastIndex = 0;
  return METRIC_RE.test(text) ||
    NUM_WORD_RE.test(text) &&
      /\b(?:times|weeks?|days?|hours?|months?|people|users|customers)\b/i.test(
        text,
      );
}

export interface SpecificityResult {
  score: number;
  numbers: number;
  metrics: string[];
  examples: number;
  tools: string[];
  properNouns: string[];
}

export function measureSpecificity(analysis: TextAnalysis): SpecificityResult {
  const raw = analysis.raw;
  const numbers = new Set(
    (raw.replace(/^\s*\d+[.)]\s/gm, ' ').match(/\b\d[\d,.]*\b/g) ?? []).map((
      n,
    ) => n.replace(/[.,]+$/, '')),
  ).size;
  const metrics = [
    ...new Set((raw.match(METRIC_RE) ?? []).map((m) => m.trim())),
  ];
  EXAMPLE_RE.lastIndex = 0;
  const examples = (raw.match(EXAMPLE_RE) ?? []).length;
  const toks = new Set(tokenize(raw));
  const tools = [...toks].filter((t) => NAMED_TOOLS.has(t)).sort();
  const properNouns = new Set<string>();
  for (const s of analysis.sentences) {
    const words = s.text.split(/\s+/).slice(1);
    for (const w of words) {
      const clean = w.replace(/[^A-Za-z0-9.+#-]/g, '');
      if (
        /^[A-Z][a-zA-Z0-9]+/.test(clean) && clean !== 'I' && !/^I'/.test(w) &&
        clean.length >= 2
      ) {
        const lower = clean.toLowerCase();
        if (!NAMED_TOOLS.has(lower) && !/^(STAR|OK|API|APIs)$/.test(clean)) {
          properNouns.add(clean);
        }
      }
    }
  }
  const proper = [...properNouns].slice(0, 5);
  const named = tools.length + Math.min(2, proper.length);
  const score = clamp01(
    0.3 * Math.min(1, examples) +
      0.3 * Math.min(1, metrics.length / 2) +
      0.15 * Math.min(1, numbers / 3) +
      0.25 * Math.min(1, named / 2),
  );
  return { score, numbers, metrics, examples, tools, properNouns: proper };
}

// ---------------------------------------------------------------------------
// Domain vocabulary, relevance, trade-offs
// ---------------------------------------------------------------------------

export interface DomainResult {
  hits: string[];
  score: number;
}

const DOMAIN_TARGET: Record<Difficulty, number> = {
  easy: 4,
  medium: 6,
  hard: 8,
};

export function measureDomain(
  answerTerms: Set<string>,
  topicTerms: Set<string>,
  difficulty: Difficulty,
  type: QuestionType,
): DomainResult {
  const hits = [...answerTerms].filter((t) =>
    !isGeneric(t) && !/^\d+$/.test(t) &&
    (topicTerms.has(t) || isKnownVocabulary(t))
  );
  const target = DOMAIN_TARGET[difficulty] + (type === 'system_design' ? 2 : 0);
  return { hits, score: clamp01(hits.length / target) };
}

export function countTradeoffs(text: string): number {
  TRADEOFF_RE.lastIndex = 0;
  return (text.match(TRADEOFF_RE) ?? []).length;
}

// ---------------------------------------------------------------------------
// System-design checklist
// ---------------------------------------------------------------------------

export interface DesignItem {
  id: string;
  label: string;
  found: boolean;
}

const DESIGN_CHECKS: Array<[string, string, RegExp]> = [
  [
    'requirements',
    'Clarify functional and non-functional requirements',
    /\b(requirements?|functional|non-functional|scope|use cases?|assum\w+|clarify|read-heavy|write-heavy)\b|\bwhat (?:it|we|the system) (?:must|needs? to|has to)|\b(?:must|has to|needs? to) (?:handle|support|return|show)\b/i,
  ],
  [
    'estimates',
    'Back-of-the-envelope estimates (traffic, storage)',
    /\b\d[\d,.]*\s*(?:k|m|b|million|billion|thousand)?\s*(?:users|requests|reads|writes|views|increments|messages|notifications|events|searches|rps|qps|urls|(?:per|a) (?:second|day|month)|daily|\/s|tb|gb|bytes)\b|\b(estimate|back[- ]of[- ]the[- ]envelope|capacity)\b/i,
  ],
  [
    'api',
    'API design',
    /\b(api|endpoints?|(?:get|post|put|delete|patch) \/|rest|grpc)\b/i,
  ],
  [
    'data_model',
    'Data model and storage choice',
    /\b(schema|data model|tables?|columns?|key-value|primary key|nosql|sql|postgres\w*|mysql|dynamodb|cassandra|mongodb|documents?|redis|keyed by|stored? (?:in|as)|kept in|keep (?:them|it|the \w+) in)\b/i,
  ],
  [
    'components',
    'High-level components (load balancer, services, cache, queue)',
    /\b(load balancers?|cache|caching|redis|memcached|queues?|kafka|cdn|gateway|workers?|app servers?|microservices?)\b/i,
  ],
  [
    'scaling',
    'Scaling: sharding, replication, partitioning',
    /\b(shard\w*|partition\w*|replica\w*|replicat\w*|horizontal\w*|scale[sd]? out|split (?:across|into)|sub-?counters?|consistent hashing|multiple (?:api |app |web )?(?:servers|instances|nodes)|cluster)\b/i,
  ],
  [
    'reliability',
    'Reliability and failure handling, monitoring',
    /\b(fail\w*|redundan\w*|backups?|retr(?:y|ies)|dies|crash\w*|goes down|lose|loss|availability|monitor\w*|alert\w*|fallback|circuit breaker|failover|outages?)\b/i,
  ],
  [
    'tradeoffs',
    'Trade-offs and alternatives',
    /\b(trade-?offs?|downsides?|drawbacks?|alternatively|instead of|on the other hand|at the cost of|versus|vs\.?)\b/i,
  ],
];

export function designChecklist(
  text: string,
): { items: DesignItem[]; score: number } {
  const items = DESIGN_CHECKS.map(([id, label, re]) => ({
    id,
    label,
    found: re.test(text),
  }));
  const found = items.filter((i) => i.found).length;
  return { items, score: found / items.length };
}
