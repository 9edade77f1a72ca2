// Database access for billing, behind an interface so the webhook logic is unit-testable. The
// implementation uses the service role through PostgREST (hosted Supabase: the same API).
import { createClient } from 'npm:@supabase/supabase-js@2';
import { asJson, type Client, type Database, type Tables, type TablesInsert } from '../supabase.ts';
import { HttpError } from '../http.ts';

// Rows as the billing code writes and reads them, derived from the generated schema types so that a
// renamed or retyped column fails `deno check` here.
export type BillingInfoRow = Pick<
  TablesInsert<'billing_information'>,
  | 'user_id'
  | 'stripe_customer_id'
  | 'email'
  | 'name'
  | 'phone'
  | 'default_payment_method_id'
  | 'card_brand'
  | 'card_last4'
  | 'card_exp_month'
  | 'card_exp_year'
  | 'billing_address'
>;

export type PlanRow = Pick<Tables<'plans'>, 'id' | 'stripe_price_id' | 'is_active' | 'billing_interval'>;

export type SubscriptionRow = Omit<Tables<'subscriptions'>, 'created_at' | 'updated_at' | 'past_due_since' | 'metadata'> & {
  /** Stripe metadata: string values only. */
  metadata: Record<string, string>;
};

export type PaymentRow =
  & Pick<
    Tables<'payment_history'>,
    | 'stripe_payment_intent_id'
    | 'subscription_id'
    | 'amount_cents'
    | 'currency'
    | 'description'
    | 'invoice_number'
    | 'invoice_url'
    | 'invoice_pdf_url'
    | 'card_brand'
    | 'card_last4'
    | 'failure_code'
    | 'failure_message'
    | 'period_start'
    | 'period_end'
    | 'paid_at'
    | 'stripe_created_at'
  >
  & {
    // nullable in the table (payments recorded by hand have none), always known for a Stripe invoice
    user_id: string;
    stripe_customer_id: string;
    stripe_invoice_id: string;
    /** What a Stripe invoice maps to (refunds are recorded by hand, outside this code). */
    status: 'paid' | 'open' | 'failed' | 'void' | 'uncollectible' | 'pending';
  };

export interface RecordedEvent {
  id: string;
  type: string;
  created: number;
  livemode: boolean;
  payload: unknown;
}

export type CardFields = Pick<
  BillingInfoRow,
  'default_payment_method_id' | 'card_brand' | 'card_last4' | 'card_exp_month' | 'card_exp_year'
>;

export interface BillingStore {
  /** Inserts the event id; false when it was already recorded (duplicate delivery). */
  recordEvent(event: RecordedEvent): Promise<boolean>;
  markEventProcessed(eventId: string): Promise<void>;
  /** Deletes an unprocessed event record so Stripe's retry is processed again. */
  forgetEvent(eventId: string): Promise<void>;
  userExists(userId: string): Promise<boolean>;
  userIdForCustomer(customerId: string): Promise<string | null>;
  getBillingInfo(userId: string): Promise<BillingInfoRow | null>;
  /** Inserts the user ↔ customer link unless the user already has one; returns the stored row. */
  linkCustomer(row: BillingInfoRow): Promise<BillingInfoRow>;
  /**
   * Moves the user's link from a customer deleted in Stripe to a new one (only if it still points at
   * the deleted one), clearing the deleted customer's card; returns the stored row.
   */
  replaceCustomer(deletedCustomerId: string, row: BillingInfoRow): Promise<BillingInfoRow>;
  updateBillingInfo(customerId: string, patch: Partial<BillingInfoRow>): Promise<void>;
  plan(planId: string): Promise<PlanRow | null>;
  planForPrice(priceId: string): Promise<PlanRow | null>;
  getSubscription(id: string): Promise<Pick<SubscriptionRow, 'id' | 'last_event_at' | 'status'> | null>;
  upsertSubscription(row: SubscriptionRow): Promise<void>;
  /** The user's subscriptions that still bill (active, trialing, past_due, unpaid, incomplete). */
  liveSubscriptions(userId: string): Promise<Pick<SubscriptionRow, 'id' | 'status' | 'plan_id'>[]>;
  upsertPayment(row: PaymentRow): Promise<void>;
}

function fail(what: string, error: { message: string; code?: string; details?: string | null }): never {
  throw new Error(`${what}: ${error.message}${error.code ? ` (${error.code})` : ''}${error.details ? ` — ${error.details}` : ''}`);
}

export function serviceSupabase(): Client {
  const url = Deno.env.get('SUPABASE_URL');
  const key = Deno.env.get('SUPABASE_SERVICE_ROLE_KEY');
  if (!url || !key) throw new HttpError(503, 'server_misconfigured', 'SUPABASE_URL / SUPABASE_SERVICE_ROLE_KEY are not set.');
  return createClient<Database>(url, key, { auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false } });
}

