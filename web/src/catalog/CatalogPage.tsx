import { useDeferredValue, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CatalogId, catalogIds, catalogs, search } from '../../../src/catalog/index.ts';
import { pick, say } from '../i18n/index.ts';
import { useAnswers } from '../state/AnswersProvider.tsx';
import { assessmentDate } from '../state/answers.ts';
import { CatalogHitCard } from './CatalogHitCard.tsx';

/** Search-as-you-type over the three catalogues, with the points each entry can give on the assessment date. */
export default function CatalogPage() {
  const { t, i18n } = useTranslation();
  const { answers } = useAnswers();
  const date = assessmentDate(answers);
  const inputId = useId();
  const [query, setQuery] = useState('');
  const [scope, setScope] = useState<CatalogId | 'all'>('all');
  // Typing stays responsive: the list follows the deferred query.
  const deferred = useDeferredValue(query);
  const result = useMemo(
    () => search(deferred, { date, catalogs: scope === 'all' ? catalogIds : [scope], limit: 20 }),
    [deferred, date, scope],
  );
  return (
    <div className="catalog-page">
      <h1>{t('catalog.title')}</h1>
      <p className="lead">{t('catalog.lead', { date })}</p>
      <search className="catalog-controls">
        <div className="field">
          <label htmlFor={inputId}>{t('catalog.query')}</label>
          <input
            id={inputId}
            type="search"
            value={query}
            placeholder={t('catalog.placeholder')}
            autoComplete="off"
            onChange={(e) => setQuery(e.target.value)}
          />
        </div>
        <fieldset className="mode-switch">
          <legend>{t('catalog.scope')}</legend>
          {(['all', ...catalogIds] as const).map((c) => (
            <label key={c}>
              <input type="radio" name="catalog-scope" checked={scope === c} onChange={() => setScope(c)} />
              {c === 'all' ? t('catalog.all') : t(`catalog.names.${c}`)}
            </label>
          ))}
        </fieldset>
      </search>
      <p role="status" aria-live="polite" className="result-count">
        {deferred.trim() ? t('catalog.count', { count: result.hits.length }) : ''}
      </p>
      {result.notFound ? (
        <div className="notice notice-confirm" data-testid="not-found">
          <strong>{say(result.notFound.text, i18n.language)}</strong>
          <p>{say(result.notFound.consequence, i18n.language)}</p>
          {result.notFound.didYouMean ? <p>{say(result.notFound.didYouMean, i18n.language)}</p> : null}
        </div>
      ) : null}
      <ul className="catalog-hits">
        {result.hits.map((h) => (
          <CatalogHitCard key={h.entry.id} hit={h} />
        ))}
      </ul>
      {!deferred.trim() ? <CatalogSummary /> : null}
    </div>
  );
}

/** Before a search: what each catalogue is, how complete it is here, and its version. */
function CatalogSummary() {
  const { t, i18n } = useTranslation();
  return (
    <ul className="catalog-summary">
      {catalogIds.map((id) => {
        const meta = catalogs[id].meta;
        return (
          <li key={id}>
            <strong>{pick(meta.name, i18n.language)}</strong>
            <span>
              {' '}
              — {pick(meta.version.label, i18n.language)}
              {meta.version.complete ? '' : t('catalog:web.aside', { text: t('catalog.incomplete') })}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
