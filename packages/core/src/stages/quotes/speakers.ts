/**
 * Speaker resolution: from a noun phrase (token range) to the speaker record, through the
 * entities layer. A phrase naming a person wins over a body, a body over a country named
 * by its adjective ("the Russian side" → Russia); pronouns take the entity the entities
 * layer linked them to, else the most recent compatible speaker (person for he/she, of
 * no conflicting gender; group for they/it); a phrase with no entity keeps its own span, without an entity.
 */
import type { EntityRecord, EntityType } from "../../doc/record.js";
import { TokenFlag, TokenKind, type Tokens } from "../../text/types.js";
import type { CueIndex } from "./lexicon.js";
import type { TokRange } from "./phrases.js";

export interface FlatMention {
  start: number;
  end: number;
  entity: EntityRecord;
  rank: number;
}

export interface ResolvedSpeaker {
  start: number;
  end: number;
  entity?: EntityRecord;
  /** "person" | "group" when the phrase is a pronoun, else "". */
  pronoun: "" | "person" | "group";
  /** The phrase holds a group noun and no person ("officials", "the ministry"). */
  group: boolean;
  /** The gender a person pronoun tells ("she" → female). */
  gender?: "male" | "female";
}

/** False when the entity's known gender conflicts with the one a pronoun tells ("she" after a man). */
export function genderFits(entity: EntityRecord | undefined, gender: "male" | "female" | undefined): boolean {
  return !gender || !entity?.gender || entity.gender === gender;
}

function rankOf(type: EntityType, via: string): number {
  if (via === "demonym") return 1;
  if (type === "person") return via === "pronoun" ? 3 : 5;
  if (type === "organization") return 4;
  return 2;
}

/** Entity mentions sorted by start, and for each token the mention covering its start (-1 if none). */
export function indexMentions(entities: readonly EntityRecord[], tokens: Tokens): { mentions: FlatMention[]; at: Int32Array } {
  const mentions: FlatMention[] = [];
  for (const entity of entities) {
    for (const m of entity.mentions) mentions.push({ start: m.start, end: m.end, entity, rank: rankOf(entity.type, m.via) });
  }
  mentions.sort((x, y) => x.start - y.start || y.end - x.end);
  const at = new Int32Array(tokens.count).fill(-1);
  let m = 0;
  for (let t = 0; t < tokens.count && m < mentions.length; t++) {
    const s = tokens.start[t]!;
    while (m < mentions.length && mentions[m]!.end <= s) m++;
    // the best mention among those covering this token
    let best = -1;
    for (let k = m; k < mentions.length && mentions[k]!.start <= s; k++) {
      if (mentions[k]!.end > s && (best < 0 || mentions[k]!.rank > mentions[best]!.rank)) best = k;
    }
    at[t] = best;
  }
  return { mentions, at };
}

/**
 * Whether mention `m`, met at token `t` of phrase `np`, is a possessor there ("Day's animal
 * foundation", "his father"): it names whom the head belongs to, not the speaker, unless the
 * head is a spokes noun ("Merkel's spokesperson", "the ministry's statement").
 */
export function isPossessor(tokens: Tokens, t: number, m: FlatMention, np: TokRange, cues: CueIndex, spokes = true): boolean {
  let k = t;
  while (k + 1 < np.b && tokens.start[k + 1]! < m.end) k++;
  if (k + 1 >= np.b) return false;
  const owner = tokens.kind[k + 1] === TokenKind.Possessive ? k + 2 < np.b : k === t && cues.possessivePronouns.has(tokens.lower(t));
  return owner && !(spokes && cues.spokesHeads.has(tokens.lower(np.b - 1)));
}

/**
 * Whether a person's mention `m`, met at token `t` of phrase `np`, only modifies the lower-case
 * head that ends the phrase ("a senior Cruz adviser", "one Clinton aide", "Sanders supporters"): the
 * phrase names someone close to the mention, not the mention. A body's mention before an account
 * head ("her Twitter account") names the platform the account is on, not the speaker.
 */
export function isModifier(tokens: Tokens, t: number, m: FlatMention, np: TokRange, cues: CueIndex): boolean {
  let k = t;
  while (k + 1 < np.b && tokens.start[k + 1]! < m.end) k++;
  // "her Twitter account", "an official government Twitter account": a platform names where the account is, its owner speaks
  if (m.entity.type === "organization") return k + 1 < np.b && np.b - (k + 1) <= 2 && cues.accountNouns.has(tokens.lower(np.b - 1)) && !tokens.has(np.b - 1, TokenFlag.Upper);
  if (m.entity.type !== "person") return false;
  // a name ("Cruz", not "She"), then at most three lower-case words ending in the head ("campaign official")
  if (k + 1 >= np.b || np.b - (k + 1) > 3 || !tokens.has(t, TokenFlag.Upper) || !cues.affiliateNouns.has(tokens.lower(np.b - 1))) return false;
  for (let u = k + 1; u < np.b; u++) {
    const w = tokens.lower(u);
    if (tokens.kind[u] !== TokenKind.Word || tokens.has(u, TokenFlag.Upper) || cues.determiners.has(w) || cues.verbs.has(w) || cues.adverbs.has(w)) return false;
  }
  return true;
}

const DASHES = new Set(["-", "–", "—", "--"]);

/** The speaker a noun phrase names, before pronoun fallback. */
export function speakerOf(tokens: Tokens, np: TokRange, mentions: FlatMention[], at: Int32Array, cues: CueIndex): ResolvedSpeaker {
  let best: FlatMention | null = null;
  let group = false;
  for (let t = np.a; t < np.b; t++) {
    const k = at[t]!;
    if (k >= 0 && !isPossessor(tokens, t, mentions[k]!, np, cues) && !isModifier(tokens, t, mentions[k]!, np, cues)) {
      const m = mentions[k]!;
      if (!best || m.rank > best.rank || (m.rank === best.rank && m.end - m.start > best.end - best.start)) best = m;
    }
    if (cues.groupNouns.has(tokens.lower(t))) group = true;
  }
  if (np.b - np.a === 1) {
    const w = tokens.lower(np.a);
    const pronoun = cues.personPronouns.has(w) ? "person" : cues.groupPronouns.has(w) ? "group" : "";
    if (pronoun) {
      const gender = cues.pronounGender.get(w);
      return { start: tokens.start[np.a]!, end: tokens.end[np.a]!, entity: best?.entity, pronoun, group: pronoun === "group", ...(gender ? { gender } : {}) };
    }
  }
  let a = np.a;
  // "a very strong winning streak - something Sanders aides": a spaced dash ends what went before
  if (!best) for (let t = np.b - 2; t > a; t--) if (tokens.kind[t] === TokenKind.Punct && DASHES.has(tokens.norm(t)) && tokens.start[t]! > tokens.end[t - 1]!) { a = t + 1; break; }
  // "One of the victims": a determiner before "of" is the phrase's head
  while (a < np.b - 1 && cues.determiners.has(tokens.lower(a)) && tokens.lower(a + 1) !== "of") a++;
  if (best && best.rank >= 3) return { start: best.start, end: best.end, entity: best.entity, pronoun: "", group: false };
  // "the Florida senator", "a Texas lawyer": a place names where the person is from, not the speaker
  if (best?.entity.type === "place" && cues.personNouns.has(tokens.lower(np.b - 1))) best = null;
  return { start: tokens.start[a]!, end: tokens.end[np.b - 1]!, entity: best?.entity, pronoun: "", group };
}
