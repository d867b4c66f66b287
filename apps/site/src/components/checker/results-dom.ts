import type { Catalog } from '@csp-move/rules/catalog';
import { countText, type Locale, localePath, SEVERITY_LABELS } from '@csp-move/rules/messages';
import { findingMessage, inRuleGroup, rules } from '@csp-move/rules/rules';
import type { PlanStep } from '@csp-move/rules/steps';
import { stepTitle } from '@csp-move/rules/timeline';
import { el } from '../../lib/dom.ts';
import { reconcile, setText } from '../../lib/keyed.ts';
import type { CheckResult } from './check.ts';
import { fieldId, fieldPointer } from './fields.ts';
import { fieldLabel, hasField, setDescriptions } from './form-dom.ts';
import { planField } from './form-model.ts';
import type { FormProblem } from './plan.ts';
import { type ClientStringKey, FORMAT_HINTS } from './strings.ts';
import { layoutTimeline } from './timeline-layout.ts';
import { timelineModel } from './timeline-model.ts';
import { timelineSvg } from './timeline-svg.ts';
import type { Words } from './words.ts';

type Level = 'error' | 'warning' | 'info';

/** Most unanswered questions the verdict names; the findings list every one. */
const MISSING_NAMED = 3;

/** The steps a line's `done` list can record: the checklist asks "was this done?" for these. */
const RECORDED: ReadonlySet<string> = new Set(
  planField('subscriptions[].done').schema.items?.enum as string[],
);
const LEVELS: Level[] = ['info', 'warning', 'error'];

/** One thing to say about the form, from a finding or a form problem. */
interface Note {
  /** `todo`: a required field nobody has filled in yet, which is not an error yet. */
  severity: Level | 'todo';
  message: string;
  pointer: string;
  /** Rule id, or `form/<problem code>` for a form problem. */
  code: string;
  /** Target offers (one list per choice) that would resolve the finding. */
  fixes?: string[][];
}

/** What the form's user has done so far, which decides how loud a problem is. */
export interface Attention {
  /** Controls the user has left at least once (by name); `all` after a plan was loaded. */
  touched: Set<string> | 'all';
  /** The control being typed in, judged only when the user leaves it. */
  editing: string | undefined;
}

/** Findings that mean users would be left without licences: the checklist is then no to-do list. */
/**
 * The message for a form problem: for a value not in the expected form, the form the field expects,
 * with an example, where the field has one.
 */
function problemKey(problem: FormProblem): ClientStringKey {
  if (problem.code !== 'format') return `problem.${problem.code}`;
  const name = fieldPointer(problem.pointer)?.split('/').at(-1)?.replace(/^\d+$/, 'offer');
  return (FORMAT_HINTS as readonly string[]).includes(`problem.format.${name}`)
    ? (`problem.format.${name}` as ClientStringKey)
    : 'problem.format';
}

/** Renders what the checker found: verdict, findings, field marks, timeline and checklist. */
export class ResultsView {
  readonly #root: HTMLElement;
  readonly #form: HTMLFormElement;
  readonly #locale: Locale;
  readonly #catalog: Catalog;
  readonly #words: Words;
  readonly #month: Intl.DateTimeFormat;

