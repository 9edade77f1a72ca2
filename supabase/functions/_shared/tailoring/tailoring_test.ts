// Tailored questions from a realistic resume and job posting, and the report's skill match from the same extraction.
import assert from 'node:assert/strict';
import { jobDescriptionCoverage } from '../ai/coverage.ts';
import { extractProfile, mentionsProfile, requiredSkills, type TailorableQuestion, tailorQuestions } from './index.ts';

const RESUME = `Jana Weber
Senior Frontend Engineer · Berlin · jana@example.com

Summary
Frontend engineer with 7 years of experience building fast, accessible shops in React and TypeScript.

Experience
Zalando SE — Senior Frontend Engineer — Berlin — 2019–2024
- Led the migration of the product detail pages from REST to GraphQL (Apollo), cutting payload size by 40%.
- Built the Fashion Store Checkout with React and TypeScript; LCP improved from 3.1 s to 1.8 s.
- Mentored four engineers and ran the frontend guild.
Software Developer at Delivery Hero (2016-2019)
- Developed the Rider App dashboard in React; introduced Jest and Cypress tests.

Projects
Size Advisor: a GraphQL service recommending sizes from return data.
Open-source: maintainer of a small accessibility linter for design systems.

Skills
React, TypeScript, GraphQL, Node.js, Jest, Cypress, Web Performance, Accessibility`;

const POSTING = `Senior Frontend Engineer (m/f/d) — Payments
You will build our checkout in React and TypeScript and design GraphQL APIs with the backend team.
Requirements: 5+ years of React, strong TypeScript, GraphQL, web performance (Core Web Vitals), testing culture
(Jest, Playwright), accessibility (WCAG). Nice to have: Node.js, CI/CD.`;

const VOCABULARY = ['React', 'TypeScript', 'JavaScript', 'GraphQL', 'Node.js', 'Testing', 'Web Performance', 'Accessibility', 'CSS'];

const BANK: TailorableQuestion[] = [
  { question_text: 'Explain how React decides when to re-render a component.', question_type: 'technical', skills: ['React'] },
  {
    question_text: 'Tell me about a time you disagreed with a teammate about a technical decision.',
    question_type: 'behavioral',
    skills: ['Teamwork'],
  },
  { question_text: 'How does the browser event loop work?', question_type: 'technical', skills: ['JavaScript'] },
  { question_text: 'Write a function isPalindrome(s) that ignores case and punctuation.', question_type: 'coding', skills: ['Algorithms'] },
  { question_text: 'Tell me about a project you are proud of and your part in it.', question_type: 'behavioral', skills: ['Ownership'] },
  { question_text: 'Design a URL shortener.', question_type: 'system_design', skills: ['System Design'] },
  { question_text: 'What is the difference between let, const and var?', question_type: 'technical', skills: ['JavaScript'] },
  { question_text: 'Why do you want to work at our company?', question_type: 'behavioral', skills: ['Communication'] },
];

Deno.test('extraction: employers, projects and skills from the resume, required skills from the posting', () => {
  const profile = extractProfile({ resume: RESUME, jobDescription: POSTING }, VOCABULARY);
  assert.deepEqual(profile.employers, ['Zalando', 'Delivery Hero']);
  for (const project of ['Fashion Store Checkout', 'Size Advisor', 'Rider App']) {
    assert.ok(profile.projects.includes(project), `project ${project} in ${JSON.stringify(profile.projects)}`);
  }
  for (const skill of ['React', 'TypeScript', 'GraphQL']) {
    assert.ok(profile.skills.includes(skill), `skill ${skill}`);
    assert.ok(profile.requiredSkills.includes(skill), `required ${skill}`);
  }
  assert.ok(profile.requiredSkills.includes('Accessibility') && profile.requiredSkills.includes('Testing'));
  // Job titles, places and dates are not employers or projects.
  for (const word of ['Senior Frontend Engineer', 'Berlin', 'Software Developer']) {
    assert.ok(![...profile.employers, ...profile.projects].includes(word), word);
  }
});

Deno.test('with a resume and a posting at least half the questions name the candidate or the posting', () => {
  const profile = extractProfile({ resume: RESUME, jobDescription: POSTING }, VOCABULARY);
  const tailored = tailorQuestions(BANK, profile);
  const named = tailored.filter((q) => mentionsProfile(q.question_text, profile));
  assert.ok(named.length >= BANK.length / 2, `${named.length} of ${BANK.length}: ${tailored.map((q) => q.question_text).join('\n')}`);
  // The names are the candidate's own and the posting's, not generic words.
  const text = tailored.map((q) => q.question_text).join('\n');
  assert.ok(/Zalando|Delivery Hero/.test(text), text);
  assert.ok(/GraphQL|TypeScript|React/.test(text), text);
  // Every bank question is still asked, in order, with its own wording at the end.
  tailored.forEach((q, i) => assert.ok(q.question_text.endsWith(BANK[i].question_text), q.question_text));
  assert.deepEqual(tailored.map((q) => q.question_type), BANK.map((q) => q.question_type));
});

Deno.test('a posting alone (no resume) still tailors to its required skills', () => {
  const profile = extractProfile({ jobDescription: POSTING }, VOCABULARY);
  assert.deepEqual(profile.employers, []);
  const tailored = tailorQuestions(BANK, profile);
  assert.ok(tailored.filter((q) => mentionsProfile(q.question_text, profile)).length >= BANK.length / 2);
});

Deno.test('without documents the questions are unchanged', () => {
  const profile = extractProfile({ resume: null, jobDescription: '' }, VOCABULARY);
  assert.deepEqual(profile, { employers: [], projects: [], skills: [], requiredSkills: [] });
  const same = tailorQuestions(BANK, profile);
  assert.deepEqual(same, BANK);
});

Deno.test("the report's skill match uses the same required skills the questions were tailored to", () => {
  const coverage = jobDescriptionCoverage(POSTING, ['I built pages in React and TypeScript.'], VOCABULARY)!;
  assert.deepEqual(coverage.terms, requiredSkills(POSTING, VOCABULARY));
  assert.ok(coverage.missed.includes('GraphQL'), 'GraphQL not shown yet');
  assert.ok(coverage.covered.includes('React') && coverage.covered.includes('TypeScript'));
});
