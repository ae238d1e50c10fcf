/**
 * Edit distance for fuzzy name lookup: Damerau–Levenshtein in its optimal-string-alignment
 * form (adjacent transpositions count 1), with an upper bound so hopeless pairs stop early.
 */

/** Row buffers reused across calls (names are short). */
let prev2 = new Int32Array(64);
let prev = new Int32Array(64);
let cur = new Int32Array(64);

/**
 * OSA distance between `a` and `b`, or `max + 1` as soon as it is certain to exceed `max`.
 * @example damerau("Starmer", "Starrer") === 1; damerau("Lavrov", "Lvarov") === 1
 */
export function damerau(a: string, b: string, max = Infinity): number {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > max) return max + 1;
  if (n === 0) return m;
  if (m === 0) return n;
  if (m + 1 > cur.length) {
    prev2 = new Int32Array(m + 1);
    prev = new Int32Array(m + 1);
    cur = new Int32Array(m + 1);
  }
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= m; j++) {
      const bj = b.charCodeAt(j - 1);
      const cost = ai === bj ? 0 : 1;
      let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) d = Math.min(d, prev2[j - 2] + 1);
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return prev[m];
}

/**
 * The largest distance accepted for a name of this length: none below 5 characters,
 * 1 from 5, 2 from 9.
 */
export function maxEdits(length: number): number {
  return length >= 9 ? 2 : length >= 5 ? 1 : 0;
}

/** Confidence of an edit match: lower with more edits relative to the name's length. */
export function editConfidence(distance: number, length: number): number {
  if (distance === 0) return 1;
  return Math.max(0.3, Math.min(0.85, 1 - (1.5 * distance) / Math.max(length, 1)));
}
