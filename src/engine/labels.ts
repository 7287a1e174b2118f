import { files, type ParamId } from '../policy/index.ts';
import type { Text } from './types.ts';

export function labelOf(id: ParamId): Text {
  const label = files[id].label;
  if (!label) throw new Error(`policy file "${id}" has no label`);
  return label;
}
