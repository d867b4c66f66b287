import { defineCollection } from 'astro:content';
import { i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { glob } from 'astro/loaders';
import { DOCS_BASE } from './navigation.ts';

export const collections = {
  // The guidance is Markdown at the repository root (content/docs), written by hand:
  // English at its root, Traditional Chinese under zh-tw/. See integrations/external-docs.ts.
  docs: defineCollection({
    loader: glob({ pattern: '**/[^_]*.{md,mdx}', base: DOCS_BASE }),
    schema: docsSchema(),
  }),
  // Starlight's own interface strings where its built-in Traditional Chinese falls short.
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
};
