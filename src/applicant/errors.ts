import type { z } from 'zod';
import en from '../../messages/en/applicant.json' with { type: 'json' };
import { valueList } from '../core/join.ts';
import { isMsg, type Msg, msg, type Said } from '../core/message.ts';

/** One bad field, named by its path, with a message each door renders in its reader's language. */
export interface FieldIssue {
  path: string;
  field: Said;
  message: Said;
}

export class ValidationError extends Error {
  readonly issues: FieldIssue[];
  constructor(issues: FieldIssue[]) {
    super(issues.map((i) => `${i.path}: ${isMsg(i.message) ? i.message.key : i.message.en}`).join('; '));
    this.name = 'ValidationError';
    this.issues = issues;
  }
}

/** Fields the catalogue names (`applicant:fields.*`); any other key is shown as it is. */
const NAMED = new Set(Object.keys(en.fields));

/** A field's name in the catalogue, or its key when it has none. */
export function fieldName(key: string): Said {
  return NAMED.has(key) ? msg(`applicant:fields.${key}`) : { zh: key, en: key };
}

/** A field inside another: `parent.child` in English, 父·子 in Chinese. */
export function childField(parent: Said, child: Said): Msg {
  return msg('applicant:path.child', { parent, child });
}

/** A field below another, the rest of its path starting with an index ("第1条…", "[0]…") or with a name. */
export function belowField(parent: Said, rest: Said, indexed: boolean): Msg {
  return indexed ? msg('applicant:path.indexed', { parent, rest }) : childField(parent, rest);
}

/** The path in English (`education[0].level`) and the field it names, as a message ("教育背景第1条·层次/等级"). */
export function pathText(path: readonly PropertyKey[]): { path: string; field: Said } {
  let en = '';
  let field: Said | undefined;
  for (const part of path) {
    if (typeof part === 'number') {
      en += `[${part}]`;
      // The index is 0-based in the path, counted from 1 for people reading Chinese.
      const index = { zh: String(part + 1), en: String(part) };
      field = field ? msg('applicant:path.item', { parent: field, index }) : msg('applicant:path.firstItem', { index });
    } else {
      const key = String(part);
      en += en ? `.${key}` : key;
      field = field ? childField(field, fieldName(key)) : fieldName(key);
    }
  }
  return { path: en || '(root)', field: field ?? msg('applicant:path.root') };
}

/** A missing field: zod says "received undefined" (the input itself is only kept with reportInput, which is slow). */
function isMissing(issue: z.core.$ZodIssue): boolean {
  return issue.code === 'invalid_type' && (issue.input === undefined ? / undefined$/.test(issue.message) : false);
}

/** A message written as a catalogue key in a schema (`{ message: 'applicant:errors.dateFormat' }`). */
const KEY = /^[a-z-]+:[\w.]+$/;

function message(issue: z.core.$ZodIssue): Msg {
  if (KEY.test(issue.message)) return msg(issue.message);
  switch (issue.code) {
    case 'invalid_type':
      return isMissing(issue) ? msg('applicant:errors.required') : msg('applicant:errors.wrongType', { expected: issue.expected });
    case 'invalid_value':
      return msg('applicant:errors.invalidValue', { values: valueList(issue.values) });
    case 'too_small':
      return msg('applicant:errors.tooSmall', { minimum: String(issue.minimum) });
    case 'too_big':
      return msg('applicant:errors.tooBig', { maximum: String(issue.maximum) });
    case 'invalid_format':
      return issue.format === 'email' ? msg('applicant:errors.email') : msg('applicant:errors.invalidFormat', { format: issue.format });
    case 'unrecognized_keys':
      return msg('applicant:errors.unknownKeys', { keys: valueList(issue.keys) });
    default:
      return msg('applicant:errors.invalid');
  }
}

export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({ ...pathText(issue.path), message: message(issue) }));
}
