import type { Certificate } from '../applicant/applicant.ts';
import type { Condition } from '../core/condition.ts';
import { failed, met } from '../core/condition.ts';
import { sharedCache } from '../core/shared-cache.ts';
import type { Text } from '../core/text.ts';
import { type CatalogEntry, catalogs, type EntryOf, findExact, getEntry, inForce } from './data.ts';
import { titlesText } from './describe.ts';
import { englishName } from './english.ts';
import type { Qualification } from './file-schema.ts';
import { search } from './search.ts';

/**
 * Whether a certificate is on its catalogue on the assessment date. Matching is exact — by catalogue id, or by
 * name, alternative name or alias — never fuzzy: a fuzzy neighbour only becomes a "did you mean" in the fix.
 */

type Bound = 'skillOccupations' | 'qualifications';

export function lookup<K extends Bound>(catalog: K, cert: Certificate): EntryOf[K] | undefined {
  if (cert.catalogId !== undefined) {
    const byId = getEntry(cert.catalogId);
    if (byId?.catalog === catalog) return byId.entry as EntryOf[K];
  }
  return findExact(catalog, cert.name);
}

function didYouMean(catalog: Bound, name: string): CatalogEntry[] {
  return search(name, { catalogs: [catalog], limit: 3 }).hits.map((h) => h.entry);
}

function notOnCatalogue(catalog: Bound, cert: Certificate, whatCounts: Text): Condition {
  const label = catalogs[catalog].meta.name;
  const near = didYouMean(catalog, cert.name);
  const hint: Text =
    near.length === 0
      ? whatCounts
      : {
          zh: `若证书实为目录内的「${near.map((e) => e.name).join('」或「')}」，请按目录名称填写；否则：${whatCounts.zh}`,
          en: `If the certificate is in fact ${near.map(englishName).join(' or ')} on the catalogue, use that name; otherwise: ${whatCounts.en}`,
        };
  return failed(
    'catalogue',
    { zh: `「${cert.name}」不在${label.zh}内，不能积分`, en: `"${cert.name}" is not on the ${label.en}: it scores no points` },
    hint,
  );
}

function notYetOnCatalogue(catalog: Bound, entry: CatalogEntry, date: string): Condition {
  const label = catalogs[catalog].meta.name;
  const from = entry.from;
  return failed(
    'catalogue',
    {
      zh: `「${entry.name}」自${from}起才列入${label.zh}，评估日${date}不在目录内`,
      en: `${englishName(entry)} is on the ${label.en} only from ${from}; on ${date} it is not`,
    },
    { zh: `在${from}及以后申请`, en: `Apply on or after ${from}` },
  );
}

/** An entry's "on the catalogue" condition says the same every time: made once per entry, shared and frozen. */
const onCatalogueConditions = sharedCache<Condition>();

function onCatalogue(catalog: Bound, entry: CatalogEntry & { number: number }, extra: () => Text = () => ({ zh: '', en: '' })): Condition {
  return onCatalogueConditions(entry, undefined, () => {
    const label = catalogs[catalog].meta.name;
    const more = extra();
    return met('catalogue', {
      zh: `「${entry.name}」在${label.zh}内（第${entry.number}项）${more.zh}`,
      en: `${englishName(entry)} is on the ${label.en} (item ${entry.number})${more.en}`,
    });
  });
}

/** Skill certificates: on the occupation catalogue for every level (R3 default), or for levels 3..1 only (R3 alternative). */
export function skillCatalogue(
  cert: Certificate,
  date: string,
  r3: string,
): { entry: EntryOf['skillOccupations'] | undefined; condition: Condition } {
  const entry = lookup('skillOccupations', cert);
  const bound = r3 !== 'catalogueLevels3to1' || cert.skillLevel === undefined || cert.skillLevel <= 3;
  if (!bound) {
    const text: Text = {
      zh: '按解读R3备选：五级、四级技能证书不受职业目录限制',
      en: 'under reading R3 (alternative): skill levels 5 and 4 are not bound to the occupation catalogue',
    };
    return { entry, condition: met('catalogue', text) };
  }
  if (!entry) {
    const whatCounts: Text = {
      zh: '只有高技能人才职业、工种目录内职业（工种）的技能证书才能积分',
      en: 'only skill certificates in an occupation on the high-skill occupation catalogue score',
    };
    return { entry, condition: notOnCatalogue('skillOccupations', cert, whatCounts) };
  }
  if (!inForce(entry, date)) return { entry, condition: notYetOnCatalogue('skillOccupations', entry, date) };
  return { entry, condition: onCatalogue('skillOccupations', entry) };
}

/** Qualifications count as mid-level only when on the qualification catalogue; its entry names the title. */
export function qualificationCatalogue(cert: Certificate, date: string): { entry: Qualification | undefined; condition: Condition } {
  const entry = lookup('qualifications', cert);
  if (!entry) {
    const whatCounts: Text = {
      zh: '只有专业技术类职业资格目录内的职业资格才能视同中级职称；已取得的职称可按职称申报',
      en: 'only qualifications on the professional-qualification catalogue count as mid-level; a title you hold can be declared as a title',
    };
    return { entry, condition: notOnCatalogue('qualifications', cert, whatCounts) };
  }
  if (!inForce(entry, date)) return { entry, condition: notYetOnCatalogue('qualifications', entry, date) };
  const extra = (): Text => {
    const titles = titlesText(entry);
    return entry.titles.length === 0
      ? { zh: `（${titles.zh}）`, en: ` (${titles.en})` }
      : { zh: `，可聘${titles.zh}`, en: `, appointable as ${titles.en}` };
  };
  return { entry, condition: onCatalogue('qualifications', entry, extra) };
}
