import { type Answers, emptyAnswers } from './answers.ts';

/**
 * Shareable answers: `#a=` + base64url(deflate-raw(JSON)). The fragment never leaves the browser
 * (browsers do not send it in requests), so a shared link carries the facts without any server seeing them.
 */
const FORMAT = 1;

export async function encodeAnswers(a: Answers): Promise<string> {
  const bytes = await pipe(new TextEncoder().encode(storedAnswers(a)), new CompressionStream('deflate-raw'));
  return toBase64Url(bytes);
}

export async function decodeAnswers(encoded: string): Promise<Answers> {
  const bytes = await pipe(fromBase64Url(encoded), new DecompressionStream('deflate-raw'));
  return answersFrom(JSON.parse(new TextDecoder().decode(bytes)));
}

/** Answers as stored (`{ f: 1, …answers }`, in a link or on the device), with defaults for what is missing. */
export function storedAnswers(a: Answers): string {
  return JSON.stringify({ f: FORMAT, ...a });
}

export function answersFrom(json: unknown): Answers {
  const raw = json as (Partial<Answers> & { f?: number }) | null;
  if (raw?.f !== FORMAT || typeof raw.applicant !== 'object' || raw.applicant === null) throw new Error('not a hujifen answers link');
  const base = emptyAnswers();
  return {
    date: typeof raw.date === 'string' ? raw.date : '',
    version: typeof raw.version === 'string' ? raw.version : '',
    readings: readingsFrom(raw.readings),
    siMode: raw.siMode === 'detailed' ? 'detailed' : 'quick',
    quickSi: { ...base.quickSi, ...raw.quickSi },
    applicant: { ...base.applicant, ...raw.applicant },
  };
}

/** Only reading ids and option ids as strings: a link is input from anyone; the engine refuses unknown ids. */
function readingsFrom(raw: unknown): Record<string, string> {
  if (typeof raw !== 'object' || raw === null) return {};
  return Object.fromEntries(Object.entries(raw).filter((e): e is [string, string] => typeof e[1] === 'string'));
}

/** The `a=` value in a fragment such as `#a=…`, or null. */
export function answersParam(hash: string): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  return params.get('a');
}

async function pipe(input: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Blob([input as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(s: string): Uint8Array {
  const b64 = s.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (s.length % 4)) % 4);
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}
