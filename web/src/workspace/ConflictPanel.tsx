import { useTranslation } from 'react-i18next';
import { say } from '../i18n/index.ts';
import { type Answers, fromApplicantInput, toApplicantInput } from '../state/answers.ts';
import { factValueText } from '../state/fact-words.ts';
import type { CaseRecord } from './api.ts';
import type { Draft } from './draft.ts';
import { diffFacts, type FactValue } from './facts-diff.ts';

/** Rows shown at most: a long social-insurance table edited on both sides would otherwise fill the page. */
const MAX_ROWS = 40;

/**
 * The 409 of a save: a colleague saved a newer revision since the form was loaded. Their version and the edit,
 * side by side where they differ; the user reloads theirs or saves the edit over it, knowingly.
 */
export function ConflictPanel({
  theirs,
  yours,
  fromRevision,
  answers,
  onLoadTheirs,
  onKeepMine,
}: {
  theirs: CaseRecord;
  yours: Draft;
  /** The revision the edit started from. */
  fromRevision: number;
  answers: Answers;
  onLoadTheirs: (current: CaseRecord) => void;
  onKeepMine: (revision: number) => void;
}) {
  const { t, i18n } = useTranslation();
  // Their facts as the form would send them, so that only real differences show (not defaults the form fills in).
  const theirFacts = toApplicantInput(fromApplicantInput(theirs.facts, answers.date, answers.version));
  const rows = [
    ...(theirs.label !== yours.label ? [{ path: 'label', field: t('workspace.label'), theirs: theirs.label, yours: yours.label }] : []),
    ...((theirs.reference ?? '') !== yours.reference
      ? [{ path: 'reference', field: t('workspace.reference'), theirs: theirs.reference, yours: yours.reference || null }]
      : []),
    ...diffFacts(theirFacts, yours.facts).map((c) => ({ ...c, field: say(c.field, i18n.language) })),
  ];
  const shown = (path: string, v: FactValue) =>
    v === undefined || v === null || v === '' ? t('web-workspace:conflict.absent') : factValueText(t, path, v);
  const at = new Date(theirs.updatedAt).toLocaleString(i18n.language === 'en' ? 'en' : 'zh-CN', { dateStyle: 'short', timeStyle: 'short' });
  return (
    <div className="notice notice-bad conflict" role="alert" data-testid="conflict">
      <p>
        <strong>{t('web-workspace:conflict.title')}</strong>
      </p>
      <p>{t('web-workspace:conflict.body', { yours: fromRevision, theirs: theirs.revision, at })}</p>
      {rows.length ? (
        <table className="report-table conflict-table">
          <caption>{t('web-workspace:conflict.differ', { count: rows.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('web-workspace:conflict.field')}</th>
              <th scope="col">{t('web-workspace:conflict.theirs', { revision: theirs.revision })}</th>
              <th scope="col">{t('web-workspace:conflict.yours')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, MAX_ROWS).map((r) => (
              <tr key={r.path} data-path={r.path}>
                <th scope="row">{r.field}</th>
                <td>{shown(r.path, r.theirs)}</td>
                <td>{shown(r.path, r.yours)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t('web-workspace:conflict.same')}</p>
      )}
      {rows.length > MAX_ROWS ? <p>{t('web-workspace:conflict.more', { count: rows.length - MAX_ROWS })}</p> : null}
      <div className="button-row">
        <button type="button" className="secondary" onClick={() => onLoadTheirs(theirs)}>
          {t('web-workspace:conflict.loadTheirs')}
        </button>
        <button type="button" onClick={() => onKeepMine(theirs.revision)}>
          {t('web-workspace:conflict.keepMine')}
        </button>
      </div>
    </div>
  );
}
