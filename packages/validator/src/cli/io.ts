/** A stream the CLI writes to. */
export interface Output {
  write(text: string): unknown;
  isTTY?: boolean;
  /** Width of the terminal, when it is one. */
  columns?: number;
}

/**
 * Everything the CLI touches outside itself, passed in so that tests can run it in-process. Files are
 * read and written through node:fs directly; only the CLI writes.
 */
export interface CliIo {
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  stdout: Output;
  stderr: Output;
  /**
   * All of standard input, read once; more than `limit` bytes (default: no limit) is a UsageError, and
   * reading stops there.
   */
  readStdin(limit?: number): Promise<string>;
}

/** A problem with how the CLI was called or configured: exit code 2, with this message. */
export class UsageError extends Error {
  /** Diagnostics to print with the message (e.g. of an invalid config file), as stylish text. */
  readonly details: string | undefined;

  constructor(message: string, details?: string) {
    super(message);
    this.name = 'UsageError';
    this.details = details;
  }
}
