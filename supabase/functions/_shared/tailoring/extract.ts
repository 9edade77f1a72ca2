// What a resume and a job description say about the candidate and the role: the candidate's employers,
// projects and skills, and the posting's required skills. One extraction for tailoring the questions and for
// the report's skill match, so "GraphQL not shown yet" names the same skill the questions asked about.

import { extractKeywords, SKILL_ALIASES } from '../ai/keywords.ts';

export interface CandidateProfile {
  /** Companies the resume names as places of work, in resume order. */
  employers: string[];
  /** Named projects or products the candidate built or led. */
  projects: string[];
  /** Skills the resume shows (bank vocabulary and aliases), most named first. */
  skills: string[];
  /** Skills the job description asks for, most emphasised first. */
  requiredSkills: string[];
}

export const EMPTY_PROFILE: CandidateProfile = { employers: [], projects: [], skills: [], requiredSkills: [] };

export const isEmptyProfile = (p: CandidateProfile) =>
  !p.employers.length && !p.projects.length && !p.skills.length && !p.requiredSkills.length;

/** The job description's skills, most emphasised first: what the report checks the answers against. */
export function requiredSkills(jobDescription: string | null | undefined, vocabulary: Iterable<string>, limit = 12): string[] {
  if (!jobDescription?.trim()) return [];
  return extractKeywords({ jobDescription }, new Set([...vocabulary, ...Object.keys(SKILL_ALIASES)])).slice(0, limit).map((k) => k.term);
}

function resumeSkills(resume: string, vocabulary: Iterable<string>, limit = 12): string[] {
  if (!resume.trim()) return [];
  return extractKeywords({ resume }, new Set([...vocabulary, ...Object.keys(SKILL_ALIASES)])).slice(0, limit).map((k) => k.term);
}

const TITLE_WORDS =
  /\b(engineer|developer|manager|lead|intern|architect|scientist|analyst|designer|consultant|director|head|officer|founder|cto|ceo|vp|principal|staff|senior|junior|programmer|administrator|specialist|owner|student|assistant|researcher)\b/i;
const SECTION_HEADING =
  /^\s*#*\s*(experience|work experience|employment|professional experience|projects?|personal projects|side projects|education|skills|technical skills|summary|profile|certifications?|languages|interests|publications|awards)\s*:?\s*$/i;
const MONTHS =
  /^(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?|present|current|today|now)$/i;
const YEAR_RANGE = /\b(19|20)\d{2}\s*(?:[-–—]|to|until)\s*(?:(19|20)\d{2}|present|current|today|now)\b/i;
const PLACES = new Set(
  [
    'remote',
    'berlin',
    'munich',
    'hamburg',
    'london',
    'paris',
    'amsterdam',
    'dublin',
    'new york',
    'san francisco',
    'seattle',
    'toronto',
    'zurich',
    'vienna',
    'germany',
    'usa',
    'uk',
  ],
);
const COMPANY_SUFFIX = /\s+(se|gmbh|ag|inc\.?|ltd\.?|llc|plc|bv|b\.v\.|corp\.?|co\.?)$/i;

/** A proper name of 1-4 capitalised words (Zalando, Delivery Hero, N26, SoundCloud). */
const NAME = /^(?:[A-Z0-9][\w&.'+-]*)(?:\s+(?:[A-Z0-9][\w&.'+-]*|of|and|&|de|der|la)){0,3}$/;

function cleanName(raw: string): string | null {
  const name = raw.replace(/[()[\]]/g, ' ').replace(/\s+/g, ' ').trim().replace(/[.,;:]+$/, '').replace(COMPANY_SUFFIX, '').trim();
  if (name.length < 2 || name.length > 40 || !NAME.test(name)) return null;
  if (TITLE_WORDS.test(name) || MONTHS.test(name) || PLACES.has(name.toLowerCase()) || /^\d+$/.test(name)) return null;
  return name;
}

function sections(resume: string): { heading: string; lines: string[] }[] {
  const out: { heading: string; lines: string[] }[] = [{ heading: '', lines: [] }];
  for (const line of resume.split(/\r?\n/)) {
    const heading = SECTION_HEADING.exec(line);
    if (heading) out.push({ heading: heading[1].toLowerCase(), lines: [] });
    else if (line.trim()) out[out.length - 1].lines.push(line.trim());
  }
  return out;
}

