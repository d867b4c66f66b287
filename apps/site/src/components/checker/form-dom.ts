import { setText } from '../../lib/keyed.ts';
import { entriesToData, type FieldValue, fieldId, fieldPointer, stateEntries } from './fields.ts';
import type { FollowedTarget, LineSource } from './follow.ts';
import type { CheckerState, SubscriptionState } from './state.ts';
import type { Words } from './words.ts';

/**
 * The checker form in the page: subscription lines cloned from a template and numbered, bundle
 * entries added and removed, fields shown only when they apply, and the state read from and written
 * to the controls. Every control is named by its plan pointer (fields.ts).
 *
 * A long plan opens folded, and a folded line is not built: it is its summary, and its values wait
 * here until it is opened (a thousand lines of fields are some 280,000 elements to clone, name and
 * lay out). Everything that reads or writes the form sees such a line's values as if it were built.
 */
export class FormView {
  readonly form: HTMLFormElement;
  readonly #lines: HTMLElement;
  readonly #lineTemplate: HTMLTemplateElement;
  readonly #bundleTemplate: HTMLTemplateElement;
  readonly #kept: HTMLElement;
  readonly #keptTemplate: HTMLTemplateElement;
  readonly #words: Words;
  #conditions: Condition[] | undefined;
  /** The controls that hold plan values (named by a pointer), in form order. */
  #named: (HTMLInputElement | HTMLSelectElement)[] | undefined;
  /** The same controls by name, for writing a whole state. */
  #byName: Map<string, HTMLInputElement | HTMLSelectElement> | undefined;
  /** The values of each line not built yet. */
  readonly #unbuilt = new WeakMap<HTMLElement, SubscriptionState>();
  /** What a line's target follows (markEdited), for marking a line when it is built. */
  #followed: ((source: LineSource) => FollowedTarget) | undefined;

  /** `onBuilt` hears of a folded line built because it is being opened, to show what is known about it. */
  constructor(form: HTMLFormElement, words: Words, onBuilt: (line: HTMLElement) => void = () => {}) {
    this.form = form;
    this.#words = words;
    this.#lines = form.querySelector('[data-lines]') as HTMLElement;
    this.#lineTemplate = form.querySelector('template[data-line-template]') as HTMLTemplateElement;
    this.#bundleTemplate = form.querySelector('template[data-bundle-template]') as HTMLTemplateElement;
    this.#kept = form.querySelector('[data-kept-list]') as HTMLElement;
    this.#keptTemplate = form.querySelector('template[data-kept-template]') as HTMLTemplateElement;
    // A folded line is built as it opens: on the click of its summary, before the click opens it, or
    // when it opens otherwise (find in page). Toggle events do not bubble: they are heard on the way down.
    const opening = (event: Event) => {
      const target = event.target instanceof Element ? event.target : null;
      const summary = event.type === 'click' ? target?.closest('summary') : target;
      const line = summary?.closest<HTMLElement>('[data-line]');
      if (line && (event.type === 'click' || (line as HTMLDetailsElement).open) && this.build(line))
        onBuilt(line);
    };
    this.#lines.addEventListener('click', opening);
    this.#lines.addEventListener('toggle', opening, true);
  }

  /**
   * Builds a folded line's fields from the values it holds, numbered for its place. Returns whether
   * it was folded and unbuilt.
   */
  build(line: HTMLElement): boolean {
    const sub = this.#unbuilt.get(line);
    if (!sub) return false;
    this.#fill(line, sub, this.lines().indexOf(line));
    this.#forgetShape();
    if (this.#followed) this.#markLine(line, this.#followed);
    this.applyConditions();
    return true;
  }

  /**
   * The line a field's element id is in (`cm-subscriptions-4-…`), built: a folded line's fields have
   * no element until then. Returns whether it had to be built.
   */
  buildLineOf(id: string): boolean {
    const match = /^cm-subscriptions-(\d+)-/.exec(id);
    const line = match ? this.lines()[Number(match[1])] : undefined;
    return line ? this.build(line) : false;
  }

  /** A folded line as it stands before it is built: its summary, with the values waiting. */
  #folded(sub: SubscriptionState): HTMLElement {
    const shell = this.#lineTemplate.content.firstElementChild as HTMLElement;
    const line = shell.cloneNode(false) as HTMLDetailsElement;
    line.append((shell.querySelector('summary') as HTMLElement).cloneNode(true));
    line.open = false;
    this.#unbuilt.set(line, sub);
    return line;
  }

