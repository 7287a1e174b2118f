// The differences the conflict panel shows and the comparison behind the unsaved marker (no browser).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { text } from '../../src/messages/catalogue.ts';
import { diffFacts, sameFacts } from '../../web/src/workspace/facts-diff.ts';

describe('facts diff', () => {
  const theirs = {
    birthDate: '1996-04-18',
    education: [{ level: 'bachelor', degree: false }],
    socialInsurance: [
      { month: '2025-01', base: 13700 },
      { month: '2025-02', base: 13700 },
    ],
  };

  it('names each changed, added and removed fact with both values, in the order the facts come', () => {
    const yours = {
      education: [{ degree: true, level: 'bachelor' }],
      birthDate: '1996-04-18',
      socialInsurance: [{ month: '2025-01', base: 14000 }],
      marriage: { spouseShanghaiHukou: true },
    };
    assert.deepEqual(
      diffFacts(theirs, yours).map((d) => ({ ...d, field: text(d.field) })),
      [
        { path: 'education[0].degree', field: { en: 'education[0].degree', zh: '教育背景第1条·学位' }, theirs: false, yours: true },
        {
          path: 'socialInsurance[0].base',
          field: { en: 'socialInsurance[0].base', zh: '社保缴费记录第1条·缴费基数' },
          theirs: 13700,
          yours: 14000,
        },
        {
          path: 'socialInsurance[1].month',
          field: { en: 'socialInsurance[1].month', zh: '社保缴费记录第2条·月份' },
          theirs: '2025-02',
          yours: undefined,
        },
        {
          path: 'socialInsurance[1].base',
          field: { en: 'socialInsurance[1].base', zh: '社保缴费记录第2条·缴费基数' },
          theirs: 13700,
          yours: undefined,
        },
        {
          path: 'marriage.spouseShanghaiHukou',
          field: { en: 'marriage.spouseShanghaiHukou', zh: '婚姻·spouseShanghaiHukou' },
          theirs: undefined,
          yours: true,
        },
      ],
    );
  });

  it('holds the same facts whatever the order of keys; an empty list is no fact', () => {
    assert.equal(sameFacts(theirs, { ...theirs, education: [{ degree: false, level: 'bachelor' }], awards: [] }), true);
    assert.equal(sameFacts(theirs, { ...theirs, birthDate: '1996-04-19' }), false);
  });
});
