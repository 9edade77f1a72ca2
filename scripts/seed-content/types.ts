/**
 * Shared types and controlled vocabularies for the seed content of
 * `public.question_bank` and `public.learning_resources`.
 *
 * Content lives in ./questions/*.ts and ./resources.ts; ./generate.ts turns it
 * into supabase/seeds/question_bank.sql and supabase/seeds/learning_resources.sql.
 */

export const TYPES = ['technical', 'behavioral', 'coding', 'system_design'] as const;
export const CATEGORIES = ['frontend', 'backend', 'fullstack', 'data', 'devops', 'mobile', 'product', 'general'] as const;
export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;
export const ROLES = [
  'frontend-developer',
  'backend-developer',
  'full-stack-developer',
  'data-engineer',
  'data-scientist',
  'devops-engineer',
  'mobile-developer',
  'product-manager',
  'software-engineer',
  'engineering-manager',
  'qa-engineer',
] as const;

/** Controlled skill vocabulary shared by question_bank.skills and learning_resources.skill. */
export const SKILLS = [
  // languages & frontend
  'JavaScript',
  'TypeScript',
  'React',
  'HTML',
  'CSS',
  'Accessibility',
  'Web Performance',
  // backend & data stores
  'Node.js',
  'REST APIs',
  'GraphQL',
  'SQL',
  'PostgreSQL',
  'Databases',
  'Caching',
  'Distributed Systems',
  'System Design',
  // CS fundamentals
  'Algorithms',
  'Data Structures',
  // data
  'Python',
  'Machine Learning',
  'Statistics',
  'Data Modeling',
  'Data Pipelines',
  // infrastructure
  'Docker',
  'Kubernetes',
  'CI/CD',
  'Cloud',
  'Security',
  'Testing',
  'Networking',
  'Observability',
  'Linux',
  // mobile
  'iOS',
  'Android',
  'React Native',
  // people & product
  'Communication',
  'Leadership',
  'Teamwork',
  'Conflict Resolution',
  'Problem Solving',
  'Ownership',
  'Product Sense',
  'Prioritization',
  'Stakeholder Management',
] as const;

export const RESOURCE_TYPES = ['article', 'video', 'course', 'practice', 'documentation', 'book'] as const;

export type QType = (typeof TYPES)[number];
export type Category = (typeof CATEGORIES)[number];
export type Difficulty = (typeof DIFFICULTIES)[number];
export type Role = (typeof ROLES)[number];
export type Skill = (typeof SKILLS)[number];
export type ResourceType = (typeof RESOURCE_TYPES)[number];

export interface Criterion {
  criterion: string;
  weight: number;
  description: string;
}

/** [question, difficulty, context] */
export type Variant = [string, Difficulty, string];

/** [argument array, expected return value, description] */
export type TestCase = [unknown[], unknown, string];

export interface Question {
  q: string;
  type: QType;
  cat: Category;
  diff: Difficulty;
  roles: Role[];
  stack?: string[];
  skills: Skill[];
  /** Defaults by type × difficulty (see generate.ts). */
  time?: number;
  variants?: Variant[];
  /** Model answer. */
  a: string;
  /** Key points, phrased with concrete terms a good answer uses. */
  kp: string[];
  tags: string[];
  /** Defaults by type (see generate.ts). */
  criteria?: Criterion[];
  /** Coding only: reference solution (plain `function name(...) {}` declaration). */
  sol?: string;
  /** Coding only: test cases. */
  tests?: TestCase[];
}

export interface Resource {
  skill: Skill;
  type: ResourceType;
  title: string;
  url: string;
  description: string;
  priority: 1 | 2 | 3 | 4 | 5;
}

// Role shorthands used by the content files.
export const FE: Role = 'frontend-developer';
export const BE: Role = 'backend-developer';
export const FS: Role = 'full-stack-developer';
export const DE: Role = 'data-engineer';
export const DS: Role = 'data-scientist';
export const OPS: Role = 'devops-engineer';
export const MOB: Role = 'mobile-developer';
export const PM: Role = 'product-manager';
export const SWE: Role = 'software-engineer';
export const EM: Role = 'engineering-manager';
export const QA: Role = 'qa-engineer';
