import type { Page } from 'playwright-core';
import { type FieldValue, fieldId, stateEntries } from '../../src/components/checker/fields.ts';
import type { CheckerState } from '../../src/components/checker/state.ts';

/**
 * Drives the checker page the way a person does, by its form controls; used by the browser tests
 * (e2e/checker*.test.ts). Controls are found by the ids the page gives each plan field.
 */

export const field = (pointer: string) => `#${fieldId(pointer)}`;

/** Controls whose value decides which other fields are shown: set first. */
const DECIDING = /\/(reseller|adminAccess|agreementAccepted|channel|endOfTerm|path)$/;

/** Makes the page's form hold `state`: adds lines, bundle offers and kept subscriptions, then sets every visible field. */
export async function fillState(page: Page, state: CheckerState): Promise<void> {
  const lines = page.locator('[data-lines] > [data-line]');
  while ((await lines.count()) < state.subscriptions.length) await page.locator('[data-add-line]').click();
  while ((await lines.count()) > state.subscriptions.length) {
    await lines.last().locator('[data-remove-line]').click();
  }
  for (const [i, line] of state.subscriptions.entries()) {
    const entries = lines.nth(i).locator('[data-bundle] input');
    while ((await entries.count()) < line.target.offer.length)
      await lines.nth(i).locator('[data-add-bundle]').click();
  }
  const kept = page.locator('[data-kept-list] > [data-kept]');
  while ((await kept.count()) < state.customer.otherSubscriptions.length)
    await page.locator('[data-add-kept]').click();
  while ((await kept.count()) > state.customer.otherSubscriptions.length) {
    await kept.last().locator('[data-remove-kept]').click();
  }
  const entries = stateEntries(state);
  const ordered = [
    ...entries.filter(([p]) => DECIDING.test(p)),
    ...entries.filter(([p]) => !DECIDING.test(p)),
  ];
  for (const [pointer, value] of ordered) await setField(page, pointer, value);
}

async function setField(page: Page, pointer: string, value: FieldValue): Promise<void> {
  const control = page.locator(field(pointer));
  if (!(await control.isVisible())) {
    if (value === '' || value === false) return;
    // The current partner's questions are hidden while no line transfers, and still hold their values.
    if (pointer.startsWith('/transfer/') && typeof value === 'string') {
      await control.evaluate((el, v) => {
        (el as HTMLInputElement).value = v;
        el.dispatchEvent(new Event('change', { bubbles: true }));
      }, value);
      return;
    }
    throw new Error(`${pointer} is hidden but should hold ${String(value)}`);
  }
  const kind = await control.evaluate((el) =>
    el instanceof HTMLSelectElement ? 'select' : (el as HTMLInputElement).type,
  );
  if (kind === 'checkbox') await control.setChecked(value === true);
  else if (kind === 'select') {
    // As a person does: a list is opened before a choice is made (an add-on's bases are built then).
    await control.focus();
    await control.selectOption(String(value));
  } else await control.fill(String(value));
}

/** The form's values as pointer → value, as the page's script reads them. */
export async function formEntries(page: Page): Promise<Record<string, FieldValue>> {
  return page.locator('form[data-form]').evaluate((form) => {
    const out: Record<string, string | boolean> = {};
    for (const el of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[name^="/"]')) {
      out[el.name] = el instanceof HTMLInputElement && el.type === 'checkbox' ? el.checked : el.value;
    }
    return out;
  });
}

/** The verdict the page shows now (poll it: the page answers on the next frame after an edit). */
export async function verdict(page: Page): Promise<string | null> {
  return page.locator('[role="status"][data-verdict]').getAttribute('data-verdict');
}

/** Rule ids of the findings listed, in order. */
export async function findingRules(page: Page): Promise<string[]> {
  return page
    .locator('[data-findings] li[data-rule]')
    .evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.rule ?? ''));
}