  constructor(root: HTMLElement, form: HTMLFormElement, locale: Locale, catalog: Catalog, words: Words) {
    this.#root = root;
    this.#form = form;
    this.#locale = locale;
    this.#catalog = catalog;
    this.#words = words;
    this.#month = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', timeZone: 'UTC' });
    root.querySelector('[data-more-steps]')?.addEventListener('click', () => {
      this.#allSteps = true;
      if (this.#last) this.#checklist(this.#last.steps, this.#last.plan);
      // The button goes away: the focus goes on to the first step it showed.
      const next = this.#q('[data-checklist]').children[FIRST_STEPS] as HTMLElement | undefined;
      next?.setAttribute('tabindex', '-1');
      next?.focus();
    });
    root.querySelector('[data-more-rows]')?.addEventListener('click', () => {
      this.#allRows = true;
      if (this.#last) this.#timeline(this.#last);
      // The button goes away: the focus goes to the drawing, which now has every subscription.
      const box = this.#q('[data-timeline]');
      box.setAttribute('tabindex', '-1');
      box.focus();
    });
  }

  /** The answer last drawn, for drawing the rest of its checklist or timeline when asked. */
  #last: CheckResult | undefined;
  /** Whether the whole checklist of a long plan was asked for. */
  #allSteps = false;
  /** Whether the whole timeline of a long plan was asked for. */
  #allRows = false;

  #quiet: string | undefined;
  readonly #boxes = new Map<string, HTMLElement>();
  /** The issue messages this view has put under fields, by field. */
  readonly #issues = new Map<string, HTMLElement>();
  /** What each checklist item was last drawn from, so an unchanged step is not worded again. */
  readonly #drawn = new WeakMap<HTMLElement, string>();
  #svg = '';
  #legend: HTMLElement[] | undefined;
  #width = 0;

  /** A plan opened anew starts with the first steps of its checklist and the first rows of its timeline again. */
  foldLong(): void {
    this.#allSteps = false;
    this.#allRows = false;
  }

  /** The timeline box's width, as a ResizeObserver reports it. */
  setTimelineWidth(width: number): void {
    this.#width = width;
  }

  render(result: CheckResult, attention: Attention = { touched: 'all', editing: undefined }): void {
    this.#quiet = attention.editing;
    this.#byId = undefined;
    this.#last = result;
    const notes = result.plan
      ? this.#findingNotes(result)
      : result.problems.map((p) => this.#problemNote(p, attention.touched));
    const unanswered = result.plan ? [] : result.problems.filter((p) => p.code === 'required');
    const onlyUnanswered = unanswered.length > 0 && unanswered.length === result.problems.length;
    this.#verdict(onlyUnanswered ? 'unanswered' : result.verdict);
    this.#missing(unanswered.map((p) => p.pointer));
    this.#nextStep(result);
    this.#findings(notes);
    this.#marks(notes);
    this.#timeline(result);
    this.#checklist(result.steps, result.plan);
    // A plan that leaves users without licences is not a to-do list yet: say so above the steps.
    const gap = result.findings.some((f) => inRuleGroup(f.rule, 'access-gap'));
    const note = this.#q('[data-checklist-note]');
    if (note.hidden === gap) note.hidden = !gap;
    const list = this.#q('[data-checklist]');
    if ((list.dataset.gap === 'true') !== gap) list.dataset.gap = String(gap);
  }

  /** The results' own boxes never change; looking them up once spares a walk over the long form. */
  #q<T extends HTMLElement>(selector: string): T {
    let found = this.#boxes.get(selector);
    if (!found?.isConnected) {
      found = this.#root.querySelector(selector) as HTMLElement;
      if (found) this.#boxes.set(selector, found);
    }
    return found as T;
  }

  /**
   * A form control by its field's pointer. The form's controls are mapped by id once per render: a
   * document lookup per finding cost a second each with a thousand lines and hundreds of findings.
   */
  #control(field: string): HTMLElement | null {
    if (!this.#byId) {
      this.#byId = new Map();
      for (const control of this.#form.elements)
        if (control.id) this.#byId.set(control.id, control as HTMLElement);
    }
    return this.#byId.get(fieldId(field)) ?? null;
  }

  /** The form's controls by id, for this render (lines come and go between renders). */
  #byId: Map<string, HTMLElement> | undefined;

  /** `unanswered`: the form is incomplete only because questions are not answered yet (no wrong value). */
  #verdict(verdict: CheckResult['verdict'] | 'unanswered'): void {
    const box = this.#q('[data-verdict-box]');
    if (box.dataset.shown === verdict) return;
    box.dataset.verdict = verdict === 'unanswered' ? 'invalid' : verdict;
    box.dataset.shown = verdict;
    this.#q('[data-verdict-label]').textContent = this.#words.t(`verdict.${verdict}`);
    // Not answered yet: the list of what is missing (#missing) says it all, and keeps the bar short.
    this.#q('[data-verdict-text]').textContent =
      verdict === 'unanswered' ? '' : this.#words.t(`verdict.${verdict}.text`);
  }

  /** In the verdict, the questions not answered yet, by label: each a link that takes the focus there. */
  #missing(pointers: string[]): void {
    const box = this.#q('[data-verdict-missing]');
    const key = pointers.join(' ');
    if (box.dataset.pointers === key) return;
    box.dataset.pointers = key;
    box.hidden = pointers.length === 0;
    const shown = pointers.slice(0, MISSING_NAMED);
    const separator = this.#words.t('list.separator');
    const links = shown.flatMap((pointer, i) => {
      const id = fieldId(fieldPointer(pointer) ?? pointer);
      const link = el('a', { href: `#${id}`, dataset: { focusField: id } }, fieldLabel(this.#form, pointer));
      return i === 0 ? [link] : [separator, link];
    });
    const more = pointers.length - shown.length;
    // The sentence is worded with a mark where the links go, so each language orders it its own way.
    const mark = '\u0000';
    const list = more > 0 ? this.#words.t('verdict.missingMore', { list: mark, count: more }) : mark;
    const [before = '', after = ''] = this.#words.t('verdict.missing', { list }).split(mark);
    box.replaceChildren(before, ...links, after);
  }

  /** Under a verdict that is not blocked: the next step and its date, the same as `csp-move explain`. */
  #nextStep(result: CheckResult): void {
    const box = this.#q('[data-next-step]');
    const next = result.nextStep;
    const step = next && result.steps.find((s) => s.id === next.id);
    const shown = result.verdict !== 'invalid' && result.verdict !== 'blocked' && step && next.date;
    const text = shown
      ? this.#words.t(next.state === 'overdue' ? 'next.overdue' : 'next.step', {
          date: next.date as string,
          step: stepTitle(step, this.#locale, this.#catalog),
        })
      : '';
    if (box.textContent !== text) box.textContent = text;
    if (box.hidden === !shown) return;
    box.hidden = !shown;
  }

