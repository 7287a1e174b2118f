import type { Text } from '../core/text.ts';
import { type DatedParam, files, type ParamId, param } from '../policy/index.ts';
import { type CatalogEntry, type CatalogId, catalogs, type Qualification, type ShortageMajor } from './data.ts';
import { englishName, englishTitles } from './english.ts';

/**
 * What an entry can give and what it takes, in words: shown beside a search hit.
 * The figures come from the dated policy parameters, never from this file.
 */

export interface EntryPoints {
  min: number;
  max: number;
  /** Skill occupations only: points by level, 5 (lowest) … 1. */
  byLevel?: Record<1 | 2 | 3 | 4 | 5, number>;
  text: Text;
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
    return { min: p, max: p, text: { zh: `${p}分（紧缺急需专业加分）`, en: `${p} (shortage-major bonus)` } };
  }
  const points = paramAt('titleSkill', date).value.points;
  if (catalog === 'qualifications') {
    const p = points.qualificationMid;
    return { min: p, max: p, text: { zh: `${p}分（视同中级职称）`, en: `${p} as a mid-level title equivalent` } };
  }
  const byLevel = { 5: points.skill5, 4: points.skill4, 3: points.skill3, 2: points.skill2, 1: points.skill1 };
  const zh = ['五级', '四级', '三级', '二级', '一级'].map((l, i) => `${l}${byLevel[(5 - i) as 1 | 2 | 3 | 4 | 5]}`).join('/');
  const en = [5, 4, 3, 2, 1].map((l) => `level ${l} → ${byLevel[l as 1 | 2 | 3 | 4 | 5]}`).join(' / ');
  return {
    min: points.skill5,
    max: points.skill1,
    byLevel,
    text: { zh: `${points.skill5}–${points.skill1}分，按等级：${zh}`, en: `${points.skill5}–${points.skill1} by level: ${en}` },
  };
}

/** The 1× base gate in words, from the parameter (6 of the last 12 months). */
export function gateText(date: string | undefined, who: Text): Text {
  const { months, windowMonths, minRatio } = paramAt('titleSkill', date).value.gate;
  return {
    zh: `${who.zh}须最近${windowMonths}个月内累计${months}个月社保缴费基数不低于参考工资的${minRatio}倍`,
    en: `${who.en} also need a social-insurance base ≥ ${minRatio}× the reference wage in ${months} of the last ${windowMonths} months`,
  };
}

/** Where an out-of-town skill certificate of level 3+ must be checked: by version (2017 细则 vs 2022/23 细则). */
export function outOfTownSkillText(date: string | undefined): Text {
  return paramAt('titleSkill', date).value.outOfTownSkillRule === 'verifiableNationally'
    ? {
        zh: '外省市取得的三级及以上证书须可在技能人才评价证书全国联网查询系统或市人社局网站查询',
        en: 'out-of-town certificates of level 3 or above must be verifiable in the national skill-certificate database or on the Shanghai HRSS website',
      }
    : {
        zh: '外省市取得的三级及以上证书须在本市复评或验证',
        en: 'out-of-town certificates of level 3 or above must be re-evaluated or verified in Shanghai',
      };
}

/** Titles a qualification can be appointed to, joined for a sentence. */
export function titlesText(entry: Qualification): Text {
  if (entry.titles.length === 0) return { zh: '可聘职称未注明', en: 'the title is not stated' };
  return { zh: entry.titles.join('或'), en: englishTitles(entry) };
}

/** Only entries added or removed after the catalogue's start say when: the rest are simply on it. */
function inForceText(catalog: CatalogId, entry: CatalogEntry): Text[] {
  const notes: Text[] = [];
  if (entry.from > catalogs[catalog].meta.version.from)
    notes.push({ zh: `自${entry.from}起列入目录`, en: `on the catalogue from ${entry.from}` });
  if (entry.to) notes.push({ zh: `${entry.to}后不再列入目录`, en: `off the catalogue after ${entry.to}` });
  return notes;
}

const postMatch: Text = {
  zh: '证书专业、工种与所聘岗位相符（由区人才服务中心审核）',
  en: 'the specialty or trade matches your post (checked by the district centre)',
};

function skillConditions(entry: CatalogEntry, date: string | undefined): Text[] {
  return [
    postMatch,
    { zh: '在本市工作期间取得', en: 'obtained while working in Shanghai' },
    outOfTownSkillText(date),
    gateText(date, { zh: '二级、一级', en: 'levels 2 and 1' }),
    ...inForceText('skillOccupations', entry),
  ];
}

function qualificationConditions(entry: Qualification, date: string | undefined): Text[] {
  const titles = titlesText(entry);
  const out: Text[] = [
    entry.needsHumanCheck
      ? {
          zh: '目录未注明可聘职称，须人工核对',
          en: 'the catalogue does not state the title it can be appointed to: a human check is needed',
        }
      : {
          zh: `单位已聘任至相应中级岗位（可聘${titles.zh}）`,
          en: `your employer has appointed you to the matching mid-level post (${titles.en})`,
        },
    { zh: '符合该职称系列的学历、年限条件', en: "you meet the title series' education and years conditions" },
  ];
  if (entry.registration) out.push({ zh: '注册类资格：须在注册有效期内', en: 'registration-type: counts only while registered' });
  out.push(
    entry.obtainedBy === 'nationalExam'
      ? { zh: '全国统一考试取得，不限取得地', en: 'awarded by national examination: counts wherever obtained' }
      : { zh: '在本市工作期间取得，或在本市复评', en: 'obtained while working in Shanghai, or re-evaluated in Shanghai' },
    postMatch,
    gateText(date, { zh: '视同中级职称', en: 'mid-level equivalents' }),
    ...inForceText('qualifications', entry),
  );
  return out;
}

function majorConditions(entry: ShortageMajor, date: string | undefined): Text[] {
  const v = paramAt('shortageMajor', date).value;
  const level: Text =
    v.requiredLevel === 'associate' ? { zh: '大专（高职）', en: 'associate (大专)' } : { zh: v.requiredLevel, en: v.requiredLevel };
  return [
    {
      zh: `${v.requireFullTime ? '全日制' : ''}${level.zh}学历，所学专业为「${entry.name}」（代码${entry.code}）`,
      en: `a ${v.requireFullTime ? 'full-time ' : ''}${level.en} diploma in ${englishName(entry)} (code ${entry.code})`,
    },
    { zh: '专业名称和代码均须与目录完全一致', en: "the major's name and code must both match exactly" },
    { zh: '所聘岗位与所学专业相符', en: 'your post matches the major' },
    ...inForceText('shortageMajors', entry),
  ];
}

/** The conditions an entry's holder must meet to score, in zh and en. */
export function conditionsOf(catalog: CatalogId, entry: CatalogEntry, date: string | undefined): Text[] {
  if (catalog === 'skillOccupations') return skillConditions(entry, date);
  if (catalog === 'qualifications') return qualificationConditions(entry as Qualification, date);
  return majorConditions(entry as ShortageMajor, date);
}
