import { type Locale, localePath } from '@csp-move/rules/messages';
import { SITE_URL } from '@csp-move/rules/site';
import { fileAndYamlDiagnostics } from './file-and-yaml.ts';
import { otherDiagnostics } from './other.ts';
import { schemaDiagnostics } from './schema.ts';
import type { DiagnosticDefinition } from './types.ts';

export type { DiagnosticDefinition, Stage } from './types.ts';

/**
 * The validator's own diagnostics, keyed by stable kebab-case code. The site generates
 * /reference/diagnostics/ from this table; the codes never collide with rule ids (a test checks it).
 */
export const DIAGNOSTICS = {
  ...fileAndYamlDiagnostics,
  ...schemaDiagnostics,
  ...otherDiagnostics,
} satisfies Record<string, DiagnosticDefinition>;

export type DiagnosticCode = keyof typeof DIAGNOSTICS;

/** Every diagnostic code, in table order. */
export const DIAGNOSTIC_CODES = Object.keys(DIAGNOSTICS) as DiagnosticCode[];

export function isDiagnosticCode(value: string): value is DiagnosticCode {
  return Object.hasOwn(DIAGNOSTICS, value);
}

/** The reference page entry of a diagnostic code. */
export function diagnosticUrl(code: DiagnosticCode, locale: Locale = 'en'): string {
  return `${SITE_URL}${localePath(`/reference/diagnostics/#${code}`, locale)}`;
}

/** The definition of a code, typed as the general shape (handy for lookups by a computed code). */
export function diagnosticDefinition(code: DiagnosticCode): DiagnosticDefinition {
  return DIAGNOSTICS[code];
}
