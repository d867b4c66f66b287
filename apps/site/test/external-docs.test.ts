import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { expectedFileURL } from '../src/integrations/external-docs.ts';

const folders = {
  real: pathToFileURL('/repo/content/docs/'),
  expected: pathToFileURL('/repo/apps/site/src/content/docs/'),
};

describe('expectedFileURL', () => {
  test('moves a guidance file to where Starlight expects it, keeping the locale folder', () => {
    expect(expectedFileURL(pathToFileURL('/repo/content/docs/zh-tw/guide/move.md'), folders)?.href).toBe(
      'file:///repo/apps/site/src/content/docs/zh-tw/guide/move.md',
    );
  });

  test('leaves other files alone', () => {
    const other = pathToFileURL('/repo/apps/site/src/pages/x.md');
    expect(expectedFileURL(other, folders)).toBe(other);
    expect(expectedFileURL(pathToFileURL('/repo/content/docsx/a.md'), folders)?.href).toBe(
      'file:///repo/content/docsx/a.md',
    );
    expect(expectedFileURL(undefined, folders)).toBeUndefined();
  });
});
