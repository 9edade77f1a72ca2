// Text utilities for the local scoring engine: normalisation, tokenising,
// sentence splitting, a compact Porter stemmer and a synonym/abbreviation
// table for common interview vocabulary.
//
// Pure TypeScript, no runtime dependencies, no Deno/Node specific APIs.

// ---------------------------------------------------------------------------
// Porter stemmer (M.F. Porter, 1980), compact regex formulation.
// ---------------------------------------------------------------------------

const STEP2: Record<string, string> = {
  ational: 'ate',
  tional: 'tion',
  enci: 'ence',
  anci: 'ance',
  izer: 'ize',
  bli: 'ble',
  alli: 'al',
  entli: 'ent',
  eli: 'e',
  ousli: 'ous',
  ization: 'ize',
  ation: 'ate',
  ator: 'ate',
  alism: 'al',
  iveness: 'ive',
  fulness: 'ful',
  ousness: 'ous',
  aliti: 'al',
  iviti: 'ive',
  biliti: 'ble',
  logi: 'log',
};
const STEP3: Record<string, string> = {
  icate: 'ic',
  ative: '',
  alize: 'al',
  iciti: 'ic',
  ical: 'ic',
  ful: '',
  ness: '',
};

const C_ = '[^aeiou]';
const V_ = '[aeiouy]';
const CS = C_ + '[^aeiouy]*';
const VS = V_ + '[aeiou]*';
const MGR0 = new RegExp('^(' + CS + ')?' + VS + CS); // measure > 0
const MEQ1 = new RegExp('^(' + CS + ')?' + VS + CS + '(' + VS + ')?$'); // measure == 1
const MGR1 = new RegExp('^(' + CS + ')?' + VS + CS + VS + CS); // measure > 1
const HAS_V = new RegExp('^(' + CS + ')?' + V_); // stem contains a vowel
const CVC = new RegExp('^' + CS + V_ + '[^aeiouwxy]$');
const DOUBLE_C = /([^aeiouylsz])\1$/;
const STEP2_RE =
  /^(.+?)(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli|ization|ation|ator|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)$/;
const STEP3_RE = /^(.+?)(icate|ative|alize|iciti|ical|ful|ness)$/;
const STEP4_RE = /^(.+?)(al|ance|ence|er|ic|able|ible|ant|ement|ment|ent|ou|ism|ate|iti|ous|ive|ize)$/;
const STEP4_ION = /^(.+?)(s|t)(ion)$/;

const stemCache = new Map<string, string>();

/** Porter stemmer. Input must be a lowercase word. Results are memoised. */
export function porterStem(word: string): string {
  if (word.length < 3 || !/^[a-z]+$/.test(word)) return word;
  const cached = stemCache.get(word);
  if (cached !== undefined) return cached;
  let w = word;
  const yFirst = w.charAt(0) === 'y';
  if (yFirst) w = 'Y' + w.slice(1);
  let m: RegExpExecArray | null;

  // Step 1a
  if ((m = /^(.+?)(ss|i)es$/.exec(w))) w = m[1]! + m[2]!;
  else if ((m = /^(.+?)([^s])s$/.exec(w))) w = m[1]! + m[2]!;

  // Step 1b
  if ((m = /^(.+?)eed$/.exec(w))) {
    if (MGR0.test(m[1]!)) w = w.slice(0, -1);
  } else if ((m = /^(.+?)(ed|ing)$/.exec(w))) {
    const stem = m[1]!;
    if (HAS_V.test(stem)) {
      w = stem;
      if (/(at|bl|iz)$/.test(w)) w += 'e';
      else if (DOUBLE_C.test(w)) w = w.slice(0, -1);
      else if (CVC.test(w)) w += 'e';
    }
  }

  // Step 1c
  if ((m = /^(.+?)y$/.exec(w))) {
    if (HAS_V.test(m[1]!)) w = m[1]! + 'i';
  }

  // Step 2
  if ((m = STEP2_RE.exec(w))) {
    if (MGR0.test(m[1]!)) w = m[1]! + STEP2[m[2]!];
  }

  // Step 3
  if ((m = STEP3_RE.exec(w))) {
    if (MGR0.test(m[1]!)) w = m[1]! + STEP3[m[2]!];
  }

  // Step 4
  if ((m = STEP4_RE.exec(w))) {
    if (MGR1.test(m[1]!)) w = m[1]!;
  } else if ((m = STEP4_ION.exec(w))) {
    const stem = m[1]! + m[2]!;
    if (MGR1.test(stem)) w = stem;
  }

  // Step 5
  if ((m = /^(.+?)e$/.exec(w))) {
    const stem = m[1]!;
    if (MGR1.test(stem) || (MEQ1.test(stem) && !CVC.test(stem))) w = stem;
  }
  if (/ll$/.test(w) && MGR1.test(w)) w = w.slice(0, -1);

  if (yFirst) w = 'y' + w.slice(1);
  if (stemCache.size > 50_000) stemCache.clear();
  stemCache.set(word, w);
  return w;
}

