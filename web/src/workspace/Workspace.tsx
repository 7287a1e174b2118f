import { useTranslation } from 'react-i18next';
import { Link } from '../app/router.tsx';
import { AcceptInvitation } from './AcceptInvitation.tsx';
import { AccountPage } from './AccountPage.tsx';
import { AuditLog } from './AuditLog.tsx';
import { AuthForms } from './AuthForms.tsx';
import { BatchPage } from './BatchPage.tsx';
import { CaseEditorPage } from './CaseEditor.tsx';
import { CaseList } from './CaseList.tsx';
import { ErrorMessage } from './ErrorMessage.tsx';
import { Invitations } from './Invitations.tsx';
import { useSession } from './session.ts';

/** The case workspace (its own chunk): sign in, then cases, one case, invitations. */
export default function Workspace({ path }: { path: string }) {
  const { t } = useTranslation();
  const { session, refresh, logout } = useSession();
  if (path === '/accept-invitation') return <AcceptInvitation onJoined={refresh} />;
  if (session.kind === 'loading') return <p className="loading">{t('common.loading')}</p>;
  if (session.kind === 'error') return <ErrorMessage error={session.message} />;
  if (session.kind === 'signedOut') return <AuthForms onSignedIn={refresh} />;
  const { user, organisation } = session.me;
  const canEdit = user.role !== 'viewer';
  const id = path.startsWith('/cases/') ? decodeURIComponent(path.slice('/cases/'.length)) : null;
  return (
    <div className="workspace">
      <div className="account-bar">
        <span>
          {organisation.name} · {user.name}
          {t('web-calculator:paren', { text: t(`workspace.roles.${user.role}`) })}
        </span>
        <Link to="/cases/batch">{t('web-records:batch.title')}</Link>
        {user.role === 'owner' ? <Link to="/cases/audit">{t('web-records:audit.title')}</Link> : null}
        <Link to="/account">{t('workspace.account')}</Link>
        <button type="button" className="secondary" onClick={() => void logout()}>
          {t('workspace.logout')}
        </button>
      </div>
      {path === '/account' ? (
        <AccountPage />
      ) : path === '/cases/batch' ? (
        <BatchPage />
      ) : path === '/cases/audit' && user.role === 'owner' ? (
        <AuditLog />
      ) : id ? (
        <CaseEditorPage id={id === 'new' ? null : id} canEdit={canEdit} />
      ) : (
        <>
          <CaseList canEdit={canEdit} />
          {user.role === 'owner' ? <Invitations /> : null}
        </>
      )}
    </div>
  );
}
