import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { msg } from '../core/message.ts';
import { CliError } from './errors.ts';
import { EXIT } from './exit-codes.ts';

/** Reads a whole stream (stdin for `-`). */
async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

export async function readText(file: string): Promise<string> {
  if (file === '-') return readAll(process.stdin);
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(
      code === 'ENOENT' ? msg('cli:read.notFound', { file }) : msg('cli:read.cannotRead', { file, code: String(code) }),
      EXIT.io,
    );
  }
}

/**
 * JSON or YAML (YAML is a superset of JSON, so one parser serves both; `.json` files still get JSON's error).
 * Syntax errors name the line and column only: the text itself may hold personal data and is never echoed.
 */
export async function parseApplicantText(text: string, file: string): Promise<unknown> {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (extname(file).toLowerCase() === '.json') {
    try {
      return JSON.parse(source);
    } catch (error) {
      throw syntaxError(file, jsonErrorPosition(source, error));
    }
  }
  const { parseDocument } = await import('yaml');
  const doc = parseDocument(source, { prettyErrors: false, uniqueKeys: true });
  const first = doc.errors[0];
  if (first) {
    const pos = first.linePos?.[0];
    throw syntaxError(file, pos ? { line: pos.line, column: pos.col } : undefined);
  }
  const value: unknown = doc.toJS();
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new CliError(msg('cli:read.notObject', { file }), EXIT.invalidInput);
  }
  return value;
}

function syntaxError(file: string, pos: { line: number; column: number } | undefined): CliError {
  return new CliError(pos ? msg('cli:read.syntaxAt', { file, ...pos }) : msg('cli:read.syntax', { file }), EXIT.invalidInput);
}

/**
 * Where JSON.parse failed. Only the offset is taken from V8's message (which may quote the input); the line and
 * column are counted here.
 */
function jsonErrorPosition(text: string, error: unknown): { line: number; column: number } | undefined {
  const m = /position (\d+)/.exec(error instanceof Error ? error.message : '');
  if (!m) return undefined;
  const before = text.slice(0, Number(m[1]));
  const line = before.split('\n').length;
  return { line, column: before.length - before.lastIndexOf('\n') };
}
