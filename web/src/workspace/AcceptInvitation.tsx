import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../app/router.tsx';
import { TextField } from '../ui/fields.tsx';
import { PasswordField } from './AuthForms.tsx';
import { api, type Role } from './api.ts';
import { ErrorMessage } from './ErrorMessage.tsx';
import { useAsync } from './useAsync.ts';

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
  const accept = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
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
    <form className="card-form" onSubmit={accept} aria-label={t('workspace.join')}>
      <h1>{t('workspace.join')}</h1>
      <p>{t('workspace.invitedAs', { organisation: inv.organisation.name, email: inv.email, role: t(`workspace.roles.${inv.role}`) })}</p>
      <TextField label={t('workspace.name')} value={name} onChange={setName} required />
      <PasswordField
        label={t('workspace.password')}
        hint={t('workspace.passwordHint')}
        autoComplete="new-password"
        value={password}
        onChange={setPassword}
      />
      <ErrorMessage error={error} />
      <button type="submit">{t('workspace.join')}</button>
    </form>
  );
}
