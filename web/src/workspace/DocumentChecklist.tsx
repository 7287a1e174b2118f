import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentRef } from '../../../src/engine/types.ts';
import { pick } from '../i18n/index.ts';
import { api } from './api.ts';
import { ErrorMessage } from './ErrorMessage.tsx';
import { useAsync } from './useAsync.ts';

type DocStatus = 'todo' | 'collected' | 'submitted';
const STATUSES: DocStatus[] = ['todo', 'collected', 'submitted'];

interface ChecklistItem {
  docId: string;
  zh: string | null;
  en: string | null;
  required: boolean;
  status: DocStatus;
  note: string | null;
}

/**
 * The case's documents checklist, as the server keeps it: the documents the latest stored assessment asks for,
 * each to collect and submit. `documents` changes after a re-assessment, which reloads the list.
 */
export function DocumentChecklist({
  caseId,
  documents,
  canEdit,
}: {
  caseId: string;
  documents: readonly DocumentRef[] | null;
  canEdit: boolean;
}) {
  const { t, i18n } = useTranslation();
  const { state, reload } = useAsync(
    () => api<{ assessmentId: string | null; items: ChecklistItem[] }>('GET', `/cases/${caseId}/documents`),
    caseId,
  );
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    if (documents) reload();
  }, [documents, reload]);
  const setStatus = async (docId: string, status: DocStatus) => {
    setError(null);
    try {
      await api('PUT', `/cases/${caseId}/documents/${encodeURIComponent(docId)}`, { status });
      reload();
    } catch (err) {
      setError(err);
    }
  };
  return (
    <section className="checklist" aria-labelledby="checklist-h">
      <h2 id="checklist-h">{t('report.documents')}</h2>
      <ErrorMessage error={error} />
      {state.kind === 'ok' && state.value.assessmentId === null ? <p>{t('workspace.checklistEmpty')}</p> : null}
      {state.kind === 'ok' ? (
        <ul className="documents">
          {state.value.items.map((d) => (
            <li key={d.docId} data-document={d.docId} className={d.required ? '' : 'not-required'}>
              <span>{pick({ zh: d.zh ?? d.docId, en: d.en ?? d.docId }, i18n.language)}</span>
              {d.required ? null : <span className="badge">{t('workspace.notRequired')}</span>}
              <select
                aria-label={t('workspace.docStatusOf', { name: pick({ zh: d.zh ?? d.docId, en: d.en ?? d.docId }, i18n.language) })}
                value={d.status}
                disabled={!canEdit}
                onChange={(e) => setStatus(d.docId, e.target.value as DocStatus)}
              >
                {STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {t(`workspace.docStatus.${s}`)}
                  </option>
                ))}
              </select>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
