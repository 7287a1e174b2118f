import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../ui/fields.tsx';
import { api } from './api.ts';
import { ErrorMessage } from './ErrorMessage.tsx';

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

function useSubmit(run: () => Promise<unknown>, onDone: () => Promise<void>) {
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
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
  const { submit, error, busy } = useSubmit(() => api('POST', '/auth/login', { email, password }), onDone);
  return (
    <form className="card-form" onSubmit={submit} aria-label={t('workspace.login')}>
      <TextField label={t('workspace.email')} name="email" autoComplete="username" value={email} onChange={setEmail} required />
      <PasswordField label={t('workspace.password')} autoComplete="current-password" value={password} onChange={setPassword} />
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
  const { submit, error, busy } = useSubmit(() => api('POST', '/auth/signup', { organisation, name, email, password }), onDone);
  return (
    <form className="card-form" onSubmit={submit} aria-label={t('workspace.signup')}>
      <TextField label={t('workspace.organisation')} value={organisation} onChange={setOrganisation} required />
      <TextField label={t('workspace.name')} autoComplete="name" value={name} onChange={setName} required />
      <TextField label={t('workspace.email')} name="email" autoComplete="username" value={email} onChange={setEmail} required />
      <PasswordField
        label={t('workspace.password')}
        hint={t('workspace.passwordHint')}
        autoComplete="new-password"
        value={password}
        onChange={setPassword}
      />
      <ErrorMessage error={error} />
      <button type="submit" disabled={busy}>
        {t('workspace.signup')}
      </button>
    </form>
  );
}

export function PasswordField({
  label,
  hint,
  value,
  onChange,
  autoComplete,
}: {
  label: string;
  hint?: string;
  value: string;
  onChange: (v: string) => void;
  autoComplete: string;
}) {
  return (
    <div className="field">
      <label>
        {label}
        <input type="password" value={value} autoComplete={autoComplete} required onChange={(e) => onChange(e.target.value)} />
      </label>
      {hint ? <span className="field-hint">{hint}</span> : null}
    </div>
  );
}
