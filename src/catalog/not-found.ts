import type { Text } from '../core/text.ts';
import { catalogs } from './data.ts';
import { englishName } from './english.ts';
import type { CatalogId } from './file-schema.ts';
import type { CatalogEntryRef } from './types.ts';

/** The explicit answer for a name that is on no catalogue searched: what it means for the points, in zh and en. */
export interface NotOnCatalogue {
  query: string;
  /** Short verdict: "not on the catalogue: it scores no points". */
  text: Text;
  /** Why, and what it means for the title/skill indicator. */
  consequence: Text;
  /** One-character-typo neighbours, if any ("did you mean …"). */
  suggestions: CatalogEntryRef[];
  didYouMean: Text | null;
}

const RULE: Record<CatalogId, Text> = {
  skillOccupations: {
    zh: '技能证书的职业（工种）须在高技能人才职业、工种目录内',
    en: "a skill certificate's occupation must be on the high-skill occupation catalogue",
  },
  qualifications: {
    zh: '专业技术类职业资格须在专业技术类职业资格目录内',
    en: 'a professional qualification must be on the professional-qualification catalogue',
  },
  shortageMajors: {
    zh: '紧缺急需专业须在紧缺急需专业目录内（名称和代码完全一致）',
    en: 'a shortage major must be on the shortage-major catalogue (name and code exactly)',
  },
};

export function notOnCatalogueAnswer(query: string, searched: readonly CatalogId[], suggestions: CatalogEntryRef[]): NotOnCatalogue {
  const incomplete = searched.some((c) => !catalogs[c].meta.version.complete);
  const rules = searched.map((c) => RULE[c]);
  const consequence: Text = {
    zh: `${rules.map((r) => r.zh).join('；')}；不在目录内的不能积分。${
      incomplete ? '本项目收录的目录可能不完整，以市人社局公布的目录为准。' : ''
    }${searched.includes('skillOccupations') ? '专业技术职称证书不受目录限制。' : ''}`,
    en: `${rules.map((r) => r.en).join('; ')}; anything not on it scores no points.${
      incomplete ? ' The catalogues held here may be incomplete: the lists published by the Shanghai HRSS bureau govern.' : ''
    }${searched.includes('skillOccupations') ? ' Professional titles (职称) are not bound to a catalogue.' : ''}`,
  };
  return {
    query,
    text: { zh: `「${query}」不在目录内，不能积分`, en: `"${query}" is not on the catalogue: it scores no points` },
    consequence,
    suggestions,
    didYouMean:
      suggestions.length === 0
        ? null
        : {
            zh: `您是否要找：${suggestions.map((s) => s.name).join('、')}？`,
            en: `Did you mean ${suggestions.map(englishName).join(', ')}?`,
          },
  };
}
