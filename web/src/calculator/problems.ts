import type { TFunction } from 'i18next';
import type { ApplicantInput } from '../../../src/applicant/applicant.ts';
import type { FieldIssue } from '../../../src/engine/index.ts';
import { say } from '../i18n/index.ts';
import { valueAt } from '../state/partial.ts';
import type { FieldProblem } from '../ui/field-issues.tsx';

/**
 * Each issue in the user's language, worded for the place it is shown: beside its record, so the field is named
 * by its own label there ("Date obtained: required", not the schema's path), and an empty field is "required"
 * rather than "date must be YYYY-MM-DD".
 */
export function problemsOf(issues: readonly FieldIssue[], input: ApplicantInput, t: TFunction, lang: string): FieldProblem[] {
  return issues.map((i) => {
    const name = /(\w+)$/.exec(i.path)?.[1] ?? '';
    const field = t(`web-calculator:fields.${name}`, { defaultValue: say(i.field, lang) });
    const message = valueAt(input, i.path) === '' ? t('web-calculator:issues.required') : say(i.message, lang);
    return { path: i.path, text: t('web-calculator:issues.line', { field, message }) };
  });
}
