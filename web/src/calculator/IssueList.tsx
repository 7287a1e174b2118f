import { useTranslation } from 'react-i18next';
import type { FieldProblem } from '../ui/field-issues.tsx';

/** Answers without which there is no result at all (each is also said beside its field). */
export function IssueList({ problems }: { problems: readonly FieldProblem[] }) {
  const { t } = useTranslation();
  return (
    <div className="notice notice-confirm" role="status" data-status="invalid">
      <strong>{t('result.invalid')}</strong>
      <ul>
        {problems.map((p) => (
          <li key={p.path}>{p.text}</li>
        ))}
      </ul>
    </div>
  );
}
