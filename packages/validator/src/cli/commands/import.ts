import { lstatSync, readdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileStem } from '@csp-move/rules/file-name';
import type { Locale } from '@csp-move/rules/messages';
import { FILL_IN } from '@csp-move/rules/plan';
import { parseDocument } from 'yaml';
import { escapeControl } from '../../formatters/text.ts';
import type { InputProblem } from '../../inputs/facts.ts';
import { MAX_EXPORT_SIZE } from '../../inputs/formats.ts';
import { importExports } from '../../inputs/import.ts';
import {
  changeText,
  IMPORT_TEXT,
  INPUT_PROBLEMS,
  LEFT_OUT_SUMMARY,
  lines,
  REASON_WORDS,
  toFill,
} from '../../inputs/messages.ts';
import type { ImportedPlan, OwnPartner } from '../../inputs/plan-model.ts';
import { updatePlanText } from '../../inputs/reimport.ts';
import { renderPlan } from '../../inputs/write-plan.ts';
import { readInput } from '../../node/read.ts';
import type { ParsedCommand } from '../args.ts';
import { type CliIo, UsageError } from '../io.ts';
import { say } from '../messages.ts';
import { writeOutput } from '../output.ts';
import { resolveSetup } from '../setup.ts';

/** Reads one export with the plans' bounded reader: a regular file, at most 16 MB, UTF-8 (a BOM is fine). */
function readExportFile(file: string, shown: string): { text: string } | { problem: InputProblem } {
  const read = readInput(file, MAX_EXPORT_SIZE, { regularOnly: true });
  if ('text' in read) return read;
  const { code, params = {} } = read.problem;
  if (code === 'file-too-large')
    return {
      problem: {
        file: shown,
        code: 'too-large',
        params: { size: String(params.size), limit: String(params.limit) },
      },
    };
  if (code === 'file-encoding') return { problem: { file: shown, code: 'not-utf8' } };
  const reason = String(params.reason ?? code);
  return {
    problem: {
      file: shown,
      code: 'unreadable',
      params: { reason: reason === 'notRegular' ? 'not a regular file' : reason },
    },
  };
}

/** Every `.json` file of the arguments: files as named, folders walked (dot-folders and node_modules left out). */
function inputFiles(args: readonly string[], cwd: string, locale: Locale): string[] {
  const files: string[] = [];
  const walk = (folder: string) => {
    const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && /\.json$/i.test(entry.name)) files.push(path);
    }
  };
  for (const arg of args) {
    const path = resolve(cwd, arg);
    let stats: ReturnType<typeof lstatSync>;
    try {
      stats = lstatSync(path);
    } catch {
      throw new UsageError(say('noFiles', locale, arg));
    }
    if (stats.isDirectory()) walk(path);
    else files.push(path);
  }
  return files;
}

function show(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  return (rel === '' || rel.startsWith('..') ? path : rel).split(sep).join('/');
}

function problemLine(problem: InputProblem, locale: Locale): string {
  const where = problem.position
    ? `${problem.file}:${problem.position.line}:${problem.position.column}`
    : problem.file;
  return escapeControl(`${where}: ${INPUT_PROBLEMS[problem.code][locale](problem.params ?? {})}`);
}

/** The existing plans of the output folder, by the customer tenant id they name. */
function existingPlans(folder: string): Map<string, string> {
  const found = new Map<string, string>();
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return found;
  }
  for (const name of names.sort()) {
    if (!/\.plan\.ya?ml$/i.test(name)) continue;
    const file = join(folder, name);
    const read = readExportFile(file, name);
    if (!('text' in read)) continue;
    const tenant = (parseDocument(read.text).toJS() as { customer?: { tenantId?: unknown } } | null)?.customer
      ?.tenantId;
    if (typeof tenant === 'string') found.set(tenant.toLowerCase(), file);
  }
  return found;
}

function countFillIns(text: string): number {
  return text.split(`: ${FILL_IN}`).length - 1;
}

/**
 * `csp-move import <files or folders…> [--out DIR] [--check]`: turns Microsoft Graph and Partner Center
 * exports into one version 2 plan per customer tenant. Without --out a single plan goes to standard
 * output. In DIR, a customer's existing plan (found by its tenant id) is updated in place, keeping what a
 * person wrote. --check writes nothing and exits 1 when a plan would be created or changed. A broken input
 * is reported with its position (exit 2), and nothing is written for the customers of its folder.
 */
