/**
 * RLS matrix: every exposed table × select/insert/update/delete × {anon, owner, other user, admin,
 * service role}, through the real PostgREST with supabase-js. Each cell gets a fresh fixture row
 * (owned by `owner`) made with superuser SQL, performs the operation as the actor, and then checks
 * with SQL what really happened — a "deny" must leave the database unchanged.
 *
 * Outcome codes (anon owner other admin service):
 *   A = allowed, D = denied, O = allowed but the row is the actor's own (cannot be attributed to
 *   the owner), - = not applicable.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  anonClient,
  closeSql,
  createAdmin,
  createUser,
  giveSubscription,
  insertBankQuestion,
  insertQuestion,
  insertSession,
  serviceClient,
  sql,
  sqlOne,
  type Client,
  type TestUser,
} from './helpers.ts';

type Actor = 'anon' | 'owner' | 'other' | 'admin' | 'service';
const ACTORS: Actor[] = ['anon', 'owner', 'other', 'admin', 'service'];
type Cell = 'A' | 'D' | 'O' | '-';

let owner: TestUser, other: TestUser, admin: TestUser, spare: TestUser;
const clients = {} as Record<Actor, Client>;
const rid = () => randomUUID().replaceAll('-', '').slice(0, 16);
// Each call yields a value no earlier call produced: fixtures must never collide with one another.
let sequence = 0;
const nextSequence = () => ++sequence;

interface Ctx {
  owner: string;
  other: string;
  admin: string;
  spare: string;
  actorId: (a: Actor) => string | null;
}
type Key = Record<string, unknown>;

interface TableCase {
  table: string;
  /** columns identifying a row */
  key: string[];
  /** a column the actor may read (column privileges) */
  readable?: string;
  fixture: (c: Ctx) => Promise<Key>;
  insert?: (c: Ctx, actor: Actor) => Promise<Record<string, unknown>>;
  /** how to find the inserted row afterwards (defaults to the payload's key columns) */
  findInserted?: (payload: Record<string, unknown>) => { where: string; values: unknown[] };
  ownerColumn?: string;
  /** a patch with fresh values (so an allowed update is visible) */
  update?: () => Record<string, unknown>;
  expect: { select: string; insert: string; update: string; delete: string };
}

// ── fixtures ────────────────────────────────────────────────────────────────────────────
const pq = () => insertBankQuestion();
async function runningQuestion(userId: string) {
  const s = await insertSession(userId, 'in_progress');
  const q = await insertQuestion(s.id);
  return { session: s, question: q };
}
async function chatSession(userId: string) {
  return sqlOne(`insert into public.chat_sessions (user_id, title) values ($1, 'Fixture chat') returning id`, [userId]);
}
async function skillGap(userId: string) {
  const s = await insertSession(userId, 'in_progress');
  return sqlOne(
    `insert into public.skill_gaps (user_id, interview_id, skill_name, proficiency_level, gap_score)
                 values ($1, $2, $3, 'weak', 60) returning id`,
    [userId, s.id, `skill-${rid()}`],
  );
}
async function resource() {
  return sqlOne(`insert into public.learning_resources (skill, resource_type, title, url, priority)
                 values ('sql', 'article', 'Fixture', 'https://example.com/${rid()}', 2) returning id`);
}

const USER_ROW = { select: 'D A D A A' };

