import type { Certificate } from '../../../applicant/applicant.ts';
import { confirm, failed, met } from '../../../core/condition.ts';
import type { Condition } from '../../types.ts';
import type { CertificateLevel } from './types.ts';

/**
 * The level a skill or title certificate scores at (Art. 6(3)): skill levels 5..1, mid or senior titles.
 * A junior title scores nothing. Qualifications take their level from the catalogue (see eligibility.ts).
 */

const LEVEL_ZH = ['', '一级', '二级', '三级', '四级', '五级'];
/** The national skill levels' English names (一级/高级技师 … 五级/初级工). */
const LEVEL_EN = ['', 'Senior technician', 'Technician', 'Senior worker', 'Intermediate worker', 'Junior worker'];

export function skillOrTitleLevel(cert: Certificate): { level: CertificateLevel | null; condition: Condition } {
  if (cert.kind === 'skill') {
    const n = cert.skillLevel;
    if (n === undefined) {
      return {
        level: null,
        condition: confirm(
          'level',
          { zh: '技能证书是几级（五级至一级）？', en: 'Which level is the skill certificate (5 … 1)?' },
          { zh: '填写证书上的技能等级', en: 'Give the level printed on the certificate' },
        ),
      };
    }
    return {
      level: `skill${n}` as CertificateLevel,
      condition: met('level', { zh: `技能等级${LEVEL_ZH[n]}`, en: `skill level ${n}, ${LEVEL_EN[n]}` }),
    };
  }
  switch (cert.titleLevel) {
    case 'mid':
      return { level: 'titleMid', condition: met('level', { zh: '中级专业技术职称', en: 'mid-level professional title' }) };
    case 'senior':
      return { level: 'titleSenior', condition: met('level', { zh: '高级专业技术职称', en: 'senior professional title' }) };
    case 'junior':
      return {
        level: null,
        condition: failed(
          'level',
          { zh: '初级职称不计入专业技术职称和技能等级积分', en: 'a junior title scores no points under the title/skill indicator' },
          { zh: '取得中级或高级职称（或相当于中级的职业资格）', en: 'Obtain a mid-level or senior title (or an equivalent qualification)' },
        ),
      };
    default:
      return {
        level: null,
        condition: confirm(
          'level',
          { zh: '职称是初级、中级还是高级？', en: 'Is the title junior, mid-level or senior?' },
          { zh: '填写职称证书上的级别', en: 'Give the level printed on the title certificate' },
        ),
      };
  }
}
