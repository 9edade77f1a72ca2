import { BLOCKS } from './seed-content/questions/index.ts';
let i = 0;
for (const b of BLOCKS) for (const q of b.questions) { console.log(i++, q.type, q.diff, q.kp.length, q.q.slice(0, 100)); }
