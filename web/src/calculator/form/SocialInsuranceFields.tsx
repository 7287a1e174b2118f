import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SiMonthInput } from '../../state/inputs.ts';
import { generateQuickHistory, lastPostedMonth, type QuickSi } from '../../state/si.ts';
import { NumberField, TextField } from '../../ui/fields.tsx';
import type { PatchAnswers, PatchApplicant } from './patch.ts';
import { SiTable } from './SiTable.tsx';

/**
 * 社保年限 and 社保基数 share one monthly history. Quick mode asks what people know ("N years at about X yuan"),
 * the detailed table holds real months (typed, or pasted from the 社保 statement exported to Excel).
 */
export const SocialInsuranceFields = memo(function SocialInsuranceFields({
  mode,
  quick,
  months,
  date,
  patch,
  patchApplicant,
}: {
  mode: 'quick' | 'detailed';
  quick: QuickSi;
  months: SiMonthInput[];
  /** Assessment date: quick mode's months end the month before, and its month is paid too, unless another last month is given. */
  date: string;
  patch: PatchAnswers;
  patchApplicant: PatchApplicant;
}) {
  const { t } = useTranslation();
  const name = useId();
  const toDetailed = () => {
    patch({ siMode: 'detailed' });
    // Switching keeps what quick mode stood for, so the user edits from there (only when the table is empty).
    if (!months.length) patchApplicant({ socialInsurance: generateQuickHistory(quick, date) });
  };
  return (
    <div className="si-fields">
      <fieldset className="mode-switch">
        <legend>{t('si.mode')}</legend>
        <label>
          <input type="radio" name={name} checked={mode === 'quick'} onChange={() => patch({ siMode: 'quick' })} />
          {t('si.quick')}
        </label>
        <label>
          <input type="radio" name={name} checked={mode === 'detailed'} onChange={toDetailed} />
          {t('si.detailed')}
        </label>
      </fieldset>
      {mode === 'quick' ? (
        <div className="field-row">
          <NumberField
            label={t('si.years')}
            unit={t('units.years')}
            min={0}
            max={50}
            step={0.5}
            value={quick.years || undefined}
            onChange={(years) => patch({ quickSi: { ...quick, years: years ?? 0 } })}
          />
          <NumberField
            label={t('si.base')}
            unit={t('units.yuanPerMonth')}
            min={0}
            max={1_000_000}
            value={quick.base || undefined}
            onChange={(base) => patch({ quickSi: { ...quick, base: base ?? 0 } })}
          />
          <TextField
            type="month"
            label={t('si.lastMonth')}
            hint={t('si.lastMonthHint', { month: lastPostedMonth(date) })}
            value={quick.lastMonth}
            onChange={(lastMonth) => patch({ quickSi: { ...quick, lastMonth } })}
          />
        </div>
      ) : (
        <SiTable months={months} patch={patchApplicant} />
      )}
    </div>
  );
});
