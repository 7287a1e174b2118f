// The engine's English sentences name a catalogue entry by its English name with the official Chinese beside it
// (issue 15): "Welder (焊工) counts: 60 points.", not "'焊工' counts: 60 points.". The Chinese sentences are unchanged.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { assess, parseApplicant } from '../../src/engine/index.ts';
import { asTexts } from '../messages/as-texts.ts';

const skilledWorker = JSON.parse(readFileSync(new URL('../../examples/skilled-worker.json', import.meta.url), 'utf8'));
const item = (applicant: unknown, id: string) => {
  const found = assess(parseApplicant(applicant), { date: '2025-03-15' }).items.find((i) => i.id === id);
  assert.ok(found, id);
  return asTexts(found);
};
// 24 months at a base of 10,000 yuan: only the shortage-major conditions matter here
const history = Array.from({ length: 24 }, (_, i) => ({
  month: `${2023 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
  base: 10000,
}));

describe('engine: catalogue names in English', () => {
  it('a skill certificate on the catalogue: 焊工 level 3 counts 60', () => {
    const titleSkill = item(skilledWorker, 'titleSkill');
    assert.equal(titleSkill.points, 60);
    assert.equal(titleSkill.explanation.en, 'Welder (焊工) counts: 60 points.');
    assert.equal(titleSkill.explanation.zh, '「焊工」符合条件，积60分。');
    assert.equal(titleSkill.conditions.find((c) => c.id === 'level')?.text.en, 'skill level 3, Senior worker');
  });

  it('a name on no catalogue keeps the name as typed, in quotes', () => {
    const applicant = { ...skilledWorker, certificates: [{ ...skilledWorker.certificates[0], name: '美容师' }] };
    assert.match(item(applicant, 'titleSkill').explanation.en, /^"美容师" does not score yet: /);
  });

  it('a shortage major: the exact entry, and the entry a wrong code belongs to', () => {
    const base = { birthDate: '1995-01-01', employment: { contributingNow: true }, socialInsurance: history };
    const major = (code: string) => ({
      ...base,
      education: [{ level: 'associate', major: { name: '城市轨道交通车辆', code, postMatches: true } }],
    });
    const exact = item(major('52030100'), 'shortageMajor');
    assert.equal(
      exact.conditions.find((c) => c.id === 'onShortageCatalogue')?.text.en,
      'Urban Rail Transit Vehicles (城市轨道交通车辆), code 52030100, is on the shortage catalogue',
    );
    const wrong = item(major('52030200'), 'shortageMajor');
    assert.equal(
      wrong.conditions.find((c) => c.id === 'onShortageCatalogue')?.text.en,
      'name and code must both match the catalogue exactly (catalogue: Urban Rail Transit Vehicles (城市轨道交通车辆) 52030100)',
    );
  });
});
