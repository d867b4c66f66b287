// The `csp-move` command (bin/csp-move.js imports the bundled form of this file).
import { isUtf8 } from 'node:buffer';
import { peekLocale } from './cli/args.ts';
import { UsageError } from './cli/io.ts';
import { main } from './cli/main.ts';
import { say, writeReason } from './cli/messages.ts';
import { decodeText } from './core/encoding.ts';
import { formatSize } from './core/size.ts';

async function readStdin(limit = Number.POSITIVE_INFINITY): Promise<string> {
  const locale = peekLocale(process.argv.slice(2));
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
    total += (chunk as Buffer).length;
    // Held to the plans' size limit: the rest is never read, so an endless pipe ends here too.
    if (total > limit) {
      process.stdin.destroy();
      throw new UsageError(say('stdinTooLarge', locale, formatSize(limit)), '');
    }
  }
  // Plans piped in are held to the same encoding as files: UTF-16 or stray bytes are named, not garbled.
  const decoded = decodeText(Buffer.concat(chunks, total), isUtf8);
  if ('text' in decoded) return decoded.text;
  const detail =
    decoded.variant === 'utf16' ? String(decoded.params.encoding) : `byte ${decoded.params.offset}`;
  throw new UsageError(say('stdinEncoding', locale, detail), '');
}

// `csp-move validate | head` closes the pipe early; that ends the output, it is not a failure. Any
// other failure to write the output (a full disk, `> /dev/full`) is one line and exit code 2, never a
// stack trace or an exit code that reads as "findings".
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  const locale = peekLocale(process.argv.slice(2));
  const line = say('stdoutFailed', locale, writeReason(error.code ?? error.message, locale));
  try {
    process.stderr.write(`csp-move: ${line}\n`);
  } catch {
    // Standard error is gone too; the exit code still says what happened.
  }
  process.exit(2);
});

process.exitCode = await main(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
  readStdin,
});
