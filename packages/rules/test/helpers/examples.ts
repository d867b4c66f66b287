import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { Plan } from '../../src/plan/schema.ts';

export const EXAMPLES_DIR = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  '..',
  '..',
  'content',
  'examples',
);

export interface Example {
  /** File name without `.plan.yaml`. */
  name: string;
  text: string;
  plan: Plan;
}

/** Every plan in content/examples, parsed. */
export function loadExamples(): Example[] {
  return readdirSync(EXAMPLES_DIR)
    .filter((file) => file.endsWith('.plan.yaml'))
    .sort()
    .map((file) => {
      const text = readFileSync(join(EXAMPLES_DIR, file), 'utf8');
      return { name: file.replace(/\.plan\.yaml$/, ''), text, plan: parse(text) as Plan };
    });
}
