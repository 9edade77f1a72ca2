import { describe, expect, it } from 'vitest';
import { practiceUrlForQuestion, practiceUrlForSkill } from './practice-links';

describe('practice links', () => {
  it('filter the library by skill, encoded', () => {
    expect(practiceUrlForSkill('Conflict Resolution')).toBe('/app/practice?skill=Conflict%20Resolution');
    expect(practiceUrlForSkill('CI/CD')).toBe('/app/practice?skill=CI%2FCD');
  });

  it('open a category when the "skill" is a category name (questions without skills)', () => {
    expect(practiceUrlForSkill('general')).toBe('/app/practice?category=general');
    expect(practiceUrlForSkill('Backend')).toBe('/app/practice?category=backend');
  });

  it('open one question', () => {
    expect(practiceUrlForQuestion('33333333-3333-4333-8333-333333333333')).toBe('/app/practice/33333333-3333-4333-8333-333333333333');
  });
});
