import type { Lang } from '../../core/lang.ts';
import { msg } from '../../core/message.ts';
import type { Assessment, Condition, Said } from '../../engine/types.ts';
import { whyNot } from '../../explain/why-not.ts';
import { CONFIDENCE, NO, STATUS, YES } from '../../explain/words.ts';
import { sayer } from '../../messages/catalogue.ts';
import type { NearMiss } from '../../planner/types.ts';
import { defaultReadings } from '../../policy/readings.ts';
import { renderTable } from '../text/table.ts';

const MARK = { met: '✓', failed: '✗', confirm: '?' } as const;

type Say = (s: Said) => string;

function totalLine(a: Assessment, say: Say): string {
  const std = a.standardScore;
  if (a.status !== 'scored') {
    const gap = Math.max(0, std - a.scoreIfEligible);
    return say(msg('engine:cli.totalNotScored', { std, status: STATUS[a.status], ifEligible: a.scoreIfEligible, gap }));
  }
  const diff = a.total - std;
  return diff >= 0
    ? say(msg('engine:cli.totalReaches', { total: a.total, std, over: diff }))
    : say(msg('engine:cli.totalBelow', { total: a.total, std, short: -diff }));
}

function conditionLine(c: { status: Condition['status']; text: Said; fix?: Said | undefined }, say: Say): string {
  const fix = c.fix ? ` → ${say(c.fix)}` : '';
  const tag = c.status === 'confirm' ? say(msg('engine:cli.toConfirm')) : '';
  return `  ${MARK[c.status]} ${say(c.text)}${tag}${fix}`;
}

function itemTable(a: Assessment, say: Say): string {
  const rows = a.items.map((i) => [say(i.label), String(i.points), i.max === null ? '-' : String(i.max), say(i.counted ? YES : NO)]);
  const columns = [
    { header: say(msg('engine:cli.indicator')) },
    { header: say(msg('engine:cli.points')), align: 'right' as const },
    { header: say(msg('engine:cli.max')), align: 'right' as const },
    { header: say(msg('engine:cli.counted')) },
  ];
  const s = a.subtotals;
  const sums = say(msg('engine:cli.subtotals', { basic: s.basic, bonus: s.bonus, deductions: s.deductions }));
  return `${renderTable(columns, rows)}\n${sums}`;
}

function section(title: string, lines: string[]): string[] {
  return lines.length ? ['', title, ...lines] : [];
}

/**
 * The breakdown printed by `hujifen score`: everything a person needs to read the result, in one language; what
 * waiting alone changes in the coming year (the planner's near miss) first. Every text goes through the catalogue.
 */
export function renderAssessment(a: Assessment, lang: Lang, nearMiss: NearMiss | null = null): string {
  const say = sayer(lang);
  const line = (key: string, params?: Record<string, string | number>) => say(msg(`engine:cli.${key}`, params));
  const v = a.version;
  const versionNotes = [v.pinned ? line('pinned') : '', v.beyondValidity ? line('beyondValidity') : '']
    .filter(Boolean)
    .join(line('listSeparator'));
  const switched = Object.entries(a.readings).filter(([id, option]) => defaultReadings[id] !== option);
  const out: string[] = [
    line('title', { date: a.date }),
    ...(nearMiss ? [`» ${say(nearMiss.text)}`] : []),
    line('version', {
      id: v.id,
      name: say(v.name),
      docNo: v.docNo,
      from: v.from,
      to: v.to,
      notes: versionNotes ? `; ${versionNotes}` : '',
    }),
    line('status', { status: say(STATUS[a.status]) }),
    totalLine(a, say),
    line('confidence', { confidence: say(CONFIDENCE[a.confidence]) }),
    line('checked', { rules: v.lastChecked, wages: a.referenceWageChecked }),
    '',
    itemTable(a, say),
  ];
  const colon = line('colon');
  out.push(
    ...section(
      line('howFound'),
      a.items.filter((i) => i.points !== 0).map((i) => `  ${say(i.label)}${colon}${say(i.explanation)}`),
    ),
  );
  out.push(
    ...section(
      line('uncertain'),
      a.items
        .filter((i) => i.alternatives.length)
        .map((i) => `  ${say(i.label)}${colon}${i.points}; ${i.alternatives.map((x) => say(x.text)).join('; ')}`),
    ),
  );
  const reasons = whyNot(a).filter((r) => r.source !== 'eligibility' && r.source !== 'veto');
  const byItem = new Map<string, string[]>();
  for (const r of reasons) {
    const key = say(r.label);
    byItem.set(key, [...(byItem.get(key) ?? []), conditionLine(r, say)]);
  }
  const colonEnd = line('colonEnd');
  out.push(
    ...section(
      line('whyNot'),
      [...byItem].flatMap(([label, lines]) => [`  ${label}${colonEnd}`, ...lines.map((l) => `  ${l}`)]),
    ),
  );
  out.push(
    ...section(
      line('eligibility'),
      a.eligibility.map((c) => conditionLine(c, say)),
    ),
  );
  out.push(
    ...section(
      line('veto'),
      a.vetoes.map((x) => `  ✗ ${say(x.label)} (${x.date}) — ${say(x.article)}`),
    ),
  );
  out.push(
    ...section(
      line('documents'),
      a.documents.map((d) => `  - ${d[lang]}`),
    ),
  );
  out.push(
    ...section(
      line('warnings'),
      a.warnings.map((w) => `  ! ${say(w)}`),
    ),
  );
  out.push(
    ...section(
      line('sources'),
      a.sources.map((x) => `  [${say(x.kindLabel)}] ${say(x.title)}${x.url ? ` ${x.url}` : ''}`),
    ),
  );
  out.push(
    '',
    switched.length ? line('readingsSwitched', { list: switched.map(([id, o]) => `${id}=${o}`).join(', ') }) : line('readingsDefault'),
  );
  return `${out.join('\n')}\n`;
}
