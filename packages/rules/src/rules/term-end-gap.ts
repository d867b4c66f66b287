import { type AccessReason, accessGap } from '../access.ts';
import { assumedNote } from '../access-notes.ts';
import type { Policies } from '../catalog/index.ts';
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
    // For these reasons access ends on the term end itself.
    const gap = access.reason === reason ? accessGap(sub, access) : undefined;
    if (!gap) continue;
    yield {
      line,
      finding: {
        pointer: `${line.pointer}/${gap.field}`,
        related: [`${line.pointer}/endOfTerm`, `${line.pointer}/termEnd`],
        params: {
          subscription: sub.id,
          termEnd: sub.termEnd,
          date: gap.until,
          gapStart: gap.from,
          days: gap.days,
          assumed: assumedNote(access.assumed, policies.cspExtendedTermPurchasedFrom),
        },
      },
    };
  }
}
