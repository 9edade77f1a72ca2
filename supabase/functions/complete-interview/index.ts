// POST /functions/v1/complete-interview — see handler.ts for the contract.
import { handler } from '../_shared/handler.ts';
import { Body, completeInterviewHandler } from './handler.ts';

Deno.serve(handler({ method: 'POST', auth: 'user', account: 'checked-by-first-rpc', body: Body }, completeInterviewHandler));
