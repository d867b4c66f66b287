import { type Catalog, createCatalog } from '@csp-move/rules/catalog';
import { countText, isLocale, type Locale } from '@csp-move/rules/messages';
import { linePath } from '@csp-move/rules/paths';
import type { Plan } from '@csp-move/rules/plan';
import { yieldToPage } from '../../lib/yield-to-page.ts';
import type { CheckResult } from './check.ts';
import { OfferCombobox } from './combobox.ts';
import { type FollowedTarget, followedTarget, type LineSource } from './follow.ts';
import { FormView, fieldLabel } from './form-dom.ts';
import { planFromExports } from './from-export.ts';
import type { LinkNotice } from './link-notice.ts';
import { type OfferEntry, offerIndex, resolveOffer, searchOffers } from './offer-search.ts';
import { type OfferWords, offerLabel } from './offers.ts';
import { type CheckerPageData, readPageData } from './page-data.ts';
import { planFileName } from './plan.ts';
import { restoreState } from './restore.ts';
import type { Attention, ResultsView } from './results-dom.ts';
import { forget, loadSaved, save } from './saved.ts';
import { type CheckerState, defaultState, emptyLine, exampleState, freeLineId } from './state.ts';
import type { ClientStringKey } from './strings.ts';
import { groupSummaries } from './summaries.ts';
import { todayLocal } from './today.ts';
import { Words } from './words.ts';

type Engine = typeof import('./engine.ts');

/** Lines above which a plan is judged once typing pauses (a thousand lines take a tenth of a second). */
const LONG_PLAN = 100;
/** How long typing pauses before a long plan is judged, in milliseconds. */
const TYPING_PAUSE = 250;
/** Most field labels a message names before it says how many more. */
const MAX_NAMED = 5;

/** Largest file the import takes; plan files are a few kilobytes. */
const MAX_IMPORT = 1_000_000;

/** Names of the User Timing measures each update records, for the browser tests to read. */
const MEASURES = {
  evaluate: 'csp-checker:evaluate',
  update: 'csp-checker:update',
  /**
   * Opening a whole plan (file, saved form, link, export), from the moment it was asked for (a file
   * chosen, the page started) up to its answer drawn: the time to the first verdict.
   */
  load: 'csp-checker:load',
} as const;

/**
 * `<csp-checker data-locale="en">`: the eligibility checker. Reads the form on every input, judges
 * it with the rules package and renders the answer; exports, imports and shares the plan. Nothing it
 * does leaves the page.
 */
class CspChecker extends HTMLElement {
  #locale: Locale = 'en';
  #catalog!: Catalog;
  #words!: Words;
  #form!: FormView;
  /** The judging part, loaded right after the first paint (engine.ts); undefined until then. */
  #engine: Engine | undefined;
  #results: ResultsView | undefined;
  #state!: CheckerState;
  #result: CheckResult | undefined;
  #frame = 0;
  /** A long plan's update waiting for a pause in typing. */
  #pause = 0;
  #saving = 0;
  readonly #boxes = new Map<string, HTMLElement>();
  #index!: OfferEntry[];
  #offerWords!: OfferWords;
  /** What the user has done so far: fields left at least once, and the one being typed in. */
  #attention: Attention = { touched: new Set(), editing: undefined };
  #followed = (source: LineSource): FollowedTarget => followedTarget(source, this.#catalog);
  /** Loaded with the share-link code, only when a link is opened (link-notice.ts, fragment.ts). */
  #notice: LinkNotice | undefined;
  /** Whether the form holds the user's own entries (typed, imported or restored), which a link must not replace unasked. */
  #ownWork = false;
  /**
   * Whether the form shows a share link's state that the user has not edited yet. Such a state is
   * not saved in the browser: a link that cannot be handled must not come back on every later visit.
   */
  #fromLink = false;
  /** A link's state waiting for the user's answer, and the form as it was before a link replaced it. */
  #pending: CheckerState | undefined;
  #before: CheckerState | undefined;
  /** When the plan being opened was asked for, until its answer is drawn (MEASURES.load). */
  #opening: number | undefined;
  /** Counts the loads, so a load that a later one overtook while it waited does not judge again. */
  #loads = 0;
  /** Counts the answers drawn, so a load does not judge again what an update already judged. */
  #drawn = 0;

