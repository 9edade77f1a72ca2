// Small text helpers shared by the stages that write notes and feedback.

import type { QuestionType } from '../types.ts';
import { clamp01, quote } from '../text.ts';

export function pct(x: number): number {
  return Math.round(clamp01(x) * 100);
}

export function short(s: string, max = 70): string {
  return quote(s, max);
}

export function cap(s: string): string {
  return s ? s.charAt(0).toUpperCase() + s.slice(1) : s;
}

export function lowerFirst(s: string): string {
  return s && !/^[A-Z]{2}/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}

export function sentenceCase(s: string): string {
  const t = s.trim().replace(/[.\s]+$/, '');
  return t ? cap(t) + '.' : '';
}

export const TYPE_LABEL: Record<QuestionType, string> = {
  technical: 'technical',
  behavioral: 'behavioral',
  coding: 'coding',
  system_design: 'system design',
};
