import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../ui/fields.tsx';
import { type AuditEntry, api, type CaseSummary, type Page, type User } from './api.ts';
import { ErrorMessage } from './ErrorMessage.tsx';
import { useAsync } from './useAsync.ts';
import { when } from './when.ts';

interface Filter {
  caseId: string;
  actorUserId: string;
  action: string;
}

/** What the filter choices are made of: the organisation's cases, users and the actions its log holds. */
interface Choices {
  cases: CaseSummary[];
  users: User[];
  actions: string[];
}

const PAGE = 50;

function query(filter: Filter, before: string | null): string {
  const q = new URLSearchParams({ limit: String(PAGE) });
  for (const [k, v] of Object.entries(filter)) if (v) q.set(k, v);
  if (before) q.set('before', before);
  return q.toString();
}

/** The organisation's audit log for owners: who read or changed what, when; filtered by case, user and action. */
export function AuditLog() {
  const { t } = useTranslation();
  const choices = useAsync(async (): Promise<Choices> => {
    const [cases, users, actions] = await Promise.all([
      api<Page<CaseSummary>>('GET', '/cases?limit=200'),
      api<{ items: User[] }>('GET', '/users'),
      api<{ actions: string[] }>('GET', '/audit/actions'),
    ]);
    return { cases: cases.items, users: users.items, actions: actions.actions };
  }, 'choices').state;
  const [filter, setFilter] = useState<Filter>(() => ({
    caseId: new URLSearchParams(location.search).get('case') ?? '',
    actorUserId: '',
    action: '',
  }));
  const set = (patch: Partial<Filter>) => setFilter((f) => ({ ...f, ...patch }));
  if (choices.kind === 'loading') return <p className="loading">{t('common.loading')}</p>;
  if (choices.kind === 'error') return <ErrorMessage error={choices.message} />;
  const { cases, users, actions } = choices.value;
  const all = { value: '', label: t('web-records:audit.all') };
  return (
    <section className="audit-log" aria-labelledby="audit-h">
      <h1 id="audit-h">{t('web-records:audit.title')}</h1>
      <p className="field-hint">{t('web-records:audit.hint')}</p>
      <div className="field-row audit-filters">
        <SelectField
          label={t('web-records:audit.case')}
          value={filter.caseId}
          onChange={(caseId) => set({ caseId })}
          options={[all, ...cases.map((c) => ({ value: c.id, label: c.reference ? `${c.label} (${c.reference})` : c.label }))]}
        />
        <SelectField
          label={t('web-records:audit.user')}
          value={filter.actorUserId}
          onChange={(actorUserId) => set({ actorUserId })}
          options={[all, ...users.map((u) => ({ value: u.id, label: u.name }))]}
        />
        <SelectField
          label={t('web-records:audit.action')}
          value={filter.action}
          onChange={(action) => set({ action })}
          options={[all, ...actions.map((a) => ({ value: a, label: actionText(t, a) }))]}
        />
      </div>
      <Entries key={JSON.stringify(filter)} filter={filter} choices={choices.value} />
    </section>
  );
}

type T = ReturnType<typeof useTranslation>['t'];

/** An action in words where the catalogue has them (`audit.actions.case_read`), else its name. */
function actionText(t: T, action: string): string {
  return t(`web-records:audit.actions.${action.replace('.', '_')}`, { defaultValue: action });
}

function Entries({ filter, choices }: { filter: Filter; choices: Choices }) {
  const { t, i18n } = useTranslation();
  const [pages, setPages] = useState<AuditEntry[][]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const first = useAsync(() => api<Page<AuditEntry>>('GET', `/audit?${query(filter, null)}`), 'first').state;
  if (first.kind === 'loading') return <p className="loading">{t('common.loading')}</p>;
  if (first.kind === 'error') return <ErrorMessage error={first.message} />;
  const entries = [first.value.items, ...pages].flat();
  const cursor = pages.length ? next : first.value.next;
  const more = async () => {
    setError(null);
    try {
      const page = await api<Page<AuditEntry>>('GET', `/audit?${query(filter, cursor)}`);
      setPages((p) => [...p, page.items]);
      setNext(page.next);
    } catch (err) {
      setError(err);
    }
  };
  const userName = (id: string) => choices.users.find((u) => u.id === id)?.name ?? id;
  const target = (e: AuditEntry) => {
    const c = e.targetType === 'case' ? choices.cases.find((x) => x.id === e.targetId) : undefined;
    const type = t(`web-records:audit.targets.${e.targetType}`, { defaultValue: e.targetType });
    return c ? `${type} ${c.label}` : `${type} ${e.targetId ?? ''}`;
  };
  if (!entries.length) return <p className="notice">{t('web-records:audit.none')}</p>;
  return (
    <>
      <div className="table-scroll">
        <table className="report-table" data-testid="audit-entries">
          <thead>
            <tr>
              <th scope="col">{t('web-records:audit.at')}</th>
              <th scope="col">{t('web-records:audit.user')}</th>
              <th scope="col">{t('web-records:audit.action')}</th>
              <th scope="col">{t('web-records:audit.target')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.id} data-action={e.action}>
                <td>{when(e.at, i18n.language)}</td>
                <td>{e.actorUserId ? userName(e.actorUserId) : t('web-records:audit.token')}</td>
                <td>{actionText(t, e.action)}</td>
                <td className="audit-target">{target(e)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ErrorMessage error={error} />
      {cursor ? (
        <button type="button" className="secondary" onClick={more}>
          {t('web-records:audit.more')}
        </button>
      ) : null}
    </>
  );
}
