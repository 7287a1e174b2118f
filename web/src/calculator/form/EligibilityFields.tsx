import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicantInput } from '../../../../src/applicant/applicant.ts';
import { CheckboxField, TriStateField } from '../../ui/fields.tsx';
import { type PatchApplicant, withOptional } from './patch.ts';

type Employment = NonNullable<ApplicantInput['employment']>;

/** Who may apply (§3.1): residence permit, contributing in the application month, not at an out-of-town branch. */
export const EligibilityFields = memo(function EligibilityFields({
  permitValid,
  employment = { outOfTownBranch: false },
  patch,
}: {
  permitValid: boolean;
  employment: Employment | undefined;
  patch: PatchApplicant;
}) {
  const { t } = useTranslation();
  return (
    <div className="field-grid">
      <CheckboxField label={t('eligibility.permit')} checked={permitValid} onChange={(valid) => patch({ residencePermit: { valid } })} />
      <CheckboxField
        label={t('eligibility.branch')}
        hint={t('eligibility.branchHint')}
        checked={employment.outOfTownBranch ?? false}
        onChange={(outOfTownBranch) => patch({ employment: { ...employment, outOfTownBranch } })}
      />
      <TriStateField
        label={t('eligibility.contributingNow')}
        hint={t('eligibility.contributingNowHint')}
        value={employment.contributingNow}
        onChange={(contributingNow) => patch({ employment: withOptional(employment, 'contributingNow', contributingNow) })}
      />
    </div>
  );
});