const cases: TableCase[] = [
  {
    table: 'user_profiles',
    key: ['id'],
    fixture: async (c) => ({ id: c.owner }),
    insert: async () => ({ id: randomUUID(), email: `x-${rid()}@example.com`, username: `x${rid()}` }),
    update: () => ({ full_name: `Name ${rid()}` }),
    expect: { select: 'D A D A A', insert: 'D D D D -', update: 'D A D D A', delete: 'D D D D -' },
  },
  {
    table: 'plans',
    key: ['id'],
    fixture: async () => sqlOne(`insert into public.plans (id, name) values ('test_${rid()}', 'Fixture plan') returning id`),
    insert: async () => ({ id: `test_${rid()}`, name: 'Forged plan', price_cents: 0 }),
    update: () => ({ name: `Plan ${rid()}` }),
    expect: { select: 'A A A A A', insert: 'D D D D A', update: 'D D D D A', delete: 'D D D D A' },
  },
  {
    table: 'subscriptions',
    key: ['id'],
    fixture: async (c) => ({ id: await giveSubscription(c.owner, 'pro_monthly', 'canceled') }),
    insert: async (c) => ({
      id: `sub_${rid()}`,
      user_id: c.owner,
      stripe_customer_id: `cus_${rid()}`,
      plan_id: 'pro_yearly',
      status: 'active',
    }),
    update: () => ({ status: 'active' }),
    expect: { ...USER_ROW, insert: 'D D D D A', update: 'D D D D A', delete: 'D D D D A' },
  },
  {
    table: 'billing_information',
    key: ['user_id'],
    fixture: async (c) =>
      sqlOne(
        `insert into public.billing_information (user_id, stripe_customer_id, card_brand, card_last4)
      values ($1, $2, 'visa', '4242') on conflict (user_id) do update set card_brand = 'visa' returning user_id`,
        [c.owner, `cus_${rid()}`],
      ),
    insert: async (c, actor) => ({
      user_id: actor === 'service' ? c.spare : c.owner,
      stripe_customer_id: `cus_${rid()}`,
      card_last4: '1111',
    }),
    findInserted: (p) => ({ where: 'stripe_customer_id = $1', values: [p.stripe_customer_id] }),
    update: () => ({ card_last4: String(5000 + nextSequence()) }), // never the fixture's 4242
    expect: { ...USER_ROW, insert: 'D D D D A', update: 'D D D D A', delete: 'D D D D A' },
  },
  {
    table: 'payment_history',
    key: ['id'],
    fixture: async (c) =>
      sqlOne(
        `insert into public.payment_history (user_id, stripe_invoice_id, amount_cents, status)
      values ($1, $2, 1900, 'open') returning id`,
        [c.owner, `in_${rid()}`],
      ),
    insert: async (c) => ({ user_id: c.owner, stripe_invoice_id: `in_${rid()}`, amount_cents: 0, status: 'open' }),
    findInserted: (p) => ({ where: 'stripe_invoice_id = $1', values: [p.stripe_invoice_id] }),
    update: () => ({ description: `Changed note ${nextSequence()}` }),
    expect: { ...USER_ROW, insert: 'D D D D A', update: 'D D D D A', delete: 'D D D D A' },
  },
  {
    table: 'question_bank',
    key: ['id'],
    fixture: async () => pq(),
    insert: async () => ({ question: 'Forged question: what is a closure?', type: 'technical', category: 'frontend', difficulty: 'easy' }),
    findInserted: (p) => ({ where: 'question = $1', values: [p.question] }),
    update: () => ({ tags: [`tag-${rid()}`] }),
    expect: { select: 'D A A A A', insert: 'D D D D A', update: 'D D D D A', delete: 'D D D D A' },
  },
  {
    table: 'practice_attempts',
    key: ['id'],
    ownerColumn: 'user_id',
    fixture: async (c) =>
      sqlOne(
        `insert into public.practice_attempts (user_id, bank_question_id, answer_text)
      values ($1, $2, 'fixture answer') returning id`,
        [c.owner, (await pq()).id],
      ),
    insert: async (c, actor) => ({
      ...(actor === 'service' ? { user_id: c.owner } : {}),
      bank_question_id: (await pq()).id,
      answer_text: `answer ${rid()}`,
    }),
    findInserted: (p) => ({ where: 'answer_text = $1', values: [p.answer_text] }),
    update: () => ({ answer_text: `changed ${rid()}` }),
    expect: { ...USER_ROW, insert: 'D A O O A', update: 'D D D D A', delete: 'D D D D A' },
  },
  {
    table: 'interview_sessions',
    key: ['id'],
    fixture: async (c) => ({ id: (await insertSession(c.owner, 'in_progress')).id }),
    insert: async (c) => ({
      user_id: c.owner,
      email: 'forged@example.com',
      title: 'Forged',
      job_role: 'Dev',
      status: 'in_progress',
      score: 100,
    }),
    findInserted: () => ({ where: `title = 'Forged'`, values: [] }),
    update: () => ({ title: `Interview ${rid()}` }),
    expect: { ...USER_ROW, insert: 'D D D D A', update: 'D A D D A', delete: 'D D D D A' },
  },
  {
    table: 'interview_questions',
    key: ['id'],
    fixture: async (c) => (await runningQuestion(c.owner)).question,
    insert: async (c) => ({
      interview_id: (await insertSession(c.owner)).id,
      question_text: `Forged ${rid()}`,
      question_type: 'technical',
      difficulty: 'easy',
    }),
    findInserted: (p) => ({ where: 'question_text = $1', values: [p.question_text] }),
    update: () => ({ question_text: `Changed question ${rid()}?` }),
    expect: { ...USER_ROW, insert: 'D D D D A', update: 'D D D D A', delete: 'D D D D A' },
  },
  {
    table: 'interview_responses',
    key: ['id'],
    fixture: async (c) =>
      sqlOne(`insert into public.interview_responses (question_id, answer_text) values ($1, 'fixture') returning id`, [
        (await runningQuestion(c.owner)).question.id,
      ]),
    insert: async (c) => ({ question_id: (await runningQuestion(c.owner)).question.id, answer_text: `my answer ${rid()}` }),
    findInserted: (p) => ({ where: 'question_id = $1', values: [p.question_id] }),
    update: () => ({ answer_text: `revised ${rid()}` }),
    expect: { ...USER_ROW, insert: 'D A D D A', update: 'D A D D A', delete: 'D D D D A' },
  },
  {
    table: 'interview_messages',
    key: ['id'],
    fixture: async (c) =>
      sqlOne(`insert into public.interview_messages (interview_id, role, content) values ($1, 'assistant', 'Hello') returning id`, [
        (await insertSession(c.owner)).id,
      ]),
    insert: async (c) => ({ interview_id: (await insertSession(c.owner)).id, content: `message ${rid()}` }),
    findInserted: (p) => ({ where: 'content = $1', values: [p.content] }),
    update: () => ({ content: `changed ${rid()}` }),
    expect: { ...USER_ROW, insert: 'D A D D A', update: 'D D D D A', delete: 'D D D D A' },
  },
  {
    table: 'interview_reports',
    key: ['id'],
    fixture: async (c) =>
      sqlOne(`insert into public.interview_reports (interview_id, summary) values ($1, 'fixture') returning id`, [
        (await insertSession(c.owner)).id,
      ]),
    insert: async (c) => ({ interview_id: (await insertSession(c.owner)).id, summary: `forged ${rid()}`, overall_score: 100 }),
    // the summary report derived from it repeats the summary text
    findInserted: (p) => ({ where: "summary = $1 and report_type = 'detailed'", values: [p.summary] }),
    update: () => ({ overall_score: 100 }),
    expect: { ...USER_ROW, insert: 'D D D D A', update: 'D D D D A', delete: 'D D D D A' },
  },
  {
    table: 'learning_resources',
    key: ['id'],
    fixture: async () => resource(),
    insert: async () => ({ skill: 'sql', resource_type: 'video', title: 'Forged', url: `https://example.com/${rid()}` }),
    findInserted: (p) => ({ where: 'url = $1', values: [p.url] }),
    update: () => ({ priority: 5 }),
    expect: { select: 'D A A A A', insert: 'D D D D A', update: 'D D D D A', delete: 'D D D D A' },
  },
  {
    table: 'skill_gaps',
    key: ['id'],
    fixture: async (c) => skillGap(c.owner),
    insert: async (c) => ({ user_id: c.owner, skill_name: `forged-${rid()}`, proficiency_level: 'strong', gap_score: 0 }),
    findInserted: (p) => ({ where: 'skill_name = $1', values: [p.skill_name] }),
    update: () => ({ gap_score: 0 }),
    expect: { ...USER_ROW, insert: 'D D D D A', update: 'D D D D A', delete: 'D D D D A' },
  },
  {
    table: 'skill_gap_resources',
    key: ['skill_gap_id', 'resource_id'],
    fixture: async (c) => {
      const g = await skillGap(c.owner);
      const r = await resource();
      return sqlOne(
        `insert into public.skill_gap_resources (skill_gap_id, resource_id) values ($1, $2) returning skill_gap_id, resource_id`,
        [g.id, r.id],
      );
    },
    insert: async (c) => ({ skill_gap_id: (await skillGap(c.owner)).id, resource_id: (await resource()).id, user_id: c.owner }),
    update: () => ({ priority: 5 }),
    expect: { ...USER_ROW, insert: 'D D D D A', update: 'D D D D A', delete: 'D D D D A' },
  },
  {
    table: 'chat_sessions',
    key: ['id'],
    ownerColumn: 'user_id',
    fixture: async (c) => chatSession(c.owner),
    insert: async (c, actor) => ({ ...(actor === 'service' ? { user_id: c.owner } : {}), title: `chat ${rid()}` }),
    findInserted: (p) => ({ where: 'title = $1', values: [p.title] }),
    update: () => ({ title: `Chat ${rid()}` }),
    // owner and other have Pro (coach_chat); admin is on Free, so cannot start a coach chat.
    expect: { ...USER_ROW, insert: 'D A O D A', update: 'D A D D A', delete: 'D A D D A' },
  },
  {
    table: 'chat_messages',
    key: ['id'],
    fixture: async (c) =>
      sqlOne(
        `insert into public.chat_messages (chat_session_id, role, content, provider) values ($1, 'assistant', 'Tip', 'local') returning id`,
        [(await chatSession(c.owner)).id],
      ),
    insert: async (c) => ({ chat_session_id: (await chatSession(c.owner)).id, content: `question ${rid()}` }),
    findInserted: (p) => ({ where: 'content = $1', values: [p.content] }),
    update: () => ({ rating: 5 }),
    expect: { ...USER_ROW, insert: 'D A D D A', update: 'D A D D A', delete: 'D D D D A' },
  },
  {
    table: 'ai_usage_events',
    key: ['id'],
    fixture: async (c) =>
      sqlOne(`insert into public.ai_usage_events (user_id, operation, provider) values ($1, 'score_answer', 'local') returning id`, [
        c.owner,
      ]),
    insert: async (c) => ({ user_id: c.owner, operation: 'other', provider: `p${rid()}`.toLowerCase() }),
    findInserted: (p) => ({ where: 'provider = $1', values: [p.provider] }),
    update: () => ({ cost_usd: 1.5 }),
    expect: { ...USER_ROW, insert: 'D D D D A', update: 'D D D D A', delete: 'D D D D A' },
  },
  {
    table: 'referrals',
    key: ['id'],
    fixture: async (c) =>
      sqlOne(`insert into public.referrals (referrer_id, referral_code) values ($1, 'FIXTURE') returning id`, [c.owner]),
    insert: async (c) => ({ referrer_id: c.owner, referral_code: `F${rid()}`, status: 'rewarded', rewarded_at: new Date().toISOString() }),
    findInserted: (p) => ({ where: 'referral_code = $1', values: [p.referral_code] }),
    update: () => ({ status: 'void' }),
    expect: { ...USER_ROW, insert: 'D D D D A', update: 'D D D D A', delete: 'D D D D A' },
  },
  {
    table: 'user_daily_activity',
    key: ['user_id', 'activity_date'],
    fixture: async (c) => {
      // a distinct day long before any real activity (sign-ins record today's row)
      const day = new Date(Date.UTC(1990, 0, 1) + nextSequence() * 86400000).toISOString().slice(0, 10);
      return sqlOne(
        `insert into public.user_daily_activity (user_id, activity_date, logins) values ($1, $2, 1)
        on conflict do nothing returning user_id, to_char(activity_date, 'YYYY-MM-DD') as activity_date`,
        [c.owner, day],
      );
    },
    insert: async (c) => ({ user_id: c.owner, activity_date: '2019-01-01', logins: 99 }),
    update: () => ({ logins: 99 }),
    expect: { ...USER_ROW, insert: 'D D D D A', update: 'D D D D A', delete: 'D D D D A' },
  },
  {
    table: 'achievements',
    key: ['key'],
    fixture: async () =>
      sqlOne(`insert into public.achievements (key, title, description) values ('fixture_${rid()}', 'F', 'F') returning key`),
    insert: async () => ({ key: `forged_${rid()}`, title: 'F', description: 'F' }),
    update: () => ({ title: `Changed ${rid()}` }),
    expect: { select: 'D A A A A', insert: 'D D D D A', update: 'D D D D A', delete: 'D D D D A' },
  },
  {
    table: 'user_achievements',
    key: ['id'],
    fixture: async (c) => {
      const a = await sqlOne(
        `insert into public.achievements (key, title, description) values ('fixture_${rid()}', 'F', 'F') returning key`,
      );
      return sqlOne(`insert into public.user_achievements (user_id, achievement_key) values ($1, $2) returning id`, [c.owner, a.key]);
    },
    insert: async (c) => ({ user_id: c.owner, achievement_key: 'perfect_score' }),
    findInserted: (p) => ({ where: 'user_id = $1 and achievement_key = $2', values: [p.user_id, p.achievement_key] }),
    update: () => ({ metadata: { forged: true } }),
    expect: { ...USER_ROW, insert: 'D D D D A', update: 'D D D D A', delete: 'D D D D A' },
  },
  {
    table: 'admin_audit_log',
    key: ['id'],
    fixture: async (c) =>
      sqlOne(`insert into public.admin_audit_log (admin_id, action, target_user_id) values ($1, 'set_user_role', $2) returning id`, [
        c.admin,
        c.owner,
      ]),
    insert: async (c) => ({ admin_id: c.owner, action: 'delete_user', target_id: `forged-${rid()}` }),
    findInserted: (p) => ({ where: 'target_id = $1', values: [p.target_id] }),
    update: () => ({ details: { forged: true } }),
    // Only admins read the log; the "owner" here is the audited user, who sees nothing.
    expect: { select: 'D D D A A', insert: 'D D D D A', update: 'D D D D A', delete: 'D D D D A' },
  },
  {
    table: 'report_shares',
    key: ['id'],
    fixture: async (c) =>
      sqlOne(`insert into public.report_shares (user_id, interview_id) values ($1, $2) returning id`, [
        c.owner,
        await finishedSession(c.owner),
      ]),
    insert: async (c, actor) => ({
      ...(actor === 'service' ? { user_id: c.owner } : {}),
      interview_id: await finishedSession(c.owner),
    }),
    findInserted: (p) => ({ where: 'interview_id = $1', values: [p.interview_id] }),
    update: () => ({ revoked_at: new Date().toISOString() }),
    // Only the owner of the finished interview shares it; links are read by token through get_shared_report.
    expect: { ...USER_ROW, insert: 'D A D D A', update: 'D A D D A', delete: 'D A D D A' },
  },
  {
    // A view (security_invoker): reads follow interview_reports' policies; nobody writes through it.
    table: 'user_skill_progress',
    key: ['interview_id', 'skill'],
    readable: 'skill',
    fixture: async (c) => {
      const session = await insertSession(c.owner);
      const skill = `skill-${rid()}`;
      await sql(`insert into public.interview_reports (interview_id, skill_scores) values ($1, jsonb_build_object($2::text, 50))`, [
        session.id,
        skill,
      ]);
      return { interview_id: session.id, skill };
    },
    insert: async (c) => ({ interview_id: (await insertSession(c.owner)).id, skill: `forged-${rid()}`, score: 99 }),
    findInserted: (p) => ({ where: 'skill = $1', values: [p.skill] }),
    update: () => ({ score: 99 }),
    expect: { ...USER_ROW, insert: 'D D D D D', update: 'D D D D D', delete: 'D D D D D' },
  },
];

