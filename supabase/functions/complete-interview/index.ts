// POST /functions/v1/complete-interview — see handler.ts for the contract.
import { openConnections } from '../_shared/db.ts';
import { handler } from '../_shared/handler.ts';
import { interviewCompletionStatements } from '../_shared/rpc.ts';
import { Body, completeInterviewHandler } from './handler.ts';

Deno.serve(handler({ method: 'POST', auth: 'user', account: 'checked-by-first-rpc', body: Body }, completeInterviewHandler));
// Connect to the database and prepare the calls' statements while the isolate starts rather than during its first
// requests (db.ts).
void openConnections(interviewCompletionStatements);
