// Property tests for the classes of issue 14 rather than its cases: any bytes, any nesting, any tree of
// file-system oddities and any output destination end in a result or a message, never an exception.
import { isUtf8 } from 'node:buffer';
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText, firstInvalidUtf8 } from '../src/core/encoding.ts';
import { MAX_DEPTH } from '../src/core/parse.ts';
import { validateText } from '../src/core/validate.ts';
import { expandPaths } from '../src/node/files.ts';
import { planWrite, WriteError } from '../src/node/write.ts';
import { READY_PLAN } from './helpers/plan.ts';
import { folderWith } from './helpers/tmp.ts';

describe('bytes', () => {
  it('decode as UTF-8 exactly when Node agrees they are UTF-8, else name the problem', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 64 }),
          fc.string().map((s) => new TextEncoder().encode(s)),
        ),
        (bytes) => {
          const decoded = decodeText(bytes);
          expect(firstInvalidUtf8(bytes) === -1).toBe(isUtf8(bytes));
          if ('text' in decoded)
            expect(decoded.text).toBe(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes));
          else expect(['default', 'utf16']).toContain(decoded.variant);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('nesting', () => {
  const open = fc.constantFrom('[', '{a: ', '- ', '{', '[[');
  it('any depth gives a result without an internal error, the same every time', () => {
    fc.assert(
      fc.property(fc.array(open, { minLength: 1, maxLength: 200 }), fc.boolean(), (opens, closed) => {
        const text =
          opens.join('') +
          (closed
            ? opens
                .map((o) => (o.startsWith('[') ? ']'.repeat(o.length) : o === '- ' ? '' : '}'))
                .reverse()
                .join('')
            : '');
        const first = validateText(text, { path: 'n.yaml' });
        expect(first.diagnostics.map((d) => d.rule)).not.toContain('internal-error');
        expect(validateText(text, { path: 'n.yaml' })).toEqual(first);
        const depth = opens.reduce((n, o) => n + (o === '[[' ? 2 : 1), 0);
        if (depth > MAX_DEPTH + 2) expect(first.diagnostics.map((d) => d.rule)).toEqual(['nesting-limit']);
      }),
      { numRuns: 150 },
    );
  });
});

type Kind = 'plan' | 'folder' | 'locked' | 'link' | 'dangling' | 'loop' | 'fifo-like';
const KINDS: Kind[] = ['plan', 'folder', 'locked', 'link', 'dangling', 'loop', 'fifo-like'];

describe('file-system oddities', () => {
  it('expanding any tree of oddities never throws, and every problem names a path', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...KINDS), { minLength: 1, maxLength: 8 }), async (kinds) => {
        const dir = folderWith({});
        kinds.forEach((kind, i) => {
          const at = join(dir, `e${i}`);
          if (kind === 'plan') writeFileSync(`${at}.plan.yaml`, READY_PLAN);
          if (kind === 'folder' || kind === 'locked') {
            mkdirSync(at);
            writeFileSync(join(at, 'x.plan.yaml'), READY_PLAN);
            if (kind === 'locked') chmodSync(at, 0);
          }
          if (kind === 'link') symlinkSync(join(dir, 'e0.plan.yaml'), `${at}.plan.yaml`);
          if (kind === 'dangling') symlinkSync(join(dir, 'nowhere'), `${at}.plan.yaml`);
          if (kind === 'loop') symlinkSync(`${at}.plan.yaml`, `${at}.plan.yaml`);
          if (kind === 'fifo-like') symlinkSync('/dev/null', `${at}.plan.yaml`);
        });
        const args = ['.', ...kinds.map((_, i) => `e${i}.plan.yaml`)];
        const expanded = await expandPaths(args, { cwd: dir });
        for (const problem of expanded.problems) expect(problem.code).toMatch(/^E[A-Z]+$/);
        for (const link of expanded.skippedLinks) expect(link).toMatch(/\.plan\.yaml$/);
        kinds.forEach((kind, i) => {
          if (kind === 'loop')
            expect(expanded.problems).toContainEqual({ path: `e${i}.plan.yaml`, code: 'ELOOP' });
          if (kind === 'plan') expect(expanded.files).toContain(join(dir, `e${i}.plan.yaml`));
        });
      }),
      { numRuns: 25 },
    );
  });

  it('planning a write to any destination either succeeds or names the problem', () => {
    const dir = folderWith({ 'file.json': '{}', 'sub/x': '' });
    chmodSync(join(dir, 'file.json'), 0o444);
    symlinkSync('loop', join(dir, 'loop'));
    const targets = [
      '/dev/null',
      '/dev/full',
      join(dir, 'sub'),
      join(dir, 'file.json'),
      join(dir, 'loop'),
      join(dir, 'new/deep.json'),
      join(dir, 'sub/x/y.json'),
      join(dir, `${'n'.repeat(300)}.json`),
    ];
    fc.assert(
      fc.property(fc.constantFrom(...targets), (target) => {
        try {
          expect(['stream', 'in-place', 'replace']).toContain(planWrite(target).kind);
        } catch (error) {
          expect(error).toBeInstanceOf(WriteError);
        }
      }),
    );
  });
});
