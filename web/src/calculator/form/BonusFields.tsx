import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicantInput } from '../../../../src/applicant/applicant.ts';
import { param } from '../../../../src/policy/index.ts';
import { AREAS, type Area, type Availability } from '../../state/availability.ts';
import type { AwardInput, PublicServiceInput, RemoteAreaInput } from '../../state/inputs.ts';
import { CheckboxField, NumberField, SelectField, TextField } from '../../ui/fields.tsx';
import { ListEditor } from '../../ui/ListEditor.tsx';
import type { PatchApplicant } from './patch.ts';
import { withOptional } from './patch.ts';

type Of<K extends keyof ApplicantInput> = ApplicantInput[K];

/** 配偶为本市户籍人员: 4 per full year of marriage, at most 40. */
export const SpouseFields = memo(function SpouseFields({ value: m, patch }: { value: Of<'marriage'>; patch: PatchApplicant }) {
  const { t } = useTranslation();
  return (
    <div className="field-row">
      <CheckboxField
        label={t('bonus.spouse')}
        checked={Boolean(m?.spouseShanghaiHukou)}
        onChange={(yes) => patch({ marriage: yes ? { spouseShanghaiHukou: true, marriedOn: m?.marriedOn ?? '' } : undefined })}
      />
      {m ? (
        <TextField
          type="date"
          label={t('bonus.marriedOn')}
          value={m.marriedOn}
          onChange={(marriedOn) => patch({ marriage: { ...m, marriedOn } })}
        />
      ) : null}
    </div>
  );
});

export function PeriodFields<T extends { from: string; to?: string | undefined }>({
  value,
  onChange,
}: {
  value: T;
  onChange: (v: T) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <TextField type="date" label={t('period.from')} value={value.from} onChange={(from) => onChange({ ...value, from })} />
      <TextField
        type="date"
        label={t('period.to')}
        hint={t('period.toHint')}
        value={value.to ?? ''}
        onChange={(to) => onChange(withOptional(value, 'to', to || undefined))}
      />
    </>
  );
}

/** 远郊重点区域: periods working and living in Lingang / a new town / …; areas not in force are disabled with their start date. */
export const RemoteAreaFields = memo(function RemoteAreaFields({
  value,
  patch,
  available,
}: {
  value: RemoteAreaInput[];
  patch: PatchApplicant;
  available: Availability;
}) {
  const { t } = useTranslation();
  const firstOpen = AREAS.find((a) => available.areas[a] === null) ?? 'lingang';
  return (
    <ListEditor<RemoteAreaInput>
      items={value}
      path="remoteArea"
      onChange={(remoteArea) => patch({ remoteArea })}
      create={() => ({ area: firstOpen, from: '' })}
      addLabel={t('bonus.remoteAdd')}
      itemLabel={(i) => t('bonus.remoteItem', { n: i + 1 })}
      render={(r, update) => (
        <div className="field-grid">
          <SelectField<Area>
            label={t('bonus.area')}
            value={r.area}
            options={AREAS.map((a) => ({
              value: a,
              label: t(`bonus.areas.${a}`),
              disabledReason: available.areas[a] ? t('availability.from', { date: available.areas[a] }) : undefined,
            }))}
            onChange={(area) => update({ ...r, area })}
          />
          <PeriodFields value={r} onChange={update} />
        </div>
      )}
    />
  );
});

/** 特定公共服务领域 (sanitation): 4 per full year once the waiting years are reached. */
export const PublicServiceFields = memo(function PublicServiceFields({
  value,
  patch,
}: {
  value: PublicServiceInput[];
  patch: PatchApplicant;
}) {
  const { t } = useTranslation();
  return (
    <ListEditor<PublicServiceInput>
      items={value}
      path="publicService"
      onChange={(publicService) => patch({ publicService })}
      create={() => ({ field: 'sanitation', from: '' })}
      addLabel={t('bonus.sanitationAdd')}
      itemLabel={(i) => t('bonus.sanitationItem', { n: i + 1 })}
      render={(p, update) => (
        <div className="field-grid">
          <PeriodFields value={p} onChange={update} />
        </div>
      )}
    />
  );
});

