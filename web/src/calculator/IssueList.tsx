import { useTranslation } from 'react-i18next';
import type { FieldIssue } from '../../../src/engine/index.ts';
import { say } from '../i18n/index.ts';

/** Fields the engine cannot read yet, named in the user's language (the schema names them in zh and en). */
export function IssueList({ issues }: { issues: readonly FieldIssue[] }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="notice notice-confirm" role="status" data-status="invalid">
      <strong>{t('result.invalid')}</strong>
      <ul>
        {issues.map((i) => (
          <li key={`${i.path}${say(i.message, 'en')}`}>
            {say(i.field, i18n.language)}：{say(i.message, i18n.language)}
          </li>
        ))}
      </ul>
    </div>
  );
}
