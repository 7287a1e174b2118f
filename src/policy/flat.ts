/** Policy values as flat `path = value` pairs: readable in a terminal and comparable between versions. */
export type Flat = Map<string, string>;

export function flatten(value: unknown, prefix = '', out: Flat = new Map()): Flat {
  if (Array.isArray(value)) {
    if (value.length === 0) out.set(prefix, '[]');
    else if (value.every((v) => v === null || typeof v !== 'object')) out.set(prefix, `[${value.map(scalar).join(', ')}]`);
    else
      value.forEach((v, i) => {
        flatten(v, `${prefix}[${i}]`, out);
      });
  } else if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) out.set(prefix, '{}');
    for (const [k, v] of entries) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else {
    out.set(prefix, scalar(value));
  }
  return out;
}

function scalar(v: unknown): string {
  return v === null ? 'null' : typeof v === 'string' ? v : String(v);
}

export interface Change {
  path: string;
  before: string | undefined;
  after: string | undefined;
}

export function diffFlat(before: Flat, after: Flat): Change[] {
  const paths = [...new Set([...before.keys(), ...after.keys()])];
  return paths.filter((p) => before.get(p) !== after.get(p)).map((path) => ({ path, before: before.get(path), after: after.get(path) }));
}
