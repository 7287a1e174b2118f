import type { Applicant, Certificate } from '../../applicant/applicant.ts';
import { catalogs, englishName } from '../../catalog/index.ts';
import { addMonthsToDate } from '../../core/calendar.ts';
import { confirm } from '../../core/condition.ts';
import { msg } from '../../core/message.ts';
import { param } from '../../policy/index.ts';
import { gatedLevel, type PlanContext, titleSkillPoints } from '../context.ts';
import { suggestOccupation } from '../suggest.ts';
import type { Candidate } from './spec.ts';

/**
 * A skill certificate one level above the best held (5 → 4 → 3 → 2 → 1; level 5 when none), in a catalogue
 * occupation: the one already held, else one matching the post. Levels 2 and 1 meet the 1× base gate in the
 * engine's assessment, like any certificate.
 */
export function skillActions(ctx: PlanContext): Candidate[] {
  const a = ctx.future.today;
  const held = a.certificates.filter((c) => c.kind === 'skill' && c.skillLevel !== undefined && c.obtainedOn <= ctx.date);
  const best = held.reduce((min, c) => Math.min(min, c.skillLevel as number), 6);
  if (best <= 1) return [];
  const level = best - 1;
  const points = param('titleSkill', ctx.date)?.value.points[`skill${level}` as 'skill1'];
  // the title/skill item already scores as much: the next level cannot add points
  if (points === undefined || titleSkillPoints(ctx) >= points) return [];
  const id = `skill.level${level}`;
  const months = ctx.assumptions.skillCertificateMonths ?? 6;
  const suggestion = suggestOccupation(a, ctx.date);
  if (!suggestion) {
    const post = a.employment.post?.trim();
    return [
      {
        id,
        kind: 'skillCertificate',
        title: msg('planner:skill.titleAny', { level }),
        reason: post ? msg('planner:skill.noMatch', { post }) : msg('planner:skill.noPost'),
      },
    ];
  }
  const entry = suggestion.entry;
  const availableFrom = addMonthsToDate(ctx.date, months);
  const cert: Certificate = {
    kind: 'skill',
    name: entry.name,
    catalogId: entry.id,
    skillLevel: level,
    obtainedOn: availableFrom,
    obtainedBy: 'assessment',
    whileWorkingInShanghai: true,
    matchesPost: true,
  };
  const add = (x: Applicant): Applicant => ({ ...x, certificates: [...x.certificates, cert] });
  const catalogue = catalogs.skillOccupations.meta.name;
  const basis =
    suggestion.basis === 'certificate'
      ? msg('planner:skill.basisCertificate', { from: suggestion.from })
      : msg('planner:skill.basisPost', { from: suggestion.from, matchedOn: suggestion.matchedOn });
  const occupation = { zh: entry.name, en: englishName(entry) };
  return [
    {
      id,
      kind: 'skillCertificate',
      title: msg('planner:skill.title', { level, occupation }),
      clause: msg('planner:skill.clause', { level, occupation }),
      target: 'titleSkill',
      availableFrom,
      apply: add,
      probe: (x) => ({ ...x, certificates: [cert] }),
      affects: [{ item: 'titleSkill', max: points }],
      // the 1× gate of levels 2/1 can open and close only if the base changes or contributions stop
      monotone: !ctx.assumptions.baseChanges?.length && ctx.assumptions.lastContributionMonth === undefined,
      gated: gatedLevel(ctx.date, `skill${level}`),
      cost: { exam: true },
      facts: { occupation: entry.name, catalogId: entry.id, level, basis: suggestion.basis, matchedOn: suggestion.matchedOn },
      conditions: [
        confirm(
          'occupation',
          msg('planner:skill.occupation', { occupation, catalogue, number: entry.number, basis }),
          msg('planner:skill.occupationFix'),
        ),
        confirm('matchesPost', msg('planner:skill.matchesPost'), msg('planner:skill.matchesPostFix')),
        confirm('inShanghai', msg('planner:skill.inShanghai'), msg('planner:skill.inShanghaiFix')),
        confirm('appraisalRequirements', msg('planner:skill.requirements', { level }), msg('planner:skill.requirementsFix')),
      ],
      assumptions: [{ id: `${id}.months`, text: msg('planner:skill.assumesMonths', { months, date: availableFrom }) }],
    },
  ];
}
