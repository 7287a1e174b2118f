import { useTranslation } from 'react-i18next';
import { msg } from '../../../src/core/message.ts';
import type { Assessment } from '../../../src/engine/types.ts';
import { param } from '../../../src/policy/index.ts';
import { say } from '../i18n/index.ts';
import { ConditionList } from './ConditionList.tsx';

/** What stops a score from counting comes first: outside the scheme, a veto, or failed eligibility. */
export function StatusNotices({ assessment: a }: { assessment: Assessment }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const ineligible = a.eligibility.filter((c) => c.status !== 'met');
  return (
    <>
      {a.status === 'outsideScheme' ? (
        <div className="notice notice-bad" role="alert" data-status="outsideScheme">
          <strong>{t('status.outsideScheme', ages(a.date))}</strong>
          <ConditionList conditions={a.items[0]?.conditions.filter((c) => c.status === 'failed') ?? []} />
        </div>
      ) : null}
      {a.vetoes.length ? (
        <div className="notice notice-bad" role="alert" data-status="vetoed">
          <strong>{t('status.vetoed')}</strong>
          <ul>
            {a.vetoes.map((v) => (
              <li key={`${v.id}${v.date}`}>
                {say(msg('engine:whyNot.vetoRecord', { label: v.label, date: v.date }), lang)} — {say(v.article, lang)}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {ineligible.length ? (
        <div
          className={`notice ${a.status === 'ineligible' ? 'notice-bad' : 'notice-confirm'}`}
          role={a.status === 'ineligible' ? 'alert' : undefined}
          data-status="eligibility"
        >
          <strong>{a.status === 'ineligible' ? t('status.ineligible') : t('status.eligibilityToConfirm')}</strong>
          <ConditionList conditions={ineligible} />
        </div>
      ) : null}
    </>
  );
}

/** The ages the scheme covers on that date, from the policy in force (a new version changes them, not this code). */
function ages(date: string): { min: number | string; max: number | string } {
  const age = param('age', date)?.value;
  return { min: age?.minAge ?? '–', max: age?.maxAge ?? '–' };
}
