/**
 * Today's calendar date in Shanghai (UTC+8, no daylight saving), whatever the machine's time zone:
 * the scheme's dates are Shanghai dates, and a UTC or local date can be a day off around midnight.
 */
export function todayInShanghai(now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}
