// Every `item(ctx, { … })` call lists every key of ItemInput, in the interface's order: item() then reads objects of one
// shape, which V8 does several times faster than objects of many (see ItemInput in src/engine/item.ts). A call site
// that drops or moves a key is still correct, only slower, so nothing else would notice it.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const ENGINE = join(import.meta.dirname, '../../src/engine');

/** The top-level keys of the object literal whose `{` is at `open`, in order. */
function topLevelKeys(source: string, open: number): string[] {
  const keys: string[] = [];
  let depth = 0;
  let quote = '';
  let atKey = true;
  for (let i = open; i < source.length; i++) {
    const c = source[i] as string;
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
      continue;
    }
    if (c === "'" || c === '"' || c === '`') quote = c;
    else if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) {
      depth--;
      if (depth === 0) return keys;
    } else if (depth === 1 && c === ',') atKey = true;
    else if (depth === 1 && atKey && /\w/.test(c)) {
      const key = (/^\w+/.exec(source.slice(i)) as RegExpExecArray)[0];
      keys.push(key);
      i += key.length - 1;
      atKey = false;
    }
  }
  throw new Error('unclosed object literal');
}

function interfaceKeys(): string[] {
  const source = readFileSync(join(ENGINE, 'item.ts'), 'utf8');
  const body = /export interface ItemInput \{([\s\S]*?)\n\}/.exec(source)?.[1] ?? '';
  return [...body.matchAll(/^ {2}(\w+):/gm)].map((m) => m[1] as string);
}

test('every item() call lists the keys of ItemInput in its order', () => {
  const expected = interfaceKeys();
  assert.equal(expected.length, 12, 'ItemInput has the 12 keys item() reads');
  const files = readdirSync(ENGINE, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
  let calls = 0;
  for (const file of files) {
    const source = readFileSync(join(ENGINE, file), 'utf8');
    for (const m of source.matchAll(/\bitem\(ctx, \{/g)) {
      calls++;
      const open = (m.index as number) + m[0].length - 1;
      assert.deepEqual(topLevelKeys(source, open), expected, `${file}: item() call at offset ${m.index}`);
    }
  }
  // 11 indicators with one call each, the flat bonuses' shared line (4 indicators) and notInForce.
  assert.equal(calls, 13);
});
