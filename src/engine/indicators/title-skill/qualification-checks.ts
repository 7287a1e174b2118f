import type { Certificate } from '../../../applicant/applicant.ts';
import { titlesText } from '../../../catalog/describe.ts';
import { englishName } from '../../../catalog/english.ts';
import type { Qualification } from '../../../catalog/file-schema.ts';
import { confirm, failed, fromFact } from '../../../core/condition.ts';
import { msg } from '../../../core/message.ts';
import type { Condition, Text } from '../../types.ts';

/** A catalogued qualification's name: its Chinese name, and in English its English name with the Chinese beside. */
function nameOf(entry: Qualification): Text {
  return { zh: entry.name, en: englishName(entry) };
}

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
    msg('engine:titleSkill.titleNotStated', { name: nameOf(entry) }),
    msg('engine:titleSkill.titleNotStatedFix'),
  );
}

export function registration(cert: Certificate, entry: Qualification, date: string): Condition | null {
  if (!entry.registration) return null;
  if (cert.registered === true && cert.registrationValidUntil !== undefined && cert.registrationValidUntil < date) {
    return failed(
      'registration',
      msg('engine:titleSkill.registrationExpired', { until: cert.registrationValidUntil, date }),
      msg('engine:titleSkill.registrationExpiredFix'),
    );
  }
  return fromFact('registration', cert.registered, {
    yes: cert.registrationValidUntil
      ? msg('engine:titleSkill.registeredUntil', { until: cert.registrationValidUntil })
      : msg('engine:titleSkill.registered'),
    no: msg('engine:titleSkill.notRegistered', { name: nameOf(entry) }),
    question: msg('engine:titleSkill.registeredQuestion', { name: nameOf(entry) }),
    fix: msg('engine:titleSkill.registerFix'),
  });
}

export function appointment(cert: Certificate, entry: Qualification): Condition[] {
  const titles = titlesText(entry);
  const post = entry.titles.length === 0 ? msg('engine:titleSkill.matchingPost') : msg('engine:titleSkill.titlePost', { titles });
  return [
    fromFact('appointed', cert.appointed, {
      yes: msg('engine:titleSkill.appointed', { post }),
      no: msg('engine:titleSkill.notAppointed', { post }),
      question: msg('engine:titleSkill.appointedQuestion', { post }),
      fix: msg('engine:titleSkill.appointedFix'),
    }),
    // An appointment to the catalogue's title is made only on the series' education and years conditions, so an
    // appointed holder is not asked them again; an explicit "not met" still counts.
    fromFact('seriesConditions', cert.seriesConditionsMet ?? (cert.appointed === true ? true : undefined), {
      yes: cert.seriesConditionsMet === undefined ? msg('engine:titleSkill.seriesByAppointment') : msg('engine:titleSkill.seriesMet'),
      no: msg('engine:titleSkill.seriesNotMet'),
      question: msg('engine:titleSkill.seriesQuestion', { series: entry.titles.length ? titles : msg('engine:titleSkill.theTitle') }),
      fix: msg('engine:titleSkill.seriesFix'),
    }),
  ];
}
