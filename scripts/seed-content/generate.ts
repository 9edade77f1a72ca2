/**
 * Deterministic generator for the content seeds:
 *   supabase/seeds/question_bank.sql
 *   supabase/seeds/learning_resources.sql
 *
 * Usage (from the repo root): npx tsx scripts/seed-content/generate.ts [--check]
 *   --check  validate and compare with the committed SQL instead of writing it
 *
 * Validation performed on every run: enum values, controlled skill vocabulary,
 * key point / variant / test-case counts, criteria weights summing to 100,
 * duplicate questions, coverage minima, and every coding reference solution is
 * executed against its test cases exactly as the app's runner does
 * (`fn(...JSON.parse(input))`, compared by JSON.stringify).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  CATEGORIES,
  DIFFICULTIES,
  RESOURCE_TYPES,
  ROLES,
  SKILLS,
  TYPES,
  type Criterion,
  type Difficulty,
  type QType,
  type Question,
  type Resource,
} from './types.ts';
import { RESOURCES } from './resources.ts';
import { BLOCKS } from './questions/index.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const QUESTION_SQL = path.join(root, 'supabase/seeds/question_bank.sql');
const RESOURCE_SQL = path.join(root, 'supabase/seeds/learning_resources.sql');

// ---------------------------------------------------------------- defaults

const DEFAULT_TIME: Record<QType, Record<Difficulty, number>> = {
  technical: { easy: 120, medium: 180, hard: 240 },
  behavioral: { easy: 180, medium: 240, hard: 300 },
  coding: { easy: 900, medium: 1200, hard: 1800 },
  system_design: { easy: 1200, medium: 1500, hard: 1800 },
};

const DEFAULT_CRITERIA: Record<QType, Criterion[]> = {
  technical: [
    { criterion: 'Accuracy', weight: 40, description: 'Statements are technically correct and use precise terminology.' },
    { criterion: 'Depth', weight: 30, description: 'Explains the underlying mechanism and the trade-offs, not just a definition.' },
    { criterion: 'Clarity', weight: 20, description: 'Structured, concise explanation that a peer could follow.' },
    { criterion: 'Examples', weight: 10, description: 'Grounds the answer in a concrete example or real-world experience.' },
  ],
  behavioral: [
    {
      criterion: 'STAR structure',
      weight: 25,
      description: 'Clear Situation, Task, Action and Result; the story is specific, not hypothetical.',
    },
    {
      criterion: 'Impact/Results',
      weight: 30,
      description: 'Quantifies the outcome (metrics, time, money, users) and reflects on what was learned.',
    },
    {
      criterion: 'Ownership',
      weight: 25,
      description: 'Describes the candidate\'s own decisions and actions ("I", not only "we"), including trade-offs made.',
    },
    { criterion: 'Communication', weight: 20, description: 'Concise, honest and well-paced; shows empathy for the other people involved.' },
  ],
  coding: [
    { criterion: 'Correctness', weight: 40, description: 'Produces the right output for all test cases.' },
    { criterion: 'Complexity', weight: 25, description: 'Chooses an efficient algorithm and can state its time and space complexity.' },
    { criterion: 'Code quality', weight: 20, description: 'Readable names, small focused logic, no needless mutation or duplication.' },
    { criterion: 'Edge cases', weight: 15, description: 'Handles empty input, duplicates, bounds and other corner cases explicitly.' },
  ],
  system_design: [
    { criterion: 'Requirements', weight: 20, description: 'Clarifies functional and non-functional requirements and estimates scale.' },
    { criterion: 'Architecture', weight: 30, description: 'Presents coherent components, data model, APIs and data flow.' },
    { criterion: 'Scalability', weight: 25, description: 'Identifies bottlenecks and addresses scaling, availability and failure modes.' },
    {
      criterion: 'Trade-offs',
      weight: 25,
      description: 'Justifies choices against alternatives (consistency, cost, latency, complexity).',
    },
  ],
};

/** Product-category technical questions are judged on product thinking rather than code. */
const PRODUCT_CRITERIA: Criterion[] = [
  { criterion: 'Structure', weight: 30, description: 'Uses a clear framework: goals, users, options, decision, measurement.' },
  {
    criterion: 'Product insight',
    weight: 30,
    description: 'Shows user empathy and sound judgement about value, risk and business impact.',
  },
  { criterion: 'Metrics', weight: 25, description: 'Defines measurable success metrics and guardrails, and reasons with data.' },
  { criterion: 'Communication', weight: 15, description: 'Concise, prioritised and easy to follow for cross-functional stakeholders.' },
];

