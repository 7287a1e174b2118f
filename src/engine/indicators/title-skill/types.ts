import type { Certificate } from '../../../applicant/applicant.ts';
import type { CatalogEntryRef } from '../../../catalog/types.ts';
import type { Condition } from '../../../core/condition.ts';
import type { Confidence } from '../../../core/confidence.ts';
import type { Said } from '../../../core/message.ts';
import type { DocumentRef } from '../../../policy/at.ts';

/** The level a certificate scores at under the title/skill indicator. */
export type CertificateLevel = 'skill5' | 'skill4' | 'skill3' | 'skill2' | 'skill1' | 'titleMid' | 'titleSenior' | 'qualificationMid';

export interface CertificateContext {
  /** Assessment date (YYYY-MM-DD): registration validity, catalogue version. */
  date: string;
  /** Date used to look policy parameters up (differs from `date` when a version is pinned). */
  lookupDate: string;
  /** Readings in force (R3, R4, R5, R14, R15, R16 matter here). */
  readings: Record<string, string>;
  employment: { post?: string | undefined; businessScope?: string | undefined };
}

/**
 * Whether one certificate counts for the title/skill indicator, before the 1× social-insurance gate
 * (the engine applies that gate: it needs the monthly history).
 * counts: every condition met; doesNotCount: at least one failed; needsCheck: none failed, some to confirm.
 */
export interface CertificateVerdict {
  status: 'counts' | 'doesNotCount' | 'needsCheck';
  level: CertificateLevel | null;
  /** Points at `level` under the version in force (0 when level is null). */
  points: number;
  /** True when `level` needs the 1× base gate (mid/senior titles, equivalent qualifications, skill levels 2/1). */
  gated: boolean;
  conditions: Condition[];
  catalogEntry: CatalogEntryRef | null;
  documents: DocumentRef[];
  confidence: Confidence;
  /** Readings relied on, with the option used. */
  readings: Record<string, string>;
  /** Human checks that are not conditions (e.g. R5: employer's business scope). */
  warnings: Said[];
}

export type CertificateVerdictFn = (certificate: Certificate, context: CertificateContext) => CertificateVerdict;
