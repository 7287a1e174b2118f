import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from './api.ts';
import { confirmationProblem, emailProblem, newPasswordProblem, requiredProblem } from './auth-checks.ts';
import { CheckedInput } from './CheckedInput.tsx';
import { ErrorMessage } from './ErrorMessage.tsx';
import { useChecks } from './useChecks.ts';

type Mode = 'login' | 'signup';
const MODES: Mode[] = ['login', 'signup'];

/** Log in, or sign up a new organisation (its first user is the owner). */
export function AuthForms({ onSignedIn }: { onSignedIn: () => Promise<void> }) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<Mode>('login');
  const id = useId();
  const tabs = useRef<Partial<Record<Mode, HTMLButtonElement | null>>>({});
  // ARIA tabs: one tab stop; ← / → move to the other tab.
  const move = (to: Mode) => {
    setMode(to);
    tabs.current[to]?.focus();
  };
  return (
    <div className="auth">
      <h1>{t('workspace.title')}</h1>
      <p className="lead">{t('workspace.lead')}</p>
      <div className="tabs" role="tablist" aria-label={t('workspace.authTabs')}>
        {MODES.map((m) => (
          <button
            key={m}
            ref={(el) => {
              tabs.current[m] = el;
            }}
            id={`${id}-${m}`}
            type="button"
            role="tab"
            aria-selected={mode === m}
            aria-controls={`${id}-panel`}
            tabIndex={mode === m ? 0 : -1}
            className={mode === m ? '' : 'secondary'}
            onClick={() => setMode(m)}
            onKeyDown={(e) => {
              if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') move(m === 'login' ? 'signup' : 'login');
            }}
          >
            {t(`workspace.${m}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-${mode}`}>
        {mode === 'login' ? <LoginForm onDone={onSignedIn} /> : <SignupForm onDone={onSignedIn} />}
      </div>
    </div>
  );
}

function useSubmit(run: () => Promise<unknown>, onDone: () => Promise<void>, ready: (e: FormEvent<HTMLFormElement>) => boolean) {
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setError(null);
    if (!ready(e)) return;
    setBusy(true);
    try {
      await run();
      await onDone();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return { submit, error, busy };
}

function LoginForm({ onDone }: { onDone: () => Promise<void> }) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const checks = useChecks({ email: emailProblem(email), password: requiredProblem(password) });
  const { submit, error, busy } = useSubmit(() => api('POST', '/auth/login', { email: email.trim(), password }), onDone, checks.ready);
  return (
    <form className="card-form" onSubmit={submit} aria-label={t('workspace.login')} noValidate>
      <CheckedInput label={t('workspace.email')} kind="email" value={email} onChange={setEmail} {...checks.field('email')} />
      <CheckedInput label={t('workspace.password')} kind="password" value={password} onChange={setPassword} {...checks.field('password')} />
      <ErrorMessage error={error} />
      <button type="submit" disabled={busy}>
        {t('workspace.login')}
      </button>
    </form>
  );
}

function SignupForm({ onDone }: { onDone: () => Promise<void> }) {
  const { t } = useTranslation();
  const [organisation, setOrganisation] = useState('');
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [again, setAgain] = useState('');
  const checks = useChecks({
    organisation: requiredProblem(organisation),
    name: requiredProblem(name),
    email: emailProblem(email),
    password: newPasswordProblem(password),
    again: confirmationProblem(password, again),
  });
  const { submit, error, busy } = useSubmit(
    () => api('POST', '/auth/signup', { organisation, name, email: email.trim(), password }),
    onDone,
    checks.ready,
  );
  return (
    <form className="card-form" onSubmit={submit} aria-label={t('workspace.signup')} noValidate>
      <CheckedInput
        label={t('workspace.organisation')}
        autoComplete="organization"
        value={organisation}
        onChange={setOrganisation}
        {...checks.field('organisation')}
      />
      <CheckedInput label={t('workspace.name')} autoComplete="name" value={name} onChange={setName} {...checks.field('name')} />
      <CheckedInput label={t('workspace.email')} kind="email" value={email} onChange={setEmail} {...checks.field('email')} />
      <CheckedInput
        label={t('workspace.password')}
        kind="newPassword"
        value={password}
        onChange={setPassword}
        {...checks.field('password')}
      />
      <CheckedInput
        label={t('web-workspace:auth.confirmPassword')}
        kind="confirmPassword"
        value={again}
        onChange={setAgain}
        {...checks.field('again')}
      />
      <ErrorMessage error={error} />
      <button type="submit" disabled={busy}>
        {t('workspace.signup')}
      </button>
    </form>
  );
}
