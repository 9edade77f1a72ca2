// POST /functions/v1/score-answer — see handler.ts for the contract.
import { prepareEngine } from '../_shared/ai/quickjs.ts';
import { openConnections } from '../_shared/db.ts';
import { handler } from '../_shared/handler.ts';
import { responseScoringStatements } from '../_shared/rpc.ts';
import { Body, scoreAnswerHandler } from './handler.ts';

Deno.serve(handler({ method: 'POST', auth: 'user', account: 'checked-by-first-rpc', body: Body }, scoreAnswerHandler));
// Connect to the database and prepare the calls' statements while the isolate starts rather than during its first
// requests (db.ts).
void openConnections(responseScoringStatements);
// Compile the coding sandbox's engine now too: otherwise the first coding answer waits for it (quickjs.ts).
void prepareEngine();