  /** Folds a line and takes its fields out: it holds `sub` until it is opened again. */
  #fold(line: HTMLElement, sub: SubscriptionState): void {
    if (!this.#unbuilt.has(line)) {
      for (const child of [...line.childNodes]) if (child.nodeName !== 'SUMMARY') child.remove();
    }
    (line as HTMLDetailsElement).open = false;
    this.#unbuilt.set(line, sub);
  }

  /** Puts a folded line's fields into it (the template's, without its summary) and its values into them. */
  #fill(line: HTMLElement, sub: SubscriptionState, index: number): void {
    this.#unbuilt.delete(line);
    const full = cloneTemplate(this.#lineTemplate);
    full.querySelector('summary')?.remove();
    line.append(...full.childNodes);
    for (let n = 1; n < sub.target.offer.length; n++) this.#appendBundleEntry(line);
    this.#numberLine(line, index);
    const prefix = `/subscriptions/${index}`;
    const controls = new Map<string, HTMLInputElement | HTMLSelectElement>();
    for (const control of line.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-field]'))
      controls.set(control.name, control);
    for (const [pointer, value] of stateEntries(sub)) setControl(controls.get(`${prefix}${pointer}`), value);
  }

  /** The cached lists of conditions and controls, which a change of the form's shape outdates. */
  #forgetShape(): void {
    this.#conditions = undefined;
    this.#named = undefined;
    this.#byName = undefined;
  }

  /** A line's id, built or folded. */
  #lineId(line: HTMLElement): string {
    return this.#unbuilt.get(line)?.id ?? this.#control(line, 'id')?.value ?? '';
  }

  /** The rows of subscriptions the tenant keeps, in order. */
  keptRows(): HTMLElement[] {
    return [...this.#kept.children] as HTMLElement[];
  }

  /** Appends an empty row for a subscription the tenant keeps; returns its offer input. */
  addKept(): HTMLInputElement {
    const row = cloneTemplate(this.#keptTemplate);
    this.#kept.append(row);
    this.renumber();
    return row.querySelector('input') as HTMLInputElement;
  }

  removeKept(row: HTMLElement): void {
    row.remove();
    this.renumber();
  }

  /** The subscription line elements, in order. */
  lines(): HTMLElement[] {
    // Every child of the lines box is a line; reading children is cheaper than a selector match.
    return [...this.#lines.children] as HTMLElement[];
  }

  /** Appends an empty line and numbers it; returns it. */
  addLine(): HTMLElement {
    const line = cloneTemplate(this.#lineTemplate);
    this.#lines.append(line);
    this.renumber();
    return line;
  }

  removeLine(line: HTMLElement): void {
    line.remove();
    this.renumber();
  }

  /** Appends an offer entry to a line's bundle and numbers the form; returns its input. */
  addBundleEntry(line: HTMLElement): HTMLInputElement {
    this.build(line);
    const input = this.#appendBundleEntry(line);
    this.renumber();
    return input;
  }

  #appendBundleEntry(line: HTMLElement): HTMLInputElement {
    const entry = cloneTemplate(this.#bundleTemplate);
    line.querySelector('[data-bundle]')?.append(entry);
    return entry.querySelector('input') as HTMLInputElement;
  }

  removeBundleEntry(entry: HTMLElement): void {
    entry.remove();
    this.renumber();
  }

  /** Gives every line and kept-subscription field its name, id, label and descriptions from its position. */
  renumber(): void {
    this.#forgetShape();
    this.lines().forEach((line, i) => {
      this.#numberLine(line, i);
    });
    this.keptRows().forEach((row, i) => {
      const n = String(i + 1);
      (row.querySelector('[data-kept-legend]') as HTMLElement).textContent = this.#words.t('kept.legend', {
        n,
      });
      (row.querySelector('[data-remove-kept]') as HTMLElement).textContent = this.#words.t('kept.remove', {
        n,
      });
      nameFields(row, `/customer/otherSubscriptions/${i}`);
    });
  }

  /** Numbers a line for its place: its legend, and a built line's buttons and field names. */
  #numberLine(line: HTMLElement, i: number): void {
    const n = String(i + 1);
    setText(line.querySelector('[data-line-legend]'), this.#words.t('sub.legend', { n }));
    if (this.#unbuilt.has(line)) return;
    setText(line.querySelector('[data-remove-line]'), this.#words.t('sub.remove', { n }));
    line.querySelectorAll<HTMLElement>('[data-bundle-entry]').forEach((entry, j) => {
      renameBox(entry, `target/offer/${j + 1}`);
    });
    nameFields(line, `/subscriptions/${i}`);
  }

  /** Shows the fields whose condition (`data-when="exit=cancel"`) holds, hides the others. */
  applyConditions(): void {
    this.#conditions ??= this.#findConditions();
    for (const { box, control, values } of this.#conditions) {
      // A checkbox's condition is on its state: `customer/agreementAccepted=true`.
      const value =
        control instanceof HTMLInputElement && control.type === 'checkbox'
          ? String(control.checked)
          : control?.value;
      const hidden = !values.includes(value ?? '');
      if (box.hidden !== hidden) box.hidden = hidden;
    }
  }

  /**
   * Each conditional box with the control its condition reads. Found once per shape of the form
   * (renumber forgets them), so a key press does not match selectors over a long form.
   */
  #findConditions(): Condition[] {
    const out: Condition[] = [];
    // Each line's controls by field, gathered in one walk of the line: a selector per condition would
    // walk the line again for each.
    const inLine = new Map<HTMLElement, Map<string, HTMLSelectElement | HTMLInputElement>>();
    const lineControl = (line: HTMLElement, field: string) => {
      let controls = inLine.get(line);
      if (!controls) {
        controls = new Map();
        for (const control of line.querySelectorAll<HTMLSelectElement | HTMLInputElement>('[data-field]'))
          controls.set(control.dataset.field as string, control);
        inLine.set(line, controls);
      }
      return controls.get(field) ?? null;
    };
    for (const box of this.form.querySelectorAll<HTMLElement>('[data-when]')) {
      const [field, values] = (box.dataset.when as string).split('=') as [string, string];
      const line = box.closest<HTMLElement>('[data-line]');
      // Within a line its own control; outside, the form's control of that name.
      const control = line
        ? lineControl(line, field)
        : (this.form.elements.namedItem(`/${field}`) as HTMLSelectElement | HTMLInputElement | null);
      out.push({ box, control, values: values.split(' ') });
    }
    return out;
  }

  /**
   * Offers the other lines' ids as the base of an add-on, keeping the current choice. Built for one
   * list when it is about to be used (focus, pointer): a list per line of every other line's id would
   * grow with the square of the lines.
   */
  fillAddOnChoices(select: HTMLSelectElement): void {
    const line = select.closest<HTMLElement>('[data-line]');
    if (!line) return;
    const current = select.value;
    const wanted = [''];
    for (const other of this.lines()) {
      if (other === line) continue;
      const id = this.#lineId(other);
      if (id.trim() !== '') wanted.push(id);
    }
    if (current && !wanted.includes(current)) wanted.push(current);
    const existing = [...select.options].map((o) => o.value);
    if (existing.join('\n') === wanted.join('\n')) return;
    const none = select.options[0]?.textContent ?? '';
    select.replaceChildren(...wanted.map((value) => new Option(value === '' ? none : value, value)));
    select.value = current;
  }

  /** The values of the form's controls as pointer → value entries (folded lines have none). */
  entries(): [string, FieldValue][] {
    return this.#controls().map((control) => [
      control.name,
      control instanceof HTMLInputElement && control.type === 'checkbox' ? control.checked : control.value,
    ]);
  }

  /** The plan's controls, listed once per shape of the form: no walk over the page on every key. */
  #controls(): (HTMLInputElement | HTMLSelectElement)[] {
    this.#named ??= [...this.form.elements].filter(
      (element): element is HTMLInputElement | HTMLSelectElement =>
        (element as HTMLInputElement).name?.startsWith('/') ?? false,
    );
    return this.#named;
  }

  /** The nested data of the form, for `restoreState`. */
  data(): Record<string, unknown> {
    const data = entriesToData(this.entries());
    // A folded line holds its values as a line of the state: they go in as they are, not entry by entry.
    this.lines().forEach((line, i) => {
      const sub = this.#unbuilt.get(line);
      if (!sub) return;
      if (!Array.isArray(data.subscriptions)) data.subscriptions = [];
      (data.subscriptions as unknown[])[i] = sub;
    });
    return data;
  }

  /**
   * Puts a state into the controls, adding or removing lines and bundle entries to match it. Lines are
   * added in one fragment and the form is numbered once, so writing grows with the size of the state.
   * `opening`: a whole plan is opened (a file, a saved form, a link). A long plan then opens folded, every
   * line unbuilt until opened, and a short one with every line built and open. Otherwise (a line added)
   * the lines stay as they are and a new line is built.
   */
  write(state: CheckerState, opening = true): void {
    const { subscriptions } = state;
    const lines = this.lines();
    for (const line of lines.slice(subscriptions.length)) line.remove();
    const fold = opening && subscriptions.length > OPEN_LINES;
    const added = document.createDocumentFragment();
    for (let i = lines.length; i < subscriptions.length; i++) {
      const sub = subscriptions[i] as SubscriptionState;
      added.append(fold ? this.#folded(sub) : cloneTemplate(this.#lineTemplate));
    }
    this.#lines.append(added);
    this.lines().forEach((line, i) => {
      const sub = subscriptions[i] as SubscriptionState;
      if (fold) {
        this.#fold(line, sub);
        return;
      }
      if (this.#unbuilt.has(line)) {
        this.#unbuilt.set(line, sub);
        if (!opening) return;
        this.#fill(line, sub, i);
        (line as HTMLDetailsElement).open = true;
      }
      const wanted = Math.max(1, subscriptions[i]?.target.offer.length ?? 1);
      const entries = [...line.querySelectorAll('[data-bundle-entry]')];
      for (const entry of entries.slice(wanted - 1)) entry.remove();
      for (let n = entries.length + 1; n < wanted; n++) this.#appendBundleEntry(line);
    });
    const kept = state.customer.otherSubscriptions.length;
    while (this.keptRows().length > kept) this.keptRows().at(-1)?.remove();
    while (this.keptRows().length < kept) this.#kept.append(cloneTemplate(this.#keptTemplate));
    this.renumber();
    this.#byName ??= new Map(this.#controls().map((control) => [control.name, control]));
    for (const [pointer, value] of stateEntries({ ...state, subscriptions: [] })) this.#set(pointer, value);
    this.lines().forEach((line, i) => {
      if (this.#unbuilt.has(line)) return;
      const prefix = `/subscriptions/${i}`;
      for (const [pointer, value] of stateEntries(subscriptions[i] as SubscriptionState))
        this.#set(`${prefix}${pointer}`, value);
    });
    this.applyConditions();
  }

  /** The line field's control, by its field name in the line (`target/quantity`). */
  #control(line: HTMLElement, field: string): HTMLInputElement | null {
    return line.querySelector<HTMLInputElement>(`[data-field="${field}"]`);
  }

  #source(line: HTMLElement): LineSource {
    const value = (field: string) => this.#control(line, field)?.value ?? '';
    return { offer: value('offer'), quantity: value('quantity'), termEnd: value('termEnd') };
  }

  #offerInputs(line: HTMLElement): HTMLInputElement[] {
    return [...line.querySelectorAll<HTMLInputElement>('[data-bundle] [data-field^="target/offer/"]')];
  }

  /**
   * Makes the target of a line follow its source (follow.ts) wherever the user has not edited it.
   * Returns whether anything changed.
   */
  follow(line: HTMLElement, followed: (source: LineSource) => FollowedTarget): boolean {
    this.build(line);
    const target = followed(this.#source(line));
    let changed = false;
    const offers = this.#offerInputs(line);
    if (target.offers && !offers.some((input) => input.dataset.edited)) {
      if (offers.map((i) => i.value).join(' ') !== target.offers.join(' ')) {
        this.setTargetOffers(line, target.offers, false);
        changed = true;
      }
    }
    const fields: [string, string | undefined][] = [
      ['target/quantity', target.quantity],
      ['target/provisionOn', target.provisionOn],
    ];
    for (const [field, value] of fields) {
      const control = this.#control(line, field);
      if (!control || control.dataset.edited || value === undefined || control.value === value) continue;
      control.value = value;
      changed = true;
    }
    return changed;
  }

  /**
   * Remembers which target fields hold something other than what they would follow. A folded line is
   * marked when it is built, from the same values.
   */
  markEdited(followed: (source: LineSource) => FollowedTarget): void {
    this.#followed = followed;
    for (const line of this.lines()) if (!this.#unbuilt.has(line)) this.#markLine(line, followed);
  }

  #markLine(line: HTMLElement, followed: (source: LineSource) => FollowedTarget): void {
    const target = followed(this.#source(line));
    const offers = this.#offerInputs(line);
    const values = offers.map((i) => i.value).join(' ');
    // An empty target is the user's to fill, or the source's to set: it follows until edited.
    const same = values.trim() === '' || (target.offers !== undefined && values === target.offers.join(' '));
    for (const input of offers) setEdited(input, !same);
    const quantity = this.#control(line, 'target/quantity');
    if (quantity) setEdited(quantity, quantity.value !== target.quantity);
    const provision = this.#control(line, 'target/provisionOn');
    if (provision) setEdited(provision, provision.value !== (target.provisionOn ?? ''));
  }

  /** Puts these offers into a line's target, adding or removing bundle entries. */
  setTargetOffers(line: HTMLElement, offers: readonly string[], edited: boolean): void {
    this.build(line);
    let inputs = this.#offerInputs(line);
    while (inputs.length > Math.max(1, offers.length)) {
      inputs.at(-1)?.closest('[data-bundle-entry]')?.remove();
      inputs = this.#offerInputs(line);
    }
    while (inputs.length < offers.length) {
      this.addBundleEntry(line);
      inputs = this.#offerInputs(line);
    }
    this.renumber();
    inputs.forEach((input, i) => {
      input.value = offers[i] ?? '';
      setEdited(input, edited);
    });
  }

  #set(pointer: string, value: FieldValue): void {
    setControl(this.#byName?.get(pointer), value);
  }
}

function setControl(control: HTMLInputElement | HTMLSelectElement | undefined, value: FieldValue): void {
  if (control instanceof HTMLInputElement && control.type === 'checkbox') control.checked = value === true;
  else if (control instanceof HTMLSelectElement) {
    const wanted = String(value);
    if (control.value === wanted) return;
    // A value from a file that the list does not offer (a country that is not a CSP market) is
    // added, so the form shows what the plan says and the rules can report it.
    if (![...control.options].some((o) => o.value === wanted)) control.add(new Option(wanted, wanted));
    control.value = wanted;
  } else if (control instanceof HTMLInputElement && control.value !== value) control.value = String(value);
}

/** Most lines a plan opens with unfolded. */
const OPEN_LINES = 20;

/** A box shown only while a control holds one of some values. */
interface Condition {
  box: HTMLElement;
  control: HTMLSelectElement | HTMLInputElement | null;
  values: string[];
}

function setEdited(control: HTMLElement, edited: boolean): void {
  if (edited) control.dataset.edited = 'true';
  else delete control.dataset.edited;
}

/** A fresh copy of a template's element: a line, a bundle entry or a kept subscription. */
function cloneTemplate(template: HTMLTemplateElement): HTMLElement {
  return (template.content.cloneNode(true) as DocumentFragment).firstElementChild as HTMLElement;
}

/** Names each field box under `container` by `prefix` and its field: name, id, label, help, list. */
function nameFields(container: HTMLElement, prefix: string): void {
  for (const box of container.querySelectorAll<HTMLElement>('[data-field-box]')) {
    const field = box.dataset.fieldBox as string;
    const id = fieldId(`${prefix}/${field}`);
    const control = box.querySelector<HTMLInputElement>('[data-field]');
    if (!control) continue;
    control.name = `${prefix}/${field}`;
    control.id = id;
    box.querySelector('label')?.setAttribute('for', id);
    const described: string[] = [];
    const help = box.querySelector<HTMLElement>('[data-help-for]');
    if (help) {
      help.id = `${id}-help`;
      described.push(help.id);
    }
    const listbox = box.querySelector<HTMLElement>('[data-listbox]');
    if (listbox) {
      listbox.id = `${id}-list`;
      control.setAttribute('aria-controls', listbox.id);
    }
    const name = box.querySelector<HTMLElement>('[data-offer-name]');
    if (name) {
      name.id = `${id}-name`;
      described.push(name.id);
    }
    setDescriptions(control, described);
  }
}

function renameBox(box: HTMLElement, field: string): void {
  box.dataset.fieldBox = field;
  for (const el of box.querySelectorAll<HTMLElement>('[data-field]')) el.dataset.field = field;
  for (const el of box.querySelectorAll<HTMLElement>('[data-for]')) el.dataset.for = field;
}

/**
 * "Subscription 2 › Licences": the label of the field a plan pointer names, with its line when it is in
 * one. A pointer that names no field reads as the plan file writes its path (`partner.colour`).
 */
export function fieldLabel(form: HTMLFormElement, pointer: string): string {
  const field = fieldPointer(pointer);
  const found = field ? form.ownerDocument.getElementById(fieldId(field)) : null;
  const control = found && form.contains(found) ? found : null;
  const folded = control || !field ? undefined : foldedField(form, field);
  const label = (control ?? folded?.box)
    ?.closest('[data-field-box]')
    ?.querySelector('label')
    ?.textContent?.trim();
  if (!label)
    return pointer
      .split('/')
      .slice(1)
      .join('.')
      .replace(/\.(\d+)(?=\.|$)/g, '[$1]');
  const legend = (control?.closest('[data-line]') ?? folded?.line)?.querySelector(
    '[data-line-legend]',
  )?.textContent;
  return legend ? `${legend} › ${label}` : label;
}

/** Whether the form has a field for this pointer, built or in a folded line. */
export function hasField(form: HTMLFormElement, field: string): boolean {
  const found = form.ownerDocument.getElementById(fieldId(field));
  return (found !== null && form.contains(found)) || foldedField(form, field) !== undefined;
}

/**
 * A field of a folded line, which has no element yet: its line, and its box in the templates the line
 * is built from (a bundle's further offers have their own).
 */
function foldedField(form: HTMLFormElement, field: string): { line: Element; box: Element } | undefined {
  const match = /^\/subscriptions\/(\d+)\/(.+)$/.exec(field);
  const line = match && form.querySelector('[data-lines]')?.children[Number(match[1])];
  if (!match || !line) return undefined;
  const name = match[2] as string;
  const further = /^target\/offer\/[1-9]/.test(name);
  const template = form.querySelector<HTMLTemplateElement>(
    further ? 'template[data-bundle-template]' : 'template[data-line-template]',
  );
  const box = template?.content.querySelector(`[data-field-box="${further ? 'target/offer/1' : name}"]`);
  return box ? { line, box } : undefined;
}

/** Sets aria-describedby to the help ids plus any issue messages the checker has attached. */
export function setDescriptions(control: HTMLElement, ids: string[]): void {
  const issue = control.closest('[data-field-box]')?.querySelector<HTMLElement>('[data-issue]');
  const all = issue ? [...ids, issue.id] : ids;
  if (all.length > 0) control.setAttribute('aria-describedby', all.join(' '));
  else control.removeAttribute('aria-describedby');
}
