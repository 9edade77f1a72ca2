import { useLocation } from 'react-router-dom';
import { ButtonLink } from '@/components/Button';
import { useAuth } from '@/features/auth';
import { useDocumentTitle } from '@/lib/use-document-title';
import { FeatureIcon } from '../components/FeatureIcon';

const FEATURES = [
  {
    icon: 'target',
    title: 'Interviews tailored to the job',
    body: 'Pick the role, company, interview type (behavioural, technical, system design), difficulty and tech stack. Questions adapt to what you choose.',
  },
  {
    icon: 'mic',
    title: 'Answer by text or voice',
    body: 'Type your answers or speak them out loud, just like the real thing. Practise pacing and clarity, not only content.',
  },
  {
    icon: 'document',
    title: 'Bring your resume and the job description',
    body: 'Upload your resume and paste the job posting. The interviewer probes your actual experience against what the role needs.',
  },
  {
    icon: 'check',
    title: 'Every answer scored, with concrete feedback',
    body: 'Each answer gets a score and specific notes: what landed, what was missing, and a stronger way to phrase it.',
  },
  {
    icon: 'report',
    title: 'Reports you can act on',
    body: 'A full report after every session summarises strengths, weaknesses and the questions worth practising again.',
  },
  {
    icon: 'compass',
    title: 'Skill gaps and learning resources',
    body: 'See which skills held you back and get curated resources to close each gap before the real interview.',
  },
  {
    icon: 'trend',
    title: 'Progress history',
    body: 'Track scores across sessions and watch your weak spots turn into strengths over time.',
  },
] as const;

const STEPS = [
  { title: 'Configure', body: 'Choose role, company, type, difficulty and stack. Add your resume and the job description.' },
  { title: 'Practise', body: 'Answer questions by text or voice in a realistic, timed mock interview.' },
  { title: 'Improve', body: 'Review per-answer scores, feedback and skill gaps, then practise again.' },
] as const;

export function LandingPage() {
  useDocumentTitle(null);
  const { status } = useAuth();
  const signedIn = status === 'authenticated';
  const accountDeleted = (useLocation().state as { accountDeleted?: boolean } | null)?.accountDeleted === true;

  return (
    <div className="landing">
      {accountDeleted ? (
        <div className="container">
          <p className="banner form-success" role="status">
            Your account and its data have been deleted. Thank you for practising with InterviewAI.
          </p>
        </div>
      ) : null}
      <section className="hero">
        <div className="container hero__inner">
          <p className="eyebrow">AI mock interviews</p>
          <h1 className="hero__title" tabIndex={-1}>
            Walk into your next interview <span className="accent">already prepared</span>.
          </h1>
          <p className="hero__lead">
            InterviewAI runs realistic mock interviews for the exact role and company you&apos;re targeting, scores every answer and tells
            you precisely how to improve.
          </p>
          <div className="hero__actions">
            {signedIn ? (
              <ButtonLink to="/app" size="lg">
                Go to your dashboard
              </ButtonLink>
            ) : (
              <>
                <ButtonLink to="/sign-up" size="lg">
                  Create your free account
                </ButtonLink>
                <ButtonLink to="/sign-in" size="lg" variant="secondary">
                  I already have an account
                </ButtonLink>
              </>
            )}
          </div>
          <ul className="hero__highlights" aria-label="Highlights">
            <li>Text or voice answers</li>
            <li>Per-answer scoring</li>
            <li>Skill-gap reports</li>
          </ul>
        </div>
      </section>

      <section className="section" aria-labelledby="features-title">
        <div className="container">
          <h2 id="features-title" className="section__title">
            Everything you need to practise with purpose
          </h2>
          <p className="section__lead muted">Not just a question bank — a coach that listens, scores and shows you what to work on next.</p>
          <ul className="feature-grid">
            {FEATURES.map((feature) => (
              <li key={feature.title} className="card feature">
                <span className="feature__icon">
                  <FeatureIcon name={feature.icon} />
                </span>
                <h3 className="feature__title">{feature.title}</h3>
                <p className="muted">{feature.body}</p>
              </li>
            ))}
          </ul>
        </div>
      </section>

      <section className="section section--alt" aria-labelledby="how-title">
        <div className="container">
          <h2 id="how-title" className="section__title">
            How it works
          </h2>
          <ol className="steps">
            {STEPS.map((step, index) => (
              <li key={step.title} className="step">
                <span className="step__number" aria-hidden="true">
                  {index + 1}
                </span>
                <div>
                  <h3 className="step__title">{step.title}</h3>
                  <p className="muted">{step.body}</p>
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
                  Your next interview is a practice run away.
                </h2>
                <p className="muted">Free to start. No credit card needed.</p>
              </div>
              <div className="cta__actions">
                <ButtonLink to="/sign-up" size="lg">
                  Start practising
                </ButtonLink>
              </div>
            </div>
          </div>
        </section>
      )}
    </div>
  );
}
