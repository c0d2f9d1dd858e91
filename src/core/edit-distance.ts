/** Edit distances of short strings (words, keys): bounded, linear in the length for a small bound. */

/** Edit distance if it is at most `max`, else `max + 1` (Ukkonen's band: O(n·max)). */
export function boundedEditDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const width = 2 * max + 1;
  let prev = new Array<number>(width).fill(max + 1);
  let curr = new Array<number>(width).fill(max + 1);
  // Cell (i, j) lives at index j - i + max.
  for (let j = 0; j <= Math.min(b.length, max); j++) prev[j + max] = j;
  for (let i = 1; i <= a.length; i++) {
    curr.fill(max + 1);
    let rowMin = max + 1;
    const lo = Math.max(0, i - max);
    const hi = Math.min(b.length, i + max);
    for (let j = lo; j <= hi; j++) {
      const k = j - i + max;
      let v: number;
      if (j === 0) v = i;
      else {
        const sub = (prev[k] ?? max + 1) + (a[i - 1] === b[j - 1] ? 0 : 1);
        const del = (prev[k + 1] ?? max + 1) + 1;
        const ins = (curr[k - 1] ?? max + 1) + 1;
        v = Math.min(sub, del, ins);
      }
      curr[k] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev, curr] = [curr, prev];
  }
  return prev[b.length - a.length + max] ?? max + 1;
}
