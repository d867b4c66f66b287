/**
 * Lets the page take input and paint before a long piece of work goes on: `scheduler.yield()` where the
 * browser has it (the work then continues ahead of other queued tasks), else a new task.
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
