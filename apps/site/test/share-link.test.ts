import { describe, expect, it } from 'vitest';
import {
  decodeFragment,
  encodeFragment,
  inflate,
  MAX_FRAGMENT,
  MAX_LIST,
} from '../src/components/checker/fragment.ts';
import { defaultState, newSubscription } from '../src/components/checker/state.ts';

/**
 * Share links that cannot be read say why (issue 25 item 7), and a deflate bomb stops while it is
 * being inflated, not after (issue 21, browser).
 */

const TODAY = '2027-01-10';

async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

function base64Url(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64url');
}

async function link(): Promise<string> {
  const state = defaultState(TODAY);
  state.customer.name = 'Fabrikam';
  state.subscriptions = Array.from({ length: 20 }, (_, i) => ({
    ...newSubscription(TODAY),
    id: `line-${i}`,
  }));
  return encodeFragment(state);
}

describe('a share link that cannot be read says why', () => {
  it('reads a whole link', async () => {
    const reading = await decodeFragment(await link());
    expect(reading).toMatchObject({ ok: true, data: { customer: { name: 'Fabrikam' } } });
  });

  it('a link cut short is truncated, wherever it was cut', async () => {
    const hash = await link();
    for (const keep of [0.3, 0.5, 0.9]) {
      const cut = hash.slice(0, Math.floor(hash.length * keep));
      expect(await decodeFragment(cut), `cut at ${cut.length}`).toEqual({ ok: false, problem: 'truncated' });
    }
    expect(await decodeFragment('#plan=v1.')).toEqual({ ok: false, problem: 'truncated' });
  });

  it('characters that are not base64url, data that is not deflate, or deflate that is not JSON are corrupted', async () => {
    const hash = await link();
    expect(await decodeFragment(`${hash.slice(0, 40)}%20${hash.slice(40)}`)).toEqual({
      ok: false,
      problem: 'corrupted',
    });
    // A first block of the reserved type 3.
    expect(await decodeFragment(`#plan=v1.${base64Url(Uint8Array.of(0x07, 0, 0, 0))}`)).toEqual({
      ok: false,
      problem: 'corrupted',
    });
    const notJson = await deflate(new TextEncoder().encode('{"customer": '.repeat(3)));
    expect(await decodeFragment(`#plan=v1.${base64Url(notJson)}`)).toEqual({
      ok: false,
      problem: 'corrupted',
    });
    const list = await deflate(new TextEncoder().encode('[1, 2, 3]'));
    expect(await decodeFragment(`#plan=v1.${base64Url(list)}`)).toEqual({ ok: false, problem: 'corrupted' });
    expect(await decodeFragment('#plan=')).toEqual({ ok: false, problem: 'corrupted' });
  });

  it('a link from another version of the page says so', async () => {
    const hash = await link();
    expect(await decodeFragment(hash.replace('#plan=v1.', '#plan=v2.'))).toEqual({
      ok: false,
      problem: 'version',
    });
  });

  it('a link with a list longer than the form takes is too large, at any depth', async () => {
    const state = defaultState(TODAY);
    const line = newSubscription(TODAY);
    line.target.offer = Array.from({ length: MAX_LIST + 1 }, (_, i) => `offer-${i}`);
    state.subscriptions = [line];
    expect(await decodeFragment(await encodeFragment(state))).toEqual({ ok: false, problem: 'too-large' });
    line.target.offer = Array.from({ length: MAX_LIST }, (_, i) => `offer-${i}`);
    expect((await decodeFragment(await encodeFragment(state)))?.ok).toBe(true);
  });

  it('a link longer than the page reads is too large', async () => {
    expect(await decodeFragment(`#plan=v1.${'A'.repeat(MAX_FRAGMENT)}`)).toEqual({
      ok: false,
      problem: 'too-large',
    });
  });
});

describe('a deflate bomb', () => {
  /** Zeros deflated as they stream, so the test never holds the inflated size itself. */
  async function bomb(megabytes: number): Promise<Uint8Array> {
    let left = megabytes;
    const zeros = new ReadableStream<Uint8Array<ArrayBuffer>>({
      pull(controller) {
        if (left-- > 0) controller.enqueue(new Uint8Array(1_000_000));
        else controller.close();
      },
    });
    return new Uint8Array(
      await new Response(zeros.pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer(),
    );
  }

  it('is inflated in slices and stops at the limit, not after the whole of it', async () => {
    const bytes = await bomb(200);
    const written: number[] = [];
    const Real = globalThis.DecompressionStream;
    class Watched {
      readonly writable: WritableStream<BufferSource>;
      readonly readable: ReadableStream<Uint8Array>;
      constructor(format: CompressionFormat) {
        const inner = new Real(format);
        const counting = new TransformStream<Uint8Array, Uint8Array>({
          transform(chunk, controller) {
            written.push(chunk.length);
            controller.enqueue(chunk);
          },
        });
        counting.readable.pipeTo(inner.writable as WritableStream<Uint8Array>).catch(() => undefined);
        this.writable = counting.writable as WritableStream<BufferSource>;
        this.readable = inner.readable;
      }
    }
    globalThis.DecompressionStream = Watched as unknown as typeof DecompressionStream;
    try {
      const reading = await decodeFragment(`#plan=v1.${base64Url(bytes)}`);
      expect(reading).toEqual({ ok: false, problem: 'too-large' });
    } finally {
      globalThis.DecompressionStream = Real;
    }
    expect(Math.max(...written)).toBeLessThanOrEqual(1024);
    expect(written.reduce((sum, n) => sum + n, 0)).toBeLessThan(bytes.length);
  });

  it('with a small limit, says too-large', async () => {
    await expect(inflate(await bomb(4), 1_000_000)).rejects.toMatchObject({ problem: 'too-large' });
  });
});
