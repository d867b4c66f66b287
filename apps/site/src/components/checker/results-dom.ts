import type { Catalog } from '@csp-move/rules/catalog';
import type { CalendarDate } from '@csp-move/rules/dates';
import { type Locale, SEVERITY_LABELS } from '@csp-move/rules/messages';
import { findingMessage, rules } from '@csp-move/rules/rules';
import { type Step, stepTitle } from '@csp-move/rules/timeline';
import { localePath } from '../../i18n/locale.ts';
import { el } from '../../lib/dom.ts';
import type { CheckResult } from './check.ts';
import { fieldId, fieldPointer } from './fields.ts';
import { setDescriptions } from './form-dom.ts';
import type { FormProblem } from './plan.ts';
import type { ClientStringKey } from './strings.ts';
import { layoutTimeline } from './timeline-layout.ts';
import { timelineModel } from './timeline-model.ts';
import { timelineSvg } from './timeline-svg.ts';
import type { Words } from './words.ts';

type Level = 'error' | 'warning' | 'info';
const LEVELS: Level[] = ['info', 'warning', 'error'];

/** One thing to say about the form, from a finding or a form problem. */
interface Note {
  severity: Level;
  message: string;
  pointer: string;
  /** Rule id, or `form/<problem code>` for a form problem. */
  code: string;
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
  }

  render(result: CheckResult): void {
    const notes = result.plan ? this.#findingNotes(result) : result.problems.map((p) => this.#problemNote(p));
    this.#verdict(result.verdict);
    this.#findings(notes);
    this.#marks(notes);
    this.#timeline(result);
    this.#checklist(result.steps);
  }

  #q<T extends HTMLElement>(selector: string): T {
    return this.#root.querySelector(selector) as T;
  }

  #verdict(verdict: CheckResult['verdict']): void {
    const box = this.#q('[data-verdict-box]');
    if (box.dataset.verdict === verdict && box.dataset.rendered) return;
    box.dataset.verdict = verdict;
    box.dataset.rendered = 'true';
    this.#q('[data-verdict-label]').textContent = this.#words.t(`verdict.${verdict}`);
    this.#q('[data-verdict-text]').textContent = this.#words.t(`verdict.${verdict}.text`);
  }

  #findingNotes(result: CheckResult): Note[] {
    return result.findings.map((f) => ({
      severity: f.severity,
      message: findingMessage(f, this.#locale, this.#catalog),
      pointer: f.pointer,
      code: f.rule,
    }));
  }

  #problemNote(problem: FormProblem): Note {
    const values = { field: this.#fieldLabel(problem.pointer), ...problem.params };
    return {
      severity: 'error',
      message: this.#words.t(`problem.${problem.code}`, values),
      pointer: problem.pointer,
      code: `form/${problem.code}`,
    };
  }

  /** "Subscription 2 › Licences": the field's label, with its line when it is in one. */
  #fieldLabel(pointer: string): string {
    const field = fieldPointer(pointer) ?? pointer;
    const control = this.#form.querySelector(`#${CSS.escape(fieldId(field))}`);
    const label = control?.closest('[data-field-box]')?.querySelector('label')?.textContent?.trim() ?? field;
    const legend = control?.closest('[data-line]')?.querySelector('[data-line-legend]')?.textContent;
    return legend ? `${legend} › ${label}` : label;
  }

  #findings(notes: Note[]): void {
    const list = this.#q('[data-findings]');
    if (notes.length === 0) {
      list.replaceChildren(el('li', { className: 'cm-none' }, this.#words.t('findings.none')));
      return;
    }
    list.replaceChildren(
      ...notes.map((note) => {
        const item = el(
          'li',
          {
            className: 'cm-finding',
            dataset: { rule: note.code, severity: note.severity, pointer: note.pointer },
          },
          el('span', { className: 'cm-badge' }, SEVERITY_LABELS[note.severity][this.#locale]),
          ' ',
          el('span', { className: 'cm-message' }, note.message),
        );
        const links = el('span', { className: 'cm-links' });
        const rule = rules[note.code as keyof typeof rules];
        if (rule) {
          links.append(
            el('a', { href: localePath(`/rules/${rule.id}/`, this.#locale) }, rule.title[this.#locale]),
          );
        }
        const field = fieldPointer(note.pointer);
        if (field && this.#form.querySelector(`#${CSS.escape(fieldId(field))}`)) {
          links.append(
            el(
              'a',
              { href: `#${fieldId(field)}`, dataset: { focusField: fieldId(field) } },
              this.#words.t('finding.field'),
            ),
          );
        }
        if (links.childElementCount > 0) item.append(' ', links);
        return item;
      }),
    );
  }

  /** Marks each field a note is about and puts the notes' messages under it. */
  #marks(notes: Note[]): void {
    for (const issue of this.#form.querySelectorAll('[data-issue]')) {
      const box = issue.closest<HTMLElement>('[data-field-box]');
      issue.remove();
      const control = box?.querySelector<HTMLElement>('[data-field]');
      if (box) delete box.dataset.severity;
      if (control) {
        control.removeAttribute('aria-invalid');
        setDescriptions(control, describedWithout(control, `${control.id}-issue`));
      }
    }
    const byField = new Map<string, Note[]>();
    for (const note of notes) {
      const field = fieldPointer(note.pointer);
      if (field) byField.set(field, [...(byField.get(field) ?? []), note]);
    }
    for (const [field, fieldNotes] of byField) {
      const control = this.#form.querySelector<HTMLElement>(`#${CSS.escape(fieldId(field))}`);
      const box = control?.closest<HTMLElement>('[data-field-box]');
      if (!control || !box) continue;
      const worst = fieldNotes
        .map((n) => n.severity)
        .sort((a, b) => LEVELS.indexOf(b) - LEVELS.indexOf(a))[0] as Level;
      box.dataset.severity = worst;
      if (worst === 'error') control.setAttribute('aria-invalid', 'true');
      const issue = el('p', { className: 'cm-issue', id: `${control.id}-issue`, dataset: { issue: '' } });
      issue.append(...fieldNotes.map((n) => el('span', {}, n.message)));
      box.append(issue);
      setDescriptions(control, describedWithout(control, issue.id));
    }
  }

  #timeline(result: CheckResult): void {
    const box = this.#q('[data-timeline]');
    if (!result.plan) {
      box.replaceChildren(el('p', { className: 'cm-none' }, this.#words.t('timeline.empty')));
      return;
    }
    const t = (key: ClientStringKey) => this.#words.t(key);
    const model = timelineModel(result.plan, this.#catalog, result.plan.asOf ?? todayLocal());
    const layout = layoutTimeline(model, Math.max(300, Math.floor(box.clientWidth) || 640), {
      source: t('timeline.source'),
      grace: t('timeline.grace'),
      cancel: t('timeline.cancel'),
      target: t('timeline.target'),
      gap: t('timeline.gap'),
      today: t('timeline.today'),
      accepted: t('timeline.accepted'),
      date: (d) => d,
      month: (d) => this.#month.format(Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, 1)),
      offer: (id) => this.#catalog.offerName(id, this.#locale),
    });
    box.innerHTML = timelineSvg(layout, `${t('timeline.heading')}: ${t('timeline.summary')}`);
  }

  #checklist(steps: Step[]): void {
    const list = this.#q('[data-checklist]');
    if (steps.length === 0) {
      list.replaceChildren(el('li', { className: 'cm-none' }, this.#words.t('checklist.empty')));
      return;
    }
    list.replaceChildren(
      ...steps.map((step) => {
        const when =
          step.date ??
          (step.due ? this.#words.t('checklist.by', { date: step.due }) : this.#words.t('checklist.undated'));
        const item = el(
          'li',
          { dataset: { step: step.id, kind: step.kind, done: String(step.done) } },
          el('span', { className: 'cm-when' }, when),
          ' ',
          el('span', {}, stepTitle(step, this.#locale, this.#catalog)),
        );
        if (step.done)
          item.append(' ', el('span', { className: 'cm-done' }, `(${this.#words.t('checklist.done')})`));
        return item;
      }),
    );
  }
}

function describedWithout(control: HTMLElement, id: string): string[] {
  return (control.getAttribute('aria-describedby') ?? '').split(' ').filter((x) => x && x !== id);
}

/** Today in the partner's own time zone: the day they are looking at. */
export function todayLocal(now = new Date()): CalendarDate {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