/** A finished interview of the user (report links need one). */
async function finishedSession(userId: string) {
  const session = await insertSession(userId, 'in_progress');
  await sql(`update public.interview_sessions set status = 'completed' where id = $1`, [session.id]);
  return session.id;
}

// ── helpers ─────────────────────────────────────────────────────────────────────────────
const cells = (row: string) => Object.fromEntries(row.split(' ').map((c, i) => [ACTORS[i], c as Cell])) as Record<Actor, Cell>;
function whereKey(key: Key, start = 1) {
  const cols = Object.keys(key);
  return { sql: cols.map((c, i) => `${c} = $${i + start}`).join(' and '), values: cols.map((c) => key[c]) };
}
/** A PostgREST query that can be narrowed with `eq` and awaited (what `filter` needs of supabase-js builders). */
interface EqFilterable {
  eq(column: string, value: unknown): EqFilterable;
  then: PromiseLike<{ data: unknown; error: { code: string } | null }>['then'];
}
function filter(builder: EqFilterable, key: Key): EqFilterable {
  for (const [col, val] of Object.entries(key)) builder = builder.eq(col, val);
  return builder;
}
/** The matrix names its tables at run time, so it asks PostgREST for them without the generated table types. */
const tableOf = (actor: Actor, table: string) => (clients[actor] as unknown as SupabaseClient).from(table);
async function rowExists(table: string, key: Key) {
  const w = whereKey(key);
  return (await sql(`select 1 from public.${table} where ${w.sql}`, w.values)).length === 1;
}

