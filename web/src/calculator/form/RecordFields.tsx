import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { recordKinds } from '../../../../src/applicant/applicant.ts';
import { param } from '../../../../src/policy/index.ts';
import type { Availability } from '../../state/availability.ts';
import type { RecordInput } from '../../state/inputs.ts';
import { SelectField, TextField } from '../../ui/fields.tsx';
import { ListEditor } from '../../ui/ListEditor.tsx';
import type { PatchApplicant } from './patch.ts';

const VETO_KINDS = new Set(['familyPlanning', 'seriousCrime']);

/**
 * 减分 and 一票否决: dated records. A veto kind that is not a veto on the assessment date (family planning
 * from 2023) is disabled with the reason, since it would change nothing.
 */
export const RecordFields = memo(function RecordFields({
  value,
  patch,
  available,
}: {
  value: RecordInput[];
  patch: PatchApplicant;
  available: Availability;
}) {
  const { t } = useTranslation();
  // The points and look-back years in the labels are the policy's in force, not typed into the sentence.
  const deductions = param('deductions', available.lookupDate)?.value;
  const numbers = (k: (typeof recordKinds)[number]) => {
    const d = deductions && k in deductions ? deductions[k as keyof typeof deductions] : undefined;
    return { points: d?.points ?? '–', years: d?.lookbackYears ?? '–' };
  };
  return (
    <ListEditor<RecordInput>
      path="records"
      items={value}
      onChange={(records) => patch({ records })}
      create={() => ({ kind: 'adminDetention', date: '' })}
      addLabel={t('records.add')}
      itemLabel={(i) => t('records.item', { n: i + 1 })}
      max={50}
      render={(r, update) => (
        <div className="field-grid">
          <SelectField
            label={t('records.kind')}
            value={r.kind}
            options={recordKinds.map((k) => ({
              value: k,
              label: t(`records.kinds.${k}`, numbers(k)),
              disabledReason: VETO_KINDS.has(k) && !available.vetoes.includes(k) && r.kind !== k ? t('records.notVeto') : undefined,
            }))}
            onChange={(kind) => update({ ...r, kind })}
          />
          <TextField type="date" label={t('records.date')} value={r.date} onChange={(date) => update({ ...r, date })} />
        </div>
      )}
    />
  );
});
