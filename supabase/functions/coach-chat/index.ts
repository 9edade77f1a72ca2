// POST /functions/v1/coach-chat — see handler.ts for the contract.
import { handle } from '../_shared/http.ts';
import { coachChatHandler } from './handler.ts';

Deno.serve(handle(['POST'], coachChatHandler));
