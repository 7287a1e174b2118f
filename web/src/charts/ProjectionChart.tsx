import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Projection } from '../../../src/planner/index.ts';
import { CHART_HEIGHT } from './ChartPlaceholder.tsx';
import { EChart } from './EChart.tsx';
import type { EChartsOption } from './echarts.ts';

/** Waiting alone, month by month: the points the items add up to, the 120 line, and the day it is reached. */
export function ProjectionChart({ projection, standardScore }: { projection: Projection; standardScore: number }) {
  const { t } = useTranslation();
  const reach = projection.reaches;
  const option = useMemo<EChartsOption>(() => {
    const dates = projection.points.map((p) => p.date.slice(0, 7));
    const values = projection.points.map((p) => p.scoreIfEligible);
    return {
      animation: false,
      aria: { enabled: true },
      tooltip: { trigger: 'axis' },
      // The line labels sit inside the plot (insideEndTop): no margin kept for them, which left a phone's card a quarter empty.
      grid: { left: 8, right: 16, top: 30, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: dates, boundaryGap: false, axisLabel: { hideOverlap: true } },
      yAxis: { type: 'value', min: 0, max: Math.max(standardScore + 30, ...values) },
      series: [
        {
          type: 'line',
          name: t('chart.projected'),
          step: 'end',
          data: values,
          symbol: 'none',
          lineStyle: { width: 3, color: '#1f5fa8' },
          areaStyle: { color: 'rgba(31,95,168,0.08)' },
          markLine: {
            symbol: 'none',
            silent: true,
            data: [
              {
                yAxis: standardScore,
                lineStyle: { color: '#c0392b', type: 'dashed', width: 2 },
                label: { formatter: t('chart.standard', { score: standardScore }), position: 'insideEndTop' },
              },
              // a reach on the plan date itself needs no line over the axis
              ...(reach && reach.offset > 0
                ? [
                    {
                      xAxis: reach.date.slice(0, 7),
                      lineStyle: { color: '#1e7d4f', width: 2 },
                      label: { formatter: t('chart.reachOn', { date: reach.date }), position: 'insideEndTop' as const },
                    },
                  ]
                : []),
            ],
          },
        },
      ],
    };
  }, [projection, standardScore, reach, t]);
  const summary = reach
    ? t('chart.projectionSummaryReach', { date: reach.date, total: reach.total, standard: standardScore })
    : t('chart.projectionSummaryNo', { months: projection.points.length - 1, standard: standardScore });
  return <EChart option={option} summary={summary} height={CHART_HEIGHT.projection} />;
}

export default ProjectionChart;
