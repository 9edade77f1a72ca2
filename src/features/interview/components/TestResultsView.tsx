import { formatValue } from '../lib/run-tests';
import './feedback.css';
import { Trans } from 'react-i18next';
import { namespace, useT } from '../i18n';
import type { TestResults } from '../lib/schemas';

export function TestResultsView({ results, id }: { results: TestResults; id?: string }) {
  const { t } = useT();
  const allPassed = results.total > 0 && results.passed === results.total;
  return (
    <section
      id={id}
      className={`test-results ${allPassed ? 'test-results--pass' : 'test-results--fail'}`}
      aria-label={t('testResults.label')}
    >
      <p className="test-results__summary">
        <strong>{t('testResults.summary', { passed: results.passed, total: results.total })}</strong>
      </p>
      {results.details?.length ? (
        <ul className="test-results__list">
          {results.details.map((detail, index) => (
            <li key={index} className={detail.passed ? 'is-pass' : 'is-fail'}>
              <span aria-hidden="true">{detail.passed ? '✓' : '✗'}</span>{' '}
              <span className="visually-hidden">{detail.passed ? t('testResults.passed') : t('testResults.failed')}</span>{' '}
              {detail.name ?? t('testResults.test', { number: index + 1 })}
              {!detail.passed ? (
                <span className="test-results__detail">
                  {detail.error ? (
                    detail.error
                  ) : (
                    <Trans
                      ns={namespace}
                      i18nKey="testResults.mismatch"
                      values={{
                        input: formatValue(detail.input),
                        expected: formatValue(detail.expected),
                        actual: formatValue(detail.actual),
                      }}
                      components={{ code: <code /> }}
                    />
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
