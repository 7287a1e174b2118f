import { joined } from '../core/join.ts';
import { type Msg, msg, type Said } from '../core/message.ts';
import { type DatedParam, files, type ParamId, type ParamValue, param } from '../policy/index.ts';
import { type CatalogEntry, type CatalogId, catalogs, type Qualification, type ShortageMajor } from './data.ts';
import { englishName } from './english.ts';

/**
 * What an entry can give and what it takes, in words: shown beside a search hit.
 * The figures come from the dated policy parameters, never from this file.
 */

export interface EntryPoints {
  min: number;
  max: number;
  /** Skill occupations only: points by level, 5 (lowest) … 1. */
  byLevel?: Record<1 | 2 | 3 | 4 | 5, number>;
  text: Msg;
}

/** The parameter in force on `date`; without a date (or outside the scheme), the nearest version. */
export function paramAt<K extends ParamId>(id: K, date: string | undefined): DatedParam<K> {
  const found = date === undefined ? undefined : param(id, date);
  if (found) return found;
  const values = files[id].values as DatedParam<K>[];
  const first = values.reduce((a, b) => (b.from < a.from ? b : a));
  const last = values.reduce((a, b) => (b.from > a.from ? b : a));
  return date !== undefined && date < first.from ? first : last;
}

export function pointsOf(catalog: CatalogId, date: string | undefined): EntryPoints {
  if (catalog === 'shortageMajors') {
    const p = paramAt('shortageMajor', date).value.points;
    return { min: p, max: p, text: msg('catalog:points.shortageMajor', { points: p }) };
  }
  const points = paramAt('titleSkill', date).value.points;
  if (catalog === 'qualifications') {
    const p = points.qualificationMid;
    return { min: p, max: p, text: msg('catalog:points.qualification', { points: p }) };
  }
  const byLevel = { 5: points.skill5, 4: points.skill4, 3: points.skill3, 2: points.skill2, 1: points.skill1 };
  const text = msg('catalog:points.skill', {
    min: points.skill5,
    max: points.skill1,
    l5: points.skill5,
    l4: points.skill4,
    l3: points.skill3,
    l2: points.skill2,
    l1: points.skill1,
  });
  return { min: points.skill5, max: points.skill1, byLevel, text };
}

/** The 1× base gate as a message, from the parameter (6 of the last 12 months). */
function gate(date: string | undefined, who: Msg): Msg {
  const { months, windowMonths, minRatio } = paramAt('titleSkill', date).value.gate;
  return msg('catalog:gate', { who, window: windowMonths, months, ratio: minRatio });
}

/** Where an out-of-town skill certificate of level 3+ must be checked: by version (2017 细则 vs 2022/23 细则). */
export function outOfTownSkillText(date: string | undefined): Msg {
  return outOfTownRuleText(paramAt('titleSkill', date).value);
}

/** The out-of-town rule of a title/skill value in force (the engine passes the one it holds). */
export function outOfTownRuleText(value: Pick<ParamValue<'titleSkill'>, 'outOfTownSkillRule' | 'outOfTownSkillMinLevel'>): Msg {
  return msg(`catalog:outOfTown.${value.outOfTownSkillRule}`, { level: value.outOfTownSkillMinLevel });
}

/** Titles a qualification can be appointed to, each in both languages, joined "A or B" in either. */
export function titlesText(entry: Qualification): Said {
  const each = entry.titles.map((zh, i): Said => ({ zh, en: entry.titlesEn[i] ?? zh }));
  return joined(each, 'catalog:join.or') ?? msg('catalog:titles.none');
}

/** Only entries added or removed after the catalogue's start say when: the rest are simply on it. */
function inForce(catalog: CatalogId, entry: CatalogEntry): Msg[] {
  const notes: Msg[] = [];
  if (entry.from > catalogs[catalog].meta.version.from) notes.push(msg('catalog:inForce.from', { date: entry.from }));
  if (entry.to) notes.push(msg('catalog:inForce.to', { date: entry.to }));
  return notes;
}

const postMatch = msg('catalog:condition.postMatch');

function skillConditions(entry: CatalogEntry, date: string | undefined): Msg[] {
  return [
    postMatch,
    msg('catalog:condition.inShanghai'),
    outOfTownSkillText(date),
    gate(date, msg('catalog:who.upperSkill')),
    ...inForce('skillOccupations', entry),
  ];
}

function qualificationConditions(entry: Qualification, date: string | undefined): Msg[] {
  const out: Msg[] = [
    entry.needsHumanCheck ? msg('catalog:condition.titleUnstated') : msg('catalog:condition.appointed', { titles: titlesText(entry) }),
    msg('catalog:condition.series'),
  ];
  if (entry.registration) out.push(msg('catalog:condition.registration'));
  out.push(
    msg(entry.obtainedBy === 'nationalExam' ? 'catalog:condition.nationalExam' : 'catalog:condition.local'),
    postMatch,
    gate(date, msg('catalog:who.qualification')),
    ...inForce('qualifications', entry),
  );
  return out;
}

function majorConditions(entry: ShortageMajor, date: string | undefined): Msg[] {
  const v = paramAt('shortageMajor', date).value;
  const level: Said = v.requiredLevel === 'associate' ? msg('catalog:level.associate') : { zh: v.requiredLevel, en: v.requiredLevel };
  const major = { zh: entry.name, en: englishName(entry) };
  return [
    msg('catalog:condition.major', { fullTime: v.requireFullTime ? 'yes' : 'no', level, major, code: entry.code }),
    msg('catalog:condition.majorExact'),
    msg('catalog:condition.majorPost'),
    ...inForce('shortageMajors', entry),
  ];
}

/** The conditions an entry's holder must meet to score, as messages. */
export function conditionsOf(catalog: CatalogId, entry: CatalogEntry, date: string | undefined): Msg[] {
  if (catalog === 'skillOccupations') return skillConditions(entry, date);
  if (catalog === 'qualifications') return qualificationConditions(entry as Qualification, date);
  return majorConditions(entry as ShortageMajor, date);
}
