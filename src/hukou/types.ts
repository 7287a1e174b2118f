import type { Confidence } from '../core/confidence.ts';
import type { Msg } from '../core/message.ts';

/** met: holds; failed: does not; confirm: only the applicant, the employer or the district centre can tell. */
export type HukouStatus = 'met' | 'failed' | 'confirm';

export interface HukouCondition {
  id: string;
  status: HukouStatus;
  text: Msg;
  /** What would change a failed or unconfirmed condition. */
  fix?: Msg;
}

export type HukouVerdict = 'met' | 'notMet' | 'confirm';

/** Condition (四) of Art. 5 and what stands in for it (JUZHUANHU.md §2.5, §2.6, §3.2): one option each (title.ts). */
export const TITLE_OPTIONS = ['midTitle', 'cpaLawyer', 'waiver2x', 'lingang1x', 'investment'] as const;
export type TitleOption = (typeof TITLE_OPTIONS)[number];

export interface TitleResult {
  option: TitleOption;
  conditions: HukouCondition[];
}

export const ROUTE_IDS = [
  'basic',
  'waiver2x',
  'lingang1x',
  'investment',
  'payStandard',
  'remoteSuburb',
  'kechuang3x',
  'kechuangStartup',
  'kechuangTransfer',
  'lingang5',
  'lingang3',
  'zhangjiang5',
  'zhangjiang3',
  'newTown5',
  'senior',
  'award',
  'migrantWorker',
] as const;
export type RouteId = (typeof ROUTE_IDS)[number];

export interface RouteResult {
  id: RouteId;
  /** years: shortens or keeps the years; title: replaces the title; direct: no years test. */
  kind: 'years' | 'title' | 'direct';
  name: Msg;
  verdict: HukouVerdict;
  /** The application month's conditions: every failed one says what would change it. */
  conditions: HukouCondition[];
  /** The first month from the assessment month on with no failed condition if nothing changes; null: none within the horizon. */
  earliest: string | null;
  documents: Msg[];
  warnings: Msg[];
  article: { zh: string; en: string };
  source: string[];
  confidence: Confidence;
  /** Readings this route relied on. */
  readings: string[];
}

export interface HukouAssessment {
  date: string;
  /** The application month tested: the month of `date`. */
  month: string;
  /** The base version and the overlays in force that month. */
  versions: string[];
  routes: RouteResult[];
  overall: {
    status: 'open' | 'confirm' | 'later' | 'none';
    summary: Msg;
    open: RouteId[];
    toConfirm: RouteId[];
    earliest: string | null;
    earliestRoutes: RouteId[];
    /** Expected approval: the earliest month plus the SI record lag and the processing time (J17). */
    expected: { from: string; to: string } | null;
  };
  /** A points score is neither a condition of nor a substitute for any route (J20). */
  points: { text: Msg; source: string[]; confidence: Confidence };
  /** Every source cited above (policy/hukou/sources.json), with its kind, title and link. */
  sources: { key: string; kind: string; title: { zh: string; en: string }; url: string | null }[];
  readings: { id: string; option: string; confidence: Confidence }[];
  plan: Msg[];
  warnings: Msg[];
}

export interface HukouOptions {
  date: string;
  /** Pin a base version (trial2009 | v2012 | v2019): its rules are read as on a date within it. */
  version?: string | undefined;
  readings?: Record<string, string> | undefined;
  /** How many months ahead the earliest date is looked for (default 240). */
  horizonMonths?: number | undefined;
  /** A planner's what-if: from this month on, the monthly SI base (whole yuan). */
  baseFrom?: { month: string; base: number } | undefined;
}
