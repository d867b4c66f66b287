// Expressive Code options that are functions live here: the <Code> component cannot read them from
// astro.config.ts.
import { defineEcConfig } from '@astrojs/starlight/expressive-code';
import { localeOfPath } from '@csp-move/rules/messages';

export default defineEcConfig({
  // Long lines wrap instead of scrolling sideways: plans and commands stay readable on a phone, and no
  // code block becomes an unnamed scrollable region.
  defaultProps: { wrap: true },
  // Starlight finds a code block's language from the file's place under src/content/docs; the guidance
  // lives in the repository's content/docs, so look for the locale folder there (and in page URLs for
  // the <Code> component).
  getBlockLocale: ({ file }) => {
    const path =
      file.url && file.url.protocol !== 'file:' ? file.url.pathname : file.path.replaceAll('\\', '/');
    const docs = path.indexOf('/content/docs/');
    return localeOfPath(docs === -1 ? path : path.slice(docs + '/content/docs'.length));
  },
});
