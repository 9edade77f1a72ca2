/**
 * Whether a sign-out the person asked for (or the app started, e.g. for a blocked account) is running in
 * this tab. A SIGNED_OUT event during it is deliberate; one outside it (a session that expired or was
 * revoked elsewhere) is not, and only then should a protected page send the person to sign in again.
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
