import type { Shape, TimelineLayout } from './timeline-layout.ts';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text made safe for SVG markup: names come from the form and must never become markup. */
export function escapeXml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c] as string);
}

const n = (value: number) => String(Math.round(value * 10) / 10);

function shapeMarkup(shape: Shape): string {
  const cls = `tl-${shape.kind}`;
  switch (shape.type) {
    case 'rect':
      return `<rect class="${cls}" x="${n(shape.x)}" y="${n(shape.y)}" width="${n(shape.width)}" height="${n(shape.height)}" rx="2"><title>${escapeXml(shape.title)}</title></rect>`;
    case 'line': {
      const title = shape.title ? `<title>${escapeXml(shape.title)}</title>` : '';
      return `<line class="${cls}" x1="${n(shape.x1)}" y1="${n(shape.y1)}" x2="${n(shape.x2)}" y2="${n(shape.y2)}">${title}</line>`;
    }
    case 'text':
      return `<text class="${cls}" x="${n(shape.x)}" y="${n(shape.y)}" text-anchor="${shape.anchor}">${escapeXml(shape.text)}</text>`;
  }
}

/**
 * The timeline as SVG markup. `label` names the picture for assistive technology; the checklist next
 * to it carries the same dates as text. Classes (`tl-source`, `tl-gap`, …) are styled by the page.
 */
export function timelineSvg(layout: TimelineLayout, label: string): string {
  const body = layout.shapes.map(shapeMarkup).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${layout.width} ${layout.height}" width="${layout.width}" height="${layout.height}" role="img" aria-label="${escapeXml(label)}">${body}</svg>`;
}
