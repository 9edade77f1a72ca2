/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_SUPABASE_URL?: string;
  readonly VITE_SUPABASE_ANON_KEY?: string;
  /** Local dev mailbox (Mailpit/Inbucket) shown on the "check your inbox" screens. */
  readonly VITE_LOCAL_MAILBOX_URL?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
