// Loaded with `node --import` by tests: the file system behaves as a nearly full disk does. Writes to
// regular files get CSP_MOVE_TEST_DISK_BYTES bytes in all; the write that reaches the limit returns a
// short count (as tmpfs and ext4 do, instead of failing), and every later one fails with ENOSPC.
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';

let room = Number(process.env.CSP_MOVE_TEST_DISK_BYTES ?? 4096);
const writeSync = fs.writeSync;

fs.writeSync = function shortWriteSync(fd, data, ...rest) {
  if (!fs.fstatSync(fd).isFile()) return writeSync.call(fs, fd, data, ...rest);
  const text = typeof data === 'string';
  const bytes = text ? Buffer.from(data, rest[1] ?? 'utf8') : data;
  const [offset = 0, length = bytes.byteLength - offset, position = null] = text
    ? [0, undefined, rest[0]]
    : rest;
  if (room === 0)
    throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
  const written = writeSync.call(fs, fd, bytes, offset, Math.min(length ?? bytes.byteLength, room), position);
  room -= written;
  return written;
};
syncBuiltinESMExports();
