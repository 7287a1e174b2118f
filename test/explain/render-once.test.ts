// Rendering once (src/explain/render.ts): a value the engine shares between assessments (a line without facts, a
// result's sources) is rendered once per language and shared. Its rendering must be exactly what rendering it afresh
// gives, in every language and with or without keys, and frozen, so that no door can change what other answers show.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { REALISTIC_DATE, realisticApplicant } from '../../bench/realistic-applicant.ts';
import { assess, parseApplicant } from '../../src/engine/index.ts';
import { renderAssessment, type TextLang } from '../../src/explain/render.ts';

const LANGS: TextLang[] = ['zh', 'en', 'all'];

describe('rendering the lines the engine shares', () => {
  const applicant = parseApplicant(realisticApplicant());
  const a = assess(applicant, { date: REALISTIC_DATE });
  // The bench's applicant gives no facts for 9 of its 17 lines (startup, intermediary, shortage major, investment,
  // public service, fresh graduate, the three deductions): those are the engine's shared, frozen lines.
  const shared = a.items.filter((i) => Object.isFrozen(i)).map((i) => i.id);

  it('the engine shares the lines without facts, and the sources', () => {
    assert.deepEqual(shared, [
      'startupTalent',
      'intermediaryTalent',
      'shortageMajor',
      'investment',
      'publicService',
      'freshGraduate',
      'falseMaterial',
      'adminDetention',
      'generalCrime',
    ]);
    assert.ok(Object.isFrozen(a.sources));
  });

  for (const lang of LANGS)
    for (const keys of [true, false])
      it(`renders them as rendering afresh does (${lang}, keys ${keys}), the first time and again`, () => {
        // a copy is not frozen: every value of it is rendered afresh
        const afresh = renderAssessment(structuredClone(a), lang, keys);
        assert.deepStrictEqual(renderAssessment(a, lang, keys), afresh);
        assert.deepStrictEqual(renderAssessment(a, lang, keys), afresh);
        // another applicant's assessment shares the same lines: rendered the same
        const other = assess(parseApplicant({ ...realisticApplicant(), birthDate: '1985-03-02' }), { date: REALISTIC_DATE });
        const again = renderAssessment(other, lang, keys);
        for (const id of shared)
          assert.deepStrictEqual(
            again.items.find((i) => i.id === id),
            afresh.items.find((i) => i.id === id),
          );
      });

  it('a shared rendering cannot be changed by the door that received it', () => {
    const r = renderAssessment(a, 'zh');
    const line = r.items.find((i) => i.id === 'investment');
    assert.ok(line);
    assert.throws(() => {
      (line as { points: number }).points = 30;
    }, TypeError);
    assert.throws(() => {
      (r.sources as unknown[]).push({});
    }, TypeError);
    assert.equal(renderAssessment(a, 'zh').items.find((i) => i.id === 'investment')?.points, 0);
  });
});