let ctx: Ctx;
beforeAll(async () => {
  [owner, other, admin, spare] = await Promise.all([createUser('owner'), createUser('other'), createAdmin('admin'), createUser('spare')]);
  await giveSubscription(owner.id);
  await giveSubscription(other.id);
  clients.anon = anonClient();
  clients.owner = owner.client;
  clients.other = other.client;
  clients.admin = admin.client;
  clients.service = serviceClient();
  ctx = {
    owner: owner.id,
    other: other.id,
    admin: admin.id,
    spare: spare.id,
    actorId: (a) => ({ anon: null, owner: owner.id, other: other.id, admin: admin.id, service: null })[a],
  };
});
afterAll(closeSql);

describe.each(cases)('RLS matrix: $table', (tc) => {
  const exp = {
    select: cells(tc.expect.select),
    insert: cells(tc.expect.insert),
    update: cells(tc.expect.update),
    delete: cells(tc.expect.delete),
  };
  const readCol = tc.readable ?? tc.key[0];

  it.each(ACTORS)('select as %s', async (actor) => {
    const outcome = exp.select[actor];
    if (outcome === '-') return;
    const key = await tc.fixture(ctx);
    const res = await filter(tableOf(actor, tc.table).select<string>(readCol), key);
    if (outcome === 'A') {
      expect(res.error).toBeNull();
      expect(res.data).toHaveLength(1);
    } else {
      // denied: either a privilege error or the row is simply invisible
      if (res.error) expect(res.error.code).toBe('42501');
      else expect(res.data).toHaveLength(0);
    }
  });

  it.each(ACTORS)('insert as %s', async (actor) => {
    const outcome = exp.insert[actor];
    if (outcome === '-' || !tc.insert) return;
    const payload = await tc.insert(ctx, actor);
    const res = await tableOf(actor, tc.table).insert(payload);
    const find = tc.findInserted?.(payload) ?? whereKey(Object.fromEntries(tc.key.map((k) => [k, payload[k]])));
    const rows = await sql(`select * from public.${tc.table} where ${'where' in find ? find.where : find.sql}`, find.values);
    if (outcome === 'D') {
      expect(res.error, `expected ${actor} insert into ${tc.table} to fail`).not.toBeNull();
      expect(rows).toHaveLength(0);
    } else {
      expect(res.error).toBeNull();
      expect(rows).toHaveLength(1);
      const ownerColumn = tc.ownerColumn ?? 'user_id';
      if (outcome === 'O') expect(rows[0]![ownerColumn]).toBe(ctx.actorId(actor));
      if (outcome === 'A' && actor !== 'service' && ownerColumn in rows[0]!) expect(rows[0]![ownerColumn]).toBe(ctx.owner);
    }
  });

  it.each(ACTORS)('update as %s', async (actor) => {
    const outcome = exp.update[actor];
    if (outcome === '-' || !tc.update) return;
    const key = await tc.fixture(ctx);
    const patch = tc.update();
    const cols = Object.keys(patch);
    const w = whereKey(key);
    const before = await sqlOne(`select ${cols.map((c) => `${c}::text`).join(', ')} from public.${tc.table} where ${w.sql}`, w.values);
    const res = await filter(tableOf(actor, tc.table).update(patch), key);
    const after = await sqlOne(`select ${cols.map((c) => `${c}::text`).join(', ')} from public.${tc.table} where ${w.sql}`, w.values);
    if (outcome === 'A') {
      expect(res.error).toBeNull();
      expect(after).not.toEqual(before);
    } else {
      expect(after).toEqual(before);
    }
  });

  it.each(ACTORS)('delete as %s', async (actor) => {
    const outcome = exp.delete[actor];
    if (outcome === '-') return;
    const key = await tc.fixture(ctx);
    const res = await filter(tableOf(actor, tc.table).delete(), key);
    const exists = await rowExists(tc.table, key);
    if (outcome === 'A') {
      expect(res.error).toBeNull();
      expect(exists).toBe(false);
    } else {
      expect(exists).toBe(true);
    }
  });
});

