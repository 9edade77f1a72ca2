import { describe, expect, it } from 'vitest';
import { pageFor } from '@/app/pages';
import { pathTo, paths, routes } from './routes';

describe('routes', () => {
  it('builds paths the route table serves with the intended page', () => {
    expect(pageFor(routes.app.report('abc'))).toBe('/app/interviews/:id/report');
    expect(pageFor(routes.app.interview('abc'))).toBe('/app/interviews/:id');
    expect(pageFor(routes.app.newInterview)).toBe('/app/interviews/new');
    expect(pageFor(routes.app.coachChat('c1'))).toBe('/app/coach/:chatId?');
    expect(pageFor(routes.app.practiceQuestion('q1'))).toBe('/app/practice/:questionId');
    expect(pageFor(routes.app.admin.question(7))).toBe('/app/admin/*');
    expect(pageFor(routes.sharedReport('t'))).toBe('/shared/:token');
    expect(pageFor(routes.app.settings)).toBe('/app/settings');
  });

  it('carries the next path as one encoded query parameter, or none', () => {
    expect(routes.signInThen('/app/history?status=completed')).toBe('/sign-in?next=%2Fapp%2Fhistory%3Fstatus%3Dcompleted');
    expect(routes.signUpThen(null)).toBe('/sign-up');
  });

  it('builds the links from the route patterns', () => {
    expect(routes.app.report('a b')).toBe('/app/interviews/a%20b/report');
    expect(routes.app.coach).toBe('/app/coach');
    expect(routes.app.coachChat('c1')).toBe('/app/coach/c1');
    expect(routes.app.admin.dashboard).toBe('/app/admin');
    expect(routes.app.admin.question(7)).toBe('/app/admin/questions/7');
    expect(routes.app.admin.newQuestion).toBe('/app/admin/questions/new');
    expect(routes.sharedReport('t/1')).toBe('/shared/t%2F1');
    expect(pathTo(paths.home)).toBe('/');
    expect(() => pathTo(paths.app.interview)).toThrow(':id');
  });
});
