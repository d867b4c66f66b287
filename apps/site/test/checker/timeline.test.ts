import { defaultCatalog } from '@csp-move/rules/catalog';
import type { Plan } from '@csp-move/rules/plan';
import { describe, expect, it } from 'vitest';
import { readForm } from '../../src/components/checker/plan.ts';
import { type CheckerState, exampleState } from '../../src/components/checker/state.ts';
import { fitLabel, type LayoutText, layoutTimeline } from '../../src/components/checker/timeline-layout.ts';
import { timelineModel } from '../../src/components/checker/timeline-model.ts';
import { timelineSvg } from '../../src/components/checker/timeline-svg.ts';

const catalog = defaultCatalog();
const TODAY = '2027-01-10';

function plan(edit: (state: CheckerState) => void): Plan {
  const state = exampleState(TODAY, 'en');
  state.partner.name = 'Contoso';
  state.customer.name = 'Fabrikam <b>';
  edit(state);
  const read = readForm(state);
  if (!read.plan) throw new Error(JSON.stringify(read.problems));
  return read.plan;
}

function line(state: CheckerState) {
  return state.subscriptions[0] as CheckerState['subscriptions'][number];
}

const words: LayoutText = {
  source: 'source',
  grace: 'grace',
  extended: 'extended',
  cancel: 'cancel',
  target: 'target',
  gap: 'gap',
  today: 'today',
  accepted: 'accepted',
  date: (d) => d,
  month: (d) => d.slice(0, 7),
  offer: (id) => id,
  days: (n) => `${n} days`,
};

describe('timelineModel', () => {
  it('a CSP term that ended before 4 May 2026 kept 30 days of grace; the target starts before the term ends', () => {
    const model = timelineModel(
      plan((s) =>
        Object.assign(line(s), {
          channel: 'csp',
          termEnd: '2026-04-30',
          target: { ...line(s).target, provisionOn: '2026-04-24' },
        }),
      ),
      catalog,
      TODAY,
    );
    expect(model.rows[0]).toMatchObject({
      sourceEnds: '2026-04-30',
      grace: { from: '2026-05-01', to: '2026-05-30' },
      accessEnds: '2026-05-30',
      provisionOn: '2026-04-24',
      gap: undefined,
    });
  });

  it('an expiring direct purchase has no grace since 2026: access ends on the term end', () => {
    const model = timelineModel(
      plan((s) =>
        Object.assign(line(s), {
          termEnd: '2027-03-31',
          target: { ...line(s).target, provisionOn: '2027-04-14' },
        }),
      ),
      catalog,
      TODAY,
    );
    expect(model.rows[0]).toMatchObject({
      grace: undefined,
      accessEnds: '2027-03-31',
      gap: { from: '2027-04-01', to: '2027-04-14' },
    });
    expect(model.from < TODAY && model.to > '2027-04-14').toBe(true);
    expect(model.months[0]).toBe('2027-02-01');
    expect(model.months).toContain('2027-04-01');
  });

  it('a CSP source on a paid extended term keeps access up to the target: no gap', () => {
    const model = timelineModel(
      plan((s) =>
        Object.assign(line(s), {
          channel: 'csp',
          termEnd: '2027-03-31',
          endOfTerm: 'auto-renew-off',
          target: { ...line(s).target, provisionOn: '2027-04-14' },
        }),
      ),
      catalog,
      TODAY,
    );
    expect(model.rows[0]).toMatchObject({ grace: undefined, accessEnds: '2027-04-14', gap: undefined });
    // Drawn as a paid extended term, not as free grace.
    expect(model.rows[0]?.extended).toEqual({ from: '2027-04-01', to: '2027-04-14' });
    const kinds = layoutTimeline(model, 900, words).shapes.map((s) => s.kind);
    expect(kinds).toContain('extended');
    expect(kinds).not.toContain('grace');
  });

  it('a cancelled line has no grace: access ends on the cancel date, and a later start is a gap', () => {
    const model = timelineModel(
      plan((s) =>
        Object.assign(line(s), {
          endOfTerm: 'cancel',
          cancelOn: '2027-02-15',
          target: { ...line(s).target, provisionOn: '2027-02-20' },
        }),
      ),
      catalog,
      TODAY,
    );
    expect(model.rows[0]).toMatchObject({
      sourceEnds: '2027-02-15',
      grace: undefined,
      cancelOn: '2027-02-15',
      accessEnds: '2027-02-15',
      gap: { from: '2027-02-16', to: '2027-02-20' },
    });
  });

  it('an Enterprise Agreement keeps its services 90 days after the end date', () => {
    const model = timelineModel(
      plan((s) => Object.assign(line(s), { channel: 'enterprise-agreement', termEnd: '2027-03-31' })),
      catalog,
      TODAY,
    );
    expect(model.rows[0]).toMatchObject({
      grace: { from: '2027-04-01', to: '2027-06-29' },
      accessEnds: '2027-06-29',
    });
  });

  it('another channel has no grace period', () => {
    const model = timelineModel(
      plan((s) => Object.assign(line(s), { channel: 'other', termEnd: '2027-03-31' })),
      catalog,
      TODAY,
    );
    expect(model.rows[0]).toMatchObject({ grace: undefined, accessEnds: '2027-03-31' });
  });

  it('keeps at most 12 month labels on a long range', () => {
    const model = timelineModel(
      plan((s) =>
        Object.assign(line(s), {
          termEnd: '2030-01-31',
          target: { ...line(s).target, provisionOn: '2030-01-20' },
        }),
      ),
      catalog,
      TODAY,
    );
    expect(model.months.length).toBeLessThanOrEqual(12);
  });
});