// Every table and view PostgREST exposes must be reviewed here: RLS on (views: security_invoker) and a
// row in the matrix above. A new table without a policy review fails this test.
describe('RLS matrix coverage', () => {
  it('lists every table and view of the exposed schemas, each protected by RLS', async () => {
    const config = readFileSync(path.join(import.meta.dirname, '..', '..', 'supabase', 'config.toml'), 'utf8');
    const api = config.split(/^\[api\]$/m)[1]!.split(/^\[/m)[0]!;
    const schemas = JSON.parse(/^schemas\s*=\s*(\[.*\])$/m.exec(api)![1]!) as string[];
    const relations = await sql<{ schema: string; name: string; kind: string; protected: boolean }>(
      `select n.nspname as schema, c.relname as name, c.relkind::text as kind,
              case when c.relkind = 'v' then coalesce(c.reloptions, '{}') && array['security_invoker=true', 'security_invoker=on', 'security_invoker=1']
                   when c.relkind in ('r', 'p') then c.relrowsecurity
                   else false end as protected
       from pg_catalog.pg_class c join pg_catalog.pg_namespace n on n.oid = c.relnamespace
       where n.nspname = any($1) and c.relkind in ('r', 'p', 'v', 'm', 'f')
         and not exists (select 1 from pg_catalog.pg_depend d where d.objid = c.oid and d.deptype = 'e')
       order by 1, 2`,
      [schemas],
    );
    expect(relations.length).toBeGreaterThan(0);
    expect(relations.filter((r) => !r.protected).map((r) => `${r.schema}.${r.name} (${r.kind})`)).toEqual([]);
    const covered = new Set(cases.map((c) => `public.${c.table}`));
    expect(relations.map((r) => `${r.schema}.${r.name}`).filter((name) => !covered.has(name))).toEqual([]);
  });
});
