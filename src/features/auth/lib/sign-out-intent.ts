/**
 * Whether a sign-out the person asked for is running in this tab. A SIGNED_OUT event during it is deliberate
 * and a protected page sends them home; any other (a session that expired or was revoked elsewhere, a blocked
 * account signed out by the app) sends them to sign in again.
 */
let running = 0;

export async function whileSigningOut<T>(signOut: () => Promise<T>): Promise<T> {
  running += 1;
  try {
    return await signOut();
  } finally {
    running -= 1;
  }
}

export function isSigningOut(): boolean {
  return running > 0;
}
