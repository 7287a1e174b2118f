import { type Lang, pick } from '../../core/lang.ts';
import type { Assessment, Condition, Text } from '../../engine/types.ts';
import { whyNot } from '../../explain/why-not.ts';
import { CONFIDENCE, NO, STATUS, YES } from '../../explain/words.ts';
import { say } from '../../messages/catalogue.ts';
import type { NearMiss } from '../../planner/types.ts';
import { defaultReadings } from '../../policy/readings.ts';
import { renderTable } from '../text/table.ts';

const MARK = { met: '✓', failed: '✗', confirm: '?' } as const;

function L(lang: Lang, zh: string, en: string): string {
  return lang === 'zh' ? zh : en;
}

function totalLine(a: Assessment, lang: Lang): string {
  const std = a.standardScore;
  if (a.status !== 'scored') {
    const gap = Math.max(0, std - a.scoreIfEligible);
    return L(
      lang,
      `总积分：0 / ${std}（${STATUS[a.status].zh}；若符合条件，各项合计 ${a.scoreIfEligible} 分${gap ? `，还差 ${gap} 分` : ''}）`,
      `Total: 0 / ${std} (${STATUS[a.status].en}; if eligible the items would add up to ${a.scoreIfEligible}${gap ? `, ${gap} short` : ''})`,
    );
  }
  const diff = a.total - std;
  return diff >= 0
    ? L(
        lang,
        `总积分：${a.total} / ${std}（已达到标准分值${diff ? `，超出 ${diff} 分` : ''}）`,
        `Total: ${a.total} / ${std} (reaches the standard score${diff ? ` by ${diff}` : ''})`,
      )
    : L(
        lang,
        `总积分：${a.total} / ${std}（未达到标准分值，还差 ${-diff} 分）`,
        `Total: ${a.total} / ${std} (below the standard score: ${-diff} short)`,
      );
}

function conditionLine(c: { status: Condition['status']; text: Text; fix?: Text | undefined }, lang: Lang): string {
  const fix = c.fix ? ` → ${pick(c.fix, lang)}` : '';
  const tag = c.status === 'confirm' ? L(lang, '（待确认）', ' (to confirm)') : '';
  return `  ${MARK[c.status]} ${pick(c.text, lang)}${tag}${fix}`;
}

function itemTable(a: Assessment, lang: Lang): string {
  const rows = a.items.map((i) => [
    pick(i.label, lang),
    String(i.points),
    i.max === null ? '-' : String(i.max),
    pick(i.counted ? YES : NO, lang),
  ]);
  const columns = [
    { header: L(lang, '指标', 'Indicator') },
    { header: L(lang, '得分', 'Points'), align: 'right' as const },
    { header: L(lang, '上限', 'Max'), align: 'right' as const },
    { header: L(lang, '计入', 'Counted') },
  ];
  const s = a.subtotals;
  const sums = L(
    lang,
    `小计：基础 ${s.basic}，加分 ${s.bonus}，减分 ${s.deductions}`,
    `Subtotals: basic ${s.basic}, bonus ${s.bonus}, deductions ${s.deductions}`,
  );
  return `${renderTable(columns, rows)}\n${sums}`;
}

function section(title: string, lines: string[]): string[] {
  return lines.length ? ['', title, ...lines] : [];
}

/**
 * The breakdown printed by `hujifen score`: everything a person needs to read the result, in one language; what
 * waiting alone changes in the coming year (the planner's near miss) first.
 */
