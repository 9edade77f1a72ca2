import { useT } from '../i18n';

export type ReportType = 'summary' | 'detailed';

/** Summary / detailed: two toggle buttons (one pressed), so screen readers hear which report is shown. */
export function ReportTypeSwitch({ value, onChange }: { value: ReportType; onChange: (next: ReportType) => void }) {
  const { t } = useT();
  const options: ReportType[] = ['summary', 'detailed'];
  return (
    <div className="report-type-switch no-print" role="group" aria-label={t('reportTypes.label')}>
      {options.map((option) => (
        <button
          key={option}
          type="button"
          className={`report-type-switch__option${value === option ? ' is-active' : ''}`}
          aria-pressed={value === option}
          onClick={() => onChange(option)}
        >
          {t(`reportTypes.${option}`)}
        </button>
      ))}
    </div>
  );
}
