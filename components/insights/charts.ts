/**
 * The four pictures, drawn with Observable Plot (SVG: real text, styled by the page's theme variables, labelled for
 * screen readers). Each takes the same numbers as its data table (utils/insights/aggregate.ts).
 */
import * as Plot from '@observablehq/plot';
import type { Insights } from '../../utils/insights/aggregate';

export interface ChartLabels {
  title: string;
  description: string;
  mentions: string;
  concept(id: string): string;
  country(code: string): string;
  account(key: string): string;
}

const STYLE = { background: 'transparent', color: 'var(--text)', fontSize: '12px', overflow: 'visible' } as const;

export function heatmapChart(a: Insights, l: ChartLabels, width: number): Element {
  const cells = a.heatmap.map((c) => ({ concept: l.concept(c.row), country: l.country(c.column), value: c.value }));
  const max = Math.max(1, ...cells.map((c) => c.value));
  return Plot.plot({
    width,
    height: Math.max(160, a.concepts.length * 28 + 90),
    marginLeft: 170,
    marginBottom: 70,
    padding: 0.06,
    ariaLabel: l.title,
    ariaDescription: l.description,
    style: STYLE,
    x: { label: null, domain: a.countries.map((c) => l.country(c.code)), tickRotate: -30 },
    y: { label: null, domain: a.concepts.map((c) => l.concept(c.id)) },
    color: { type: 'linear', scheme: 'blues', domain: [0, max], legend: true, label: l.mentions },
    marks: [
      Plot.cell(cells, {
        x: 'country',
        y: 'concept',
        fill: 'value',
        inset: 0.5,
        title: (d) => `${d.concept} · ${d.country}: ${d.value}`,
      }),
      Plot.text(cells, {
        x: 'country',
        y: 'concept',
        text: 'value',
        fill: (d) => (d.value > max * 0.55 ? 'white' : '#0f172a'),
      }),
    ],
  });
}

export function timelineChart(a: Insights, l: ChartLabels, width: number): Element {
  // Stacked bars per month: readable with one month or forty, and each country's share stays visible.
  const data = a.timeline
    .filter((p) => p.mentions > 0)
    .map((p) => ({ month: p.month, country: l.country(p.country), mentions: p.mentions }));
  const max = Math.max(
    1,
    ...a.months.map((m) => a.timeline.filter((p) => p.month === m).reduce((n, p) => n + p.mentions, 0)),
  );
  return Plot.plot({
    width,
    height: 300,
    marginLeft: 50,
    ariaLabel: l.title,
    ariaDescription: l.description,
    style: STYLE,
    // A few months: narrower bars, not one slab across the page.
    x: {
      label: null,
      domain: a.months,
      tickRotate: a.months.length > 12 ? -45 : 0,
      padding: a.months.length < 4 ? 0.6 : 0.15,
    },
    y: { label: l.mentions, grid: true, ticks: Math.min(8, max), tickFormat: 'd' },
    color: { legend: true, scheme: 'tableau10' },
    marks: [
      Plot.barY(data, {
        x: 'month',
        y: 'mentions',
        fill: 'country',
        title: (d) => `${d.month} · ${d.country}: ${d.mentions}`,
        inset: 1,
      }),
      Plot.ruleY([0]),
    ],
  });
}

export function accountsChart(a: Insights, l: ChartLabels, width: number): Element {
  const data = a.accounts.flatMap((acc) =>
    acc.top.map((t) => ({
      account: l.account(acc.account),
      label: `${l.account(acc.account)} · ${l.concept(t.id)}`,
      mentions: t.mentions,
    })),
  );
  return Plot.plot({
    width,
    height: Math.max(120, data.length * 20 + 60),
    marginLeft: 260,
    ariaLabel: l.title,
    ariaDescription: l.description,
    style: STYLE,
    x: {
      label: l.mentions,
      grid: true,
      ticks: Math.min(8, Math.max(1, ...data.map((d) => d.mentions))),
      tickFormat: 'd',
    },
    y: { label: null, domain: data.map((d) => d.label) },
    color: { legend: true, scheme: 'tableau10' },
    marks: [
      Plot.barX(data, { x: 'mentions', y: 'label', fill: 'account', title: (d) => `${d.label}: ${d.mentions}` }),
      Plot.text(data, { x: 'mentions', y: 'label', text: 'mentions', dx: 12, fill: 'currentColor' }),
    ],
  });
}

export function pairsChart(a: Insights, l: ChartLabels, width: number): Element {
  const ids = [...new Set(a.cooccurrence.slice(0, 20).flatMap((p) => [p.a, p.b]))].slice(0, 12);
  const keep = new Set(ids);
  const cells = a.cooccurrence
    .filter((p) => keep.has(p.a) && keep.has(p.b))
    .flatMap((p) => [
      { x: l.concept(p.a), y: l.concept(p.b), items: p.items },
      { x: l.concept(p.b), y: l.concept(p.a), items: p.items },
    ]);
  const names = ids.map((id) => l.concept(id));
  const max = Math.max(1, ...cells.map((c) => c.items));
  return Plot.plot({
    width: Math.min(width, 180 + names.length * 48),
    height: 120 + names.length * 30,
    marginLeft: 170,
    marginBottom: 110,
    padding: 0.06,
    ariaLabel: l.title,
    ariaDescription: l.description,
    style: STYLE,
    x: { label: null, domain: names, tickRotate: -45 },
    y: { label: null, domain: names },
    color: { type: 'linear', scheme: 'purples', domain: [0, max], legend: true },
    marks: [
      Plot.cell(cells, { x: 'x', y: 'y', fill: 'items', inset: 0.5, title: (d) => `${d.x} + ${d.y}: ${d.items}` }),
      Plot.text(cells, { x: 'x', y: 'y', text: 'items', fill: (d) => (d.items > max * 0.55 ? 'white' : '#0f172a') }),
    ],
  });
}
