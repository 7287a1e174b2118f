import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../../src/engine/types.ts';
import { pick } from '../i18n/index.ts';
import { CHART_HEIGHT } from './ChartPlaceholder.tsx';
import { EChart } from './EChart.tsx';
import type { EChartsOption } from './echarts.ts';

const COLORS = ['#1f5fa8', '#3f8fd2', '#7cb7e8', '#2e9e6b', '#6cc49a', '#b5892e', '#e0b65a', '#8a5fb8', '#c06c84', '#5b7083'];
const DEDUCTION = '#c0392b';

/**
 * The counted items stacked into one bar, against the standard-score line. The legend is a list below the chart,
 * with short labels: it wraps to as many lines as the width needs (a phone, A4, English) where ECharts' own legend
 * would cut the names and page them ("1/2").
 */
export function BreakdownChart({ assessment: a }: { assessment: Assessment }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const parts = useMemo(
    () =>
      a.items
        .filter((i) => i.counted && i.points !== 0)
        .map((item, i) => ({
          id: item.id,
          name: t(`chart.legend.${item.id}`),
          label: pick(item.label, lang),
          points: item.points,
          color: item.points < 0 ? DEDUCTION : (COLORS[i % COLORS.length] as string),
        })),
    [a, t, lang],
  );
  const option = useMemo<EChartsOption>(
    () => ({
      animation: false,
      aria: { enabled: true },
      tooltip: { trigger: 'item' },
      grid: { left: 8, right: 24, top: 28, bottom: 8, containLabel: true },
      xAxis: { type: 'value', max: Math.max(a.standardScore + 20, a.scoreIfEligible + 10) },
      yAxis: { type: 'category', data: [t('chart.total')] },
      series: parts.map((p, i) => ({
        type: 'bar',
        name: `${p.name} ${p.points}`,
        stack: 'total',
        data: [p.points],
        barWidth: 36,
        itemStyle: { color: p.color },
        label: { show: p.points >= 15, formatter: String(p.points), color: '#fff' },
        ...(i === 0
          ? {
              markLine: {
                symbol: 'none',
                silent: true,
                lineStyle: { color: DEDUCTION, type: 'dashed', width: 2 },
                label: { formatter: t('chart.standard', { score: a.standardScore }), position: 'end' },
                data: [{ xAxis: a.standardScore }],
              },
            }
          : {}),
      })),
    }),
    [a, parts, t],
  );
  const summary = t('chart.breakdownSummary', {
    total: a.scoreIfEligible,
    standard: a.standardScore,
    // The official names in full, for a screen reader; the legend below shows the short ones.
    parts: parts.map((p) => `${p.label} ${p.points}`).join(t('chart.separator')),
  });
  return (
    <div className="breakdown-chart">
      <EChart option={option} summary={summary} height={CHART_HEIGHT.breakdown} />
      {/* The parts the summary already reads out: aria-hidden so a screen reader does not hear them twice. */}
      <ul className="chart-legend" aria-hidden="true" data-testid="chart-legend">
        {parts.map((p) => (
          <li key={p.id}>
            <span className="chart-swatch" style={{ background: p.color }} />
            {p.name} <b>{p.points}</b>
          </li>
        ))}
      </ul>
    </div>
  );
}

export default BreakdownChart;
