// Sends an e-mail through an HTTP e-mail API speaking Resend's `POST /emails` (the local stack
// runs a fake of it that delivers into the local mailbox).

export interface EmailApiConfig {
  url: string;
  apiKey: string;
  from: string;
}

export interface OutgoingEmail {
  to: string;
  subject: string;
  html: string;
  text: string;
  /** Same key → the API sends once, even when a deliverer retries after losing the answer. */
  idempotencyKey: string;
}

export class EmailApiError extends Error {
  constructor(message: string, readonly retryable: boolean) {
    super(message);
  }
}

/** Reads EMAIL_API_URL (default Resend), EMAIL_API_KEY and EMAIL_FROM; undefined when unset. */
export function emailApiConfigFromEnv(get: (name: string) => string | undefined): EmailApiConfig | undefined {
  const apiKey = get('EMAIL_API_KEY');
  const from = get('EMAIL_FROM');
  if (!apiKey || !from) return undefined;
  return { url: (get('EMAIL_API_URL') || 'https://api.resend.com').replace(/\/+$/, ''), apiKey, from };
}

export async function sendEmail(config: EmailApiConfig, email: OutgoingEmail): Promise<string> {
  let response: Response;
  try {
    response = await fetch(`${config.url}/emails`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${config.apiKey}`,
        'Content-Type': 'application/json',
        'Idempotency-Key': email.idempotencyKey,
      },
      body: JSON.stringify({ from: config.from, to: [email.to], subject: email.subject, html: email.html, text: email.text }),
      signal: AbortSignal.timeout(15_000),
    });
  } catch (error) {
    throw new EmailApiError(`E-mail API unreachable: ${error instanceof Error ? error.message : String(error)}`, true);
  }
  const body = await response.text();
  if (!response.ok) {
    // 4xx other than 429 will not get better by retrying the same request.
    const retryable = response.status === 429 || response.status >= 500;
    throw new EmailApiError(`E-mail API answered ${response.status}: ${body.slice(0, 300)}`, retryable);
  }
  try {
    return String((JSON.parse(body) as { id?: unknown }).id ?? '');
  } catch {
    return '';
  }
}
