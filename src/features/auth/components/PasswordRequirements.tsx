import { useT } from '../i18n';
import { PASSWORD_RULES } from '@/lib/password-policy';

type PasswordRequirementsProps = { id: string; value: string };

/** Live checklist of the password policy. Referenced by the input via aria-describedby. */
export function PasswordRequirements({ id, value }: PasswordRequirementsProps) {
  const { t } = useT();
  return (
    <div id={id} className="password-rules">
      <p className="password-rules__title">{t('password.needs')}</p>
      <ul className="password-rules__list">
        {PASSWORD_RULES.map((rule) => {
          const met = rule.test(value);
          return (
            <li key={rule.id} className={met ? 'password-rules__item is-met' : 'password-rules__item'}>
              <span className="password-rules__icon" aria-hidden="true">
                {met ? '✓' : '•'}
              </span>
              {t(rule.label)}
              <span className="visually-hidden">{met ? t('password.done') : t('password.missing')}</span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
