import { useTranslation } from 'react-i18next';
import { api, type Page, type StoredAssessment, type StoredAssessmentSummary } from './api.ts';
import { DocumentChecklist } from './DocumentChecklist.tsx';
import { useAsync } from './useAsync.ts';

/**
 * What was stored for the case, newest first: each stored assessment keeps its date, version and input, so it can
 * be reproduced. `latest` is the assessment the editor's save just stored (the list reloads for it).
 */
export function AssessmentHistory({ caseId, latest, canEdit }: { caseId: string; latest: StoredAssessment | null; canEdit: boolean }) {
  const { t, i18n } = useTranslation();
  const { state } = useAsync(
    () => api<Page<StoredAssessmentSummary>>('GET', `/cases/${caseId}/assessments?limit=50`),
    `${caseId}:${latest?.id ?? ''}`,
  );
  return (
    <section className="history" aria-labelledby="history-h">
      <div className="section-head">
        <h2 id="history-h">{t('workspace.history')}</h2>
      </div>
      {state.kind === 'ok' ? (
        <table className="report-table">
          <thead>
            <tr>
              <th scope="col">{t('workspace.when')}</th>
              <th scope="col">{t('report.date')}</th>
              <th scope="col">{t('report.version')}</th>
              <th scope="col">{t('workspace.status')}</th>
              <th scope="col">{t('result.total')}</th>
            </tr>
          </thead>
          <tbody>
            {state.value.items.map((a) => (
              <tr key={a.id} data-assessment={a.id}>
                <td>
                  {new Date(a.createdAt).toLocaleString(i18n.language === 'en' ? 'en' : 'zh-CN', {
                    dateStyle: 'short',
                    timeStyle: 'short',
                  })}
                </td>
                <td>{a.date}</td>
                <td>
                  {a.versionId}
                  {a.versionPinned ? ` (${t('result.pinned')})` : ''}
                </td>
                <td>{t(`workspace.statuses.${a.status}`)}</td>
                <td className="num">{a.total}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <DocumentChecklist caseId={caseId} documents={latest?.result.documents ?? null} canEdit={canEdit} />
    </section>
  );
}
