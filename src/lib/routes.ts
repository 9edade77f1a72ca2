/**
 * Every path of the app, as builders. Links, redirects and `navigate()` calls use these instead of
 * writing paths by hand, so a page moving or a parameter changing is a change in one place. The route
 * table (`src/app/routes.tsx`, `src/app/pages.ts`) keeps the matching patterns.
 */

/** `path?next=<next>` — where to continue after signing in or up. */
const withNext = (path: string, next?: string | null) => (next ? `${path}?next=${encodeURIComponent(next)}` : path);

const id = (value: string | number) => encodeURIComponent(String(value));

export const routes = {
  home: '/',
  pricing: '/pricing',
  signIn: '/sign-in',
  signUp: '/sign-up',
  forgotPassword: '/forgot-password',
  resetPassword: '/reset-password',
  /** Sign-in, then back to `next` (a same-origin path). */
  signInThen: (next?: string | null) => withNext('/sign-in', next),
  /** Sign-up, then on to `next` (a same-origin path). */
  signUpThen: (next?: string | null) => withNext('/sign-up', next),
  /** The sign-in page explaining that the account is blocked. */
  signInBlocked: '/sign-in?reason=blocked',
  sharedReport: (token: string) => `/shared/${id(token)}`,
  app: {
    dashboard: '/app',
    history: '/app/history',
    profile: '/app/profile',
    settings: '/app/settings',
    billing: '/app/billing',
    referrals: '/app/referrals',
    newInterview: '/app/interviews/new',
    interview: (interviewId: string) => `/app/interviews/${id(interviewId)}`,
    report: (interviewId: string) => `/app/interviews/${id(interviewId)}/report`,
    practice: '/app/practice',
    practiceQuestion: (questionId: string) => `/app/practice/${id(questionId)}`,
    coach: '/app/coach',
    coachChat: (chatId: string) => `/app/coach/${id(chatId)}`,
    admin: {
      dashboard: '/app/admin',
      users: '/app/admin/users',
      questions: '/app/admin/questions',
      newQuestion: '/app/admin/questions/new',
      question: (questionId: string | number) => `/app/admin/questions/${id(questionId)}`,
      health: '/app/admin/health',
      jobs: '/app/admin/jobs',
    },
  },
} as const;
