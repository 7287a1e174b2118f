import type { Text } from '../../engine/types.ts';
import { RESULT_COLUMNS } from '../result-columns.ts';
import type { OutCell, RowSetup } from './types.ts';

const BLANK: Text = { zh: '空行', en: 'blank line' };
const REASON: Text = { zh: '空行：没有任何数据', en: 'blank line: no data' };

/**
 * The output row of a blank line inside the data: empty input cells (whitespace is not kept), its line, 空行 and
 * the reason. Apart from the assessor, so the main thread can write the blank lines it held back without the engine.
 */
export function blankRow(line: number, setup: Pick<RowSetup, 'keep' | 'lang'>): OutCell[] {
  const cells = new Array<OutCell>(setup.keep.length + RESULT_COLUMNS.length).fill('');
  cells[setup.keep.length] = line;
  cells[setup.keep.length + 1] = BLANK[setup.lang];
  cells[cells.length - 1] = REASON[setup.lang];
  return cells;
}