/** 全日制应届高校毕业生: +10 in the graduation year, with the employment notice. */
export const FreshGraduateFields = memo(function FreshGraduateFields({
  value: g,
  patch,
}: {
  value: Of<'freshGraduate'>;
  patch: PatchApplicant;
}) {
  const { t } = useTranslation();
  return (
    <div className="field-grid">
      <CheckboxField
        label={t('bonus.freshGraduate')}
        checked={Boolean(g)}
        onChange={(yes) => patch({ freshGraduate: yes ? { graduatedOn: '', fullTime: true, employmentNotice: true } : undefined })}
      />
      {g ? (
        <>
          <TextField
            type="date"
            label={t('bonus.graduatedOn')}
            value={g.graduatedOn}
            onChange={(graduatedOn) => patch({ freshGraduate: { ...g, graduatedOn } })}
          />
          <CheckboxField
            label={t('bonus.graduateFullTime')}
            checked={g.fullTime}
            onChange={(fullTime) => patch({ freshGraduate: { ...g, fullTime } })}
          />
          <CheckboxField
            label={t('bonus.employmentNotice')}
            checked={g.employmentNotice}
            onChange={(employmentNotice) => patch({ freshGraduate: { ...g, employmentNotice } })}
          />
        </>
      ) : null}
    </div>
  );
});

const AWARD_LEVELS = ['municipalSpecial', 'municipalComprehensive', 'provincialOrAbove'] as const;

/** 表彰奖励: the highest award received while working in Shanghai, on the catalogue. */
export const AwardFields = memo(function AwardFields({ value, patch, date }: { value: AwardInput[]; patch: PatchApplicant; date: string }) {
  const { t } = useTranslation();
  const points = param('award', date)?.value.points;
  return (
    <ListEditor<AwardInput>
      path="awards"
      items={value}
      onChange={(awards) => patch({ awards })}
      create={() => ({ level: 'municipalSpecial', receivedOn: '', whileWorkingInShanghai: true, onCatalogue: true })}
      addLabel={t('bonus.awardAdd')}
      itemLabel={(i) => t('bonus.awardItem', { n: i + 1 })}
      render={(a, update) => (
        <div className="field-grid">
          <SelectField
            label={t('bonus.awardLevel')}
            value={a.level}
            options={AWARD_LEVELS.map((l) => ({ value: l, label: t(`bonus.awardLevels.${l}`, { points: points?.[l] ?? '–' }) }))}
            onChange={(level) => update({ ...a, level })}
          />
          <TextField
            type="date"
            label={t('bonus.receivedOn')}
            value={a.receivedOn}
            onChange={(receivedOn) => update({ ...a, receivedOn })}
          />
          <CheckboxField
            label={t('bonus.awardInShanghai')}
            checked={a.whileWorkingInShanghai ?? true}
            onChange={(v) => update({ ...a, whileWorkingInShanghai: v })}
          />
          <CheckboxField
            label={t('bonus.awardOnCatalogue')}
            checked={a.onCatalogue ?? true}
            onChange={(v) => update({ ...a, onCatalogue: v })}
          />
        </div>
      )}
    />
  );
});

/**
 * 投资纳税 / 带动就业: one figure a year of the policy's window for each (oldest first); the engine averages them and
 * keeps the higher.
 */
