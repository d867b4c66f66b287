import type { CheckerState } from './state.ts';

/**
 * The share link: the whole form in the URL fragment, which browsers never send to a server, so
 * customer names and tenant ids stay with whoever holds the link. The state is JSON, compressed with
 * deflate (form states repeat themselves a lot) and written as base64url after a version tag.
 */
const START = '#plan=';
const VERSION = 'v1';
const PREFIX = `${START}${VERSION}.`;

/** Most characters of fragment this page will read: far more than 1000 lines need, and no more. */
export const MAX_FRAGMENT = 2_000_000;

/** Most bytes a fragment may inflate to: a crafted link must not be able to exhaust memory. */
export const MAX_INFLATED = 16_000_000;

/**
 * Most items of any list in a linked state: the form's own limit for subscription lines, far more
 * than any other list holds. A longer list is refused whole (too-large) before the form is built.
 */
export const MAX_LIST = 1000;

/** Whether a parsed state holds a list longer than MAX_LIST, at any depth (walked without recursion). */
function listTooLong(data: unknown): boolean {
  const stack: unknown[] = [data];
  while (stack.length > 0) {
    const value = stack.pop();
    if (Array.isArray(value)) {
      if (value.length > MAX_LIST) return true;
      stack.push(...value);
    } else if (typeof value === 'object' && value !== null) {
      stack.push(...Object.values(value));
    }
  }
  return false;
}

/**
 * Compressed bytes handed to the inflater at a time. Deflate expands a byte into at most about a
 * thousand, so one slice inflates to about a megabyte: the limit is checked while inflating, and a
 * bomb stops within a slice of MAX_INFLATED instead of after it has filled the memory.
 */
const SLICE = 1024;

/** Why a share link could not be read; each has its message on the page (`link.<problem>`). */
export const LINK_PROBLEMS = ['truncated', 'corrupted', 'too-large', 'version'] as const;
export type LinkProblem = (typeof LINK_PROBLEMS)[number];

export type LinkReading = { ok: true; data: unknown } | { ok: false; problem: LinkProblem };

class LinkError extends Error {
  constructor(readonly problem: LinkProblem) {
    super(problem);
  }
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * The bytes of base64url text. A link cut short can end inside a group of four characters: the
 * whole bytes before the cut are kept, and the inflater then says the data ended early.
 */
function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new LinkError('corrupted');
  const whole = text.length % 4 === 1 ? text.slice(0, -1) : text;
  const binary = atob(whole.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/**
 * Whether the inflater failed because its input stopped before the last block: Chromium says
 * "Compressed input was truncated", Node's zlib "unexpected end of file" (Z_BUF_ERROR). Any other
 * failure is damaged data.
 */
function endedEarly(error: unknown): boolean {
  const { message = '', code = '' } = (error ?? {}) as { message?: string; code?: string };
  return code === 'Z_BUF_ERROR' || /truncated|unexpected end/i.test(message);
}

/**
 * Inflates raw deflate data, feeding it in slices and counting the output as it comes, so it stops
 * (too-large) as soon as the output passes `limit`. Data that ends before its last block is
 * `truncated`; data the inflater refuses is `corrupted`.
 */
export async function inflate(bytes: Uint8Array, limit: number = MAX_INFLATED): Promise<Uint8Array> {
  const stream = new DecompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  let stopped = false;
  const feeding = (async () => {
    for (let i = 0; i < bytes.length && !stopped; i += SLICE) {
      await writer.ready;
      await writer.write(bytes.subarray(i, i + SLICE) as Uint8Array<ArrayBuffer>);
    }
    if (!stopped) await writer.close();
  })();
  // The reader reports the failure; the feeder's own rejection is the same error.
  feeding.catch(() => undefined);
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > limit) {
        stopped = true;
        await reader.cancel();
        throw new LinkError('too-large');
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof LinkError) throw error;
    throw new LinkError(endedEarly(error) ? 'truncated' : 'corrupted');
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/** The fragment (with its `#`) that holds the state. */
export async function encodeFragment(state: CheckerState): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(state));
  const deflated = new Blob([json as BlobPart]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return PREFIX + toBase64Url(await readAll(deflated));
}

/** Whether a fragment is meant as a share link (well formed or not). */
export function isShareFragment(hash: string): boolean {
  return hash.startsWith(START);
}

/**
 * What a share link's fragment holds: the state, as untrusted JSON for `restoreState`, or why it
 * cannot be read. Undefined when the fragment is not a share link at all.
 */
export async function decodeFragment(hash: string): Promise<LinkReading | undefined> {
  if (!isShareFragment(hash)) return undefined;
  if (!hash.startsWith(PREFIX)) {
    // `#plan=v2.…` is a link from a newer page; anything else after `#plan=` is damage.
    return { ok: false, problem: /^#plan=v\d+\./.test(hash) ? 'version' : 'corrupted' };
  }
  if (hash.length > MAX_FRAGMENT) return { ok: false, problem: 'too-large' };
  try {
    const bytes = await inflate(fromBase64Url(hash.slice(PREFIX.length)));
    if (bytes.length === 0) return { ok: false, problem: 'truncated' };
    let data: unknown;
    try {
      data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    } catch {
      return { ok: false, problem: 'corrupted' };
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
      return { ok: false, problem: 'corrupted' };
    }
    if (listTooLong(data)) return { ok: false, problem: 'too-large' };
    return { ok: true, data };
  } catch (error) {
    return { ok: false, problem: error instanceof LinkError ? error.problem : 'corrupted' };
  }
}
