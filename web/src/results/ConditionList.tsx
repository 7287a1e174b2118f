import { useTranslation } from 'react-i18next';
import type { Condition } from '../../../src/engine/types.ts';
import { say } from '../i18n/index.ts';

/** Conditions with their state: failed ones answer "why not", the ones to confirm are highlighted. */
export function ConditionList({ conditions }: { conditions: readonly Condition[] }) {
  const { t, i18n } = useTranslation();
  if (!conditions.length) return null;
  return (
    <ul className="conditions">
      {conditions.map((c) => (
        <li key={c.id} className={`condition condition-${c.status}`} data-condition={c.id} data-status={c.status}>
          <span className="condition-badge">{t(`condition.${c.status}`)}</span>
          <span className="condition-text">{say(c.text, i18n.language)}</span>
          {c.fix && c.status !== 'met' ? <span className="condition-fix">→ {say(c.fix, i18n.language)}</span> : null}
        </li>
      ))}
    </ul>
  );
}
