import type { Text } from '../engine/types.ts';
import {
  AWARD_CHOICES,
  CERT_KIND_CHOICES,
  EDUCATION_CHOICES,
  OBTAINED_BY_CHOICES,
  SKILL_LEVEL_CHOICES,
  TITLE_LEVEL_CHOICES,
  YES_NO_CHOICES,
} from './row/enums.ts';

/**
 * The flat spreadsheet layout of `hujifen batch`: one applicant per row, headers decide (Chinese or English,
 * any order). docs/cli.md documents every column; `hujifen template` writes it with validation lists.
 */
export interface ColumnDef {
  key: string;
  zh: string;
  /** What goes in the cell. */
  type: Text;
  /** Allowed values offered as a drop-down list in the template. */
  choices?: readonly string[];
  meaning: Text;
  /** The template's example row. */
  example: string;
  /** What the cell holds when not text: XLSX output writes it as a number or a date, not as text. */
  value?: CellValueKind;
}

export type CellValueKind = 'date' | 'int' | 'years' | 'yuan';

const DATE: Text = { zh: '日期 YYYY-MM-DD', en: 'date YYYY-MM-DD' };
const MONTH: Text = { zh: '月份 YYYY-MM', en: 'month YYYY-MM' };
const YESNO: Text = { zh: '是/否', en: 'yes/no (是/否)' };
const TEXT: Text = { zh: '文字', en: 'text' };
const INT: Text = { zh: '整数', en: 'whole number' };
const YEARS: Text = { zh: '年数（可带一位小数）', en: 'years (one decimal allowed)' };
const DATES: Text = { zh: '日期，多个用 ; 分隔', en: 'dates, several separated by ;' };
const YUAN: Text = { zh: '整数元', en: 'whole yuan' };

const VALUE_KINDS = new Map<Text, CellValueKind>([
  [DATE, 'date'],
  [INT, 'int'],
  [YEARS, 'years'],
  [YUAN, 'yuan'],
]);

const c = (key: string, zh: string, type: Text, meaning: Text, example = '', choices?: readonly string[]): ColumnDef => {
  const value = VALUE_KINDS.get(type);
  return { key, zh, type, meaning, example, ...(choices ? { choices } : {}), ...(value ? { value } : {}) };
};

