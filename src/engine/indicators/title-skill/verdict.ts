import type { Certificate } from '../../../applicant/applicant.ts';
import { qualificationCatalogue, skillCatalogue } from '../../../catalog/catalogue-match.ts';
import { type CatalogEntry, entryRef, namesOf } from '../../../catalog/data.ts';
import { englishName } from '../../../catalog/english.ts';
import type { Qualification } from '../../../catalog/file-schema.ts';
import type { CatalogEntryRef } from '../../../catalog/types.ts';
import { failed, fromFact, met } from '../../../core/condition.ts';
import { lower } from '../../../core/confidence.ts';
import { msg } from '../../../core/message.ts';
import { policyAt } from '../../../policy/at.ts';
import { versions } from '../../../policy/index.ts';
import { choiceOf, type ReadingId } from '../../../policy/readings.ts';
import { NOTHING_READ } from '../../read-path.ts';
import type { Condition, DocumentRef, Said } from '../../types.ts';
import { businessScopeGate, businessScopeWarning } from './business-scope.ts';
import { skillOrTitleLevel } from './certificate-level.ts';
import { appointment, registration, titleStated } from './qualification-checks.ts';
import type { CertificateContext, CertificateLevel, CertificateVerdict, CertificateVerdictFn } from './types.ts';
import { whereObtained } from './where-obtained.ts';

/**
 * Whether one certificate counts for the title/skill indicator (Art. 6(3); RULES.md §3.3), before the 1× base gate,
 * which the engine applies from the monthly history. Each rule is a condition; the verdict is their conjunction:
 * any failed → doesNotCount; else any to confirm → needsCheck; else counts.
 */

function obtainedOn(cert: Certificate, date: string): Condition {
  if (cert.obtainedOn > date) {
    return failed(
      'obtainedOn',
      msg('engine:titleSkill.notYetObtained', { obtained: cert.obtainedOn, date }),
      msg('engine:titleSkill.notYetObtainedFix', { obtained: cert.obtainedOn }),
    );
  }
  return met('obtainedOn', msg('engine:titleSkill.obtained', { obtained: cert.obtainedOn }));
}

/** The readings record of a verdict that relied on none (shared and frozen, like the engine's). */
const NO_READINGS: Record<string, string> = Object.freeze({});

const POST_MATCH_FIX = msg('engine:titleSkill.postFix');

function postMatch(cert: Certificate, post: string | undefined): Condition {
  const named = post ? msg('engine:titleSkill.yourPostNamed', { post }) : msg('engine:titleSkill.yourPost');
  return fromFact('post', cert.matchesPost, {
    yes: msg('engine:titleSkill.postMatches', { post: named }),
    no: msg('engine:titleSkill.postMismatch', { post: named }),
    question: msg('engine:titleSkill.postQuestion', { post: named }),
    fix: POST_MATCH_FIX,
  });
}

/** The day the points scheme began: the first version's. */
const SCHEME_START = versions.reduce((first, v) => (v.from < first ? v.from : first), '9999-12-31');

function outsideScheme(date: string, readings: Record<string, string>): CertificateVerdict {
  const condition = failed(
    'scheme',
    msg('engine:titleSkill.beforeScheme', { date }),
    msg('engine:titleSkill.beforeSchemeFix', { from: SCHEME_START }),
  );
  return {
    status: 'doesNotCount',
    level: null,
    points: 0,
    gated: false,
    conditions: [condition],
    catalogEntry: null,
    documents: [],
    confidence: 'high',
    readings,
    warnings: [],
  };
}

export const certificateVerdict: CertificateVerdictFn = (cert, ctx: CertificateContext) => {
  const policy = policyAt(ctx.lookupDate);
  const p = policy.params.titleSkill;
  if (!p) return outsideScheme(ctx.lookupDate, {});
  const choice = choiceOf(ctx.readings);
  // The readings relied on, noted in the order first read: their options and confidence are made once per choice.
  // Options are read by name (choice.R3): a lookup by a varying key is several times slower in V8.
  let read = NOTHING_READ;

  const conditions: Condition[] = [];
  let level: CertificateLevel | null = null;
  let entry: CatalogEntry | undefined;
  let catalogEntry: CatalogEntryRef | null = null;

  if (cert.kind === 'qualification') {
    const match = qualificationCatalogue(cert, ctx.date);
    entry = match.entry;
    conditions.push(match.condition);
    if (match.entry) {
      catalogEntry = entryRef('qualifications', match.entry);
      if (match.condition.status === 'met') level = 'qualificationMid';
    }
  } else {
    const l = skillOrTitleLevel(cert);
    level = l.level;
    conditions.push(l.condition);
    if (cert.kind === 'skill') {
      read = read.with('R3');
      const match = skillCatalogue(cert, ctx.date, choice['R3'] as string);
      entry = match.entry;
      conditions.push(match.condition);
      if (match.entry) catalogEntry = entryRef('skillOccupations', match.entry);
    }
  }

  conditions.push(obtainedOn(cert, ctx.date));
  const qual = cert.kind === 'qualification' ? (entry as Qualification | undefined) : undefined;
  read = read.with('R4');
  conditions.push(whereObtained(cert, qual, p.value, choice['R4'] as string));
  if (qual) {
    for (const r of qual.readings) read = read.with(r as ReadingId);
    const stated = titleStated(qual);
    if (stated) conditions.push(stated);
    const reg = registration(cert, qual, ctx.date);
    if (reg) {
      read = read.with('R15');
      conditions.push(reg);
    }
    read = read.with('R16');
    conditions.push(...appointment(cert, qual));
  }
  conditions.push(postMatch(cert, ctx.employment.post));

  const warnings: Said[] = [];
  if (choice['R5'] === 'gate') {
    read = read.with('R5');
    const scopeNames = entry ? [...namesOf(entry), ...entry.aliases] : [cert.name];
    conditions.push(businessScopeGate(scopeNames, ctx.employment.businessScope));
  }
  let status: CertificateVerdict['status'] = 'counts';
  for (let i = 0; i < conditions.length && status !== 'doesNotCount'; i++) {
    const s = (conditions[i] as Condition).status;
    if (s === 'failed') status = 'doesNotCount';
    else if (s === 'confirm') status = 'needsCheck';
  }
  if (status !== 'doesNotCount' && choice['R5'] !== 'gate') warnings.push(businessScopeWarning);
  const gated = level !== null && p.value.gatedLevels.includes(level);

  const docs: DocumentRef[] = [];
  for (const { ref, when, named } of policy.docs.titleSkill) {
    const applies =
      when === undefined ||
      (when === 'qualificationOrTitle' && cert.kind !== 'skill') ||
      (when === 'registration' && qual?.registration === true) ||
      (when === 'gated' && gated);
    if (!applies) continue;
    // in English, a catalogue certificate is named by its entry: "Certificate: Welder (焊工)"
    const en = entry ? englishName(entry) : cert.name;
    docs.push(named ? { id: ref.id, zh: named.zh + cert.name, en: named.en + en } : ref);
  }

  const used = read.used(choice);
  let confidence = entry ? lower(p.confidence, entry.confidence) : p.confidence;
  if (used) confidence = lower(confidence, used.confidence);

  return {
    status,
    level,
    points: level === null ? 0 : p.value.points[level],
    gated,
    conditions,
    catalogEntry,
    documents: docs,
    confidence,
    readings: used ? used.values : NO_READINGS,
    warnings,
  };
};
