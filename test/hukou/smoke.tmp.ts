import { parseApplicant } from '../../src/applicant/index.ts';
import { assessHukou } from '../../src/hukou/index.ts';
import { say } from '../../src/messages/catalogue.ts';
const si = [];
for (let y = 2017; y <= 2023; y++) for (let m = 1; m <= 12; m++) { const mm = `${y}-${String(m).padStart(2,'0')}`; if (mm >= '2017-03' && mm <= '2022-12') si.push({ month: mm, base: mm >= '2020-01' ? 20000 : 10000 }); }
const a = parseApplicant({ birthDate: '1990-01-01', socialInsurance: si,
  certificates: [{ kind: 'title', name: '工程师', titleLevel: 'mid', obtainedOn: '2021-05-01', appointed: true, appointedOn: '2021-05-01', matchesPost: true }],
  hukou: { permits: [{ from: '2017-03-01', type: 'employment' }], employerInShanghai: true, taxInShanghai: true, familyPlanningCompliant: true } });
const t0 = performance.now();
const r = assessHukou(a, { date: '2023-01-15' });
console.log('ms', performance.now() - t0);
for (const x of r.routes) console.log(x.id, x.verdict, x.earliest, x.conditions.filter(c=>c.status!=='met').map(c => say('en', c.text)).join(' | '));
console.log(say('en', r.overall.summary)); for (const p of r.plan) console.log(say('en', p)); console.log(r.warnings.map(w=>say('en',w)));