export const COLUMNS: readonly ColumnDef[] = [
  c(
    'reference',
    '编号',
    TEXT,
    {
      zh: '您自己的编号（不要填身份证号）；社保明细按编号对应',
      en: 'your own reference (not an ID number); the monthly history is keyed by it',
    },
    'A001',
  ),
  c('idNumber', '身份证号', TEXT, {
    zh: '可选；18位，校验码须正确；不会出现在任何日志中',
    en: 'optional; 18 characters with a valid checksum; never logged',
  }),
  c(
    'birthDate',
    '出生日期',
    DATE,
    { zh: '必填；按评估日的周岁计算年龄分', en: 'required; age in full years on the assessment date' },
    '2001-05-20',
  ),
  c(
    'residencePermitValid',
    '居住证有效',
    YESNO,
    { zh: '持有效《上海市居住证》；空 = 是', en: 'holds a valid residence permit; empty = yes' },
    '是',
    YES_NO_CHOICES,
  ),
  c(
    'contributingNow',
    '申请当月在职缴费',
    YESNO,
    {
      zh: '申请当月在职并缴纳本市职工社保；空 = 按社保记录判断',
      en: 'employed and insured in the application month; empty = judged from the history',
    },
    '',
    YES_NO_CHOICES,
  ),
  c(
    'outOfTownBranch',
    '外省市分支机构',
    YESNO,
    { zh: '在本市单位的外省市分支机构工作（不能申请）；空 = 否', en: 'works at an out-of-town branch (cannot apply); empty = no' },
    '否',
    YES_NO_CHOICES,
  ),
  c('post', '岗位', TEXT, { zh: '劳动合同上的岗位', en: 'post on the labour contract' }, '软件工程师'),
  c(
    'education',
    '学历',
    { zh: '大专/本科/本科学士/硕士/博士', en: '大专/本科/本科学士/硕士/博士' },
    {
      zh: '最高学历：本科 = 本科无学位（60），本科学士 = 本科并学士学位（90）',
      en: 'highest qualification: 本科 = bachelor without degree (60), 本科学士 = with degree (90)',
    },
    '本科学士',
    EDUCATION_CHOICES,
  ),
  c('fullTime', '全日制', YESNO, { zh: '空 = 是', en: 'full-time; empty = yes' }, '是', YES_NO_CHOICES),
  c(
    'graduatedOn',
    '毕业日期',
    DATE,
    { zh: '学历取得日期；应届生加分按此判断', en: 'date the qualification was obtained; used for the fresh-graduate bonus' },
    '2024-06-30',
  ),
  c(
    'educationVerified',
    '学信网可查',
    YESNO,
    { zh: '可在学信网查询或已认证；空 = 是', en: 'verifiable on CHSI or certified; empty = yes' },
    '是',
    YES_NO_CHOICES,
  ),
  c(
    'foreignEducation',
    '境外学历',
    YESNO,
    { zh: '境外取得（需留服认证）；空 = 否', en: 'obtained abroad (needs CSCSE); empty = no' },
    '否',
    YES_NO_CHOICES,
  ),
  c('majorName', '专业名称', TEXT, {
    zh: '紧缺急需专业加分用：与目录完全一致的专业名称',
    en: 'for the shortage-major bonus: the exact catalogue name',
  }),
  c('majorCode', '专业代码', TEXT, { zh: '6–8位专业代码', en: 'major code, 6–8 digits' }),
  c(
    'majorPostMatches',
    '岗位与专业相符',
    YESNO,
    { zh: '所聘岗位与所学专业相符；空 = 待确认', en: 'the post matches the major; empty = to confirm' },
    '',
    YES_NO_CHOICES,
  ),
  c(
    'freshGraduate',
    '应届毕业生',
    YESNO,
    { zh: '全日制应届高校毕业生（用 毕业日期、全日制）', en: 'fresh graduate (uses 毕业日期 and 全日制)' },
    '是',
    YES_NO_CHOICES,
  ),
  c(
    'employmentNotice',
    '就业通知单',
    YESNO,
    { zh: '持《高等学校毕业生进沪就业通知单》；空 = 待确认', en: 'holds the employment notice; empty = to confirm' },
    '是',
    YES_NO_CHOICES,
  ),
  c(
    'certKind',
    '证书类型',
    { zh: '技能等级/职称/职业资格', en: '技能等级/职称/职业资格' },
    { zh: '空时按 技能等级/职称等级 推断', en: 'inferred from 技能等级/职称等级 when empty' },
    '',
    CERT_KIND_CHOICES,
  ),
  c('certName', '证书名称', TEXT, {
    zh: '证书上的名称或目录名称，如 计算机程序设计员、工程师',
    en: 'name as printed or the catalogue name',
  }),
  c(
    'skillLevel',
    '技能等级',
    { zh: '五级/四级/三级/二级/一级', en: '五级…一级 or 5…1' },
    { zh: '技能等级证书的等级', en: 'level of a skill certificate' },
    '',
    SKILL_LEVEL_CHOICES,
  ),
  c(
    'titleLevel',
    '职称等级',
    { zh: '初级/中级/高级', en: '初级/中级/高级' },
    { zh: '专业技术职称的等级', en: 'level of a professional title' },
    '',
    TITLE_LEVEL_CHOICES,
  ),
  c('certObtainedOn', '取得日期', DATE, {
    zh: '证书取得日期（填了证书则必填）',
    en: 'date the certificate was obtained (required with a certificate)',
  }),
  c(
    'obtainedBy',
    '取得方式',
    { zh: '考试/评审/鉴定', en: '考试/评审/鉴定' },
    { zh: '全国统考、评审或技能鉴定', en: 'national exam, evaluation or skill appraisal' },
    '',
    OBTAINED_BY_CHOICES,
  ),
  c(
    'whileWorkingInShanghai',
    '在沪工作期间取得',
    YESNO,
    { zh: '证书在本市工作期间取得；空 = 待确认', en: 'obtained while working in Shanghai; empty = to confirm' },
    '',
    YES_NO_CHOICES,
  ),
  c(
    'verifiedInShanghai',
    '在沪复评或可查',
    YESNO,
    { zh: '外省市证书已在沪复评/验证或全国联网可查', en: 'out-of-town certificate re-evaluated/verified or verifiable nationally' },
    '',
    YES_NO_CHOICES,
  ),
  c(
    'matchesPost',
    '岗位相符',
    YESNO,
    { zh: '证书专业、工种与所聘岗位相符；空 = 待确认', en: "the certificate's specialty matches the post; empty = to confirm" },
    '',
    YES_NO_CHOICES,
  ),
  c(
    'appointed',
    '已聘任',
    YESNO,
    { zh: '单位已聘任至相应岗位（职业资格视同中级须聘任）', en: 'appointed to the matching post (needed for qualifications)' },
    '',
    YES_NO_CHOICES,
  ),
  c(
    'registered',
    '已注册',
    YESNO,
    { zh: '注册类职业资格当前已注册', en: 'registration-type qualification currently registered' },
    '',
    YES_NO_CHOICES,
  ),
  c(
    'seriesConditionsMet',
    '符合职称系列条件',
    YESNO,
    { zh: '符合该职称系列的学历、年限条件（职业资格）', en: "meets the title series' education and years conditions (qualifications)" },
    '',
    YES_NO_CHOICES,
  ),
  c('siStartMonth', '社保起始月', MONTH, { zh: '快速填法：连续缴费的第一个月', en: 'quick mode: first month of continuous contributions' }),
  c('siEndMonth', '社保截止月', MONTH, {
    zh: '快速填法：最后一个月；空 = 评估月的上一个月（已入账的最后一个月），评估当月也按已缴（或 起始月 + 月数 − 1）',
    en: 'quick mode: last month; empty = the month before the assessment month (the last month already posted), with the assessment month paid too (or start + months − 1)',
  }),
  c(
    'siMonths',
    '社保月数',
    INT,
    { zh: '快速填法：连续缴费月数（不含补缴）', en: 'quick mode: number of consecutive months (no back-payment)' },
    '8',
  ),
  c(
    'siBase',
    '月缴费基数',
    YUAN,
    { zh: '快速填法：每月缴费基数；逐月不同请用 社保明细', en: 'quick mode: the monthly base; use the 社保明细 history when it varies' },
    '9000',
  ),
  c('spouseShanghaiHukou', '配偶上海户籍', YESNO, { zh: '配偶为本市户籍人员', en: 'spouse holds Shanghai hukou' }, '否', YES_NO_CHOICES),
  c('marriedOn', '结婚日期', DATE, { zh: '配偶为本市户籍时必填', en: 'required when the spouse holds Shanghai hukou' }),
  c('lingangYears', '临港年数', YEARS, {
    zh: '在临港新片区工作并居住的年数（截至评估日）',
    en: 'years working and living in Lingang (up to the assessment date)',
  }),
  c('newTownYears', '新城年数', YEARS, { zh: '在五个新城工作并居住的年数', en: 'years working and living in one of the five new towns' }),
  c('sanitationYears', '环卫年数', YEARS, {
    zh: '在环卫领域工作的年数（特定公共服务领域）',
    en: 'years in sanitation (public-service field)',
  }),
  c(
    'award',
    '表彰奖励',
    { zh: '市级专项/市级综合/省部级', en: '市级专项/市级综合/省部级' },
    { zh: '在沪工作期间获得、列入目录的最高表彰奖励', en: 'highest catalogue award received while working in Shanghai' },
    '',
    AWARD_CHOICES,
  ),
  c('awardDate', '获奖日期', DATE, { zh: '填了表彰奖励则必填', en: 'required with an award' }),
  c(
    'annualTax',
    '年纳税额',
    { zh: '元，最多3个，用 ; 分隔', en: 'yuan, up to 3, separated by ;' },
    { zh: '投资纳税：最近3年各年按出资比例的纳税额', en: 'investment: tax by investment share in each of the last 3 years' },
  ),
  c(
    'hukouEmployees',
    '本市户籍员工数',
    { zh: '整数，最多3个，用 ; 分隔', en: 'whole numbers, up to 3, separated by ;' },
    { zh: '带动就业：最近3年各年聘用的本市户籍人数', en: 'jobs: Shanghai-hukou employees in each of the last 3 years' },
  ),
  c('falseMaterialDates', '虚假材料日期', DATES, { zh: '提供虚假材料的日期（减分）', en: 'dates of false material (deduction)' }),
  c('adminDetentionDates', '行政拘留日期', DATES, { zh: '行政拘留的日期（减分）', en: 'dates of administrative detention (deduction)' }),
  c('generalCrimeDates', '一般刑事犯罪日期', DATES, {
    zh: '一般刑事犯罪记录的日期（减分）',
    en: 'dates of general criminal records (deduction)',
  }),
  c('seriousCrimeDates', '严重刑事犯罪日期', DATES, {
    zh: '严重刑事犯罪记录的日期（一票否决）',
    en: 'dates of serious criminal records (veto)',
  }),
  c('familyPlanningDates', '违反计划生育日期', DATES, {
    zh: '违反计划生育政策的日期（2023年前一票否决）',
    en: 'dates of family-planning violations (veto before 2023)',
  }),
];

