// The message catalogue (messages/<lang>/<namespace>.json): both languages say the same things with the same
// parameters, every sentence parses as ICU MessageFormat, English reads as English, and every key the code names exists.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { IntlMessageFormat } from 'intl-messageformat';
import { EN, NAMESPACES, ZH } from '../../src/messages/resources.ts';

const ROOT = join(import.meta.dirname, '../..');
type Bundle = Record<string, unknown>;

const flatten = (o: Bundle, prefix = ''): [string, string][] =>
  Object.entries(o).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null ? flatten(v as Bundle, `${prefix}${k}.`) : [[`${prefix}${k}`, String(v)] as [string, string]],
  );

/** The argument names a sentence uses, from its ICU syntax tree. */
function argumentsOf(source: string, locale: string): string[] {
  const names = new Set<string>();
  const walk = (nodes: unknown[]): void => {
    for (const n of nodes as { type: number; value?: string; options?: Record<string, { value: unknown[] }>; children?: unknown[] }[]) {
      if (n.type >= 1 && n.type <= 6 && typeof n.value === 'string') names.add(n.value);
      if (n.options) for (const o of Object.values(n.options)) walk(o.value);
      if (n.children) walk(n.children);
    }
  };
  walk(new IntlMessageFormat(source, locale, undefined, { ignoreTag: true }).getAst());
  return [...names].sort();
}

const FILES_ON_DISK = (lang: string) =>
  readdirSync(join(ROOT, 'messages', lang))
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -5))
    .sort();

/** English sentences that quote Chinese on purpose: examples of what a person may type. */
const ENGLISH_WITH_CHINESE = new Set([
  'web:catalog.placeholder',
  'web:certificate.titlePlaceholder',
  // Marks a cell may carry in either language (2024年3月1日, 12000元, 补缴): the grammar reads them whatever the door speaks.
  'applicant:words.backPaid',
  'applicant:words.dateMarks',
  'applicant:words.units',
  'applicant:words.yuan',
  'applicant:words.years',
]);
const FULL_WIDTH = /[：，（）。；！？、“”《》【】]/;
const HAN = /\p{Script=Han}/u;

describe('message catalogue', () => {
  it('every file on disk is a namespace the code loads, in both languages', () => {
    assert.deepEqual(FILES_ON_DISK('zh'), [...NAMESPACES].sort());
    assert.deepEqual(FILES_ON_DISK('en'), [...NAMESPACES].sort());
  });

  for (const ns of NAMESPACES) {
    it(`${ns}: the same keys in zh and en, none empty, each parsing as ICU with the same arguments`, () => {
      const zh = new Map(flatten(ZH[ns]));
      const en = new Map(flatten(EN[ns]));
      assert.deepEqual([...zh.keys()].sort(), [...en.keys()].sort());
      const differ: string[] = [];
      for (const [key, z] of zh) {
        const e = en.get(key) as string;
        assert.ok(z.trim() && e.trim(), `${ns}:${key} is empty`);
        if (argumentsOf(z, 'zh-CN').join() !== argumentsOf(e, 'en').join()) differ.push(`${ns}:${key}`);
      }
      assert.deepEqual(differ, []);
    });
  }

  it('English has no full-width punctuation, and Chinese only as a "(中文)" gloss', () => {
    const wrong: string[] = [];
    for (const ns of NAMESPACES)
      for (const [key, e] of flatten(EN[ns])) {
        if (FULL_WIDTH.test(e)) wrong.push(`${ns}:${key}: ${e}`);
        else if (!ENGLISH_WITH_CHINESE.has(`${ns}:${key}`) && HAN.test(e.replace(/\([^()]*\)/g, ''))) wrong.push(`${ns}:${key}: ${e}`);
      }
    assert.deepEqual(wrong, []);
  });
});

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.d.ts'))
    .map((f) => join(dir, f));
}

describe('keys the code names', () => {
  const known = new Set<string>();
  for (const ns of NAMESPACES) for (const [key] of flatten(ZH[ns])) known.add(`${ns}:${key}`);
  const namespaced = new RegExp(`['"\`]((?:${NAMESPACES.join('|')}):[\\w.-]+)['"\`]`, 'g');

  it('every literal "namespace:key" in src/ and web/src/ exists', () => {
    const unknown: string[] = [];
    for (const f of [...sourceFiles('src'), ...sourceFiles('web/src')])
      for (const m of readFileSync(join(ROOT, f), 'utf8').matchAll(namespaced))
        if (!known.has(m[1] as string)) unknown.push(`${f}: ${m[1]}`);
    assert.deepEqual(unknown, []);
  });

  it("every t('key') of the web app in its default namespace exists", () => {
    const used = new Set<string>();
    for (const f of sourceFiles('web/src'))
      for (const m of readFileSync(join(ROOT, f), 'utf8').matchAll(/\bt\('([\w.]+)'/g)) used.add(`web:${m[1]}`);
    assert.ok(used.size > 200, `found ${used.size} keys`);
    assert.deepEqual(
      [...used].filter((k) => !known.has(k)),
      [],
    );
  });
});
