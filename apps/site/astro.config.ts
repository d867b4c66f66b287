import { satteri } from '@astrojs/markdown-satteri';
import starlight from '@astrojs/starlight';
import { LOCALE_CONVENTIONS, LOCALES, localePath } from '@csp-move/rules/messages';
import { SITE_URL } from '@csp-move/rules/site';
import { defineConfig } from 'astro/config';
import starlightLinksValidator from 'starlight-links-validator';
import { linksValidatorFor, starlightSeesDocsAt } from './src/integrations/external-docs.ts';
import { starlightInlineScriptHashes } from './src/integrations/inline-scripts.ts';
import { tableRegions } from './src/integrations/table-regions.ts';
import { DOCS_BASE, GENERATED_PAGES, sidebar } from './src/navigation.ts';

const root = new URL('./', import.meta.url);
const repositoryRoot = new URL('../../', root);
const docsFolders = { real: new URL(`${DOCS_BASE}/`, root), expected: new URL('./src/content/docs/', root) };

export default defineConfig({
  // The one setting behind canonical links, the sitemap and the help URLs the CLI prints.
  site: SITE_URL,
  trailingSlash: 'always',
  markdown: {
    // `## Heading {#id}` gives a heading the same anchor in English and Chinese, so links from the
    // rules (`/guide/move/#licences`) work in both locales.
    // Every table gets a labelled scroll container that the keyboard can reach.
    processor: satteri({
      features: { headingAttributes: true },
      hastPlugins: [tableRegions(docsFolders.real)],
    }),
    // Expressive Code highlights code blocks; Astro's own highlighter would only add inline styles.
    syntaxHighlight: false,
  },
  security: {
    // Astro hashes the scripts and styles it bundles into a <meta> Content-Security-Policy; Starlight's
    // few inline scripts are hashed from its sources. Pagefind compiles WebAssembly, which needs
    // 'wasm-unsafe-eval' (not 'unsafe-eval': no JS eval). Style attributes (code highlighting colours,
    // sidebar depth) are allowed; style elements are hashed like scripts.
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: {
        resources: ["'self'", "'wasm-unsafe-eval'"],
        hashes: starlightInlineScriptHashes() as `sha256-${string}`[],
      },
      styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] },
    },
  },
  integrations: [
    starlight({
      title: 'csp-move',
      description:
        'Move license-based Microsoft subscriptions into a CSP partner account without interruption, data loss or paying twice.',
      defaultLocale: 'root',
      // Each locale where the locale conventions table puts it: English at the root, Chinese under zh-tw/.
      locales: Object.fromEntries(
        LOCALES.map((lang) => {
          const { name, sitePrefix } = LOCALE_CONVENTIONS[lang];
          return [sitePrefix.replace(/^\//, '') || 'root', { label: name, lang }];
        }),
      ),
      sidebar: sidebar(root),
      customCss: ['./src/styles/site.css'],
      components: {
        Search: './src/components/overrides/Search.astro',
        SiteTitle: './src/components/overrides/SiteTitle.astro',
        Footer: './src/components/overrides/Footer.astro',
      },
      lastUpdated: false,
      pagefind: true,
      plugins: [
        starlightSeesDocsAt(docsFolders),
        linksValidatorFor(
          starlightLinksValidator({
            exclude: GENERATED_PAGES.flatMap((path) => LOCALES.map((l) => localePath(`${path}**`, l))),
          }),
          repositoryRoot,
        ),
      ],
    }),
  ],
});
