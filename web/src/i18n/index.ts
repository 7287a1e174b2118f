import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import zh from './zh.json' with { type: 'json' };

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

/** English is its own chunk, fetched when chosen: most users read Chinese (the fallback, always bundled). */
async function loadLang(lang: Lang): Promise<void> {
  if (lang === 'zh' || i18next.hasResourceBundle('en', 'translation')) return;
  const en = (await import('./en.json')).default;
  i18next.addResourceBundle('en', 'translation', en);
}

/** The header's switch: remembered, loaded, then shown. */
export async function switchLang(lang: Lang): Promise<void> {
  rememberLang(lang);
  await loadLang(lang);
  await i18next.changeLanguage(lang);
}

export async function initI18n(): Promise<typeof i18next> {
  const lng = storedLang();
  void i18next.use(initReactI18next).init({
    resources: { zh: { translation: zh } },
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
