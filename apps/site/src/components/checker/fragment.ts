import type { CheckerState } from './state.ts';

/**
 * The share link: the whole form in the URL fragment, which browsers never send to a server, so
 * customer names and tenant ids stay with whoever holds the link. The state is JSON, compressed with
 * deflate (form states repeat themselves a lot) and written as base64url.
 */
const PREFIX = '#plan=v1.';

/** Most characters of fragment this page will read: far more than 1000 lines need, and no more. */
const MAX_FRAGMENT = 2_000_000;

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** Most bytes a fragment may inflate to: a crafted link must not be able to exhaust memory. */
const MAX_INFLATED = 16_000_000;

/** Runs bytes through a (de)compression stream; throws when the output passes MAX_INFLATED. */
async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(stream).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > MAX_INFLATED) {
      await reader.cancel();
      throw new RangeError('share link too large');
    }
    chunks.push(value);
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
  return PREFIX + toBase64Url(await pipe(json, new CompressionStream('deflate-raw')));
}

/**
 * The state a fragment holds, as untrusted JSON for `restoreState`; undefined when the fragment is not
 * a share link or is damaged.
 */
export async function decodeFragment(hash: string): Promise<unknown> {
  if (!hash.startsWith(PREFIX) || hash.length > MAX_FRAGMENT) return undefined;
  try {
    const bytes = await pipe(
      fromBase64Url(hash.slice(PREFIX.length)),
      new DecompressionStream('deflate-raw'),
    );
    return JSON.parse(new TextDecoder().decode(bytes)) as unknown;
  } catch {
    return undefined;
  }
}
