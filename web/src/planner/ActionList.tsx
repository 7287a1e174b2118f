import { useTranslation } from 'react-i18next';
import type { Said } from '../../../src/core/message.ts';
import type { Action } from '../../../src/planner/index.ts';
import { say } from '../i18n/index.ts';
import { ConditionList } from '../results/ConditionList.tsx';

/**
 * Ways to add points, ranked by how soon and how hard (the rule stated above them): what, how many points, what it
 * costs, from when, on what assumptions.
 */
export function ActionList({ actions, standardScore, rule }: { actions: readonly Action[]; standardScore: number; rule: Said }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  if (!actions.length) return <p>{t('planner.noActions')}</p>;
  return (
    <>
      <p className="ranking-rule" data-testid="ranking-rule">
        {say(rule, lang)}
      </p>
      <ol className="actions">
        {actions.map((a) => (
          <li key={a.id} className="action" data-action={a.kind}>
            <div className="action-head">
              <strong>{say(a.title, lang)}</strong>
              <span className="item-points">+{a.points}</span>
            </div>
            <p className="action-cost" data-testid="action-cost">
              {t('planner.cost')}
              {say(a.cost.text, lang)}
            </p>
            <dl className="action-dates">
              <div>
                <dt>{t('planner.availableFrom')}</dt>
                <dd>{a.availableFrom}</dd>
              </div>
              <div>
                <dt>{t('planner.countsFrom')}</dt>
                <dd>{a.countsFrom}</dd>
              </div>
              <div>
                <dt>{t('planner.reaches', { score: standardScore })}</dt>
                <dd data-testid="action-reaches">{a.reaches ? a.reaches.date : t('planner.notWithin')}</dd>
              </div>
              <div>
                <dt>{t('item.confidence')}</dt>
                <dd className={`confidence confidence-${a.confidence}`}>{t(`confidence.${a.confidence}`)}</dd>
              </div>
            </dl>
            {a.conditions.length || a.assumptions.length ? (
              <details>
                <summary>{t('planner.conditions')}</summary>
                <ConditionList conditions={a.conditions} />
                {a.assumptions.length ? (
                  <ul className="assumptions">
                    {a.assumptions.map((s) => (
                      <li key={s.id}>{say(s.text, lang)}</li>
                    ))}
                  </ul>
                ) : null}
              </details>
            ) : null}
          </li>
        ))}
      </ol>
    </>
  );
}
