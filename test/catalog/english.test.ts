// English names and English search (issue 15): every entry is found by its own English name, the common English
// words find their entry, English output names an entry as "Welder (焊工)", and no English text the catalogue
// module produces holds full-width punctuation or Chinese outside the Chinese name beside an English one.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Certificate } from '../../src/applicant/applicant.ts';
import {
  type CatalogEntry,
  type CatalogId,
  catalogIds,
  catalogs,
  conditionsOf,
  entryRef,
  normalizeName,
  pointsOf,
  search,
} from '../../src/catalog/index.ts';
import { notOnCatalogueAnswer } from '../../src/catalog/not-found.ts';
import { index } from '../../src/catalog/search-index.ts';
import type { Said } from '../../src/core/message.ts';
import { certificateVerdict } from '../../src/engine/index.ts';
import { say } from '../../src/messages/catalogue.ts';

const en = (s: Said | null | undefined) => (s ? say('en', s) : undefined);
const zh = (s: Said | null | undefined) => (s ? say('zh', s) : undefined);

const all: { catalog: CatalogId; entry: CatalogEntry }[] = catalogIds.flatMap((catalog) =>
  catalogs[catalog].entries.map((entry) => ({ catalog, entry })),
);

describe('English names', () => {
  it('every entry of the three catalogues has one (63 occupations, 56 qualifications, 8 majors), all different', () => {
    assert.deepEqual(
      catalogIds.map((c) => catalogs[c].entries.filter((e) => e.nameEn.length > 0).length),
      [63, 56, 8],
    );
    const keys = all.map(({ entry }) => normalizeName(entry.nameEn));
    assert.equal(new Set(keys).size, keys.length);
  });

  it('the established English names where they exist', () => {
    const en = (name: string) => all.find(({ entry }) => entry.name === name)?.entry.nameEn;
    assert.equal(en('焊工'), 'Welder');
    assert.equal(en('电工'), 'Electrician');
    assert.equal(en('建造师(一级)'), 'Constructor (Grade I)');
    assert.equal(en('注册会计师'), 'Certified Public Accountant (CPA)');
    const builder = catalogs.qualifications.entries.find((q) => q.id === 'qual-08');
    assert.deepEqual(builder?.titlesEn, ['Engineer', 'Economist']);
  });
});

