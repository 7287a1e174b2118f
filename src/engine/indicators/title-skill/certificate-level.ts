import type { Certificate } from '../../../applicant/applicant.ts';
import { confirm, failed, met } from '../../../core/condition.ts';
import { msg } from '../../../core/message.ts';
import type { Condition } from '../../types.ts';
import type { CertificateLevel } from './types.ts';

/**
 * The level a skill or title certificate scores at (Art. 6(3)): skill levels 5..1, mid or senior titles.
 * A junior title scores nothing. Qualifications take their level from the catalogue (see eligibility.ts).
 */

/**
 * Skill levels 1..5 as constant strings (at n − 1): a string built per call (`skill${n}`) is looked up by its
 * characters in the points and gated levels, a constant by identity (a tenth of a certificate's verdict).
 */
const SKILL_LEVELS: readonly CertificateLevel[] = ['skill1', 'skill2', 'skill3', 'skill4', 'skill5'];

export function skillOrTitleLevel(cert: Certificate): { level: CertificateLevel | null; condition: Condition } {
  if (cert.kind === 'skill') {
    const n = cert.skillLevel;
    if (n === undefined) {
      return {
        level: null,
        condition: confirm('level', msg('engine:titleSkill.skillLevelQuestion'), msg('engine:titleSkill.skillLevelFix')),
      };
    }
    return {
      level: SKILL_LEVELS[n - 1] as CertificateLevel,
      condition: met('level', msg('engine:titleSkill.skillLevel', { level: n })),
    };
  }
  switch (cert.titleLevel) {
    case 'mid':
      return { level: 'titleMid', condition: met('level', msg('engine:titleSkill.titleMid')) };
    case 'senior':
      return { level: 'titleSenior', condition: met('level', msg('engine:titleSkill.titleSenior')) };
    case 'junior':
      return {
        level: null,
        condition: failed('level', msg('engine:titleSkill.titleJunior'), msg('engine:titleSkill.titleJuniorFix')),
      };
    default:
      return {
        level: null,
        condition: confirm('level', msg('engine:titleSkill.titleLevelQuestion'), msg('engine:titleSkill.titleLevelFix')),
      };
  }
}