// ---------------------------------------------------------------------------
// Word lists
// ---------------------------------------------------------------------------

function wordSet(s: string): Set<string> {
  return new Set(s.split(/\s+/).filter(Boolean));
}

/** Function words and fillers (apostrophes removed: "don't" -> "dont"). */
export const STOPWORDS: ReadonlySet<string> = wordSet(`
a about above after again against all am an and any are arent as at be because been before being below
between both but by can cannot cant could couldnt did didnt do does doesnt doing dont down during each few
for from further had hadnt has hasnt have havent having he hed hell hes her here heres hers herself him
himself his how hows i id ill im ive if in into is isnt it its itself lets me more most mustnt my myself
no nor not of off on once only or other ought our ours ourselves out over own same shant she shed shell
shes should shouldnt so some such than that thats the their theirs them themselves then there theres
these they theyd theyll theyre theyve this those through to too under until up very was wasnt we wed
well were weve werent what whats when whens where wheres which while who whos whom why whys with wont
would wouldnt you youd youll youre youve your yours yourself yourselves also just really actually
basically literally um umm uh uhh er erm ah hmm mm okay ok yeah yes yep like gonna wanna kinda sorta
mean know will shall may might must etc eg ie via s t d ll re ve m thing things stuff lot lots get gets
got getting go goes going went gone come came make makes made let us one quite pretty much many
every either neither whether though although however yet still even ever something anything everything
nothing someone anyone everyone maybe perhaps probably sure guess around way ways
`);

/** Stems of words that carry little topical meaning; down-weighted in matching. */
export const GENERIC_STEMS: ReadonlySet<string> = new Set(
  [
    ...wordSet(`
use used using uses make need needs needed want wanted thing good better best great time times lot kind
sort different important able think take took give gave look see say said tell told start started end
put keep try tried find found show call called new first second last next part point level area aspect
case cases question answer describe discuss mention explain explains candidate specific specifically
clear clearly understand understanding work worked working example examples detail details approach
option options type types basic simple simply easy hard general generally usually often always
important main major minor right wrong real whole overall certain particular various several
`),
  ].map((w) => porterStem(w)),
);

/**
 * Frequent English words beyond stopwords. Used only by the gibberish gate to
 * decide whether a token is a "real word" (alongside stopwords, topic
 * vocabulary, the synonym table and a word-shape check).
 */
export const COMMON_WORDS: ReadonlySet<string> = new Set(
  [
    ...wordSet(`
able accept access account achieve across act action active add added address adjust admit advice affect
after agree aim allow almost alone along already always among amount analyse analyze another answer
apply approach area argue arrive ask asked assume attempt attention available avoid away back bad base
basic become began begin behind believe benefit big bit block body book both bottom boss break bring
broke brought build built business busy buy call came care careful carry case catch cause certain
chance change check child choice choose chose clear clearly client close code colleague come common
company complete complex concern consider contain continue control correct cost could count course
cover create current customer cut data date day deal decide decision deep define deliver depend design
detail develop did differ difficult direct discuss do done door down draw drive drop due early easy eat
effect effort else email end enough ensure entire error even event every exact example expect
experience explain extra face fact fail fair fall family far fast feature feel felt few field figure
file fill final find fine finish fix follow food form found free friend front full fun future gain game
gave general give goal good got great group grow half hand handle happen happy hard head hear heard help
high hold home hope hour house huge idea impact improve include increase instead issue item job join
keep key kind knew large late later lead learn least leave led left less level life light line list
listen little live long look lose lost love low main manage manager many matter meet meeting member
method middle mind minute miss model moment money month move much name near need never new next nice
night note number offer often old open order outcome own page part pass past pay people person pick
place plan play point poor possible power present pretty price problem process produce product project
proper provide pull push put quality quick quickly quite raise ran rate reach read ready real reason
receive record reduce remember remove report request require rest result return review right rise risk
role room rule run safe save saw scale school second see seem send sense serve service set share short
show side sign simple since single size skill slow small solve soon sound space speak special speed
spend spent spoke staff stage stand start state stay step still stop store story strong study such
support suppose system table take talk task team tell term test thank think third thought three
through time today together told took tool top total toward track trade train tree tried true trust
try turn two type under understand unit until update user value very view wait walk want watch water
week weight well went whole wide win within without word work world worry write wrong year young
`),
  ],
);

