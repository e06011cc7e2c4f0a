import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type FocusEvent, type RefObject } from 'react';
import { rowsMeeting, windowItems } from './rowWindow';

/** Rows drawn on each side of the focused one, so that the arrow keys and Tab always find the next control. */
const AROUND_FOCUS = 2;
/** A row's height before any is drawn; drawn rows are measured. */
const FIRST_GUESS_PX = 56;

interface Range {
  first: number;
  last: number;
}

/**
 * Draws only the rows of a table scrolled within its own box (`frame`) that are in its view or
 * within half its height of it, plus the `kept` ones and the focused row with its neighbours: with
 * the 158 communes of the largest EPCI and their 2,500 inputs, every keystroke made the browser
 * paint and layer every row. Rows not drawn become gaps as tall as they were last seen (or as the
 * drawn ones on average), so the scroll bar keeps its meaning. Rows carry their key in `data-row-key`.
 */
export function useRowWindow(
  frame: RefObject<HTMLElement | null>,
  body: RefObject<HTMLTableSectionElement | null>,
  keys: readonly string[],
  kept: ReadonlySet<string>,
) {
  const heights = useRef(new Map<string, number>());
  const [range, setRange] = useState<Range | undefined>(() => ({ first: 0, last: Math.ceil((1.5 * window.innerHeight) / FIRST_GUESS_PX) }));
  // Bumped when a drawn row's height changes: the gaps are then recomputed.
  const [measured, setMeasured] = useState(0);
  const [focusedKey, setFocusedKey] = useState<string>();

  const heightList = useCallback(() => {
    const known = [...heights.current.values()];
    const guess = known.length > 0 ? known.reduce((sum, h) => sum + h, 0) / known.length : FIRST_GUESS_PX;
    return keys.map((key) => heights.current.get(key) ?? guess);
  }, [keys]);

  /** The rows within half a box's height of the box's view, from where the rows start in it. */
  const placeBand = useCallback(() => {
    const box = frame.current;
    const rows = body.current;
    if (!box || !rows) return;
    const rowsTop = rows.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop;
    const margin = box.clientHeight / 2;
    const next = rowsMeeting(heightList(), box.scrollTop - rowsTop - margin, box.scrollTop + box.clientHeight - rowsTop + margin);
    setRange((current) => (current?.first === next?.first && current?.last === next?.last ? current : next));
  }, [frame, body, heightList]);

  useEffect(() => {
    const box = frame.current;
    if (!box) return;
    let pending = 0;
    const onScroll = () => {
      if (pending === 0) pending = requestAnimationFrame(() => ((pending = 0), placeBand()));
    };
    box.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('resize', onScroll);
    return () => {
      cancelAnimationFrame(pending);
      box.removeEventListener('scroll', onScroll);
      window.removeEventListener('resize', onScroll);
    };
  }, [frame, placeBand]);

  // After each render, the drawn rows' heights: a row drawn for the first time, or grown by an
  // error message, moves the band and resizes the gaps.
  useLayoutEffect(() => {
    let changed = false;
    for (const row of body.current?.rows ?? []) {
      const key = row.dataset['rowKey'];
      if (key === undefined) continue;
      const height = row.getBoundingClientRect().height;
      // Not the half pixels a collapsed border shares between a row and a gap: each draw would move the band.
      if (Math.abs((heights.current.get(key) ?? 0) - height) >= 1) {
        heights.current.set(key, height);
        changed = true;
      }
    }
    if (changed) {
      setMeasured((count) => count + 1);
      placeBand();
    }
  });

  const onFocus = useCallback((event: FocusEvent<HTMLElement>) => {
    const key = event.target.closest<HTMLElement>('tr[data-row-key]')?.dataset['rowKey'];
    if (key !== undefined) setFocusedKey(key);
  }, []);

  const items = useMemo(() => {
    const keptIndexes = new Set<number>();
    keys.forEach((key, index) => kept.has(key) && keptIndexes.add(index));
    const focused = focusedKey === undefined ? -1 : keys.indexOf(focusedKey);
    if (focused >= 0) {
      for (let index = Math.max(0, focused - AROUND_FOCUS); index <= Math.min(keys.length - 1, focused + AROUND_FOCUS); index++) keptIndexes.add(index);
    }
    return windowItems(heightList(), range, keptIndexes);
    // `measured` stands for the heights, kept in a ref.
  }, [keys, kept, focusedKey, range, heightList, measured]);

  return { items, onFocus };
}