export async function importCommand(parsed: ParsedCommand, io: CliIo, flagLocale: Locale): Promise<number> {
  const setup = await resolveSetup(parsed, io, flagLocale);
  const { locale } = setup;
  if (parsed.positionals.length === 0) throw new UsageError(say('noFiles', locale, '(none)'));
  const out = typeof parsed.values.out === 'string' ? resolve(io.cwd, parsed.values.out) : undefined;
  const check = Boolean(parsed.values.check);

  const read: InputProblem[] = [];
  const files: { name: string; text: string }[] = [];
  for (const file of inputFiles(parsed.positionals, io.cwd, locale)) {
    const name = show(file, io.cwd);
    const content = readExportFile(file, name);
    if ('problem' in content) read.push(content.problem);
    else files.push({ name, text: content.text });
  }
  const own = (setup.config as { partner?: OwnPartner }).partner;
  const { customers, problems } = importExports(files, setup.catalog, own, read);
  for (const problem of problems) io.stderr.write(`${problemLine(problem, locale)}\n`);

  const plans: ImportedPlan[] = [];
  let failed = 0;
  for (const customer of customers) {
    const { plan } = customer;
    const name = String(
      plan.customer.name.value === FILL_IN ? (plan.tenantId ?? '?') : plan.customer.name.value,
    );
    if (customer.kind === 'blocked') {
      io.stderr.write(`${escapeControl(IMPORT_TEXT.notWritten[locale](name))}\n`);
      failed += 1;
    } else if (customer.kind === 'nothing-to-move') {
      io.stderr.write(`${escapeControl(IMPORT_TEXT.nothingToMove[locale](name))}\n`);
    } else {
      plans.push(plan);
    }
  }
  const failure = problems.length > 0 ? 2 : 0;
  if (customers.length === 0 && problems.length === 0)
    throw new UsageError(IMPORT_TEXT.noCustomers[locale]());

  if (!out) {
    if (plans.length > 1) throw new UsageError(IMPORT_TEXT.severalNeedOut[locale](String(plans.length)));
    const plan = plans[0];
    if (plan && !check) io.stdout.write(renderPlan(plan, locale));
    return failure;
  }

  const existing = existingPlans(out);
  const usedNames = new Set<string>();
  let created = 0;
  let updated = 0;
  let same = 0;
  for (const plan of plans) {
    const tenant = plan.tenantId;
    const current = tenant ? existing.get(tenant) : undefined;
    if (current) {
      const shown = show(current, io.cwd);
      const read = readExportFile(current, shown);
      const result = 'text' in read ? updatePlanText(read.text, plan, locale) : { problem: 'read' };
      if ('problem' in result || !('text' in read)) {
        io.stderr.write(
          `${escapeControl(IMPORT_TEXT.cannotUpdate[locale](shown, 'problem' in result ? result.problem : ''))}\n`,
        );
        failed += 1;
        continue;
      }
      if (result.text === read.text) {
        same += 1;
        io.stdout.write(`${escapeControl(IMPORT_TEXT.unchanged[locale](shown))}\n`);
        continue;
      }
      updated += 1;
      io.stdout.write(
        `${escapeControl((check ? IMPORT_TEXT.wouldUpdate : IMPORT_TEXT.updated)[locale](shown))}\n`,
      );
      for (const change of result.changes) io.stdout.write(`${escapeControl(changeText(change, locale))}\n`);
      if (!check) writeOutput(io, current, result.text, locale);
      continue;
    }
    const base =
      fileStem(
        String(plan.customer.name.value === FILL_IN ? (tenant ?? 'customer') : plan.customer.name.value),
      ) || 'customer';
    let name = `${base}.plan.yaml`;
    if (usedNames.has(name) || [...existing.values()].some((f) => f.endsWith(`${sep}${name}`)))
      name = `${base}-${(tenant ?? String(created)).slice(0, 8)}.plan.yaml`;
    usedNames.add(name);
    const file = join(out, name);
    const shown = show(file, io.cwd);
    const text = renderPlan(plan, locale);
    created += 1;
    if (check) {
      io.stdout.write(`${escapeControl(IMPORT_TEXT.wouldCreate[locale](shown))}\n`);
      continue;
    }
    writeOutput(io, file, text, locale);
    io.stdout.write(
      `${escapeControl(IMPORT_TEXT.created[locale](shown, lines(plan.lines.length, locale), toFill(countFillIns(text), locale)))}\n`,
    );
    if (plan.leftOut.length > 0) {
      const reasons = [...new Set(plan.leftOut.map((l) => REASON_WORDS[l.reason][locale]))].join(', ');
      io.stdout.write(`${LEFT_OUT_SUMMARY[locale](plan.leftOut.length, reasons)}\n`);
    }
  }
  io.stderr.write(
    `${IMPORT_TEXT.summary[locale](String(created), String(updated), String(same), String(failed))}\n`,
  );
  if (failure) return failure;
  return check && created + updated > 0 ? 1 : 0;
}
