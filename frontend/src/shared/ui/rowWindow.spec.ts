import { describe, expect, it } from '@jest/globals';
import { rowsMeeting, windowItems, type WindowItem } from './rowWindow';

/** Rows drawn and gaps, in order, must be as tall as all the rows: the table keeps its height. */
const totalHeight = (items: readonly WindowItem[], heights: readonly number[]) =>
  items.reduce((sum, item) => sum + (item.kind === 'gap' ? item.height : heights[item.index]), 0);

describe('the rows of a long table to draw', () => {
  const heights = [40, 40, 60, 40, 40, 40];

  it('finds the rows meeting the band, a row cut by its edges included', () => {
    expect(rowsMeeting(heights, 50, 130)).toEqual({ first: 1, last: 2 });
    expect(rowsMeeting(heights, 0, 40)).toEqual({ first: 0, last: 0 });
    expect(rowsMeeting(heights, 139, 141)).toEqual({ first: 2, last: 3 });
  });

  it('finds no row in a band past the last one', () => {
    expect(rowsMeeting(heights, 300, 400)).toBeUndefined();
    expect(rowsMeeting([], 0, 400)).toBeUndefined();
  });

  it('draws the band and puts one gap above and one below, the whole as tall as every row', () => {
    const items = windowItems(heights, { first: 2, last: 3 }, new Set());
    expect(items).toEqual([
      { kind: 'gap', height: 80 },
      { kind: 'row', index: 2 },
      { kind: 'row', index: 3 },
      { kind: 'gap', height: 80 },
    ]);
    expect(totalHeight(items, heights)).toBe(260);
  });

  it('draws a kept row far from the band in its place, between two gaps', () => {
    const items = windowItems(heights, { first: 0, last: 1 }, new Set([4]));
    expect(items).toEqual([
      { kind: 'row', index: 0 },
      { kind: 'row', index: 1 },
      { kind: 'gap', height: 100 },
      { kind: 'row', index: 4 },
      { kind: 'gap', height: 40 },
    ]);
    expect(totalHeight(items, heights)).toBe(260);
  });

  it('draws only the kept rows when the band meets none', () => {
    expect(windowItems(heights, undefined, new Set([0]))).toEqual([
      { kind: 'row', index: 0 },
      { kind: 'gap', height: 220 },
    ]);
  });
});
