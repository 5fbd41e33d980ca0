/**
 * Java's HashSet iteration order. Druid keeps `dimensionExclusions` in a HashSet and Jackson
 * writes it in that order, so the emulator's GET shows the same (meaningless but real) order.
 */

function javaStringHash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(31, h) + s.charCodeAt(i)) | 0;
  return h;
}

/** `new HashSet<>(collection)`: table size from the collection size, buckets by spread hash. */
export function javaHashSetOrder(items: readonly string[]): string[] {
  const unique = [...new Set(items)];
  let capacity = 1;
  const wanted = Math.max(Math.floor(unique.length / 0.75) + 1, 16);
  while (capacity < wanted) capacity *= 2;
  const bucket = (s: string): number => {
    const h = javaStringHash(s);
    return (h ^ (h >>> 16)) & (capacity - 1);
  };
  return unique
    .map((s, i) => ({ s, i, b: bucket(s) }))
    .sort((x, y) => x.b - y.b || x.i - y.i)
    .map((x) => x.s);
}
