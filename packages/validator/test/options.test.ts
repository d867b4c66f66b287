// Regression tests for issue 14, items 7 and 15: absurd or misspelt options are usage errors that say
// what is wrong, and --jobs never starts more threads than can help.
import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/main.ts';
import { MAX_JOBS } from '../src/node/run.ts';
import { chooseThreads, FILES_PER_WORKER, threadCount } from '../src/node/threads.ts';

async function run(argv: string[]) {
  let err = '';
  const io = {
    cwd: process.cwd(),
    env: {},
    stdout: { write: () => true },
    stderr: { write: (t: string) => (err += t) },
    readStdin: async () => '',
  };
  return { code: await main(argv, io), err };
}

describe('--jobs (item 7)', () => {
  it.each(['99999999999999999999', String(MAX_JOBS + 1), '1e3', '0'])(
    'rejects --jobs %s with exit 2',
    async (jobs) => {
      const { code, err } = await run(['validate', '--jobs', jobs, 'x.yaml']);
      expect(code).toBe(2);
      expect(err).toContain(`--jobs cannot be "${jobs}"; use 1 … ${MAX_JOBS}`);
    },
  );

  it('caps threads at the number of files and twice the cores', () => {
    expect(threadCount(1000, 5000, 2)).toBe(4);
    expect(threadCount(1000, 3, 2)).toBe(3);
    expect(threadCount(1, 5000, 8)).toBe(1);
    expect(threadCount(4, 0, 8)).toBe(1);
  });

  it('chooses threads by the work and the idle cores when --jobs is not given', () => {
    // A quiet machine: a worker for every FILES_PER_WORKER files, up to the cores.
    expect(chooseThreads(10_000, 8, 0).threads).toBe(8);
    expect(chooseThreads(2 * FILES_PER_WORKER, 8, 0).threads).toBe(3);
    // A small run stays on this thread.
    expect(chooseThreads(FILES_PER_WORKER - 1, 8, 0).threads).toBe(1);
    // Another process keeping one of two cores busy: validating on one thread is faster.
    expect(chooseThreads(2000, 2, 1).threads).toBe(1);
    expect(chooseThreads(2000, 2, 0.3).threads).toBe(2);
    // A machine busier than it has cores still validates, on this thread.
    expect(chooseThreads(2000, 2, 20).threads).toBe(1);
    expect(chooseThreads(2000, 8, 5).threads).toBe(3);
  });
});

describe('confusing messages (item 15)', () => {
  it.each([
    [['validate', '--cache=yes'], 'The option --cache takes no value'],
    [['validate', '--format'], 'The option --format needs a value'],
    [['validate', '-f'], 'The option --format needs a value'],
    [['schema', 'nope'], 'There is no schema "nope"; use plan, plan-v1, config'],
  ])('%j says: %s', async (argv, message) => {
    const { code, err } = await run(argv);
    expect(code).toBe(2);
    expect(err).toContain(message);
  });
});
