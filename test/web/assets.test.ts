// The built app as the real server sends it: precompressed copies chosen by Accept-Encoding, and caching that
// keeps hashed files for a year but never a stale index.html.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { get } from 'node:http';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { buildWeb, startRealServer } from './harness.ts';

let dir: string;
let server: { url: string; close: () => Promise<void> };

before(async () => {
  dir = buildWeb();
  server = await startRealServer(dir);
});

after(async () => {
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The raw bytes on the wire (fetch would decompress them), with the headers. */
function raw(path: string, acceptEncoding?: string): Promise<{ status: number; headers: Record<string, string>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding };
    get(`${server.url}${path}`, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers as Record<string, string>, body: Buffer.concat(chunks) }),
      );
      res.on('error', reject);
    }).on('error', reject);
  });
}

const size = (f: string) => statSync(join(dir, 'assets', f)).size;
const IMMUTABLE = 'public, max-age=31536000, immutable';

describe('static assets', () => {
  it('every JS and CSS file of the build has a brotli and a gzip copy that decompress to it', () => {
    const files = readdirSync(join(dir, 'assets')).filter((f) => /\.(js|css)$/.test(f));
    assert.ok(files.length > 5, `a real build: ${files.length} files`);
    for (const f of files) {
      const original = readFileSync(join(dir, 'assets', f));
      // vite-plugin-compression2 skips a copy that would not be smaller: only a file of a few bytes (a language's
      // namespace still empty, `var e={};export{e as default};`) has none, and then compressing it gains nothing.
      if (!existsSync(join(dir, 'assets', `${f}.br`))) {
        assert.ok(brotliCompressSync(original).length >= original.length, `${f} (${original.length} bytes) has no .br copy`);
        assert.ok(gzipSync(original, { level: 9 }).length >= original.length, `${f} (${original.length} bytes) has no .gz copy`);
        continue;
      }
      assert.deepEqual(brotliDecompressSync(readFileSync(join(dir, 'assets', `${f}.br`))), original, `${f}.br`);
      assert.deepEqual(gunzipSync(readFileSync(join(dir, 'assets', `${f}.gz`))), original, `${f}.gz`);
    }
  });

  it('a hashed asset comes back as br or gzip per Accept-Encoding, immutable for a year', async () => {
    const html = readFileSync(join(dir, 'index.html'), 'utf8');
    const entry = /<script type="module" crossorigin src="([^"]+)"/.exec(html)?.[1];
    // The stylesheet comes with the app's chunk, not from index.html; the largest script is ECharts'.
    const assets = readdirSync(join(dir, 'assets'));
    const css = assets.find((f) => f.endsWith('.css'));
    const largest = assets.filter((f) => f.endsWith('.js')).sort((a, b) => size(b) - size(a))[0];
    assert.ok(entry && css && largest, 'an entry script, a stylesheet, a largest script');
    for (const path of [entry, `/assets/${css}`, `/assets/${largest}`]) {
      const original = readFileSync(join(dir, path));
      const type = path.endsWith('.js') ? /^text\/javascript/ : /^text\/css/;

      const br = await raw(path, 'gzip, deflate, br, zstd');
      assert.equal(br.status, 200);
      assert.equal(br.headers['content-encoding'], 'br', `${path}: br preferred when both are accepted`);
      assert.match(br.headers['content-type'] ?? '', type, 'the type of the file, not of the .br copy');
      assert.match(br.headers.vary ?? '', /accept-encoding/i);
      assert.equal(br.headers['cache-control'], IMMUTABLE);
      assert.ok(br.body.length < original.length, `${path}: ${br.body.length} bytes for ${original.length}`);
      assert.deepEqual(brotliDecompressSync(br.body), original);

      const gz = await raw(path, 'gzip, deflate');
      assert.equal(gz.headers['content-encoding'], 'gzip');
      assert.match(gz.headers.vary ?? '', /accept-encoding/i);
      assert.equal(gz.headers['cache-control'], IMMUTABLE);
      assert.deepEqual(gunzipSync(gz.body), original);

      // No Accept-Encoding, or one that names neither: the file itself, still marked as varying.
      for (const ae of [undefined, 'identity', 'br;q=0']) {
        const plain = await raw(path, ae);
        assert.equal(plain.headers['content-encoding'], undefined, `Accept-Encoding ${ae}`);
        assert.match(plain.headers.vary ?? '', /accept-encoding/i);
        assert.deepEqual(plain.body, original);
      }
    }
  });

  it('index.html is revalidated on every load, compressed too; a client route gets it the same way', async () => {
    const original = readFileSync(join(dir, 'index.html'));
    for (const path of ['/', '/planner']) {
      const br = await raw(path, 'br');
      assert.equal(br.status, 200);
      assert.equal(br.headers['cache-control'], 'no-cache', path);
      assert.equal(br.headers['content-encoding'], 'br');
      assert.match(br.headers['content-type'] ?? '', /^text\/html/);
      assert.deepEqual(brotliDecompressSync(br.body), original);
      const plain = await raw(path);
      assert.equal(plain.headers['cache-control'], 'no-cache');
      assert.deepEqual(plain.body, original);
    }
  });
});