  #findingNotes(result: CheckResult): Note[] {
    return result.findings.map((f) => ({
      severity: f.severity,
      message: findingMessage(f, this.#locale, this.#catalog),
      pointer: f.pointer,
      code: f.rule,
      // A finding of an offer-replacement rule names an offer that a catalogued replacement can stand in
      // for, in one click.
      ...(inRuleGroup(f.rule, 'offer-replacement')
        ? { fixes: this.#offerFixes(String(f.params.offer ?? '')) }
        : {}),
    }));
  }

  /** The catalogued replacements of an offer, or its current self when it has none. */
  #offerFixes(offer: string): string[][] {
    const record = this.#catalog.offer(offer);
    if (!record) return [];
    const current = (id: string) => this.#catalog.offer(id)?.renamedTo ?? id;
    const fixes = (record.replacements ?? []).map((r) => r.offers.map(current));
    if (fixes.length === 0 && record.status === 'active') fixes.push([current(offer)]);
    return fixes;
  }

  #problemNote(problem: FormProblem, touched: Attention['touched']): Note {
    const values = { field: fieldLabel(this.#form, problem.pointer), ...problem.params };
    const field = fieldPointer(problem.pointer);
    const pristine =
      problem.code === 'required' && touched !== 'all' && !touched.has(field ?? problem.pointer);
    return {
      severity: pristine ? 'todo' : 'error',
      message: this.#words.t(problemKey(problem), values),
      pointer: problem.pointer,
      code: `form/${problem.code}`,
    };
  }

  #findings(notes: Note[]): void {
    const list = this.#q('[data-findings]');
    const items: (Note | undefined)[] = notes.length === 0 ? [undefined] : notes;
    reconcile(list, items, {
      key: (note) => (note ? `${note.code} ${note.pointer}` : 'none'),
      create: (note) => (note ? this.#findingItem(note) : el('li', { className: 'cm-none' })),
      update: (node, note) => {
        if (note) this.#updateFinding(node, note);
        else setText(node, this.#words.t('findings.none'));
      },
    });
  }

  /** A finding's item: badge, message, links to its rule and field, and its one-click fixes. */
  #findingItem(note: Note): HTMLElement {
    const item = el(
      'li',
      { className: 'cm-finding', dataset: { rule: note.code, pointer: note.pointer } },
      el('span', { className: 'cm-badge' }),
      ' ',
      el('span', { className: 'cm-message' }),
    );
    const links = el('span', { className: 'cm-links' });
    const rule = rules[note.code as keyof typeof rules];
    if (rule) {
      links.append(
        el('a', { href: localePath(`/rules/${rule.id}/`, this.#locale) }, rule.title[this.#locale]),
      );
    }
    const field = fieldPointer(note.pointer);
    // A field of a folded line has no element yet: its link builds the line (checker-element.ts).
    if (field && (this.#control(field) || hasField(this.#form, field))) {
      links.append(
        el(
          'a',
          { href: `#${fieldId(field)}`, dataset: { focusField: fieldId(field) } },
          this.#words.t('finding.field'),
        ),
      );
    }
    if (links.childElementCount > 0) item.append(' ', links);
    item.append(el('span', { className: 'cm-fixes', dataset: { fixes: '' } }));
    return item;
  }

  /** Updates what may change while a finding stays: its severity, wording and fixes. */
  #updateFinding(item: HTMLElement, note: Note): void {
    if (item.dataset.severity !== note.severity) item.dataset.severity = note.severity;
    const badge =
      note.severity === 'todo' ? this.#words.t('finding.todo') : SEVERITY_LABELS[note.severity][this.#locale];
    setText(item.querySelector('.cm-badge'), badge);
    setText(item.querySelector('.cm-message'), note.message);
    const fixes = item.querySelector<HTMLElement>('[data-fixes]') as HTMLElement;
    const wanted = (note.fixes ?? []).map((offers) => offers.join(' ')).join('|');
    if (fixes.dataset.fixes === wanted) return;
    fixes.dataset.fixes = wanted;
    fixes.replaceChildren(
      ...(wanted ? [el('span', { className: 'cm-fixes-label' }, this.#words.t('finding.replacements'))] : []),
      ...(note.fixes ?? []).map((offers) =>
        el(
          'button',
          {
            type: 'button',
            className: 'cm-button cm-secondary cm-fix',
            dataset: { useOffers: offers.join(' '), fixLine: note.pointer.split('/')[2] ?? '' },
          },
          this.#words.t('finding.use', {
            offers: offers.map((id) => this.#catalog.offerName(id, this.#locale)).join(' + '),
          }),
        ),
      ),
    );
  }

  /** Marks each field a note is about and puts the notes' messages under it. */
  #marks(notes: Note[]): void {
    const byField = new Map<string, Note[]>();
    for (const note of notes) {
      const field = fieldPointer(note.pointer);
      // A field being typed in is judged when the user leaves it; an untouched one is not yet wrong.
      if (!field || note.severity === 'todo' || field === this.#quiet) continue;
      byField.set(field, [...(byField.get(field) ?? []), note]);
    }
    for (const [field, issue] of this.#issues) {
      // Renumbered lines move fields under other pointers: an issue stays only under its own field.
      const home = byField.has(field) ? this.#control(field)?.closest('[data-field-box]') : undefined;
      if (home && issue.parentElement === home) continue;
      this.#issues.delete(field);
      if (!issue.isConnected) continue;
      const box = issue.closest<HTMLElement>('[data-field-box]');
      issue.remove();
      const control = box?.querySelector<HTMLElement>('[data-field]');
      if (box) delete box.dataset.severity;
      if (control) {
        control.removeAttribute('aria-invalid');
        setDescriptions(control, describedWithout(control, `${control.id}-issue`));
      }
    }
    for (const [field, fieldNotes] of byField) {
      const control = this.#control(field);
      const box = control?.closest<HTMLElement>('[data-field-box]');
      if (!control || !box) continue;
      const worst = fieldNotes
        .map((n) => n.severity)
        .sort((a, b) => LEVELS.indexOf(b as Level) - LEVELS.indexOf(a as Level))[0] as Level;
      if (box.dataset.severity !== worst) box.dataset.severity = worst;
      if (worst === 'error') control.setAttribute('aria-invalid', 'true');
      else control.removeAttribute('aria-invalid');
      let issue = box.querySelector<HTMLElement>(':scope > [data-issue]');
      if (issue && issue.dataset.issue !== field) {
        issue.remove();
        issue = null;
      }
      if (!issue) {
        issue = el('p', { className: 'cm-issue', id: `${control.id}-issue`, dataset: { issue: field } });
        box.append(issue);
      }
      this.#issues.set(field, issue);
      const text = fieldNotes.map((n) => n.message);
      if ([...issue.children].map((c) => c.textContent).join('\n') !== text.join('\n')) {
        issue.replaceChildren(...text.map((t) => el('span', {}, t)));
      }
      setDescriptions(control, describedWithout(control, issue.id));
    }
  }

  #timeline(result: CheckResult): void {
    const box = this.#q('[data-timeline]');
    if (!result.plan) {
      this.#svg = '';
      box.replaceChildren(el('p', { className: 'cm-none' }, this.#words.t('timeline.empty')));
      return;
    }
    const t = (key: ClientStringKey) => this.#words.t(key);
    const whole = timelineModel(result.plan, this.#catalog, result.plan.asOf ?? todayLocal());
    // A long plan's timeline draws its first subscriptions, on the axis of all of them: a thousand rows
    // are a drawing 52,000 pixels tall that takes the page a tenth of a second to lay out.
    const cut = !this.#allRows && whole.rows.length > TIMELINE_ROWS;
    const more = this.#q<HTMLButtonElement>('[data-more-rows]');
    if (more.hidden === cut) more.hidden = !cut;
    setText(more, cut ? this.#words.t('timeline.more', { count: whole.rows.length }) : '');
    const model = cut ? { ...whole, rows: whole.rows.slice(0, TIMELINE_ROWS) } : whole;
    // Reading the box's width after the writes above would lay out the whole page on every key; the
    // width comes from the ResizeObserver instead, and is read only once before it first reports.
    if (this.#width === 0) this.#width = box.clientWidth;
    const layout = layoutTimeline(model, Math.max(300, Math.floor(this.#width) || 640), {
      source: t('timeline.source'),
      grace: t('timeline.grace'),
      extended: t('timeline.extended'),
      cancel: t('timeline.cancel'),
      target: t('timeline.target'),
      gap: t('timeline.gap'),
      today: t('timeline.today'),
      accepted: t('timeline.accepted'),
      date: (d) => d,
      month: (d) => this.#month.format(Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, 1)),
      offer: (id) => this.#catalog.offerName(id, this.#locale),
      days: (n) => countText(this.#locale, 'days', n),
    });
    // The legend explains only what this drawing shows.
    const drawn = new Set<string>(layout.shapes.map((shape) => shape.kind));
    this.#legend ??= [...this.#root.querySelectorAll<HTMLElement>('[data-legend]')];
    for (const item of this.#legend) {
      const hidden = !drawn.has(item.dataset.legend as string);
      if (item.hidden !== hidden) item.hidden = hidden;
    }
    const svg = timelineSvg(layout, `${t('timeline.heading')}: ${t('timeline.summary')}`);
    // Most edits leave the drawing as it was; parsing it again would cost a frame on long plans.
    if (svg !== this.#svg || !box.firstElementChild) {
      this.#svg = svg;
      box.innerHTML = svg;
    }
  }

  /**
   * The rules' steps, each dated once as `csp-move explain` dates it: the planned day while it is
   * upcoming, the due day once it is overdue, the day it was done.
   */
  #checklist(steps: PlanStep[], plan: CheckResult['plan']): void {
    const list = this.#q('[data-checklist]');
    // A long plan's checklist starts with its first steps (the soonest): thousands of steps would take
    // the page a second to lay out, and the rest are one click away.
    const cut = !this.#allSteps && steps.length > MAX_STEPS;
    const more = this.#q<HTMLButtonElement>('[data-more-steps]');
    if (more.hidden === cut) more.hidden = !cut;
    setText(more, cut ? this.#words.t('checklist.more', { count: steps.length }) : '');
    const shown = cut ? steps.slice(0, FIRST_STEPS) : steps;
    const items: (PlanStep | undefined)[] = shown.length === 0 ? [undefined] : shown;
    reconcile(list, items, {
      key: (step) => step?.id ?? 'none',
      create: (step) =>
        step
          ? el(
              'li',
              { dataset: { step: step.id, kind: step.kind } },
              el('span', { className: 'cm-when' }),
              ' ',
              el('span', { className: 'cm-step' }),
              el('span', { className: 'cm-done' }),
              el('span', { className: 'cm-ask' }),
            )
          : el('li', { className: 'cm-none' }),
      update: (node, step) => {
        if (!step) {
          setText(node, this.#words.t('checklist.empty'));
          return;
        }
        const line = this.#recordable(step, plan);
        const drawn = `${JSON.stringify(step)} ${line?.recorded}`;
        if (this.#drawn.get(node) === drawn) return;
        this.#drawn.set(node, drawn);
        const title = stepTitle(step, this.#locale, this.#catalog);
        const day = step.state === 'overdue' ? (step.due ?? step.date) : (step.date ?? step.due);
        // A step whose title already names its day is not dated again in front of it.
        const when =
          step.state === 'overdue' && step.due
            ? this.#words.t('checklist.overdue', { date: step.due })
            : day === undefined
              ? this.#words.t('checklist.undated')
              : title.includes(day)
                ? this.#words.t('checklist.deadline')
                : step.date === day
                  ? day
                  : this.#words.t('checklist.by', { date: day });
        const done = step.state === 'done';
        if (node.dataset.done !== String(done)) node.dataset.done = String(done);
        if (node.dataset.state !== step.state) node.dataset.state = step.state;
        setText(node.querySelector('.cm-when'), when);
        setText(node.querySelector('.cm-step'), title);
        setText(node.querySelector('.cm-done'), done ? ` (${this.#words.t('checklist.done')})` : '');
        (node.querySelector('.cm-ask') as HTMLElement).replaceChildren(...this.#ask(step, line));
      },
    });
  }

  /**
   * The line whose `done` list can record this step (by its index), and whether it does: the steps a
   * partner does by hand, which are done only once the plan says so.
   */
  #recordable(step: PlanStep, plan: CheckResult['plan']): { index: number; recorded: boolean } | undefined {
    const index = Number(/^\/subscriptions\/(\d+)/.exec(step.pointer)?.[1] ?? Number.NaN);
    const line = plan?.subscriptions[index];
    if (!line || !RECORDED.has(step.kind)) return undefined;
    return { index, recorded: (line.done as readonly string[] | undefined)?.includes(step.kind) ?? false };
  }

  /**
   * What a step asks of the user: an overdue step "was this done?", with a button that records it (in
   * the line's `done` list) or a link to the field that says it; a step recorded as done, a way back.
   */
  #ask(step: PlanStep, line: { index: number; recorded: boolean } | undefined): (Node | string)[] {
    const button = (key: ClientStringKey, action: 'markDone' | 'unmarkDone', index: number) =>
      el(
        'button',
        {
          type: 'button',
          className: 'cm-button cm-secondary cm-ask-button',
          dataset: { [action]: `${index} ${step.kind}` },
        },
        this.#words.t(key),
      );
    if (step.state === 'done')
      return line?.recorded ? [' ', button('checklist.notDone', 'unmarkDone', line.index)] : [];
    if (step.state !== 'overdue') return [];
    const question = el('span', { className: 'cm-question' }, this.#words.t('checklist.ask'));
    if (line) return [' ', question, ' ', button('checklist.markDone', 'markDone', line.index)];
    const field = fieldPointer(step.pointer);
    if (!field || !this.#control(field)) return [];
    const link = el(
      'a',
      { href: `#${fieldId(field)}`, dataset: { focusField: fieldId(field) } },
      this.#words.t('checklist.recordIn', { field: fieldLabel(this.#form, field) }),
    );
    return [' ', question, ' ', link];
  }
}

/** Most steps a checklist shows all of; a longer one shows its first `first` until asked for all. */
export const CHECKLIST_LIMIT = { all: 100, first: 50 } as const;
const { all: MAX_STEPS, first: FIRST_STEPS } = CHECKLIST_LIMIT;
/** Most subscriptions a timeline draws until asked for all. */
export const TIMELINE_ROWS = 20;

function describedWithout(control: HTMLElement, id: string): string[] {
  return (control.getAttribute('aria-describedby') ?? '').split(' ').filter((x) => x && x !== id);
}

/** Today in the partner's own time zone: the day they are looking at. */
import { todayLocal } from './today.ts';

export { todayLocal };
