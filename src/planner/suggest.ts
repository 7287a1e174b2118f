import type { Applicant, Certificate } from '../applicant/applicant.ts';
import { type CatalogId, findExact, getEntry, matchRanks, type Qualification, type SkillOccupation, search } from '../catalog/index.ts';

/**
 * Catalogue entries to suggest for an applicant: the occupation of a skill certificate they hold, else a plain
 * text match of their post against the catalogue's names and aliases (exact, alias, prefix or substring; never
 * pinyin or typo neighbours). Always a suggestion for the applicant to verify, never a finding.
 */
export interface Suggestion<E> {
  entry: E;
  basis: 'certificate' | 'post';
  /** The certificate name or post it was found from. */
  from: string;
  /** The catalogue name or alias that matched. */
  matchedOn: string;
}

function byPost<E>(catalog: CatalogId, post: string | undefined, date: string): Suggestion<E> | null {
  if (!post?.trim()) return null;
  const hit = search(post, { catalogs: [catalog], date, limit: 5 }).hits.find((h) => h.rank <= matchRanks.substring && h.inForce);
  return hit ? { entry: hit.entry as E, basis: 'post', from: post, matchedOn: hit.matchedOn } : null;
}

function heldEntry(cert: Certificate): SkillOccupation | undefined {
  const byId = cert.catalogId ? getEntry(cert.catalogId) : undefined;
  if (byId?.catalog === 'skillOccupations') return byId.entry as SkillOccupation;
  return findExact('skillOccupations', cert.name);
}

/** The occupation for a next skill level: the best-level catalogued skill certificate held, else the post. */
export function suggestOccupation(applicant: Applicant, date: string): Suggestion<SkillOccupation> | null {
  const held = applicant.certificates
    .filter((c) => c.kind === 'skill' && c.obtainedOn <= date)
    .sort((a, b) => (a.skillLevel ?? 6) - (b.skillLevel ?? 6));
  for (const c of held) {
    const entry = heldEntry(c);
    if (entry) return { entry, basis: 'certificate', from: c.name, matchedOn: entry.name };
  }
  return byPost<SkillOccupation>('skillOccupations', applicant.employment.post, date);
}

export function suggestQualification(applicant: Applicant, date: string): Suggestion<Qualification> | null {
  return byPost<Qualification>('qualifications', applicant.employment.post, date);
}