export function renderAssessment(a: Assessment, lang: Lang, nearMiss: NearMiss | null = null): string {
  const v = a.version;
  const validity = `${v.from} ${L(lang, '至', '→')} ${v.to}`;
  const versionNotes = [
    v.pinned ? L(lang, '指定版本', 'pinned') : '',
    v.beyondValidity ? L(lang, '已超出有效期', 'beyond its stated validity') : '',
  ]
    .filter(Boolean)
    .join(L(lang, '，', ', '));
  const switched = Object.entries(a.readings).filter(([id, option]) => defaultReadings[id] !== option);
  const out: string[] = [
    L(lang, `上海市居住证积分评估 · 评估日期 ${a.date}`, `Shanghai residence-permit points · assessed on ${a.date}`),
    ...(nearMiss ? [`» ${say(lang, nearMiss.text)}`] : []),
    `${L(lang, '适用版本：', 'Version: ')}${v.id} ${pick(v.name, lang)} ${v.docNo} (${validity}${versionNotes ? `; ${versionNotes}` : ''})`,
    `${L(lang, '状态：', 'Status: ')}${pick(STATUS[a.status], lang)}`,
    totalLine(a, lang),
    `${L(lang, '可信度：', 'Confidence: ')}${pick(CONFIDENCE[a.confidence], lang)}`,
    L(
      lang,
      `规则最近核对：${v.lastChecked}；参考工资最近核对：${a.referenceWageChecked}`,
      `Rules last checked ${v.lastChecked}; reference wages last checked ${a.referenceWageChecked}`,
    ),
    '',
    itemTable(a, lang),
  ];
  out.push(
    ...section(
      L(lang, '计分说明', 'How the points were found'),
      a.items.filter((i) => i.points !== 0).map((i) => `  ${pick(i.label, lang)}${L(lang, '：', ': ')}${pick(i.explanation, lang)}`),
    ),
  );
  out.push(
    ...section(
      L(lang, '不确定的项目（按已知的其他解读或数值）', 'Uncertain items (under the alternatives we know of)'),
      a.items
        .filter((i) => i.alternatives.length)
        .map(
          (i) => `  ${pick(i.label, lang)}${L(lang, '：', ': ')}${i.points}; ${i.alternatives.map((x) => pick(x.text, lang)).join('; ')}`,
        ),
    ),
  );
  const reasons = whyNot(a).filter((r) => r.source !== 'eligibility' && r.source !== 'veto');
  const byItem = new Map<string, string[]>();
  for (const r of reasons) {
    const key = pick(r.label, lang);
    byItem.set(key, [...(byItem.get(key) ?? []), conditionLine(r, lang)]);
  }
  out.push(
    ...section(
      L(lang, '未得分原因（why not）', 'Why not'),
      [...byItem].flatMap(([label, lines]) => [`  ${label}${L(lang, '：', ':')}`, ...lines.map((l) => `  ${l}`)]),
    ),
  );
  out.push(
    ...section(
      L(lang, '申请条件', 'Eligibility'),
      a.eligibility.map((c) => conditionLine(c, lang)),
    ),
  );
  out.push(
    ...section(
      L(lang, '一票否决', 'Veto'),
      a.vetoes.map((x) => `  ✗ ${pick(x.label, lang)} (${x.date}) — ${pick(x.article, lang)}`),
    ),
  );
  out.push(
    ...section(
      L(lang, '需准备的材料', 'Documents to bring'),
      a.documents.map((d) => `  - ${d[lang]}`),
    ),
  );
  out.push(
    ...section(
      L(lang, '提示', 'Warnings'),
      a.warnings.map((w) => `  ! ${pick(w, lang)}`),
    ),
  );
  out.push(
    ...section(
      L(lang, '来源（官方文本在前）', 'Sources (official texts first)'),
      a.sources.map((x) => `  [${pick(x.kindLabel, lang)}] ${pick(x.title, lang)}${x.url ? ` ${x.url}` : ''}`),
    ),
  );
  out.push(
    '',
    switched.length
      ? `${L(lang, '采用的解读（已切换）：', 'Readings switched: ')}${switched.map(([id, o]) => `${id}=${o}`).join(', ')}`
      : L(lang, '采用的解读：均为默认（见 hujifen policy）', 'Readings: all defaults (see `hujifen policy`)'),
  );
  return `${out.join('\n')}\n`;
}
