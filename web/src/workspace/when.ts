/** A server timestamp (ISO, UTC) as the reader's local date and time, in the language shown. */
export function when(iso: string, lang: string): string {
  return new Date(iso).toLocaleString(lang === 'en' ? 'en' : 'zh-CN', { dateStyle: 'short', timeStyle: 'short' });
}
