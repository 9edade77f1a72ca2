import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { LOCAL_PRICES, priceObject, productObject, type Doc } from './objects.ts';

export interface IdempotencyRecord {
  method: string;
  path: string;
  params: string;
  status: number;
  body: string;
  created: number;
}

export interface SimState {
  version: 1;
  customers: Record<string, Doc>;
  checkout_sessions: Record<string, Doc>;
  portal_sessions: Record<string, Doc>;
  subscriptions: Record<string, Doc>;
  invoices: Record<string, Doc>;
  payment_intents: Record<string, Doc>;
  payment_methods: Record<string, Doc>;
  prices: Record<string, Doc>;
  products: Record<string, Doc>;
  events: Record<string, Doc>;
  idempotency: Record<string, IdempotencyRecord>;
  invoiceCounter: number;
}

export type Collection = Exclude<keyof SimState, 'version' | 'idempotency' | 'invoiceCounter'>;

export function emptyState(): SimState {
  const prices: Record<string, Doc> = {};
  for (const price of LOCAL_PRICES) prices[price.id] = priceObject(price);
  const product = productObject();
  return {
    version: 1,
    customers: {},
    checkout_sessions: {},
    portal_sessions: {},
    subscriptions: {},
    invoices: {},
    payment_intents: {},
    payment_methods: {},
    prices,
    products: { [product.id]: product },
    events: {},
    idempotency: {},
    invoiceCounter: 0,
  };
}

/** JSON file persistence: the whole state is rewritten atomically after every change. */
export class StateFile {
  readonly file: string;
  constructor(dataDir: string) {
    mkdirSync(dataDir, { recursive: true });
    this.file = path.join(dataDir, 'stripe-simulator.json');
  }

  load(): SimState {
    const fresh = emptyState();
    if (!existsSync(this.file)) return fresh;
    try {
      const stored = JSON.parse(readFileSync(this.file, 'utf8')) as Partial<SimState>;
      // Seeded prices/products are always present (a new price added in code appears on restart).
      return { ...fresh, ...stored, prices: { ...fresh.prices, ...stored.prices }, products: { ...fresh.products, ...stored.products } };
    } catch (error) {
      throw new Error(`Stripe simulator: cannot read ${this.file} (${(error as Error).message}); delete it to start over.`, {
        cause: error,
      });
    }
  }

  save(state: SimState): void {
    // Keep the event log and idempotency records bounded.
    trim(state.events, 2000);
    const dayAgo = Math.floor(Date.now() / 1000) - 24 * 3600;
    for (const [key, record] of Object.entries(state.idempotency)) if (record.created < dayAgo) delete state.idempotency[key];
    const temp = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify(state));
    renameSync(temp, this.file);
  }
}

function trim(record: Record<string, Doc>, max: number) {
  const keys = Object.keys(record);
  for (const key of keys.slice(0, Math.max(0, keys.length - max))) delete record[key];
}
