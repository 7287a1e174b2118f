/**
 * Prints monthly social-insurance lists to paste into test/cases/*.yaml. Its only job is typing months: every
 * expected value in a case is worked out by hand.
 *
 *   npx tsx scripts/gen-case-history.ts 2021-03:48:12000
 *   npx tsx scripts/gen-case-history.ts 2021-03:28:10400 2023-07:20:11400 --indent 4 --anchor H48
 *
 * Each segment is FROM:COUNT:BASE[:flag,flag…] with flags backPaid, otherEmployer, taxMismatch. Segments may
 * leave gaps. Output is a `socialInsurance:` key with a YAML flow sequence, one month a line, laid out as
 * `biome format` lays it out; --indent is the column of the key, --anchor names the list for `*NAME` aliases.
 */

import { monthIndex, monthString } from '../src/core/calendar.ts';

interface Segment {
  from: string;
  count: number;
  base: number;
  flags: string[];
}

function parseSegment(arg: string): Segment {
  const [from, count, base, flags] = arg.split(':');
  if (!from || !/^\d{4}-(0[1-9]|1[0-2])$/.test(from) || !count || !base) throw new Error(`bad segment "${arg}" (FROM:COUNT:BASE[:flags])`);
  return { from, count: Number(count), base: Number(base), flags: flags ? flags.split(',') : [] };
}

function entry(month: string, base: number, flags: string[]): string {
  const extra = [
    flags.includes('backPaid') ? ', backPaid: true' : '',
    flags.includes('otherEmployer') ? ', employerMatchesContract: false' : '',
    flags.includes('taxMismatch') ? ', taxMatches: false' : '',
  ].join('');
  return `{ month: ${month}, base: ${base}${extra} }`;
}

const args = process.argv.slice(2);
function option(name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}
const indent = Number(option('--indent') ?? 4);
const anchor = option('--anchor');
const segments = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')).map(parseSegment);
if (segments.length === 0) {
  console.error('usage: tsx scripts/gen-case-history.ts FROM:COUNT:BASE[:flags] … [--indent N] [--anchor NAME]');
  process.exit(1);
}

const pad = ' '.repeat(indent);
const lines = ['socialInsurance:', `${pad}  ${anchor ? `&${anchor} ` : ''}[`];
for (const s of segments) {
  for (let i = 0; i < s.count; i++) lines.push(`${pad}    ${entry(monthString(monthIndex(s.from) + i), s.base, s.flags)},`);
}
lines.push(`${pad}  ]`);
console.log(lines.join('\n'));
