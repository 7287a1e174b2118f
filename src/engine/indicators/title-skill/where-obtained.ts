import type { Certificate } from '../../../applicant/applicant.ts';
import { outOfTownSkillText } from '../../../catalog/describe.ts';
import type { Qualification } from '../../../catalog/file-schema.ts';
import { confirm, failed, fromFact, met } from '../../../core/condition.ts';
import type { Condition, Text } from '../../types.ts';

/**
 * Where a certificate must come from (reading R4, RULES.md §3.3).
 * Default `examAnywhereEvaluationInShanghai`: national-exam titles and qualifications count wherever obtained;
 * evaluated titles count if obtained while working in Shanghai or re-evaluated there; skill certificates count if
 * obtained while working in Shanghai, or — level 3 and above only — verified (2017 细则: re-evaluated/verified in
 * Shanghai; 2022/23 细则: verifiable in the national database; the parameter's `outOfTownSkillRule`).
 * Alternative `shanghaiOnly` (the seed's wording): obtained while working in Shanghai, nothing else.
 */

const ID = 'whereObtained';

const inShanghai: Text = { zh: '证书在本市工作期间取得', en: 'obtained while working in Shanghai' };
const askInShanghai: Text = { zh: '证书是否在本市工作期间取得？', en: 'Was the certificate obtained while working in Shanghai?' };

function shanghaiOnly(cert: Certificate): Condition {
  return fromFact(ID, cert.whileWorkingInShanghai, {
    yes: inShanghai,
    no: {
      zh: '按解读R4备选（仅限上海本地考取），外省市取得的证书不能积分',
      en: 'under reading R4 (alternative: Shanghai-obtained only) a certificate obtained elsewhere scores no points',
    },
    question: askInShanghai,
    fix: { zh: '在本市工作期间取得证书', en: 'Obtain the certificate while working in Shanghai' },
  });
}

function skill(cert: Certificate, lookupDate: string): Condition {
  const rule = outOfTownSkillText(lookupDate);
  const level = cert.skillLevel;
  const mayVerify = level === undefined || level <= 3;
  if (cert.whileWorkingInShanghai === true) return met(ID, inShanghai);
  if (mayVerify && cert.verifiedInShanghai === true) {
    if (level !== undefined) return met(ID, { zh: `外省市证书已验证（${rule.zh}）`, en: `out-of-town certificate verified (${rule.en})` });
    return confirm(
      ID,
      {
        zh: `外省市证书已验证，但须为三级及以上：${rule.zh}`,
        en: `out-of-town certificate verified, but it must be level 3 or above: ${rule.en}`,
      },
      {
        zh: '填写证书等级',
        en: 'Give the certificate level',
      },
    );
  }
  if (cert.whileWorkingInShanghai === undefined) {
    const question: Text = mayVerify
      ? {
          zh: `证书是否在本市工作期间取得？若在外省市取得：${rule.zh}，是否符合？`,
          en: `Was it obtained while working in Shanghai? If elsewhere: ${rule.en} — is it?`,
        }
      : askInShanghai;
    return confirm(ID, question, { zh: `请确认：${question.zh}`, en: `Answer: ${question.en}` });
  }
  // obtained elsewhere
  if (!mayVerify) {
    return failed(
      ID,
      { zh: '外省市取得的四级、五级技能证书不能积分', en: 'an out-of-town skill certificate of level 4 or 5 scores no points' },
      {
        zh: '在本市工作期间取得证书，或取得三级及以上证书并按规定验证',
        en: 'Obtain the certificate while working in Shanghai, or a level-3+ certificate verified as required',
      },
    );
  }
  return fromFact(ID, cert.verifiedInShanghai, {
    yes: { zh: rule.zh, en: rule.en },
    no: { zh: `外省市取得的证书未按规定验证：${rule.zh}`, en: `out-of-town certificate not verified: ${rule.en}` },
    question: { zh: `外省市取得的证书：${rule.zh}，是否符合？`, en: `Out-of-town certificate: ${rule.en} — is it?` },
    fix: { zh: '按规定办理复评/验证后再申请', en: 'Have it verified as required, then apply' },
  });
}

/** Titles and qualifications: a national examination counts anywhere; an evaluation must be Shanghai's. */
function titleOrQualification(cert: Certificate, entry: Qualification | undefined): Condition {
  const byExam = cert.obtainedBy === 'exam' || (cert.obtainedBy === undefined && entry?.obtainedBy === 'nationalExam');
  if (byExam) return met(ID, { zh: '全国统一考试取得，不限取得地', en: 'obtained by national examination: counts wherever obtained' });
  if (cert.whileWorkingInShanghai === true) return met(ID, inShanghai);
  if (cert.verifiedInShanghai === true)
    return met(ID, { zh: '外省市评审取得，已在本市复评', en: 'evaluated elsewhere and re-evaluated in Shanghai' });
  const fix: Text = {
    zh: '在本市复评（或在本市工作期间取得）',
    en: 'Have it re-evaluated in Shanghai (or obtain it while working in Shanghai)',
  };
  if (cert.obtainedBy === undefined) {
    const question: Text = {
      zh: '证书是通过全国统一考试取得的吗？若为评审取得，是否在本市工作期间取得或已在本市复评？',
      en: 'Was it obtained by national examination? If by evaluation, was that while working in Shanghai, or has it been re-evaluated in Shanghai?',
    };
    return confirm(ID, question, { zh: `请确认：${question.zh}`, en: `Answer: ${question.en}` });
  }
  if (cert.whileWorkingInShanghai === false && cert.verifiedInShanghai === false) {
    return failed(
      ID,
      {
        zh: '评审取得的证书须在本市工作期间取得或在本市复评，外省市评审的不能积分',
        en: 'an evaluated certificate must be obtained while working in Shanghai or re-evaluated there',
      },
      fix,
    );
  }
  const question: Text = {
    zh: '评审取得的证书：是否在本市工作期间取得，或已在本市复评？',
    en: 'Evaluated certificate: obtained while working in Shanghai, or re-evaluated in Shanghai?',
  };
  return confirm(ID, question, { zh: `请确认：${question.zh}`, en: `Answer: ${question.en}` });
}

export function whereObtained(cert: Certificate, entry: Qualification | undefined, lookupDate: string, r4: string): Condition {
  if (r4 === 'shanghaiOnly') return shanghaiOnly(cert);
  return cert.kind === 'skill' ? skill(cert, lookupDate) : titleOrQualification(cert, entry);
}
