import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicantInput } from '../../../src/applicant/applicant.ts';
import { permitTypes } from '../../../src/applicant/hukou.ts';
import { PeriodFields } from '../calculator/form/BonusFields.tsx';
import { NONE, withOptional } from '../calculator/form/patch.ts';
import { FieldProblemList } from '../ui/field-issues.tsx';
import { NumberField, SelectField, TextField, TriStateField } from '../ui/fields.tsx';
import { ListEditor } from '../ui/ListEditor.tsx';

type Facts = NonNullable<ApplicantInput['hukou']>;
type Certificates = NonNullable<ApplicantInput['certificates']>;
type YesNo = 'employerInShanghai' | 'taxInShanghai' | 'familyPlanningCompliant';
type Optional = 'coreTalent' | 'areaCommitment' | 'enterpriseSciTech' | 'cpaOrLawyerPractising' | 'outstandingMigrantWorker';
const AREAS = ['lingang', 'zhangjiang', 'newTown'] as const;

const BASIC: [YesNo, string][] = [
  ['employerInShanghai', 'employer'],
  ['taxInShanghai', 'tax'],
  ['familyPlanningCompliant', 'familyPlanning'],
];
const MORE: [Optional, string][] = [
  ['coreTalent', 'coreTalent'],
  ['areaCommitment', 'areaCommitment'],
  ['enterpriseSciTech', 'enterpriseSciTech'],
  ['cpaOrLawyerPractising', 'cpaOrLawyer'],
  ['outstandingMigrantWorker', 'migrantWorker'],
];

/**
 * What 居转户 needs and the points form does not ask (`src/applicant/hukou.ts`), and each certificate's appointment
 * date: kept with the calculator's answers. "Not sure" leaves a fact out, so the answer asks for it.
 */
