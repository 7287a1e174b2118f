import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from './api.ts';
import { newPasswordProblem, requiredProblem } from './auth-checks.ts';
import { CheckedInput } from './CheckedInput.tsx';
import { ErrorMessage } from './ErrorMessage.tsx';
import { useChecks } from './useChecks.ts';

/** /account: change the password (needs the current one; other sessions end) and sign out everywhere else. */
export function AccountPage() {
  const { t } = useTranslation();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState('');
  const checks = useChecks({ current: requiredProblem(current), next: newPasswordProblem(next) });
  const run = async (work: () => Promise<{ endedSessions: number }>, message: string) => {
    setError(null);
    setDone('');
    try {
      const { endedSessions } = await work();
      setDone(t(message, { count: endedSessions }));
    } catch (err) {
      setError(err);
    }
  };
  const change = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (!checks.ready(e)) return;
    void run(async () => {
      const r = await api<{ endedSessions: number }>('POST', '/auth/password', { currentPassword: current, newPassword: next });
      setCurrent('');
      setNext('');
      checks.reset();
      return r;
    }, 'workspace.passwordChanged');
  };
  return (
    <div className="account-page">
      <form className="card-form" onSubmit={change} aria-label={t('workspace.changePassword')} noValidate>
        <h1>{t('workspace.changePassword')}</h1>
        <CheckedInput
          label={t('workspace.currentPassword')}
          kind="password"
          value={current}
          onChange={setCurrent}
          {...checks.field('current')}
        />
        <CheckedInput label={t('workspace.newPassword')} kind="newPassword" value={next} onChange={setNext} {...checks.field('next')} />
        <button type="submit">{t('workspace.changePassword')}</button>
      </form>
      <section className="card-form" aria-label={t('workspace.otherSessions')}>
        <h2>{t('workspace.otherSessions')}</h2>
        <p>{t('workspace.otherSessionsHint')}</p>
        <button
          type="button"
          className="secondary"
          onClick={() =>
            void run(() => api<{ endedSessions: number }>('POST', '/auth/sessions/end-others'), 'workspace.otherSessionsEnded')
          }
        >
          {t('workspace.endOtherSessions')}
        </button>
      </section>
      <ErrorMessage error={error} />
      {done ? <p role="status">{done}</p> : null}
    </div>
  );
}
