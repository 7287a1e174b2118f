import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../src/catalog/index.ts';
import { valueList } from '../../../src/core/join.ts';
import { say } from '../i18n/index.ts';
import { SourceLinks } from '../results/SourceLinks.tsx';

/**
 * One catalogue entry: its name, the catalogue, the points it can give, and what else it takes. In English the
 * name is our translation, with the official Chinese name beside it (the one printed on the certificate).
 */
export function CatalogHitCard({ hit }: { hit: SearchHit }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const e = hit.entry;
  const en = lang === 'en';
  const others = [...e.altNames, ...e.aliases];
  return (
    <li className="catalog-hit" data-entry={e.id}>
      <div className="catalog-hit-head">
        <strong className="hit-name">{en ? e.nameEn : e.name}</strong>
        {en ? (
          <span className="hit-official" lang="zh-CN">
            {e.name}
          </span>
        ) : null}
        {'code' in e ? <span className="badge">{e.code}</span> : null}
        <span className="badge">{t(`catalog.names.${hit.catalog}`)}</span>
        {hit.inForce === false ? <span className="badge badge-confirm">{t('catalog.notInForce')}</span> : null}
      </div>
      <p className="hit-points" data-testid="hit-points">
        {say(hit.points.text, lang)}
      </p>
      {others.length ? <p className="hit-meta">{t('catalog.alsoKnown', { names: say(valueList(others), lang) })}</p> : null}
      {hit.match !== 'exact' && hit.matchedOn !== e.name && hit.matchedOn !== e.nameEn ? (
        <p className="hit-meta">{t('catalog.matchedOn', { text: hit.matchedOn })}</p>
      ) : null}
      {hit.conditions.length ? (
        <ul className="hit-conditions">
          {hit.conditions.map((c) => (
            <li key={c.key}>{say(c, lang)}</li>
          ))}
        </ul>
      ) : null}
      <details>
        <summary>{t('catalog.source', { confidence: t(`confidence.${e.confidence}`) })}</summary>
        <SourceLinks keys={e.source} />
      </details>
    </li>
  );
}
