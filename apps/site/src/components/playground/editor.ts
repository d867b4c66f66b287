import { isLocale, type Locale, SEVERITY_LABELS, VERDICT_LABELS } from '@csp-move/rules/messages';
import {
  applyFix,
  type Diagnostic,
  type FileResult,
  type Fix,
  rulesWait,
  validateText,
} from '@csp-move/validator/browser';
import { el } from '../../lib/dom.ts';
import { withInlineCode } from '../../lib/inline-code.ts';
import { readPageData } from '../checker/page-data.ts';
import { fill } from '../checker/template.ts';
import { fitsLimit, MAX_PLAN_BYTES } from './input-limit.ts';
import { lineSeverities, lineStarts, offsetAt, position, segments, sitePath } from './marks.ts';
import { planFileNameOf, suggestedOffer } from './plan-text.ts';
import type { PlaygroundStringKey, PlaygroundStrings } from './strings.ts';

/** Characters from which a paste over a selection deletes the selection first (see #guard). */
const LONG_PASTE = 64 * 1024;

/** Names of the User Timing measure each validation records, for the browser tests to read. */
const VALIDATE_MEASURE = 'csp-playground:validate';

interface PageData {
  strings: PlaygroundStrings;
  /** Every offer id of the built-in catalog. */
  offerIds: string[];
  examples: Record<string, string>;
}

/**
 * The playground's editor: a textarea with a line-number gutter and a layer behind the text that
 * underlines each diagnostic's range. Every edit re-validates with the validator's browser entry, the
 * same code as `csp-move validate`, so the list shows the CLI's messages, ranges and fixes.
 */
export class PlaygroundEditor {
  readonly #root: HTMLElement;
  readonly #locale: Locale;
  readonly #data: PageData;
  readonly #text: HTMLTextAreaElement;
  readonly #gutter: HTMLElement;
  readonly #layer: HTMLElement;
  #result: FileResult | undefined;
  #timer = 0;
  #gutterKey = '';
  #fixes: Fix[][] = [];

  constructor(root: HTMLElement) {
    this.#root = root;
    const locale = root.dataset.locale;
    this.#locale = isLocale(locale) ? locale : 'en';
    this.#data = readPageData<PageData>(root);
    this.#text = this.#q<HTMLTextAreaElement>('[data-text]');
    this.#gutter = this.#q('[data-gutter]');
    this.#layer = this.#q('[data-layer]');
  }

