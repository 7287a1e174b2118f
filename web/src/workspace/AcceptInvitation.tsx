import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../app/router.tsx';
import { api, type Role } from './api.ts';
import { newPasswordProblem, requiredProblem } from './auth-checks.ts';
import { CheckedInput } from './CheckedInput.tsx';
import { ErrorMessage } from './ErrorMessage.tsx';
import { useAsync } from './useAsync.ts';
import { useChecks } from './useChecks.ts';

/** /accept-invitation#token=…: what the invitation is for, then name and password to join. */
export function AcceptInvitation({ onJoined }: { onJoined: () => Promise<void> }) {
  const { t } = useTranslation();
  const token = new URLSearchParams(location.hash.slice(1)).get('token') ?? '';
  const { state } = useAsync(
    () => api<{ email: string; role: Role; organisation: { name: string }; expiresAt: string }>('POST', '/invitations/inspect', { token }),
    token,
  );
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<unknown>(null);
  const checks = useChecks({ name: requiredProblem(name), password: newPasswordProblem(password) });
  const accept = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    setError(null);
    if (!checks.ready(e)) return;
    try {
      await api('POST', '/invitations/accept', { token, name, password });
      await onJoined();
      navigate('/cases', { replace: true });
    } catch (err) {
      setError(err);
    }
  };
  if (state.kind === 'loading') return <p className="loading">{t('common.loading')}</p>;
  if (state.kind === 'error') return <ErrorMessage error={state.message} />;
  const inv = state.value;
  return (
    <form className="card-form" onSubmit={accept} aria-label={t('workspace.join')} noValidate>
      <h1>{t('workspace.join')}</h1>
      <p>{t('workspace.invitedAs', { organisation: inv.organisation.name, email: inv.email, role: t(`workspace.roles.${inv.role}`) })}</p>
      <CheckedInput label={t('workspace.name')} autoComplete="name" value={name} onChange={setName} {...checks.field('name')} />
      <CheckedInput
        label={t('workspace.password')}
        kind="newPassword"
        value={password}
        onChange={setPassword}
        {...checks.field('password')}
      />
      <ErrorMessage error={error} />
      <button type="submit">{t('workspace.join')}</button>
    </form>
  );
}
