// Every word for people lives in the message catalogue (messages/), not in code: no Chinese in a string, template,
// regular expression or JSX text of src/**/*.ts nor of the web app's web/src/**/*.{ts,tsx} — comments may quote the
// rules they cite — and no full-width punctuation in either, where it would show in English too
// ("Overall confidence：low"): the catalogue holds punctuation per language.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { transformSync } from 'esbuild';

const ROOT = join(import.meta.dirname, '../..');
const HAN = /\p{Script=Han}/u;
const FULL_WIDTH = /[：，（）。；、]/;

/**
 * The characters of one file's code that `pattern` matches: esbuild strips the comments (and the types) and keeps
 * every literal, strings, templates, regular expressions and JSX text alike.
 */
export function charactersInCode(file: string, text: string, pattern: RegExp = HAN): number {
  const { code } = transformSync(text, { loader: file.endsWith('x') ? 'tsx' : 'ts', charset: 'utf8', legalComments: 'none' });
  return [...code].filter((ch) => pattern.test(ch)).length;
}

/** The files of `folder` matching `ext` whose code holds characters of `pattern`, as "path: count". */
function filesWith(folder: string, ext: RegExp, pattern: RegExp): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((f) => ext.test(f))
    .map((f) => `${folder}/${f}`)
    .sort()
    .map((f) => [f, charactersInCode(f, readFileSync(join(ROOT, f), 'utf8'), pattern)] as const)
    .filter(([, n]) => n > 0)
    .map(([f, n]) => `${f}: ${n}`);
}

describe('no Chinese in code', () => {
  it('finds Chinese in literals and not in comments', () => {
    const text = "// 本科\n/** 学历 */\nexport const a = '本科'; export const b = `学$' + '{a}位`; export const r = /硕士/;";
    assert.equal(charactersInCode('x.ts', text), 2 + 2 + 2);
    assert.equal(charactersInCode('x.tsx', '// ：\nexport const A = () => <p>a：b</p>;', FULL_WIDTH), 1);
  });

  it('src/**/*.ts keeps its Chinese in comments only', () => {
    assert.deepEqual(filesWith('src', /\.ts$/, HAN), [], 'Chinese outside comments: move it to messages/');
  });

  it('web/src/**/*.{ts,tsx} keeps its Chinese in comments only', () => {
    assert.deepEqual(filesWith('web/src', /\.tsx?$/, HAN), [], 'Chinese outside comments: move it to messages/');
  });

  it('src/**/*.ts has no full-width punctuation outside comments', () => {
    assert.deepEqual(filesWith('src', /\.ts$/, FULL_WIDTH), [], 'full-width punctuation in code: move it to messages/');
  });

  it('web/src/**/*.{ts,tsx} has no full-width punctuation outside comments', () => {
    assert.deepEqual(filesWith('web/src', /\.tsx?$/, FULL_WIDTH), [], 'full-width punctuation in code: move it to messages/');
  });
});
