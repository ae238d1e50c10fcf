/**
 * A phrase matcher over token sequences: a trie keyed by lower-case tokens, built once from
 * phrases tokenised like the text. `match` scans left to right and takes the longest phrase
 * at each position (yielding to a longer one that starts inside it), so matches never
 * overlap. Matching allocates nothing but its results.
 */
import { aliasTokens, fold } from "./normalize.js";

const NON_ASCII = /[^\x00-\x7f]/;

/** The child for a token; the diacritic-free key is tried (and allocated) only for non-ASCII tokens. */
function child<T>(node: TrieNode<T>, tok: string): TrieNode<T> | undefined {
  const next = node.next;
  if (!next) return undefined;
  return next.get(tok) ?? (NON_ASCII.test(tok) ? next.get(fold(tok)) : undefined);
}

interface TrieNode<T> {
  next: Map<string, TrieNode<T>> | null;
  entries: T[] | null;
}

/** One match: tokens [tokStart, tokEnd) and every value stored under that phrase. */
export interface PhraseMatch<T> {
  readonly tokStart: number;
  readonly tokEnd: number;
  readonly entries: readonly T[];
}

export class PhraseMatcher<T> {
  private readonly root: TrieNode<T> = { next: null, entries: null };
  private phrases = 0;

  /** Number of distinct token sequences stored (variants included). */
  get size(): number {
    return this.phrases;
  }

  /**
   * Store `value` under the phrase. The phrase is tokenised like text; a diacritic-free
   * variant and, for phrases starting with "the", a variant without it are stored too.
   */
  add(phrase: string, value: T): void {
    this.addTokenized(aliasTokens(phrase), value);
  }

  /** Like `add`, for a phrase already split by `aliasTokens`. */
  addTokenized(toks: readonly string[], value: T): void {
    if (toks.length === 0) return;
    const variants: (readonly string[])[] = [toks];
    const folded = toks.map(fold);
    if (folded.some((t, i) => t !== toks[i])) variants.push(folded);
    if (toks.length > 1 && toks[0] === "the") for (const v of [...variants]) variants.push(v.slice(1));
    for (const v of variants) this.addTokens(v, value);
  }

  /** Store `value` under an already tokenised, lower-case phrase. */
  addTokens(tokens: readonly string[], value: T): void {
    let node = this.root;
    for (const tok of tokens) {
      node.next ??= new Map();
      let child = node.next.get(tok);
      if (!child) {
        child = { next: null, entries: null };
        node.next.set(tok, child);
      }
      node = child;
    }
    if (!node.entries) {
      node.entries = [];
      this.phrases++;
    }
    if (!node.entries.includes(value)) node.entries.push(value);
  }

  /**
   * Longest non-overlapping matches in `lowers[from, to)`.
   * @example
   * const m = new PhraseMatcher<string>(); m.add("United States", "x");
   * m.match(["the", "united", "states", "said"]) // [{ tokStart: 1, tokEnd: 3, entries: ["x"] }]
   */
  match(lowers: readonly string[], from = 0, to = lowers.length): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    let i = from;
    while (i < to) {
      const end = this.longestAt(lowers, i, to);
      if (end > 0) {
        // A longer phrase starting inside this one wins ("the US" | "US State Department").
        let k = i + 1;
        for (; k < end; k++) {
          const endK = this.longestAt(lowers, k, to);
          if (endK > end && endK - k > end - i) break;
        }
        if (k < end) {
          i = k;
          continue;
        }
        out.push({ tokStart: i, tokEnd: end, entries: this.entriesOf(lowers, i, end)! });
        i = end;
      } else i++;
    }
    return out;
  }

  /** The end (exclusive) of the longest phrase starting at `i`, or 0 if none does. */
  longestAt(lowers: readonly string[], i: number, to = lowers.length): number {
    let node: TrieNode<T> | undefined = this.root;
    let best = 0;
    for (let j = i; j < to && node?.next; j++) {
      node = child(node, lowers[j]);
      if (!node) break;
      if (node.entries) best = j + 1;
    }
    return best;
  }

  /** The values stored under exactly `lowers[i, end)`, or null. */
  entriesOf(lowers: readonly string[], i: number, end: number): readonly T[] | null {
    let node: TrieNode<T> | undefined = this.root;
    for (let j = i; j < end && node; j++) node = child(node, lowers[j]);
    return node?.entries ?? null;
  }
}
