import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { certificateKinds } from '../../../../src/applicant/applicant.ts';
import { param } from '../../../../src/policy/index.ts';
import type { CertificateInput } from '../../state/inputs.ts';
import { SelectField, TextField, TriStateField } from '../../ui/fields.tsx';
import { ListEditor } from '../../ui/ListEditor.tsx';
import { CatalogCombobox } from './CatalogCombobox.tsx';
import { type PatchApplicant, withOptional } from './patch.ts';

type Kind = (typeof certificateKinds)[number];
const KINDS: Kind[] = ['skill', 'title', 'qualification'];
const SKILL_LEVELS = [5, 4, 3, 2, 1] as const;
const TITLE_LEVELS = ['junior', 'mid', 'senior'] as const;
const HOW = ['', 'exam', 'evaluation', 'assessment'] as const;

/** 职称/技能: certificates picked from the catalogues (or typed), with the facts that decide whether each counts. */
export const CertificateFields = memo(function CertificateFields({
  value,
  patch,
  date,
}: {
  value: CertificateInput[];
  patch: PatchApplicant;
  date: string;
}) {
  const { t } = useTranslation();
  return (
    <ListEditor
      path="certificates"
      items={value}
      onChange={(certificates) => patch({ certificates })}
      create={(): CertificateInput => ({ kind: 'skill', name: '', obtainedOn: '' })}
      addLabel={t('certificate.add')}
      itemLabel={(i) => t('certificate.item', { n: i + 1 })}
      render={(c, update) => <CertificateRecord value={c} onChange={update} date={date} />}
    />
  );
});

function CertificateRecord({
  value: c,
  onChange,
  date,
}: {
  value: CertificateInput;
  onChange: (v: CertificateInput) => void;
  date: string;
}) {
  const { t } = useTranslation();
  const set = <K extends keyof CertificateInput>(key: K, v: CertificateInput[K] | undefined) => onChange(withOptional(c, key, v));
  const catalogs = c.kind === 'title' ? [] : c.kind === 'skill' ? (['skillOccupations'] as const) : (['qualifications'] as const);
  return (
    <div className="field-grid">
      <SelectField
        label={t('certificate.kind')}
        value={c.kind}
        options={KINDS.map((k) => ({ value: k, label: t(`certificate.kinds.${k}`) }))}
        onChange={(kind) => onChange({ kind, name: c.name, obtainedOn: c.obtainedOn })}
      />
      {c.kind === 'title' ? (
        <TextField
          label={t('certificate.titleName')}
          placeholder={t('certificate.titlePlaceholder')}
          value={c.name}
          onChange={(name) => onChange({ ...c, name })}
        />
      ) : (
        <CatalogCombobox
          label={t(c.kind === 'skill' ? 'certificate.occupation' : 'certificate.qualification')}
          value={c.name}
          catalogs={catalogs}
          date={date}
          onText={(name) => onChange(withOptional({ ...c, name }, 'catalogId', undefined))}
          onPick={(hit) => onChange({ ...c, name: hit.entry.name, catalogId: hit.entry.id })}
        />
      )}
      {c.kind === 'skill' ? (
        <SelectField
          label={t('certificate.skillLevel')}
          value={c.skillLevel === undefined ? '' : String(c.skillLevel)}
          options={[
            { value: '', label: t('common.choose') },
            ...SKILL_LEVELS.map((l) => ({ value: String(l), label: t(`certificate.skillLevels.${l}`) })),
          ]}
          onChange={(v) => set('skillLevel', v ? Number(v) : undefined)}
        />
      ) : null}
      {c.kind === 'title' ? (
        <SelectField
          label={t('certificate.titleLevel')}
          value={c.titleLevel ?? ''}
          options={[
            { value: '', label: t('common.choose') },
            ...TITLE_LEVELS.map((l) => ({ value: l, label: t(`certificate.titleLevels.${l}`) })),
          ]}
          onChange={(v) => set('titleLevel', v ? (v as (typeof TITLE_LEVELS)[number]) : undefined)}
        />
      ) : null}
      <TextField
        type="date"
        label={t('certificate.obtainedOn')}
        value={c.obtainedOn}
        onChange={(obtainedOn) => onChange({ ...c, obtainedOn })}
        required
      />
      <SelectField
        label={t('certificate.obtainedBy')}
        value={c.obtainedBy ?? ''}
        options={HOW.map((h) => ({ value: h, label: t(`certificate.how.${h || 'unknown'}`) }))}
        onChange={(v) => set('obtainedBy', v || undefined)}
      />
      <TriStateField
        label={t('certificate.whileWorkingInShanghai')}
        value={c.whileWorkingInShanghai}
        onChange={(v) => set('whileWorkingInShanghai', v)}
      />
      {c.whileWorkingInShanghai === false ? (
        <TriStateField
          label={t('certificate.verifiedInShanghai')}
          hint={t('certificate.verifiedHint', { level: param('titleSkill', date)?.value.outOfTownSkillMinLevel ?? '–' })}
          value={c.verifiedInShanghai}
          onChange={(v) => set('verifiedInShanghai', v)}
        />
      ) : null}
      <TriStateField
        label={t('certificate.matchesPost')}
        hint={t('certificate.matchesPostHint')}
        value={c.matchesPost}
        onChange={(v) => set('matchesPost', v)}
      />
      {c.kind !== 'skill' ? (
        <TriStateField label={t('certificate.appointed')} value={c.appointed} onChange={(v) => set('appointed', v)} />
      ) : null}
      {c.kind === 'qualification' ? (
        <>
          {/* an appointment to the title is made on the series' conditions: not asked again (R16) */}
          {c.appointed !== true ? (
            <TriStateField
              label={t('certificate.seriesConditionsMet')}
              value={c.seriesConditionsMet}
              onChange={(v) => set('seriesConditionsMet', v)}
            />
          ) : null}
          <TriStateField
            label={t('certificate.registered')}
            hint={t('certificate.registeredHint')}
            value={c.registered}
            onChange={(v) => set('registered', v)}
          />
          {c.registered ? (
            <TextField
              type="date"
              label={t('certificate.registrationValidUntil')}
              value={c.registrationValidUntil ?? ''}
              onChange={(v) => set('registrationValidUntil', v || undefined)}
            />
          ) : null}
        </>
      ) : null}
    </div>
  );
}
