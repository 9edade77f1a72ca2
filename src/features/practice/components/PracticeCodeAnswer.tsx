import { useState } from 'react';
import { Button } from '@/components/Button';
import { CodeEditor, runTestsInWorker, TestResultsView, type TestCase, type TestResults } from '@/features/interview';
import { useT } from '../i18n';

export type PracticeCoding = { functionName: string; starterCode: string | null; testCases: TestCase[] };

type Props = {
  coding: PracticeCoding;
  code: string;
  onCodeChange: (code: string) => void;
  disabled: boolean;
  error?: string | undefined;
};

/**
 * The interview room's code editor and test runner for a practice question: the tests run in the browser, and the
 * server runs them again when it scores the attempt, so passing tests decide the score here as in an interview.
 */
export function PracticeCodeAnswer({ coding, code, onCodeChange, disabled, error }: Props) {
  const { t } = useT();
  const [results, setResults] = useState<{ code: string; results: TestResults } | null>(null);
  const [running, setRunning] = useState(false);
  const errorId = 'practice-code-error';

  const run = async () => {
    if (running) return;
    setRunning(true);
    const ran = await runTestsInWorker(code, coding.functionName, coding.testCases);
    setResults({ code, results: ran });
    setRunning(false);
  };

  return (
    <div className="stack practice-code">
      <CodeEditor
        label={t('coding.editorLabel')}
        value={code}
        onChange={onCodeChange}
        disabled={disabled}
        describedBy={error ? errorId : undefined}
      />
      {error ? (
        <p id={errorId} className="field__error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="practice-code__run">
        <Button variant="secondary" onClick={() => void run()} isLoading={running} disabled={disabled || !code.trim()}>
          {t('coding.runTests')}
        </Button>
        <span className="muted">{t('coding.testCount', { count: coding.testCases.length })}</span>
      </div>
      <div aria-live="polite">
        {results ? (
          <>
            <TestResultsView results={results.results} />
            {results.code !== code ? <p className="muted small">{t('coding.staleResults')}</p> : null}
          </>
        ) : null}
      </div>
    </div>
  );
}
