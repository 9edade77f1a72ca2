// POST /functions/v1/follow-up — see handler.ts for the contract.
import { handler } from '../_shared/handler.ts';
import { Body, followUpHandler } from './handler.ts';

Deno.serve(handler({ method: 'POST', auth: 'user', body: Body }, followUpHandler));
