import { type Document, isMap, isScalar, isSeq, type Pair, parseDocument, type Scalar } from 'yaml';

const V1_CHOICES: Record<string, { autoRenew: boolean; exit: 'expire' | 'cancel' }> = {
  renew: { autoRenew: true, exit: 'expire' },
  'auto-renew-off': { autoRenew: false, exit: 'expire' },
  cancel: { autoRenew: false, exit: 'cancel' },
};

/**
 * A version 2 plan written back as version 1 (for tests of `migrate`): `endOfTerm` becomes `autoRenew`
 * + `exit` at its place, `version` 1, the modeline points at the version 1 schema. Undefined when the
 * plan says something version 1 cannot (an end-of-term choice it did not have); fields version 1 did not
 * know are left in, so the version 1 schema rejects them and the caller can skip the plan.
 */
export function downgrade(text: string): string | undefined {
  const doc: Document = parseDocument(text);
  const root = doc.contents;
  if (!isMap(root)) return undefined;
  root.set('version', 1);
  const subscriptions = root.get('subscriptions');
  if (!isSeq(subscriptions)) return undefined;
  for (const item of subscriptions.items) {
    if (!isMap(item)) return undefined;
    const index = item.items.findIndex((p) => isScalar(p.key) && p.key.value === 'endOfTerm');
    const pair = item.items[index] as Pair<Scalar, Scalar> | undefined;
    const choice = pair && V1_CHOICES[String(pair.value?.value)];
    if (!choice) return undefined;
    item.items.splice(
      index,
      1,
      doc.createPair('autoRenew', choice.autoRenew),
      doc.createPair('exit', choice.exit),
    );
  }
  if (doc.commentBefore) doc.commentBefore = doc.commentBefore.replace('plan-v2.json', 'plan-v1.json');
  return doc.toString({ lineWidth: 0 });
}

/** What changed between two texts, line by line (longest common subsequence). */
export function lineDiff(before: string, after: string): { removed: string[]; added: string[] } {
  const a = before.split('\n');
  const b = after.split('\n');
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      const row = lcs[i] as number[];
      row[j] =
        a[i] === b[j]
          ? ((lcs[i + 1] as number[])[j + 1] as number) + 1
          : Math.max((lcs[i + 1] as number[])[j] as number, row[j + 1] as number);
    }
  }
  const removed: string[] = [];
  const added: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
    } else if (((lcs[i + 1] as number[])[j] as number) >= ((lcs[i] as number[])[j + 1] as number)) {
      removed.push(a[i++] as string);
    } else {
      added.push(b[j++] as string);
    }
  }
  removed.push(...(a.slice(i) as string[]));
  added.push(...(b.slice(j) as string[]));
  return { removed, added };
}
