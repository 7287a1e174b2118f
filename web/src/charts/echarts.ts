/**
 * ECharts from `echarts/core` with only what the app draws (bars, lines, a marked 120 line) and the SVG
 * renderer: a small chunk, loaded lazily, and vector output that stays sharp in print and PDF.
 */
import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, MarkLineComponent, MarkPointComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([
  BarChart,
  LineChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  MarkLineComponent,
  MarkPointComponent,
  AriaComponent,
  SVGRenderer,
]);

export { echarts };
export type EChartsOption = Parameters<echarts.ECharts['setOption']>[0];
