import { formatValue } from '../lib/run-tests';
import './feedback.css';
import type { TestResults } from '../lib/schemas';

export function TestResultsView({ results, id }: { results: TestResults; id?: string }) {
  const allPassed = results.total > 0 && results.passed === results.total;
  return (
    <section id={id} className={`test-results ${allPassed ? 'test-results--pass' : 'test-results--fail'}`} aria-label="Test results">
      <p className="test-results__summary">
        <strong>
          {results.passed} of {results.total} tests passed
        </strong>
      </p>
      {results.details?.length ? (
        <ul className="test-results__list">
          {results.details.map((detail, index) => (
            <li key={index} className={detail.passed ? 'is-pass' : 'is-fail'}>
              <span aria-hidden="true">{detail.passed ? '✓' : '✗'}</span>{' '}
              <span className="visually-hidden">{detail.passed ? 'Passed:' : 'Failed:'}</span> {detail.name ?? `Test ${index + 1}`}
              {!detail.passed ? (
                <span className="test-results__detail">
                  {detail.error ? (
                    detail.error
                  ) : (
                    <>
                      input <code>{formatValue(detail.input)}</code> — expected <code>{formatValue(detail.expected)}</code>, got{' '}
                      <code>{formatValue(detail.actual)}</code>
                    </>
                  )}
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
