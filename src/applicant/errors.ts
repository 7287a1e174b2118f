import type { z } from 'zod';
import type { Text } from '../core/text.ts';

/** One bad field, named by its path, explained in Chinese and English. */
export interface FieldIssue {
  path: string;
  field: Text;
  message: Text;
}

export class ValidationError extends Error {
  readonly issues: FieldIssue[];
  constructor(issues: FieldIssue[]) {
    super(issues.map((i) => `${i.path}: ${i.message.en}`).join('; '));
    this.name = 'ValidationError';
    this.issues = issues;
  }
}

const FIELD_ZH: Record<string, string> = {
  birthDate: '出生日期',
  idNumber: '身份证号',
  residencePermit: '居住证',
  valid: '有效',
  employment: '就业情况',
  education: '教育背景',
  level: '层次/等级',
  degree: '学位',
  fullTime: '全日制',
  major: '专业',
  code: '代码',
  certificates: '证书',
  kind: '类型',
  name: '名称',
  skillLevel: '技能等级',
  titleLevel: '职称等级',
  obtainedOn: '取得日期',
  socialInsurance: '社保缴费记录',
  month: '月份',
  base: '缴费基数',
  marriage: '婚姻',
  marriedOn: '结婚日期',
  records: '记录',
  date: '日期',
  awards: '表彰奖励',
  remoteArea: '远郊重点区域',
  publicService: '特定公共服务领域',
  investment: '投资纳税',
  from: '开始日期',
  to: '结束日期',
};

const MESSAGE_ZH: Record<string, string> = {
  'date must be YYYY-MM-DD': '日期格式应为 YYYY-MM-DD',
  'not a real calendar date': '不是有效的日历日期',
  'month must be YYYY-MM (01–12)': '月份格式应为 YYYY-MM（01–12）',
  'must be whole yuan': '金额须为整数元',
  'must not be negative': '不能为负数',
  'month listed twice': '该月份重复出现',
  'ID number must be 18 characters with a valid checksum': '身份证号须为18位且校验码正确',
  'major code is 6–8 digits': '专业代码应为6–8位数字',
};

export function pathText(path: readonly PropertyKey[]): { path: string; field: Text } {
  let en = '';
  let zh = '';
  for (const part of path) {
    if (typeof part === 'number') {
      en += `[${part}]`;
      zh += `第${part + 1}条`;
    } else {
      const key = String(part);
      en += en ? `.${key}` : key;
      zh += (zh ? '·' : '') + (FIELD_ZH[key] ?? key);
    }
  }
  return { path: en || '(root)', field: { en: en || '(root)', zh: zh || '（整体）' } };
}

/** A missing field: zod says "received undefined" (the input itself is only kept with reportInput, which is slow). */
function isMissing(issue: z.core.$ZodIssue): boolean {
  return issue.code === 'invalid_type' && (issue.input === undefined ? / undefined$/.test(issue.message) : false);
}

function zhMessage(issue: z.core.$ZodIssue): string {
  const known = MESSAGE_ZH[issue.message];
  if (known) return known;
  switch (issue.code) {
    case 'invalid_type':
      return isMissing(issue) ? '必填' : `类型错误，应为 ${issue.expected}`;
    case 'invalid_value':
      return `取值无效，可选：${issue.values.map(String).join('、')}`;
    case 'too_small':
      return `过小（最小 ${String(issue.minimum)}）`;
    case 'too_big':
      return `过大（最大 ${String(issue.maximum)}）`;
    case 'unrecognized_keys':
      return `未知字段：${issue.keys.join('、')}`;
    default:
      return '输入无效';
  }
}

function enMessage(issue: z.core.$ZodIssue): string {
  if (isMissing(issue)) return 'required';
  return issue.message;
}

export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({ ...pathText(issue.path), message: { zh: zhMessage(issue), en: enMessage(issue) } }));
}
