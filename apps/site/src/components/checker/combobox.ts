import type { Offer } from '@csp-move/rules/catalog';
import { el } from '../../lib/dom.ts';

/**
 * The offer fields as ARIA 1.2 comboboxes (list autocomplete, no automatic selection): typing filters
 * a listbox of offers, Down/Up move through it (aria-activedescendant, so the focus stays in the
 * input), Enter or a click takes an offer, Escape closes the list, Alt+Down opens it. One instance
 * serves every offer input of the form by event delegation, so cloned subscription lines need
 * nothing wired. Taking an offer writes its id and fires `change`, as leaving the field does.
 */
export interface ComboboxOptions {
  /** The offers for a query, best first. */
  search(query: string): Offer[];
  /** What an option shows for an offer: its name in the page's language, with its status. */
  label(offer: Offer): string;
  /** Read to screen readers when nothing matches. */
  none: string;
}

const MAX_SHOWN = 12;

export class OfferCombobox {
  readonly #options: ComboboxOptions;

  constructor(form: HTMLElement, options: ComboboxOptions) {
    this.#options = options;
    form.addEventListener('input', (event) => {
      const input = asCombobox(event.target);
      if (input) this.#open(input);
    });
    form.addEventListener('keydown', (event) => this.#key(event));
    form.addEventListener('focusout', (event) => {
      const input = asCombobox(event.target);
      if (input) this.#close(input);
    });
    // Pressing an option must not take the focus from the input (which would close the list first).
    form.addEventListener('mousedown', (event) => {
      if (event.target instanceof Element && event.target.closest('[role="option"]')) event.preventDefault();
    });
    form.addEventListener('click', (event) => {
      const option =
        event.target instanceof Element ? event.target.closest<HTMLElement>('[role="option"]') : null;
      const input = option ? this.#inputOf(option) : undefined;
      if (option && input) this.#choose(input, option);
    });
  }

  #listOf(input: HTMLInputElement): HTMLElement {
    return input.parentElement?.querySelector('[role="listbox"]') as HTMLElement;
  }

  #inputOf(option: HTMLElement): HTMLInputElement | undefined {
    return asCombobox(option.closest('[role="listbox"]')?.parentElement?.querySelector('input')) ?? undefined;
  }

  #open(input: HTMLInputElement): void {
    const list = this.#listOf(input);
    const offers = this.#options.search(input.value).slice(0, MAX_SHOWN);
    list.replaceChildren(
      ...offers.map((offer, i) =>
        el(
          'li',
          {
            id: `${input.id}-option-${i}`,
            role: 'option',
            ariaSelected: 'false',
            dataset: { value: offer.id, status: offer.renamedTo ? 'renamed' : offer.status },
          },
          el('span', { className: 'cm-option-name' }, this.#options.label(offer)),
          el('span', { className: 'cm-option-id' }, offer.id),
        ),
      ),
    );
    if (offers.length === 0) {
      list.append(el('li', { className: 'cm-option-none', ariaDisabled: 'true' }, this.#options.none));
    }
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    input.removeAttribute('aria-activedescendant');
  }

  #close(input: HTMLInputElement): void {
    const list = this.#listOf(input);
    if (list.hidden) return;
    list.hidden = true;
    list.replaceChildren();
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  }

  #move(input: HTMLInputElement, step: number): void {
    const options = [...this.#listOf(input).querySelectorAll<HTMLElement>('[role="option"]')];
    if (options.length === 0) return;
    const current = options.findIndex((o) => o.id === input.getAttribute('aria-activedescendant'));
    const next =
      current < 0 ? (step > 0 ? 0 : options.length - 1) : (current + step + options.length) % options.length;
    for (const [i, option] of options.entries()) option.ariaSelected = String(i === next);
    const active = options[next] as HTMLElement;
    input.setAttribute('aria-activedescendant', active.id);
    active.scrollIntoView({ block: 'nearest' });
  }

  #choose(input: HTMLInputElement, option: HTMLElement): void {
    input.value = option.dataset.value ?? '';
    this.#close(input);
    input.focus();
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }

  #key(event: KeyboardEvent): void {
    const input = asCombobox(event.target);
    if (!input) return;
    const open = input.getAttribute('aria-expanded') === 'true';
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open || event.altKey) {
        this.#open(input);
        if (event.altKey) return;
      }
      this.#move(input, event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 'Enter' && open) {
      const active = input.getAttribute('aria-activedescendant');
      const option = active ? document.getElementById(active) : null;
      if (option) {
        event.preventDefault();
        this.#choose(input, option);
      }
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      this.#close(input);
    }
  }
}

function asCombobox(target: unknown): HTMLInputElement | undefined {
  return target instanceof HTMLInputElement && target.getAttribute('role') === 'combobox'
    ? target
    : undefined;
}
