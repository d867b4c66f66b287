import { randomUUID } from 'node:crypto';
import { appendFileSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { LOCALES, type Locale } from '@csp-move/rules/messages';
import type { CliIo, Output } from '../cli/io.ts';
import { main } from '../cli/main.ts';
import { say, writeReason } from '../cli/messages.ts';
import { escapeControl } from '../formatters/text.ts';
import { displayPath } from '../node/files.ts';
import { linkBelow } from '../node/write.ts';

/**
 * The GitHub Action (action.yml): turns the step's inputs into a `csp-move validate` run in the
 * workspace, prints the findings as annotations, appends the job summary, writes the report files the
 * inputs ask for, and sets the step's outputs. The step's exit code is the CLI's: 0 passed, 1 findings
 * at or above `fail-on`, 2 the tool could not run (inputs, config, files), 3 internal error.
 */

/** File formats the `formats` input accepts, and the name each report gets in `report-dir`. */
export const REPORT_FILES = {
  sarif: 'csp-move.sarif',
  json: 'csp-move.json',
  junit: 'csp-move.junit.xml',
  markdown: 'csp-move.md',
} as const;

type ReportFormat = keyof typeof REPORT_FILES;

/** `result` output: what the exit code means, in a word a workflow can test. */
export const RESULTS = { 0: 'passed', 1: 'failed', 2: 'error', 3: 'error' } as const;

export interface ActionIo {
  env: Readonly<Record<string, string | undefined>>;
  stdout: Output;
  stderr: Output;
}

/** An input as GitHub passes it: `INPUT_<NAME>` with the name upper-cased (hyphens kept), trimmed. */
export function input(env: ActionIo['env'], name: string): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/** A list input: one item per line, or on one line separated by spaces or commas. */
export function listInput(value: string): string[] {
  const items = value.includes('\n') ? value.split(/\r?\n/) : value.split(/[\s,]+/);
  return items.map((item) => item.trim()).filter((item) => item !== '');
}

/**
 * Appends outputs to GITHUB_OUTPUT in the multi-line form, so that no value can break the file. Returns
 * the error code when the file cannot be appended to (a full disk, a folder, no permission).
 */
function setOutputs(file: string | undefined, outputs: Record<string, string | number>): string | undefined {
  if (!file) return undefined;
  const text = Object.entries(outputs)
    .map(([name, value]) => {
      const delimiter = `csp_move_${randomUUID()}`;
      return `${name}<<${delimiter}\n${value}\n${delimiter}\n`;
    })
    .join('');
  try {
    appendFileSync(file, text);
    return undefined;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code ?? String(error);
  }
}

// Workflow commands need % CR LF escaped in their message (as @actions/core does).
const commandData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

interface Counts {
  files: number;
  errors: number;
  warnings: number;
  infos: number;
}

/**
 * Report paths that would be written through a symbolic link in the workspace, as messages. The
 * workspace holds what a pull request commits, so a link there (`csp-move-report -> /elsewhere`, a
 * dangling one, `csp-move.json -> /dev/null`) would let it choose which file the step writes.
 */
function linkedReports(workspace: string, files: readonly string[], locale: Locale): string[] {
  return files.flatMap((file) => {
    const link = linkBelow(workspace, resolve(workspace, file));
    return link === undefined ? [] : [say('reportThroughLink', locale, file, displayPath(link, workspace))];
  });
}

/** Runs the Action and returns its exit code. */
export async function runAction(io: ActionIo): Promise<number> {
  const { env } = io;
  const workspace = resolve(env.GITHUB_WORKSPACE ?? process.cwd());
  const reportDir = input(env, 'report-dir') || 'csp-move-report';
  const formats = listInput(input(env, 'formats'));
  const unknown = formats.filter((f) => !Object.hasOwn(REPORT_FILES, f));
  const asked = input(env, 'locale');
  const locale: Locale = (LOCALES as readonly string[]).includes(asked) ? (asked as Locale) : 'en';

  const args = ['validate'];
  const files: Partial<Record<ReportFormat, string>> = {};
  for (const format of formats.filter((f): f is ReportFormat => Object.hasOwn(REPORT_FILES, f))) {
    files[format] = `${reportDir.replace(/\/+$/, '')}/${REPORT_FILES[format]}`;
  }
  // The counts for the outputs come from a JSON report of the Action's own in the runner's temporary
  // folder, never from a report in the workspace: what the checked-out files hold cannot change them.
  const countsFile = join(env.RUNNER_TEMP || tmpdir(), `csp-move-${randomUUID()}.json`);
  // Written first, so that a report that cannot be written later does not take the counts with it.
  args.push('--format', 'json', '--output', countsFile);
  for (const [format, file] of Object.entries(files)) args.push('--format', format, '--output', file);
  // Outputs pair with formats in order (the n-th --output is the n-th --format's); the annotations,
  // which go to standard output, come last.
  args.push('--format', 'github');
  for (const [flag, name] of [
    ['--fail-on', 'fail-on'],
    ['--locale', 'locale'],
    ['--config', 'config'],
    ['--catalog', 'catalog'],
  ] as const) {
    const value = input(env, name);
    if (value) args.push(flag, value);
  }
  args.push('--', ...listInput(input(env, 'paths')));

  const problems: string[] = [];
  const stderr: Output = {
    write: (text: string) => {
      problems.push(text);
      return io.stderr.write(text);
    },
  };
  let code: number;
  const linked = linkedReports(workspace, Object.values(files), locale);
  if (unknown.length > 0) {
    const allowed = Object.keys(REPORT_FILES).join(', ');
    stderr.write(
      `csp-move: ${escapeControl(say('unknownReportFormat', locale, unknown.join(', '), allowed))}\n`,
    );
    code = 2;
  } else if (linked.length > 0) {
    for (const message of linked) stderr.write(`csp-move: ${escapeControl(message)}\n`);
    code = 2;
  } else {
    const cli: CliIo = {
      cwd: workspace,
      // The job summary is written by the CLI; colours would only garble the log.
      env: { ...env, NO_COLOR: '1', FORCE_COLOR: '0' },
      stdout: io.stdout,
      stderr,
      readStdin: async () => '',
    };
    code = await main(args, cli);
  }

  let counts: Counts = { files: 0, errors: 0, warnings: 0, infos: 0 };
  try {
    counts = (JSON.parse(readFileSync(countsFile, 'utf8')) as { summary: Counts }).summary;
  } catch {
    // No report: the run stopped before checking (exit 2 or 3); the counts stay 0.
  }
  rmSync(countsFile, { force: true });
  if (code >= 2) {
    const first =
      problems
        .join('')
        .split('\n')
        .find((line) => line.trim() !== '') ?? '';
    io.stdout.write(
      `::error title=csp-move could not run::${commandData(first.replace(/^csp-move: /, ''))}\n`,
    );
  }
  const unwritten = setOutputs(env.GITHUB_OUTPUT, {
    'exit-code': code,
    result: RESULTS[code as keyof typeof RESULTS] ?? 'error',
    files: counts.files,
    errors: counts.errors,
    warnings: counts.warnings,
    infos: counts.infos,
    'report-dir': reportDir,
    'sarif-file': files.sarif ?? '',
    'json-file': files.json ?? '',
  });
  if (unwritten !== undefined) {
    // The step's outputs are what later steps decide on: without them the step fails, whatever it found.
    const message = say('cannotWrite', locale, env.GITHUB_OUTPUT ?? '', writeReason(unwritten, locale));
    io.stderr.write(`csp-move: ${escapeControl(message)}\n`);
    io.stdout.write(`::error title=csp-move could not write its outputs::${commandData(message)}\n`);
    return Math.max(code, 2);
  }
  return code;
}
