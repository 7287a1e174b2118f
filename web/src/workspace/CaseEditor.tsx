import { type FormEvent, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../app/router.tsx';
import { CalculatorForm } from '../calculator/CalculatorForm.tsx';
import { ResultPanel } from '../results/ResultPanel.tsx';
import { useAnswers } from '../state/AnswersProvider.tsx';
import { type Answers, fromApplicantInput } from '../state/answers.ts';
import { useOutcome } from '../state/assessment.ts';
import { TextField } from '../ui/fields.tsx';
import { AssessmentHistory } from './AssessmentHistory.tsx';
import { ApiError, api, type CaseRecord, type StoredAssessment } from './api.ts';
import { CaseNotes } from './CaseNotes.tsx';
import { ConflictPanel } from './ConflictPanel.tsx';
import { type Draft, draftOf, sameDraft } from './draft.ts';
import { ErrorMessage } from './ErrorMessage.tsx';
import { HistoryDiff } from './HistoryDiff.tsx';
import { HukouPanel } from './HukouPanel.tsx';
import { useAsync } from './useAsync.ts';
import { useLeaveGuard } from './useLeaveGuard.ts';

/** Opens a saved case (or starts a new one) in the loader that fetches it. */
export function CaseEditorPage({ id, canEdit }: { id: string | null; canEdit: boolean }) {
  const { t } = useTranslation();
  const { answers: calculatorAnswers } = useAnswers();
  const { state } = useAsync<CaseRecord | null>(() => (id ? api<CaseRecord>('GET', `/cases/${id}`) : Promise.resolve(null)), id ?? 'new');
  if (state.kind === 'loading') return <p className="loading">{t('common.loading')}</p>;
  if (state.kind === 'error') return <ErrorMessage error={state.message} />;
  const record = state.value;
  // A new case starts from the calculator's answers in this tab; they are sent only when the user saves.
  const initial = record ? fromApplicantInput(record.facts) : calculatorAnswers;
  return <CaseEditor key={record?.id ?? 'new'} loaded={record} initial={initial} canEdit={canEdit} />;
}

type Saved = { case: CaseRecord; assessment: StoredAssessment };

/**
 * The case as edited. One action saves the form's facts as a new revision and assesses them (POST …/reassess,
 * from the revision the form was loaded from); what was sent becomes the saved state, so the form stays as the
 * user left it. A colleague's save in between is refused by the server and set beside the edit (ConflictPanel).
 */
function CaseEditor({ loaded, initial, canEdit }: { loaded: CaseRecord | null; initial: Answers; canEdit: boolean }) {
  const { t } = useTranslation();
  const markerId = useId();
  const [record, setRecord] = useState(loaded);
  const [label, setLabel] = useState(loaded?.label ?? '');
  const [reference, setReference] = useState(loaded?.reference ?? '');
  const [answers, setAnswers] = useState<Answers>(initial);
  const [saved, setSaved] = useState<Draft>(() => draftOf(loaded?.label ?? '', loaded?.reference ?? '', initial));
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [latest, setLatest] = useState<StoredAssessment | null>(null);
  const [theirs, setTheirs] = useState<CaseRecord | null>(null);
  const outcome = useOutcome(answers);
  const draft = useMemo(() => draftOf(label, reference, answers), [label, reference, answers]);
  // A viewer may try things in the form, but has nothing to save and nothing to lose.
  const unsaved = canEdit && !sameDraft(draft, saved);
  const letGo = useLeaveGuard(unsaved, t('web-workspace:editor.leaveQuestion'));

  const send = async (revision: number) => {
    if (!record) return;
    setBusy(true);
    setError(null);
    try {
      const body = {
        facts: draft.facts,
        label: draft.label,
        reference: draft.reference || null,
        revision,
        ...(answers.date ? { date: answers.date } : {}),
        ...(answers.version ? { version: answers.version } : {}),
      };
      const done = await api<Saved>('POST', `/cases/${record.id}/reassess`, body);
      setRecord(done.case);
      setSaved(draft);
      setLatest(done.assessment);
      setTheirs(null);
    } catch (err) {
      if (err instanceof ApiError && err.status === 409) setTheirs(await api<CaseRecord>('GET', `/cases/${record.id}`).catch(() => null));
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const create = async () => {
    setBusy(true);
    setError(null);
    try {
      const created = await api<CaseRecord>('POST', '/cases', {
        label: draft.label,
        ...(draft.reference ? { reference: draft.reference } : {}),
        facts: draft.facts,
      });
      letGo();
      navigate(`/cases/${created.id}`, { replace: true });
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    void (record ? send(record.revision) : create());
  };

  /** Their version replaces the edit: the form shows the case as saved now. */
  const loadTheirs = (current: CaseRecord) => {
    const answersNow = fromApplicantInput(current.facts, answers.date, answers.version);
    setRecord(current);
    setLabel(current.label);
    setReference(current.reference ?? '');
    setAnswers(answersNow);
    setSaved(draftOf(current.label, current.reference ?? '', answersNow));
    setTheirs(null);
    setError(null);
  };

  return (
    <div className="case-editor">
      <form className="card-form case-head" onSubmit={submit} aria-label={t('workspace.caseDetails')} data-unsaved={unsaved}>
        <h1>{record ? record.label : t('workspace.newCase')}</h1>
        <div className="field-row">
          <TextField label={t('workspace.label')} value={label} onChange={setLabel} required />
          <TextField label={t('workspace.reference')} value={reference} onChange={setReference} />
        </div>
        <p className="field-hint">{record ? t('web-workspace:editor.hint') : t('workspace.newFromCalculator')}</p>
        {theirs ? (
          <ConflictPanel
            theirs={theirs}
            yours={draft}
            fromRevision={record?.revision ?? 0}
            answers={answers}
            onLoadTheirs={loadTheirs}
            onKeepMine={(r) => void send(r)}
          />
        ) : (
          <ErrorMessage error={error} />
        )}
        <div className="button-row">
          {canEdit ? (
            <button type="submit" disabled={busy} aria-describedby={markerId}>
              {record ? t('web-workspace:editor.saveAndReassess') : t('workspace.create')}
            </button>
          ) : null}
          <span id={markerId} role="status" className={unsaved ? 'unsaved-marker' : 'share-message'}>
            {unsaved
              ? t('web-workspace:editor.unsaved')
              : latest && record
                ? t('web-workspace:editor.savedAssessed', {
                    revision: record.revision,
                    total: latest.result.total,
                    date: latest.date,
                    version: latest.versionId,
                  })
                : ''}
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
      {record ? <HukouPanel caseId={record.id} latest={latest} /> : null}
      {record ? <AssessmentHistory caseId={record.id} latest={latest} canEdit={canEdit} /> : null}
      {record ? <HistoryDiff caseId={record.id} /> : null}
      {record ? <CaseNotes caseId={record.id} canEdit={canEdit} /> : null}
    </div>
  );
}
