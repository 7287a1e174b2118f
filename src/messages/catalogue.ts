import { IntlMessageFormat } from 'intl-messageformat';
import type { Lang } from '../core/lang.ts';
import type { Said } from '../core/message.ts';
import type { Text } from '../core/text.ts';
import { sayWith, type Translate } from './render.ts';
import { EN, type Namespace, ZH } from './resources.ts';

/**
 * The server's and the CLI's catalogue: the same ICU MessageFormat files the web app's i18next reads (through
 * i18next-icu), formatted here by intl-messageformat directly. Each sentence is compiled once, on first use:
 * formatting a compiled message costs about a microsecond, where i18next's `t` costs 6–21 (measured on the
 * bench machine, docs/messages.md). No fallback between languages: a missing sentence is a bug, not Chinese.
 */
const BUNDLES: Record<Lang, Record<Namespace, Record<string, unknown>>> = { zh: ZH, en: EN };
const LOCALES: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };
const compiled: Record<Lang, Map<string, IntlMessageFormat | null>> = { zh: new Map(), en: new Map() };
const missing = new Set<string>();

/** The sentence of `key` (`namespace:path.to.key`) in `lang`, or undefined when the catalogue lacks it. */
export function lookup(lang: Lang, key: string): string | undefined {
  const colon = key.indexOf(':');
  let node: unknown = BUNDLES[lang][key.slice(0, colon) as Namespace];
  for (const part of key.slice(colon + 1).split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

function formatter(lang: Lang, key: string): IntlMessageFormat | null {
  const cache = compiled[lang];
  let f = cache.get(key);
  if (f === undefined) {
    const source = lookup(lang, key);
    f = source === undefined ? null : new IntlMessageFormat(source, LOCALES[lang], undefined, { ignoreTag: true });
    cache.set(key, f);
  }
  return f;
}

function translator(lang: Lang): Translate {
  return (key, values) => {
    const f = formatter(lang, key);
    if (f === null) {
      missing.add(`${lang}:${key}`);
      return key;
    }
    try {
      return f.format(values as Record<string, string | number>) as string;
    } catch {
      // A parameter the sentence needs is missing or of the wrong kind (a message stored before its sentence
      // gained one): recorded like a missing key, and the key shown, rather than the door failing.
      missing.add(`${lang}:${key} (parameters)`);
      return key;
    }
  };
}

const T: Record<Lang, Translate> = { zh: translator('zh'), en: translator('en') };

/** `s` in `lang`. */
export function say(lang: Lang, s: Said): string {
  return sayWith(T[lang], lang, s);
}

/** A renderer fixed to one language, for a door that speaks one. */
export function sayer(lang: Lang): (s: Said) => string {
  const t = T[lang];
  return (s) => sayWith(t, lang, s);
}

/** Both languages: for outputs that carry both (errors given in zh and en, API answers with `lang=all`). */
export function text(s: Said): Text {
  return { zh: sayWith(T.zh, 'zh', s), en: sayWith(T.en, 'en', s) };
}

/**
 * Keys asked for that the catalogue lacks (`lang:namespace:key`), or whose sentence their parameters did not fit
 * (`… (parameters)`), since the process started: tests assert none.
 */
export function missingKeys(): string[] {
  return [...missing].sort();
}