/** Past-tense action verbs used to detect first-person actions ("I decided ..."). */
export const ACTION_VERBS =
  'decided|started|began|set up|setup|created|built|wrote|implemented|organi[sz]ed|scheduled|proposed|suggested|reached out|talked|spoke|met|asked|listened|explained|led|drove|introduced|refactored|added|reviewed|analy[sz]ed|investigated|prioriti[sz]ed|negotiated|escalated|documented|paired|mentored|coached|designed|migrated|automated|rewrote|called|sat down|took|made|ran|gave|brought|worked|focused|broke|split|presented|shared|volunteered|pushed|convinced|measured|profiled|traced|rolled|shipped|tested|prototyped|drafted|booked|set|put|pulled|gathered|collected|compared|benchmarked|identified|tracked|facilitated|mediated|aligned|agreed|offered|invited|raised|flagged|wrote up|cut|moved|changed|replaced|fixed|debugged|reproduced|interviewed|consulted|stepped in|took over|divided|delegated|assigned|reorgani[sz]ed|restructured|simplified|exported|framed|told|converted|quarantined|diffed|kept|spent|hired|trained|onboarded|planned|estimated|split';

// ---------------------------------------------------------------------------
// Normalisation & tokenising
// ---------------------------------------------------------------------------

// Order matters: more specific patterns first.
const SPECIAL_REPLACEMENTS: Array<[RegExp, string]> = [
  [/\bo\s*\(\s*1\s*\)/g, ' bigo1 '],
  [/\bo\s*\(\s*n\s*\*?\s*log\s*\(?\s*n\s*\)?\s*\)/g, ' bigonlogn '],
  [/\bo\s*\(\s*log\s*\(?\s*n\s*\)?\s*\)/g, ' bigologn '],
  [/\bo\s*\(\s*n\s*(?:\^\s*3|³|\*\s*n\s*\*\s*n)\s*\)/g, ' bigon3 '],
  [/\bo\s*\(\s*n\s*(?:\^\s*2|²|\*\s*n|2)\s*\)/g, ' bigon2 '],
  [/\bo\s*\(\s*(?:2\s*\^\s*n|n\s*!)\s*\)/g, ' bigo2n '],
  [/\bo\s*\(\s*(?:n\s*\+\s*m|m\s*\+\s*n|n|m|k)\s*\)/g, ' bigon '],
  [/\bn\s*log\s*n\b/g, ' bigonlogn '],
  [/\bn\s*(?:\^\s*2|²)|\bn\s+squared\b/g, ' bigon2 '],
  [/\bc\+\+/g, ' cpp '],
  [/\bc#/g, ' csharp '],
  [/(^|\s)\.net\b/g, ' dotnet '],
  [/\bnode\.?js\b/g, ' nodejs '],
  [/\b([a-z]+)\.js\b/g, ' $1js '],
  [/\bci\s*\/\s*cd\b/g, ' cicd '],
  [/\ba\s*\/\s*b\b/g, ' ab '],
  [/\bi\s*\/\s*o\b/g, ' io '],
  [/\bpub\s*\/\s*sub\b/g, ' pubsub '],
  [/\bn\s*\+\s*1\b/g, ' nplus1 '],
  [/\bb\s*\+?\s*-?\s*trees?\b/g, ' btree '],
  [/\be\.g\.?/g, ' eg '],
  [/\bi\.e\.?/g, ' ie '],
  [/\b1\s*:\s*1s?\b/g, ' oneonone '],
  [/\b30\s*-?\s*60\s*-?\s*90(?:\s*-?\s*day)?(?:\s+plan)?\b/g, ' goal plan '],
  [/\blinear(?=\s+(?:time|pass|scan|runtime))/g, ' bigon '],
  [/\blogarithmic(?=\s+time)/g, ' bigologn '],
  [/\bquadratic\b/g, ' bigon2 '],
  [/\bregulari[sz]ation\b/g, ' regularisation '],
  [/%/g, ' percent '],
  [/&/g, ' and '],
  [/['’`]/g, ''],
];

/** Lowercase and rewrite special constructs (Big-O, c++, ci/cd, %, ...). */
export function normalize(text: string): string {
  let s = text.toLowerCase();
  for (const [re, rep] of SPECIAL_REPLACEMENTS) s = s.replace(re, rep);
  return s;
}

/** Normalised lowercase tokens (letters/digits), stopwords included. */
export function tokenize(text: string): string[] {
  return normalize(text).split(/[^a-z0-9]+/).filter(Boolean);
}

/** Number of words as a person would count them (fillers included). */
export function countWords(text: string): number {
  const m = text.match(/[A-Za-z0-9]+(?:['’][A-Za-z]+)*/g);
  return m ? m.length : 0;
}

// ---------------------------------------------------------------------------
// Synonyms & abbreviations
// ---------------------------------------------------------------------------

// Each line: variants separated by "|"; the first variant's stem becomes the
// canonical term of the group. Multi-word variants are matched as phrases on
// stems (stopwords included), e.g. "response time" -> latency.
const SYNONYM_GROUPS = `
database|db|dbs|databases|datastore|data store|dbms
relational|relational database|rdbms|sql database
nosql|non relational|document store|document database|key value store|kv store
performance|perf|performant
kubernetes|k8s|kube
latency|response time|response times|round trip time|rtt|lag
throughput|qps|rps|tps|requests per second|queries per second|transactions per second
javascript|js|ecmascript
typescript|ts
authentication|auth|authn|login|log in|sign in|signin
authorization|authz|permissions|permission|access control|rbac
configuration|config|configs|settings
application|app|apps
environment|env|envs
repository|repo|repos
function|func|fn|funcs
variable|var|vars
queue|message queue|mq|message broker|broker|queues
memoization|memoize|memoise|memo|memoized
load balancer|lb|load balancing|load balancers|load balance
continuous integration|ci
continuous delivery|continuous deployment|cd
api|apis|rest api|endpoint api
microservice|micro service|microservices|micro services
scale out|horizontal scaling|scale horizontally|horizontally scale|horizontally|add more servers|add more machines|more instances
scale up|vertical scaling|scale vertically|vertically|bigger machine|bigger server
shard|sharding|shards|partition|partitioning|partitioned|partitions
replica|replication|replicate|replicas|read replica|read replicas|follower|followers
index|indexes|indices|indexing|indexed
bigo|complexity|big o|asymptotic|time complexity
bigon|linear time|linear|o n
bigo1|constant time
bigologn|logarithmic|log n|log time|binary search
bigonlogn|linearithmic|nlogn
bigon2|quadratic|nested loops|nested loop|o n2
backoff|exponential backoff|back off|retry with backoff|backoffs
bigo2n|exponential
hashmap|hash map|hash table|hashtable|dictionary|dict|hash maps|hashmaps|lookup table|map object
bst|binary search tree
dfs|depth first search|depth first
bfs|breadth first search|breadth first
dynamic programming|dp
oop|object oriented|object oriented programming
garbage collection|gc|garbage collector
operating system|os
memory|ram
cpu|processor|cpus
frontend|front end|client side|browser side
backend|back end|server side
sla|service level agreement|slo|service level objective
pull request|pr|prs|merge request|mr
machine learning|ml
stakeholder|stakeholders|business owner|business owners
teammate|colleague|coworker|co worker|peer|team member|teammates|colleagues|coworkers|peers
customer|client|end user|customers|clients
deadline|due date|timeline|time constraint|launch date
conflict|disagreement|disagree|disagreed|dispute|tension|friction|clash|argument|pushback|push back
communicate|communication|talked|spoke|discussed|conversation|talk|discuss|sync
improve|improvement|optimize|optimise|optimization|enhance|boost
reduce|reduced|decrease|cut|lower|lowered|shrink|drop|dropped
increase|increased|grow|grew|raise|raised
resolve|fix|solve|resolved|fixed|solved
bug|defect|bugs|defects|glitch
mistake|error|slip|misstep|errors|mistakes
prioritize|prioritise|priority|priorities|prioritization
learn|learned|learnt|lesson|lessons|takeaway|takeaways
lead|led|leader|leadership|spearhead|spearheaded|drove
ownership|own|owned|accountable|accountability
mentor|coach|mentored|coached|mentoring|coaching
estimate|estimation|back of the envelope|back of envelope|capacity planning
requirement|requirements|reqs|functional requirements|non functional requirements
monitor|monitoring|observability|alerting|alerts|dashboards|dashboard
outage|downtime|incident|incidents|outages
deploy|deployment|rollout|roll out|deployed|deploys
rollback|roll back|revert|reverted|rolled back
concurrency|concurrent|multithreading|multi threaded|multithreaded|threads|thread
lock|mutex|semaphore|locks|locking
race condition|data race|race conditions
transaction|txn|transactions|txns
idempotent|idempotency|idempotence|idempotency key
rate limit|rate limiting|rate limiter|throttling|throttle|throttled
cdn|content delivery network
websocket|web socket|websockets|ws
regex|regexp|regular expression|regular expressions
dependency injection|di
tdd|test driven development|test driven
retrospective|retro|postmortem|post mortem|retros
root cause|rca|root cause analysis
mvp|minimum viable product
ab test|ab testing|split test|ab tests|experiment|experiments
product manager|pm|product owner|po|pms
engineer|developer|dev|programmer|engineers|developers|devs
oncall|on call|pager|paged
tech debt|technical debt
refactor|refactoring|rewrite|cleanup|clean up|refactored|rewrote
migrate|migration|migrated|ported
scale|scalable|scalability|scaling
availability|available|uptime|high availability|ha
reliability|reliable|resilient|resilience|fault tolerant|fault tolerance|robust|robustness
security|secure|vulnerability|vulnerabilities
maintainability|maintainable|readable|readability
fast|faster|quick|quicker|speed|speed up|speeds up|speedup|quickly
slow|slower|slows|slows down|slow down|sluggish|slowdown
lookup|look up|lookups|retrieve|retrieval|fetch|read|reads|reading|query|queries|search|searches
write|writes|insert|inserts|update|updates|delete|deletes|inserting|updating|writing|modification|modifications
storage|disk|disk space|space|extra space|storage space
large|big|huge|massive|bigger|larger
tradeoff|trade off|tradeoffs|trade offs|downside|downsides|drawback|drawbacks|disadvantage|disadvantages|cons|overhead
benefit|advantage|advantages|upside|benefits|pros
problem|issue|challenge|problems|issues|challenges
goal|objective|aim|target|goals|objectives
team|squad|teams
company|organization|organisation|org|firm|employer
project|initiative|projects|initiatives
deliver|ship|shipped|launch|launched|release|released|delivered
decide|decision|chose|choose|choice|decided|decisions
result|outcome|impact|outcomes|results
metric|metrics|kpi|kpis|measure|measured|measurement
collaborate|collaboration|cooperate|partner|work together|worked together|worked closely|collaborated
compromise|middle ground|meet halfway|meet in the middle
escalate|escalation|escalated
fail|failure|failed|failures|crash|crashed|crashes|broke|broken|failing
recover|recovery|restore|restored|recovered
backup|back up|backups|snapshot|snapshots
cost|costs|expense|expensive|costly|budget
feedback|critique|criticism
document|documentation|docs|documented|doc|readme
specification|spec|specs
algorithm|algo|algorithms|algos
primary key|pk
foreign key|fk
jwt|json web token
encrypt|encryption|encrypted|cipher
async|asynchronous|non blocking|nonblocking|asynchronously
synchronous|blocking|sync call
process|processes|program instance
memory leak|memory leaks|leak|leaks
cache|caching|cached|caches|redis cache|memcached
consistency|consistent|eventual consistency|eventually consistent|strong consistency
hash|hashing|hashed|hashes|checksum
collision|collisions|hash collision
short url|shortened url|short link|short links|tiny url|short urls
url|urls|link|links|uri
unique|uniqueness|distinct
id|identifier|ids|identifiers
counter|counters|sequence|auto increment|autoincrement
redirect|redirects|redirection|301|302
sliding window|rolling window|sliding log
token bucket|leaky bucket|buckets of tokens
interval|intervals|range|ranges
sort|sorted|sorting|sorts
merge|merged|merging|combine|combined
overlap|overlapping|overlaps|intersect|intersecting
event loop|event queue
call stack|the stack|stack frame|stack frames
callback|callbacks|cb|handler|handlers
promise|promises|async await|await
microtask|microtasks|microtask queue|job queue|promise jobs
macrotask|macrotasks|task queue|callback queue|settimeout
empathy|empathize|empathise|perspective|point of view|their side
listen|listened|listening|heard|hear
customer impact|user impact
trie|prefix tree|prefix trees|tries
main thread|ui thread|uithread|mainthread
ui|user interface|ui elements|ui objects|ui components|views|widgets
input|user input|input events|touch events|touches and key presses|key presses|keypresses|touches and clicks
layout|lays out|lay out|laying out|measures views|measure views|measuring views|measure and lay out
jank|stutter|stuttering|choppy|janky|hitch|hitches
ms|millisecond|milliseconds|msec
agreed|agree|agreement|jointly|together|with me|aligned on
regular|regularly|weekly|every week|a week|each week|recurring|biweekly
multistage|multi stage|build stages|builder stage|into stages|separate stages
hz|hertz|frames per second|fps|refresh rate
dropped frame|dropped frames|skipped frames|missed frames|skipped frame
draw|drawing|draws|paint|painting|paints|renders|rendering|redraw
jitter|randomise|randomize|randomised|randomized|randomly
expiry|expiration|expirations|expire|expires|expiring|ttl|ttls|time to live
staleness|stale|outdated|out of date|old value
debounce|debouncing|debounced|between keystrokes
lexical scope|enclosing scope|outer scope|surrounding scope|surrounding variables|its environment|enclosing function
privacy|private|hiding state|encapsulation|encapsulate|hidden state
factory|factories|maker
nongoal|non goals|non goal|out of scope|not in scope
instrumentation|analytics events|telemetry|instrumented
one on one|one on ones|oneonone|1 1s|check in|check ins|sit down|sit downs
buddy|go to person|onboarding buddy|paired with
compromise|middle ground|middle path|meet halfway|halfway
disagree and commit|went along with it|committed anyway|commit to it anyway|commit anyway
jargon|technical terms|buzzwords|acronyms
in their own words|own words|had landed|understood it|checked understanding
proactively|without waiting|unprompted|without being asked
safeguard|guard|guardrail|safeguards|guards
enqueue|enqueues|enqueued|onto a queue|on a queue|into a queue
immediately|straight away|right away|at once
backoff|back off|backing off|growing delays|exponentially growing
quiet hours|do not disturb|dnd
idempotency key|dedupe key|deduplication key|idempotent key
deduplicate|dedupe|deduplication|deduplicating|deduplicates|duplicates
blocklist|denylist|blacklist|block list|offensive|inappropriate|profanity
filter|filters|strip|strips|remove|removes|exclude|excludes
overflow|overflows|overflowing
regularisation|l2 penalty|l1 penalty|dropout|weight decay
bagging|bootstrap aggregation|bootstrap aggregating|random forest
secret|secrets|credentials|credential|passwords|api keys
exec form|json array form|array form|exec syntax
rollout|phased release|staged rollout|gradual rollout|ramps gradually|ramp up
all or nothing|every statement or none|either all|or none of them|none of them do
`;

// Filler phrases that must not produce content terms ("sort of" != sorting).
const DROP_PHRASES = [
  'sort of',
  'kind of',
  'you know',
  'i mean',
  'a lot of',
  'lots of',
  'and so on',
  'or something',
];
const DROP = '\u0000';

const singleSyn = new Map<string, string>();
const phraseSyn = new Map<string, string>();
/** First stem of a phrase -> the phrase lengths starting with it, longest first (so matching tries only those). */
const phraseLengths = new Map<string, number[]>();
function indexPhrase(stems: string[]) {
  const lens = phraseLengths.get(stems[0]!) ?? [];
  if (!lens.includes(stems.length)) lens.push(stems.length);
  lens.sort((a, b) => b - a);
  phraseLengths.set(stems[0]!, lens);
}

function stemTokens(tokens: string[]): string[] {
  return tokens.map((t) => porterStem(t));
}

(function buildSynonyms() {
  for (const line of SYNONYM_GROUPS.split('\n')) {
    if (!line.trim()) continue;
    const variants = line.split('|').map((v) => v.trim()).filter(Boolean);
    const first = variants[0];
    if (!first) continue;
    const canon = stemTokens(tokenize(first)).join('_');
    for (const v of variants) {
      const stems = stemTokens(tokenize(v));
      if (stems.length === 0) continue;
      if (stems.length === 1) {
        const s = stems[0]!;
        if (!singleSyn.has(s)) singleSyn.set(s, canon);
      } else {
        const key = stems.join(' ');
        if (!phraseSyn.has(key)) phraseSyn.set(key, canon);
        indexPhrase(stems);
      }
    }
  }
  for (const p of DROP_PHRASES) {
    const stems = stemTokens(tokenize(p));
    phraseSyn.set(stems.join(' '), DROP);
    indexPhrase(stems);
  }
})();

/** Canonical term for a single (unstemmed, lowercase) word. */
export function canonicalWord(word: string): string {
  const s = porterStem(word);
  return singleSyn.get(s) ?? s;
}

/** True when a stem belongs to the synonym table (i.e. known vocabulary). */
export function isKnownVocabulary(stem: string): boolean {
  return singleSyn.has(stem);
}

/**
 * Turns normalised tokens into canonical content terms: phrases and
 * abbreviations collapse to one canonical term, stopwords are dropped, the
 * rest are Porter stems.
 */
export function canonicalTerms(tokens: string[]): string[] {
  const stems = stemTokens(tokens);
  const out: string[] = [];
  let i = 0;
  while (i < tokens.length) {
    let matched = false;
    for (const len of phraseLengths.get(stems[i]!) ?? []) {
      if (len > tokens.length - i) continue;
      const key = stems.slice(i, i + len).join(' ');
      const canon = phraseSyn.get(key);
      if (canon !== undefined) {
        if (canon !== DROP) out.push(canon);
        i += len;
        matched = true;
        break;
      }
    }
    if (matched) continue;
    const tok = tokens[i]!;
    const stem = stems[i]!;
    i++;
    if (STOPWORDS.has(tok)) continue;
    const syn = singleSyn.get(stem);
    if (syn !== undefined) {
      out.push(syn);
      continue;
    }
    if (tok.length < 2 && !/\d/.test(tok)) continue;
    out.push(stem);
  }
  return out;
}

/** Canonical content terms of a text. */
export function termsOf(text: string): string[] {
  return canonicalTerms(tokenize(text));
}

/**
 * Joined forms of compounds written apart or hyphenated ("time boxed", "time-boxed" -> "timeboxed";
 * "write through" -> "writethrough"), so that every spelling of a compound meets the others.
 */
export function compoundTerms(text: string): string[] {
  const toks = text.toLowerCase().replace(/['’`]/g, '').split(/[^a-z]+/).filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i + 1 < toks.length; i++) {
    const a = toks[i]!;
    const b = toks[i + 1]!;
    if (a.length < 3 || b.length < 3 || STOPWORDS.has(a) || STOPWORDS.has(b)) continue;
    out.push(canonicalWord(a + b));
  }
  return out;
}

/** Joins hyphenated compounds ("time-boxed" -> "timeboxed") unless the synonym table knows the phrase ("trade-off"). */
export function joinHyphenated(text: string): string {
  return text.replace(/\b([A-Za-z]{3,})-([A-Za-z]{3,})\b/g, (whole, a: string, b: string) => {
    const key = `${porterStem(a.toLowerCase())} ${porterStem(b.toLowerCase())}`;
    return phraseSyn.has(key) || STOPWORDS.has(a.toLowerCase()) || STOPWORDS.has(b.toLowerCase()) ? whole : a + b;
  });
}

export function termSet(text: string): Set<string> {
  return new Set(termsOf(text));
}

export function isGeneric(term: string): boolean {
  return GENERIC_STEMS.has(term);
}

// ---------------------------------------------------------------------------
// Sentences
// ---------------------------------------------------------------------------

const DISCOURSE_SPLIT =
  /\s+(?=(?:and then|after that|so then|but then|because of that|as a result|in the end|first|second|third|then|finally|next|so|but|because|however|eventually)\b)/i;

function chunkLongSentence(s: string, maxWords: number): string[] {
  const words = countWords(s);
  if (words <= maxWords) return [s];
  const parts = s.split(DISCOURSE_SPLIT).map((p) => p.trim()).filter(Boolean);
  const out: string[] = [];
  let cur = '';
  for (const p of parts) {
    const candidate = cur ? cur + ' ' + p : p;
    if (cur && countWords(candidate) > maxWords * 0.6 && countWords(cur) >= 6) {
      out.push(cur);
      cur = p;
    } else {
      cur = candidate;
    }
  }
  if (cur) out.push(cur);
  // Still too long (no discourse markers): hard-wrap every ~25 words.
  const final: string[] = [];
  for (const chunk of out) {
    const ws = chunk.split(/\s+/);
    if (ws.length <= maxWords) {
      final.push(chunk);
      continue;
    }
    for (let i = 0; i < ws.length; i += 25) {
      final.push(ws.slice(i, i + 25).join(' '));
    }
  }
  return final;
}

/**
 * Splits text into sentences. Newlines and list bullets are boundaries. With
 * `speech: true`, long unpunctuated transcript runs are chunked at discourse
 * markers ("so", "and then", "because", ...) so evidence quotes stay short.
 */
export function splitSentences(
  text: string,
  opts: { speech?: boolean } = {},
): string[] {
  const out: string[] = [];
  const protectedText = text
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(
      /\b(e\.g|i\.e|etc|vs|approx|incl|dr|mr|mrs|ms|no)\.(?=\s)/gi,
      (m) => m.slice(0, -1) + '\u2024',
    );
  for (const rawLine of protectedText.split(/\n+/)) {
    const line = rawLine.replace(/^\s*(?:[-*•]|\d+[.)])\s+/, '').trim();
    if (!line) continue;
    const parts = line.split(/(?<=[.!?;])\s+(?=\S)/);
    for (const p of parts) {
      const sentence = p.replace(/\u2024/g, '.').trim();
      if (!sentence || countWords(sentence) === 0) continue;
      if (opts.speech) out.push(...chunkLongSentence(sentence, 40));
      else out.push(sentence);
    }
  }
  return out;
}

/** Shortens a quote for evidence display. */
export function quote(s: string, max = 220): string {
  const t = s.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  const sp = cut.lastIndexOf(' ');
  return (sp > max * 0.6 ? cut.slice(0, sp) : cut) + '…';
}

// ---------------------------------------------------------------------------
// Analysed text
// ---------------------------------------------------------------------------

export interface SentenceInfo {
  index: number;
  text: string;
  lower: string;
  words: number;
  terms: Set<string>;
}

export interface TextAnalysis {
  raw: string;
  lower: string;
  words: number;
  sentences: SentenceInfo[];
  terms: Set<string>;
  /** Term frequencies over the whole text. */
  termCounts: Map<string, number>;
  tokens: string[];
  paragraphs: number;
}

export function analyzeText(
  raw: string,
  opts: { speech?: boolean } = {},
): TextAnalysis {
  const sentences = splitSentences(raw, opts).map((
    text,
    index,
  ): SentenceInfo => ({
    index,
    text,
    lower: text.toLowerCase(),
    words: countWords(text),
    terms: new Set([...termsOf(text), ...compoundTerms(text)]),
  }));
  const tokens = tokenize(raw);
  const termCounts = new Map<string, number>();
  for (const t of canonicalTerms(tokens)) {
    termCounts.set(t, (termCounts.get(t) ?? 0) + 1);
  }
  return {
    raw,
    lower: raw.toLowerCase(),
    words: countWords(raw),
    sentences,
    terms: new Set(termCounts.keys()),
    termCounts,
    tokens,
    paragraphs: raw.split(/\n\s*\n/).filter((p) => p.trim()).length,
  };
}

export function clamp01(x: number): number {
  if (!Number.isFinite(x)) return 0;
  return x < 0 ? 0 : x > 1 ? 1 : x;
}

export function round1(x: number): number {
  return Math.round(x * 10) / 10;
}
