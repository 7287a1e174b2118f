import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { readings } from '../../../../src/policy/index.ts';
import { say } from '../../i18n/index.ts';
import { SelectField } from '../../ui/fields.tsx';
import type { PatchAnswers } from './patch.ts';

/** Only the readings that offer a choice: a question with one answer is a fact of the rules, not a setting. */
const CHOICES = readings.filter((r) => r.options.length > 1);

/**
 * How an unclear rule is read (`policy/readings.json`): the project's default, or another reading someone defends.
 * Only switched readings are kept in the answers, so a new default in the data reaches every form left as it was.
 */
export const ReadingsFields = memo(function ReadingsFields({ value, patch }: { value: Record<string, string>; patch: PatchAnswers }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const choose = (id: string, option: string, byDefault: string) => {
    const { [id]: _, ...rest } = value;
    patch({ readings: option === byDefault ? rest : { ...rest, [id]: option } });
  };
  return (
    <fieldset className="sub-section readings-fields">
      <legend>{t('web-calculator:readings.title')}</legend>
      <p className="field-hint">{t('web-calculator:readings.hint')}</p>
      {CHOICES.map((r) => (
        <SelectField
          key={r.id}
          label={t('web-calculator:readings.question', { id: r.id, question: say(r.question, lang) })}
          value={value[r.id] ?? r.default}
          options={r.options.map((o) => ({
            value: o.id,
            label: o.id === r.default ? t('web-calculator:readings.default', { option: say(o.text, lang) }) : say(o.text, lang),
          }))}
          onChange={(option) => choose(r.id, option, r.default)}
        />
      ))}
    </fieldset>
  );
});
