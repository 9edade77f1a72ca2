// POST /functions/v1/score-answer — see handler.ts for the contract.
import { handle } from '../_shared/http.ts';
import { scoreAnswerHandler } from './handler.ts';

Deno.serve(handle(['POST'], scoreAnswerHandler));