// ---------------------------------------------------------------- SQL literals

function sqlString(value: string): string {
  if (value.includes('\u0000')) throw new Error('NUL byte in string');
  return `'${value.replaceAll("'", "''")}'`;
}

function sqlTextArray(values: readonly string[]): string {
  const items = values.map((v) => `"${v.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`);
  return sqlString(`{${items.join(',')}}`);
}

function sqlJsonb(value: unknown): string {
  return `${sqlString(JSON.stringify(value))}::jsonb`;
}

function sqlNullableString(value: string | null): string {
  return value === null ? 'null' : sqlString(value);
}

// ---------------------------------------------------------------- coding helpers

function parseFunction(sol: string): { name: string; params: string } {
  const match = /^function\s+([A-Za-z_$][\w$]*)\s*\(([^)]*)\)/.exec(sol.trim());
  const [, name, params] = match ?? [];
  if (name === undefined || params === undefined) {
    throw new Error(`sample solution must start with a function declaration:\n${sol.slice(0, 80)}`);
  }
  return { name, params: params.trim() };
}

function starterCode(name: string, params: string): string {
  return `function ${name}(${params}) {\n  // Write your solution here\n}\n`;
}

interface RunnerCase {
  input: string;
  expectedOutput: string;
  description: string;
}

/** Executes the reference solution exactly as the app runner does. Returns failure messages. */
function runTests(sol: string, name: string, cases: RunnerCase[]): string[] {
  const failures: string[] = [];
  for (const tc of cases) {
    // Fresh function per case so that solutions cannot leak state between cases.
    const fn = new Function(`${sol}\nreturn ${name};`)() as (...args: unknown[]) => unknown;
    let actual: string;
    try {
      actual = JSON.stringify(fn(...(JSON.parse(tc.input) as unknown[])));
    } catch (error) {
      failures.push(`${name} [${tc.description}] threw ${(error as Error).message}`);
      continue;
    }
    const expected = JSON.stringify(JSON.parse(tc.expectedOutput));
    if (actual !== expected) failures.push(`${name} [${tc.description}] expected ${expected} got ${actual}`);
  }
  return failures;
}

// ---------------------------------------------------------------- validation & rows

const errors: string[] = [];
const fail = (msg: string) => errors.push(msg);