  connectedCallback(): void {
    const locale = this.dataset.locale;
    this.#locale = isLocale(locale) ? locale : 'en';
    const data = readPageData<CheckerPageData>(this);
    this.#catalog = createCatalog(data.catalog);
    this.#words = new Words(data.strings);
    this.#form = new FormView(this.querySelector('form[data-form]') as HTMLFormElement, this.#words, () =>
      this.#showBuilt(),
    );
    this.#index = offerIndex(this.#catalog);
    this.#offerWords = {
      status: {
        'end-of-sale': this.#t('offer.status.end-of-sale'),
        retired: this.#t('offer.status.retired'),
      },
      renamed: (name: string) => this.#t('offer.renamed', { name }),
    };
    new OfferCombobox(this.#form.form, {
      search: (query) => searchOffers(this.#index, query),
      label: (offer) => offerLabel(offer, this.#catalog, this.#locale, this.#offerWords),
      none: this.#t('offer.none'),
    });
    this.#form.form.addEventListener('input', (event) => this.#onInput(event));
    this.#form.form.addEventListener('change', (event) => this.#onChange(event));
    // Leaving a field judges it even when nothing changed (a required field left empty).
    this.#form.form.addEventListener('focusout', (event) => this.#onLeave(event));
    this.#form.form.addEventListener('submit', (event) => event.preventDefault());
    // An add-on's list of bases is built when it is about to be used, not for every line up front.
    for (const type of ['focusin', 'pointerdown'] as const) {
      this.#form.form.addEventListener(type, (event) => {
        const control = event.target;
        if (control instanceof HTMLSelectElement && control.dataset.field === 'addOnOf')
          this.#form.fillAddOnChoices(control);
      });
    }
    this.addEventListener('click', (event) => this.#onClick(event));
    this.#q('[data-import]').addEventListener('change', () => void this.#import());
    const exportInput = this.#q<HTMLInputElement>('[data-import-export]');
    exportInput.addEventListener('change', () => {
      void this.#startFromExport([...(exportInput.files ?? [])]);
      exportInput.value = '';
    });
    this.#q('[data-export-paste-go]').addEventListener('click', () => {
      const text = this.#q<HTMLTextAreaElement>('[data-export-paste]').value;
      if (text.trim() !== '') void this.#startFromExport([new File([text], 'pasted.json')]);
    });
    const zone = this.#q('[data-export-drop]');
    zone.addEventListener('dragover', (event) => {
      event.preventDefault();
      zone.classList.add('cm-dragging');
    });
    zone.addEventListener('dragleave', () => zone.classList.remove('cm-dragging'));
    zone.addEventListener('drop', (event) => {
      event.preventDefault();
      zone.classList.remove('cm-dragging');
      void this.#startFromExport([...(event.dataTransfer?.files ?? [])]);
    });
    this.#q('[data-preview]').addEventListener('toggle', () => void this.#preview());
    window.addEventListener('hashchange', () => void this.#restoreFromHash());
    new ResizeObserver((entries) => {
      const width = entries.at(-1)?.contentRect.width;
      if (width) this.#results?.setTimelineWidth(width);
      if (this.#result) this.#results?.render(this.#result, this.#attention);
    }).observe(this.#q('[data-timeline]'));
    // The user's own saved form comes back even under a share link: the link asks before replacing it.
    const saved = loadSaved();
    if (saved !== undefined) {
      void this.#load(restoreState(saved, todayLocal()).state, 0);
      this.#ownWork = true;
      this.#say(this.#t('form.restored'));
    } else {
      this.#form.write(defaultState(todayLocal()));
      this.#form.markEdited(this.#followed);
      this.#update();
    }
    void this.#restoreFromHash();
    // The share-link code follows the page's first paint, so sharing later asks nothing of the network.
    void import('./fragment.ts');
    void import('./engine.ts').then((engine) => {
      this.#engine = engine;
      this.#results = new engine.ResultsView(this, this.#form.form, this.#locale, this.#catalog, this.#words);
      const width = this.#q('[data-timeline]').getBoundingClientRect().width;
      if (width) this.#results.setTimelineWidth(width);
      this.#update();
    });
  }

  /**
   * Fills the form from a whole plan (file, link, saved form): every field counts as seen. The form is
   * written, then the page takes input and paints before the plan is judged; callers await the answer,
   * so what follows a load (a message, an export) reads this plan's. `start`: when it was asked for.
   */
  async #load(state: CheckerState, start = performance.now()): Promise<void> {
    const load = ++this.#loads;
    this.#opening = start;
    this.#results?.foldLong();
    this.#form.write(state);
    this.#form.markEdited(this.#followed);
    this.#attention = { touched: 'all', editing: undefined };
    const drawn = this.#drawn;
    await yieldToPage();
    // A later load replaced this form, or an update (the user's, the judging part arriving) judged it.
    if (load !== this.#loads || drawn !== this.#drawn) return;
    this.#update();
  }

  /** The checker's fixed boxes, looked up once: the long form makes every selector match a walk. */
  #q<T extends HTMLElement = HTMLElement>(selector: string): T {
    let found = this.#boxes.get(selector);
    if (!found?.isConnected) {
      found = this.querySelector(selector) as HTMLElement;
      if (found) this.#boxes.set(selector, found);
    }
    return found as T;
  }

  #t(key: ClientStringKey, values?: Record<string, string | number>): string {
    return this.#words.t(key, values);
  }

  #say(message: string): void {
    this.#q('[data-message]').textContent = message;
  }

  /**
   * Coalesces the events of one frame into one update. A long plan takes longer to judge than a key
   * press takes to type, so it is judged once typing pauses, not on every key.
   */
  #schedule(): void {
    cancelAnimationFrame(this.#frame);
    clearTimeout(this.#pause);
    if ((this.#state?.subscriptions.length ?? 0) > LONG_PLAN)
      this.#pause = window.setTimeout(() => this.#update(), TYPING_PAUSE);
    else this.#frame = requestAnimationFrame(() => this.#update());
  }

  #update(): void {
    cancelAnimationFrame(this.#frame);
    clearTimeout(this.#pause);
    const start = performance.now();
    this.#form.applyConditions();
    this.#state = restoreState(this.#form.data(), todayLocal()).state;
    this.#showTransfer();
    this.#showAsOf();
    // The evaluate measure covers the rules and the timeline; update adds reading and rendering.
    const read = performance.now();
    // While the judging part loads, the form works and the answer follows as soon as it is here; an
    // offer search being typed is not yet a wrong offer id, so the answer waits until it names one.
    if (!this.#engine || !this.#results || this.#searching()) {
      this.#showOfferNames();
      this.#summarize();
      return;
    }
    this.#result = this.#engine.checkState(this.#state, this.#catalog);
    const judged = performance.now();
    this.#showOfferNames();
    this.#results.render(this.#result, this.#attention);
    this.#showExport();
    this.#summarize();
    performance.clearMeasures(MEASURES.evaluate);
    performance.clearMeasures(MEASURES.update);
    performance.measure(MEASURES.evaluate, { start: read, end: judged });
    performance.measure(MEASURES.update, { start, end: performance.now() });
    this.#drawn++;
    if (this.#opening !== undefined) {
      performance.clearMeasures(MEASURES.load);
      performance.measure(MEASURES.load, { start: this.#opening, end: performance.now() });
      this.#opening = undefined;
    }
    if ((this.#q('[data-preview]') as HTMLDetailsElement).open) void this.#preview();
    // Saving waits for a pause in typing: the form is written once, not on every key.
    clearTimeout(this.#saving);
    // A form nobody has entered anything in is not saved: reopened, it is the empty start again.
    if (!this.#fromLink && this.#ownWork)
      this.#saving = window.setTimeout(() => save(this.#form.data(), todayLocal()), 300);
  }

  /**
   * A folded line was built as it opened: its offer names and the marks on its fields are shown from
   * the answer already there (nothing about the plan changed, so it is not judged again).
   */
  #showBuilt(): void {
    this.#showOfferNames();
    if (this.#result) this.#results?.render(this.#result, this.#attention);
  }

  /** The current partner's questions are asked only while a line moves by partner transfer. */
  #showTransfer(): void {
    const transfers = this.#state.subscriptions.some(
      (sub) => linePath({ path: sub.path || undefined }) === 'partner-transfer',
    );
    const box = this.#q('[data-section="group.transfer"]');
    if (box && box.hidden === transfers) box.hidden = !transfers;
  }

  /**
   * A plan judged on a day other than today says so, with one click back to today: a date kept from a
   * file, a link or a saved form is never taken for today's silently.
   */
  #showAsOf(): void {
    const today = todayLocal();
    const { asOf } = this.#state;
    const fixed = asOf !== '' && asOf !== today;
    const note = this.#q('[data-asof-note]');
    if (note.hidden === fixed) note.hidden = !fixed;
    const text = fixed ? this.#t('asOf.fixed', { date: asOf, today }) : '';
    const out = this.#q('[data-asof-text]');
    if (out.textContent !== text) out.textContent = text;
  }

  /** Judges the plan as of today again. */
  #judgeToday(): void {
    const input = this.#form.form.elements.namedItem('/asOf') as HTMLInputElement;
    const today = todayLocal();
    input.value = today;
    this.#update();
    input.focus();
    this.#say(this.#t('asOf.todayDone', { today }));
  }

  /** Whether the field being typed in is an offer search that names no offer yet (or is cleared for one). */
  #searching(): boolean {
    const name = this.#attention.editing;
    const control = name ? this.#form.form.elements.namedItem(name) : null;
    if (!(control instanceof HTMLInputElement) || control.getAttribute('role') !== 'combobox') return false;
    return !this.#catalog.offer(control.value.trim());
  }

  /** The one-line summary of each group and line, for when it is folded away. */
  #summarize(): void {
    const summaries = groupSummaries(this.#state, {
      t: (key, values) => this.#t(key, values),
      offer: (id) => (this.#catalog.offer(id) ? this.#catalog.offerName(id, this.#locale) : id),
    });
    for (const [group, text] of Object.entries(summaries.groups)) {
      const out = this.#q(`[data-summary="${group}"]`);
      if (out && out.textContent !== text) out.textContent = text;
    }
    this.#form.lines().forEach((line, i) => {
      const out = line.querySelector('[data-line-summary]') as HTMLElement;
      const text = summaries.lines[i] ?? '';
      if (out.textContent !== text) out.textContent = text;
    });
  }

  /** Under each offer input: the offer's name in this language, or that the catalog lacks it. */
  #showOfferNames(): void {
    for (const out of this.#form.form.querySelectorAll<HTMLElement>('[data-offer-name]')) {
      const input = out.parentElement?.querySelector('input');
      const id = input?.value.trim() ?? '';
      const offer = id ? this.#catalog.offer(id) : undefined;
      // Text being typed is a search, not yet a wrong id: it is judged when the user leaves the field.
      const label = offer
        ? offerLabel(offer, this.#catalog, this.#locale, this.#offerWords)
        : id && input?.name !== this.#attention.editing
          ? this.#t('offer.unknown')
          : '';
      if (out.textContent !== label) out.textContent = label;
    }
  }

  /** The user changed the form: it is theirs now, to be kept in the browser, a linked plan included. */
  #edited(): void {
    this.#ownWork = true;
    if (!this.#fromLink) return;
    this.#fromLink = false;
    this.#before = undefined;
    this.#notice?.hide();
  }

  #onInput(event: Event): void {
    const control = event.target as HTMLInputElement;
    if (!control.name) return;
    this.#edited();
    this.#attention.editing = control.name;
    if (/\/target\//.test(control.name)) control.dataset.edited = 'true';
    this.#followSource(control);
    this.#schedule();
  }

  #onChange(event: Event): void {
    const control = event.target as HTMLInputElement;
    if (!control.name) return;
    this.#edited();
    if (control.getAttribute('role') === 'combobox') {
      const resolved = resolveOffer(this.#index, control.value, this.#catalog);
      if (resolved !== control.value) control.value = resolved;
    }
    if (this.#attention.touched !== 'all') this.#attention.touched.add(control.name);
    this.#attention.editing = undefined;
    this.#followSource(control);
    this.#update();
  }

  #onLeave(event: Event): void {
    const control = event.target as HTMLInputElement;
    if (!control.name) return;
    const { touched, editing } = this.#attention;
    const fresh = touched !== 'all' && !touched.has(control.name);
    if (touched !== 'all') touched.add(control.name);
    if (editing === control.name) this.#attention.editing = undefined;
    if (fresh || editing === control.name) this.#schedule();
  }

  /** A change to a line's offer, licences or term end carries over to the target's untouched fields. */
  #followSource(control: HTMLInputElement): void {
    if (!/^\/subscriptions\/\d+\/(offer|quantity|termEnd)$/.test(control.name)) return;
    const line = control.closest<HTMLElement>('[data-line]');
    if (line) this.#form.follow(line, this.#followed);
  }

  #onClick(event: Event): void {
    const target = event.target instanceof Element ? event.target.closest<HTMLElement>('button, a') : null;
    if (!target) return;
    const line = target.closest<HTMLElement>('[data-line]');
    if (this.#form.form.contains(target) && target.matches('button')) this.#edited();
    if (target.matches('[data-add-line]')) this.#addLine();
    else if (target.matches('[data-add-kept]')) {
      this.#form.addKept().focus();
      this.#update();
    } else if (target.matches('[data-remove-kept]')) {
      this.#form.removeKept(target.closest('[data-kept]') as HTMLElement);
      this.#q<HTMLButtonElement>('[data-add-kept]').focus();
      this.#update();
    } else if (target.matches('[data-remove-line]') && line) this.#removeLine(line);
    else if (target.matches('[data-add-bundle]') && line) {
      // A bundle the user puts together is theirs: the source no longer sets its offers.
      for (const input of line.querySelectorAll<HTMLElement>('[data-bundle] [data-field]')) {
        input.dataset.edited = 'true';
      }
      this.#form.addBundleEntry(line).focus();
      this.#update();
    } else if (target.matches('[data-remove-bundle]') && line) {
      this.#form.removeBundleEntry(target.closest('[data-bundle-entry]') as HTMLElement);
      (line.querySelector('[data-bundle] input') as HTMLInputElement).focus();
      this.#update();
    } else if (target.dataset.markDone !== undefined || target.dataset.unmarkDone !== undefined) {
      this.#recordDone(target);
    } else if (target.dataset.focusField) {
      event.preventDefault();
      this.#focusField(target.dataset.focusField);
    } else if (target.dataset.useOffers !== undefined) {
      this.#useOffers(Number(target.dataset.fixLine), target.dataset.useOffers.split(' '));
    } else if (target.matches('[data-download]')) void this.#download();
    else if (target.matches('[data-download-ics]')) void this.#downloadCalendar();
    else if (target.matches('[data-copy]')) void this.#copy();
    else if (target.matches('[data-share]')) void this.#share();
    else if (target.matches('[data-reset]')) this.#reset();
    else if (target.matches('[data-asof-today]')) this.#judgeToday();
    else if (target.matches('[data-load-example]')) void this.#loadExample();
  }

  /**
   * The checklist's "was this done?": records a line's step as done in the line's `done` list (so the
   * exported plan says so too), or takes it back out.
   */
  #recordDone(button: HTMLElement): void {
    const done = button.dataset.markDone !== undefined;
    const [index = '', kind = ''] = (button.dataset.markDone ?? button.dataset.unmarkDone ?? '').split(' ');
    const line = this.#form.lines()[Number(index)];
    // A folded line's fields are built first: the answer goes into its `done` field.
    if (line) this.#form.build(line);
    const input = line?.querySelector<HTMLInputElement>('[data-field="done"]');
    if (!input || !kind) return;
    const others = input.value.split(/[\s,]+/).filter((k) => k !== '' && k !== kind);
    input.value = (done ? [...others, kind] : others).join(', ');
    const item = button.closest<HTMLElement>('[data-step]');
    const step = item?.querySelector('.cm-step')?.textContent ?? kind;
    this.#edited();
    this.#update();
    // The answer replaced the button: the focus goes to the one that takes it back.
    item?.querySelector<HTMLElement>('.cm-ask button, .cm-ask a')?.focus();
    this.#say(this.#t(done ? 'checklist.marked' : 'checklist.unmarked', { step }));
  }

  /** Unfolds the group a field is in and moves the focus there. */
  #focusField(id: string): void {
    // A field of a folded line has no element until its line is built.
    if (!document.getElementById(id) && this.#form.buildLineOf(id)) this.#showBuilt();
    const control = document.getElementById(id);
    if (!control) return;
    for (
      let group = control.closest('details');
      group;
      group = group.parentElement?.closest('details') ?? null
    ) {
      group.open = true;
    }
    control.focus();
  }

  /** A finding's one-click fix: these offers become the line's target. */
  #useOffers(index: number, offers: string[]): void {
    const line = this.#form.lines()[index];
    if (!line) return;
    this.#form.setTargetOffers(line, offers, true);
    this.#update();
    this.#say(
      this.#t('offer.used', {
        offers: offers.map((id) => this.#catalog.offerName(id, this.#locale)).join(' + '),
      }),
    );
  }

  #addLine(): void {
    const state = this.#state;
    const line = emptyLine(freeLineId(state.subscriptions.map((s) => s.id)));
    // The lines stay as they are, folded or open; the new one is built, to be filled in.
    this.#form.write({ ...state, subscriptions: [...state.subscriptions, line] }, false);
    const added = this.#form.lines().at(-1);
    this.#form.markEdited(this.#followed);
    this.#update();
    (added?.querySelector('[data-field="offer"]') as HTMLInputElement | null)?.focus();
    this.#say(this.#t('sub.added', { n: this.#form.lines().length }));
  }

  /** Fills the form with an example, when asked to; what the user entered is replaced only with consent. */
  async #loadExample(): Promise<void> {
    const blank = JSON.stringify(defaultState(todayLocal()));
    const entered = JSON.stringify(restoreState(this.#form.data(), todayLocal()).state) !== blank;
    if (entered && !window.confirm(this.#t('form.exampleConfirm'))) return;
    // Loaded on request, the example is the user's to change, and is kept like their own entries.
    this.#ownWork = true;
    await this.#load(exampleState(todayLocal(), this.#locale));
    this.#say(this.#t('form.exampleLoaded'));
  }

  #removeLine(line: HTMLElement): void {
    const lines = this.#form.lines();
    const index = lines.indexOf(line);
    if (lines.length === 1) return;
    this.#form.removeLine(line);
    this.#update();
    const next = this.#form.lines()[Math.min(index, this.#form.lines().length - 1)];
    (next?.querySelector('[data-field="offer"]') as HTMLInputElement | null)?.focus();
    this.#say(this.#t('sub.removed'));
  }

  /**
   * The plan file's text: the plan, or what the user entered with every unanswered question written
   * `to-fill-in`; undefined (with the reason) while something must be filled in or corrected first.
   */
  async #yaml(): Promise<string | undefined> {
    const exported = this.#result?.export;
    if (!exported || exported.kind === 'blocked') {
      this.#say(this.#exportReason());
      return undefined;
    }
    // The YAML library is only needed for files: it loads on first use, not with the page.
    const { planToYaml } = await import('./yaml.ts');
    return planToYaml(exported.plan as Plan);
  }

  /** Field labels for a list of form pointers: the first few, then how many more. */
  #labels(pointers: readonly string[]): string {
    const shown = pointers.slice(0, MAX_NAMED).map((p) => fieldLabel(this.#form.form, p));
    const list = shown.join(this.#t('list.separator'));
    const more = pointers.length - shown.length;
    return more > 0 ? this.#t('list.more', { list, count: more }) : list;
  }

  /** Why there is nothing to export yet, naming the fields. */
  #exportReason(): string {
    const exported = this.#result?.export;
    if (exported?.kind !== 'blocked' || exported.missing.length === 0) return this.#t('export.incomplete');
    return this.#t('export.blocked', { list: this.#labels(exported.missing) });
  }

  /**
   * Under the export buttons, what an export writes now: the plan; what was entered with the named
   * fields left to fill in; or nothing yet, with the fields to fill in first. A button that cannot
   * export says so (aria-disabled) and still explains itself when pressed.
   */
  #showExport(): void {
    const exported = this.#result?.export;
    const text =
      exported?.kind === 'partial'
        ? this.#t('export.partial', { list: this.#labels(exported.toFill) })
        : exported?.kind === 'complete'
          ? ''
          : this.#exportReason();
    const note = this.#q('[data-export-note]');
    if (note.textContent !== text) note.textContent = text;
    if (note.hidden !== (text === '')) note.hidden = text === '';
    const plan = exported !== undefined && exported.kind !== 'blocked';
    for (const [selector, enabled] of [
      ['[data-download]', plan],
      ['[data-copy]', plan],
      ['[data-download-ics]', exported?.kind === 'complete'],
    ] as const) {
      const button = this.#q(selector);
      const disabled = String(!enabled);
      if (button.getAttribute('aria-disabled') !== disabled) button.setAttribute('aria-disabled', disabled);
    }
  }

  async #preview(): Promise<void> {
    const details = this.#q<HTMLDetailsElement>('[data-preview]');
    if (!details.open) return;
    const kind = this.#result?.export.kind;
    const yaml = kind && kind !== 'blocked' ? await this.#yaml() : this.#exportReason();
    this.#q('[data-yaml]').textContent = yaml ?? '';
  }

  async #download(): Promise<void> {
    const yaml = await this.#yaml();
    if (yaml === undefined) return;
    const url = URL.createObjectURL(new Blob([yaml], { type: 'application/yaml' }));
    const link = Object.assign(document.createElement('a'), {
      href: url,
      download: planFileName(this.#state),
    });
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  /**
   * Every dated step of the plan on screen as an iCalendar file: the exported plan judged by the
   * validator's own browser build, written as `csp-move calendar` writes it (same UIDs for the same file
   * name, so importing it again updates the events). Nothing leaves the page.
   */
  async #downloadCalendar(): Promise<void> {
    // Steps are dated only from a whole plan: a calendar of a plan with gaps would leave steps out unsaid.
    if (this.#result?.export.kind !== 'complete') {
      this.#say(this.#t('export.calendarIncomplete'));
      return;
    }
    const yaml = await this.#yaml();
    if (yaml === undefined) return;
    const path = planFileName(this.#state);
    const { calendarEntries, validateText, writeIcs } = await import('@csp-move/validator/browser');
    const result = validateText(yaml, { path, locale: this.#locale });
    const ics = writeIcs(calendarEntries([result]), { locale: this.#locale, stamp: new Date() });
    const url = URL.createObjectURL(new Blob([ics], { type: 'text/calendar' }));
    const link = Object.assign(document.createElement('a'), {
      href: url,
      download: path.replace(/\.plan\.yaml$/, '.ics'),
    });
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  async #copy(): Promise<void> {
    const yaml = await this.#yaml();
    if (yaml === undefined) return;
    try {
      await navigator.clipboard.writeText(yaml);
      this.#say(this.#t('export.copied'));
    } catch {
      this.#q<HTMLDetailsElement>('[data-preview]').open = true;
      this.#say(this.#t('export.copyFailed'));
    }
  }

  async #import(): Promise<void> {
    const start = performance.now();
    const input = this.#q<HTMLInputElement>('[data-import]');
    const file = input.files?.[0];
    if (!file) return;
    input.value = '';
    if (file.size > MAX_IMPORT) {
      this.#say(this.#t('import.tooBig', { file: file.name }));
      return;
    }
    const { parsePlanText } = await import('./yaml.ts');
    const parsed = parsePlanText(await file.text());
    if (!parsed.ok) {
      this.#say(this.#t('import.broken', { file: file.name, line: parsed.line, column: parsed.column }));
      return;
    }
    // Reading a long file is one piece of work, and writing the form another: input comes in between.
    await yieldToPage();
    const { state, dropped } = restoreState(parsed.data, todayLocal());
    this.#fromLink = false;
    this.#ownWork = true;
    this.#notice?.hide();
    await this.#load(state, start);
    const done = this.#t('import.done', { file: file.name });
    this.#say(
      dropped.length > 0
        ? `${done} ${this.#t('import.dropped', { list: dropped.map((p) => fieldLabel(this.#form.form, p)).join(', ') })}`
        : done,
    );
  }

  /** Fills the form from Microsoft Graph or Partner Center exports read in the page (from-export.ts). */
  async #startFromExport(files: File[]): Promise<void> {
    if (files.length === 0) return;
    const outcome = await planFromExports(files, this.#locale);
    if (outcome.kind === 'problems') {
      this.#say(this.#t('start.problems', { list: outcome.problems.join('; ') }));
      return;
    }
    if (outcome.kind === 'several') {
      this.#say(this.#t('start.several', { count: outcome.count }));
      return;
    }
    if (outcome.kind === 'nothing') {
      this.#say(this.#t('start.nothing', { list: outcome.leftOut.join(', ') }));
      return;
    }
    this.#fromLink = false;
    this.#ownWork = true;
    this.#notice?.hide();
    await this.#load(restoreState(outcome.data, todayLocal()).state);
    const done = this.#t('start.done', {
      files: files.map((f) => f.name).join(', '),
      list: outcome.toFill.map((pointer) => fieldLabel(this.#form.form, pointer)).join(', '),
    });
    const left =
      outcome.leftOut.length > 0 ? ` ${this.#t('start.leftOut', { list: outcome.leftOut.join(', ') })}` : '';
    this.#say(`${done}${left}`);
  }

  async #share(): Promise<void> {
    const { encodeFragment } = await import('./fragment.ts');
    const hash = await encodeFragment(this.#state);
    history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
    const link = this.#q<HTMLInputElement>('[data-share-link]');
    link.value = location.href;
    (this.#q('[data-share-box]') as HTMLElement).hidden = false;
    try {
      await navigator.clipboard.writeText(location.href);
      this.#say(this.#t('share.copied'));
    } catch {
      link.select();
      this.#say(this.#t('share.shown'));
    }
  }

  /**
   * A share link in the address: a link that cannot be read says why and leaves the form alone; a
   * readable one fills a fresh form at once, and asks first when the form holds the user's own work.
   */
  async #restoreFromHash(): Promise<void> {
    // The share-link code loads only for a page opened with a link.
    if (!location.hash.startsWith('#plan=')) return;
    const [{ decodeFragment }, { LinkNotice }] = await Promise.all([
      import('./fragment.ts'),
      import('./link-notice.ts'),
    ]);
    this.#notice ??= new LinkNotice(this.#q('[data-link-box]'), (key, values) => this.#t(key, values), {
      open: () => this.#openPending(),
      keep: () => this.#keepOwn(),
      undo: () => this.#undoLink(),
    });
    const reading = await decodeFragment(location.hash);
    if (reading === undefined) return;
    if (!reading.ok) {
      this.#notice?.problem(reading.problem);
      return;
    }
    const incoming = restoreState(reading.data, todayLocal()).state;
    if (!this.#ownWork) {
      void this.#openLink(incoming, false);
      return;
    }
    this.#pending = incoming;
    this.#notice?.ask(
      incoming.customer.name.trim() || this.#t('summary.unnamed'),
      countText(this.#locale, 'lines', incoming.subscriptions.length),
    );
  }

  async #openLink(state: CheckerState, undoable: boolean): Promise<void> {
    this.#before = undoable ? restoreState(this.#form.data(), todayLocal()).state : undefined;
    clearTimeout(this.#saving);
    this.#fromLink = true;
    await this.#load(state);
    this.#notice?.opened(undoable);
  }

  #openPending(): void {
    const state = this.#pending;
    this.#pending = undefined;
    if (state) void this.#openLink(state, true);
  }

  /** The user keeps their form: the link leaves the address, so a reload does not ask again. */
  #keepOwn(): void {
    this.#pending = undefined;
    history.replaceState(null, '', `${location.pathname}${location.search}`);
    this.#notice?.note('link.kept');
  }

  #undoLink(): void {
    const before = this.#before;
    if (!before) return;
    this.#before = undefined;
    this.#fromLink = false;
    history.replaceState(null, '', `${location.pathname}${location.search}`);
    void this.#load(before).then(() => this.#notice?.note('link.undone'));
  }

  #reset(): void {
    if (!window.confirm(this.#t('form.resetConfirm'))) return;
    history.replaceState(null, '', `${location.pathname}${location.search}`);
    (this.#q('[data-share-box]') as HTMLElement).hidden = true;
    this.#form.write(defaultState(todayLocal()));
    this.#form.markEdited(this.#followed);
    this.#attention = { touched: new Set(), editing: undefined };
    this.#fromLink = false;
    this.#ownWork = false;
    this.#notice?.hide();
    this.#update();
    clearTimeout(this.#saving);
    forget();
    this.#say(this.#t('form.resetDone'));
  }
}

customElements.define('csp-checker', CspChecker);
