import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PasswordField } from './AuthForms.tsx';
import { api } from './api.ts';
import { ErrorMessage } from './ErrorMessage.tsx';

/** /account: change the password (needs the current one; other sessions end) and sign out everywhere else. */
export function AccountPage() {
  const { t } = useTranslation();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState('');
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
  const change = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      const r = await api<{ endedSessions: number }>('POST', '/auth/password', { currentPassword: current, newPassword: next });
      setCurrent('');
      setNext('');
      return r;
    }, 'workspace.passwordChanged');
  };
  return (
    <div className="account-page">
      <form className="card-form" onSubmit={change} aria-label={t('workspace.changePassword')}>
        <h1>{t('workspace.changePassword')}</h1>
        <PasswordField label={t('workspace.currentPassword')} autoComplete="current-password" value={current} onChange={setCurrent} />
        <PasswordField
          label={t('workspace.newPassword')}
          hint={t('workspace.passwordHint')}
          autoComplete="new-password"
          value={next}
          onChange={setNext}
        />
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
