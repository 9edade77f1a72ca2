/**
 * Every path of the app, in one place. `paths` holds the route patterns: the route table
 * (`src/app/routes.tsx`) and the page modules (`src/app/pages.ts`) are keyed by them. `routes` builds links
 * from the same patterns; links, redirects and `navigate()` calls use it instead of writing paths by hand,
 * so a page moving or a parameter changing is a change in one place.
 */

export const paths = {
  home: '/',
  signIn: '/sign-in',
  signUp: '/sign-up',
  forgotPassword: '/forgot-password',
  resetPassword: '/reset-password',
  pricing: '/pricing',
  sharedReport: '/shared/:token',
  /** Stripe's default return URL (SITE_URL/billing), forwarded to the billing page. */
  billingReturn: '/billing',
  /** Signed-in pages. */
  app: {
    dashboard: '/app',
    newInterview: '/app/interviews/new',
    interview: '/app/interviews/:id',
    report: '/app/interviews/:id/report',
    profile: '/app/profile',
    history: '/app/history',
    practice: '/app/practice',
    practiceQuestion: '/app/practice/:questionId',
    coach: '/app/coach/:chatId?',
    settings: '/app/settings',
    billing: '/app/billing',
    referrals: '/app/referrals',
    /** The admin console routes its sections itself (`adminSections`). */
    admin: '/app/admin/*',
  },
  notFound: '*',
} as const;

/** The admin console's sections, relative to `paths.app.admin`. */
export const adminSections = {
  users: 'users',
  questions: 'questions',
  question: 'questions/:questionId',
  health: 'health',
  jobs: 'jobs',
} as const;

/**
 * A pattern with its parameters filled in (each encoded as one path segment); an optional parameter left
 * out drops its segment, and a trailing splat (`/*`) is dropped.
 */
export function pathTo(pattern: string, params: Record<string, string | number | undefined> = {}): string {
  const filled = pattern
    .replace(/\/:(\w+)(\?)?/g, (_segment, name: string, optional: string | undefined) => {
      const value = params[name];
      if (value === undefined) {
        if (optional) return '';
        throw new Error(`The path ${pattern} needs :${name}`);
      }
      return `/${encodeURIComponent(String(value))}`;
    })
    .replace(/\/\*$/, '');
  return filled === '' ? '/' : filled;
}

/** `path?next=<next>` — where to continue after signing in or up. */
const withNext = (path: string, next?: string | null) => (next ? `${path}?next=${encodeURIComponent(next)}` : path);

const admin = pathTo(paths.app.admin);
const adminSection = (section: string, params?: Record<string, string | number>) => `${admin}/${pathTo(section, params)}`;

export const routes = {
  home: paths.home,
  pricing: paths.pricing,
  signIn: paths.signIn,
  signUp: paths.signUp,
  forgotPassword: paths.forgotPassword,
  resetPassword: paths.resetPassword,
  /** Sign-in, then back to `next` (a same-origin path). */
  signInThen: (next?: string | null) => withNext(paths.signIn, next),
  /** Sign-up, then on to `next` (a same-origin path). */
  signUpThen: (next?: string | null) => withNext(paths.signUp, next),
  /** The sign-in page explaining that the account is blocked. */
  signInBlocked: `${paths.signIn}?reason=blocked`,
  sharedReport: (token: string) => pathTo(paths.sharedReport, { token }),
  app: {
    dashboard: paths.app.dashboard,
    history: paths.app.history,
    profile: paths.app.profile,
    settings: paths.app.settings,
    billing: paths.app.billing,
    referrals: paths.app.referrals,
    newInterview: paths.app.newInterview,
    interview: (interviewId: string) => pathTo(paths.app.interview, { id: interviewId }),
    report: (interviewId: string) => pathTo(paths.app.report, { id: interviewId }),
    practice: paths.app.practice,
    practiceQuestion: (questionId: string) => pathTo(paths.app.practiceQuestion, { questionId }),
    coach: pathTo(paths.app.coach),
    coachChat: (chatId: string) => pathTo(paths.app.coach, { chatId }),
    admin: {
      dashboard: admin,
      users: adminSection(adminSections.users),
      questions: adminSection(adminSections.questions),
      newQuestion: adminSection(adminSections.question, { questionId: 'new' }),
      question: (questionId: string | number) => adminSection(adminSections.question, { questionId }),
      health: adminSection(adminSections.health),
      jobs: adminSection(adminSections.jobs),
    },
  },
} as const;