describe('layoutTimeline and timelineSvg', () => {
  const model = timelineModel(
    plan((s) =>
      Object.assign(line(s), {
        endOfTerm: 'cancel',
        cancelOn: '2027-02-15',
        target: { ...line(s).target, provisionOn: '2027-02-20' },
      }),
    ),
    catalog,
    TODAY,
  );

  it('draws the source, the cancel mark, the target and the gap inside the box', () => {
    const layout = layoutTimeline(model, 600, words);
    const kinds = layout.shapes.map((s) => s.kind);
    for (const kind of ['source', 'cancel', 'target', 'gap', 'today', 'row', 'month'] as const) {
      expect(kinds).toContain(kind);
    }
    expect(kinds).not.toContain('grace');
    for (const shape of layout.shapes) {
      if (shape.type === 'rect') {
        expect(shape.x).toBeGreaterThanOrEqual(0);
        expect(shape.x + shape.width).toBeLessThanOrEqual(600);
      }
    }
    const source = layout.shapes.find((s) => s.kind === 'source');
    const cancel = layout.shapes.find((s) => s.kind === 'cancel');
    const gap = layout.shapes.find((s) => s.kind === 'gap');
    if (source?.type !== 'rect' || cancel?.type !== 'line' || gap?.type !== 'rect') throw new Error('shapes');
    // The source bar ends where the cancel mark is, and the gap starts there.
    expect(source.x + source.width).toBeCloseTo(cancel.x1, 5);
    expect(gap.x).toBeCloseTo(cancel.x1, 5);
  });

  it('renders SVG with every text escaped', () => {
    const svg = timelineSvg(layoutTimeline(model, 360, { ...words, offer: () => '<script>&' }), 'Label "x"');
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-label="Label &quot;x&quot;"/);
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;&amp;');
    expect(svg).toContain('class="tl-gap"');
  });

  it('fits labels to the width, counting wide characters twice', () => {
    expect(fitLabel('sub-1: Office 365 E3', 400)).toBe('sub-1: Office 365 E3');
    expect(fitLabel('abcdefghijklmnop', 70)).toBe('abcdefghij…');
    expect(fitLabel('微軟三六五商務標準版', 70)).toBe('微軟三六五…');
  });
});

describe('timelineModel at the ends of the calendar', () => {
  it('a half-typed year does not push the range before year 0 (regression: typing 2026 into a date)', () => {
    const model = timelineModel(
      plan((s) => Object.assign(line(s), { termEnd: '0002-03-31' })),
      catalog,
      TODAY,
    );
    expect(model.from).toBe('0000-01-01');
    expect(model.months.length).toBeLessThanOrEqual(12);
    expect(model.months.every((m) => /^\d{4}-\d{2}-01$/.test(m))).toBe(true);
    expect(() => layoutTimeline(model, 600, words)).not.toThrow();
  });

  it('nor after year 9999', () => {
    const model = timelineModel(
      plan((s) => Object.assign(line(s), { termEnd: '9999-12-01' })),
      catalog,
      TODAY,
    );
    expect(model.to).toBe('9999-12-31');
    expect(() => layoutTimeline(model, 600, words)).not.toThrow();
  });
});
