import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answers } from '../state/answers.ts';
import { api, type Page, type StoredAssessment, type StoredAssessmentSummary } from './api.ts';
import { DocumentChecklist } from './DocumentChecklist.tsx';
import { ErrorMessage } from './ErrorMessage.tsx';
import { useAsync } from './useAsync.ts';

/**
 * Re-assess on the server (the saved facts, with the form's date and version) and list what was stored:
 * each stored assessment keeps its date, version and input, so it can be reproduced.
 */
export function AssessmentHistory({ caseId, answers, canEdit }: { caseId: string; answers: Answers; canEdit: boolean }) {
  const { t, i18n } = useTranslation();
  const { state, reload } = useAsync(() => api<Page<StoredAssessmentSummary>>('GET', `/cases/${caseId}/assessments?limit=50`), caseId);
  const [latest, setLatest] = useState<StoredAssessment | null>(null);
  const [error, setError] = useState<unknown>(null);
  const reassess = async () => {
    setError(null);
    try {
      const body = { ...(answers.date ? { date: answers.date } : {}), ...(answers.version ? { version: answers.version } : {}) };
      setLatest(await api<StoredAssessment>('POST', `/cases/${caseId}/assessments`, body));
      reload();
    } catch (err) {
      setError(err);
    }
  };
  return (
    <section className="history" aria-labelledby="history-h">
      <div className="section-head">
        <h2 id="history-h">{t('workspace.history')}</h2>
        {canEdit ? (
          <button type="button" onClick={reassess}>
            {t('workspace.reassess')}
          </button>
        ) : null}
      </div>
      <p className="field-hint">{t('workspace.reassessHint')}</p>
      <ErrorMessage error={error} />
      {latest ? (
        <p className="notice" role="status" data-testid="latest-assessment">
          {t('workspace.latest', { total: latest.result.total, date: latest.date, version: latest.versionId })}
        </p>
      ) : null}
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