export class SupabaseBillingStore implements BillingStore {
  constructor(private readonly db: Client = serviceSupabase()) {}

  async recordEvent(event: RecordedEvent): Promise<boolean> {
    const { data, error } = await this.db.rpc('record_stripe_event', {
      p_event_id: event.id,
      p_type: event.type,
      p_created: new Date(event.created * 1000).toISOString(),
      p_payload: asJson(event.payload),
      p_livemode: event.livemode,
    });
    if (error) fail('record_stripe_event', error);
    return data === true;
  }

  async markEventProcessed(eventId: string) {
    const { error } = await this.db.rpc('mark_stripe_event_processed', { p_event_id: eventId });
    if (error) fail('mark_stripe_event_processed', error);
  }

  async forgetEvent(eventId: string) {
    const { error } = await this.db.rpc('forget_stripe_event', { p_event_id: eventId });
    if (error) fail('forget_stripe_event', error);
  }

  async userExists(userId: string) {
    const { data, error } = await this.db.from('user_profiles').select('id').eq('id', userId).maybeSingle();
    if (error) fail('user_profiles', error);
    return !!data;
  }

  async userIdForCustomer(customerId: string) {
    const { data, error } = await this.db.from('billing_information').select('user_id').eq('stripe_customer_id', customerId).maybeSingle();
    if (error) fail('billing_information', error);
    return (data?.user_id as string | undefined) ?? null;
  }

  async getBillingInfo(userId: string) {
    const { data, error } = await this.db.from('billing_information').select('*').eq('user_id', userId).maybeSingle();
    if (error) fail('billing_information', error);
    return (data as BillingInfoRow | null) ?? null;
  }

  async linkCustomer(row: BillingInfoRow) {
    const { error } = await this.db.from('billing_information').upsert(row, { onConflict: 'user_id', ignoreDuplicates: true });
    // 23505 on stripe_customer_id: the customer already belongs to someone (never overwrite it).
    if (error && error.code !== '23505') fail('billing_information insert', error);
    const stored = await this.getBillingInfo(row.user_id);
    if (!stored) throw new Error(`billing_information for ${row.user_id} missing after insert`);
    return stored;
  }

  async replaceCustomer(deletedCustomerId: string, row: BillingInfoRow) {
    const { error } = await this.db.from('billing_information').update({
      ...row,
      default_payment_method_id: null,
      card_brand: null,
      card_last4: null,
      card_exp_month: null,
      card_exp_year: null,
    }).eq('user_id', row.user_id).eq('stripe_customer_id', deletedCustomerId);
    if (error) fail('billing_information replace customer', error);
    const stored = await this.getBillingInfo(row.user_id);
    if (!stored) throw new Error(`billing_information for ${row.user_id} missing after replacing its customer`);
    return stored;
  }

  async updateBillingInfo(customerId: string, patch: Partial<BillingInfoRow>) {
    const { error } = await this.db.from('billing_information').update(patch).eq('stripe_customer_id', customerId);
    if (error) fail('billing_information update', error);
  }

  async plan(planId: string) {
    const { data, error } = await this.db.from('plans').select('id, stripe_price_id, is_active, billing_interval').eq('id', planId)
      .maybeSingle();
    if (error) fail('plans', error);
    return (data as PlanRow | null) ?? null;
  }

  async planForPrice(priceId: string) {
    const { data, error } = await this.db.from('plans').select('id, stripe_price_id, is_active, billing_interval').eq(
      'stripe_price_id',
      priceId,
    ).maybeSingle();
    if (error) fail('plans', error);
    return (data as PlanRow | null) ?? null;
  }

  async getSubscription(id: string) {
    const { data, error } = await this.db.from('subscriptions').select('id, last_event_at, status').eq('id', id).maybeSingle();
    if (error) fail('subscriptions', error);
    return (data as Pick<SubscriptionRow, 'id' | 'last_event_at' | 'status'> | null) ?? null;
  }

  async upsertSubscription(row: SubscriptionRow) {
    // An RPC rather than an upsert on the table: it locks the user's profile before the subscription row (the lock
    // order), and the subscription's trigger keeps the plan on that profile.
    const { error } = await this.db.rpc('save_subscription', { p_row: asJson(row) });
    if (error) fail('save_subscription', error);
  }

  async liveSubscriptions(userId: string) {
    const { data, error } = await this.db.from('subscriptions').select('id, status, plan_id').eq('user_id', userId)
      .in('status', ['active', 'trialing', 'past_due', 'unpaid', 'incomplete']);
    if (error) fail('subscriptions', error);
    return (data ?? []) as Pick<SubscriptionRow, 'id' | 'status' | 'plan_id'>[];
  }

  async upsertPayment(row: PaymentRow) {
    const { error } = await this.db.from('payment_history').upsert(row, { onConflict: 'stripe_invoice_id' });
    if (error) fail('payment_history upsert', error);
  }
}
