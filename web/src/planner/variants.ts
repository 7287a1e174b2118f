import type { ApplicantInput, educationLevels } from '../../../src/applicant/applicant.ts';

/**
 * What-if variants of the current applicant for the side-by-side comparison: each changes one fact the
 * person could change, on the plan date. A variant that cannot apply (already a doctorate) is left out.
 */
export type VariantId = 'educationUp' | 'midTitle' | 'skillUp';
export const VARIANTS: VariantId[] = ['educationUp', 'midTitle', 'skillUp'];

type Level = (typeof educationLevels)[number];
const NEXT: Record<string, { level: Level; degree: boolean } | undefined> = {
  associate: { level: 'bachelor', degree: true },
  bachelorNoDegree: { level: 'bachelor', degree: true },
  bachelor: { level: 'master', degree: true },
  master: { level: 'doctor', degree: true },
};

export function variantOf(id: VariantId, a: ApplicantInput, date: string): ApplicantInput | null {
  const education = a.education ?? [];
  const certificates = a.certificates ?? [];
  switch (id) {
    case 'educationUp': {
      const rank = (l: string, d: boolean | undefined) =>
        ['associate', 'bachelorNoDegree', 'bachelor', 'master', 'doctor'].indexOf(l === 'bachelor' && d === false ? 'bachelorNoDegree' : l);
      const best = education.reduce<(typeof education)[number] | undefined>(
        (b, e) => (!b || rank(e.level, e.degree) > rank(b.level, b.degree) ? e : b),
        undefined,
      );
      const key = best ? (best.level === 'bachelor' && best.degree === false ? 'bachelorNoDegree' : best.level) : 'none';
      const next = key === 'none' ? { level: 'associate' as Level, degree: false } : NEXT[key];
      if (!next) return null;
      return { ...a, education: [...education, { ...next, fullTime: false, verified: true, obtainedOn: date }] };
    }
    case 'midTitle':
      if (certificates.some((c) => c.kind === 'title' && (c.titleLevel === 'mid' || c.titleLevel === 'senior'))) return null;
      return {
        ...a,
        certificates: [
          ...certificates,
          {
            kind: 'title',
            // a title is known by its level, not its name (as the planner's own title action)
            name: 'mid-level title',
            titleLevel: 'mid',
            obtainedOn: date,
            obtainedBy: 'exam',
            whileWorkingInShanghai: true,
            matchesPost: true,
            appointed: true,
          },
        ],
      };
    case 'skillUp': {
      const skills = certificates.filter((c) => c.kind === 'skill' && c.skillLevel !== undefined && c.skillLevel > 1);
      const best = skills.reduce<(typeof skills)[number] | undefined>(
        (b, c) => (!b || (c.skillLevel ?? 5) < (b.skillLevel ?? 5) ? c : b),
        undefined,
      );
      if (!best || best.skillLevel === undefined) return null;
      return { ...a, certificates: [...certificates, { ...best, skillLevel: best.skillLevel - 1, obtainedOn: date }] };
    }
  }
}
