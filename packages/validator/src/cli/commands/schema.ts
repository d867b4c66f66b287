import type { Locale } from '@csp-move/rules/messages';
import { planFileSchema, planSchemaV1 } from '@csp-move/rules/plan';
import { configSchema } from '../../config/schema.ts';
import type { ParsedCommand } from '../args.ts';
import { type CliIo, UsageError } from '../io.ts';
import { say } from '../messages.ts';

/** The schemas `csp-move schema` prints, as shipped in dist/*.schema.json. `plan` is the current version. */
export const SCHEMAS = { plan: planFileSchema, 'plan-v1': planSchemaV1, config: configSchema } as const;

/** The JSON text of a schema, exactly as the package ships it. */
export function schemaJson(name: keyof typeof SCHEMAS): string {
  return `${JSON.stringify(SCHEMAS[name], null, 2)}\n`;
}

/** `csp-move schema [plan|config]`: prints the JSON Schema of plan files (or of .csp-move.yaml). */
export function schemaCommand(parsed: ParsedCommand, io: CliIo, locale: Locale): number {
  const [name = 'plan', ...extra] = parsed.positionals;
  if (extra.length > 0) throw new UsageError(say('unexpectedArgument', locale, String(extra[0])));
  if (!Object.hasOwn(SCHEMAS, name))
    throw new UsageError(say('unknownSchema', locale, name, Object.keys(SCHEMAS).join(', ')));
  io.stdout.write(schemaJson(name as keyof typeof SCHEMAS));
  return 0;
}
