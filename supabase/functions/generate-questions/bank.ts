// The active question bank as an isolate keeps it: read when the function loads, so that the isolate's first calls
// find it in memory instead of all waiting for the same large read, and kept while the bank's revision (which
// begin_question_generation returns with every call) is the one it was read at. A call that sees a newer revision
// waits for a new read. Only the usage counts age within a revision: a call that finds them older than BANK_CACHE_MS
// uses the bank as it is and has the counts read again in the background for the calls after it (the counts and the
// revision are ~2 % of the whole bank's bytes; the whole bank is read again only when the revision moved meanwhile).
import { outsideDbTrace } from '../_shared/db-trace.ts';
import { activeQuestionBank, activeQuestionBankUsage } from '../_shared/rpc.ts';
import type { BankQuestion, QType } from '../_shared/ai/select.ts';

export interface BankRow extends BankQuestion {
  time_limit_seconds: number | null;
  expected_answer: string | null;
  key_points: string[] | null;
  sample_code: string | null;
  starter_code: string | null;
  function_name: string | null;
  test_cases: unknown[] | null;
  evaluation_criteria: unknown[] | null;
}

export interface BankView {
  rows: BankRow[];
  /** Every skill and technology the rows name (what keywords are matched against). */
  vocabulary: Set<string>;
}

export interface BankRead<R> {
  revision: number | null;
  questions: R[];
}

interface Bank<R> {
  revision: number | null;
  rows: R[];
  readAt: number;
}

/** Revisions only grow: a bank read at `revision` or later is current for a call that saw `revision`. */
function atLeast(bank: Bank<unknown>, revision: number | null): boolean {
  return bank.revision === revision || (bank.revision !== null && revision !== null && bank.revision > revision);
}

/**
 * Brings an aged bank's usage counts up to date in its rows, in place; resolves false, changing nothing, when the
 * bank's content has moved to another revision meanwhile (the whole bank is then read again).
 */
export type RefreshUsage<R> = (bank: { revision: number | null; rows: R[] }) => Promise<boolean>;

/** The cache itself, over any read of the bank (the isolate's uses activeQuestionBank and activeQuestionBankUsage). */
export function bankCache<R>(read: () => Promise<BankRead<R>>, maxAgeMs: () => number, refreshUsage?: RefreshUsage<R>) {
  let current: Promise<Bank<R>> | undefined;
  let reads = 0; // reads a call started (readNow); a background read does not replace one started after it
  let refreshing = false;

  const readBank = () => read().then(({ revision, questions }): Bank<R> => ({ revision, rows: questions, readAt: Date.now() }));

  /** Reads the bank and makes the read the current one; a failed read leaves none behind (the next call reads again). */
  function readNow(): Promise<Bank<R>> {
    reads++;
    const reading = readBank();
    current = reading;
    reading.catch(() => {
      if (current === reading) current = undefined;
    });
    return reading;
  }

  /**
   * Work that belongs to no call: the usage counts brought up to date in `bank` (then it counts as read now), or,
   * without refreshUsage or when the revision moved, a new read that replaces the current bank only when it
   * succeeds and no call read since. A failure leaves the bank as it was; the next aged call tries again.
   */
  function refreshInBackground(bank: Bank<R>) {
    if (refreshing) return;
    refreshing = true;
    const readsBefore = reads;
    outsideDbTrace(async () => (refreshUsage && await refreshUsage(bank) ? undefined : await readBank()))
      .then((reread) => {
        if (!reread) bank.readAt = Date.now();
        else if (reads === readsBefore) current = Promise.resolve(reread);
      }, () => {})
      .finally(() => (refreshing = false));
  }

  return {
    /** Starts reading the bank unless it is already there. Never rejects: the first call retries a failed read. */
    preload(): Promise<void> {
      return (current ?? outsideDbTrace(readNow)).then(() => {}, () => {});
    },
    /** The bank at `revision` (the one the call's transaction saw) or later. */
    async at(revision: number | null): Promise<R[]> {
      let bank = await (current ?? readNow()).catch(() => readNow());
      if (!atLeast(bank, revision)) bank = await readNow();
      else if (Date.now() - bank.readAt >= maxAgeMs()) refreshInBackground(bank);
      return bank.rows;
    },
  };
}

/** How long an isolate uses the usage counts it read before reading them again (BANK_CACHE_MS, default 60 s). */
function bankCacheMs(): number {
  const configured = Number(Deno.env.get('BANK_CACHE_MS'));
  return Number.isFinite(configured) && configured >= 0 ? configured : 60_000;
}

/**
 * A RefreshUsage over a read of the counts (times_used by id, with the revision they belong to): counts of the
 * bank's revision go into its rows; a question missing from them keeps its count.
 */
export function usageRefresh<R extends { id: string; times_used?: number | null }>(
  readUsage: () => Promise<{ revision: number | null; usage: Record<string, number> }>,
): RefreshUsage<R> {
  return async (bank) => {
    const { revision, usage } = await readUsage();
    if (revision !== bank.revision) return false;
    for (const row of bank.rows) row.times_used = usage[row.id] ?? row.times_used;
    return true;
  };
}

const isolateBank = bankCache(() => activeQuestionBank<BankRow>(), bankCacheMs, usageRefresh<BankRow>(activeQuestionBankUsage));

/** Reads the bank now (when the function's module loads); does nothing without SUPABASE_DB_URL. */
export function preloadQuestionBank(): Promise<void> {
  return Deno.env.get('SUPABASE_DB_URL') ? isolateBank.preload() : Promise.resolve();
}

/** The rows of one interview type and their vocabulary, derived once per bank read (it is the same for every session). */
const bankViews = new WeakMap<BankRow[], Map<QType | 'mixed', BankView>>();
function viewOf(all: BankRow[], type: QType | 'mixed'): BankView {
  let views = bankViews.get(all);
  if (!views) bankViews.set(all, views = new Map());
  let view = views.get(type);
  if (!view) {
    const rows = type === 'mixed' ? all : all.filter((q) => q.type === type);
    const vocabulary = new Set<string>();
    for (const q of rows) for (const t of [...(q.skills ?? []), ...(q.tech_stack ?? [])]) vocabulary.add(t);
    view = { rows, vocabulary };
    views.set(type, view);
  }
  return view;
}

/** The active bank's questions of one interview type, at `revision` or later. */
export async function activeBank(type: QType | 'mixed', revision: number | null): Promise<BankView> {
  return viewOf(await isolateBank.at(revision), type);
}