describe('English search', () => {
  it('every entry is found first by its own full English name, in any case', () => {
    for (const { entry } of all) {
      for (const q of [entry.nameEn, entry.nameEn.toLowerCase(), entry.nameEn.toUpperCase()]) {
        const r = search(q);
        assert.equal(r.found, true, q);
        assert.equal(r.hits[0]?.entry.id, entry.id, q);
        assert.equal(r.hits[0]?.match, 'exact', q);
        assert.equal(r.hits[0]?.matchedOn, entry.nameEn, q);
      }
    }
  });

  it('the common English words find their entry first', () => {
    const first = (q: string) => search(q).hits[0]?.entry.id;
    assert.equal(first('welder'), 'skill-30');
    assert.equal(first('Welder'), 'skill-30');
    assert.equal(first('constructor'), 'qual-08');
    assert.equal(first('electrician'), 'skill-31');
    assert.equal(first('CPA'), 'qual-55');
    assert.equal(first('certified public accountant'), 'qual-55');
    assert.equal(first('accountant'), 'qual-55');
    assert.equal(first('programmer'), 'skill-04');
    assert.equal(first('horticultural'), 'major-51010500');
  });

  it('a word prefix finds every entry with a word starting so, whole words first', () => {
    const r = search('electric', { limit: 50 });
    assert.equal(r.found, true);
    assert.deepEqual(
      r.hits.map((h) => [h.match, h.entry.id]),
      [
        ['english', 'skill-43'], // Electric Motor Manufacturing Worker: the query is a whole word
        ['english', 'skill-31'], // Electrician
        ['english', 'skill-34'], // Electrical Discharge Machining Operator
        ['english', 'skill-15'], // Ship Electrical Fitter: a later word
        ['english', 'qual-40'], // Registered Electrical Engineer
        ['english', 'skill-20'], // Aviation Electrical Installation and Test Worker
      ],
    );
  });

  it('a one-letter slip is a "did you mean", with the English and the official name', () => {
    const r = search('weldr');
    assert.equal(r.found, false);
    assert.deepEqual(
      r.hits.map((h) => [h.match, h.entry.id]),
      [['typo', 'skill-30']],
    );
    assert.equal(en(r.notFound?.didYouMean), 'Did you mean Welder (焊工)?');
    assert.equal(zh(r.notFound?.didYouMean), '您是否要找：焊工？');
  });

  it('an English query that matches nothing is not on the catalogue', () => {
    const r = search('beautician');
    assert.equal(r.found, false);
    assert.deepEqual(r.hits, []);
    assert.equal(en(r.notFound?.text), '"beautician" is not on the catalogue: it scores no points');
    assert.equal(r.notFound?.didYouMean, null);
    assert.equal(zh(search('hairdresser', { catalogs: ['skillOccupations'] }).notFound?.text), '「hairdresser」不在目录内，不能积分');
  });

  it('searching one catalogue finds English names only there', () => {
    assert.deepEqual(search('welder', { catalogs: ['qualifications'] }).hits, []);
    assert.equal(search('constructor', { catalogs: ['qualifications'] }).hits[0]?.entry.id, 'qual-08');
  });

  it('English hits never come before a Chinese or pinyin hit, and a Chinese query has none', () => {
    const queries = new Set<string>();
    for (const k of index) {
      queries.add(k.text);
      if (k.pinyin) for (const q of [k.pinyin, k.initials, k.pinyin.slice(0, 2), k.pinyin.slice(0, 3)]) queries.add(q);
    }
    let withEnglish = 0;
    for (const q of queries) {
      const hits = search(q, { limit: 50 }).hits;
      const firstEnglish = hits.findIndex((h) => h.match === 'english' || h.matchedOn === h.entry.nameEn);
      if (firstEnglish < 0) continue;
      withEnglish++;
      assert.doesNotMatch(q, /\p{Script=Han}/u, q);
      assert.ok(
        hits.slice(firstEnglish).every((h) => h.match === 'english' || h.match === 'typo'),
        `${q}: ${hits.map((h) => h.match).join(' ')}`,
      );
    }
    // pinyin syllables that start English words too ("che" → Chemical …): listed, after the pinyin hits
    assert.ok(withEnglish > 0);
  });
});

/**
 * Why a text is not plain English, or null. Chinese (and the full-width punctuation inside it) is allowed only in
 * a parenthesised gloss that follows an English word: "Welder (焊工)", "Constructor (Grade I) (建造师(一级))".
 */
function notPlainEnglish(text: string): string | null {
  const glosses: boolean[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch === '(') glosses.push(glosses.at(-1) === true || /[A-Za-z0-9)] $/.test(text.slice(0, i)));
    else if (ch === ')') glosses.pop();
    else if (/[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u.test(ch) && glosses.at(-1) !== true) return `"${ch}" at ${i}`;
  }
  return null;
}

