import type { Question } from '../types.ts';
import { CODING_EASY } from './coding-easy.ts';
import { CODING_MEDIUM } from './coding-medium.ts';
import { CODING_HARD } from './coding-hard.ts';
import { SYSTEM_DESIGN_EASY, SYSTEM_DESIGN_MEDIUM, SYSTEM_DESIGN_HARD } from './system-design.ts';
import { BEHAVIORAL_EASY, BEHAVIORAL_MEDIUM, BEHAVIORAL_HARD } from './behavioral.ts';
import { TECHNICAL_FRONTEND } from './technical-frontend.ts';
import { TECHNICAL_BACKEND } from './technical-backend.ts';
import { TECHNICAL_DATA_ENGINEERING, TECHNICAL_DATA_GENERAL, TECHNICAL_DATA_SCIENCE } from './technical-data.ts';
import { TECHNICAL_DEVOPS } from './technical-devops.ts';
import { TECHNICAL_MOBILE } from './technical-mobile.ts';
import { TECHNICAL_PRODUCT } from './technical-product.ts';
import { TECHNICAL_GENERAL } from './technical-general.ts';

export interface Block {
  name: string;
  questions: Question[];
}

/** Order of the INSERT statements in supabase/seeds/question_bank.sql (one per block). */
export const BLOCKS: Block[] = [
  { name: 'Technical: frontend', questions: TECHNICAL_FRONTEND },
  { name: 'Technical: backend', questions: TECHNICAL_BACKEND },
  { name: 'Technical: full-stack, testing and general engineering', questions: TECHNICAL_GENERAL },
  { name: 'Technical: data engineering', questions: [...TECHNICAL_DATA_ENGINEERING, ...TECHNICAL_DATA_GENERAL] },
  { name: 'Technical: data science', questions: TECHNICAL_DATA_SCIENCE },
  { name: 'Technical: DevOps / SRE', questions: TECHNICAL_DEVOPS },
  { name: 'Technical: mobile', questions: TECHNICAL_MOBILE },
  { name: 'Technical: product management', questions: TECHNICAL_PRODUCT },
  { name: 'Behavioral: easy', questions: BEHAVIORAL_EASY },
  { name: 'Behavioral: medium', questions: BEHAVIORAL_MEDIUM },
  { name: 'Behavioral: hard', questions: BEHAVIORAL_HARD },
  { name: 'Coding: easy', questions: CODING_EASY },
  { name: 'Coding: medium', questions: CODING_MEDIUM },
  { name: 'Coding: hard', questions: CODING_HARD },
  { name: 'System design: easy', questions: SYSTEM_DESIGN_EASY },
  { name: 'System design: medium', questions: SYSTEM_DESIGN_MEDIUM },
  { name: 'System design: hard', questions: SYSTEM_DESIGN_HARD },
];
