import { readFileSync } from 'node:fs';
import { select } from 'hast-util-select';
import { toString as textOf } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { withOpeningComment } from '../src/components/playground/plan-text.ts';
import { PLAYGROUND_STRINGS } from '../src/components/playground/strings.ts';
import { tree } from './dist.ts';

/** The playground starts with a plan whose comments speak the page's language (issue 25). */

const EXAMPLE = readFileSync(
  new URL('../../../content/examples/small-business.plan.yaml', import.meta.url),
  'utf8',
);
const comments = (text: string) =>
  text
    .split('\n')
    .filter((line) => line.startsWith('#'))
    .slice(1);

describe('the starting plan', () => {
  it('in English is the example file as it is', () => {
    expect(withOpeningComment(EXAMPLE, PLAYGROUND_STRINGS['start.comment'].en)).toBe(EXAMPLE);
  });

  it('in Chinese has Chinese comments and the same plan', () => {
    const text = withOpeningComment(EXAMPLE, PLAYGROUND_STRINGS['start.comment']['zh-TW']);
    expect(text.split('\n')[0]).toBe(EXAMPLE.split('\n')[0]);
    for (const line of comments(text)) expect(line).toMatch(/\p{Script=Han}/u);
    expect(parse(text)).toEqual(parse(EXAMPLE));
  });

  it.each([
    ['/playground/', 'en'],
    ['/zh-tw/playground/', 'zh-TW'],
  ] as const)('is what %s shows', (path, locale) => {
    const textarea = select('textarea[data-text]', tree(path));
    expect(textarea && textOf(textarea)).toBe(
      withOpeningComment(EXAMPLE, PLAYGROUND_STRINGS['start.comment'][locale]),
    );
  });
});
