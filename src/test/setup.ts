import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
// Components render in English in unit tests, as on a first visit from an English browser.
import '@/lib/i18n';

afterEach(() => {
  cleanup();
});
