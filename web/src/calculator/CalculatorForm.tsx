import { type Dispatch, type ReactNode, type SetStateAction, useCallback, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicantInput } from '../../../src/applicant/applicant.ts';
import { type Answers, assessmentDate } from '../state/answers.ts';
import { availability } from '../state/availability.ts';
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
import { RecordFields } from './form/RecordFields.tsx';
import { SettingsFields } from './form/SettingsFields.tsx';
import { SocialInsuranceFields } from './form/SocialInsuranceFields.tsx';

/**
 * The guided form, grouped as the scheme groups its indicators (基础指标, 加分指标, 减分与一票否决).
 * It only edits answers; the page that holds it decides where they live (URL fragment or a saved case).
 * `onChange` takes an updater, so every section gets a stable callback and re-renders only when its slice changes.
 */
export function CalculatorForm({ answers, onChange }: { answers: Answers; onChange: Dispatch<SetStateAction<Answers>> }) {
  const { t } = useTranslation();
  const patch = useCallback((p: Partial<Answers>) => onChange((a) => ({ ...a, ...p })), [onChange]);
  const patchApplicant = useCallback(
    (p: Partial<ApplicantInput>) => onChange((a) => ({ ...a, applicant: { ...a.applicant, ...p } })),
    [onChange],
  );
  const date = assessmentDate(answers);
  const available = useMemo(() => availability(date, answers.version), [date, answers.version]);
  const a = answers.applicant;
  return (
    <form className="calculator-form" aria-label={t('form.label')} onSubmit={(e) => e.preventDefault()}>
      <Section id="settings" title={t('form.settings')}>
        <SettingsFields date={answers.date} version={answers.version} patch={patch} />
      </Section>
      <Section id="eligibility" title={t('form.eligibility')}>
        <EligibilityFields permitValid={a.residencePermit?.valid ?? true} employment={a.employment} patch={patchApplicant} />
      </Section>
      <Section id="basic" title={t('form.basic')} group>
        <Sub title={t('indicators.age')}>
          <TextField
            type="date"
            label={t('age.birthDate')}
            required
            value={a.birthDate}
            onChange={(birthDate) => patchApplicant({ birthDate })}
          />
        </Sub>
        <Sub title={t('indicators.education')}>
          <EducationFields value={a.education ?? NONE} patch={patchApplicant} date={available.lookupDate} />
        </Sub>
        <Sub title={t('indicators.titleSkill')}>
          <CertificateFields value={a.certificates ?? NONE} patch={patchApplicant} date={available.lookupDate} />
        </Sub>
        <Sub title={t('indicators.si')}>
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
      <Section id="bonus" title={t('form.bonus')} group>
        <Sub title={t('indicators.spouse')}>
          <SpouseFields value={a.marriage} patch={patchApplicant} />
        </Sub>
        <Sub title={t('indicators.remoteArea')}>
          <RemoteAreaFields value={a.remoteArea ?? NONE} patch={patchApplicant} available={available} />
        </Sub>
        <Sub title={t('indicators.publicService')}>
          <PublicServiceFields value={a.publicService ?? NONE} patch={patchApplicant} />
        </Sub>
        <Sub title={t('indicators.freshGraduate')}>
          <FreshGraduateFields value={a.freshGraduate} patch={patchApplicant} />
        </Sub>
        <Sub title={t('indicators.award')}>
          <AwardFields value={a.awards ?? NONE} patch={patchApplicant} />
        </Sub>
        <Sub title={t('indicators.investment')}>
          <InvestmentFields value={a.investment} patch={patchApplicant} />
        </Sub>
        <Sub title={t('indicators.talent')}>
          <TalentFields startup={a.startup} techTransfer={a.techTransfer} patch={patchApplicant} available={available} />
        </Sub>
      </Section>
      <Section id="deductions" title={t('form.deductions')} group>
        <RecordFields value={a.records ?? NONE} patch={patchApplicant} available={available} />
      </Section>
    </form>
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

function Sub({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="sub-section">
      <legend>{title}</legend>
      {children}
    </fieldset>
  );
}
