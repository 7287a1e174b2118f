import type { TFunction } from 'i18next';

/**
 * The calculator form's own words for facts (keys of the `web` namespace), so the report, the history diff and the
 * conflict panel name a fact and its value as the form asked for it rather than by the schema's field and code. By the fact's path without list
 * indices (`certificates.kind`); what is not here is named as validation errors name fields, its value as entered.
 */
const LABELS: Readonly<Record<string, string>> = {
  'residencePermit.valid': 'eligibility.permit',
  'employment.outOfTownBranch': 'eligibility.branch',
  'education.verified': 'education.verified',
  'education.foreign': 'education.foreign',
  'certificates.obtainedBy': 'certificate.obtainedBy',
  'certificates.whileWorkingInShanghai': 'certificate.whileWorkingInShanghai',
  'certificates.verifiedInShanghai': 'certificate.verifiedInShanghai',
  'certificates.matchesPost': 'certificate.matchesPost',
  'marriage.spouseShanghaiHukou': 'bonus.spouse',
  'remoteArea.area': 'bonus.area',
};

const VALUES: Readonly<Record<string, string>> = {
  'education.level': 'education.levels',
  'certificates.kind': 'certificate.kinds',
  'certificates.skillLevel': 'certificate.skillLevels',
  'certificates.titleLevel': 'certificate.titleLevels',
  'certificates.obtainedBy': 'certificate.how',
  'remoteArea.area': 'bonus.areas',
  'records.kind': 'records.kinds',
  'awards.level': 'bonus.awardLevels',
};

/** Internal ids that mean nothing to a reader (the catalogue entry is named by `name`). */
export const UNSHOWN: ReadonlySet<string> = new Set(['certificates.catalogId']);

/** `certificates[0].kind` → `certificates.kind`. */
export function shapeOf(path: string): string {
  return path.replace(/\[\d+\]/g, '');
}

/** The form's label key for the fact's last field, if the form has one. */
export function labelKey(path: string): string | undefined {
  return LABELS[shapeOf(path)];
}

/** The form's key for a coded value (an option of a select), if the form has one. */
export function valueKey(path: string, value: string | number | boolean): string | undefined {
  const base = VALUES[shapeOf(path)];
  return base && typeof value !== 'boolean' ? `${base}.${value}` : undefined;
}

/** A fact's value in the form's words: yes or no, a coded value by its option's label, anything else as entered. */
export function factValueText(t: TFunction, path: string, value: string | number | boolean): string {
  if (typeof value === 'boolean') return t(value ? 'web-records:history.yes' : 'web-records:history.no');
  const key = valueKey(path, value);
  return key ? t(key, { defaultValue: String(value) }) : String(value);
}
