import type { Hono } from 'hono';
import { audit } from '../audit.ts';
import { requireUser } from '../auth-context.ts';
import { withTx } from '../db.ts';
import { clientInfo, type AuthDeps } from '../deps.ts';
import { badRequest } from '../errors.ts';
import { deleteAllSessions, deleteOtherSessions, deleteSession } from '../sessions.ts';
import { auditActorOf } from '../users.ts';

/** POST /logout?scope=global|local|others (Bearer user JWT) → 204. */
export function registerLogout(app: Hono, deps: AuthDeps): void {
  app.post('/logout', async (c) => {
    const scope = c.req.query('scope') ?? '';
    if (!['', 'global', 'local', 'others'].includes(scope)) {
      throw badRequest('validation_failed', `Unsupported logout scope "${scope}"`);
    }
    const { user, session } = await requireUser(deps, c);
    const client = clientInfo(c);
    await withTx(deps.db, async (tx) => {
      await audit(tx, auditActorOf(user), 'logout', client.ip);
      if (!session) {
        // A token without session_id (pre-session tokens): revoke everything, like GoTrue.
        await deleteAllSessions(tx, user.id);
        return;
      }
      if (scope === 'local') await deleteSession(tx, session.id);
      else if (scope === 'others') await deleteOtherSessions(tx, user.id, session.id);
      else await deleteAllSessions(tx, user.id);
    });
    return c.body(null, 204);
  });
}
