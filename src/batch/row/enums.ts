import type { Text } from '../../engine/types.ts';

/** Values a person types in a cell, in Chinese or English, mapped to the applicant model's values. */

export type EducationValue = 'associate' | 'bachelorNoDegree' | 'bachelor' | 'master' | 'doctor';

export const EDUCATION: Readonly<Record<string, EducationValue>> = {
  大专: 'associate',
  专科: 'associate',
  高职: 'associate',
  '大专（高职）': 'associate',
  本科: 'bachelorNoDegree',
  本科无学位: 'bachelorNoDegree',
  本科学士: 'bachelor',
  '本科+学士': 'bachelor',
  本科学士学位: 'bachelor',
  学士: 'bachelor',
  硕士: 'master',
  硕士研究生: 'master',
  博士: 'doctor',
  博士研究生: 'doctor',
  associate: 'associate',
  bachelornodegree: 'bachelorNoDegree',
  bachelor: 'bachelor',
  master: 'master',
  doctor: 'doctor',
};
export const EDUCATION_CHOICES = ['大专', '本科', '本科学士', '硕士', '博士'];
export const EDUCATION_EXPECTED: Text = {
  zh: '学历应为 大专、本科、本科学士、硕士 或 博士',
  en: 'education must be 大专/associate, 本科/bachelorNoDegree, 本科学士/bachelor, 硕士/master or 博士/doctor',
};

export type CertKind = 'skill' | 'title' | 'qualification';
export const CERT_KIND: Readonly<Record<string, CertKind>> = {
  技能等级: 'skill',
  技能: 'skill',
  职业技能等级: 'skill',
  职业资格: 'qualification',
  专业技术人员职业资格: 'qualification',
  职称: 'title',
  专业技术职称: 'title',
  skill: 'skill',
  title: 'title',
  qualification: 'qualification',
};
export const CERT_KIND_CHOICES = ['技能等级', '职称', '职业资格'];
export const CERT_KIND_EXPECTED: Text = {
  zh: '证书类型应为 技能等级、职称 或 职业资格',
  en: 'certificate type must be 技能等级/skill, 职称/title or 职业资格/qualification',
};

export const SKILL_LEVEL: Readonly<Record<string, number>> = {
  五级: 5,
  四级: 4,
  三级: 3,
  二级: 2,
  一级: 1,
  初级工: 5,
  中级工: 4,
  高级工: 3,
  技师: 2,
  高级技师: 1,
  '5': 5,
  '4': 4,
  '3': 3,
  '2': 2,
  '1': 1,
};
export const SKILL_LEVEL_CHOICES = ['五级', '四级', '三级', '二级', '一级'];
export const SKILL_LEVEL_EXPECTED: Text = {
  zh: '技能等级应为 五级…一级（或 5…1、初级工…高级技师）',
  en: 'skill level must be 五级…一级 (or 5…1)',
};

export type TitleLevel = 'junior' | 'mid' | 'senior';
export const TITLE_LEVEL: Readonly<Record<string, TitleLevel>> = {
  初级: 'junior',
  中级: 'mid',
  高级: 'senior',
  副高: 'senior',
  正高: 'senior',
  副高级: 'senior',
  正高级: 'senior',
  junior: 'junior',
  mid: 'mid',
  senior: 'senior',
};
export const TITLE_LEVEL_CHOICES = ['初级', '中级', '高级'];
export const TITLE_LEVEL_EXPECTED: Text = {
  zh: '职称等级应为 初级、中级 或 高级',
  en: 'title level must be 初级/junior, 中级/mid or 高级/senior',
};

export type ObtainedBy = 'exam' | 'evaluation' | 'assessment';
export const OBTAINED_BY: Readonly<Record<string, ObtainedBy>> = {
  考试: 'exam',
  全国统考: 'exam',
  评审: 'evaluation',
  鉴定: 'assessment',
  技能鉴定: 'assessment',
  exam: 'exam',
  evaluation: 'evaluation',
  assessment: 'assessment',
};
export const OBTAINED_BY_CHOICES = ['考试', '评审', '鉴定'];
export const OBTAINED_BY_EXPECTED: Text = {
  zh: '取得方式应为 考试、评审 或 鉴定',
  en: 'obtained by must be 考试/exam, 评审/evaluation or 鉴定/assessment',
};

export type AwardLevel = 'municipalSpecial' | 'municipalComprehensive' | 'provincialOrAbove';
export const AWARD: Readonly<Record<string, AwardLevel>> = {
  市级专项: 'municipalSpecial',
  市级综合: 'municipalComprehensive',
  省部级: 'provincialOrAbove',
  省部级及以上: 'provincialOrAbove',
  municipalspecial: 'municipalSpecial',
  municipalcomprehensive: 'municipalComprehensive',
  provincialorabove: 'provincialOrAbove',
};
export const AWARD_CHOICES = ['市级专项', '市级综合', '省部级'];
export const AWARD_EXPECTED: Text = {
  zh: '表彰奖励应为 市级专项、市级综合 或 省部级',
  en: 'award must be 市级专项/municipalSpecial, 市级综合/municipalComprehensive or 省部级/provincialOrAbove',
};

export const YES_NO_CHOICES = ['是', '否'];
