import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';

/** The little of linkedom's DOM the charts touch (the api is compiled without the DOM types). */
interface SvgElement {
  setAttribute(name: string, value: string): void;
  removeAttribute(name: string): void;
  querySelectorAll(selector: string): Iterable<SvgElement>;
  remove(): void;
  readonly outerHTML: string;
}

/** One bar: which group it is in (a month, a tenure), which series (a stage, a period), its value. */
export interface Bar {
  readonly group: string;
  readonly series: string;
  readonly value: number;
}

export interface ChartOptions {
  /** The accessible name read out for the chart (its title). */
  readonly label: string;
  /** The axis the values are read on, e.g. "Complaints" or "% in time". */
  readonly valueLabel: string;
  /** The series in order: the first drawn solid black, the second white with a black outline. */
  readonly series: readonly [string, string];
  /** Values are percentages: the axis runs to 100. */
  readonly percent?: boolean;
}

// Two fills that stay apart in greyscale and on a black-and-white printer; each bar is also
// labelled with its value and its series is named under it, so colour is never the only cue.
const FILLS = ['#0b0c0c', '#ffffff'];

/**
 * Grouped bars drawn by Observable Plot on the server, with linkedom as its DOM: an SVG with
 * role="img" and an aria-label, no script and no inline style (the pages' CSP forbids both;
 * app.css sizes it).
 */
export function groupedBars(bars: readonly Bar[], options: ChartOptions): string {
  // Drawing takes Plot tens of milliseconds; the same figures draw the same picture, so a
  // dashboard viewed again before the figures change reuses it.
  const key = JSON.stringify([bars, options]);
  const drawn = DRAWN.get(key);
  if (drawn !== undefined) return drawn;
  const svg = draw(bars, options);
  if (DRAWN.size >= DRAWN_KEPT) DRAWN.delete(DRAWN.keys().next().value!);
  DRAWN.set(key, svg);
  return svg;
}

const DRAWN = new Map<string, string>();
const DRAWN_KEPT = 64;

function draw(bars: readonly Bar[], options: ChartOptions): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const groups = [...new Set(bars.map((b) => b.group))];
  // Many groups (the months of two years): the groups' names turned under the bars and the
  // series named in the chart's description; few: each bar named under it as well.
  const many = groups.length > 8;
  const width = Math.max(480, Math.min(960, 90 + groups.length * 70));
  const svg = Plot.plot({
    document: document as unknown as Plot.PlotOptions['document'],
    width,
    height: many ? 320 : 300,
    marginTop: many ? 30 : 45,
    marginBottom: many ? 60 : 50,
    ariaLabel: options.label,
    fx: {
      label: null,
      domain: groups,
      axis: 'bottom',
      ...(many ? { tickRotate: -45 } : {}),
      ...(many ? {} : { padding: 0.2 }),
    },
    x: {
      domain: [...options.series],
      axis: many ? null : 'top',
      label: null,
      tickFormat: shortSeries,
    },
    y: {
      grid: true,
      label: options.valueLabel,
      ...(options.percent ? { domain: [0, 100] } : {}),
    },
    color: { domain: [...options.series], range: FILLS },
    marks: [
      Plot.barY(bars, {
        fx: 'group',
        x: 'series',
        y: 'value',
        fill: 'series',
        stroke: '#0b0c0c',
      }),
      Plot.text(bars, {
        fx: 'group',
        x: 'series',
        y: 'value',
        text: (b: Bar) => String(b.value),
        dy: -7,
        fill: '#0b0c0c',
      }),
      Plot.ruleY([0]),
    ],
  }) as unknown as SvgElement;
  svg.setAttribute('role', 'img');
  svg.setAttribute('focusable', 'false');
  for (const style of [...svg.querySelectorAll('style')]) style.remove();
  for (const styled of [...svg.querySelectorAll('[style]')]) styled.removeAttribute('style');
  // Plot names its groups of marks ("bar", "rule"); inside an image they are not read out, and
  // an aria-label on a group with no role is not allowed (axe-core: aria-prohibited-attr).
  for (const named of [...svg.querySelectorAll('[aria-label]')])
    named.removeAttribute('aria-label');
  svg.removeAttribute('style');
  svg.setAttribute('class', 'app-chart__svg');
  return svg.outerHTML;
}

/** Under each bar, the series in a word or two: "Stage 1", "2025/26". */
function shortSeries(series: string): string {
  return series.length > 14 ? `${series.slice(0, 13)}…` : series;
}
