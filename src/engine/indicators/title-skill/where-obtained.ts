import type { Certificate } from '../../../applicant/applicant.ts';
import { outOfTownRuleText } from '../../../catalog/describe.ts';
import type { Qualification } from '../../../catalog/file-schema.ts';
import { answer, confirm, failed, fromFact, met } from '../../../core/condition.ts';
import { msg } from '../../../core/message.ts';
import type { Condition } from '../../types.ts';

/**
 * Where a certificate must come from (reading R4, RULES.md §3.3).
 * Default `examAnywhereEvaluationInShanghai`: national-exam titles and qualifications count wherever obtained;
 * evaluated titles count if obtained while working in Shanghai or re-evaluated there; skill certificates count if
 * obtained while working in Shanghai, or — level 3 and above only — verified (2017 细则: re-evaluated/verified in
 * Shanghai; 2022/23 细则: verifiable in the national database; the parameter's `outOfTownSkillRule`).
 * Alternative `shanghaiOnly` (the seed's wording): obtained while working in Shanghai, nothing else.
 */

const ID = 'whereObtained';

const inShanghai = msg('engine:titleSkill.where.inShanghai');
const askInShanghai = msg('engine:titleSkill.where.askInShanghai');

function shanghaiOnly(cert: Certificate): Condition {
  return fromFact(ID, cert.whileWorkingInShanghai, {
    yes: inShanghai,
    no: msg('engine:titleSkill.where.shanghaiOnly'),
    question: askInShanghai,
    fix: msg('engine:titleSkill.where.shanghaiOnlyFix'),
  });
}

function skill(cert: Certificate, rules: OutOfTownRules): Condition {
  const rule = outOfTownRuleText(rules);
  const minLevel = rules.outOfTownSkillMinLevel;
  const level = cert.skillLevel;
  const mayVerify = level === undefined || level <= minLevel;
  if (cert.whileWorkingInShanghai === true) return met(ID, inShanghai);
  if (mayVerify && cert.verifiedInShanghai === true) {
    if (level !== undefined) return met(ID, msg('engine:titleSkill.where.verified', { rule }));
    return confirm(ID, msg('engine:titleSkill.where.verifiedLevel', { rule, level: minLevel }), msg('engine:titleSkill.where.giveLevel'));
  }
  if (cert.whileWorkingInShanghai === undefined) {
    const question = mayVerify ? msg('engine:titleSkill.where.askSkill', { rule }) : askInShanghai;
    return confirm(ID, question, answer(question));
  }
  // obtained elsewhere
  if (!mayVerify) {
    return failed(
      ID,
      msg('engine:titleSkill.where.lowLevelElsewhere', { level, minLevel }),
      msg('engine:titleSkill.where.lowLevelElsewhereFix', { level: minLevel }),
    );
  }
  return fromFact(ID, cert.verifiedInShanghai, {
    yes: rule,
    no: msg('engine:titleSkill.where.notVerified', { rule }),
    question: msg('engine:titleSkill.where.askVerified', { rule }),
    fix: msg('engine:titleSkill.where.verifyFix'),
  });
}

/** Titles and qualifications: a national examination counts anywhere; an evaluation must be Shanghai's. */
function titleOrQualification(cert: Certificate, entry: Qualification | undefined): Condition {
  const byExam = cert.obtainedBy === 'exam' || (cert.obtainedBy === undefined && entry?.obtainedBy === 'nationalExam');
  if (byExam) return met(ID, msg('engine:titleSkill.where.byExam'));
  if (cert.whileWorkingInShanghai === true) return met(ID, inShanghai);
  if (cert.verifiedInShanghai === true) return met(ID, msg('engine:titleSkill.where.reEvaluated'));
  const fix = msg('engine:titleSkill.where.reEvaluateFix');
  if (cert.obtainedBy === undefined) {
    const question = msg('engine:titleSkill.where.askHow');
    return confirm(ID, question, answer(question));
  }
  if (cert.whileWorkingInShanghai === false && cert.verifiedInShanghai === false) {
    return failed(ID, msg('engine:titleSkill.where.evaluatedElsewhere'), fix);
  }
  const question = msg('engine:titleSkill.where.askEvaluated');
  return confirm(ID, question, answer(question));
}

/** The title/skill parameter's out-of-town rule in force (its value, which the caller holds). */
type OutOfTownRules = Parameters<typeof outOfTownRuleText>[0];

export function whereObtained(cert: Certificate, entry: Qualification | undefined, rules: OutOfTownRules, r4: string): Condition {
  if (r4 === 'shanghaiOnly') return shanghaiOnly(cert);
  return cert.kind === 'skill' ? skill(cert, rules) : titleOrQualification(cert, entry);
}
