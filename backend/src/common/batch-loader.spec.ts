import { BatchLoader, groupBy } from './batch-loader.js';

/** A source that answers each batch and remembers the batches it was asked for. */
function countingSource() {
  const batches: string[][] = [];
  const loader = new BatchLoader<string, string[]>(async (keys) => {
    batches.push(keys);
    return groupBy(
      keys.filter((k) => k !== 'absent').flatMap((k) => [`${k}-a`, `${k}-b`]),
      (child) => child.split('-')[0]!,
    );
  }, []);
  return { loader, batches };
}

it('loads the children of N parents asked for in one tick with one call', async () => {
  const { loader, batches } = countingSource();
  const keys = Array.from({ length: 50 }, (_, i) => `p${i}`);
  const children = await Promise.all(keys.map((k) => loader.load(k)));
  expect(batches).toEqual([keys]);
  expect(children[7]).toEqual(['p7-a', 'p7-b']);
});

it('asks once for a key asked for twice, in the same tick or later', async () => {
  const { loader, batches } = countingSource();
  await Promise.all([loader.load('p1'), loader.load('p1')]);
  await loader.load('p1');
  expect(batches).toEqual([['p1']]);
});

it('gives the empty value for a parent without children', async () => {
  const { loader } = countingSource();
  expect(await loader.load('absent')).toEqual([]);
});

it('rejects every waiter of a batch whose load failed', async () => {
  const loader = new BatchLoader<string, number>(async () => {
    throw new Error('base indisponible');
  }, 0);
  await expect(Promise.all([loader.load('a'), loader.load('b')])).rejects.toThrow('base indisponible');
});

it('groups rows by key, keeping their order', () => {
  expect(groupBy([{ e: 'x', n: 1 }, { e: 'y', n: 2 }, { e: 'x', n: 3 }], (r) => r.e)).toEqual(
    new Map([
      ['x', [{ e: 'x', n: 1 }, { e: 'x', n: 3 }]],
      ['y', [{ e: 'y', n: 2 }]],
    ]),
  );
});
