import type { Text } from '../core/text.ts';

/** A sheet the pipeline cannot read (not a real .xlsx, …): the file's fault, told in zh and en; each door maps it. */
export class SheetError extends Error {
  readonly text: Text;
  constructor(text: Text) {
    super(text.en);
    this.name = 'SheetError';
    this.text = text;
  }
}
