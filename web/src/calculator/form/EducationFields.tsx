import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { educationLevels } from '../../../../src/applicant/applicant.ts';
import type { EducationInput } from '../../state/inputs.ts';
import { CheckboxField, SelectField, TextField, TriStateField } from '../../ui/fields.tsx';
import { ListEditor } from '../../ui/ListEditor.tsx';
import { CatalogCombobox } from './CatalogCombobox.tsx';
import { type PatchApplicant, withOptional } from './patch.ts';

type Level = (typeof educationLevels)[number];
const LEVELS: Level[] = ['associate', 'bachelor', 'master', 'doctor'];

/**
 * 教育背景: one record per diploma; the engine keeps the highest verified one. The major feeds 紧缺急需专业.
 * With no record, the applicant can say they have no diploma: education then scores 0 with nothing to confirm.
 */
export const EducationFields = memo(function EducationFields({
  value,
  noDiploma,
  patch,
  date,
}: {
  value: EducationInput[];
  noDiploma: boolean;
  patch: PatchApplicant;
  date: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      {value.length === 0 ? (
        <CheckboxField
          label={t('web-calculator:education.none')}
          hint={t('web-calculator:education.noneHint')}
          checked={noDiploma}
          onChange={(none) => patch({ noDiploma: none })}
        />
      ) : null}
      {noDiploma && value.length === 0 ? null : (
        <ListEditor
          path="education"
          items={value}
          // A diploma added is an answer too: "no diploma" no longer holds.
          onChange={(education) => patch(noDiploma ? { education, noDiploma: false } : { education })}
          create={(): EducationInput => ({ level: 'bachelor', degree: true, fullTime: true, verified: true, foreign: false })}
          addLabel={t('education.add')}
          itemLabel={(i) => t('education.item', { n: i + 1 })}
          max={10}
          render={(e, update) => <EducationRecord value={e} onChange={update} date={date} />}
        />
      )}
    </>
  );
});

function EducationRecord({ value: e, onChange, date }: { value: EducationInput; onChange: (v: EducationInput) => void; date: string }) {
  const { t } = useTranslation();
  const major = e.major;
  return (
    <div className="field-grid">
      <SelectField
        label={t('education.level')}
        value={e.level}
        options={LEVELS.map((l) => ({ value: l, label: t(`education.levels.${l}`) }))}
        onChange={(level) => onChange({ ...e, level })}
      />
      <CheckboxField
        label={t('education.degree')}
        disabledReason={e.level === 'associate' ? t('education.degreeAssociate') : undefined}
        checked={e.degree ?? true}
        onChange={(degree) => onChange({ ...e, degree })}
      />
      <CheckboxField label={t('education.fullTime')} checked={e.fullTime ?? true} onChange={(fullTime) => onChange({ ...e, fullTime })} />
      <CheckboxField
        label={t('education.verified')}
        hint={t('education.verifiedHint')}
        checked={e.verified ?? true}
        onChange={(verified) => onChange({ ...e, verified })}
      />
      <CheckboxField label={t('education.foreign')} checked={e.foreign ?? false} onChange={(foreign) => onChange({ ...e, foreign })} />
      <TextField
        type="date"
        label={t('education.obtainedOn')}
        value={e.obtainedOn ?? ''}
        onChange={(d) => onChange(withOptional(e, 'obtainedOn', d || undefined))}
      />
      <details className="subfields" open={Boolean(major)}>
        <summary>{t('education.majorSummary')}</summary>
        <CatalogCombobox
          label={t('education.majorName')}
          value={major?.name ?? ''}
          catalogs={['shortageMajors']}
          date={date}
          onText={(name) => onChange(withOptional(e, 'major', name || major?.code ? { ...(major ?? { code: '' }), name } : undefined))}
          onPick={(hit) =>
            onChange({ ...e, major: { ...major, name: hit.entry.name, code: 'code' in hit.entry ? hit.entry.code : (major?.code ?? '') } })
          }
        />
        <TextField
          label={t('education.majorCode')}
          hint={t('education.majorCodeHint')}
          value={major?.code ?? ''}
          onChange={(code) => onChange(withOptional(e, 'major', code || major?.name ? { ...(major ?? { name: '' }), code } : undefined))}
        />
        <TriStateField
          label={t('education.postMatches')}
          value={major?.postMatches}
          onChange={(postMatches) => major && onChange({ ...e, major: withOptional(major, 'postMatches', postMatches) })}
        />
      </details>
    </div>
  );
}
