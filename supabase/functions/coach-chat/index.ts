// POST /functions/v1/coach-chat — see handler.ts for the contract.
import { handler } from '../_shared/handler.ts';
import { Body, coachChatHandler } from './handler.ts';

Deno.serve(handler({ method: 'POST', auth: 'user', body: Body }, coachChatHandler));
