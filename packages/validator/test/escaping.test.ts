// Regression tests for issue 14, items 13 and 14: values and file names from a plan never become
// markup in any format. Markdown is checked by rendering it with a real renderer.

import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { EXPLAIN_FORMATTERS } from '../src/cli/explain-format.ts';
import { main } from '../src/cli/main.ts';
import { github } from '../src/formatters/github.ts';
import { junit } from '../src/formatters/junit.ts';
import { markdown } from '../src/formatters/markdown.ts';
import type { FormatterOptions } from '../src/formatters/types.ts';
import type { FileResult } from '../src/types.ts';

// Most start by closing the code span a message puts a value in.
const HOSTILE = [
  'x` ![pixel](https://evil.example/p.png) `y',
  'x` [click](https://evil.example) `y',
  'x` <img src=x onerror=alert(1)> `y',
  'x` @octocat `y',
  'x` a | b | c `y',
  '![pixel](https://evil.example/p.png)',
  '[click](https://evil.example)',
  '<img src=x onerror=alert(1)>',
  '`code` ends | here | and cells split',
  '@octocat please look',
  '**bold** _em_ ~~gone~~ $x^2$',
  'a\\|b` `` ``` tricky',
];

function result(path: string, message: string): FileResult {
  const range = { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } };
  return {
    path,
    verdict: 'invalid',
    diagnostics: [
      { rule: 'unknown-key', severity: 'error', message, pointer: '', range, help: 'https://csp-move.dev/x' },
    ],
    suppressed: [],
  };
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: BEL and ESC are what must not get through.
const BEL_OR_ESC = /[\u0007\u001b]/;
const options: FormatterOptions = { locale: 'en', color: false, failOn: 'error', toolVersion: '0' };
const md = new MarkdownIt();

/** Every element the rendered HTML holds, and the text of the table cells. */
function rendered(text: string) {
  const html = md.render(text);
  const tags = [...html.matchAll(/<([a-z0-9]+)[\s>]/g)].map((m) => m[1]);
  return { html, tags: new Set(tags) };
}

describe('Markdown output (item 13)', () => {
  it.each(HOSTILE)('shows %j as text: no links, images, HTML, mentions or extra cells', (value) => {
    const text = markdown({ files: [result(`plans/${value}.yaml`, `\`${value}\` is not a field`)] }, options);
    const { html, tags } = rendered(text);
    expect(
      [...tags].filter(
        (t) =>
          !['h2', 'h3', 'p', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'code', 'a'].includes(t as string),
      ),
    ).toEqual([]);
    // The only link is the rule's help link, written by the formatter.
    expect([...html.matchAll(/<a /g)]).toHaveLength(1);
    expect(html).not.toMatch(/<img|href="https:\/\/evil/);
    // Two tables: files (5 columns) and findings (4 columns), whatever the value holds.
    const rows = [...html.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map(
      (m) => (m[1]?.match(/<t[dh]/g) ?? []).length,
    );
    expect(rows).toEqual([5, 5, 4, 4]);
    // GitHub splits table cells at every unescaped | (even inside code spans, unlike markdown-it), so
    // each row must have exactly its own separators.
    const pipes = text
      .split('\n')
      .filter((line) => line.startsWith('|'))
      .map((line) => line.replace(/\\\\/g, '').match(/(?<!\\)\|/g)?.length);
    expect(pipes).toEqual([6, 6, 6, 5, 5, 5]);
    // No @name outside a code span, where GitHub would mention someone.
    expect(html.replace(/<code>[\s\S]*?<\/code>/g, '')).not.toMatch(/@\w/);
  });

  it('escapes explain --format markdown too', () => {
    const [value] = HOSTILE as [string];
    const text = EXPLAIN_FORMATTERS.markdown({
      result: result(`${value}.yaml`, `\`${value}\``),
      locale: 'en',
    });
    expect(rendered(text).html).not.toMatch(/<img/);
  });
});

describe('JUnit XML (item 14)', () => {
  it.each(['\uffff', '\ufffe', '\ud800 lone', 'end \udc00', '\u0000\u001b'])(
    'stays well-formed with %j in a value',
    (value) => {
      const xml = junit({ files: [result(`a${value}.yaml`, `bad ${value}`)] }, options);
      // XML 1.0's Char production: anything else makes the document not well-formed.
      expect(xml).not.toMatch(/[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u);
    },
  );
});

describe('GitHub annotations and usage errors (item 14)', () => {
  it('write ESC and BEL from a file name as escapes', () => {
    const out = github({ files: [result('plans/\u001b[31mred\u0007.yaml', 'x')] }, options);
    expect(out).not.toMatch(BEL_OR_ESC);
    expect(out).toContain('file=plans/\\u{001b}[31mred\\u{0007}.yaml');
  });

  it('a usage error does not echo a raw ESC from an argument', async () => {
    let err = '';
    const io = {
      cwd: process.cwd(),
      env: {},
      stdout: { write: () => true },
      stderr: { write: (t: string) => (err += t) },
      readStdin: async () => '',
    };
    expect(await main(['validate', '--fail-on', '\u001b[2J', 'x'], io)).toBe(2);
    expect(await main(['\u001b]0;title\u0007'], io)).toBe(2);
    expect(err).not.toMatch(BEL_OR_ESC);
    expect(err).toContain('\\u{001b}[2J');
  });
});
