/** The auth service's hashing queue (no stack needed): sign-in checks go ahead of new-password hashes, taking turns while both wait. */
import { describe, expect, it } from 'vitest';
import { HashQueue } from '../../stack/auth/passwords.ts';

/** A unit of work that finishes when the test says so. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

describe('HashQueue', () => {
  it('runs at most `slots` at once and serves a queued sign-in before queued new passwords', async () => {
    const queue = new HashQueue(2);
    const order: string[] = [];
    let running = 0;
    let most = 0;
    const job = (name: string, until: Promise<void>) => async () => {
      running++;
      most = Math.max(most, running);
      order.push(name);
      await until;
      running--;
      return name;
    };
    const first = gate();
    const busy = [queue.run('new_password', job('signup-1', first.opened)), queue.run('new_password', job('signup-2', first.opened))];
    const queued = [
      queue.run('new_password', job('signup-3', Promise.resolve())),
      queue.run('new_password', job('signup-4', Promise.resolve())),
      queue.run('sign_in', job('sign-in-1', Promise.resolve())),
      queue.run('sign_in', job('sign-in-2', Promise.resolve())),
    ];
    expect(queue.queued).toBe(4);
    first.open();
    expect(await Promise.all([...busy, ...queued])).toEqual(['signup-1', 'signup-2', 'signup-3', 'signup-4', 'sign-in-1', 'sign-in-2']);
    // The first freed slot goes to a sign-in; while sign-ups wait too, the lanes then take turns.
    expect(order).toEqual(['signup-1', 'signup-2', 'sign-in-1', 'signup-3', 'sign-in-2', 'signup-4']);
    expect(most).toBe(2);
    expect(queue.queued).toBe(0);
  });

  it('a steady stream of sign-ins cannot starve a waiting new password', async () => {
    const queue = new HashQueue(1);
    const order: string[] = [];
    const job = (name: string) => async () => {
      order.push(name);
      // every sign-in check that runs brings the next one, as an open-loop client keeps sending them
      if (name.startsWith('sign-in') && order.length < 8) void queue.run('sign_in', job(`sign-in-${order.length + 1}`));
      await Promise.resolve();
    };
    const first = gate();
    const busy = queue.run('sign_in', async () => {
      order.push('sign-in-0');
      await first.opened;
    });
    const signup = queue.run('new_password', job('signup'));
    const signIn = queue.run('sign_in', job('sign-in-1'));
    first.open();
    await Promise.all([busy, signup, signIn]);
    expect(order.indexOf('signup')).toBeGreaterThan(-1);
    expect(order.indexOf('signup')).toBeLessThanOrEqual(2);
  });

  it('a failed job frees its slot', async () => {
    const queue = new HashQueue(1);
    await expect(queue.run('sign_in', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await queue.run('new_password', async () => 'next')).toBe('next');
  });
});
