import { fileURLToPath, pathToFileURL } from 'node:url';
import type { StarlightPlugin } from '@astrojs/starlight/types';

/**
 * The guidance lives in the repository's `content/docs`, not in this app's `src/content/docs`.
 * Starlight's Markdown plugins (asides, heading anchor links) and starlight-links-validator find a
 * page's language and slug from where its file sits relative to `<srcDir>/content/docs`; for files
 * elsewhere they would label Chinese pages in English and key every page under a wrong slug.
 *
 * The adapters below show those plugins the file at the place they expect, without moving it.
 */

/** The real folder of the guidance, and the folder Starlight expects it in. */
export interface DocsFolders {
  /** e.g. file:///repo/content/docs/ */
  real: URL;
  /** e.g. file:///repo/apps/site/src/content/docs/ */
  expected: URL;
}

/** The URL Starlight expects for a guidance file; other files are returned unchanged. */
export function expectedFileURL(fileURL: URL | undefined, folders: DocsFolders): URL | undefined {
  if (fileURL?.protocol !== 'file:') return fileURL;
  const path = fileURLToPath(fileURL);
  const real = fileURLToPath(folders.real);
  if (!path.startsWith(real)) return fileURL;
  return pathToFileURL(fileURLToPath(folders.expected) + path.slice(real.length));
}

type PluginFactory = (context: { fileURL: URL | undefined }) => unknown;
interface PluginLists {
  mdastPlugins: unknown[];
  hastPlugins: unknown[];
}

function pluginLists(processor: unknown): PluginLists | undefined {
  const options = (processor as { options?: Partial<PluginLists> } | undefined)?.options;
  return Array.isArray(options?.mdastPlugins) && Array.isArray(options?.hastPlugins)
    ? (options as PluginLists)
    : undefined;
}

/**
 * A Starlight plugin (list it first in `plugins`) that wraps the plugin factories Starlight itself adds
 * to the Markdown processor, so that they see guidance files at the path Starlight expects. Its
 * config hook runs just before Starlight adds them; the integration it adds runs just after, before
 * any other integration (Expressive Code, the links validator) adds its own, which are left alone.
 */
export function starlightSeesDocsAt(folders: DocsFolders): StarlightPlugin {
  return {
    name: 'csp-move:external-docs',
    hooks: {
      'config:setup': ({ astroConfig, addIntegration }) => {
        const lists = pluginLists(astroConfig.markdown.processor);
        if (!lists) throw new Error('The site expects the Sätteri Markdown processor');
        const from = { mdast: lists.mdastPlugins.length, hast: lists.hastPlugins.length };
        const wrap = (list: unknown[], start: number) => {
          for (let i = start; i < list.length; i++) {
            const entry = list[i];
            if (typeof entry !== 'function') continue;
            const factory = entry as PluginFactory;
            list[i] = (context: { fileURL: URL | undefined }) =>
              factory(
                Object.create(context, {
                  fileURL: { value: expectedFileURL(context.fileURL, folders), enumerable: true },
                }),
              );
          }
        };
        addIntegration({
          name: 'csp-move:external-docs',
          hooks: {
            'astro:config:setup': () => {
              wrap(lists.mdastPlugins, from.mdast);
              wrap(lists.hastPlugins, from.hast);
            },
          },
        });
      },
    },
  };
}

/**
 * starlight-links-validator, told that the folder holding `content/docs` is the repository root, so it
 * keys guidance pages by their real slug and reports problems at the real file.
 */
export function linksValidatorFor(plugin: StarlightPlugin, repositoryRoot: URL): StarlightPlugin {
  const setup = plugin.hooks['config:setup'];
  if (!setup) return plugin;
  return {
    ...plugin,
    hooks: {
      ...plugin.hooks,
      'config:setup': (options) =>
        setup({ ...options, astroConfig: { ...options.astroConfig, srcDir: repositoryRoot } }),
    },
  };
}
