import { useLocation } from 'react-router-dom';
import { ButtonLink } from '@/components/Button';
import { useAuth } from '@/features/auth';
import { useDocumentTitle } from '@/lib/use-document-title';
import { FeatureIcon } from '../components/FeatureIcon';
import { useT } from '../i18n';
import { routes } from '@/lib/routes';
import '../marketing.css';

const FEATURES = [
  { icon: 'target', key: 'tailored' },
  { icon: 'mic', key: 'voice' },
  { icon: 'document', key: 'documents' },
  { icon: 'check', key: 'scoring' },
  { icon: 'report', key: 'reports' },
  { icon: 'compass', key: 'skillGaps' },
  { icon: 'trend', key: 'progress' },
] as const;

const STEPS = ['configure', 'practise', 'improve'] as const;

/** A title whose `<accent>…</accent>` part is highlighted (react-i18next's Trans would add ~5 KB to the first load). */
function WithAccent({ text }: { text: string }) {
  const parts = /^([\s\S]*)<accent>([\s\S]*)<\/accent>([\s\S]*)$/.exec(text);
  if (!parts) return text;
  return (
    <>
      {parts[1]}
      <span className="accent">{parts[2]}</span>
      {parts[3]}
    </>
  );
}

export function LandingPage() {
  const { t } = useT();
  useDocumentTitle(null);
  const { status } = useAuth();
  const signedIn = status === 'authenticated';
  const accountDeleted = (useLocation().state as { accountDeleted?: boolean } | null)?.accountDeleted === true;

  return (
    <div className="landing">
      {accountDeleted ? (
        <div className="container">
          <p className="banner form-success" role="status">
            {t('landing.accountDeleted')}
          </p>
        </div>
      ) : null}
      <section className="hero">
        <div className="container hero__inner">
          <p className="eyebrow">{t('landing.eyebrow')}</p>
          <h1 className="hero__title" tabIndex={-1}>
            <WithAccent text={t('landing.title')} />
          </h1>
          <p className="hero__lead">{t('landing.lead')}</p>
          <div className="hero__actions">
            {signedIn ? (
              <ButtonLink to={routes.app.dashboard} size="lg">
                {t('landing.goToDashboard')}
              </ButtonLink>
            ) : (
              <>
                <ButtonLink to={routes.signUp} size="lg">
                  {t('landing.createAccount')}
                </ButtonLink>
                <ButtonLink to={routes.signIn} size="lg" variant="secondary">
                  {t('landing.haveAccount')}
                </ButtonLink>
              </>
            )}
          </div>
          <ul className="hero__highlights" aria-label={t('landing.highlights.label')}>
            <li>{t('landing.highlights.voice')}</li>
            <li>{t('landing.highlights.scoring')}</li>
            <li>{t('landing.highlights.reports')}</li>
          </ul>
        </div>
      </section>

      <section className="section" aria-labelledby="features-title">
        <div className="container">
          <h2 id="features-title" className="section__title">
            {t('landing.features.title')}
          </h2>
          <p className="section__lead muted">{t('landing.features.lead')}</p>
          <ul className="feature-grid">
            {FEATURES.map((feature) => (
              <li key={feature.key} className="card feature">
                <span className="feature__icon">
                  <FeatureIcon name={feature.icon} />
                </span>
                <h3 className="feature__title">{t(`landing.features.${feature.key}.title`)}</h3>
                <p className="muted">{t(`landing.features.${feature.key}.body`)}</p>
              </li>
            ))}
          </ul>
        </div>
      </section>

      <section className="section section--alt" aria-labelledby="how-title">
        <div className="container">
          <h2 id="how-title" className="section__title">
            {t('landing.steps.title')}
          </h2>
          <ol className="steps">
            {STEPS.map((step, index) => (
              <li key={step} className="step">
                <span className="step__number" aria-hidden="true">
                  {index + 1}
                </span>
                <div>
                  <h3 className="step__title">{t(`landing.steps.${step}.title`)}</h3>
                  <p className="muted">{t(`landing.steps.${step}.body`)}</p>
                </div>
              </li>
            ))}
          </ol>
        </div>
      </section>

      {signedIn ? null : (
        <section className="section" aria-labelledby="cta-title">
          <div className="container">
            <div className="card cta">
              <div>
                <h2 id="cta-title" className="cta__title">
                  {t('landing.cta.title')}
                </h2>
                <p className="muted">{t('landing.cta.body')}</p>
              </div>
              <div className="cta__actions">
                <ButtonLink to={routes.signUp} size="lg">
                  {t('landing.cta.action')}
                </ButtonLink>
              </div>
            </div>
          </div>
        </section>
      )}
    </div>
  );
}
