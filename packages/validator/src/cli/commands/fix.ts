import type { Locale } from '@csp-move/rules/messages';
import { withNextStepOnly } from '../../core/result.ts';
import type { ValidateOptions } from '../../core/validate.ts';
import { cannotRewrite, fixText, rewriteFile, unambiguousFixes } from '../../node/fix.ts';
import type { PlanInput } from '../../node/run.ts';
import type { FileResult } from '../../types.ts';
import type { CliIo } from '../io.ts';
import { say, writeReason } from '../messages.ts';

export interface FixRun {
  /** The results, of the fixed text where a file was rewritten. */
  files: FileResult[];
  /** Files whose fixed text could not be written (a full disk, permissions): the run exits 2. */
  unwritten: number;
}

/**
 * Fixes the files of a run in place (--fix) and returns the results of the fixed text, as validate
 * reports them (withNextStepOnly); files that cannot be rewritten keep their content and results and
 * get a message. Standard input is never rewritten.
 */
export function fixFiles(
  inputs: readonly PlanInput[],
  results: FileResult[],
  sources: Map<string, string>,
  options: Omit<ValidateOptions, 'path'>,
  io: CliIo,
  locale: Locale,
): FixRun {
  let unwritten = 0;
  const files = results.map((result, index) => {
    const input = inputs[index] as PlanInput;
    const text = sources.get(input.path);
    if (input.file === undefined || text === undefined || unambiguousFixes(result).length === 0)
      return result;
    if (cannotRewrite(input.file)) {
      io.stderr.write(`csp-move: ${say('cannotFix', locale, input.path, say('notRegularFile', locale))}\n`);
      return result;
    }
    const fixed = fixText(text, result, { ...options, path: input.path });
    if (fixed.text === text) return result;
    try {
      rewriteFile(input.file, fixed.text);
    } catch (error) {
      const reason = writeReason((error as NodeJS.ErrnoException).code ?? String(error), locale);
      io.stderr.write(`csp-move: ${say('cannotFix', locale, input.path, reason)}\n`);
      unwritten += 1;
      return result;
    }
    sources.set(input.path, fixed.text);
    io.stderr.write(`csp-move: ${say('fixed', locale, String(fixed.applied), input.path)}\n`);
    return withNextStepOnly(fixed.result);
  });
  return { files, unwritten };
}
