import type { LinkProblem } from './fragment.ts';
import type { ClientStringKey } from './strings.ts';

type Say = (key: ClientStringKey, values?: Record<string, string | number>) => string;

/**
 * The box above the checker that speaks for a share link: why a link cannot be read, the question
 * before a link replaces the user's own form, and the undo afterwards. It only shows and hides its
 * parts and reports which button was pressed; the checker decides what happens.
 */
export class LinkNotice {
  readonly #box: HTMLElement;
  readonly #text: HTMLElement;
  readonly #buttons: Record<'open' | 'keep' | 'undo', HTMLButtonElement>;
  readonly #t: Say;

  constructor(box: HTMLElement, t: Say, on: Record<'open' | 'keep' | 'undo', () => void>) {
    this.#box = box;
    this.#t = t;
    this.#text = box.querySelector('[data-link-text]') as HTMLElement;
    const button = (name: 'open' | 'keep' | 'undo') => {
      const found = box.querySelector(`[data-link-${name}]`) as HTMLButtonElement;
      found.addEventListener('click', () => on[name]());
      return found;
    };
    this.#buttons = { open: button('open'), keep: button('keep'), undo: button('undo') };
  }

  /** The link cannot be read: say why, with nothing to press. */
  problem(problem: LinkProblem): void {
    this.#show(this.#t(`link.${problem}`), []);
  }

  /** The link would replace the user's form: ask first. */
  ask(customer: string, lines: string): void {
    this.#show(this.#t('link.ask', { customer, lines }), ['open', 'keep']);
    this.#buttons.open.focus();
  }

  /** The link's plan is in the form: say so, with the way back. */
  opened(undoable: boolean): void {
    this.#show(this.#t('share.restored'), undoable ? ['undo'] : []);
  }

  /** A last word (kept, undone) without buttons. */
  note(key: 'link.kept' | 'link.undone'): void {
    this.#show(this.#t(key), []);
  }

  hide(): void {
    this.#box.hidden = true;
  }

  #show(text: string, buttons: readonly ('open' | 'keep' | 'undo')[]): void {
    this.#text.textContent = text;
    for (const [name, button] of Object.entries(this.#buttons)) {
      button.hidden = !buttons.includes(name as 'open' | 'keep' | 'undo');
    }
    this.#box.hidden = false;
  }
}
