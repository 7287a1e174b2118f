import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../../src/engine/types.ts';
import { pick } from '../i18n/index.ts';
import { EChart } from './EChart.tsx';
import type { EChartsOption } from './echarts.ts';

const COLORS = ['#1f5fa8', '#3f8fd2', '#7cb7e8', '#2e9e6b', '#6cc49a', '#b5892e', '#e0b65a', '#8a5fb8', '#c06c84', '#5b7083'];

/** The counted items stacked into one bar, against the standard-score line (120). */
export function BreakdownChart({ assessment: a }: { assessment: Assessment }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const option = useMemo<EChartsOption>(() => {
    const counted = a.items.filter((i) => i.counted && i.points !== 0);
    return {
      animation: false,
      aria: { enabled: true },
      tooltip: { trigger: 'item' },
      legend: { bottom: 0, type: 'scroll' },
      grid: { left: 8, right: 24, top: 28, bottom: 56, containLabel: true },
      xAxis: { type: 'value', max: Math.max(a.standardScore + 20, a.scoreIfEligible + 10) },
      yAxis: { type: 'category', data: [t('chart.total')] },
      series: counted.map((item, i) => ({
        type: 'bar',
        name: `${pick(item.label, lang)} ${item.points}`,
        stack: 'total',
        data: [item.points],
        barWidth: 36,
        itemStyle: { color: item.points < 0 ? '#c0392b' : COLORS[i % COLORS.length] },
        label: { show: item.points >= 15, formatter: String(item.points), color: '#fff' },
        ...(i === 0
          ? {
              markLine: {
                symbol: 'none',
                silent: true,
                lineStyle: { color: '#c0392b', type: 'dashed', width: 2 },
                label: { formatter: t('chart.standard', { score: a.standardScore }), position: 'end' },
                data: [{ xAxis: a.standardScore }],
              },
            }
          : {}),
      })),
    };
  }, [a, t, lang]);
  const summary = t('chart.breakdownSummary', {
    total: a.scoreIfEligible,
    standard: a.standardScore,
    parts: a.items
      .filter((i) => i.counted && i.points !== 0)
      .map((i) => `${pick(i.label, lang)} ${i.points}`)
      .join('，'),
  });
  return <EChart option={option} summary={summary} height={200} />;
}

export default BreakdownChart;
