import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../ui/fields.tsx';
import { api, type Invitation, type Role } from './api.ts';
import { ErrorMessage } from './ErrorMessage.tsx';
import { useAsync } from './useAsync.ts';

/**
 * Invite a colleague (owners). The server sends no e-mail: it returns a one-time link, shown here to copy.
 * Its token sits in the fragment, so it never reaches a server log or a Referer.
 */
export function Invitations() {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('staff');
  const [link, setLink] = useState('');
  const [error, setError] = useState<unknown>(null);
  const { state, reload } = useAsync(() => api<{ items: Invitation[] }>('GET', '/invitations'), 'invitations');
  const invite = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    try {
      const r = await api<{ acceptPath: string }>('POST', '/invitations', { email, role });
      setLink(`${location.origin}${r.acceptPath}`);
      setEmail('');
      reload();
    } catch (err) {
      setError(err);
    }
  };
  return (
    <section className="invitations" aria-labelledby="invite-h">
      <h2 id="invite-h">{t('workspace.invite')}</h2>
      <form className="card-form inline-form" onSubmit={invite} aria-label={t('workspace.invite')}>
        <TextField label={t('workspace.email')} type="email" value={email} onChange={setEmail} required />
        <SelectField<Role>
          label={t('workspace.role')}
          value={role}
          options={(['staff', 'viewer', 'owner'] as const).map((r) => ({ value: r, label: t(`workspace.roles.${r}`) }))}
          onChange={setRole}
        />
        <button type="submit">{t('workspace.sendInvite')}</button>
      </form>
      <ErrorMessage error={error} />
      {link ? (
        <p className="notice" role="status">
          {t('workspace.inviteLink')} <code data-testid="invite-link">{link}</code>
        </p>
      ) : null}
      {state.kind === 'ok' && state.value.items.length ? (
        <ul className="cases">
          {state.value.items.map((i) => (
            <li key={i.id}>
              {i.email} · {t(`workspace.roles.${i.role}`)} ·{' '}
              {i.acceptedAt
                ? t('workspace.accepted')
                : i.revokedAt
                  ? t('workspace.revoked')
                  : t('workspace.open', { date: i.expiresAt.slice(0, 10) })}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
