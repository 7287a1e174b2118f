import { type DragEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../ui/fields.tsx';
import { type BatchTable, readBatchCsv } from './batch-table.ts';
import { type BatchProgress, uploadSheet } from './batch-upload.ts';
import { ErrorMessage } from './ErrorMessage.tsx';

const ACCEPT = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Saves a blob under a name, as a download (nothing leaves the browser again). */
function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

type State =
  | { kind: 'idle' }
  | { kind: 'running'; progress: BatchProgress }
  | { kind: 'done'; file: File; table: BatchTable }
  | { kind: 'error'; error: unknown };

/**
 * Batch in the browser: a sheet in the template's layout is sent to POST /api/v1/batch (the CSV answer is read
 * into the results table: rows in = rows out, a bad row with its line and reason); "download XLSX" asks for the
 * same sheet as XLSX, numbers and dates typed.
 */
export function BatchPage() {
  const { t, i18n } = useTranslation();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [date, setDate] = useState('');
  const [dragging, setDragging] = useState(false);
  const [xlsxError, setXlsxError] = useState<unknown>(null);
  const [xlsxBusy, setXlsxBusy] = useState(false);
  const run = async (file: File) => {
    setXlsxError(null);
    setState({ kind: 'running', progress: { phase: 'upload', fraction: 0 } });
    try {
      const answer = await uploadSheet(file, 'csv', date, (progress) => setState({ kind: 'running', progress }));
      setState({ kind: 'done', file, table: readBatchCsv(await answer.blob.text(), answer.resultKeys) });
    } catch (error) {
      setState({ kind: 'error', error });
    }
  };
  const onFiles = (files: FileList | null) => {
    const file = files?.[0];
    if (file) void run(file);
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    onFiles(e.dataTransfer.files);
  };
  const downloadXlsx = async (file: File) => {
    setXlsxError(null);
    setXlsxBusy(true);
    try {
      download((await uploadSheet(file, 'xlsx', date, () => {})).blob, 'hujifen-results.xlsx');
    } catch (error) {
      setXlsxError(error);
    } finally {
      setXlsxBusy(false);
    }
  };
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  return (
    <section className="batch-page" aria-labelledby="batch-h">
      <h1 id="batch-h">{t('web-records:batch.title')}</h1>
      <p className="field-hint">{t('web-records:batch.hint')}</p>
      <p>
        <a href={`/api/v1/batch/template?lang=${lang}`} download={`hujifen-template-${lang}.csv`}>
          {t('web-records:batch.template')}
        </a>
      </p>
      <div className="field-row">
        <TextField type="date" label={t('web-records:batch.date')} value={date} onChange={setDate} />
      </div>
      <fieldset
        className={`drop-zone${dragging ? ' drop-zone-over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <label htmlFor="batch-file">{t('web-records:batch.choose')}</label>
        <input
          id="batch-file"
          type="file"
          accept={ACCEPT}
          disabled={state.kind === 'running'}
          onChange={(e) => {
            onFiles(e.target.files);
            // The same file chosen again (after a correction) must fire again.
            e.target.value = '';
          }}
        />
        <p className="field-hint">{t('web-records:batch.drop')}</p>
      </fieldset>
      {state.kind === 'running' ? <Progress progress={state.progress} /> : null}
      {state.kind === 'error' ? <ErrorMessage error={state.error} /> : null}
      {state.kind === 'done' ? (
        <Results table={state.table} onXlsx={() => void downloadXlsx(state.file)} busy={xlsxBusy} error={xlsxError} />
      ) : null}
    </section>
  );
}

function Progress({ progress }: { progress: BatchProgress }) {
  const { t } = useTranslation();
  const percent = progress.phase === 'assess' ? null : Math.round(progress.fraction * 100);
  return (
    <div className="batch-progress" role="status">
      <label htmlFor="batch-progress">{t(`web-records:batch.phase.${progress.phase}`, { percent: percent ?? 0 })}</label>
      {percent === null ? <progress id="batch-progress" /> : <progress id="batch-progress" max={100} value={percent} />}
    </div>
  );
}

function Results({ table, onXlsx, busy, error }: { table: BatchTable; onXlsx: () => void; busy: boolean; error: unknown }) {
  const { t } = useTranslation();
  const bad = table.rows.filter((r) => r.error).length;
  return (
    <div className="batch-results">
      <p role="status" data-testid="batch-summary">
        {t('web-records:batch.summary', { rows: table.rows.length, bad })}
      </p>
      <div className="button-row">
        <button type="button" onClick={onXlsx} disabled={busy}>
          {t('web-records:batch.downloadXlsx')}
        </button>
      </div>
      <ErrorMessage error={error} />
      <div className="table-scroll">
        <table className="report-table batch-table" data-testid="batch-rows">
          <thead>
            <tr>
              <th scope="col">{t('web-records:batch.line')}</th>
              <th scope="col">{table.firstHeader}</th>
              <th scope="col">{t('web-records:batch.status')}</th>
              <th scope="col">{t('web-records:batch.total')}</th>
              <th scope="col">{t('web-records:batch.gap')}</th>
              <th scope="col">{t('web-records:batch.why')}</th>
            </tr>
          </thead>
          <tbody>
            {table.rows.map((r) => (
              <tr key={r.line} data-line={r.line} className={r.error ? 'batch-bad' : undefined}>
                <td className="num">{r.line}</td>
                <td>{r.first}</td>
                <td>{r.error ? t('web-records:batch.unreadable') : r.status}</td>
                <td className="num">{r.total}</td>
                <td className="num">{r.gap}</td>
                <td className="batch-why">{r.error || r.reasons}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
