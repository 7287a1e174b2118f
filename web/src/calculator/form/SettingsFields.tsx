import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { versions } from '../../../../src/policy/index.ts';
import { pick } from '../../i18n/index.ts';
import { today } from '../../state/answers.ts';
import { type Option, SelectField, TextField } from '../../ui/fields.tsx';
import type { PatchAnswers } from './patch.ts';

/** Assessment date (default today) and scheme version (default: picked by the date). */
export const SettingsFields = memo(function SettingsFields({
  date,
  version,
  patch,
}: {
  date: string;
  version: string;
  patch: PatchAnswers;
}) {
  const { t, i18n } = useTranslation();
  const options: Option<string>[] = [
    { value: '', label: t('settings.versionAuto') },
    ...versions.map((v) => ({
      value: v.id,
      label: t('web-calculator:settings.versionOption', { id: v.id, name: pick(v.name, i18n.language), from: v.from, to: v.to }),
    })),
  ];
  return (
    <div className="field-row">
      <TextField
        type="date"
        label={t('settings.date')}
        hint={date ? undefined : t('settings.dateToday', { date: today() })}
        value={date}
        onChange={(d) => patch({ date: d })}
      />
      <SelectField label={t('settings.version')} value={version} options={options} onChange={(v) => patch({ version: v })} />
    </div>
  );
});
