import { useDeferredValue, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../app/router.tsx';
import { api, type CaseSummary, type Page } from './api.ts';
import { ErrorMessage } from './ErrorMessage.tsx';
import { useAsync } from './useAsync.ts';

/** The organisation's cases, newest first, searched by label and reference on the server. */
export function CaseList({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const searchId = useId();
  const [q, setQ] = useState('');
  const query = useDeferredValue(q.trim());
  const { state } = useAsync(
    () => api<Page<CaseSummary>>('GET', `/cases?limit=100${query ? `&q=${encodeURIComponent(query)}` : ''}`),
    query,
  );
  return (
    <section className="case-list" aria-labelledby={`${searchId}-h`}>
      <div className="section-head">
        <h2 id={`${searchId}-h`}>{t('workspace.cases')}</h2>
        {canEdit ? (
          <Link to="/cases/new" className="button-link">
            + {t('workspace.newCase')}
          </Link>
        ) : null}
      </div>
      <search className="field">
        <label htmlFor={searchId}>{t('workspace.search')}</label>
        <input id={searchId} type="search" value={q} onChange={(e) => setQ(e.target.value)} />
      </search>
      {state.kind === 'loading' ? <p className="loading">{t('common.loading')}</p> : null}
      {state.kind === 'error' ? <ErrorMessage error={state.message} /> : null}
      {state.kind === 'ok' ? (
        state.value.items.length ? (
          <ul className="cases">
            {state.value.items.map((c) => (
              <li key={c.id}>
                <Link to={`/cases/${c.id}`}>{c.label}</Link>
                {c.reference ? <span className="badge">{c.reference}</span> : null}
                <span className="hit-meta">{t('workspace.updated', { date: c.updatedAt.slice(0, 10) })}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('workspace.noCases')}</p>
        )
      ) : null}
    </section>
  );
}
