/** A figure on the dashboard: its number and the query of the list of complaints it links to. */
export interface FigureLink {
  readonly params: URLSearchParams;
  readonly value: number;
}

/** Every figure on a page. */
export function figuresOn(html: string): FigureLink[] {
  return [...html.matchAll(/<a class="govuk-link" href="\/web\/find\?([^"]+)">(\d+)<\/a>/g)].map(
    (m) => ({
      params: new URLSearchParams(m[1]!.replace(/&amp;/g, '&')),
      value: Number(m[2]),
    }),
  );
}

/** The figures whose links carry every one of `wanted` and nothing else (but stage and date). */
export function figuresOf(
  links: readonly FigureLink[],
  wanted: Record<string, string>,
): FigureLink[] {
  return links.filter(
    (l) =>
      Object.entries(wanted).every(([k, v]) => l.params.get(k) === v) &&
      [...l.params.keys()].every((k) => k in wanted || ['figureStage', 'asOf'].includes(k)),
  );
}

/** The one figure whose link carries every one of `wanted` (and no other figure does). */
export function figureOf(links: readonly FigureLink[], wanted: Record<string, string>): FigureLink {
  const exact = figuresOf(links, wanted);
  if (exact.length !== 1)
    throw new Error(`${exact.length} figures match ${JSON.stringify(wanted)}`);
  return exact[0]!;
}
