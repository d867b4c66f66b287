/**
 * The part of the checker that judges and draws: the rules package (every rule with its messages in
 * both languages), the timeline and the results view. The page loads it right after its first paint,
 * so the form is usable at once and the script loaded up front stays small (DESIGN §8).
 */
export { checkState } from './check.ts';
export { ResultsView } from './results-dom.ts';
