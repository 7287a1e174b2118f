import type { Text } from '../core/text.ts';

/**
 * A sheet the pipeline cannot use, the file's fault — each door words and maps it (exit 3, HTTP 422 or 413):
 * unreadable (not a real .xlsx, …: `text` says why), notLayout (the header row at `headerLine` names no layout
 * column), tooManyRows (more data rows than the caller allows).
 */
export class SheetError extends Error {
  readonly kind: 'unreadable' | 'notLayout' | 'tooManyRows';
  readonly text: Text;
  readonly headerLine: number | undefined;
  constructor(kind: SheetError['kind'], text: Text, headerLine?: number) {
    super(text.en);
    this.name = 'SheetError';
    this.kind = kind;
    this.text = text;
    this.headerLine = headerLine;
  }
}
