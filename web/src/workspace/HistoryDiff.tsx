import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readings } from '../../../src/policy/index.ts';
import { say } from '../i18n/index.ts';
import { factValueText } from '../state/fact-words.ts';
import { SelectField } from '../ui/fields.tsx';
import { api, type Page, type StoredAssessment, type StoredAssessmentSummary } from './api.ts';
import { ErrorMessage } from './ErrorMessage.tsx';
import { factChanges, itemMoves, readingChanges } from './history-diff.ts';
import { useAsync } from './useAsync.ts';
import { when } from './when.ts';

/**
 * Two stored assessments of a case side by side: the facts that differ and the points that moved, item by item,
 * with the date, version and readings each used. Opened on demand, it reads the history afresh each time (so it
 * includes an assessment made since the page opened); beside the history list, not inside it.
 */
export function HistoryDiff({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(0);
  return (
    <details className="history-diff" onToggle={(e) => e.currentTarget.open && setOpened((n) => n + 1)}>
      <summary>{t('web-records:history.compare')}</summary>
      {opened ? <Picker key={opened} caseId={caseId} /> : null}
    </details>
  );
}

/** The history, newest first: an older and a newer assessment to compare (the two newest by default). */
function Picker({ caseId }: { caseId: string }) {
  const { t, i18n } = useTranslation();
  const { state } = useAsync(() => api<Page<StoredAssessmentSummary>>('GET', `/cases/${caseId}/assessments?limit=50`), caseId);
  const [picked, setPicked] = useState<{ older?: string; newer?: string }>({});
  if (state.kind === 'loading') return <p className="loading">{t('common.loading')}</p>;
  if (state.kind === 'error') return <ErrorMessage error={state.message} />;
  const items = state.value.items;
  if (items.length < 2) return <p className="field-hint">{t('web-records:history.needTwo')}</p>;
  const older = picked.older ?? items[1]?.id ?? '';
  const newer = picked.newer ?? items[0]?.id ?? '';
  const options = items.map((a) => ({
    value: a.id,
    label: t('web-records:history.option', { created: when(a.createdAt, i18n.language), date: a.date, total: a.total }),
  }));
  return (
    <>
      <div className="field-row">
        <SelectField
          label={t('web-records:history.before')}
          value={older}
          onChange={(v) => setPicked((p) => ({ ...p, older: v }))}
          options={options}
        />
        <SelectField
          label={t('web-records:history.after')}
          value={newer}
          onChange={(v) => setPicked((p) => ({ ...p, newer: v }))}
          options={options}
        />
      </div>
      {older !== newer ? <Comparison caseId={caseId} older={older} newer={newer} /> : null}
    </>
  );
}

function Comparison({ caseId, older, newer }: { caseId: string; older: string; newer: string }) {
  const { t } = useTranslation();
  const { state } = useAsync(
    () =>
      Promise.all([older, newer].map((id) => api<StoredAssessment>('GET', `/cases/${caseId}/assessments/${id}`))) as Promise<
        [StoredAssessment, StoredAssessment]
      >,
    `${older}:${newer}`,
  );
  if (state.kind === 'loading') return <p className="loading">{t('common.loading')}</p>;
  if (state.kind === 'error') return <ErrorMessage error={state.message} />;
  const [a, b] = state.value;
  const facts = factChanges(a.input, b.input);
  const moves = itemMoves(a.result, b.result);
  const value = (path: string, v: unknown) =>
    typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? factValueText(t, path, v) : '—';
  const changed = readingChanges(a.result, b.result);
  return (
    <div className="history-diff-body" data-testid="history-diff">
      <div className="table-scroll">
        <table className="report-table">
          <caption>{t('web-records:history.basis')}</caption>
          <thead>
            <tr>
              <td />
              <th scope="col">{t('web-records:history.before')}</th>
              <th scope="col">{t('web-records:history.after')}</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{t('web-records:history.date')}</th>
              <td>{a.date}</td>
              <td>{b.date}</td>
            </tr>
            <tr>
              <th scope="row">{t('web-records:history.version')}</th>
              <td>{a.versionId}</td>
              <td>{b.versionId}</td>
            </tr>
            <tr data-row="readings">
              <th scope="row">{t('web-records:history.readings')}</th>
              {changed.length ? (
                <>
                  <td className="readings-cell">{changed.map((r) => readingWords(r.id, r.before)).join('; ')}</td>
                  <td className="readings-cell">{changed.map((r) => readingWords(r.id, r.after)).join('; ')}</td>
                </>
              ) : (
                <td colSpan={2}>{t('web-records:history.sameReadings', { count: Object.keys(b.result.readings).length })}</td>
              )}
            </tr>
            <tr data-row="total">
              <th scope="row">{t('web-records:history.total')}</th>
              <td className="num">{a.total}</td>
              <td className="num">{b.total}</td>
            </tr>
          </tbody>
        </table>
      </div>
      <h4>{t('web-records:history.factsChanged', { count: facts.length })}</h4>
      {facts.length ? (
        <div className="table-scroll">
          <table className="report-table" data-testid="facts-changed">
            <thead>
              <tr>
                <th scope="col">{t('web-records:history.fact')}</th>
                <th scope="col">{t('web-records:history.before')}</th>
                <th scope="col">{t('web-records:history.after')}</th>
              </tr>
            </thead>
            <tbody>
              {facts.map((f) => (
                <tr key={f.path} data-path={f.path}>
                  <th scope="row">{say(f.field)}</th>
                  <td>{value(f.path, f.before)}</td>
                  <td>{value(f.path, f.after)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <h4>{t('web-records:history.pointsMoved', { count: moves.length })}</h4>
      {moves.length ? (
        <div className="table-scroll">
          <table className="report-table" data-testid="points-moved">
            <thead>
              <tr>
                <th scope="col">{t('web-records:history.item')}</th>
                <th scope="col">{t('web-records:history.before')}</th>
                <th scope="col">{t('web-records:history.after')}</th>
                <th scope="col">{t('web-records:history.change')}</th>
              </tr>
            </thead>
            <tbody>
              {moves.map((m) => (
                <tr key={m.id} data-item={m.id}>
                  <th scope="row">{say(m.label)}</th>
                  <td className="num">{m.before}</td>
                  <td className="num">{m.after}</td>
                  <td className="num">{t('web-records:history.delta', { delta: m.after - m.before })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}

/** A reading in words: its question and the option taken (the ids when the policy data no longer knows them). */
function readingWords(id: string, option: string | undefined): string {
  const r = readings.find((x) => x.id === id);
  const o = r?.options.find((x) => x.id === option);
  return r && o ? `${id} ${say(r.question)}: ${say(o.text)}` : `${id}: ${option ?? '—'}`;
}