function employersOf(resume: string, skills: Set<string>): string[] {
  const found: string[] = [];
  const add = (raw: string | undefined) => {
    const name = raw && cleanName(raw);
    if (name && !skills.has(name.toLowerCase()) && !found.includes(name)) found.push(name);
  };
  for (const section of sections(resume)) {
    if (/education|skills|projects?|languages|interests|certification/.test(section.heading)) continue;
    for (const line of section.lines) {
      // "Senior Engineer at Zalando SE (2019-2023)", "Backend Developer @ N26"
      for (const m of line.matchAll(/\b(?:at|@)\s+([A-Z0-9][\w&.'+-]*(?:\s+[A-Z0-9][\w&.'+-]*){0,2})/g)) add(m[1]);
      // "Zalando SE — Senior Backend Engineer — Berlin — 2019–2023", "Backend Engineer | Zalando | 2019 - 2023"
      if (YEAR_RANGE.test(line)) {
        for (const part of line.replace(YEAR_RANGE, ' ').split(/\s+[|—–-]\s+|,\s+|\s*\|\s*|\t/)) add(part);
      }
    }
  }
  return found.slice(0, 5);
}

const VERBS = ['built', 'created', 'developed', 'launched', 'led', 'designed', 'shipped', 'wrote', 'maintained', 'founded', 'rebuilt'];
// Verbs in either case (a resume bullet starts with one), the name after them capitalised.
const BUILT = new RegExp(
  `\\b(?:${VERBS.map((v) => `[${v[0]}${v[0].toUpperCase()}]${v.slice(1)}`).join('|')})\\s+(?:the\\s+|a\\s+|an\\s+|our\\s+)?` +
    `([A-Z][\\w.+-]*(?:\\s+[A-Z][\\w.+-]*){0,3})`,
  'g',
);
const GENERIC_NAMES = /^(open[- ]source|personal|freelance|side|other|misc|various|hobby|volunteering)$/i;

function projectsOf(resume: string, skills: Set<string>, employers: string[]): string[] {
  const found: string[] = [];
  const add = (raw: string | undefined) => {
    const name = raw && cleanName(raw);
    if (!name || GENERIC_NAMES.test(name) || skills.has(name.toLowerCase()) || employers.includes(name) || found.includes(name)) return;
    found.push(name);
  };
  for (const section of sections(resume)) {
    if (/^projects?$|personal projects|side projects/.test(section.heading)) {
      // "Checkout Revamp: moved the checkout to GraphQL…", "- Merchant Dashboard — React, GraphQL"
      for (const line of section.lines) add(/^[-•*\s]*([^:—–|(]+?)\s*(?::|—|–|\||\(|\s-\s|$)/.exec(line)?.[1]);
    }
  }
  for (const m of resume.matchAll(BUILT)) add(m[1]);
  for (const m of resume.matchAll(/\b([A-Z][\w+-]*(?:\s+[A-Z][\w+-]*){0,2})\s+(?:project|platform|app|service)\b/g)) add(m[1]);
  return found.slice(0, 5);
}

/** The candidate and the role, from the interview's resume and job description texts. */
export function extractProfile(
  texts: { resume?: string | null; jobDescription?: string | null },
  vocabulary: Iterable<string>,
): CandidateProfile {
  const resume = texts.resume ?? '';
  const vocab = [...vocabulary];
  const skills = resumeSkills(resume, vocab);
  const skillWords = new Set<string>();
  for (const term of [...vocab, ...Object.keys(SKILL_ALIASES)]) {
    skillWords.add(term.toLowerCase());
    for (const alias of SKILL_ALIASES[term] ?? []) skillWords.add(alias);
  }
  const employers = resume.trim() ? employersOf(resume, skillWords) : [];
  return {
    employers,
    projects: resume.trim() ? projectsOf(resume, skillWords, employers) : [],
    skills,
    requiredSkills: requiredSkills(texts.jobDescription, vocab),
  };
}
