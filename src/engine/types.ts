/** Shared result types of the engine. Everything is plain data: serialisable, comparable in tests. */

import type { SourceView } from '../policy/sources.ts';

export type Confidence = 'high' | 'medium' | 'low';

export interface Text {
  zh: string;
  en: string;
}

/** met: satisfied; failed: not satisfied (the item gives 0 or less); confirm: only the applicant or the district centre can tell. */
export type ConditionStatus = 'met' | 'failed' | 'confirm';

export interface Condition {
  id: string;
  status: ConditionStatus;
  text: Text;
  /** What would change a failed or unconfirmed condition. */
  fix?: Text;
}

export interface DocumentRef {
  id: string;
  zh: string;
  en: string;
}

export type IndicatorId =
  | 'age'
  | 'education'
  | 'titleSkill'
  | 'siYears'
  | 'startupTalent'
  | 'intermediaryTalent'
  | 'shortageMajor'
  | 'investment'
  | 'siBase'
  | 'publicService'
  | 'remoteArea'
  | 'freshGraduate'
  | 'award'
  | 'spouse'
  | 'falseMaterial'
  | 'adminDetention'
  | 'generalCrime';

export type ItemGroup = 'basic' | 'bonus' | 'deduction';

export type Fact = string | number | boolean | null;

export interface ItemResult {
  id: IndicatorId;
  group: ItemGroup;
  label: Text;
  /** Points of this item on its own (negative for deductions). */
  points: number;
  /** False when a choose-one group keeps another item instead. */
  counted: boolean;
  max: number | null;
  explanation: Text;
  facts: Record<string, Fact>;
  conditions: Condition[];
  /** Source keys (policy/sources.json) and the article the rule comes from. */
  source: string[];
  article: Text;
  confidence: Confidence;
  /** Readings (RULES.md) this item relied on, with the option used. */
  readings: Record<string, string>;
  documents: DocumentRef[];
  /** Human checks that are not conditions (e.g. R5: the district centre may compare the employer's business scope). */
  checks: Text[];
  /**
   * The points under each alternative reading or known alternative value that would change them; empty when the
   * points are the same under every reading we know of (the item's confidence is then high).
   */
  alternatives: Alternative[];
}

/** What an item would score under one alternative: a reading's other option, or another known value. */
export interface Alternative {
  /** The reading switched (R1 …), or 'carriedReference' for the months without a published reference wage. */
  id: string;
  option: string;
  points: number;
  text: Text;
}

export interface VetoResult {
  id: 'familyPlanning' | 'seriousCrime';
  label: Text;
  date: string;
  source: string[];
  article: Text;
}

export type AssessmentStatus = 'scored' | 'ineligible' | 'vetoed' | 'outsideScheme';

export interface VersionInfo {
  id: string;
  name: Text;
  docNo: string;
  from: string;
  to: string;
  /** True when the assessment date lies after the version's stated validity. */
  beyondValidity: boolean;
  /** True when the caller chose the version instead of the date picking it. */
  pinned: boolean;
  confidence: Confidence;
  /** The day this version's rules were last checked against the sources. */
  lastChecked: string;
}

export interface Assessment {
  date: string;
  version: VersionInfo;
  status: AssessmentStatus;
  standardScore: number;
  /** The official total: 0 unless status is 'scored'. */
  total: number;
  /** What the items add up to (floored at 0) whatever the status — for planning, never shown as a result. */
  scoreIfEligible: number;
  reaches: boolean;
  subtotals: { basic: number; bonus: number; deductions: number };
  eligibility: Condition[];
  vetoes: VetoResult[];
  items: ItemResult[];
  documents: DocumentRef[];
  warnings: Text[];
  /** High unless a counted item's points would change under an alternative reading or value (its `alternatives`). */
  confidence: Confidence;
  readings: Record<string, string>;
  /** Every source the lines and the version cite, as users see them (kind, title, link), official texts first. */
  sources: SourceView[];
  /** The day the reference-wage table was last checked against the sources. */
  referenceWageChecked: string;
}
