import { useTranslation } from 'react-i18next';

/**
 * "Download PDF" is the browser's own print dialog with the A4 print stylesheet ("Save as PDF" there):
 * the page's fonts, vector charts and Chinese text go into the PDF as the user sees them, and nothing
 * leaves the browser — no server-side PDF, so no facts are uploaded.
 */
export function PrintButton() {
  const { t } = useTranslation();
  return (
    <div className="print-actions no-print">
      <button type="button" onClick={() => window.print()}>
        {t('report.print')}
      </button>
      <p className="field-hint">{t('report.printHint')}</p>
    </div>
  );
}
