import { useEffect, useRef } from 'react';
import { type EChartsOption, echarts } from './echarts.ts';

/**
 * One chart. role="img" with a text summary: the numbers are also on the page as text, so the picture
 * is an addition for sighted readers, never the only way to read them.
 */
export function EChart({ option, summary, height = 260 }: { option: EChartsOption; summary: string; height?: number }) {
  const el = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    if (!el.current) return;
    const c = echarts.init(el.current, undefined, { renderer: 'svg' });
    chart.current = c;
    const observer = new ResizeObserver(() => c.resize());
    observer.observe(el.current);
    return () => {
      observer.disconnect();
      c.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={el} className="chart" role="img" aria-label={summary} style={{ height }} />;
}
