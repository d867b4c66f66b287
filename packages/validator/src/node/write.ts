import {
  accessSync,
  closeSync,
  constants,
  fchmodSync,
  fchownSync,
  fsyncSync,
  lstatSync,
  mkdirSync,
  openSync,
  realpathSync,
  renameSync,
  rmSync,
  type Stats,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { dirname } from 'node:path';

/** Why a destination cannot be written, as a code the CLI words: an errno code or one of these. */
export class WriteError extends Error {
  readonly code: string;
  constructor(code: string) {
    super(code);
    this.name = 'WriteError';
    this.code = code;
  }
}

/**
 * How a destination is written:
 * - `stream`: a device, FIFO or socket (`/dev/null`, `/dev/stdout`, `<(…)`), written as it is;
 * - `in-place`: an existing regular file that cannot be replaced without breaking something (other hard
 *   links to it, or an owner the runner cannot give it back to), truncated and written;
 * - `replace`: a new file, or a regular file that is replaced atomically (through any symlinks to it),
 *   keeping its mode and owner.
 */
export interface WritePlan {
  kind: 'stream' | 'in-place' | 'replace';
  /** The file that is actually written (symlinks resolved for `replace`). */
  target: string;
  /** The existing file's status, when there is one. */
  stats?: Stats;
  /** The first of the folders that do not exist yet and are created for a new file. */
  createFolder?: string;
}

function errno(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? 'EIO';
}

const isRoot = () => process.getuid?.() === 0;

/**
 * Decides how `path` will be written and checks that it can be, without writing anything: the CLI
 * checks every destination before it writes any. Throws a WriteError naming the problem.
 */
export function planWrite(path: string): WritePlan {
  let link: Stats | undefined;
  try {
    link = lstatSync(path);
  } catch (error) {
    if (errno(error) !== 'ENOENT') throw new WriteError(errno(error));
  }
  let stats: Stats | undefined;
  try {
    stats = statSync(path);
  } catch (error) {
    const code = errno(error);
    // A symlink whose target does not exist yet: the target is created through the link.
    if (code === 'ENOENT' && link?.isSymbolicLink()) return { kind: 'in-place', target: path };
    if (code !== 'ENOENT') throw new WriteError(code);
  }
  if (!stats) {
    // The nearest folder that exists must be writable; the ones below it are created when writing.
    let folder = dirname(path);
    let missing: string | undefined;
    let parent = statSync(folder, { throwIfNoEntry: false });
    while (!parent && dirname(folder) !== folder) {
      missing = folder;
      folder = dirname(folder);
      parent = statSync(folder, { throwIfNoEntry: false });
    }
    if (!parent?.isDirectory()) throw new WriteError('ENOTDIR');
    try {
      accessSync(folder, constants.W_OK);
    } catch (error) {
      throw new WriteError(errno(error));
    }
    return { kind: 'replace', target: path, createFolder: missing };
  }
  if (stats.isDirectory()) throw new WriteError('EISDIR');
  if (!stats.isFile()) return { kind: 'stream', target: path, stats };
  // Root may write anything; a file nobody may write is still left alone.
  if ((stats.mode & 0o222) === 0) throw new WriteError('readOnly');
  try {
    accessSync(path, constants.W_OK);
  } catch (error) {
    throw new WriteError(errno(error));
  }
  const target = link?.isSymbolicLink() ? realpathSync(path) : path;
  const ownedElsewhere = stats.uid !== process.getuid?.() && !isRoot();
  let folderWritable = true;
  try {
    accessSync(dirname(target), constants.W_OK);
  } catch {
    folderWritable = false;
  }
  if (stats.nlink > 1 || ownedElsewhere || !folderWritable) return { kind: 'in-place', target, stats };
  return { kind: 'replace', target, stats };
}

/** Writes `content` as planned; throws the system error (ENOSPC on /dev/full, …) on failure. */
export function writePlanned(plan: WritePlan, content: string): void {
  if (plan.kind !== 'replace') {
    writeFileSync(plan.target, content);
    return;
  }
  if (plan.createFolder) mkdirSync(dirname(plan.target), { recursive: true });
  const temporary = `${plan.target}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  let fd: number | undefined;
  try {
    fd = openSync(temporary, 'wx', plan.stats ? plan.stats.mode & 0o7777 : 0o666);
    writeSync(fd, content);
    if (plan.stats) {
      // The new file takes the old one's place: same permissions, and (as root) the same owner.
      fchmodSync(fd, plan.stats.mode & 0o7777);
      if (isRoot()) fchownSync(fd, plan.stats.uid, plan.stats.gid);
    }
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temporary, plan.target);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    rmSync(temporary, { force: true });
    throw error;
  }
}

/**
 * Writes a file the tool owns (the result cache) so that readers never see half of it: the content
 * goes to a temporary file in the same folder, which then replaces the target in one rename.
 */
export function writeFileAtomic(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writePlanned({ kind: 'replace', target: path }, content);
}
