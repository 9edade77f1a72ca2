// POST /functions/v1/complete-interview — see handler.ts for the contract.
import { handle } from '../_shared/http.ts';
import { completeInterviewHandler } from './handler.ts';

Deno.serve(handle(['POST'], completeInterviewHandler));
