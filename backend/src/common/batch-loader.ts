/**
 * Collects the keys asked for during one tick and loads them with one query, so a list of N
 * parents costs one SQL statement for their children, not N. Created per request: never shared.
 */
export class BatchLoader<K, V> {
  private pending = new Map<K, { resolve: (v: V) => void; reject: (e: unknown) => void }[]>();
  private cache = new Map<K, Promise<V>>();

  constructor(private readonly loadMany: (keys: K[]) => Promise<Map<K, V>>, private readonly missing: V) {}

  load(key: K): Promise<V> {
    const cached = this.cache.get(key);
    if (cached) return cached;
    const promise = new Promise<V>((resolve, reject) => {
      if (this.pending.size === 0) queueMicrotask(() => void this.flush());
      const waiters = this.pending.get(key) ?? [];
      waiters.push({ resolve, reject });
      this.pending.set(key, waiters);
    });
    this.cache.set(key, promise);
    return promise;
  }

  private async flush() {
    const batch = this.pending;
    this.pending = new Map();
    try {
      const values = await this.loadMany([...batch.keys()]);
      for (const [key, waiters] of batch) waiters.forEach((w) => w.resolve(values.get(key) ?? this.missing));
    } catch (error) {
      for (const waiters of batch.values()) waiters.forEach((w) => w.reject(error));
    }
  }
}

/** Groups rows by a key, keeping their order: what a loader of children by parent returns. */
export function groupBy<T>(rows: readonly T[], keyOf: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}
