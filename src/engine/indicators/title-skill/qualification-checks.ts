import type { Certificate } from '../../../applicant/applicant.ts';
import { titlesText } from '../../../catalog/describe.ts';
import { englishName } from '../../../catalog/english.ts';
import type { Qualification } from '../../../catalog/file-schema.ts';
import { confirm, failed, fromFact } from '../../../core/condition.ts';
import type { Condition } from '../../types.ts';

/**
 * What a catalogued qualification needs before it counts as a mid-level title:
 * R14 — the title it can be appointed to must be known (the seed's last row states none);
 * R15 — a registration-type (注册类) qualification counts only while registered;
 * R16 — the employer has appointed the holder to the matching mid-level post, and the series' conditions are met.
 */

export function titleStated(entry: Qualification): Condition | null {
  if (!entry.needsHumanCheck) return null;
  return confirm(
    'titleStated',
    {
      zh: `目录未注明「${entry.name}」可聘的中级职称，须人工核对（解读R14）`,
      en: `The catalogue does not state which mid-level title ${englishName(entry)} can be appointed to: a human check is needed (reading R14)`,
    },
    {
      zh: '向区人才服务中心确认该资格可聘的中级职称',
      en: 'Ask the district talent service centre which mid-level title it corresponds to',
    },
  );
}

export function registration(cert: Certificate, entry: Qualification, date: string): Condition | null {
  if (!entry.registration) return null;
  if (cert.registered === true && cert.registrationValidUntil !== undefined && cert.registrationValidUntil < date) {
    return failed(
      'registration',
      {
        zh: `注册有效期至${cert.registrationValidUntil}，评估日${date}已过期；注册类资格仅在注册有效期内计分`,
        en: `registration valid until ${cert.registrationValidUntil}, expired on ${date}; a registration-type qualification counts only while registered`,
      },
      { zh: '办理延续注册后再申请', en: 'Renew the registration, then apply' },
    );
  }
  return fromFact('registration', cert.registered, {
    yes: {
      zh: `已注册${cert.registrationValidUntil ? `，有效期至${cert.registrationValidUntil}` : ''}`,
      en: `registered${cert.registrationValidUntil ? `, valid until ${cert.registrationValidUntil}` : ''}`,
    },
    no: {
      zh: `「${entry.name}」为注册类资格，未注册不能积分`,
      en: `${englishName(entry)} is a registration-type qualification: unregistered, it scores no points`,
    },
    question: {
      zh: `「${entry.name}」为注册类资格：是否已注册且在注册有效期内？`,
      en: `${englishName(entry)} is a registration-type qualification: is it registered, and the registration still valid?`,
    },
    fix: { zh: '办理注册后再申请', en: 'Register it, then apply' },
  });
}

export function appointment(cert: Certificate, entry: Qualification): Condition[] {
  const titles = titlesText(entry);
  const post =
    entry.titles.length === 0
      ? { zh: '相应中级岗位', en: 'the matching mid-level post' }
      : { zh: `${titles.zh}岗位`, en: `a ${titles.en} post` };
  return [
    fromFact('appointed', cert.appointed, {
      yes: { zh: `单位已聘任至${post.zh}`, en: `appointed by the employer to ${post.en}` },
      no: {
        zh: `单位未聘任至${post.zh}，职业资格不能视同中级职称`,
        en: `not appointed to ${post.en}: the qualification does not count as mid-level`,
      },
      question: { zh: `单位是否已聘任您至${post.zh}？`, en: `Has your employer appointed you to ${post.en}?` },
      fix: {
        zh: '由单位聘任至相应岗位，并填写《专业技术职务聘任表》',
        en: 'Have the employer appoint you to the post and file the appointment form',
      },
    }),
    // An appointment to the catalogue's title is made only on the series' education and years conditions, so an
    // appointed holder is not asked them again; an explicit "not met" still counts.
    fromFact('seriesConditions', cert.seriesConditionsMet ?? (cert.appointed === true ? true : undefined), {
      yes: {
        zh: cert.seriesConditionsMet === undefined ? '已聘任，视为符合该职称系列的学历、年限条件' : '符合该职称系列的学历、年限条件',
        en:
          cert.seriesConditionsMet === undefined
            ? "appointed, so the title series' education and years conditions are met"
            : "meets the title series' education and years conditions",
      },
      no: { zh: '不符合该职称系列的学历、年限条件', en: "does not meet the title series' education and years conditions" },
      question: {
        zh: `是否符合${entry.titles.length ? titles.zh : '该职称'}系列的学历、年限条件（如工程系列须理工类学历及相应年限）？`,
        en: `Do you meet the education and years conditions of the ${entry.titles.length ? titles.en : 'title'} series (e.g. engineering needs a science/engineering degree and years in the field)?`,
      },
      fix: { zh: '满足该系列的学历、年限条件后再申请', en: "Apply once you meet the series' education and years conditions" },
    }),
  ];
}
