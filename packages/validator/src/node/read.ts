import { isUtf8 } from 'node:buffer';
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import type { Draft } from '../core/draft.ts';
import { decodeText } from '../core/encoding.ts';
import { formatSize } from '../core/size.ts';

/** A problem that stops a file from being read, as a draft for fileProblem (shown at 1:1). */
export type ReadProblem = Omit<Draft, 'span' | 'pointer'>;

const CHUNK = 64 * 1024;
let scratch: [Buffer, Buffer] | undefined;

export interface ReadOptions {
  /**
   * Refuse anything but a regular file: for files the tool looks up by name (the config, the catalog it
   * names), where a device or FIFO is never what was meant. Default false: a plan named on the command
   * line may be `<(…)`.
   */
  regularOnly?: boolean;
}

/**
 * Reads a plan file as UTF-8 text, never more than `limit` bytes and a chunk: a regular file over the
 * limit is refused by its size, and a device or FIFO (`/dev/zero`, `<(…)`) is read only until it is
 * over. Files that are not UTF-8 (UTF-16, stray bytes) are refused by name, not read as garbled text.
 */
export function readInput(
  file: string,
  limit: number,
  options: ReadOptions = {},
): { text: string } | { problem: ReadProblem } {
  let fd: number | undefined;
  try {
    // O_NONBLOCK: opening a FIFO that nobody writes to must not hang a run that refuses FIFOs anyway.
    fd = openSync(file, options.regularOnly ? constants.O_RDONLY | constants.O_NONBLOCK : 'r');
    const stats = fstatSync(fd);
    if (stats.isDirectory()) return { problem: { code: 'file-unreadable', params: { reason: 'EISDIR' } } };
    if (options.regularOnly && !stats.isFile())
      return { problem: { code: 'file-unreadable', params: { reason: 'notRegular' } } };
    if (stats.isFile() && stats.size > limit) return { problem: tooLarge(stats.size, limit) };
    const chunks: Buffer[] = [];
    let total = 0;
    // Reads go into two buffers kept for every file (the reads are synchronous, and the bytes are
    // decoded before the next file): a plan fits in the first; what follows is copied out of the second.
    scratch ??= [Buffer.allocUnsafe(CHUNK), Buffer.allocUnsafe(CHUNK)];
    const [first, next] = scratch;
    for (;;) {
      const chunk = chunks.length === 0 ? first : next;
      const read = readSync(fd, chunk, 0, CHUNK, null);
      if (read === 0) break;
      chunks.push(chunks.length === 0 ? chunk.subarray(0, read) : Buffer.from(chunk.subarray(0, read)));
      total += read;
      if (total > limit) return { problem: tooLarge(total, limit) };
    }
    const bytes = chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, total);
    const decoded = decodeText(bytes, isUtf8);
    if ('text' in decoded) return decoded;
    return { problem: { code: 'file-encoding', variant: decoded.variant, params: decoded.params } };
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    return { problem: { code: 'file-unreadable', params: { reason } } };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function tooLarge(size: number, limit: number): ReadProblem {
  return { code: 'file-too-large', params: { size: formatSize(size), limit: formatSize(limit) } };
}
