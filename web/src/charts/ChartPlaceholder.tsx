import { useTranslation } from 'react-i18next';

/** The heights of the charts' drawings, shared by the charts and by their placeholders. */
export const CHART_HEIGHT = { breakdown: 140, projection: 280 } as const;

/**
 * Stands where a lazily loaded chart will come, as tall as its drawing, so what lies below does not jump when
 * ECharts arrives (on a slow network, seconds later).
 */
export function ChartPlaceholder({ height }: { height: number }) {
  const { t } = useTranslation();
  return (
    <div className="chart chart-placeholder" style={{ height }}>
      <p className="loading">{t('common.loading')}</p>
    </div>
  );
}
