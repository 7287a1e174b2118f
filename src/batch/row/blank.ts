import { msg } from '../../core/message.ts';
import { say } from '../../messages/catalogue.ts';
import { RESULT_KEYS } from '../result-columns.ts';
import type { OutCell, RowSetup } from './types.ts';

const BLANK = msg('batch:blank.status');
const REASON = msg('batch:blank.reason');

/**
 * The output row of a blank line inside the data: empty input cells (whitespace is not kept), its line, 空行 and
 * the reason. Apart from the assessor, so the main thread can write the blank lines it held back without the engine.
 */
export function blankRow(line: number, setup: Pick<RowSetup, 'keep' | 'lang'>): OutCell[] {
  const cells = new Array<OutCell>(setup.keep.length + RESULT_KEYS.length).fill('');
  cells[setup.keep.length] = line;
  cells[setup.keep.length + 1] = say(setup.lang, BLANK);
  cells[cells.length - 1] = say(setup.lang, REASON);
  return cells;
}
