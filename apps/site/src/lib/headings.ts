import type { Locale } from '@csp-move/rules/messages';
import { t } from '../i18n/ui.ts';

/** A heading for Starlight's table of contents, as `<StarlightPage headings>` expects it. */
export interface TocHeading {
  depth: number;
  slug: string;
  text: string;
}

/** The heading of the sources section every page ends with (see components/PageSources.astro). */
export function sourcesHeading(locale: Locale): TocHeading {
  return { depth: 2, slug: 'sources', text: t(locale, 'sources.heading') };
}
