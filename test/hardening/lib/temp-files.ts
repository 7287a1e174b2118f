import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The files under a folder the server writes to, except tsx's compile cache (`tsx-*`: the server's own code, not
 * request data). Walked by hand because the server may be removing a request's folder at this very moment, and
 * `readdirSync(…, { recursive: true })` throws ENOENT when a folder it listed is gone before it reads it.
 */
export function filesUnder(dir: string, under = ''): string[] {
  let entries: import('node:fs').Dirent[];
  try {
    entries = readdirSync(join(dir, under), { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && under) return [];
    throw error;
  }
  const files: string[] = [];
  for (const e of entries) {
    const path = under ? join(under, e.name) : e.name;
    if (!under && e.name.startsWith('tsx-')) continue;
    if (e.isDirectory()) files.push(...filesUnder(dir, path));
    else if (e.isFile()) files.push(join(dir, path));
  }
  return files;
}
