// When a build output is older than what it is built from. Plain Node, no dependencies: used before `npm ci`.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What the compiled server and CLI (scripts/build-node.mjs) are built from: the message catalogue is bundled in. */
export const NODE_BUILD_INPUTS = ['src', 'policy', 'messages', 'package-lock.json', 'scripts/build-node.mjs'];

/** Newest modification time (ms) of a file or of any file below a folder, skipping `skip` names; 0 when absent. */
export function newestMtime(path, skip = new Set()) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    if (skip.has(entry.name) || entry.name.startsWith('.')) continue;
    newest = Math.max(newest, newestMtime(join(path, entry.name), skip));
  }
  return newest;
}

/** `built` (relative to root) is missing or older than the newest of `inputs`. */
export function isStale(root, built, inputs, skip = new Set()) {
  const file = join(root, built);
  if (!existsSync(file)) return true;
  const sources = Math.max(...inputs.map((p) => newestMtime(join(root, p), skip)));
  return sources > statSync(file).mtimeMs;
}
