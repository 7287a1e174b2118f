import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../app/router.tsx';
import { CalculatorForm } from '../calculator/CalculatorForm.tsx';
import { ResultPanel } from '../results/ResultPanel.tsx';
import { useAnswers } from '../state/AnswersProvider.tsx';
import { type Answers, fromApplicantInput, toApplicantInput } from '../state/answers.ts';
import { useOutcome } from '../state/assessment.ts';
import { TextField } from '../ui/fields.tsx';
import { AssessmentHistory } from './AssessmentHistory.tsx';
import { api, type CaseRecord } from './api.ts';
import { CaseNotes } from './CaseNotes.tsx';
import { ErrorMessage } from './ErrorMessage.tsx';
import { HistoryDiff } from './HistoryDiff.tsx';
import { useAsync } from './useAsync.ts';

/** Opens a saved case (or starts a new one) in the loader that fetches it. */
export function CaseEditorPage({ id, canEdit }: { id: string | null; canEdit: boolean }) {
  const { t } = useTranslation();
  const { answers: calculatorAnswers } = useAnswers();
  // The revision this tab saved last: the editor is mounted afresh for it, and must still say it was saved.
  const [savedRevision, setSavedRevision] = useState<number | null>(null);
  const { state, reload } = useAsync<CaseRecord | null>(
    () => (id ? api<CaseRecord>('GET', `/cases/${id}`) : Promise.resolve(null)),
    id ?? 'new',
  );
  if (state.kind === 'loading') return <p className="loading">{t('common.loading')}</p>;
  if (state.kind === 'error') return <ErrorMessage error={state.message} />;
  const record = state.value;
  // A new case starts from the calculator's answers in this tab; they are sent only when the user saves.
  const initial = record ? fromApplicantInput(record.facts) : calculatorAnswers;
  return (
    <CaseEditor
      key={record ? `${record.id}:${record.revision}` : 'new'}
      record={record}
      initial={initial}
      canEdit={canEdit}
      justSaved={record !== null && record.revision === savedRevision}
      onSaved={(revision) => {
        setSavedRevision(revision);
        reload();
      }}
    />
  );
}

function CaseEditor({
  record,
  initial,
  canEdit,
  justSaved,
  onSaved,
}: {
  record: CaseRecord | null;
  initial: Answers;
  canEdit: boolean;
  justSaved: boolean;
  onSaved: (revision: number) => void;
}) {
  const { t } = useTranslation();
  const [label, setLabel] = useState(record?.label ?? '');
  const [reference, setReference] = useState(record?.reference ?? '');
  const [answers, setAnswers] = useState<Answers>(initial);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(justSaved ? t('workspace.saved') : '');
  const outcome = useOutcome(answers);
  const save = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setSaved('');
    const facts = toApplicantInput(answers);
    try {
      if (record) {
        const updated = await api<CaseRecord>('PATCH', `/cases/${record.id}`, {
          label,
          reference: reference || null,
          facts,
          revision: record.revision,
        });
        setSaved(t('workspace.saved'));
        onSaved(updated.revision);
      } else {
        const created = await api<CaseRecord>('POST', '/cases', { label, ...(reference ? { reference } : {}), facts });
        navigate(`/cases/${created.id}`, { replace: true });
      }
    } catch (err) {
      setError(err);
    }
  };
  return (
    <div className="case-editor">
      <form className="card-form case-head" onSubmit={save} aria-label={t('workspace.caseDetails')}>
        <h1>{record ? record.label : t('workspace.newCase')}</h1>
        <div className="field-row">
          <TextField label={t('workspace.label')} value={label} onChange={setLabel} required />
          <TextField label={t('workspace.reference')} value={reference} onChange={setReference} />
        </div>
        {!record ? <p className="field-hint">{t('workspace.newFromCalculator')}</p> : null}
        <ErrorMessage error={error} />
        <div className="button-row">
          {canEdit ? <button type="submit">{record ? t('workspace.save') : t('workspace.create')}</button> : null}
          <span role="status" className="share-message">
            {saved}
          </span>
        </div>
      </form>
      <div className="calculator-layout">
        <div className="calculator-form-column">
          <CalculatorForm answers={answers} onChange={setAnswers} />
        </div>
        <aside className="calculator-result-column" aria-label={t('workspace.preview')}>
          <h2>{t('workspace.preview')}</h2>
          {outcome.kind === 'ok' ? <ResultPanel assessment={outcome.assessment} /> : <p className="notice">{t('result.empty')}</p>}
        </aside>
      </div>
      {record ? <AssessmentHistory caseId={record.id} answers={answers} canEdit={canEdit} /> : null}
      {record ? <HistoryDiff caseId={record.id} /> : null}
      {record ? <CaseNotes caseId={record.id} canEdit={canEdit} /> : null}
    </div>
  );
}
