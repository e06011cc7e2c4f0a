/** Computes a value the first time its key is asked for, then hands back the same promise. */
export type Memoiser = <T>(key: string, compute: () => Promise<T>) => Promise<T>;

export function memoiser(): Memoiser {
  const values = new Map<string, Promise<unknown>>();
  return <T>(key: string, compute: () => Promise<T>) => {
    let value = values.get(key) as Promise<T> | undefined;
    if (!value) {
      value = compute();
      values.set(key, value);
    }
    return value;
  };
}
