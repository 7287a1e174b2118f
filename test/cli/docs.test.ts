// docs/cli.md documents every column of the batch layout and every exit code: checked here so they stay in step.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { COLUMNS, HISTORY_COLUMNS } from '../../src/batch/layout.ts';
import { resultColumns } from '../../src/batch/result-columns.ts';
import { EXIT } from '../../src/cli/exit-codes.ts';

const doc = readFileSync(new URL('../../docs/cli.md', import.meta.url), 'utf8');

describe('docs/cli.md', () => {
  it('has a table row for every layout and history column: zh header and English key', () => {
    for (const c of [...COLUMNS, ...HISTORY_COLUMNS]) {
      assert.match(doc, new RegExp(`^\\| ${c.zh} \\| \`${c.key}\` \\|`, 'm'), `${c.zh} / ${c.key}`);
    }
  });

  it('names the output columns and every exit code', () => {
    for (const c of resultColumns(120).filter((r) => !r.key.startsWith('points.')))
      assert.ok(doc.includes(c.header.zh) && doc.includes(`\`${c.header.en}\``), c.key);
    for (const code of new Set(Object.values(EXIT))) assert.match(doc, new RegExp(`^\\| ${code} \\|`, 'm'), `exit ${code}`);
  });

  it('shows every command', () => {
    for (const command of ['score', 'batch', 'template', 'plan', 'catalog', 'policy', 'hukou'])
      assert.match(doc, new RegExp(`^## \`hujifen ${command}`, 'm'));
  });
});
