import { joined } from '../core/join.ts';
import { msg, type Said } from '../core/message.ts';
import type { Text } from '../core/text.ts';
import { files, type ParamId } from './index.ts';

/**
 * Policy values in words: a parameter's name, a flattened path ("areas.lingang.startAfterYears") and a flattened
 * value ("verifiableNationally", "[familyPlanning, seriousCrime]") as messages of the `policy` namespace, so that
 * no door prints a raw key. The words are the catalogue's; which key a path or value takes is decided here.
 */

/** A parameter's name: its file's label, else the catalogue's word for the id (aggregation, eligibility). */
export function paramName(id: ParamId): Said {
  const label: Text | undefined = files[id].label;
  return label ?? msg(`policy:param.${id}`);
}

const SEGMENT = /([^.[\]]+)|\[(\d+)\]/g;

/**
 * A flattened path in words, segment by segment: a field by its word, an array element by the id it carries (the
 * SI base bands: "2× band") or else by its position. `value` is the whole parameter value, to find those ids.
 */
export function pathWords(path: string, value: unknown): Said {
  if (path === '') return msg('policy:path.whole');
  const parts: Said[] = [];
  let node: unknown = value;
  for (const [, field, index] of path.matchAll(SEGMENT)) {
    if (field !== undefined) {
      parts.push(msg(`policy:path.${field}`));
      node = (node as Record<string, unknown> | undefined)?.[field];
      continue;
    }
    const i = Number(index);
    node = (node as unknown[] | undefined)?.[i];
    const id = (node as { id?: unknown } | undefined)?.id;
    parts.push(typeof id === 'string' ? msg(`policy:value.${id}`) : msg('policy:path.index', { n: i + 1 }));
  }
  return joined(parts, 'policy:path.join') ?? msg('policy:value.none');
}

const NUMBER = /^-?\d+(\.\d+)?$/;

/** What the diff says of a parameter that exists in one version only. */
const STATES: Record<string, string> = { absent: 'absent', 'in force': 'inForce' };

/** A flattened value in words: numbers as they are, lists item by item, names and states through the catalogue. */
export function valueWords(value: string | undefined): Said {
  if (value === undefined) return msg('policy:value.none');
  const state = STATES[value];
  if (state) return msg(`policy:value.${state}`);
  if (NUMBER.test(value)) return { zh: value, en: value };
  if (value.startsWith('[') && value.endsWith(']')) {
    const items = value.slice(1, -1).split(', ').filter(Boolean);
    return joined(items.map(valueWords), 'policy:list.join') ?? msg('policy:value.empty');
  }
  return msg(`policy:value.${value}`);
}
