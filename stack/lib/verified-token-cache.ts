import type { KeyObject } from 'node:crypto';
import { verifyJwt } from './jwt.ts';

/**
 * Remembers HS256 tokens whose signature already verified, by their exact text, so that a client
 * calling again with the same token costs a map lookup instead of an HMAC and two JSON parses. Expiry
 * is checked on every call; a token that failed is never remembered. The map is bounded: when full it
 * is emptied and refills from the tokens in use.
 */
export class VerifiedTokenCache {
  /** token → its `exp` in seconds (Infinity when it has none). */
  private readonly expiries = new Map<string, number>();

  constructor(
    private readonly key: KeyObject,
    private readonly capacity = 10_000,
    private readonly nowSeconds = () => Math.floor(Date.now() / 1000),
  ) {}

  valid(token: string): boolean {
    const now = this.nowSeconds();
    const known = this.expiries.get(token);
    if (known !== undefined) {
      if (known > now) return true;
      this.expiries.delete(token);
      return false;
    }
    let exp: number;
    try {
      const payload = verifyJwt(token, this.key, now);
      exp = typeof payload.exp === 'number' ? payload.exp : Infinity;
    } catch {
      return false;
    }
    if (this.expiries.size >= this.capacity) this.expiries.clear();
    this.expiries.set(token, exp);
    return true;
  }

  /** How many tokens are remembered. */
  get size(): number {
    return this.expiries.size;
  }
}
