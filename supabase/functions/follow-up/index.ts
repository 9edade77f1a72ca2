// POST /functions/v1/follow-up — see handler.ts for the contract.
import { handle } from '../_shared/http.ts';
import { followUpHandler } from './handler.ts';

Deno.serve(handle(['POST'], followUpHandler));
