// POST /functions/v1/generate-questions — see handler.ts for the contract.
import { openConnections } from '../_shared/db.ts';
import { handler } from '../_shared/handler.ts';
import { questionGenerationStatements } from '../_shared/rpc.ts';
import { preloadQuestionBank } from './bank.ts';
import { Body, generateQuestionsHandler } from './handler.ts';

Deno.serve(handler({ method: 'POST', auth: 'user', account: 'checked-by-first-rpc', body: Body }, generateQuestionsHandler));
// Connect to the database and prepare the calls' statements while the isolate starts rather than during its first
// requests (db.ts).
void openConnections(questionGenerationStatements);
// The bank too: the isolate's first calls would otherwise all wait for the same read.
void preloadQuestionBank();
