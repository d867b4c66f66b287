// starlight-links-validator ships TypeScript that reads Astro's frontmatter from vfile data, a type that
// @astrojs/markdown-remark declares. This site uses the Sätteri processor instead, so the declaration
// is repeated here for the type checker.
import 'vfile';

declare module 'vfile' {
  interface DataMap {
    // biome-ignore lint/suspicious/noExplicitAny: the shape @astrojs/markdown-remark declares, which the validator's code relies on.
    astro: { frontmatter?: Record<string, any> };
  }
}
