import {
  accessSync,
  closeSync,
  constants,
  fchmodSync,
  fchownSync,
  fstatSync,
  fsyncSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readSync,
  realpathSync,
  renameSync,
  rmSync,
  type Stats,
  statSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, sep } from 'node:path';

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

/**
 * The first symbolic link at or along `path` below `root`, checked with lstat on every part, or
 * undefined. A folder whose content someone else controls (the Action's workspace, which a pull request
 * fills) must not send a write elsewhere through a link, dangling or not. Parts outside `root` and
 * parts that do not exist yet are not links.
 */
export function linkBelow(root: string, path: string): string | undefined {
  const rel = relative(root, path);
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return undefined;
  let current = root;
  for (const part of rel.split(sep)) {
    current = join(current, part);
    let stats: Stats | undefined;
    try {
      stats = lstatSync(current, { throwIfNoEntry: false });
    } catch {
      return undefined; // Not a folder on the way, or not allowed in: the write itself says so.
    }
    if (!stats) return undefined;
    if (stats.isSymbolicLink()) return current;
  }
  return undefined;
}

/**
 * Writes every byte of `data` to `fd`, or throws. A file system that runs out of space mid-write
 * returns a short count instead of failing (tmpfs, ext4), so the rest is written again until it is all
 * out; a write that takes nothing is a full disk.
 */
export function writeAll(fd: number, data: Uint8Array): void {
  for (let offset = 0; offset < data.length; ) {
    const written = writeSync(fd, data, offset, data.length - offset);
    if (written <= 0) throw new WriteError('ENOSPC');
    offset += written;
  }
}

/** Reads the file back and throws `shortWrite` unless it holds exactly `data`. */
function verifyWritten(fd: number, data: Uint8Array): void {
  if (fstatSync(fd).size !== data.length) throw new WriteError('shortWrite');
  const back = Buffer.allocUnsafe(data.length);
  let read = 0;
  while (read < data.length) {
    const n = readSync(fd, back, read, data.length - read, read);
    if (n === 0) break;
    read += n;
  }
  if (read !== data.length || !back.equals(data)) throw new WriteError('shortWrite');
}

// Temporary files are named `.<target name>.csp-move-<pid>-<random>.tmp` beside their target, so that
// one left behind by a killed run is recognised (its process is gone) and removed by the next write.
const TEMPORARY = /^\.(.+)\.csp-move-(\d+)-[0-9a-z]+\.tmp$/;

function temporaryFor(target: string): string {
  const tag = `csp-move-${process.pid}-${Math.random().toString(36).slice(2)}`;
  return join(dirname(target), `.${basename(target)}.${tag}.tmp`);
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errno(error) === 'EPERM';
  }
};

// Each folder is looked through once per run, whatever the number of files written into it.
const swept = new Set<string>();

/** Removes the temporary files of runs that were killed before their rename, from the target's folder. */
function sweepTemporaries(target: string): void {
  const folder = dirname(target);
  if (swept.has(folder)) return;
  swept.add(folder);
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) {
    const match = TEMPORARY.exec(name);
    if (!match || Number(match[2]) === process.pid || alive(Number(match[2]))) continue;
    rmSync(join(folder, name), { force: true });
  }
}

/**
 * Writes `content` as planned, every byte or not at all: a file that is replaced is read back before
 * the rename, so a full disk leaves the old file as it was. Throws the system error (ENOSPC, EIO, …)
 * or a WriteError `shortWrite` when the written file does not hold the content.
 */
export function writePlanned(plan: WritePlan, content: string): void {
  const data = Buffer.from(content);
  if (plan.kind === 'stream') {
    const fd = openSync(plan.target, 'w');
    try {
      writeAll(fd, data);
    } finally {
      closeSync(fd);
    }
    return;
  }
  if (plan.kind === 'in-place') {
    const fd = openSync(plan.target, 'w+');
    try {
      writeAll(fd, data);
      fsyncSync(fd);
      verifyWritten(fd, data);
    } finally {
      closeSync(fd);
    }
    return;
  }
  if (plan.createFolder) mkdirSync(dirname(plan.target), { recursive: true });
  sweepTemporaries(plan.target);
  const temporary = temporaryFor(plan.target);
  let fd: number | undefined;
  try {
    fd = openSync(temporary, 'wx+', plan.stats ? plan.stats.mode & 0o7777 : 0o666);
    writeAll(fd, data);
    if (plan.stats) {
      // The new file takes the old one's place: same permissions, and (as root) the same owner.
      fchmodSync(fd, plan.stats.mode & 0o7777);
      if (isRoot()) fchownSync(fd, plan.stats.uid, plan.stats.gid);
    }
    fsyncSync(fd);
    verifyWritten(fd, data);
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
