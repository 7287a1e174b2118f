/**
 * "每满1年积N分，满X年后开始计入总积分" (public-service field, remote areas). Reading R6 default: once X years are
 * reached all years count; the alternative counts only the years beyond X.
 */
export function yearsCounted(fullYears: number, startAfterYears: number, reading: string): number {
  if (fullYears < startAfterYears) return 0;
  return reading === 'yearsBeyondN' ? fullYears - startAfterYears : fullYears;
}
