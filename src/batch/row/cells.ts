import { type Parsed, parseBoolCell, parseDateCell } from '../../applicant/cells.ts';
import { type Msg, msg, type Said } from '../../core/message.ts';

/** A problem with one cell, named by its column key (or 社保明细 with the history line). */
export interface CellError {
  column: string;
  message: Said;
  historyLine?: number;
}

const REQUIRED = msg('batch:cells.required');

/** One row's cells by column key, read through parsers that collect every bad cell instead of stopping. */
export class Cells {
  readonly errors: CellError[] = [];
  private readonly get: (key: string) => string;

  constructor(get: (key: string) => string) {
    this.get = get;
  }

  text(key: string): string {
    return this.get(key).trim();
  }

  has(key: string): boolean {
    return this.text(key) !== '';
  }

  read<T>(key: string, parse: (raw: string) => Parsed<T>): T | undefined {
    const r = parse(this.get(key));
    if (r.ok) return r.value;
    this.errors.push({ column: key, message: r.error });
    return undefined;
  }

  bool(key: string): boolean | undefined {
    return this.read(key, parseBoolCell);
  }

  date(key: string): string | undefined {
    return this.read(key, parseDateCell);
  }

  /** The value, or an error when the cell is empty (a cell that failed to parse has its own error already). */
  need<T>(key: string, value: T | undefined, message: Msg = REQUIRED): T | undefined {
    if (value === undefined && !this.has(key)) this.errors.push({ column: key, message });
    return value;
  }

  /** A cell that breaks a rule of the row, told by its message (`batch:cells.<key>`). */
  fail(column: string, key: string, params?: Record<string, number>): void {
    this.errors.push({ column, message: msg(`batch:cells.${key}`, params) });
  }
}
