/**
 * Which rows of a long table to draw: those meeting the visible band, and those kept whatever the
 * scroll (the focused row and its neighbours, rows with unsaved changes). Each run of rows not
 * drawn becomes one gap as tall as they would be, so that the table keeps its height and the
 * scroll bar its meaning. Heights are in pixels, rows in their displayed order.
 */
export type WindowItem = { kind: 'row'; index: number } | { kind: 'gap'; height: number };

/** The first and last rows meeting the band [top, bottom] (from the first row's top), or none. */
export function rowsMeeting(heights: readonly number[], top: number, bottom: number): { first: number; last: number } | undefined {
  let first = -1;
  let last = -1;
  let y = 0;
  for (let index = 0; index < heights.length && y < bottom; index++) {
    if (y + heights[index] > top) {
      if (first < 0) first = index;
      last = index;
    }
    y += heights[index];
  }
  return first < 0 ? undefined : { first, last };
}

/** The rows in `range` and the `kept` ones, in order, with a gap for each run of the others. */
export function windowItems(
  heights: readonly number[],
  range: { first: number; last: number } | undefined,
  kept: ReadonlySet<number>,
): WindowItem[] {
  const items: WindowItem[] = [];
  let gap = 0;
  heights.forEach((height, index) => {
    const drawn = (range !== undefined && index >= range.first && index <= range.last) || kept.has(index);
    if (!drawn) {
      gap += height;
      return;
    }
    if (gap > 0) items.push({ kind: 'gap', height: gap });
    gap = 0;
    items.push({ kind: 'row', index });
  });
  if (gap > 0) items.push({ kind: 'gap', height: gap });
  return items;
}
