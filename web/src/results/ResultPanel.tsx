import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../../src/engine/types.ts';
import { pick } from '../i18n/index.ts';
import { DocumentList } from './DocumentList.tsx';
import { ItemGroups } from './ItemGroups.tsx';
import { StatusNotices } from './StatusNotices.tsx';
import { TotalCard } from './TotalCard.tsx';

/** Everything an assessment says, in reading order: what blocks it, the total and gap, the items, the papers. */
export function ResultPanel({ assessment: a }: { assessment: Assessment }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="result-panel">
      <StatusNotices assessment={a} />
      <TotalCard assessment={a} />
      {a.warnings.length ? (
        <ul className="warnings" aria-label={t('result.warnings')}>
          {a.warnings.map((w) => (
            <li key={w.en}>{pick(w, i18n.language)}</li>
          ))}
        </ul>
      ) : null}
      <ItemGroups items={a.items} />
      <details className="documents-block">
        <summary>{t('result.documents', { count: a.documents.length })}</summary>
        <DocumentList documents={a.documents} />
      </details>
    </div>
  );
}
