import { memo, useCallback, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { monthIndex, monthString } from '../../../../src/core/calendar.ts';
import { today } from '../../state/answers.ts';
import type { SiMonthInput } from '../../state/inputs.ts';
import { MAX_SI_MONTHS, mergeMonths, parsePastedMonths } from '../../state/si.ts';
import type { PatchApplicant } from './patch.ts';

/** The month-by-month table: one editable row per month; rows pasted from Excel replace the same months. */
export const SiTable = memo(function SiTable({ months, patch }: { months: SiMonthInput[]; patch: PatchApplicant }) {
  const onChange = (socialInsurance: SiMonthInput[]) => patch({ socialInsurance });
  const { t } = useTranslation();
  const pasteId = useId();
  const [paste, setPaste] = useState('');
  const [pasteMessage, setPasteMessage] = useState('');
  // Rows are memoised: the callbacks read the latest months through a ref so they stay the same functions.
  const latest = useRef(months);
  latest.current = months;
  const update = useCallback(
    (i: number, next: SiMonthInput) => patch({ socialInsurance: latest.current.map((m, j) => (j === i ? next : m)) }),
    [patch],
  );
  const remove = useCallback((i: number) => patch({ socialInsurance: latest.current.filter((_, j) => j !== i) }), [patch]);
  const addMonth = () => {
    const last = months[months.length - 1];
    const month = last ? monthString(monthIndex(last.month) + 1) : monthString(monthIndex(today()) - 1);
    onChange([...months, { month, base: last?.base ?? 0 }]);
  };
  const importPaste = () => {
    const { months: pasted, skipped } = parsePastedMonths(paste);
    onChange(mergeMonths(months, pasted));
    setPasteMessage(
      t('si.pasted', { count: pasted.length, skipped: skipped.length ? t('si.skipped', { lines: skipped.join(', ') }) : '' }),
    );
    if (pasted.length) setPaste('');
  };
  return (
    <div className="si-table">
      <div className="table-scroll">
        <table>
          <caption className="sr-only">{t('si.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('si.month')}</th>
              <th scope="col">{t('si.monthBase')}</th>
              <th scope="col">{t('si.backPaid')}</th>
              <th scope="col">{t('si.employerMatches')}</th>
              <th scope="col">{t('si.taxMatches')}</th>
              <th scope="col">
                <span className="sr-only">{t('common.remove')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {months.map((m, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the month itself is editable, so the row position is the key
              <SiRow key={i} index={i} month={m} update={update} remove={remove} />
            ))}
          </tbody>
        </table>
      </div>
      <p className="table-summary">{t('si.count', { count: months.length })}</p>
      <div className="button-row">
        <button type="button" onClick={addMonth} disabled={months.length >= MAX_SI_MONTHS}>
          + {t('si.addMonth')}
        </button>
        <button type="button" onClick={() => onChange([])} disabled={!months.length}>
          {t('si.clear')}
        </button>
      </div>
      <div className="field">
        <label htmlFor={pasteId}>{t('si.pasteLabel')}</label>
        <textarea
          id={pasteId}
          rows={4}
          value={paste}
          placeholder={t('web-calculator:si.pastePlaceholder')}
          onChange={(e) => setPaste(e.target.value)}
        />
        <div className="button-row">
          <button type="button" onClick={importPaste} disabled={!paste.trim()}>
            {t('si.import')}
          </button>
        </div>
        <p role="status" className="field-hint">
          {pasteMessage}
        </p>
      </div>
    </div>
  );
});

/** One month: every cell labelled with its month for screen readers. */
const SiRow = memo(function SiRow({
  index,
  month: m,
  update,
  remove,
}: {
  index: number;
  month: SiMonthInput;
  update: (i: number, next: SiMonthInput) => void;
  remove: (i: number) => void;
}) {
  const { t } = useTranslation();
  return (
    <tr>
      <td>
        <input
          type="month"
          aria-label={t('si.month')}
          value={m.month}
          onChange={(e) => e.target.value && update(index, { ...m, month: e.target.value })}
        />
      </td>
      <td>
        <input
          type="text"
          inputMode="numeric"
          aria-label={t('si.baseOf', { month: m.month })}
          value={String(m.base)}
          onChange={(e) => update(index, { ...m, base: Number(e.target.value.replace(/\D/g, '')) || 0 })}
        />
      </td>
      <td>
        <input
          type="checkbox"
          aria-label={t('si.backPaidOf', { month: m.month })}
          checked={m.backPaid ?? false}
          onChange={(e) => update(index, { ...m, backPaid: e.target.checked })}
        />
      </td>
      <td>
        <input
          type="checkbox"
          aria-label={t('si.employerMatchesOf', { month: m.month })}
          checked={m.employerMatchesContract ?? true}
          onChange={(e) => update(index, { ...m, employerMatchesContract: e.target.checked })}
        />
      </td>
      <td>
        <input
          type="checkbox"
          aria-label={t('si.taxMatchesOf', { month: m.month })}
          checked={m.taxMatches ?? true}
          onChange={(e) => update(index, { ...m, taxMatches: e.target.checked })}
        />
      </td>
      <td>
        <button type="button" className="link-button" onClick={() => remove(index)}>
          {t('common.remove')}
          <span className="sr-only"> {m.month}</span>
        </button>
      </td>
    </tr>
  );
});