function sentenceCount(text: string): number {
  return text.split(/(?<=[.!?])\s+(?=[A-Z0-9"(`])/).filter((s) => s.trim().length > 0).length;
}

interface Row {
  block: string;
  q: Question;
  time: number;
  criteria: Criterion[];
  sampleCode: string | null;
  starter: string | null;
  functionName: string | null;
  tests: RunnerCase[];
}

const seenQuestions = new Set<string>();
const rows: Row[] = [];
let testsRun = 0;

for (const block of BLOCKS) {
  for (const q of block.questions) {
    const where = `[${block.name}] ${q.q.slice(0, 70)}`;
    if (!TYPES.includes(q.type)) fail(`${where}: bad type ${q.type}`);
    if (!CATEGORIES.includes(q.cat)) fail(`${where}: bad category ${q.cat}`);
    if (!DIFFICULTIES.includes(q.diff)) fail(`${where}: bad difficulty ${q.diff}`);
    if (q.roles.length === 0) fail(`${where}: no roles`);
    for (const r of q.roles) if (!ROLES.includes(r)) fail(`${where}: bad role ${r}`);
    if (new Set(q.roles).size !== q.roles.length) fail(`${where}: duplicate role`);
    if (q.skills.length === 0) fail(`${where}: no skills`);
    for (const s of q.skills) if (!(SKILLS as readonly string[]).includes(s)) fail(`${where}: unknown skill ${s}`);
    if (q.kp.length < 3 || q.kp.length > 6) fail(`${where}: ${q.kp.length} key points`);
    if ((q.variants ?? []).length > 2) fail(`${where}: too many variants`);
    for (const v of q.variants ?? []) if (!DIFFICULTIES.includes(v[1])) fail(`${where}: bad variant difficulty`);
    const sentences = sentenceCount(q.a);
    if (sentences < 3 || sentences > 8) fail(`${where}: expected answer has ${sentences} sentences`);
    if (q.tags.length === 0) fail(`${where}: no tags`);
    const key = q.q.trim().toLowerCase();
    if (seenQuestions.has(key)) fail(`${where}: duplicate question`);
    seenQuestions.add(key);

    const criteria = q.criteria ?? (q.type === 'technical' && q.cat === 'product' ? PRODUCT_CRITERIA : DEFAULT_CRITERIA[q.type]);
    const total = criteria.reduce((sum, c) => sum + c.weight, 0);
    if (total !== 100) fail(`${where}: criteria weights sum to ${total}`);

    const time = q.time ?? DEFAULT_TIME[q.type][q.diff];
    let sampleCode: string | null = null;
    let starter: string | null = null;
    let functionName: string | null = null;
    let tests: RunnerCase[] = [];
    if (q.type === 'coding') {
      if (!q.sol || !q.tests) {
        fail(`${where}: coding question without solution/tests`);
      } else {
        const { name, params } = parseFunction(q.sol);
        sampleCode = `${q.sol.trim()}\n`;
        starter = starterCode(name, params);
        functionName = name;
        tests = q.tests.map(([args, expected, description]) => ({
          input: JSON.stringify(args),
          expectedOutput: JSON.stringify(expected),
          description,
        }));
        if (tests.length < 4 || tests.length > 6) fail(`${where}: ${tests.length} test cases`);
        for (const f of runTests(sampleCode, name, tests)) fail(f);
        testsRun += tests.length;
      }
    } else if (q.sol || q.tests) {
      fail(`${where}: non-coding question with code/tests`);
    }
    rows.push({ block: block.name, q, time, criteria, sampleCode, starter, functionName, tests });
  }
}

const seenFunctions = new Set<string>();
for (const row of rows) {
  if (!row.functionName) continue;
  if (seenFunctions.has(row.functionName)) fail(`duplicate function name ${row.functionName}`);
  seenFunctions.add(row.functionName);
}

// Coverage minima from the content brief.
if (rows.length < 220) fail(`only ${rows.length} questions`);
for (const t of TYPES) {
  for (const d of DIFFICULTIES) {
    const n = rows.filter((r) => r.q.type === t && r.q.diff === d).length;
    if (n < 12) fail(`${t}/${d} has only ${n} questions`);
  }
}
for (const role of [
  'frontend-developer',
  'backend-developer',
  'full-stack-developer',
  'data-engineer',
  'data-scientist',
  'devops-engineer',
  'mobile-developer',
  'product-manager',
] as const) {
  const n = rows.filter((r) => r.q.roles.includes(role)).length;
  if (n < 20) fail(`role ${role} has only ${n} questions`);
}
if (rows.filter((r) => r.q.type === 'coding').length < 30) fail('fewer than 30 coding questions');

// Resources: valid enums, 3–5 per used skill, no duplicates.
const usedSkills = new Set(rows.flatMap((r) => r.q.skills));
const resourceKeys = new Set<string>();
for (const r of RESOURCES as Resource[]) {
  if (!(SKILLS as readonly string[]).includes(r.skill)) fail(`resource skill ${r.skill} not in vocabulary`);
  if (!RESOURCE_TYPES.includes(r.type)) fail(`resource ${r.title}: bad type ${r.type}`);
  if (!/^https:\/\/[^\s]+$/.test(r.url)) fail(`resource ${r.title}: bad url ${r.url}`);
  if (r.priority < 1 || r.priority > 5) fail(`resource ${r.title}: bad priority`);
  const key = `${r.skill}|${r.url}`;
  if (resourceKeys.has(key)) fail(`duplicate resource ${key}`);
  resourceKeys.add(key);
}
for (const skill of SKILLS) {
  const n = RESOURCES.filter((r) => r.skill === skill).length;
  if (usedSkills.has(skill) && (n < 3 || n > 5)) fail(`skill ${skill} has ${n} resources`);
  if (!usedSkills.has(skill) && n > 0) fail(`skill ${skill} has resources but no questions`);
}

if (errors.length > 0) {
  console.error(errors.join('\n'));
  console.error(`\n${errors.length} problem(s); nothing written.`);
  process.exit(1);
}

// ---------------------------------------------------------------- SQL rendering

const QUESTION_COLUMNS =
  'question, type, category, difficulty, roles, tech_stack, skills, time_limit_seconds, variants, expected_answer, key_points, sample_code, starter_code, function_name, test_cases, evaluation_criteria, tags';

function questionValues(row: Row): string {
  const { q } = row;
  const variants = (q.variants ?? []).map(([question, difficulty, context]) => ({ question, difficulty, context }));
  const values = [
    sqlString(q.q),
    sqlString(q.type),
    sqlString(q.cat),
    sqlString(q.diff),
    sqlTextArray(q.roles),
    sqlTextArray(q.stack ?? []),
    sqlTextArray(q.skills),
    String(row.time),
    sqlJsonb(variants),
    sqlString(q.a),
    sqlTextArray(q.kp),
    sqlNullableString(row.sampleCode),
    sqlNullableString(row.starter),
    sqlNullableString(row.functionName),
    sqlJsonb(row.tests),
    sqlJsonb(row.criteria),
    sqlTextArray(q.tags),
  ];
  return `  (\n    ${values.join(',\n    ')}\n  )`;
}

const HEADER = (what: string) =>
  [
    `-- ${what}`,
    '-- GENERATED FILE: edit scripts/seed-content/ and run',
    '--   npx tsx scripts/seed-content/generate.ts',
    '-- Applied by the Supabase CLI after all migrations (db reset / db push --include-seed).',
    '',
  ].join('\n');

let questionSql = HEADER('Question bank seed content.');
for (const block of BLOCKS) {
  const blockRows = rows.filter((r) => r.block === block.name);
  if (blockRows.length === 0) continue;
  questionSql += `\n-- ${block.name} (${blockRows.length} questions)\n`;
  questionSql += `insert into public.question_bank (${QUESTION_COLUMNS}) values\n`;
  questionSql += blockRows.map(questionValues).join(',\n');
  questionSql += '\non conflict do nothing;\n';
}

let resourceSql = HEADER('Learning resources, 3-5 per skill used by the question bank.');
for (const skill of SKILLS) {
  const list = RESOURCES.filter((r) => r.skill === skill).sort((a, b) => a.priority - b.priority || a.title.localeCompare(b.title));
  if (list.length === 0) continue;
  resourceSql += `\n-- ${skill}\n`;
  resourceSql += 'insert into public.learning_resources (skill, resource_type, title, url, description, priority) values\n';
  resourceSql += list
    .map(
      (r) =>
        `  (${[sqlString(r.skill), sqlString(r.type), sqlString(r.title), sqlString(r.url), sqlString(r.description), String(r.priority)].join(', ')})`,
    )
    .join(',\n');
  resourceSql += '\non conflict do nothing;\n';
}

// The Supabase CLI splits seed files into statements with a buffered scanner whose
// default capacity is 256 KiB per statement; keep every INSERT comfortably below it.
const MAX_STATEMENT_BYTES = 200 * 1024;
for (const [file, sql] of [
  ['question_bank.sql', questionSql],
  ['learning_resources.sql', resourceSql],
] as const) {
  for (const statement of sql.split('on conflict do nothing;\n')) {
    const bytes = Buffer.byteLength(statement);
    if (bytes > MAX_STATEMENT_BYTES) {
      console.error(`${file}: a statement is ${bytes} bytes (limit ${MAX_STATEMENT_BYTES}); split the block`);
      process.exit(1);
    }
  }
}

const check = process.argv.includes('--check');
if (check) {
  const same = (file: string, content: string) => {
    try {
      return readFileSync(file, 'utf8') === content;
    } catch {
      return false;
    }
  };
  if (!same(QUESTION_SQL, questionSql) || !same(RESOURCE_SQL, resourceSql)) {
    console.error('Generated SQL is out of date: run npx tsx scripts/seed-content/generate.ts');
    process.exit(1);
  }
} else {
  writeFileSync(QUESTION_SQL, questionSql);
  writeFileSync(RESOURCE_SQL, resourceSql);
}

// ---------------------------------------------------------------- summary
const summary: string[] = [];
summary.push(`questions: ${rows.length}, coding tests run: ${testsRun} (all passed), resources: ${RESOURCES.length}`);
for (const t of TYPES) {
  summary.push(
    `  ${t.padEnd(14)} ${DIFFICULTIES.map((d) => `${d}=${rows.filter((r) => r.q.type === t && r.q.diff === d).length}`).join(' ')}`,
  );
}
for (const role of ROLES) summary.push(`  ${role.padEnd(22)} ${rows.filter((r) => r.q.roles.includes(role)).length}`);
summary.push(`  skills used (${usedSkills.size}): ${SKILLS.filter((s) => usedSkills.has(s)).join(', ')}`);
console.log(summary.join('\n'));
