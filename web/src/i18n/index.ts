import i18next from 'i18next';
import ICU from 'i18next-icu';
import { initReactI18next } from 'react-i18next';
import type { Said } from '../../../src/core/message.ts';
import { sayWith } from '../../../src/messages/render.ts';

export type Lang = 'zh' | 'en';

const STORAGE_KEY = 'hujifen.lang';

/** Chinese first; English only when the user chose it before (remembered in localStorage, never sent anywhere). */
export function storedLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh';
  } catch {
    return 'zh';
  }
}

function rememberLang(lang: Lang): void {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Private mode or storage disabled: the choice simply lasts for this page.
  }
}

/**
 * The message catalogue (`messages/<lang>/<namespace>.json`, ICU MessageFormat), shared with the server and the
 * CLI. The web loads what it shows: its own namespaces and those the engine, planner and catalogue speak in —
 * not the CLI's, the batch's or the server's. `web` is the default namespace.
 */
const NAMESPACES = [
  'common',
  'web',
  'web-calculator',
  'web-workspace',
  'web-records',
  'engine',
  'planner',
  'catalog',
  'policy',
  'applicant',
  'hukou',
  'web-hukou',
];
/**
 * The empty form speaks in these: bundled (`web-hukou` for the header's link to its page). The others (the engine's, the planner's, the catalogue's and the pages')
 * come with the engine chunk or the page that shows them (`loadMessages`), which keeps them off a phone's first load.
 */
const zhFirst = import.meta.glob<Record<string, unknown>>('../../../messages/zh/{common,web,web-calculator,web-hukou,applicant}.json', {
  eager: true,
  import: 'default',
});
const zhLater = import.meta.glob<Record<string, unknown>>(
  ['../../../messages/zh/*.json', '!../../../messages/zh/{common,web,web-calculator,web-hukou,applicant}.json'],
  { import: 'default' },
);
const enFiles = import.meta.glob<Record<string, unknown>>('../../../messages/en/*.json', { import: 'default' });
const nsOf = (path: string) => path.slice(path.lastIndexOf('/') + 1, -'.json'.length);

function zhResources(): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const [path, bundle] of Object.entries(zhFirst)) out[nsOf(path)] = bundle;
  return out;
}

let later: Promise<void> | undefined;
/** The Chinese namespaces not bundled with the form, loaded once (English loads whole when chosen). */
export function loadMessages(): Promise<void> {
  later ??= Promise.all(
    Object.entries(zhLater)
      .filter(([path]) => NAMESPACES.includes(nsOf(path)))
      .map(async ([path, load]) => i18next.addResourceBundle('zh', nsOf(path), await load())),
  ).then(
    () => undefined,
    (e: unknown) => {
      later = undefined;
      throw e;
    },
  );
  return later;
}

/** English is its own chunk, fetched when chosen: most users read Chinese (the fallback, always bundled). */
async function loadLang(lang: Lang): Promise<void> {
  if (lang === 'zh' || i18next.hasResourceBundle('en', 'web')) return;
  const wanted = Object.entries(enFiles).filter(([path]) => NAMESPACES.includes(nsOf(path)));
  const bundles = await Promise.all(wanted.map(async ([path, load]) => [nsOf(path), await load()] as const));
  for (const [ns, bundle] of bundles) i18next.addResourceBundle('en', ns, bundle);
}

/** The header's switch: remembered, loaded, then shown. */
export async function switchLang(lang: Lang): Promise<void> {
  rememberLang(lang);
  await loadLang(lang);
  await i18next.changeLanguage(lang);
}

export async function initI18n(): Promise<typeof i18next> {
  const lng = storedLang();
  void i18next
    .use(ICU)
    .use(initReactI18next)
    .init({
      resources: { zh: zhResources() },
      ns: NAMESPACES,
      defaultNS: 'web',
      partialBundledLanguages: true,
      lng: 'zh',
      fallbackLng: 'zh',
      interpolation: { escapeValue: false },
      initAsync: false,
    });
  if (lng === 'en') {
    await loadLang('en');
    await i18next.changeLanguage('en');
  }
  syncDocument(lng);
  i18next.on('languageChanged', (l) => syncDocument(l === 'en' ? 'en' : 'zh'));
  return i18next;
}

/** Screen readers pick their voice from <html lang>; the tab title follows the language too. */
function syncDocument(lang: Lang): void {
  document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
  document.title = i18next.t('app.title');
}

/** Picks the engine's own zh/en text (the engine explains itself in both languages). */
export function pick(text: { zh: string; en: string }, lang: string): string {
  return lang === 'en' ? text.en : text.zh;
}

/** A message (or a Text) of the engine, planner or catalogue in the language shown, through the same catalogue. */
export function say(s: Said, lang: string = i18next.language): string {
  const l: Lang = lang === 'en' ? 'en' : 'zh';
  return sayWith(i18next.getFixedT(l) as (key: string, options?: Record<string, unknown>) => string, l, s);
}
