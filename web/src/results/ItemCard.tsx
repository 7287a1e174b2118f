import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { msg } from '../../../src/core/message.ts';
import type { ItemResult } from '../../../src/engine/types.ts';
import { readings } from '../../../src/policy/index.ts';
import { say } from '../i18n/index.ts';
import { ConditionList } from './ConditionList.tsx';
import { SourceLinks } from './SourceLinks.tsx';

/** One indicator: points at a glance; expands to the explanation, why-not, article, sources and confidence. */
export const ItemCard = memo(function ItemCard({ item }: { item: ItemResult }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const failed = item.conditions.filter((c) => c.status === 'failed');
  const confirm = item.conditions.filter((c) => c.status === 'confirm');
  // The body (conditions, article, sources) is built only once opened: 17 closed items recompute cheaply.
  const [open, setOpen] = useState(false);
  const state = !item.counted && item.points > 0 ? 'notCounted' : item.points !== 0 ? 'scored' : confirm.length ? 'confirm' : 'zero';
  return (
    <li className={`item item-${state}`} data-item={item.id} data-points={item.points} data-counted={item.counted}>
      <details onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>
          <span className="item-label">{say(item.label, lang)}</span>
          {confirm.length ? <span className="badge badge-confirm">{t('item.toConfirm', { count: confirm.length })}</span> : null}
          {state === 'notCounted' ? <span className="badge">{t('item.notCounted')}</span> : null}
          <span className="item-points">
            {item.points > 0 ? '+' : ''}
            {item.points}
            <span className="unit">{t('units.points')}</span>
          </span>
        </summary>
        {open ? (
          <div className="item-body">
            <p className="explanation">{say(item.explanation, lang)}</p>
            {failed.length ? <h4>{item.points > 0 ? t('item.notMet') : t('item.whyNot')}</h4> : null}
            <ConditionList conditions={[...failed, ...confirm]} />
            {item.conditions.some((c) => c.status === 'met') ? (
              <>
                <h4>{t('item.met')}</h4>
                <ConditionList conditions={item.conditions.filter((c) => c.status === 'met')} />
              </>
            ) : null}
            {item.checks.length ? (
              <ul className="checks">
                {item.checks.map((c) => (
                  <li key={say(c, 'en')}>{say(c, lang)}</li>
                ))}
              </ul>
            ) : null}
            <dl className="item-meta">
              <dt>{t('item.article')}</dt>
              <dd>{say(item.article, lang)}</dd>
              <dt>{t('item.confidence')}</dt>
              <dd className={`confidence confidence-${item.confidence}`}>
                {t(`confidence.${item.confidence}`)}
                {item.alternatives.length ? null : ` · ${t('item.sameEverywhere')}`}
              </dd>
              {item.alternatives.length ? (
                <>
                  <dt>{t('item.alternatives')}</dt>
                  <dd>
                    <ul className="alternatives">
                      {item.alternatives.map((x) => (
                        <li key={`${x.id}=${x.option}`}>{say(x.text, lang)}</li>
                      ))}
                    </ul>
                  </dd>
                </>
              ) : null}
              {item.max !== null ? (
                <>
                  <dt>{t('item.max')}</dt>
                  <dd>{item.max}</dd>
                </>
              ) : null}
              {Object.keys(item.readings).length ? (
                <>
                  <dt>{t('item.readings')}</dt>
                  <dd>
                    <ul className="readings">
                      {Object.entries(item.readings).map(([id, option]) => (
                        <li key={id}>{readingText(id, option, lang)}</li>
                      ))}
                    </ul>
                  </dd>
                </>
              ) : null}
            </dl>
            {item.source.length ? (
              <>
                <h4>{t('item.sources')}</h4>
                <SourceLinks keys={item.source} />
              </>
            ) : null}
          </div>
        ) : null}
      </details>
    </li>
  );
}, sameItem);

/**
 * Items are new objects after every recompute, though most did not change: comparing their content is cheaper
 * than rendering 17 items again (the recompute benchmark's budget is 5 ms).
 */
function sameItem(a: { item: ItemResult }, b: { item: ItemResult }): boolean {
  return a.item === b.item || JSON.stringify(a.item) === JSON.stringify(b.item);
}

/** A reading (RULES.md "Readings the project takes") in words: its question and the option this item used. */
function readingText(id: string, option: string, lang: string): string {
  const r = readings.find((x) => x.id === id);
  const o = r?.options.find((x) => x.id === option);
  return r && o ? say(msg('engine:join.labelled', { label: `${id} ${say(r.question, lang)}`, value: o.text }), lang) : `${id}: ${option}`;
}