describe('no full-width punctuation or stray Chinese in English', () => {
  it('the checker itself', () => {
    assert.equal(notPlainEnglish('Welder (焊工) counts: 60 points.'), null);
    assert.equal(notPlainEnglish('Constructor (Grade I) (建造师(一级))'), null);
    assert.equal(notPlainEnglish('Registered Ship Surveyor (Grade A, Grade B) (注册验船师(A级、B级))'), null);
    assert.equal(notPlainEnglish("'焊工' counts: 60 points"), '"焊" at 1');
    assert.equal(notPlainEnglish('Overall confidence：low'), '"：" at 18');
    assert.equal(notPlainEnglish('Years contributed（years）'), '"（" at 17');
    assert.equal(notPlainEnglish('Level 3 (高级工)'), null);
    assert.equal(notPlainEnglish('(高级工) level 3'), '"高" at 1');
    assert.equal(notPlainEnglish('a\u3000b'), '"\u3000" at 1');
  });

  const problems: string[] = [];
  const check = (where: string, text: Said | string | undefined) => {
    if (text === undefined) return;
    const en = typeof text === 'string' ? text : say('en', text);
    const why = notPlainEnglish(en);
    if (why) problems.push(`${where}: ${why} in ${JSON.stringify(en)}`);
  };

  /** Sample certificates of an entry: one that counts, and ones that fail or ask, to reach every sentence. */
  function samples(catalog: CatalogId, entry: CatalogEntry): Certificate[] {
    const base = { name: entry.name, obtainedOn: '2020-05-01', whileWorkingInShanghai: true, matchesPost: true };
    if (catalog === 'skillOccupations') {
      return [
        { kind: 'skill', ...base, skillLevel: 3 },
        { kind: 'skill', ...base, skillLevel: 1, catalogId: entry.id },
        { kind: 'skill', name: entry.name, obtainedOn: '2020-05-01', skillLevel: 2, whileWorkingInShanghai: false },
        { kind: 'skill', name: entry.name, obtainedOn: '2020-05-01' },
      ];
    }
    return [
      { kind: 'qualification', ...base, registered: true, appointed: true, seriesConditionsMet: true },
      { kind: 'qualification', ...base, registered: true, registrationValidUntil: '2021-01-01', appointed: false },
      { kind: 'qualification', name: entry.name, obtainedOn: '2020-05-01', registered: false, obtainedBy: 'evaluation' },
    ];
  }

  // the defaults, and the alternatives that change the catalogue and where-obtained sentences
  const readingSets: Record<string, string>[] = [{}, { R3: 'catalogueLevels3to1', R4: 'shanghaiOnly' }];

  it('every English field, description, search hit, not-found answer and certificate verdict of every entry', () => {
    // the catalogues' own names and version labels, shown on the web's catalogue page
    for (const c of catalogIds) {
      check(`${c} name`, catalogs[c].meta.name);
      check(`${c} version`, catalogs[c].meta.version.label);
    }
    for (const { catalog, entry } of all) {
      const at = `${entry.id}`;
      check(`${at} nameEn`, entry.nameEn);
      if ('titlesEn' in entry) for (const t of entry.titlesEn) check(`${at} titlesEn`, t);
      for (const date of [undefined, '2014-01-01', '2018-01-01', '2021-01-01', '2025-03-15']) {
        check(`${at} points ${date}`, pointsOf(catalog, date).text);
        for (const c of conditionsOf(catalog, entry, date)) check(`${at} conditions ${date}`, c);
        for (const hit of search(entry.nameEn, { date }).hits) {
          check(`${at} hit`, hit.points.text);
          for (const c of hit.conditions) check(`${at} hit condition`, c);
        }
      }
      const answer = notOnCatalogueAnswer('no such trade', catalogIds, [entryRef(catalog, entry)]);
      for (const t of [answer.text, answer.consequence, answer.didYouMean ?? undefined]) check(`${at} not found`, t);
      if (catalog === 'shortageMajors') continue;
      for (const cert of samples(catalog, entry)) {
        for (const date of ['2018-01-01', '2021-06-01', '2025-03-15']) {
          for (const readings of readingSets) {
            const v = certificateVerdict(cert, { date, lookupDate: date, readings, employment: { post: 'workshop technician' } });
            for (const c of v.conditions) {
              check(`${at} verdict ${c.id}`, c.text);
              check(`${at} verdict fix ${c.id}`, c.fix);
            }
            for (const d of v.documents) check(`${at} document ${d.id}`, d.en);
            for (const w of v.warnings) check(`${at} warning`, w);
          }
        }
      }
    }
    assert.deepEqual(problems, []);
  });

  it('a catalogue certificate is named in English by its entry, with the official Chinese beside it', () => {
    const date = '2025-03-15';
    const context = { date, lookupDate: date, readings: {}, employment: {} };
    const welder = certificateVerdict({ kind: 'skill', name: '电焊工', skillLevel: 3, obtainedOn: '2020-05-01' }, context);
    assert.equal(en(welder.conditions.find((c) => c.id === 'level')?.text), 'skill level 3, Senior worker');
    assert.equal(
      en(welder.conditions.find((c) => c.id === 'catalogue')?.text),
      'Welder (焊工) is on the High-skill occupations and trades catalogue (item 30)',
    );
    assert.equal(welder.documents.find((d) => d.id === 'certificate')?.en.endsWith(': Welder (焊工)'), true);
    const builder = certificateVerdict({ kind: 'qualification', name: '一建', obtainedOn: '2020-05-01' }, context);
    assert.equal(
      en(builder.conditions.find((c) => c.id === 'catalogue')?.text),
      'Constructor (Grade I) (建造师(一级)) is on the Professional qualifications catalogue (qualification → equivalent mid-level title) (item 8), appointable as Engineer or Economist',
    );
  });
});
