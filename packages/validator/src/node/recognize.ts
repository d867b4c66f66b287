import { closeSync, openSync, readSync } from 'node:fs';

/**
 * Which YAML files are plans, for `csp-move validate <folder>` (files named on the command line, globs
 * and include patterns are taken as they are). A file is a plan when
 *   - its name ends in `.plan.yaml` or `.plan.yml`, or
 *   - it is in a folder named `plans` (the folder searched or one below it; as the default include), or
 *   - its first lines carry the plan schema's modeline (`# yaml-language-server: $schema=…/plan-v2.json`), or
 *   - it has a top-level `version:` of 1 or 2 and at least one other top-level key of a plan
 *     (`asOf`, `partner`, `customer`, `relationship`, `transfer`, `subscriptions`).
 * Only the start of a file is read: a plan declares itself there, and other YAML in a repository
 * (workflows, configs, data) costs no more than one small read.
 */

/** Bytes read from the start of a file to recognise it. */
export const SNIFF_BYTES = 16 * 1024;

const PLAN_NAME = /\.plan\.ya?ml$/i;
const MODELINE = /^#\s*yaml-language-server:\s*\$schema=\S*\/plan-v\d+(?:\.schema)?\.json\s*$/m;
const VERSION = /^version:[ \t]*(["']?)[12]\1[ \t]*(?:#.*)?$/m;
const PLAN_KEY = /^(?:asOf|partner|customer|relationship|transfer|subscriptions):/m;

/** True when the file's name, or a folder in its path (relative, `/`-separated), says it is a plan. */
export function hasPlanName(path: string): boolean {
  return PLAN_NAME.test(path) || /(?:^|\/)plans\//.test(path);
}

/** True when the start of a YAML text declares a plan (modeline, or version and a plan key). */
export function declaresPlan(head: string): boolean {
  const text = head.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  return MODELINE.test(text) || (VERSION.test(text) && PLAN_KEY.test(text));
}

/**
 * What isPlanFile finds at the start of a file with this text, when all of it lies within the start
 * that is read (SNIFF_BYTES); undefined for a longer text. The result cache keeps it, so that an
 * unchanged file is recognised without being read.
 */
export function wholeTextDeclaresPlan(text: string): boolean | undefined {
  return Buffer.byteLength(text, 'utf8') <= SNIFF_BYTES ? declaresPlan(text) : undefined;
}

// One buffer for every head: the reads are synchronous, and each is decoded before the next.
let scratch: Buffer | undefined;

function readHead(file: string): string {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    scratch ??= Buffer.allocUnsafe(SNIFF_BYTES);
    const buffer = scratch;
    const read = readSync(fd, buffer, 0, SNIFF_BYTES, 0);
    return buffer.subarray(0, read).toString('utf8');
  } catch {
    // Unreadable: not recognised here. Named explicitly, the run reports why it cannot be read.
    return '';
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * True when a file found in a folder is a plan (see above); `path` is relative to that folder's parent.
 * `known` answers for a file whose start is known to declare a plan without reading it (the cache).
 */
export function isPlanFile(file: string, path: string, known?: (file: string) => boolean): boolean {
  return hasPlanName(path) || known?.(file) === true || declaresPlan(readHead(file));
}
