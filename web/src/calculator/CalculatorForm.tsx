import { type Dispatch, type ReactNode, type SetStateAction, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicantInput } from '../../../src/applicant/applicant.ts';
import { type Answers, assessmentDate } from '../state/answers.ts';
import { availability } from '../state/availability.ts';
import { type FieldProblem, FieldProblemList, FieldProblems } from '../ui/field-issues.tsx';
import { TextField } from '../ui/fields.tsx';
import {
  AwardFields,
  FreshGraduateFields,
  InvestmentFields,
  PublicServiceFields,
  RemoteAreaFields,
  SpouseFields,
  TalentFields,
} from './form/BonusFields.tsx';
import { CertificateFields } from './form/CertificateFields.tsx';
import { EducationFields } from './form/EducationFields.tsx';
import { EligibilityFields } from './form/EligibilityFields.tsx';
import { NONE } from './form/patch.ts';
import { ReadingsFields } from './form/ReadingsFields.tsx';
import { RecordFields } from './form/RecordFields.tsx';
import { SettingsFields } from './form/SettingsFields.tsx';
import { SocialInsuranceFields } from './form/SocialInsuranceFields.tsx';

/**
 * The guided form, in the order a person knows the answers: who they are (birth date, education, certificates,
 * social insurance), then eligibility, family and bonuses, records; the assessment date, version and readings — settings
 * most never change — folded under "advanced" at the end for an applicant (`foldSettings`); a case worker, for whom
 * the date is part of the case, sees them first, open. It only edits answers; the page that holds it decides
 * where they live (this device and the URL fragment, or a saved case). `onChange` takes an updater, so every section
 * gets a stable callback and re-renders only when its slice changes. `problems` are said beside their answers.
 */
export function CalculatorForm({
  answers,
  onChange,
  problems = NONE,
  foldSettings = false,
}: {
  answers: Answers;
  onChange: Dispatch<SetStateAction<Answers>>;
  problems?: readonly FieldProblem[];
  foldSettings?: boolean;
}) {
  const { t } = useTranslation();
  const patch = useCallback((p: Partial<Answers>) => onChange((a) => ({ ...a, ...p })), [onChange]);
  const patchApplicant = useCallback(
    (p: Partial<ApplicantInput>) => onChange((a) => ({ ...a, applicant: { ...a.applicant, ...p } })),
    [onChange],
  );
  const date = assessmentDate(answers);
  const available = useMemo(() => availability(date, answers.version), [date, answers.version]);
  const a = answers.applicant;
  const settings = <SettingsFields date={answers.date} version={answers.version} patch={patch} />;
  return (
    <FieldProblems.Provider value={problems}>
      <form className="calculator-form" aria-label={t('form.label')} onSubmit={(e) => e.preventDefault()}>
        {foldSettings ? null : (
          <Section id="settings" title={t('form.settings')}>
            {settings}
          </Section>
        )}
        <Section id="basic" title={t('form.basic')} group>
          <Sub title={t('indicators.age')} at={['birthDate']}>
            <TextField
              type="date"
              label={t('age.birthDate')}
              required
              value={a.birthDate}
              onChange={(birthDate) => patchApplicant({ birthDate })}
            />
          </Sub>
          <Sub title={t('indicators.education')} at={['noDiploma']}>
            <EducationFields
              value={a.education ?? NONE}
              noDiploma={a.noDiploma ?? false}
              patch={patchApplicant}
              date={available.lookupDate}
            />
          </Sub>
          <Sub title={t('indicators.titleSkill')}>
            <CertificateFields value={a.certificates ?? NONE} patch={patchApplicant} date={available.lookupDate} />
          </Sub>
          <Sub title={t('indicators.si')} at={['socialInsurance']}>
            <SocialInsuranceFields
              mode={answers.siMode}
              quick={answers.quickSi}
              months={a.socialInsurance ?? NONE}
              date={date}
              patch={patch}
              patchApplicant={patchApplicant}
            />
          </Sub>
        </Section>
        <Section id="eligibility" title={t('form.eligibility')}>
          <FieldProblemList at={['residencePermit', 'employment']} />
          <EligibilityFields permitValid={a.residencePermit?.valid ?? true} employment={a.employment} patch={patchApplicant} />
        </Section>
        <Section id="bonus" title={t('form.bonus')} group>
          <Sub title={t('indicators.spouse')} at={['marriage']}>
            <SpouseFields value={a.marriage} patch={patchApplicant} />
          </Sub>
          <Sub title={t('indicators.remoteArea')}>
            <RemoteAreaFields value={a.remoteArea ?? NONE} patch={patchApplicant} available={available} />
          </Sub>
          <Sub title={t('indicators.publicService')}>
            <PublicServiceFields value={a.publicService ?? NONE} patch={patchApplicant} />
          </Sub>
          <Sub title={t('indicators.freshGraduate')} at={['freshGraduate']}>
            <FreshGraduateFields value={a.freshGraduate} patch={patchApplicant} />
          </Sub>
          <Sub title={t('indicators.award')}>
            <AwardFields value={a.awards ?? NONE} patch={patchApplicant} date={available.lookupDate} />
          </Sub>
          <Sub title={t('indicators.investment')} at={['investment']}>
            <InvestmentFields value={a.investment} patch={patchApplicant} date={available.lookupDate} />
          </Sub>
          <Sub title={t('indicators.talent')} at={['startup', 'techTransfer']}>
            <TalentFields startup={a.startup} techTransfer={a.techTransfer} patch={patchApplicant} available={available} />
          </Sub>
        </Section>
        <Section id="deductions" title={t('form.deductions')} group>
          <RecordFields value={a.records ?? NONE} patch={patchApplicant} available={available} />
        </Section>
        {foldSettings ? (
          <Advanced changed={Boolean(answers.date || answers.version || Object.keys(answers.readings).length)}>
            {settings}
            {/* The calculator's own: a saved case is re-assessed on the server under the default readings. */}
            <ReadingsFields value={answers.readings} patch={patch} />
          </Advanced>
        ) : null}
      </form>
    </FieldProblems.Provider>
  );
}

/**
 * Closed, and opened when a setting is changed (a shared link with a date, restored after the first paint), so what
 * is in force is never hidden; the user may close it again. Left to the browser once shown: a controlled `open`
 * would be written back on every re-render, closing it again when the result recomputes between a click and its
 * toggle event.
 */
function Advanced({ changed, children }: { changed: boolean; children: ReactNode }) {
  const { t } = useTranslation();
  const [openAtFirst] = useState(changed);
  const ref = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (changed && ref.current) ref.current.open = true;
  }, [changed]);
  return (
    <details ref={ref} className="form-section advanced-settings" data-section="advanced" open={openAtFirst}>
      <summary>{t('web-calculator:advanced.summary')}</summary>
      <p className="field-hint">{t('web-calculator:advanced.hint')}</p>
      {children}
    </details>
  );
}

function Section({ id, title, children, group = false }: { id: string; title: string; children: ReactNode; group?: boolean }) {
  const headingId = useId();
  return (
    <section className={`form-section ${group ? 'indicator-group' : ''}`} data-section={id} aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {children}
    </section>
  );
}

/** One indicator's answers; `at` names the answers whose problems are said here (lists say theirs per record). */
function Sub({ title, at, children }: { title: string; at?: readonly string[]; children: ReactNode }) {
  return (
    <fieldset className="sub-section">
      <legend>{title}</legend>
      {at ? <FieldProblemList at={at} /> : null}
      {children}
    </fieldset>
  );
}