/** The monthly history (sheet 社保明细, or the CSV given with --history). */
export const HISTORY_COLUMNS: readonly ColumnDef[] = [
  c('reference', '编号', TEXT, { zh: '与申请人表中的编号一致', en: 'the same reference as in the applicant sheet' }),
  c('month', '月份', MONTH, { zh: '缴费月份', en: 'contribution month' }),
  c('base', '缴费基数', YUAN, { zh: '当月缴费基数', en: 'base that month' }),
  c('backPaid', '补缴', YESNO, { zh: '补缴月份（不计入）；空 = 否', en: 'back-paid month (not counted); empty = no' }, '', YES_NO_CHOICES),
  c(
    'employerMatchesContract',
    '合同单位缴费',
    YESNO,
    { zh: '由劳动合同单位缴纳；空 = 是', en: 'paid by the contract employer; empty = yes' },
    '',
    YES_NO_CHOICES,
  ),
  c(
    'taxMatches',
    '个税对应',
    YESNO,
    { zh: '个税与缴费基数能合理对应；空 = 是', en: 'income tax reasonably matches the base; empty = yes' },
    '',
    YES_NO_CHOICES,
  ),
];

export const HISTORY_SHEET = '社保明细';
export const MAIN_SHEET = { zh: '申请人', en: 'applicants' };
