import { type AccessReason, targetFrom } from '../access.ts';
import { assumedNote } from '../access-notes.ts';
import type { Policies } from '../catalog/index.ts';
import { addDays, compareDates, daysBetween } from '../dates.ts';
import type { FindingInput, Line } from './types.ts';

/**
 * The lines whose users lose access on the term end for `reason` and get the target only later: the
 * finding both gap-at-term-end rules give, pointed at the target date that comes too late. A rule adds
 * its own params to each.
 */
export function* termEndGaps(
  lines: readonly Line[],
  reason: AccessReason,
  policies: Policies,
): Generator<{ line: Line; finding: FindingInput }> {
  for (const line of lines) {
    const { sub, access } = line;
    if (access.reason !== reason) continue;
    const target = targetFrom(sub);
    if (!target || compareDates(target.date, sub.termEnd) <= 0) continue;
    yield {
      line,
      finding: {
        pointer: `${line.pointer}/${target.field}`,
        related: [`${line.pointer}/endOfTerm`, `${line.pointer}/termEnd`],
        params: {
          subscription: sub.id,
          termEnd: sub.termEnd,
          date: target.date,
          gapStart: addDays(sub.termEnd, 1),
          days: daysBetween(sub.termEnd, target.date),
          assumed: assumedNote(access.assumed, policies.cspExtendedTermPurchasedFrom),
        },
      },
    };
  }
}
