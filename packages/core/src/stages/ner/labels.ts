/**
 * The tagger's label set: BIO over PER, ORG, LOC. Ids are fixed (they index the weight
 * table), so the order below is part of the model format.
 */

export const NER_LABELS = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC"] as const;
export type NerLabel = (typeof NER_LABELS)[number];
export type NerType = "PER" | "ORG" | "LOC";
export const NER_TYPES: readonly NerType[] = ["PER", "ORG", "LOC"];

/** Number of labels. */
export const N_LABELS = NER_LABELS.length;

/** Label id of `B-<type>`; `I-<type>` is that plus one. */
export function beginId(type: NerType): number {
  return 1 + 2 * NER_TYPES.indexOf(type);
}

/** Entity type of a label id, or null for O. */
export function typeOf(label: number): NerType | null {
  return label === 0 ? null : NER_TYPES[(label - 1) >> 1];
}

export function isInside(label: number): boolean {
  return label !== 0 && (label & 1) === 0;
}

/** Whether `label` may follow `prev` (no I-X unless after B-X or I-X). */
export function allowedAfter(prev: number, label: number): boolean {
  if (!isInside(label)) return true;
  return prev === label || prev === label - 1;
}

/** A token span [start, end) with its entity type. */
export interface NerTokenSpan {
  start: number;
  end: number;
  label: NerType;
}

/** Token spans from a label-id sequence (an I-X without its B-X opens a span). */
export function labelsToSpans(labels: ArrayLike<number>, n = labels.length): NerTokenSpan[] {
  const spans: NerTokenSpan[] = [];
  let i = 0;
  while (i < n) {
    const l = labels[i];
    if (l === 0) { i++; continue; }
    const begin = isInside(l) ? l - 1 : l;
    let j = i + 1;
    while (j < n && labels[j] === begin + 1) j++;
    spans.push({ start: i, end: j, label: typeOf(begin)! });
    i = j;
  }
  return spans;
}

/**
 * Map a corpus tag to our label set: CoNLL/IOB (`B-PER`, `I-ORG`, `I-MISC`) or CoreNLP
 * classes (`PERSON`, `ORGANIZATION`, `LOCATION`, `CITY`, ...). MISC and everything else → null.
 */
export function tagType(tag: string): NerType | null {
  const t = tag.length > 2 && tag[1] === "-" ? tag.slice(2) : tag;
  switch (t) {
    case "PER": case "PERSON": return "PER";
    case "ORG": case "ORGANIZATION": return "ORG";
    case "LOC": case "LOCATION": case "CITY": case "COUNTRY": case "STATE_OR_PROVINCE": case "GPE": return "LOC";
    default: return null;
  }
}

/**
 * Convert a sentence's corpus tags to label ids. IOB2 `B-` opens a span; `I-X` (IOB1 or
 * IO) opens one when the previous token is not of type X; CoreNLP classes are IO.
 */
export function tagsToLabels(tags: readonly string[]): Uint8Array {
  const out = new Uint8Array(tags.length);
  let prevType: NerType | null = null;
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i];
    const type = tagType(tag);
    if (!type) { prevType = null; continue; }
    const explicitBegin = tag.startsWith("B-");
    out[i] = beginId(type) + (explicitBegin || prevType !== type ? 0 : 1);
    prevType = type;
  }
  return out;
}