export const HukouFacts = memo(function HukouFacts({
  facts = {},
  certificates = NONE,
  onFacts,
  onCertificates,
}: {
  facts: Facts | undefined;
  certificates: Certificates | undefined;
  onFacts: (next: Facts) => void;
  onCertificates: (next: Certificates) => void;
}) {
  const { t } = useTranslation();
  const set = <K extends keyof Facts>(key: K, value: Facts[K] | undefined) => onFacts(withOptional(facts, key, value));
  const areas = facts.areas ?? NONE;
  // Both amounts or neither: one alone is kept, and the schema says which one is missing.
  const funding = facts.startupFunding as Partial<NonNullable<Facts['startupFunding']>> | undefined;
  const setFunding = (key: 'firstRoundYuan' | 'cumulativeYuan', v: number | undefined) => {
    const next = withOptional({ ...funding }, key, v);
    set('startupFunding', Object.keys(next).length ? (next as Facts['startupFunding']) : undefined);
  };
  const hasMore =
    MORE.some(([k]) => facts[k] !== undefined) ||
    [areas, facts.remotePosts, facts.outOfTownEmployerMonths].some((l) => (l?.length ?? 0) > 0) ||
    facts.startupFunding !== undefined ||
    facts.techTransferYuan !== undefined;
  return (
    <section className="card-form hukou-facts" aria-labelledby="hukou-facts-heading">
      <h2 id="hukou-facts-heading">{t('web-hukou:facts.heading')}</h2>
      <h3>{t('web-hukou:facts.permits')}</h3>
      <p className="field-hint">{t('web-hukou:facts.permitsHint')}</p>
      <ListEditor
        items={facts.permits ?? NONE}
        path="hukou.permits"
        max={50}
        onChange={(permits) => set('permits', permits)}
        create={() => ({ from: '', type: 'employment' as const })}
        addLabel={t('web-hukou:facts.addPermit')}
        itemLabel={(i) => t('web-hukou:facts.permitItem', { n: i + 1 })}
        render={(p, update) => (
          <div className="field-grid">
            <SelectField
              label={t('web-hukou:facts.permitType')}
              value={p.type}
              options={permitTypes.map((v) => ({ value: v, label: t(`web-hukou:facts.types.${v}`) }))}
              onChange={(type) => update({ ...p, type })}
            />
            <PeriodFields value={p} onChange={update} />
          </div>
        )}
      />
      <div className="field-grid">
        {BASIC.map(([key, label]) => (
          <TriStateField key={key} label={t(`web-hukou:facts.${label}`)} value={facts[key]} onChange={(v) => set(key, v)} />
        ))}
      </div>
      <h3>{t('web-hukou:facts.appointed')}</h3>
      <p className="field-hint">{t('web-hukou:facts.appointedHint')}</p>
      {certificates.length === 0 ? <p className="notice">{t('web-hukou:facts.noCertificates')}</p> : null}
      <div className="field-grid">
        {certificates.map((c, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: positional records, as in the calculator's list
          <div key={i}>
            <FieldProblemList at={[`certificates[${i}]`]} />
            <TextField
              type="date"
              label={t('web-hukou:facts.appointedOn', { name: c.name || t('web-hukou:facts.unnamed', { n: i + 1 }) })}
              value={c.appointedOn ?? ''}
              onChange={(on) => onCertificates(certificates.map((x, j) => (j === i ? withOptional(x, 'appointedOn', on || undefined) : x)))}
            />
          </div>
        ))}
      </div>
      <details className="hukou-more" open={hasMore}>
        <summary>{t('web-hukou:facts.more')}</summary>
        <h3>{t('web-hukou:facts.areas')}</h3>
        <ListEditor
          items={areas}
          path="hukou.areas"
          onChange={(next) => set('areas', next)}
          create={() => ({ area: 'lingang' as const, from: '' })}
          addLabel={t('web-hukou:facts.addArea')}
          itemLabel={(i) => t('web-hukou:facts.areaItem', { n: i + 1 })}
          render={(a, update) => (
            <div className="field-grid">
              <SelectField
                label={t('web-hukou:facts.area')}
                value={a.area}
                options={AREAS.map((v) => ({ value: v, label: t(`web-hukou:facts.areaNames.${v}`) }))}
                onChange={(area) => update({ ...a, area })}
              />
              <PeriodFields value={a} onChange={update} />
            </div>
          )}
        />
        <h3>{t('web-hukou:facts.remotePosts')}</h3>
        <ListEditor
          items={facts.remotePosts ?? NONE}
          path="hukou.remotePosts"
          onChange={(next) => set('remotePosts', next)}
          create={() => ({ from: '' })}
          addLabel={t('web-hukou:facts.addRemote')}
          itemLabel={(i) => t('web-hukou:facts.remoteItem', { n: i + 1 })}
          render={(r, update) => (
            <div className="field-grid">
              <PeriodFields value={r} onChange={update} />
            </div>
          )}
        />
        <h3>{t('web-hukou:facts.outOfTown')}</h3>
        <p className="field-hint">{t('web-hukou:facts.outOfTownHint')}</p>
        <ListEditor
          items={facts.outOfTownEmployerMonths ?? NONE}
          path="hukou.outOfTownEmployerMonths"
          max={600}
          onChange={(next) => set('outOfTownEmployerMonths', next)}
          create={() => ''}
          addLabel={t('web-hukou:facts.addMonth')}
          itemLabel={(i) => t('web-hukou:facts.monthItem', { n: i + 1 })}
          render={(m, update) => <TextField type="month" label={t('web-hukou:facts.month')} value={m} onChange={update} />}
        />
        <FieldProblemList at={['hukou.startupFunding', 'hukou.techTransferYuan']} />
        <div className="field-grid">
          <NumberField
            label={t('web-hukou:facts.firstRoundYuan')}
            unit={t('units.yuan')}
            min={0}
            value={funding?.firstRoundYuan}
            onChange={(v) => setFunding('firstRoundYuan', v)}
          />
          <NumberField
            label={t('web-hukou:facts.cumulativeYuan')}
            unit={t('units.yuan')}
            min={0}
            value={funding?.cumulativeYuan}
            onChange={(v) => setFunding('cumulativeYuan', v)}
          />
          <NumberField
            label={t('web-hukou:facts.techTransferYuan')}
            unit={t('units.yuan')}
            min={0}
            value={facts.techTransferYuan}
            onChange={(v) => set('techTransferYuan', v)}
          />
        </div>
        <div className="field-grid">
          {MORE.map(([key, label]) => (
            <TriStateField key={key} label={t(`web-hukou:facts.${label}`)} value={facts[key]} onChange={(v) => set(key, v)} />
          ))}
        </div>
      </details>
    </section>
  );
});
