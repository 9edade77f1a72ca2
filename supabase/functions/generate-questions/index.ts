// POST /functions/v1/generate-questions — see handler.ts for the contract.
import { handle } from '../_shared/http.ts';
import { generateQuestionsHandler } from './handler.ts';

Deno.serve(handle(['POST'], generateQuestionsHandler));
