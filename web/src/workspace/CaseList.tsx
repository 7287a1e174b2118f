import { useDeferredValue, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from '../app/router.tsx';
import { api, type CaseListPage, type CaseStatus, type CaseSummary, type HukouStatus } from './api.ts';
import { ErrorMessage } from './ErrorMessage.tsx';
import { useAsync } from './useAsync.ts';

const PAGE = 25;
const STATUSES: CaseStatus[] = ['scored', 'toConfirm', 'ineligible', 'vetoed', 'outsideScheme'];
const HUKOU: HukouStatus[] = ['open', 'confirm', 'later', 'none'];

/** The columns a list sorts by (the API's `sort`), each with the order its first click asks for: what matters first. */
const SORTS = {
  created: 'desc',
  label: 'asc',
  status: 'asc',
  total: 'desc',
  gap: 'asc',
  reachesOn: 'asc',
  hukouEarliest: 'asc',
  assessedAt: 'desc',
} as const;
type Sort = keyof typeof SORTS;
type Order = 'asc' | 'desc';
const COLUMNS: Exclude<Sort, 'created'>[] = ['label', 'status', 'total', 'gap', 'reachesOn', 'hukouEarliest', 'assessedAt'];

interface Query {
  q: string;
  status: CaseStatus | '';
  hukou: HukouStatus | '';
  sort: Sort;
  order: Order;
  offset: number;
}

function listPath(query: Query): string {
  const params = new URLSearchParams({ limit: String(PAGE), sort: query.sort, order: query.order, offset: String(query.offset) });
  if (query.status) params.set('status', query.status);
  if (query.hukou) params.set('hukou', query.hukou);
  if (query.q) params.set('q', query.q);
  return `/cases?${params}`;
}

/**
 * The organisation's cases and where each stands (its newest stored assessment): sorted, filtered and paged by
 * the server. A table on wide screens, one card per case on a phone (styles.css, "case list").
 */
export function CaseList({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  const [q, setQ] = useState('');
  const [query, setQuery] = useState<Omit<Query, 'q'>>({ status: '', hukou: '', sort: 'created', order: 'desc', offset: 0 });
  const search = useDeferredValue(q.trim());
  const full = { ...query, q: search };
  const { state } = useAsync(() => api<CaseListPage>('GET', listPath(full)), listPath(full));
  // Any change but the page itself starts again at the first page.
  const change = (next: Partial<Omit<Query, 'q'>>) => setQuery((was) => ({ ...was, offset: 0, ...next }));
  const sortBy = (sort: Sort) => change({ sort, order: sort === query.sort ? (query.order === 'asc' ? 'desc' : 'asc') : SORTS[sort] });
  const columnName = (c: Sort) => t(`web-workspace:list.${c === 'label' ? 'name' : c}`);

  return (
    <section className="case-list" aria-labelledby={`${id}-h`}>
      <div className="section-head">
        <h2 id={`${id}-h`}>{t('workspace.cases')}</h2>
        {canEdit ? (
          <Link to="/cases/new" className="button-link">
            + {t('workspace.newCase')}
          </Link>
        ) : null}
      </div>
      <div className="case-list-controls">
        <search className="field">
          <label htmlFor={`${id}-q`}>{t('workspace.search')}</label>
          <input
            id={`${id}-q`}
            type="search"
            value={q}
            onChange={(e) => {
              setQ(e.target.value);
              change({});
            }}
          />
        </search>
        <div className="field">
          <label htmlFor={`${id}-status`}>{t('web-workspace:list.filterStatus')}</label>
          <select id={`${id}-status`} value={query.status} onChange={(e) => change({ status: e.target.value as CaseStatus | '' })}>
            <option value="">{t('web-workspace:list.allStatuses')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`web-workspace:status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-hukou`}>{t('web-workspace:list.filterHukou')}</label>
          <select id={`${id}-hukou`} value={query.hukou} onChange={(e) => change({ hukou: e.target.value as HukouStatus | '' })}>
            <option value="">{t('web-workspace:list.allHukou')}</option>
            {HUKOU.map((s) => (
              <option key={s} value={s}>
                {t(`web-workspace:hukouStatus.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-sort`}>{t('web-workspace:list.sortBy')}</label>
          <select
            id={`${id}-sort`}
            value={query.sort}
            onChange={(e) => change({ sort: e.target.value as Sort, order: SORTS[e.target.value as Sort] })}
          >
            {(Object.keys(SORTS) as Sort[]).map((s) => (
              <option key={s} value={s}>
                {columnName(s)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-order`}>{t('web-workspace:list.order')}</label>
          <select id={`${id}-order`} value={query.order} onChange={(e) => change({ order: e.target.value as Order })}>
            <option value="asc">{t('web-workspace:list.asc')}</option>
            <option value="desc">{t('web-workspace:list.desc')}</option>
          </select>
        </div>
      </div>
      {state.kind === 'loading' ? <p className="loading">{t('common.loading')}</p> : null}
      {state.kind === 'error' ? <ErrorMessage error={state.message} /> : null}
      {state.kind === 'ok' ? (
        state.value.items.length ? (
          <>
            <table className="case-table">
              <caption className="sr-only">
                {t('web-workspace:list.sortCaption', { column: columnName(query.sort), order: query.order })}
              </caption>
              <thead>
                <tr>
                  {COLUMNS.map((c) => (
                    <th key={c} scope="col" aria-sort={query.sort === c ? (query.order === 'asc' ? 'ascending' : 'descending') : undefined}>
                      <button type="button" className="sort-button" onClick={() => sortBy(c)}>
                        {columnName(c)}
                        <span aria-hidden="true">{query.sort === c ? (query.order === 'asc' ? ' ▲' : ' ▼') : ''}</span>
                      </button>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {state.value.items.map((c) => (
                  <CaseRow key={c.id} c={c} />
                ))}
              </tbody>
            </table>
            <Pager
              offset={query.offset}
              shown={state.value.items.length}
              hasNext={state.value.nextOffset !== null}
              onPage={(offset) => setQuery((was) => ({ ...was, offset }))}
            />
          </>
        ) : (
          <p>{query.status || query.hukou || search ? t('web-workspace:list.noMatch') : t('workspace.noCases')}</p>
        )
      ) : null}
    </section>
  );
}

function CaseRow({ c }: { c: CaseSummary }) {
  const { t } = useTranslation();
  const none = t('web-workspace:list.none');
  // Waiting alone: the day (the assessment date when reached already), or none within the planner's horizon; no plan
  // is made for a vetoed case or one outside the scheme (gap null), nor for one never assessed.
  const reach = c.reachesOn ?? (c.gap === null ? none : t('web-workspace:list.notWithin'));
  return (
    <tr data-case={c.id} data-status={c.status ?? ''}>
      <th scope="row" data-label={t('web-workspace:list.name')}>
        <Link to={`/cases/${c.id}`}>{c.label}</Link>
        {c.reference ? <span className="badge">{c.reference}</span> : null}
      </th>
      <td data-label={t('web-workspace:list.status')}>
        {c.status ? (
          <span className={`case-status case-status-${c.status}`}>{t(`web-workspace:status.${c.status}`)}</span>
        ) : (
          t('web-workspace:list.notAssessed')
        )}
      </td>
      <td className="num" data-label={t('web-workspace:list.total')} data-col="total">
        {c.total ?? none}
      </td>
      <td className="num" data-label={t('web-workspace:list.gap')} data-col="gap">
        {c.gap ?? none}
      </td>
      <td data-label={t('web-workspace:list.reachesOn')}>{reach}</td>
      <td data-label={t('web-workspace:list.hukouEarliest')} data-col="hukou" data-hukou={c.hukouStatus ?? ''}>
        {hukouCell(c, t)}
      </td>
      <td data-label={t('web-workspace:list.assessedAt')}>{c.assessedAt ? c.assessedAt.slice(0, 10) : none}</td>
    </tr>
  );
}

/** The earliest month a 居转户 route opens; open now, to confirm or none found in words; not assessed before answers were stored. */
function hukouCell(c: CaseSummary, t: (key: string) => string): string {
  if (c.hukouStatus === null) return t('web-workspace:list.notAssessed');
  return c.hukouStatus === 'later' && c.hukouEarliest ? c.hukouEarliest : t(`web-workspace:hukouStatus.${c.hukouStatus}`);
}

function Pager({ offset, shown, hasNext, onPage }: { offset: number; shown: number; hasNext: boolean; onPage: (offset: number) => void }) {
  const { t } = useTranslation();
  if (offset === 0 && !hasNext) return null;
  return (
    <nav className="pager button-row" aria-label={t('web-workspace:list.range', { from: offset + 1, to: offset + shown })}>
      <button type="button" className="secondary" disabled={offset === 0} onClick={() => onPage(Math.max(0, offset - PAGE))}>
        {t('web-workspace:list.prev')}
      </button>
      <span>{t('web-workspace:list.range', { from: offset + 1, to: offset + shown })}</span>
      <button type="button" className="secondary" disabled={!hasNext} onClick={() => onPage(offset + shown)}>
        {t('web-workspace:list.next')}
      </button>
    </nav>
  );
}
