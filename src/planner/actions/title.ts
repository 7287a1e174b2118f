import type { Applicant, Certificate } from '../../applicant/applicant.ts';
import { catalogs, englishName } from '../../catalog/index.ts';
import { addMonthsToDate } from '../../core/calendar.ts';
import { confirm } from '../../core/condition.ts';
import { msg } from '../../core/message.ts';
import { param } from '../../policy/index.ts';
import { gatedLevel, type PlanContext, titleSkillPoints } from '../context.ts';
import { suggestQualification } from '../suggest.ts';
import type { Candidate } from './spec.ts';

/**
 * A mid-level title, or a catalogue qualification that counts as one (Art. 6(3)): the qualification matching the
 * post when one is found, else a mid-level title evaluated in Shanghai. Appointment and the series' conditions
 * (R16) are what the applicant must make true; the 1× base gate is the engine's to check on each date.
 */
export function titleActions(ctx: PlanContext): Candidate[] {
  const a = ctx.future.today;
  const mid = param('titleSkill', ctx.date)?.value.points.titleMid;
  // already scoring at mid level or above: another mid-level certificate cannot add points
  if (mid === undefined || titleSkillPoints(ctx) >= mid) return [];
  const months = ctx.assumptions.qualificationMonths ?? 12;
  const availableFrom = addMonthsToDate(ctx.date, months);
  const suggestion = suggestQualification(a, ctx.date);
  const q = suggestion?.entry;
  const cert: Certificate = q
    ? {
        kind: 'qualification',
        name: q.name,
        catalogId: q.id,
        obtainedOn: availableFrom,
        obtainedBy: 'exam',
        matchesPost: true,
        appointed: true,
        seriesConditionsMet: true,
        ...(q.registration ? { registered: true } : {}),
      }
    : {
        kind: 'title',
        // a title is known by its level, not its name: the engine words it itself
        name: 'mid-level title',
        titleLevel: 'mid',
        obtainedOn: availableFrom,
        obtainedBy: 'evaluation',
        whileWorkingInShanghai: true,
        matchesPost: true,
      };
  const add = (x: Applicant): Applicant => ({ ...x, certificates: [...x.certificates, cert] });
  const catalogue = catalogs.qualifications.meta.name;
  const titles = q?.titles.join('/') ?? '';
  const titlesEn = q?.titlesEn.join('/') ?? '';
  const post = titles ? { zh: titles, en: titlesEn } : msg('planner:title.matchingMid');
  const qualification = q ? { zh: q.name, en: englishName(q) } : null;
  const id = q ? 'midTitle.qualification' : 'midTitle.title';
  return [
    {
      id,
      kind: 'midTitle',
      title: qualification ? msg('planner:title.qualification', { qualification, titles: post }) : msg('planner:title.title'),
      clause: qualification ? msg('planner:title.qualificationClause', { qualification, titles: post }) : msg('planner:title.titleClause'),
      target: 'titleSkill',
      availableFrom,
      apply: add,
      probe: (x) => ({ ...x, certificates: [cert] }),
      affects: [{ item: 'titleSkill', max: mid }],
      // the 1× gate can open and close only if the base changes or contributions stop
      monotone: !ctx.assumptions.baseChanges?.length && ctx.assumptions.lastContributionMonth === undefined,
      gated: gatedLevel(ctx.date, q ? 'qualificationMid' : 'titleMid'),
      cost: { exam: true },
      facts: { qualification: q?.name ?? null, catalogId: q?.id ?? null, titles: titles || null, matchedOn: suggestion?.matchedOn ?? null },
      conditions: [
        ...(q && qualification
          ? [
              confirm(
                'qualification',
                msg('planner:title.suggested', {
                  qualification,
                  catalogue,
                  number: q.number,
                  from: suggestion?.from ?? '',
                  matchedOn: suggestion?.matchedOn ?? '',
                }),
                msg('planner:title.suggestedFix'),
              ),
              confirm('appointment', msg('planner:title.appointment', { titles: post }), msg('planner:title.appointmentFix')),
            ]
          : [confirm('title', msg('planner:title.evaluated'), msg('planner:title.evaluatedFix'))]),
        ...(q?.registration ? [confirm('registration', msg('planner:title.registration'), msg('planner:title.registrationFix'))] : []),
        confirm('matchesPost', msg('planner:title.matchesPost'), msg('planner:title.matchesPostFix')),
      ],
      assumptions: [{ id: `${id}.months`, text: msg('planner:title.assumesMonths', { months, date: availableFrom }) }],
    },
  ];
}
