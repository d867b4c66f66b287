import type { CheckerState } from './state.ts';
import type { ClientStringKey } from './strings.ts';

/**
 * The one-line summary each part of the form shows next to its title, so a folded part still says
 * what it holds: who moves to whom (and how many subscriptions the tenant keeps), the relationship and admin access, and per line the offer, the
 * licences and the end of the term.
 */
export interface SummaryWords {
  t(key: ClientStringKey, values?: Record<string, string | number>): string;
  offer(id: string): string;
}

export interface Summaries {
  groups: Record<'who' | 'relationship', string>;
  lines: string[];
}

export function groupSummaries(state: CheckerState, words: SummaryWords): Summaries {
  const { t } = words;
  const name = (text: string, country: string) =>
    `${text.trim() || t('summary.unnamed')}${country ? ` (${country})` : ''}`;
  // A question not answered yet reads as a dash, as an empty licence count does.
  const { reseller, adminAccess } = state.relationship;
  const relationship = [
    reseller ? t(`reseller.${reseller}`) : '—',
    adminAccess ? t(`admin.${adminAccess}`) : '—',
  ].join(' · ');
  const kept = state.customer.otherSubscriptions.length;
  return {
    groups: {
      who: [
        t('summary.who', {
          partner: name(state.partner.name, state.partner.country),
          customer: name(state.customer.name, state.customer.country),
        }),
        ...(kept > 0 ? [t('summary.kept', { n: kept })] : []),
      ].join(' · '),
      relationship,
    },
    lines: state.subscriptions.map((line) =>
      t('summary.line', {
        offer: line.offer.trim() ? words.offer(line.offer.trim()) : '—',
        quantity: line.quantity.trim() || '—',
        termEnd: line.termEnd || '—',
      }),
    ),
  };
}
