/** Checks of a ValidationError: every issue names a real place in the input, in Chinese and in English. */
import assert from 'node:assert/strict';
import { type FieldIssue, ValidationError } from '../../../src/applicant/index.ts';
import { text } from '../../../src/messages/catalogue.ts';

const CJK = /[\u3400-\u9fff]/;

/** 'education[0].major.code' → ['education', 0, 'major', 'code']. */
export function splitPath(path: string): (string | number)[] {
  if (path === '(root)') return [];
  const out: (string | number)[] = [];
  for (const part of path.split('.')) {
    const m = /^([^[\]]*)((?:\[\d+\])*)$/.exec(part);
    assert.ok(m, `unparseable issue path ${JSON.stringify(path)}`);
    if (m[1]) out.push(m[1]);
    for (const idx of m[2]?.match(/\d+/g) ?? []) out.push(Number(idx));
  }
  return out;
}

function step(node: unknown, key: string | number): { present: boolean; value: unknown } {
  if (node === null || typeof node !== 'object') return { present: false, value: undefined };
  const present = Object.hasOwn(node, key);
  return { present, value: present ? (node as Record<string | number, unknown>)[key] : undefined };
}

/** Asserts one issue is complete and points into the input: its parent exists, and the field is absent iff "required". */
export function assertIssueNamesInput(said: FieldIssue, input: unknown): void {
  const issue = { path: said.path, message: text(said.message), field: text(said.field) };
  assert.equal(typeof issue.path, 'string');
  assert.ok(issue.path.length > 0, 'issue without a path');
  assert.ok(issue.message.en.trim().length > 0, `${issue.path}: empty English message`);
  assert.ok(CJK.test(issue.message.zh), `${issue.path}: Chinese message ${JSON.stringify(issue.message.zh)} has no Chinese`);
  assert.ok(issue.field.en.length > 0 && issue.field.zh.length > 0, `${issue.path}: empty field name`);
  const keys = splitPath(issue.path);
  if (keys.length === 0) {
    assert.ok(
      input === null || typeof input !== 'object' || Array.isArray(input) || issue.message.en !== 'required',
      `root issue on an object input: ${issue.message.en}`,
    );
    return;
  }
  let node = input;
  for (const key of keys.slice(0, -1)) {
    const s = step(node, key);
    assert.ok(s.present, `issue path ${issue.path}: ${String(key)} is not in the input`);
    node = s.value;
  }
  const last = step(node, keys[keys.length - 1] as string | number);
  if (issue.message.en === 'required')
    assert.ok(!last.present || last.value === undefined, `${issue.path} is called required but the input has it`);
  else if (!last.present) {
    // zod reports a missing enum field as an invalid option (its message lists the options), not as "required".
    assert.match(
      issue.message.en,
      /^(invalid value; options|wrong type, expected)/,
      `${issue.path}: "${issue.message.en}" about a field the input does not have`,
    );
  }
}

/** Asserts `error` is a ValidationError whose every issue names a place in `input`, in zh and en. */
export function assertValidationError(error: unknown, input: unknown): asserts error is ValidationError {
  if (!(error instanceof ValidationError)) throw error;
  assert.ok(error.issues.length > 0, 'a ValidationError with no issue');
  for (const issue of error.issues) assertIssueNamesInput(issue, input);
}
