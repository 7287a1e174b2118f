/** Shared result types of the engine. Everything is plain data: serialisable, comparable in tests. */
import type { Condition, ConditionStatus } from '../core/condition.ts';
import type { Confidence } from '../core/confidence.ts';
import type { Msg, Said } from '../core/message.ts';
import type { Text } from '../core/text.ts';
import type { DocumentRef } from '../policy/at.ts';
import type { SourceView } from '../policy/sources.ts';
import type { VersionInfo } from '../policy/version.ts';

export type { Condition, ConditionStatus, Confidence, DocumentRef, Msg, Said, Text, VersionInfo };

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
  /** The policy file's label (data in both languages). */
  label: Text;
  /** Points of this item on its own (negative for deductions). */
  points: number;
  /** False when a choose-one group keeps another item instead. */
  counted: boolean;
  max: number | null;
  explanation: Said;
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
  checks: Said[];
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
  text: Said;
}

export interface VetoResult {
  id: 'familyPlanning' | 'seriousCrime';
  label: Text;
  date: string;
  source: string[];
  article: Text;
}

export type AssessmentStatus = 'scored' | 'ineligible' | 'vetoed' | 'outsideScheme';

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
  warnings: Said[];
  /** High unless a counted item's points would change under an alternative reading or value (its `alternatives`). */
  confidence: Confidence;
  readings: Record<string, string>;
  /** Every source the lines and the version cite, as users see them (kind, title, link), official texts first. */
  sources: SourceView[];
  /** The day the reference-wage table was last checked against the sources. */
  referenceWageChecked: string;
}