export const InvestmentFields = memo(function InvestmentFields({
  value,
  patch,
  date,
}: {
  value: Of<'investment'>;
  patch: PatchApplicant;
  date: string;
}) {
  const { t } = useTranslation();
  const inv = value ?? {};
  const years = param('investment', date)?.value.windowYears ?? 0;
  const indexes = Array.from({ length: years }, (_, i) => i);
  const setYear = (key: 'annualTax' | 'hukouEmployees', i: number, v: number | undefined) => {
    const list = [...(inv[key] ?? [])];
    while (list.length < years) list.push(0);
    list[i] = v ?? 0;
    const next = { ...inv, [key]: list };
    const empty = [...(next.annualTax ?? []), ...(next.hukouEmployees ?? [])].every((x) => !x);
    patch({ investment: empty ? undefined : next });
  };
  return (
    <div className="field-grid">
      {indexes.map((i) => (
        <NumberField
          key={`tax${i}`}
          label={t('bonus.taxYear', { n: i + 1, years })}
          unit={t('units.yuan')}
          min={0}
          value={inv.annualTax?.[i] || undefined}
          onChange={(v) => setYear('annualTax', i, v)}
        />
      ))}
      {indexes.map((i) => (
        <NumberField
          key={`jobs${i}`}
          label={t('bonus.jobsYear', { n: i + 1, years })}
          unit={t('units.people')}
          min={0}
          value={inv.hukouEmployees?.[i] || undefined}
          onChange={(v) => setYear('hukouEmployees', i, v === undefined ? undefined : Math.round(v))}
        />
      ))}
    </div>
  );
});

/** 创业人才 and 创新创业中介服务人才: 120 each, from 2018 (not in the 2013 trial measures). */
export const TalentFields = memo(function TalentFields({
  startup: s,
  techTransfer: tt,
  patch,
  available,
}: {
  startup: Of<'startup'>;
  techTransfer: Of<'techTransfer'>;
  patch: PatchApplicant;
  available: Availability;
}) {
  const { t } = useTranslation();
  const startupOff = available.startupTalent ? t('availability.from', { date: available.startupTalent }) : undefined;
  const transferOff = available.intermediaryTalent ? t('availability.from', { date: available.intermediaryTalent }) : undefined;
  return (
    <div className="field-grid">
      <CheckboxField
        label={t('bonus.startup')}
        disabledReason={startupOff}
        checked={Boolean(s)}
        onChange={(yes) => patch({ startup: yes ? { incubatedMonths: 0, shareholdingPercent: 0, insuredByCompany: true } : undefined })}
      />
      {s && !startupOff ? (
        <>
          <NumberField
            label={t('bonus.shareholding')}
            unit="%"
            min={0}
            max={100}
            step={0.1}
            value={s.shareholdingPercent}
            onChange={(v) => patch({ startup: { ...s, shareholdingPercent: v ?? 0 } })}
          />
          <NumberField
            label={t('bonus.incubatedMonths')}
            unit={t('units.months')}
            min={0}
            value={s.incubatedMonths}
            onChange={(v) => patch({ startup: { ...s, incubatedMonths: Math.round(v ?? 0) } })}
          />
          <CheckboxField
            label={t('bonus.insuredByCompany')}
            checked={s.insuredByCompany}
            onChange={(v) => patch({ startup: { ...s, insuredByCompany: v } })}
          />
        </>
      ) : null}
      <CheckboxField
        label={t('bonus.techTransfer')}
        disabledReason={transferOff}
        checked={Boolean(tt)}
        onChange={(yes) => patch({ techTransfer: yes ? { months: 0, registeredInstitution: true } : undefined })}
      />
      {tt && !transferOff ? (
        <>
          <NumberField
            label={t('bonus.transferMonths')}
            unit={t('units.months')}
            min={0}
            value={tt.months}
            onChange={(v) => patch({ techTransfer: { ...tt, months: Math.round(v ?? 0) } })}
          />
          <CheckboxField
            label={t('bonus.registeredInstitution')}
            checked={tt.registeredInstitution}
            onChange={(v) => patch({ techTransfer: { ...tt, registeredInstitution: v } })}
          />
        </>
      ) : null}
    </div>
  );
});