  start(): void {
    this.#text.addEventListener('input', () => {
      // What the last fix or file said no longer describes the text once it is edited.
      this.#say('');
      this.#schedule();
    });
    this.#text.addEventListener('scroll', () => this.#syncScroll());
    // Text larger than a plan can be is refused before the editor takes it in.
    this.#text.addEventListener('paste', (event) =>
      this.#guard(event, event.clipboardData?.getData('text/plain') ?? ''),
    );
    this.#text.addEventListener('drop', (event) =>
      this.#guard(event, event.dataTransfer?.getData('text/plain') ?? ''),
    );
    this.#q('[data-example]').addEventListener('change', () => this.#loadExample());
    this.#q('[data-open]').addEventListener('change', () => void this.#open());
    this.#q('[data-download]').addEventListener('click', () => this.#download());
    this.#q('[data-diagnostics]').addEventListener('click', (event) => this.#onListClick(event));
    this.#validate();
  }

  /** Stops a paste or drop that would make the plan larger than MAX_PLAN_BYTES, and says why. */
  #guard(event: Event, inserted: string): void {
    const { value, selectionStart, selectionEnd } = this.#text;
    if (fitsLimit(value, selectionStart, selectionEnd, inserted)) {
      // Chromium replaces a selection with a long paste in time that grows faster than the text (1.7 s
      // for a 300 KB plan over the selected text, 0.3 s into an empty selection): the selection is
      // deleted first, as an edit of its own that undo takes back, and the paste goes in as usual.
      if (event.type === 'paste' && selectionEnd > selectionStart && inserted.length > LONG_PASTE)
        document.execCommand('delete');
      return;
    }
    event.preventDefault();
    this.#say(this.#t('paste.tooBig'));
  }

  #q<T extends HTMLElement = HTMLElement>(selector: string): T {
    return this.#root.querySelector(selector) as T;
  }

  #t(key: PlaygroundStringKey, values?: Record<string, string | number>): string {
    return fill(this.#data.strings[key], values);
  }

  #say(message: string): void {
    this.#q('[data-message]').textContent = message;
  }

  /** Validates once typing pauses, so a long file does not re-validate on every key. */
  #schedule(): void {
    this.#renderGutter(this.#result?.diagnostics ?? []);
    this.#syncScroll();
    clearTimeout(this.#timer);
    this.#timer = window.setTimeout(() => this.#validate(), 120);
  }

  #validate(): void {
    clearTimeout(this.#timer);
    const text = this.#text.value;
    const start = performance.now();
    this.#result = validateText(text, { locale: this.#locale, path: 'plan.yaml' });
    performance.clearMeasures(VALIDATE_MEASURE);
    performance.measure(VALIDATE_MEASURE, { start, end: performance.now() });
    this.#render(text, this.#result);
  }

  #render(text: string, result: FileResult): void {
    const box = this.#q('[data-verdict-box]');
    box.dataset.verdict = result.verdict;
    this.#q('[data-verdict-label]').textContent = VERDICT_LABELS[result.verdict][this.#locale];
    const count = (s: Diagnostic['severity']) => result.diagnostics.filter((d) => d.severity === s).length;
    this.#q('[data-summary]').textContent = this.#t('summary', {
      errors: count('error'),
      warnings: count('warning'),
      infos: count('info'),
    });
    // The rules judge only a valid plan, as in the CLI: the page says so in the CLI's own words.
    const wait = this.#q('[data-rules-wait]');
    wait.hidden = result.verdict !== 'invalid';
    wait.textContent = wait.hidden ? '' : rulesWait(this.#locale);
    this.#renderGutter(result.diagnostics);
    this.#layer.replaceChildren(
      ...segments(text, result.diagnostics).map((s) =>
        s.severity ? el('mark', { dataset: { severity: s.severity } }, s.text) : s.text,
      ),
      // A trailing newline needs a character after it to take up its line, as it does in the textarea.
      ' ',
    );
    this.#renderList(result.diagnostics);
    this.#syncScroll();
  }

  /** Line numbers, with the worst severity of each line marked. */
  #renderGutter(diagnostics: readonly Diagnostic[]): void {
    const lines = lineStarts(this.#text.value).length;
    const severities = lineSeverities(diagnostics, lines);
    const key = `${lines}|${severities.join(',')}`;
    if (key === this.#gutterKey) return;
    this.#gutterKey = key;
    this.#gutter.replaceChildren(
      ...Array.from({ length: lines }, (_, i) => {
        const severity = severities[i + 1];
        return el('div', severity ? { dataset: { severity, line: String(i + 1) } } : {}, String(i + 1));
      }),
    );
  }

  /**
   * The fixes of each diagnostic: the validator's, plus for an unknown offer the catalog id it comes
   * closest to ("did you mean"), as an edit of the id in place.
   */
  #fixesOf(text: string, diagnostics: readonly Diagnostic[]): Fix[][] {
    const starts = lineStarts(text);
    return diagnostics.map((d) => {
      const fixes = [...(d.fixes ?? [])];
      if (d.rule !== 'unknown-offer') return fixes;
      const { start, end } = d.range;
      const typed = text.slice(
        offsetAt(text, starts, start.line, start.column),
        offsetAt(text, starts, end.line, end.column),
      );
      const id = typed.replace(/^(['"])(.*)\1$/, '$2');
      const suggestion = suggestedOffer(id, this.#data.offerIds);
      if (suggestion && suggestion !== id) {
        fixes.push({
          range: d.range,
          replacement: suggestion,
          title: this.#t('fix.offer', { id: suggestion }),
        });
      }
      return fixes;
    });
  }

  #renderList(diagnostics: readonly Diagnostic[]): void {
    this.#fixes = this.#fixesOf(this.#text.value, diagnostics);
    const list = this.#q('[data-diagnostics]');
    if (diagnostics.length === 0) {
      list.replaceChildren(el('li', { className: 'pg-none' }, this.#t('diagnostics.none')));
      return;
    }
    list.replaceChildren(
      ...diagnostics.map((d, index) => {
        const { line, column } = d.range.start;
        const item = el(
          'li',
          { dataset: { rule: d.rule, severity: d.severity, line: String(line), column: String(column) } },
          // The visible line:column, and for screen readers what pressing it does.
          el(
            'button',
            { type: 'button', className: 'pg-goto', dataset: { goto: String(index) } },
            el('span', { dataset: { position: '' } }, position(d)),
            el('span', { className: 'sr-only' }, ` ${this.#t('goto', { line, column })}`),
          ),
          ' ',
          el('span', { className: 'pg-badge' }, SEVERITY_LABELS[d.severity][this.#locale]),
          ' ',
          el('a', { href: sitePath(d.help) }, d.rule),
          ' ',
          el('span', { className: 'pg-text' }, ...withInlineCode(d.message)),
        );
        (this.#fixes[index] ?? []).forEach((fix, f) => {
          item.append(
            el('br'),
            el(
              'button',
              { type: 'button', className: 'pg-fix', dataset: { fix: `${index}:${f}` } },
              // The fix's title marks ids and values with backticks, as messages do: shown as code.
              ...withInlineCode(this.#t('fix.apply', { title: fix.title })),
            ),
          );
        });
        return item;
      }),
    );
  }

  #onListClick(event: Event): void {
    const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button') : null;
    const diagnostics = this.#result?.diagnostics ?? [];
    if (button?.dataset.goto !== undefined) {
      const diagnostic = diagnostics[Number(button.dataset.goto)];
      if (diagnostic) this.#select(diagnostic);
    } else if (button?.dataset.fix !== undefined) {
      const [d, f] = button.dataset.fix.split(':').map(Number) as [number, number];
      const fix = this.#fixes[d]?.[f];
      if (fix) this.#applyFix(fix);
    }
  }

  /** Moves the caret to a diagnostic's range, selects it, and scrolls it into view. */
  #select(diagnostic: Diagnostic): void {
    const text = this.#text.value;
    const starts = lineStarts(text);
    const { start, end } = diagnostic.range;
    const from = offsetAt(text, starts, start.line, start.column);
    const to = offsetAt(text, starts, end.line, end.column);
    this.#text.focus();
    this.#text.setSelectionRange(from, Math.max(from, to));
    const lineHeight = Number.parseFloat(getComputedStyle(this.#text).lineHeight) || 24;
    const top = (start.line - 1) * lineHeight;
    if (top < this.#text.scrollTop || top > this.#text.scrollTop + this.#text.clientHeight - 2 * lineHeight) {
      this.#text.scrollTop = Math.max(0, top - this.#text.clientHeight / 3);
    }
    this.#syncScroll();
  }

  #applyFix(fix: Fix): void {
    const before = this.#text.value;
    const after = applyFix(before, fix);
    const starts = lineStarts(before);
    const from = offsetAt(before, starts, fix.range.start.line, fix.range.start.column);
    const to = offsetAt(before, starts, fix.range.end.line, fix.range.end.column);
    // setRangeText edits in place, so the caret lands on the fix and the scroll position stays.
    this.#text.setRangeText(fix.replacement, from, to, 'end');
    if (this.#text.value !== after) this.#text.value = after;
    this.#text.focus();
    this.#validate();
    this.#say(this.#t('fix.applied', { title: fix.title.replace(/`([^`\n]+)`/g, '$1') }));
  }

  #syncScroll(): void {
    this.#gutter.style.transform = `translateY(${-this.#text.scrollTop}px)`;
    this.#layer.scrollTop = this.#text.scrollTop;
    this.#layer.scrollLeft = this.#text.scrollLeft;
  }

  #setText(text: string): void {
    this.#text.value = text;
    this.#text.scrollTop = 0;
    this.#validate();
  }

  #loadExample(): void {
    const select = this.#q<HTMLSelectElement>('[data-example]');
    const text = this.#data.examples[select.value];
    if (text === undefined) return;
    this.#setText(text);
    this.#say(this.#t('example.loaded', { file: select.value }));
  }

  async #open(): Promise<void> {
    const input = this.#q<HTMLInputElement>('[data-open]');
    const file = input.files?.[0];
    if (!file) return;
    input.value = '';
    if (file.size > MAX_PLAN_BYTES) {
      this.#say(this.#t('open.tooBig', { file: file.name }));
      return;
    }
    this.#setText(await file.text());
    this.#say(this.#t('open.done', { file: file.name }));
  }

  #download(): void {
    const url = URL.createObjectURL(new Blob([this.#text.value], { type: 'application/yaml' }));
    const link = Object.assign(document.createElement('a'), {
      href: url,
      download: planFileNameOf(this.#text.value),
    });
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}
