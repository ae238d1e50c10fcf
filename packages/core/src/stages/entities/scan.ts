/**
 * The mention scan: one pass over each sentence's tokens that finds, in this order of
 * preference, bylines ("Additional reporting by ..."), title phrases (title + name,
 * titles used as names), knowledge-base names (countries, demonyms, capitals, bodies,
 * people, places), tagger names, honorific + name, and pronouns; and links each to a
 * document entity (KB, fuzzy, title holder at the article's date, earlier partial name,
 * or a new local entity). Pronouns are resolved as they are met: "he"/"she" right after a
 * reporting verb to that verb's subject ("Obama said he ..."); a pronoun inside a quotation to
 * a person the same quotation names, never to one named outside it in its sentence (the
 * speaker); else to the earliest compatible mention of the same sentence or of one of the
 * three before. A mention inside a quotation is no antecedent of a pronoun outside it in the
 * same sentence, and "him"/"them" is never the subject of the verb right before it.
 */
import type { EntityType, Via } from "../../doc/record.js";
import { damerau } from "../../kb/fuzzy.js";
import { roleActive, type KnowledgeBase } from "../../kb/knowledge-base.js";
import { fold } from "../../kb/normalize.js";
import type { AliasHit, Country, KbEntity, Person, Place, Title } from "../../kb/types.js";
import { TokenFlag, TokenKind, type Sentences, type Tokens } from "../../text/types.js";
import type { NerMention } from "../ner/stage.js";
import { distanceKm, foldCached, fuzzyPeople, kbIndex, mayLieIn, type KbIndex } from "./kb-index.js";
import type { EntityLexicon, Gender, PronounInfo } from "./lexicon.js";
import { Registry, type DocEntity, type RawMention, type TitleContext } from "./registry.js";

const UPPER = TokenFlag.Upper;
const ALLCAPS = TokenFlag.AllCaps;
const SPACE = TokenFlag.SpaceBefore;
/** Sectors of the state: an actor of one that the text gives no country acts for the country the text is set in. */
/** Prepositions joining a title in apposition to the body it serves ("a professor at", "a detective with"). */
const APPOSITION_PREPS: ReadonlySet<string> = new Set(["of", "at", "for", "with"]);
const STATE_SECTORS: ReadonlySet<string> = new Set(["GOV", "LEG", "JUD", "MIL", "COP", "SPY"]);
/** Branches whose word before a government head noun makes the body theirs ("Senate Foreign Relations Committee", "Police Department"). */
const STATE_BRANCHES: ReadonlySet<string> = new Set(["LEG", "JUD", "MIL", "COP"]);
/** Relative pronouns opening a clause about the person before them ("Smith, who met Jones, said"). */
const RELATIVES: ReadonlySet<string> = new Set(["who", "whom", "whose"]);
/** Articles that open a noun-phrase apposition ("Ryan, the House speaker, said"). */
const ARTICLES: ReadonlySet<string> = new Set(["the", "a", "an"]);
/** A word between a speaker and the reporting verb ("Ms. Greenberg also said", "she has said"). */
const SPEAKER_ADVERBS: ReadonlySet<string> = new Set(["also", "has", "had", "have", "then", "later", "again", "once"]);
/** A one-letter word, with or without its period ("r.", "r"). */
const INITIAL = /^[a-z]\.?$/;

/** A country or body standing before a title ("Russian", "US", "NATO", "Russia's"). */
interface Modifier {
  readonly tokStart: number;
  readonly tokEnd: number;
  readonly hit: AliasHit;
  /** ISO3 or body code. */
  readonly code: string | undefined;
}

export class Scanner {
  readonly registry: Registry;
  readonly mentions: RawMention[] = [];
  private readonly idx: KbIndex;
  private readonly n: number;
  private readonly lowers: string[];
  /** The gender of the honorific before the name being linked ("Mrs." in "Mrs. Clinton"), else undefined. */
  private honorificGender: Gender | undefined;
  /** End of the longest KB phrase starting at each token (case-checked), 0 if none. */
  private readonly kbEnd: Int32Array;
  private readonly kbHits: (readonly AliasHit[] | undefined)[];
  private readonly titleEnd: Int32Array;
  private readonly nerAt: Int32Array;
  /** Per token, the number (from 1) of the double quotation it stands in, 0 outside any (quote marks 0). */
  private readonly quoteOf: Int32Array;
  /** Folded form of each token, made on first use. */
  private readonly folds: (string | undefined)[];
  private sentence = 0;
  /** The current sentence is a headline in title case ("Sanders Told A Female Reporter Not To Moan"): capitals name nothing by themselves. */
  private titleCase = false;
  /** First token of the current sentence. */
  private from = 0;
  /** Folded names met after a storm's or project's word ("Hurricane Lorenzo" → "lorenzo"): alone later, they name that thing, nobody. */
  private readonly thingNames = new Set<string>();
  /** People named after a title ("US President Trump", "Pope Francis"). */
  private readonly titled = new Set<DocEntity>();
  /** Token after the last mention added (a name is never extended back over it). */
  private lastEnd = 0;

  constructor(
    private readonly text: string,
    private readonly tokens: Tokens,
    private readonly sentences: Sentences,
    private readonly ner: readonly NerMention[],
    private readonly kb: KnowledgeBase,
    private readonly lex: EntityLexicon,
    private readonly date: string | undefined,
  ) {
    this.registry = new Registry(kb, date);
    this.idx = kbIndex(kb);
    const n = (this.n = tokens.count);
    const lowers = (this.lowers = new Array<string>(n));
    for (let i = 0; i < n; i++) lowers[i] = tokens.lower(i);
    this.folds = new Array<string | undefined>(n);
    this.kbEnd = new Int32Array(n);
    this.kbHits = new Array(n);
    this.titleEnd = new Int32Array(n);
    this.nerAt = new Int32Array(n).fill(-1);
    for (let k = 0; k < ner.length; k++) if (this.nerAt[ner[k]!.tokStart] < 0) this.nerAt[ner[k]!.tokStart] = k;
    const kinds = tokens.kind;
    const flags = tokens.flags;
    this.quoteOf = quoteSpans(tokens);
    const titleFirst = this.idx.titleFirst;
    const dets = lex.determiners;
    for (let s = 0; s < sentences.count; s++) {
      const to = sentences.tokEnd[s]!;
      for (let i = sentences.tokStart[s]!; i < to; i++) {
        if (kinds[i] !== TokenKind.Word) continue;
        if (titleFirst.has(lowers[i]!)) this.titleEnd[i] = kb.titleMatcher.longestAt(lowers, i, to);
        // every KB name needs a capital at its first word (after "the")
        if (!(flags[i]! & UPPER) && !(dets.has(lowers[i]!) && i + 1 < to && flags[i + 1]! & UPPER)) continue;
        const end = kb.matcher.longestAt(lowers, i, to);
        if (end > 0) {
          const hits = this.caseFilter(kb.matcher.entriesOf(lowers, i, end)!, i, end);
          if (hits.length > 0) {
            this.kbEnd[i] = end;
            this.kbHits[i] = hits;
          }
        }
      }
    }
  }

  /** `foldCached` of token i's normalised form, once per token. */
  private foldAt(i: number): string {
    let f = this.folds[i];
    if (f === undefined) this.folds[i] = f = foldCached(this.tokens.norm(i));
    return f;
  }

  /** Aliases in capitals ("US", "WHO") only where the text has capitals; other names need a capital letter. */
  private caseFilter(hits: readonly AliasHit[], i: number, end: number): readonly AliasHit[] {
    const c = end - i > 1 && this.lex.determiners.has(this.lowers[i]!) ? i + 1 : i;
    const f = this.tokens.flags[c]!;
    // "US$22,900": a currency, not the country
    if (end < this.n && !(this.tokens.flags[end]! & SPACE) && (this.tokens.kind[end] === TokenKind.Symbol || this.tokens.kind[end] === TokenKind.Number)) return [];
    // a one-word person alias that is a month or a common word ("May") is no name by itself
    if (end - c === 1 && this.lex.nonNames.has(this.lowers[c]!)) hits = hits.filter((h) => h.entity.kind !== "person");
    // "Saint Francis Hospital": a one-word person alias after a saint's title is part of another name
    if (end - c === 1 && c > 0 && this.tokens.flags[c - 1]! & UPPER && this.lex.thingBefore.has(this.lowers[c - 1]!)) hits = hits.filter((h) => h.entity.kind !== "person");
    // "Allentown, Pa.", "(Mass.)": a state's abbreviation with its period only after a comma or bracket ("attended Mass." is no state)
    if (end - c === 2 && this.lowers[end - 1] === "." && !(c > 0 && (this.lowers[c - 1] === "," || this.lowers[c - 1] === "("))) hits = hits.filter((h) => h.entity.kind !== "place");
    // "a New Yorker": a body whose own name has its article ("The New Yorker") after an indefinite article is something else ("a Fed governor" stays the Fed)
    if (c === i && c > 0 && (this.lowers[c - 1] === "a" || this.lowers[c - 1] === "an")) hits = hits.filter((h) => h.entity.kind !== "organization" || !/^the /i.test(h.form) || !/^the /i.test(h.entity.name));
    if (end - c === 1 && c > 0) {
      // "the Moon": a one-word person alias after an article is a thing, unless it is a title ("the Queen")
      if ((c > i || this.lex.determiners.has(this.lowers[c - 1]!)) && !this.lex.titleHeads.has(this.lowers[c]!)) hits = hits.filter((h) => h.entity.kind !== "person");
      // "Santa Cruz Island": a one-word foreign name ("Island", Iceland) after a capitalised word is part of another name
      const pf = this.tokens.flags[c - 1]!;
      if (this.tokens.kind[c - 1] === TokenKind.Word && pf & UPPER && this.tokens.flags[c]! & SPACE) {
        hits = hits.filter((h) => h.via !== "foreign");
        // "the Gulf States", "Colony West": a country's or region's one-word alias the KB writes with its article ("the States", "the West") right after another capitalised word is part of another name
        if (c === i && !this.lex.determiners.has(this.lowers[c - 1]!)) hits = hits.filter((h) => !((h.entity.kind === "country" || h.entity.kind === "region") && /^the /i.test(h.form)));
        // "the Paris Métro": a one-word town abroad right after a town's or country's name is part of a name there, not the town (Metro, Indonesia)
        const before = this.placeCountryEndingAt(c);
        if (before) hits = hits.filter((h) => h.entity.kind !== "place" || h.entity.placeKind !== "city" || h.entity.country === before);
      }
    }
    // "a FICO score": a one-word person alias in capitals among words that are not is an acronym, not the person ("TRUMP:" opening a turn stays)
    if (end - c === 1 && f & ALLCAPS && !(c > 0 && this.tokens.flags[c - 1]! & ALLCAPS) && !(end < this.n && (this.tokens.flags[end]! & ALLCAPS || this.lowers[end] === ":"))) {
      hits = hits.filter((h) => h.entity.kind !== "person");
    }
    if (f & ALLCAPS || (f & UPPER && !/[a-z]/.test(this.tokens.norm(c)))) return hits;
    if (!(f & UPPER)) return [];
    let out: AliasHit[] | undefined;
    for (let k = 0; k < hits.length; k++) {
      if (hits[k]!.caps) {
        out ??= hits.slice(0, k) as AliasHit[];
      } else out?.push(hits[k]!);
    }
    return out ?? hits;
  }

  /** The country of a KB place or country whose name ends right before token c (one or two tokens back), else undefined. */
  private placeCountryEndingAt(c: number): string | undefined {
    for (let p = c - 1; p >= 0 && p >= c - 2; p--) {
      if (this.kbEnd[p] !== c) continue;
      const code = this.codeOf(this.kbHits[p]!);
      if (code) return code;
    }
    return undefined;
  }

  run(): void {
    const { sentences, tokens } = this;
    for (let s = 0; s < sentences.count; s++) {
      this.sentence = s;
      const from = sentences.tokStart[s]!, to = sentences.tokEnd[s]!;
      this.from = from;
      this.titleCase = this.isTitleCase(from, to);
      const byline = this.findByline(from, to);
      let t = from;
      while (t < to) {
        if (byline >= 0 && t === byline) {
          t = this.byline(this.bylineEnd, to);
          continue;
        }
        if (tokens.kind[t] !== TokenKind.Word) {
          t++;
          continue;
        }
        const work = this.workName(t, to);
        if (work > t) {
          t = work;
          continue;
        }
        const next = this.at(t, to);
        t = next > t ? next : t + 1;
      }
    }
    this.codeBodies();
    this.appositives();
    this.earlySurnames();
    this.codeActors();
  }

  /**
   * Sector and country that nothing else gave an actor the KB does not know: a body's sector
   * from the head noun of its name (lexicon bodyHeads: "Federal Aviation Administration" → GOV,
   * "University of Washington" → EDU; a government head after a legislature, court, army or
   * police word or a party's name is theirs: "Senate Foreign Relations Committee" → LEG,
   * "Republican National Committee" in a US story → PTY); and a state actor (GOV,
   * LEG, JUD, MIL, COP, SPY: a titled official, a ministry) named with no country, in a text set
   * in one country (its KB places, people and bodies outnumber any other's twice), that country.
   */
  private codeActors(): void {
    for (const e of this.registry.all) {
      if (e.kb || e.mentions.length === 0 || (e.type !== "organization" && e.type !== "person")) continue;
      // a party's people too ("campaign chairman Paul Manafort"; not a party's name: "Party of Regions" in a US story)
      if (e.country || !e.sector || !(STATE_SECTORS.has(e.sector) || (e.sector === "PTY" && e.type === "person"))) continue;
      const home = this.homeCountry();
      if (home) e.country = home;
    }
  }

  /** A tagger-named body's sector from its name's head noun, before appositions pass it to people ("X, a detective with the Jupiter Police"). */
  private codeBodies(): void {
    for (const e of this.registry.all) {
      if (e.kb || e.type !== "organization" || e.sector || e.mentions.length === 0) continue;
      const m = e.mentions.find((x) => x.via === "name");
      const sector = m ? this.headSector(e, m.tokStart, m.tokEnd) : undefined;
      if (sector) e.sector = sector;
    }
  }

  /** The sector the head noun of the name [a, b) of body `e` gives: its last word, else the word before its first "of" (a party's body takes the party's country). */
  private headSector(e: DocEntity, a: number, b: number): string | undefined {
    const { lowers, lex } = this;
    let head = b - 1;
    // "Fox Business Network", "The Jerusalem Post": a news outlet
    if (b - a >= 2 && this.tokens.flags[head]! & UPPER) {
      if (lex.newsHeads.has(lowers[head]!) || lex.newsOpeners.has(lowers[head - 1]!)) return "JRN";
      // "Ithaca College", "Saint Francis Hospital"
      const s = lex.codingHeads.get(lowers[head]!);
      if (s) return s;
    }
    let sector = lex.bodyHeads.get(lowers[head]!);
    if (!sector) {
      for (let k = a + 1; k < b - 1; k++) {
        if (lowers[k] !== "of") continue;
        head = k - 1;
        sector = lex.bodyHeads.get(lowers[head]!);
        break;
      }
    }
    // "the Boca Raton office of ...": a head written in lower case names no body
    if (!sector || !(this.tokens.flags[head]! & UPPER)) return undefined;
    // "Hotel Arpit Palace": a venue
    for (let k = a; k < b; k++) if (lex.venueHeads.has(lowers[k]!)) return undefined;
    // a loose head ("Committee", "Fund") gives a sector only with a branch's or party's word before it
    const loose = lex.looseBodyHeads.has(lowers[head]!);
    if (sector !== "GOV" && !loose) return sector;
    for (let k = a; k < head; k++) {
      const s = lex.bodyHeads.get(lowers[k]!);
      if (s && STATE_BRANCHES.has(s)) return s;
      // "Republican National Committee": a word that with "party" names a KB party makes a party's body (of the text's country, else unknown)
      const party = this.partyWord(k);
      if (party === undefined) continue;
      // of the country the text is set in ("Labor Department" in a US story is no Australian party's)
      if (!party || party !== this.homeCountry()) return undefined;
      if (!e.country) e.country = party;
      return "PTY";
    }
    return loose ? undefined : sector;
  }

  /** A capitalised word at k that with "party" names a KB party ("Republican", "Democratic"): the party's country, "" when it has none; undefined for other words. */
  private partyWord(k: number): string | undefined {
    if (!(this.tokens.flags[k]! & UPPER)) return undefined;
    for (const h of this.kb.lookup(`${this.text.slice(this.tokens.start[k]!, this.tokens.end[k]!)} party`, ["organization"])) {
      if (h.entity.kind === "organization" && h.entity.sector === "PTY") return h.entity.country ?? "";
    }
    return undefined;
  }

  /** The country the text is set in: the one whose KB places, people and bodies (countPlaces) are named at least twice and twice as often as any other's. */
  private homeCountry(): string | undefined {
    this.countPlaces();
    let best: string | undefined;
    let most = 0;
    let second = 0;
    for (const [c, k] of this.actorCounts!) {
      if (k > most) {
        second = most;
        [best, most] = [c, k];
      } else if (k > second) second = k;
    }
    return most >= 2 && most >= 2 * second ? best : undefined;
  }

  /**
   * "Clinton swipes at Trump" (headline) ... "Hillary Clinton": a lone surname met before
   * anyone of that surname was named in full is the one person the text later names in full
   * with it (none when two are). So is a KB person's lone surname ("Johnson wins a slice"
   * ... "Gary Johnson") when the text never names that KB person in full, by a title, or
   * their country.
   */
  private earlySurnames(): void {
    const all = this.registry.all;
    // surname (last folded word) of each person named in full → that person, or null when two share it
    let bySurname: Map<string, DocEntity | null> | undefined;
    let strangers: DocEntity[] | undefined;
    for (const e of all) {
      if (e.type !== "person" || e.mentions.length === 0) continue;
      let key: string;
      let abroad = false;
      if (e.kb) {
        if (fullyNamed(e)) continue;
        abroad = !!e.country && !this.countriesInDoc().has(e.country);
        const m0 = e.mentions.find((m) => m.via !== "pronoun");
        if (!m0) continue;
        key = this.foldAt(m0.tokStart);
      } else {
        if (e.name.indexOf(" ") >= 0) continue;
        key = foldCached(e.name);
      }
      if (!bySurname) {
        bySurname = new Map();
        for (const c of all) {
          if (c.type !== "person" || c.mentions.length === 0 || (c.kb && !fullyNamed(c))) continue;
          const f = foldCached(c.name);
          const sp = f.lastIndexOf(" ");
          if (sp < 0) continue;
          const last = f.slice(sp + 1);
          bySurname.set(last, bySurname.has(last) ? null : c);
        }
      }
      const target = bySurname.get(key);
      // "Johnson gains ground" ... "Gary Johnson": a lone alias two KB people share is the one the text names in full
      const shared = !!e.kb && !!target && target !== e && target.kb?.kind === "person" && target.kb.aliases.some((x) => foldCached(x) === key);
      // so is one several KB people bear ("Johnson": Boris, Ron, Gary) before a namesake the KB does not know
      if (e.kb && !abroad && !shared && !(target && !target.kb && this.kbPeopleNamed(e))) continue;
      if (!target || target === e || (e.kb && target.kb && !shared) || target.mentions[0]!.start < e.mentions[0]!.start) {
        // "Johnson" in a story set in the US that never names the UK: not the KB's foreign namesake, someone of that surname
        if (e.kb && abroad && !target && !this.titled.has(e) && !this.placeOwned(e)) {
          const home = this.homeCountry();
          if (home && home !== e.country) (strangers ??= []).push(e);
        }
        continue;
      }
      for (const m of e.mentions) {
        const moved: RawMention = { ...m, entity: target };
        const k = this.mentions.indexOf(m);
        if (k >= 0) this.mentions[k] = moved;
        target.mentions.push(moved);
      }
      e.mentions.length = 0;
    }
    if (strangers) for (const e of strangers) this.moveAll(e, this.registry.local(this.nameOf(e), "person"));
  }

  /** True when the lone name `e` was first written by is an alias of more than one KB person. */
  private kbPeopleNamed(e: DocEntity): boolean {
    const m0 = e.mentions.find((m) => m.via !== "pronoun");
    if (!m0) return false;
    let k = 0;
    for (const h of this.kb.lookup(this.nameText(m0.tokStart, m0.tokEnd), ["person"])) if (h.entity.kind === "person" && ++k > 1) return true;
    return false;
  }

  /** True when a mention of `e` follows a place's possessive ("Switzerland's Trump": a local likeness of the famous one). */
  private placeOwned(e: DocEntity): boolean {
    for (const m of e.mentions) {
      const p = m.tokStart - 1;
      if (p > 0 && this.tokens.kind[p] === TokenKind.Possessive && this.placeCountryEndingAt(p)) return true;
    }
    return false;
  }

  /** The name of `e` as its first mention that is no pronoun writes it. */
  private nameOf(e: DocEntity): string {
    const m = e.mentions.find((x) => x.via !== "pronoun") ?? e.mentions[0]!;
    return this.nameText(m.tokStart, m.tokEnd);
  }

  /** Move every mention of `e` to `target`. */
  private moveAll(e: DocEntity, target: DocEntity): void {
    for (const m of e.mentions) {
      // a KB alias moved to a person the KB does not know is a name
      const moved: RawMention = { ...m, entity: target, via: m.via === "alias" ? "name" : m.via };
      const k = this.mentions.indexOf(m);
      if (k >= 0) this.mentions[k] = moved;
      target.mentions.push(moved);
    }
    e.mentions.length = 0;
  }

  /**
   * The name of a work, vessel or instrument at t, which names no actor: capitalised words
   * after a work noun and an article or possessive ("the film Pillow Talk", "The boat,
   * Conception,"); a title case name that fills a double quotation ("ABC's “Good Morning
   * America”"); a title opening with a capitalised "The" inside a sentence before a town's
   * name and more capitalised words ("Hitchcock's The Man Who Knew Too Much"). A KB person
   * or body there is still named. Returns the token after the name, or t.
   */
  private workName(t: number, to: number): number {
    const { tokens, lowers, lex } = this;
    const flags = tokens.flags;
    if (!(flags[t]! & UPPER) || this.titleCase) return t;
    // after a work noun: "the film X", "a 1956 film X", "the boat, X,"
    let p = t - 1;
    const comma = p > this.from && lowers[p] === ",";
    if (comma) p--;
    if (p > this.from && tokens.kind[p] === TokenKind.Word && !(flags[p]! & UPPER) && lex.workNouns.has(lowers[p]!)) {
      let o = p - 1;
      if (o > this.from && tokens.kind[o] === TokenKind.Number) o--;
      if (o >= this.from && lex.workOpeners.has(lowers[o]!) && !this.actorAt(t) && this.capWord(t)) {
        const end = this.titleRun(t, to);
        // "The boat, Conception, caught fire": an apposition names the work only when the work noun opens the clause
        // ("the director of the film, Michael Bay," is the director)
        if (!comma || ((o === this.from || tokens.kind[o - 1] !== TokenKind.Word) && end < to && lowers[end] === ",")) return end;
      }
    }
    // a title in double quotation marks
    const q = this.quoteOf[t]!;
    if (q > 0 && t > 0 && tokens.kind[t - 1] === TokenKind.Quote && this.quoteOf[t - 1] === 0) {
      let e = t;
      while (e < to && this.quoteOf[e] === q) e++;
      // "“Good Morning America,”": a comma or period set inside the closing mark is no part of the title
      const inner = e - 1 > t && (lowers[e - 1] === "," || lowers[e - 1] === ".") ? e - 1 : e;
      if (e < to && inner - t >= 2 && inner - t <= 8 && tokens.kind[e] === TokenKind.Quote && this.titleRun(t, inner) === inner) {
        let names = 0;
        for (let i = t; i < e; i++) {
          // "“Crooked Hillary”": a nickname of someone named earlier is still them
          if (this.actorAt(i) || (tokens.kind[i] === TokenKind.Word && this.registry.personTokens.has(this.foldAt(i)))) return t;
          if (tokens.kind[i] === TokenKind.Word && flags[i]! & UPPER) names++;
        }
        // "known as “Lucky and Skuff Coyote”", "“The Rachel Maddow Show”": a person the tagger names in full inside, or
        // anyone it names inside a name given to someone, is still named ("“Morning Joe”" is a show)
        const given = t - 2 >= this.from && lex.namingWords.has(lowers[t - 2]!);
        for (let i = t; i < e; i++) {
          const k = this.nerAt[i]!;
          if (k >= 0 && this.ner[k]!.label === "PER" && (given || this.ner[k]!.tokEnd - this.ner[k]!.tokStart >= 2)) return t;
        }
        if (names >= 2) return e;
      }
    }
    // "Hitchcock's The Man Who Knew Too Much"
    if (lowers[t] === "the" && t > this.from && t + 2 < to && (tokens.kind[t - 1] === TokenKind.Word || tokens.kind[t - 1] === TokenKind.Possessive || lowers[t - 1] === ",")) {
      const k = this.kbEnd[t + 1]!;
      if (k > 0 && k > this.kbEnd[t]! && k < to && !this.actorAt(t + 1) && this.kbHits[t + 1]!.every((h) => h.entity.kind === "place") && tokens.kind[k] === TokenKind.Word && flags[k]! & UPPER) {
        return this.titleRun(t, to);
      }
    }
    return t;
  }

  /** A KB person or body starts at token i. */
  private actorAt(i: number): boolean {
    if (this.kbEnd[i]! <= 0) return false;
    for (const h of this.kbHits[i]!) if (h.entity.kind === "person" || h.entity.kind === "organization") return true;
    return false;
  }

  /** End of a title's words from a: capitalised words, numbers and possessives, and a short lower-case word between two capitalised ones ("Gone with the Wind"), at most ten tokens. */
  private titleRun(a: number, to: number): number {
    const { tokens, lowers } = this;
    let end = a;
    for (let j = a; j < to && j - a < 10; j++) {
      const k = tokens.kind[j];
      if ((k === TokenKind.Word && tokens.flags[j]! & UPPER) || (j > a && (k === TokenKind.Number || k === TokenKind.Possessive))) {
        end = j + 1;
        continue;
      }
      if (j > a && k === TokenKind.Word && lowers[j]!.length <= 4 && j + 1 < to && tokens.kind[j + 1] === TokenKind.Word && tokens.flags[j + 1]! & UPPER) continue;
      break;
    }
    return end;
  }

  /** True for five words or more with no word in lower case (a headline written in title case). */
  private isTitleCase(from: number, to: number): boolean {
    let words = 0;
    for (let i = from; i < to; i++) {
      if (this.tokens.kind[i] !== TokenKind.Word) continue;
      if (!(this.tokens.flags[i]! & UPPER)) return false;
      // "GOP", "SICK": words in capitals neither make nor break a title-case headline
      if (!(this.tokens.flags[i]! & ALLCAPS)) words++;
    }
    return words >= 5;
  }

  private at(t: number, to: number): number {
    const lw = this.lowers[t]!;
    // "Hurricane Ophelia" (tagged or not): "Ophelia" alone later is the storm
    if (this.lex.keptThings.has(lw) && this.tokens.flags[t]! & UPPER && t + 1 < to && this.capWord(t + 1) && this.kbEnd[t + 1] === 0) {
      const folded: string[] = [];
      for (let i = t + 1; i < to && i - t <= 2 && this.capWord(i) && this.kbEnd[i] === 0; i++) folded.push(this.foldAt(i));
      this.thingNames.add(folded.join(" "));
    }
    const pron = this.lex.pronouns.get(lw);
    if (pron) {
      this.pronoun(t, pron);
      return t + 1;
    }
    const title = this.titlePhrase(t, to);
    if (title > t) return title;
    if (this.lex.determiners.has(lw) && t + 1 < to && this.kbEnd[t + 1]! > this.kbEnd[t]!) return t + 1;
    const kbEnd = this.kbEnd[t]!;
    if (kbEnd > 0) {
      const outlet = this.longerOutlet(t, kbEnd, to);
      if (outlet > 0) return outlet;
      const pair = this.regionPair(t, kbEnd, to);
      if (pair > 0) return pair;
      const feature = this.featureAfterAdjective(t, kbEnd, to);
      if (feature > 0) return feature;
      const firm = this.placeOpensFirm(t, kbEnd, to);
      if (firm > 0) return firm;
      const venue = this.venueName(t, kbEnd, to);
      if (venue > 0) return venue;
      const foreign = this.foreignBody(t, kbEnd, to);
      if (foreign > kbEnd) return foreign;
      const body = this.bodyAfterCountry(t, kbEnd, to);
      if (body > kbEnd) return body;
      const longer = this.partOfLongerName(t, kbEnd, to);
      if (longer > 0) return longer;
      const opened = this.placeOpensName(t, kbEnd, to);
      if (opened > 0) return opened;
      const named = this.personAsPlace(t, kbEnd);
      if (named > 0) return named;
      const police = this.areaPolice(t, kbEnd, to);
      if (police > kbEnd) return police;
      // "Michael Bloomberg ... Bloomberg said he", "Mr. Bloomberg": a body's one-word name that is the surname of a person named before (or follows an honorific) is the person
      const bearer = this.surnameBearer(t, kbEnd);
      if (bearer) {
        this.add(t, kbEnd, "name", bearer, 0.7);
        return kbEnd;
      }
      const k = this.nerAt[t]!;
      // "a home known as the Blue House" in a story from Harare: a seat named like an ordinary house is its country's only where the text names that country
      if (this.seatAbroad(t)) {
        const a = this.lex.determiners.has(lw) ? t + 1 : t;
        const m = k >= 0 ? this.ner[k]! : this.nerAt[a]! >= 0 ? this.ner[this.nerAt[a]!]! : undefined;
        if (m && m.label !== "PER" && m.tokEnd === kbEnd) {
          this.addLocal(a, kbEnd, m.label === "ORG" ? "organization" : "place", 0.5);
        }
        return kbEnd;
      }
      if (!(k >= 0 && this.nerWins(this.ner[k]!, kbEnd, this.kbHits[t]!))) {
        if (this.kbHits[t]!.some((h) => h.entity.kind === "person")) {
          const longer = this.nameAfterAlias(t, kbEnd, to);
          if (longer > kbEnd) {
            // "Trump Tower", "Kennedy Airport", "Trump University", "the Clinton Foundation": a
            // person's name before a place's or a body's head noun names a place or a body
            // after them, not a person (nor the person)
            const sector = this.lex.bodyHeads.get(this.lowers[longer - 1]!);
            if (sector || this.placeLike(t, longer)) {
              this.addLocal(t, longer, sector ? "organization" : "place", 0.6, sector ? { sector } : {});
              return longer;
            }
            this.personMention(t, longer, {});
            return longer;
          }
        }
        this.kbMention(t, kbEnd, this.kbHits[t]!, false);
        return kbEnd;
      }
    }
    if (this.lex.determiners.has(lw) && t + 1 < to) {
      const d = this.definite(t, to);
      if (d > t) return d;
    }
    const k = this.nerAt[t]!;
    if (k >= 0) {
      const named = this.bodyForPlace(this.ner[k]!, to);
      if (named > 0) return named;
      return this.nerMention(this.ner[k]!, to);
    }
    // a capitalised word the tagger missed that is part of a name met earlier
    if (this.tokens.flags[t]! & UPPER && this.registry.personTokens.size > 0 && !this.lex.nonNames.has(lw) && this.registry.personTokens.has(this.foldAt(t))) {
      const end = this.nameRun(t, to);
      if (end > t) {
        const folded: string[] = [];
        for (let i = t; i < end; i++) folded.push(this.foldAt(i));
        const earlier = this.registry.findPerson(folded);
        if (earlier) {
          this.add(t, end, "name", earlier, 0.7);
          return end;
        }
      }
    }
    if (this.lex.honorifics.has(lw) && t + 1 < to && this.tokens.flags[t + 1]! & UPPER) {
      const end = this.nameRun(t + 1, to);
      if (end > t + 1) {
        this.honorificGender = this.lex.genderWords.get(lw);
        this.personMention(t + 1, end, {});
        this.honorificGender = undefined;
        return end;
      }
    }
    return t + 1;
  }

  // ------------------------------------------------------------------ titles

  private modifierAt(p: number): Modifier | undefined {
    const end = this.kbEnd[p]!;
    if (end === 0) return undefined;
    const hits = this.kbHits[p]!;
    // "the White House press secretary": the body over the seat standing for the country
    const hit = hits.find((h) => (h.entity.kind === "country" || h.entity.kind === "region") && h.via !== "seat")
      ?? hits.find((h) => h.entity.kind === "organization")
      ?? hits.find((h) => h.entity.kind === "country" || h.entity.kind === "region");
    if (!hit || hits.some((h) => h.entity.kind === "person")) return undefined;
    const e = hit.entity;
    const code = e.kind === "country" || e.kind === "region" ? e.iso3 : e.kind === "organization" ? (e.country ?? e.code) : undefined;
    return { tokStart: p, tokEnd: end, hit, code };
  }

  /** The reading of a title for a country: restricted to it, else general, else the only one. */
  private reading(q: number, end: number, code: string | undefined): Title | undefined {
    const all = this.kb.titleMatcher.entriesOf(this.lowers, q, end);
    if (!all || all.length === 0) return undefined;
    if (code) {
      const own = all.find((t) => t.countries?.includes(code));
      if (own) return own;
      return all.find((t) => !t.countries);
    }
    return all.find((t) => !t.countries) ?? all[0];
  }

  /**
   * `[the] [former] [Country|Body ['s]] Title [Name]` at t. Returns the token after what it
   * consumed, or t when there is no title phrase here.
   */
  private titlePhrase(t: number, to: number): number {
    const { lowers, lex } = this;
    let p = t;
    const det = lex.determiners.has(lowers[p]!);
    if (det) p++;
    // "New Jersey Gov.": a title modifier that opens a KB name is that name's
    while (p < to && lex.titleModifiers.has(lowers[p]!) && this.kbEnd[p] === 0) p++;
    let mod: Modifier | undefined;
    let q = p;
    if (p < to) {
      mod = this.modifierAt(p);
      if (mod) {
        q = mod.tokEnd;
        if (q < to && this.tokens.kind[q] === TokenKind.Possessive) q++;
        // "Georgia Gov. Jimmy Carter": before a state's office the state, not the country of that name
        if (q < to && mod.hit.entity.kind === "country" && lex.stateOffices.has(lowers[q]!)) {
          for (const h of this.kbHits[p]!) if (h.entity.kind === "place" && h.entity.placeKind === "region" && h.entity.country) mod = { ...mod, hit: h, code: h.entity.country };
        }
      }
    }
    if (q >= to) return t;
    const tEnd = this.titleEnd[q]!;
    if (tEnd === 0) return t;
    const reading = this.reading(q, tEnd, mod?.code);
    if (!reading || reading.office === "honorific") return t;
    // "Secretary of Justice Wanda Vázquez": a title after another title's "of" is part of that title
    if (!mod && q === t && q > 1 && lowers[q - 1] === "of" && lex.titleHeads.has(lowers[q - 2]!)) return t;
    // "Secretary of State" with no country named: the title's only country (USA)
    const only = reading.countries?.length === 1 ? reading.countries[0] : undefined;
    let code = mod?.code ?? only;
    const upperTitle = (this.tokens.flags[q]! & UPPER) !== 0;
    // "Deputy Governor", "Deputy Emergency Situations Minister": capitalised words up to a
    // later title head belong to the title (another office, so the first reading is dropped)
    const longEnd = upperTitle ? this.titleTail(tEnd, to) : tEnd;
    const titleText = this.text.slice(this.tokens.start[q]!, this.tokens.end[longEnd - 1]!);
    // a name after the title
    let a = longEnd;
    while (a < to && lex.honorifics.has(lowers[a]!)) a++;
    const b = a < to && this.tokens.flags[a]! & UPPER ? this.nameRun(a, to) : a;
    // "the U.S. Justice Department", "Police Commission": a body's name, no title
    if (b > a && lex.bodyHeads.has(lowers[b - 1]!)) return t;
    if (b > a) {
      if (mod) this.kbMention(mod.tokStart, mod.tokEnd, [mod.hit], true);
      this.bodiesInTitle(q, longEnd);
      const ctx: TitleContext = longEnd > tEnd
        ? { ...(code ? { country: code } : {}), title: titleText }
        : { office: reading.office, ...(code ? { country: code } : {}), sector: this.titleSector(reading, mod, q), title: titleText };
      this.personMention(a, b, ctx);
      return b;
    }
    // "First Minister of Scotland Nicola Sturgeon", "Governor of Texas Greg Abbott": title, "of", a KB place or country, a full name
    if (longEnd + 3 < to && lowers[longEnd] === "of" && upperTitle) {
      const c = lex.determiners.has(lowers[longEnd + 1]!) ? longEnd + 2 : longEnd + 1;
      const ke = this.kbEnd[c]!;
      const hits = ke > 0 ? this.kbHits[c]! : undefined;
      const where = hits ? this.codeOf(hits) : undefined;
      // (the name may be a KB person's: "Nicola Sturgeon")
      if (hits && where && ke + 1 < to && this.capWord(ke) && (this.kbEnd[ke] === 0 || this.kbHits[ke]!.every((h) => h.entity.kind === "person")) && this.titleEnd[ke] === 0) {
        const nb = this.nameRun(ke, to);
        if (nb - ke >= 2) {
          this.kbMention(c, ke, hits, false);
          const ctx: TitleContext = longEnd > tEnd || (reading.countries && !reading.countries.includes(where))
            ? { country: where, title: titleText }
            : { office: reading.office, country: where, sector: reading.sector, title: titleText };
          this.personMention(ke, nb, ctx);
          return nb;
        }
      }
    }
    // "former Deputy Chief Minister (Dy CM) of Goa": a title with nobody named is no person
    if (longEnd > tEnd) return longEnd;
    if (!det && !mod && !upperTitle) return t;
    if (!det && !mod) return t;
    // a title used as a name: "the US Foreign Minister", "Russia's foreign minister", "the minister";
    // "the Secretary of State" with no country named is the title's only country's when the text is set there
    if (!mod && code !== undefined && !this.setIn(code)) code = undefined;
    if (!code) {
      const post = this.postModifier(tEnd, to);
      if (post === null) {
        if (mod) this.kbMention(mod.tokStart, mod.tokEnd, [mod.hit], true);
        return tEnd;
      }
      code = post;
    }
    const holder = this.titleHolder(reading.office, code, reading);
    if (mod) this.kbMention(mod.tokStart, mod.tokEnd, [mod.hit], true);
    // "the senator from Vermont": the state named after a state office is part of the description of its holder
    if (holder && det && !mod && tEnd + 1 < to && (lowers[tEnd] === "from" || lowers[tEnd] === "of") && lex.stateOffices.has(lowers[tEnd - 1]!) && this.kbEnd[tEnd + 1]! > 0) {
      const ke = this.kbEnd[tEnd + 1]!;
      const hs = this.kbHits[tEnd + 1]!;
      if (ke <= to && this.codeOf(hs) !== undefined) {
        this.kbMention(tEnd + 1, ke, hs, false);
        this.add(t, ke, "title", holder);
        return ke;
      }
    }
    if (holder) this.add(t, tEnd, "title", holder);
    return tEnd;
  }

  /**
   * The sector a title's holder takes: that of the body the title belongs to when one is named
   * right before a title that says only "government" ("Amnesty's spokesman" NGO, "Pentagon
   * spokesman" MIL, "Trump campaign spokeswoman" PTY: lexicon titleBodyWords; not "GOP Sen.",
   * "White House correspondent"), unless the title is restricted to countries ("Kremlin spokesman"); an officer's rank ("Officer", "Sgt.") is a police rank when a police
   * word (lexicon policeCues) is in its sentence or the two before; else the title's own.
   */
  private titleSector(reading: Title, mod: Modifier | undefined, q: number): string | undefined {
    // a title of the state's own ("senator", "correspondent") keeps its sector
    if (!reading.countries && reading.sector === "GOV") {
      const e = mod?.hit.entity;
      if (e && e.kind === "organization" && e.sector) return e.sector;
      if (!mod && q > 0 && !(this.tokens.flags[q - 1]! & UPPER)) {
        const s = this.lex.titleBodyWords.get(this.lowers[q - 1]!);
        if (s) return s;
      }
    }
    if (reading.sector === "MIL" && reading.office === "officer" && this.policeNear()) return "COP";
    return reading.sector;
  }

  /** True when a police word (lexicon policeCues) is in the sentence being scanned or the two before. */
  private policeNear(): boolean {
    const { sentences } = this;
    const from = sentences.tokStart[Math.max(0, this.sentence - 2)]!, to = sentences.tokEnd[this.sentence]!;
    for (let k = from; k < to; k++) if (this.lex.policeCues.has(this.lowers[k]!)) return true;
    return false;
  }

  /**
   * End of capitalised words after a title [.., e) that close on another title or title head
   * ("Deputy" + "Governor", "Deputy" + "Emergency Situations Minister"), at most four; e when none.
   */
  private titleTail(e: number, to: number): number {
    const { tokens, lowers, lex } = this;
    let end = e;
    for (let k = e; k < to && k - e < 4; k++) {
      if (tokens.kind[k] !== TokenKind.Word || !(tokens.flags[k]! & UPPER)) break;
      const lw = lowers[k]!;
      if (lex.honorifics.has(lw) || lex.nonNames.has(lw) || lex.titleModifiers.has(lw)) break;
      // a known person's name ends the title ("President Donald Trump")
      if (this.kbEnd[k]! > 0 && this.kbHits[k]!.some((h) => h.entity.kind === "person")) break;
      // a given name or a name met earlier starts the name ("President Martin Luther King")
      const folded = this.foldAt(k);
      if (lex.givenNames.has(folded) || this.registry.personTokens.has(folded)) break;
      const inner = this.titleEnd[k]!;
      if (inner > k) {
        end = inner;
        k = inner - 1;
      } else if (lex.titleHeads.has(lw)) end = k + 1;
    }
    return end;
  }

  /** "Ambassador to the United Nations": a body or country named inside a title is mentioned too. */
  private bodiesInTitle(q: number, tEnd: number): void {
    for (let p = q + 1; p < tEnd; p++) {
      const end = this.kbEnd[p]!;
      if (end === 0 || end > tEnd) continue;
      const hits = this.kbHits[p]!;
      if (hits.some((h) => h.entity.kind === "person") || !hits.some((h) => h.entity.kind === "organization" || h.entity.kind === "country")) continue;
      this.kbMention(p, end, hits, true);
      p = end - 1;
    }
  }

  /**
   * "in France" / "of Russia" after a title: the country code; undefined when there is none;
   * null when a list of countries follows (the title is plural, nobody in particular).
   */
  private postModifier(i: number, to: number): string | undefined | null {
    const lw = this.lowers[i];
    if (i + 1 >= to || (lw !== "of" && lw !== "in" && lw !== "for")) return undefined;
    let p = i + 1;
    if (this.lex.determiners.has(this.lowers[p]!)) p++;
    const mod = p < to ? this.modifierAt(p) : undefined;
    if (!mod) return undefined;
    const after = this.lowers[mod.tokEnd];
    if (after === "," || after === "and") return null;
    return mod.code;
  }

  /**
   * True when the text is set in country `code`: its places, people or bodies name it and no
   * other country's places are named more often ("the Secretary of State" in a story from
   * San Juan is Puerto Rico's, not the US one).
   */
  private setIn(code: string): boolean {
    this.countPlaces();
    return (this.actorCounts!.get(code) ?? 0) > 0 && !this.setElsewhere(code);
  }

  /** True when the KB places, people and bodies of another country outnumber those of `code` in the text. */
  private setElsewhere(code: string): boolean {
    this.countPlaces();
    const own = this.actorCounts!.get(code) ?? 0;
    for (const [c, k] of this.actorCounts!) if (c !== code && k > own) return true;
    return false;
  }

  /** True when KB person `e` holds office `reading.office` under another title that is restricted to some countries. */
  private otherTitle(e: DocEntity, reading: Title): boolean {
    const p = e.kb;
    if (!p || p.kind !== "person") return false;
    const form = reading.form.toLowerCase();
    const head = form.slice(form.lastIndexOf(" ") + 1);
    for (const r of p.roles) {
      // "the House speaker": the Speaker of the House
      if (r.office !== reading.office || r.title.toLowerCase().includes(head)) continue;
      const own = this.kb.titles(r.title);
      if (own.some((t) => t.office === r.office && t.countries?.includes(r.country))) return true;
    }
    return false;
  }

  private titleHolder(office: string, code: string | undefined, reading?: Title): DocEntity | undefined {
    // "The king" in a story naming Pope Francis: a KB holder whose role is written with a title of the
    // same office restricted to some countries ("Pope": VAT) holds that title, not a general one
    const inDoc = this.registry.holderInDoc(office, code, reading && !reading.countries ? (e) => this.otherTitle(e, reading) : undefined);
    if (inDoc) return inDoc;
    if (!code || !this.date || !this.lex.uniqueOffices.has(office)) return undefined;
    const h = this.kb.officeHolder(code, office, this.date);
    return h ? this.registry.fromKb(h.person) : undefined;
  }

  // ------------------------------------------------------------------ names

  /** End of a run of capitalised name tokens from a (particles allowed inside), at most 6. */
  private nameRun(a: number, to: number): number {
    const { tokens, lowers, lex } = this;
    const kbEnd = this.kbEnd[a]!;
    if (kbEnd > a && this.kbHits[a]!.some((h) => h.entity.kind === "person")) return this.nameAfterAlias(a, kbEnd, to);
    let j = a;
    while (j < to && j - a < 6) {
      if (tokens.kind[j] !== TokenKind.Word) break;
      const lw = lowers[j]!;
      if (tokens.flags[j]! & UPPER) {
        if (lex.nonNames.has(lw) || lex.pronouns.has(lw)) break;
        if (j > a && this.kbEnd[j]! > 0 && this.kbHits[j]!.every((h) => h.entity.kind === "country" && h.via !== "name")) {
          // a demonym or capital right after a name starts something else ("Trump Washington")
          break;
        }
        j++;
      } else if (j > a && lex.nameParticles.has(lw) && j + 1 < to && tokens.flags[j + 1]! & UPPER) j++;
      else break;
    }
    return j;
  }

  /**
   * "Francis Rooney", "Anwar Ahmed": a one-word KB person alias followed by capitalised
   * words the KB does not know is another person's longer name. Returns the end of the
   * name (kbEnd when the alias stands alone).
   */
  private nameAfterAlias(a: number, kbEnd: number, to: number): number {
    if (kbEnd - a !== 1 || this.titleCase) return kbEnd;
    let j = kbEnd;
    while (j < to && j - a < 5 && this.capWord(j) && this.tokens.flags[j]! & SPACE && this.kbEnd[j] === 0
      && !this.lex.titleHeads.has(this.lowers[j]!) && !this.lex.honorifics.has(this.lowers[j]!)) j++;
    return j;
  }

  /**
   * "Felicia Sanders": a known given name right before a name, that nothing else took (no
   * title, function word or KB name), is part of the person's name. Returns the name's new start.
   */
  /** A middle initial ("R." or "R") at i, inside the sentence and after the last mention. */
  private initialAt(i: number): boolean {
    return i >= this.from && i >= this.lastEnd && this.tokens.kind[i] === TokenKind.Word && INITIAL.test(this.lowers[i]!) && (this.tokens.flags[i]! & UPPER) !== 0;
  }

  /** A capitalised word at i, inside the sentence and after the last mention, that no KB name, title or function word takes. */
  private givenAt(i: number): boolean {
    return i >= this.from && i >= this.lastEnd && this.capWord(i) && this.kbEnd[i] === 0 && this.titleEnd[i] === 0
      && !this.lex.determiners.has(this.lowers[i]!) && !this.lex.titleHeads.has(this.lowers[i]!) && !this.lex.honorifics.has(this.lowers[i]!) && !this.lex.orgConnectors.has(this.lowers[i]!);
  }

  private givenBefore(a: number): number {
    // "Cyrus R. Vance": a given name and a middle initial before a surname
    if (this.initialAt(a - 1) && this.lowers[a - 1]!.endsWith(".") && this.givenAt(a - 2)) return a - 2;
    if (a - 2 >= this.from && this.lowers[a - 1] === "." && this.initialAt(a - 2) && this.givenAt(a - 3)) return a - 3;
    const p = a - 1;
    if (p < this.from || p < this.lastEnd || !(this.tokens.flags[a]! & SPACE) || !this.capWord(p) || this.kbEnd[p] !== 0) return a;
    const lw = this.lowers[p]!;
    const { lex } = this;
    if (lex.determiners.has(lw) || lex.honorifics.has(lw) || lex.titleHeads.has(lw) || lex.titleModifiers.has(lw) || lex.orgConnectors.has(lw)
      || lex.bodyHeads.has(lw) || lex.placeHeads.has(lw) || this.titleEnd[p]! > 0) return a;
    if (this.tokens.flags[p]! & ALLCAPS) return a;
    return lex.givenNames.has(this.foldAt(p)) ? p : a;
  }

  /** The name as written, honorifics dropped, letter-case damage inside words repaired ("StoGnei" → "Stognei"). */
  private nameText(a: number, b: number): string {
    let out = "";
    for (let i = a; i < b; i++) {
      const w = this.tokens.norm(i);
      const gap = i > a && this.tokens.start[i]! > this.tokens.end[i - 1]! ? " " : "";
      out += gap + repairCase(w);
    }
    return out;
  }

  /** Link a person name [a, b) with what a title says about them, and add the mention. */
  private personMention(a: number, b: number, ctx: TitleContext): DocEntity {
    if (!ctx.title && !ctx.office) a = this.givenBefore(a);
    const { entity, via, confidence } = this.linkPerson(a, b, ctx);
    if (ctx.title || ctx.office) this.titled.add(entity);
    this.registry.addTitle(entity, ctx);
    this.add(a, b, via, entity, confidence);
    return entity;
  }

  private linkPerson(a: number, b: number, ctx: TitleContext): { entity: DocEntity; via: Via; confidence: number } {
    const reg = this.registry;
    const name = this.nameText(a, b);
    const folded: string[] = [];
    for (let i = a; i < b; i++) folded.push(this.foldAt(i));
    // "Mrs. Clinton" after "Bill Clinton": an honorific's gender rules out a person of the other
    const want = this.honorificGender;
    let earlier = reg.findPerson(folded);
    if (earlier && genderClash(want, earlier.gender)) earlier = undefined;
    // "[Libertarian candidate Gary] Johnson": a given name closing an editor's bracket before a lone surname is the person's
    if (b - a === 1 && a - 2 >= this.from && this.lowers[a - 1] === "]" && this.capWord(a - 2) && this.lex.givenNames.has(this.foldAt(a - 2))) {
      const given = this.foldAt(a - 2);
      const full = `${repairCase(this.tokens.norm(a - 2))} ${name}`;
      const p = this.kb.lookup(full, ["person"]).find((h) => h.via === "name" || h.via === "alias")?.entity;
      if (p && p.kind === "person") return { entity: reg.fromKb(p), via: "alias", confidence: 0.85 };
      const same = reg.findPerson([given, folded[0]!]);
      if (same) return { entity: same, via: "name", confidence: 0.8 };
      if (!earlier || !foldCached(earlier.name).startsWith(given + " ")) return { entity: reg.local(full, "person", ctx), via: "name", confidence: 0.7 };
    }
    // 1. exact KB name or alias; but "Sanders" after "Felicia Sanders" is her, not the KB's
    // Sanders, nor is "Johnson" after "Mike Johnson" (a KB person named in full) another KB
    // Johnson, and a lone given name ("Anwar") is the KB person only once named in full
    if (this.kbEnd[a] === b) {
      const namedKb = earlier && earlier.kb && b - a === 1 && fullyNamed(earlier) ? earlier : undefined;
      const people = this.kbHits[a]!.filter((h) => h.entity.kind === "person" && !this.givenNameOnly(a, b, h.entity as Person, ctx)
        && !(want && (genderClash(want, (h.entity as Person).gender) || genderClash(want, reg.all.find((e) => e.kb === h.entity)?.gender)))
        && !(earlier && (!earlier.kb || (earlier === namedKb && earlier.kb !== h.entity)) && otherGivenName(earlier.name, h.entity as Person) && !this.kbPersonFirst(h.entity as Person, earlier, folded)));
      if (people.length > 0) {
        const hit = this.bestPerson(people, ctx);
        if (hit) return { entity: reg.fromKb(hit.entity), via: hit.form === hit.entity.name ? "name" : "alias", confidence: 0.95 };
      }
    }
    // 2. a partial name of someone introduced earlier
    if (earlier) return { entity: earlier, via: "name", confidence: 0.85 };
    // "John Conyers" ... "John James Conyers Jr.": the given name and surname of someone named earlier, with a middle name
    if (folded.length >= 3) {
      const outer = reg.findPerson([folded[0]!, folded[folded.length - 1]!]);
      if (outer && !outer.kb && foldCached(outer.name) === `${folded[0]} ${folded[folded.length - 1]}`) return { entity: outer, via: "name", confidence: 0.8 };
    }
    // 3. the holder of the title at the date, spelt a little differently
    if (ctx.office && ctx.country && this.date) {
      const h = this.kb.officeHolder(ctx.country, ctx.office, this.date);
      if (h && closeName(folded, h.person)) return { entity: reg.fromKb(h.person), via: "fuzzy", confidence: 0.8 };
    }
    // 4. "John R. Bolton": given name and surname of a KB person, with a middle name or initial
    if (b - a >= 3) {
      const short = this.kb.lookup(`${this.tokens.norm(a)} ${this.tokens.norm(b - 1)}`, ["person"]);
      const p = short.find((h) => h.via === "name")?.entity;
      if (p && p.kind === "person") return { entity: reg.fromKb(p), via: "name", confidence: 0.85 };
    }
    // 5. fuzzy full name, trusted when the person holds a role at the date or fits the title
    if (b - a >= 2) {
      for (const g of fuzzyPeople(this.idx, name)) {
        const active = this.date ? g.person.roles.some((r) => roleActive(r, this.date!)) : false;
        const fits = ctx.country !== undefined && g.person.roles.some((r) => r.country === ctx.country);
        const score = g.confidence + (active ? 0.1 : 0) + (fits ? 0.1 : 0);
        if (score >= 0.9 && (active || fits || g.confidence >= 0.9)) {
          return { entity: reg.fromKb(g.person), via: "fuzzy", confidence: Math.min(0.9, g.confidence) };
        }
      }
    }
    return { entity: reg.local(name, "person", ctx), via: "name", confidence: 0.6 };
  }

  /**
   * "Donald Trump" ... "Trump Turnberry" ... "Trump", "Elijah Cummings" ... "his mother, Ruth
   * Cummings" ... "Cummings": a KB person the text names keeps a lone name a namesake shares;
   * so does one named before a namesake whose name only opens with it (a thing named after them).
   */
  private kbPersonFirst(p: Person, namesake: DocEntity, folded: readonly string[]): boolean {
    const own = this.registry.all.find((e) => e.kb === p);
    if (!own || own.mentions.length === 0) return false;
    // the person the text is about so far: named first, or at least as often as the namesake
    const first = own.mentions[0]!.start < namesake.mentions[0]!.start;
    if (first || named(own) >= named(namesake)) {
      if (own.mentions.some((m) => m.tokEnd - m.tokStart >= 2 && m.via !== "pronoun" && m.via !== "title")) return true;
    }
    if (!first) return false;
    const toks = foldCached(namesake.name).split(" ");
    return toks[toks.length - 1] !== folded[folded.length - 1];
  }

  /**
   * True when [a, b) is one word that is only the given name of the KB person ("Anwar" of
   * "Anwar Ibrahim"), the person is not in the document yet and no title introduces them.
   */
  private givenNameOnly(a: number, b: number, p: Person, ctx: TitleContext): boolean {
    if (b - a !== 1 || ctx.office || ctx.title) return false;
    const toks = foldCached(p.name).split(" ");
    if (toks.length < 2) return false;
    const w = this.foldAt(a);
    if (w !== toks[0] || toks.slice(1).includes(w)) return false;
    return !this.registry.all.some((e) => e.kb === p && e.mentions.length > 0);
  }

  /** Among KB people sharing a name: one already in the document, else who fits the title and holds a role at the date. */
  private bestPerson(hits: readonly AliasHit[], ctx: TitleContext): AliasHit | undefined {
    if (hits.length === 1) return hits[0];
    let best: AliasHit | undefined;
    let bestScore = -1;
    for (const h of hits) {
      const p = h.entity as Person;
      let score = 0;
      const inDoc = this.registry.all.find((e) => e.kb === p);
      if (inDoc && inDoc.mentions.length > 0) score += 8;
      if (this.date && p.roles.some((r) => roleActive(r, this.date!))) score += 2;
      if (ctx.country && p.roles.some((r) => r.country === ctx.country)) score += 2;
      if (ctx.office && p.roles.some((r) => r.office === ctx.office)) score += 1;
      if (score > bestScore) {
        best = h;
        bestScore = score;
      }
    }
    return best;
  }

  // ------------------------------------------------------------------ KB names

  private locativeBefore(t: number): boolean {
    let p = t - 1;
    if (p >= 0 && this.lex.determiners.has(this.lowers[p]!)) p--;
    return p >= 0 && this.lex.locatives.has(this.lowers[p]!);
  }

  /** "Mayor of London", "the city of Paris", "the French capital Paris", "the Indian capital, New Delhi": a cue before token a that a capital is the town (so is a thing named after it after it: "the Paris Agreement", "the Moscow talks"). */
  private officeOf(a: number): boolean {
    if (a - 1 >= this.from && this.lowers[a - 1] === "capital") return true;
    if (a - 2 >= this.from && this.lowers[a - 1] === "," && this.lowers[a - 2] === "capital") return true;
    if (a - 2 < this.from || this.lowers[a - 1] !== "of") return false;
    const w = this.lowers[a - 2]!;
    return this.lex.titleHeads.has(w) || this.lex.placeNouns.has(w);
  }

  /** A KB phrase [t, end): pick the reading and add the mention. `asModifier`: before a title. */
  private kbMention(t: number, end: number, hits: readonly AliasHit[], asModifier: boolean): void {
    const a = end - t > 1 && this.lex.determiners.has(this.lowers[t]!) ? t + 1 : t;
    let person = hits.filter((h) => h.entity.kind === "person");
    // "at Austin", "in Jackson": a one-word name after a locative that also names a place is the place
    if (person.length > 0 && end - a === 1 && a > this.from && (this.lowers[a - 1] === "in" || this.lowers[a - 1] === "at") && hits.some((h) => h.entity.kind === "place")
      && this.tokens.kind[end] !== TokenKind.Possessive && !person.some((h) => this.registry.all.some((e) => e.kb === h.entity && e.mentions.length > 0))) {
      hits = hits.filter((h) => h.entity.kind !== "person");
      person = [];
    }
    if (person.length > 0 && !asModifier) {
      let p = a;
      while (p < end - 1 && this.lex.honorifics.has(this.lowers[p]!)) p++;
      this.honorificGender = p > a ? this.lex.genderWords.get(this.lowers[a]!) : undefined;
      this.personMention(p, end, {});
      this.honorificGender = undefined;
      return;
    }
    if (!asModifier) {
      // "Utah, Virginia, Washington and Washington, D.C.": listed after states of its country, the state named "X State"
      const state = this.stateListed(a, end, hits);
      if (state) return this.add(a, end, "alias", this.registry.fromKb(state), 0.8);
      // "the towns were Cantilan, Madrid, Carmen", "the town of Madrid" in a story from the Philippines: a town there
      const home = this.townAbroad(a, end, hits);
      if (home) return this.addLocal(a, end, "place", 0.6, { country: home });
      // "It Might Surprise You": a small town's one-word name in a title-case headline, no locative before it and named nowhere else, is an ordinary word
      if (this.titleCase && this.wordAsTown(a, end, hits)) return;
      // "to be a Latina sitting in that majority": a small town's name after "a"/"an", its country named nowhere else, is an ordinary word
      if (this.articleTown(a, end, hits)) return;
      // "his wife Mary", "a Hail Mary": a small town's name that is a given name, its country named nowhere else, is no mention of the town
      if (this.givenNameTown(a, end, hits)) {
        const k = this.nerAt[a]!;
        if (k >= 0 && this.ner[k]!.label === "PER" && this.ner[k]!.tokEnd === end && !(a > this.from && this.lex.thingBefore.has(this.lowers[a - 1]!))) this.personMention(a, end, {});
        return;
      }
    }
    const named = hits.find((h) => (h.entity.kind === "country" || h.entity.kind === "region") && (h.via === "name" || h.via === "alias" || h.via === "foreign" || h.via === "code"));
    const org = hits.find((h) => h.entity.kind === "organization");
    const seat = hits.find((h) => (h.entity.kind === "country" || h.entity.kind === "region") && h.via === "seat");
    const demonym = hits.find((h) => (h.entity.kind === "country" || h.entity.kind === "region") && h.via === "demonym");
    const reading = asModifier ? undefined : this.placeReading(a, end, hits, named);
    const place = reading?.hit ?? hits.find((h) => h.entity.kind === "place");
    if (reading?.home) return this.addLocal(a, end, "place", 0.7, { country: reading.home });
    if (reading?.earlier) return this.add(a, end, "name", reading.earlier, 0.8);
    // "Atlanta, Georgia", "the state of Georgia": the text says which of a country and a state
    if (reading?.strong) return this.add(a, end, place!.form === place!.entity.name ? "name" : "alias", this.registry.fromKb(place!.entity), 0.85);
    // "David Perdue of Georgia" among US states: a state named like a country, where the text names other states of its country
    const state = named && !asModifier ? this.stateAmongStates(hits, named, a, end) : undefined;
    if (state) return this.add(a, end, state.form === state.entity.name ? "name" : "alias", this.registry.fromKb(state.entity), 0.8);
    if (named) return this.add(a, end, named.form === named.entity.name ? "name" : "alias", this.registry.fromKb(named.entity), 0.95);
    if (seat && place && !asModifier && (this.locativeBefore(t) || this.officeOf(a) || (end < this.n && this.lex.thingHeads.has(this.lowers[end]!)))) return this.add(a, end, "name", this.registry.fromKb(place.entity), 0.9);
    if (org) {
      const pick = this.pickOrg(hits, org);
      // "Conservatives", "Liberals" in a story set elsewhere: people of that leaning, not a foreign party
      const pe = pick.entity;
      if (pe.kind === "organization" && pe.sector === "PTY" && pe.country && end - a === 1 && this.lowers[a]!.endsWith("s") && !this.setIn(pe.country)) return;
      // "the Congressional Black Caucus ... the CBC": an acronym the text spells out for another body is that body
      const spelt = this.acronymHere(a, end, pe);
      if (spelt) return this.add(a, end, "alias", spelt, 0.7);
      // "the state Senate", "the State House": a state's chamber, not the national one of the same name
      if (pe.kind === "organization" && pe.sector === "LEG" && pe.country && a - 1 >= this.from && this.lowers[a - 1] === "state" && !(a - 2 >= this.from && this.lowers[a - 2] === "of") && this.lex.genericBodies.has(this.phraseWords(a, end))) {
        return this.addLocal(a - 1, end, "organization", 0.6, { country: pe.country, sector: "LEG" });
      }
      // "The New York Times" ... "the Times": a paper's one-word name that ends the name of a paper named earlier is that paper
      const earlier = end - a === 1 && isOutlet(pick.entity)
        ? this.registry.all.find((e) => e.kb && e.kb !== pick.entity && isOutlet(e.kb) && e.mentions.length > 0 && foldCached(e.kb.name).endsWith(" " + this.foldAt(a)))
        : undefined;
      if (earlier) return this.add(a, end, "alias", earlier, 0.8);
      const here = this.bodyHere(a, end, pick);
      if (here) return this.add(a, end, "name", here, 0.6);
      // "USA Today": a news outlet's name does not mention the country
      if (pick.entity.kind !== "organization" || pick.entity.sector !== "JRN") this.countryPrefix(a, end);
      return this.add(a, end, pick.form === pick.entity.name ? "name" : "alias", this.registry.fromKb(pick.entity), 0.9);
    }
    if (seat) return this.add(a, end, "capital", this.registry.fromKb(seat.entity), 0.85);
    if (demonym) {
      // "English skills", "spoke in Russian.": a language, not the country
      const nx = end < this.n ? this.lowers[end]! : "";
      // "Western states" in a story naming states of a country the text is set in: those states, not the West
      if (demonym.entity.kind === "region" && this.lex.regionPlurals.has(nx) && this.regionsSetIn()) return;
      if (this.lex.languageNouns.has(nx) || (a > this.from && this.lowers[a - 1] === "in" && (end >= this.n || this.tokens.kind[end] === TokenKind.Punct))) return;
      return this.add(a, end, "demonym", this.registry.fromKb(demonym.entity), 0.8);
    }
    if (place) return this.add(a, end, place.form === place.entity.name ? "name" : "alias", this.registry.fromKb(place.entity), 0.8);
  }

  /** The lower-case words of [a, end) without articles, joined by spaces ("the Senate" → "senate"). */
  private phraseWords(a: number, end: number): string {
    let out = "";
    for (let i = a; i < end; i++) if (!this.lex.determiners.has(this.lowers[i]!)) out = out ? out + " " + this.lowers[i]! : this.lowers[i]!;
    return out;
  }

  /**
   * "Carrascal, Cantilan, Madrid, Carmen", "the town of Madrid" in a story from the
   * Philippines: a one-word name of KB towns (or a capital), cued as a town of the story
   * (after "town of" (lexicon townNouns) or listed after two places), whose country the text
   * names nowhere else while at least two places of another country are named, is a town of
   * that other country. Returns its code, else undefined.
   */
  private townAbroad(a: number, end: number, hits: readonly AliasHit[]): string | undefined {
    if (end - a !== 1) return undefined;
    for (const h of hits) {
      const e = h.entity;
      if (!((e.kind === "place" && e.placeKind === "city") || (e.kind === "country" && h.via === "seat"))) return undefined;
    }
    const cued = (a - 2 >= this.from && this.lowers[a - 1] === "of" && this.lex.townNouns.has(this.lowers[a - 2]!)) || this.listedAfterPlaces(a);
    if (!cued) return undefined;
    const code = this.codeOf(hits);
    if (!code || this.namedElsewhere(code, a)) return undefined;
    this.countPlaces();
    let best: string | undefined;
    let most = 0;
    for (const [c, k] of this.placeCounts!) if (k > most) [best, most] = [c, k];
    return best && best !== code && most >= 2 ? best : undefined;
  }

  /**
   * For a one-word name of KB towns or a capital at a, listed right after two regions of the
   * country of one of them ("Utah, Virginia, [Washington]"): the KB region of that country
   * named "X State" ("Washington State"), else undefined.
   */
  private stateListed(a: number, end: number, hits: readonly AliasHit[]): KbEntity | undefined {
    if (end - a !== 1 || !this.listedAfterPlaces(a)) return undefined;
    const ms = this.mentions;
    const m1 = ms[ms.length - 1]!.entity.kb, m0 = ms[ms.length - 2]!.entity.kb;
    if (m1?.kind !== "place" || m1.placeKind !== "region" || m0?.kind !== "place" || m0.placeKind !== "region" || m0.country !== m1.country) return undefined;
    for (const h of hits) {
      const e = h.entity;
      if (!((e.kind === "place" && e.placeKind === "city") || (e.kind === "country" && h.via === "seat"))) return undefined;
    }
    const two = [this.lowers[a]!, "state"];
    if (this.kb.matcher.longestAt(two, 0, 2) !== 2) return undefined;
    return this.kb.matcher.entriesOf(two, 0, 2)!.find((h) => h.entity.kind === "place" && h.entity.placeKind === "region" && h.entity.country === m1.country)?.entity;
  }

  /**
   * True for a one-word name of KB towns only, none of a million people, with no locative
   * before it, whose towns the text names nowhere else: in a title-case headline ("It Might
   * Surprise You") it is an ordinary word.
   */
  private wordAsTown(a: number, end: number, hits: readonly AliasHit[]): boolean {
    if (end - a !== 1 || hits.length === 0 || this.locativeBefore(a)) return false;
    for (const h of hits) {
      const e = h.entity;
      if (e.kind !== "place" || e.placeKind !== "city" || (e.pop ?? 0) >= 1_000_000) return false;
    }
    for (let i = 0; i < this.n; i++) {
      if (i === a) continue;
      const hs = this.kbHits[i];
      if (hs && hs.some((h) => hits.some((x) => x.entity === h.entity))) return false;
    }
    return true;
  }

  /**
   * True for a one-word name of KB towns only, none of a million people, that is a given
   * name ("Mary"), with no locative before it and no comma after it, whose country the text
   * names nowhere else.
   */
  private givenNameTown(a: number, end: number, hits: readonly AliasHit[]): boolean {
    if (end - a !== 1 || hits.length === 0 || this.locativeBefore(a) || this.lowers[end] === ",") return false;
    for (const h of hits) {
      const e = h.entity;
      if (e.kind !== "place" || e.placeKind !== "city" || (e.pop ?? 0) >= 1_000_000) return false;
    }
    const f = this.foldAt(a);
    if (!this.givenName(f)) return false;
    // "his children Elizabeth and Susan": coordinated with another given name, a person whatever the text names
    if (end + 1 < this.n && (this.lowers[end] === "and" || this.lowers[end] === "or") && this.tokens.flags[end + 1]! & UPPER && this.givenName(this.foldAt(end + 1))) return true;
    const code = this.codeOf(hits);
    return code !== undefined && !this.namedElsewhere(code, a);
  }

  /**
   * True for a one-word name of KB towns only, none of a million people, right after an
   * indefinite article ("a Latina"), whose country the text names nowhere else.
   */
  private articleTown(a: number, end: number, hits: readonly AliasHit[]): boolean {
    if (end - a !== 1 || a <= this.from || hits.length === 0 || (this.lowers[a - 1] !== "a" && this.lowers[a - 1] !== "an")) return false;
    for (const h of hits) {
      const e = h.entity;
      if (e.kind !== "place" || e.placeKind !== "city" || (e.pop ?? 0) >= 1_000_000) return false;
    }
    const code = this.codeOf(hits);
    return code !== undefined && !this.namedElsewhere(code, a);
  }

  private givenName(f: string): boolean {
    return this.lex.givenNames.has(f) || this.lex.givenNameGenders.has(f);
  }

  private acronyms: Map<string, DocEntity | null> | undefined;

  /**
   * For a KB body's acronym at a ("CBC"): the body the text spells it out for when that is
   * another body: capitalised words whose initials are the acronym ("the Congressional Black
   * Caucus"), or, when the KB body's country is named nowhere in the text, all its letters but
   * the first ("the Black Caucus"). Words the KB reads as the same body do not count. Else undefined.
   */
  private acronymHere(a: number, end: number, pe: KbEntity): DocEntity | undefined {
    if (end - a !== 1 || !(this.tokens.flags[a]! & ALLCAPS) || pe.kind !== "organization") return undefined;
    const acr = this.tokens.norm(a).replace(/[^A-Za-z]/g, "").toUpperCase();
    if (acr.length < 3 || acr.length > 6) return undefined;
    this.acronyms ??= new Map();
    const known = this.acronyms.get(acr);
    if (known !== undefined) return known ?? undefined;
    const { tokens, lowers, lex } = this;
    const partialOk = pe.country !== undefined && !this.countriesInDoc().has(pe.country);
    let found: DocEntity | null = null;
    const run: number[] = [];
    let own = false;
    for (let i = 0; i <= this.n && !own; i++) {
      const word = i < this.n && tokens.kind[i] === TokenKind.Word;
      if (word && tokens.flags[i]! & UPPER && !(tokens.flags[i]! & ALLCAPS)) {
        run.push(i);
        continue;
      }
      if (word && run.length > 0 && (lex.orgConnectors.has(lowers[i]!) || lowers[i] === "and")) continue;
      for (const len of [acr.length, acr.length - 1]) {
        if (run.length < len || len < 2 || (len < acr.length && !partialOk)) continue;
        let ok = true;
        for (let k = 0; k < len && ok; k++) ok = this.text[tokens.start[run[run.length - len + k]!]!]!.toUpperCase() === acr[acr.length - len + k];
        if (!ok) continue;
        const s = run[run.length - len]!;
        const same = this.kbHits[s]?.find((h) => h.entity.kind === "organization")
          ?? (s > 0 && lex.determiners.has(lowers[s - 1]!) ? this.kbHits[s - 1]?.find((h) => h.entity.kind === "organization") : undefined);
        // the KB body's own expansion anywhere in the text keeps the acronym on it
        if (same?.entity === pe) {
          own = true;
          break;
        }
        if (found || (len < acr.length && run.length > len && this.text[tokens.start[run[run.length - len - 1]!]!]!.toUpperCase() === acr[0])) break;
        found = same ? this.registry.fromKb(same.entity) : len === acr.length
          ? this.registry.local(this.text.slice(tokens.start[s]!, tokens.end[run[run.length - 1]!]!), "organization")
          : this.registry.local(this.text.slice(tokens.start[a]!, tokens.end[a]!), "organization");
        break;
      }
      run.length = 0;
    }
    if (own) found = null;
    this.acronyms.set(acr, found);
    return found ?? undefined;
  }

  /**
   * Which of several places sharing a name ("Victoria", "Punjab", "Virginia", "New York";
   * the US state "Georgia" beside the country). Strong readings come from the text: a place
   * of one country right before ("Atlanta, Georgia": its region) or after ("Victoria,
   * British Columbia": its city), or "state of X" / "X state". Otherwise (weak): a country
   * the text names elsewhere, then a city over the region of its own country named alike
   * ("Kano", "Puebla"), a region over a city abroad ("Virginia", "Ontario"), then population.
   */
  private placeReading(a: number, end: number, hits: readonly AliasHit[], named: AliasHit | undefined): { hit: AliasHit; strong: boolean; home?: string; earlier?: DocEntity } | undefined {
    const places = hits.filter((h) => h.entity.kind === "place");
    if (places.length === 0) return undefined;
    const region = (h: AliasHit) => (h.entity as Place).placeKind !== "city";
    const country = (h: AliasHit) => (h.entity as Place).country;
    const { lowers, tokens } = this;
    const to = this.sentences.tokEnd[this.sentence]!;
    const pick = (list: readonly AliasHit[]) => list.reduce((x, y) => (((y.entity as Place).pop ?? 0) > ((x.entity as Place).pop ?? 0) ? y : x));
    // "Atlanta, Georgia": the region of the place just named
    const prev = this.mentions[this.mentions.length - 1];
    if (a >= this.from + 2 && lowers[a - 1] === "," && prev && prev.tokEnd === a - 1 && prev.entity.country && (prev.entity.type === "place" || prev.entity.type === "country")) {
      const c = prev.entity.country;
      if (prev.entity.type === "place" && !(named && (named.entity as Country).iso3 === c)) {
        const own = places.filter((h) => country(h) === c && region(h));
        if (own.length > 0) return { hit: pick(own), strong: true };
      }
    }
    // "Victoria, British Columbia", "Ontario, California": the place of the region or country named next
    if (end + 1 < to && lowers[end] === "," && this.kbEnd[end + 1]! > 0) {
      const next = this.kbHits[end + 1]!;
      const codes = new Set<string>();
      for (const h of next) {
        if (h.entity.kind === "country" && (h.via === "name" || h.via === "alias")) codes.add(h.entity.iso3);
        else if (h.entity.kind === "place" && h.entity.placeKind !== "city" && h.entity.country) codes.add(h.entity.country);
      }
      const after = this.kbEnd[end + 1]!;
      const list = after + 1 < to && (lowers[after] === "," || lowers[after] === "and") && this.kbEnd[after + 1]! > 0;
      let own = places.filter((h) => codes.has(country(h) ?? "") && !region(h));
      // "Portland, Maine", "Washington, Iowa": the KB's towns of that name lie far from the region named next; a town of it the KB does not know
      const regionsNext = next.some((h) => h.entity.kind === "country") ? [] : next.filter((h) => h.entity.kind === "place" && h.entity.placeKind === "region").map((h) => h.entity as Place);
      if (regionsNext.length > 0 && own.length > 0) {
        own = own.filter((h) => regionsNext.some((r) => mayLieIn(this.idx, h.entity as Place, r)));
        if (own.length === 0 && codes.size === 1 && !list) return { hit: places[0]!, strong: true, home: [...codes][0]! };
      }
      // "Springfield, Ill.": of several towns that may lie in the region named next, the nearest to it
      if (codes.size === 1 && own.length > 1 && regionsNext.length === 1) {
        const r = regionsNext[0]!;
        return { hit: own.reduce((x, y) => (distanceKm(y.entity as Place, r) < distanceKm(x.entity as Place, r) ? y : x)), strong: true };
      }
      if (codes.size === 1 && own.length > 0) return { hit: pick(own), strong: true };
      // "San Rafael, California": a town the KB has only abroad is a town of the region named next
      if (codes.size === 1 && !named && !list && places.every((h) => !region(h) && !codes.has(country(h) ?? ""))) return { hit: places[0]!, strong: true, home: [...codes][0]! };
    }
    // "the state of Georgia", "Georgia state", "the New York attorney general"
    const cue = (a >= this.from + 2 && lowers[a - 1] === "of" && (lowers[a - 2] === "state" || lowers[a - 2] === "province"))
      // "the junior Senator from New York", "Gov. Andrew Cuomo of New York": a state's office holder
      || this.officeOfState(a)
      || (end < to && (lowers[end] === "state" || lowers[end] === "province") && !(tokens.flags[end]! & UPPER))
      // "the New York attorney general", "a New York gubernatorial candidate": an office of the state (lexicon stateCues)
      || (end < to && this.lex.stateCues.has(lowers[end]!) && !(tokens.flags[end]! & UPPER));
    if (cue) {
      const regions = places.filter(region);
      if (regions.length > 0) return { hit: pick(regions), strong: true };
    }
    // "Concord, N.H." ... "Concord": a bare name again takes the reading the text gave it before
    const before = places.length === hits.length ? this.placeReadBefore(a, end) : undefined;
    if (before) return { hit: places[0]!, strong: false, earlier: before };
    if (places.length === 1) return { hit: places[0]!, strong: false };
    const inDoc = this.countriesInDoc();
    const cityOf = new Set(places.filter((h) => !region(h)).map(country));
    const rank = (h: AliasHit) => (inDoc.has(country(h) ?? "") ? 4 : 0) + (!region(h) ? 1 : cityOf.has(country(h)) ? 0 : 2);
    let best = places[0]!;
    for (const h of places) {
      const d = rank(h) - rank(best);
      if (d > 0 || (d === 0 && ((h.entity as Place).pop ?? 0) > ((best.entity as Place).pop ?? 0))) best = h;
    }
    return { hit: best, strong: false };
  }

  /** The town an earlier mention of the same words [a, end) stands for (a KB town or a local place), else undefined; a region read before ("New York" the state) is not carried over. */
  private placeReadBefore(a: number, end: number): DocEntity | undefined {
    const len = end - a;
    for (let k = this.mentions.length - 1; k >= 0; k--) {
      const m = this.mentions[k]!;
      if (m.tokEnd - m.tokStart !== len || m.entity.type !== "place" || m.tokStart >= a) continue;
      const kb = m.entity.kb;
      if (kb && (kb.kind !== "place" || kb.placeKind !== "city")) continue;
      let same = true;
      for (let i = 0; i < len && same; i++) same = this.foldAt(m.tokStart + i) === this.foldAt(a + i);
      if (same) return m.entity;
    }
    return undefined;
  }

  /**
   * True when "of" or "from" before token a follows a state office (lexicon stateOffices:
   * "Senator from", "governor of") or a person named right after one ("Sen. Chuck Schumer of").
   */
  private officeOfState(a: number): boolean {
    const { lowers } = this;
    if (a < this.from + 2 || (lowers[a - 1] !== "of" && lowers[a - 1] !== "from")) return false;
    if (this.lex.stateOffices.has(lowers[a - 2]!)) return true;
    const prev = this.mentions[this.mentions.length - 1];
    if (prev === undefined || prev.tokEnd !== a - 1 || prev.entity.type !== "person") return false;
    // "Jerrold Nadler of New York": a legislator (KB roles or a title given before) "of" a place is of the state (a mayor is of a town)
    if (lowers[a - 1] === "of" && prev.entity.sector === "LEG") return true;
    return prev.tokStart - 1 >= this.from && this.lex.stateOffices.has(lowers[prev.tokStart - 1]!);
  }

  private docCountries: Set<string> | undefined;
  private placeCounts: Map<string, number> | undefined;
  /** KB phrases of one country per country: places and countries as in placeCounts, and KB people and bodies (not legislatures). */
  private actorCounts: Map<string, number> | undefined;
  private kbCountries: Set<string> | undefined;

  /**
   * "the Senate" in a story from Manila: a body's generic name (lexicon genericBodies) in a
   * text that names places of another country and nothing of the body's own country is a
   * body of that other country: a local body met earlier whose name ends so ("Philippine
   * Senate"), else a new local body. Undefined when the KB's body stands.
   */
  private bodyHere(a: number, end: number, hit: AliasHit): DocEntity | undefined {
    const e = hit.entity;
    if (e.kind !== "organization" || !e.country || e.sector === "IGO") return undefined;
    const words: string[] = [];
    for (let i = a; i < end; i++) if (!this.lex.determiners.has(this.lowers[i]!)) words.push(this.lowers[i]!);
    const form = words.join(" ");
    if (!this.lex.genericBodies.has(form)) return undefined;
    // "the Puerto Rico Senate" ... "the Senate": the body of that name the text named before, while it names not the KB's
    if (!this.registry.all.some((d) => d.kb === e && d.mentions.length > 0)) {
      const own = this.registry.all.find((d) => d.type === "organization" && !d.kb && d.mentions.length > 0 && foldCached(d.name).endsWith(" " + form));
      if (own) return own;
    }
    // "the Senate of the state": a state's chamber
    if (end + 2 < this.n && this.lowers[end] === "of" && this.lowers[end + 1] === "the" && this.lowers[end + 2] === "state") {
      return this.registry.local(this.text.slice(this.tokens.start[a]!, this.tokens.end[end + 2]!).replace(/^the\s+/i, ""), "organization", { country: e.country, ...(e.sector ? { sector: e.sector } : {}) });
    }
    this.countPlaces();
    if (this.placeCounts!.has(e.country) || this.kbCountries!.has(e.country)) return undefined;
    let best: string | undefined;
    let most = 0;
    for (const [c, k] of this.placeCounts!) if (k > most) [best, most] = [c, k];
    if (!best || most < 2) return undefined;
    const earlier = this.registry.all.find((d) => d.type === "organization" && !d.kb && d.mentions.length > 0 && foldCached(d.name).endsWith(" " + form) && d.country === best);
    if (earlier) return earlier;
    const name = this.text.slice(this.tokens.start[a]!, this.tokens.end[end - 1]!);
    return this.registry.local(name.replace(/^the\s+/i, ""), "organization", { country: best, ...(e.sector ? { sector: e.sector } : {}) });
  }
  /** Places (towns, countries) named per country in the whole text, and countries that KB people and bodies stand for; once per document. */
  private countPlaces(): void {
    if (this.placeCounts) return;
    const counts = (this.placeCounts = new Map<string, number>());
    const actors = (this.actorCounts = new Map<string, number>());
    const seen = (this.kbCountries = new Set<string>());
    const bump = (c: string) => actors.set(c, (actors.get(c) ?? 0) + 1);
    for (let i = 0; i < this.n; i++) {
      const hs = this.kbHits[i];
      if (!hs) continue;
      // people and bodies (not legislatures) of the KB tell whose text it is too
      for (const h of hs) {
        const x = h.entity;
        if (x.kind === "person" && hs.length === 1) {
          for (const r of x.roles) seen.add(r.country);
          if (x.country) seen.add(x.country);
          const c = x.country ?? x.roles[0]?.country;
          if (c) bump(c);
        } else if (x.kind === "organization" && hs.length === 1 && x.country && x.sector !== "LEG") {
          seen.add(x.country);
          bump(x.country);
        }
      }
      if (hs.some((h) => h.entity.kind === "person" || h.entity.kind === "organization")) continue;
      const codes = new Set<string>();
      for (const h of hs) {
        const x = h.entity;
        if (x.kind === "country" || x.kind === "region") codes.add(x.iso3);
        else if (x.kind === "place" && x.country) codes.add(x.country);
      }
      if (codes.size === 1) {
        const c = [...codes][0]!;
        counts.set(c, (counts.get(c) ?? 0) + 1);
        bump(c);
      }
    }
  }

  private docRegions: Map<string, Set<string>> | undefined;

  /** KB regions (states, provinces) the text names unambiguously, by country; once per document. */
  private regionsInDoc(): Map<string, Set<string>> {
    if (!this.docRegions) {
      this.docRegions = new Map();
      for (let i = 0; i < this.n; i++) {
        const hs = this.kbHits[i];
        if (!hs || hs.length !== 1) continue;
        const e = hs[0]!.entity;
        if (e.kind !== "place" || e.placeKind !== "region" || !e.country) continue;
        let set = this.docRegions.get(e.country);
        if (!set) this.docRegions.set(e.country, (set = new Set()));
        set.add(e.id);
      }
    }
    return this.docRegions;
  }

  /** True when the text names a region (state, province) of a country it is set in. */
  private regionsSetIn(): boolean {
    for (const c of this.regionsInDoc().keys()) if (this.setIn(c)) return true;
    return false;
  }

  /**
   * A region sharing its name with a country ("Georgia"), read as the region when the text
   * names two other regions of the region's own country and nothing else of that country.
   */
  private stateAmongStates(hits: readonly AliasHit[], named: AliasHit, a: number, end: number): AliasHit | undefined {
    const regions = hits.filter((h) => h.entity.kind === "place" && h.entity.placeKind === "region");
    if (regions.length !== 1 || named.entity.kind !== "country") return undefined;
    const r = regions[0]!.entity as Place;
    if (!r.country || this.countriesInDoc().has(named.entity.iso3)) return undefined;
    const docRegions = this.regionsInDoc();
    // "Georgia and Armenia", "Armenia, Georgia": listed with a country, it is the country
    const isCountry = (i: number) => i >= 0 && i < this.n && (this.kbHits[i]?.some((h) => h.entity.kind === "country" && h.via !== "seat") ?? false);
    if (isCountry(a - 2) || isCountry(a - 3) || isCountry(end + 1)) return undefined;
    const others = docRegions.get(r.country);
    if (others && [...others].filter((id) => id !== r.id).length >= 2) return regions[0];
    // "Doug Collins of Georgia", "a crowd in Georgia" in a story set in the US (two KB phrases of it or more) that names nothing of the country Georgia
    return this.setIn(r.country) && (this.actorCounts!.get(r.country) ?? 0) >= 2 ? regions[0] : undefined;
  }

  /** True when a KB phrase other than the one at token t names only country `code` (countries, towns, bodies of one country). Rarely asked: a scan. */
  private namedElsewhere(code: string, t: number): boolean {
    const own = this.kbHits[t]!;
    for (let i = 0; i < this.n; i++) {
      const hits = this.kbHits[i];
      if (i === t || !hits || hits.length !== 1) continue;
      const e = hits[0]!.entity;
      // the same name again ("Windsor Locks" ... "Windsor") says nothing more
      if (own.some((h) => h.entity === e)) continue;
      if ((e.kind === "country" ? e.iso3 : e.kind === "place" || e.kind === "organization" ? e.country : undefined) === code) return true;
    }
    return false;
  }

  private seatCountries: Set<string> | undefined;

  /**
   * True when the KB phrase at t is a seat of government named like an ordinary house or
   * place ("Blue House", "the White House"; lexicon genericSeats) and no other KB phrase of the text (countries,
   * demonyms, capitals, towns, bodies, people and their roles) names the seat's country.
   */
  private seatAbroad(t: number): boolean {
    const hits = this.kbHits[t]!;
    const seat = genericSeat(hits, this.lex.genericSeats);
    if (!seat) return false;
    if (!this.seatCountries) {
      const out = (this.seatCountries = new Set<string>());
      for (let i = 0; i < this.n; i++) {
        const hs = this.kbHits[i];
        if (!hs) continue;
        // nothing inside the seat's own name counts ("House" in "White House")
        if (genericSeat(hs, this.lex.genericSeats)) {
          i = this.kbEnd[i]! - 1;
          continue;
        }
        for (const h of hs) {
          const e = h.entity;
          if (e.kind === "country" || e.kind === "region") out.add(e.iso3);
          else if (e.kind === "place" || e.kind === "organization") {
            if (e.country) out.add(e.country);
          } else if (e.kind === "person") {
            if (e.country) out.add(e.country);
            for (const r of e.roles) out.add(r.country);
          }
        }
      }
    }
    return !this.seatCountries.has(seat);
  }

  /** Countries the text names anywhere (countries, their demonyms and capitals, towns, bodies of a country), not by a name inside a longer one. */
  private countriesInDoc(): Set<string> {
    if (this.docCountries) return this.docCountries;
    const out = (this.docCountries = new Set<string>());
    // a name inside a longer KB name ("York" in "New York") names nothing by itself
    let inside = 0;
    for (let i = 0; i < this.n; i++) {
      const hits = this.kbHits[i];
      if (!hits || i < inside) continue;
      inside = this.kbEnd[i]!;
      if (hits.length !== 1) continue;
      const e = hits[0]!.entity;
      const code = e.kind === "country" ? e.iso3 : e.kind === "place" || e.kind === "organization" ? e.country : undefined;
      if (code) out.add(code);
    }
    return out;
  }

  /**
   * One acronym, several bodies ("AFP": Agence France-Presse, Armed Forces of the
   * Philippines): the one already met, else one whose country the text names (unambiguously),
   * else a news agency (the reading most articles cite), else the first.
   */
  private pickOrg(hits: readonly AliasHit[], first: AliasHit): AliasHit {
    let best = first;
    let bestScore = -1;
    let many = 0;
    for (const h of hits) if (h.entity.kind === "organization") many++;
    if (many < 2) return first;
    const countries = this.countriesInDoc();
    for (const h of hits) {
      const e = h.entity;
      if (e.kind !== "organization") continue;
      let score = 0;
      if (this.registry.all.some((d) => d.kb === e && d.mentions.length > 0)) score += 8;
      if (e.country && countries.has(e.country)) score += 4;
      if (e.sector === "JRN") score += 1;
      if (score > bestScore) {
        best = h;
        bestScore = score;
      }
    }
    return best;
  }

  /** "U.S. military", "Russian Direct Investment Fund": the country at the start of a body's name is mentioned too. */
  private countryPrefix(a: number, end: number): void {
    if (end - a < 2) return;
    const pe = this.kb.matcher.longestAt(this.lowers, a, end - 1);
    if (pe <= a) return;
    const hits = this.caseFilter(this.kb.matcher.entriesOf(this.lowers, a, pe)!, a, pe);
    const c = hits.find((h) => h.entity.kind === "country" && h.via !== "seat");
    if (c) this.add(a, pe, c.via === "demonym" ? "demonym" : c.form === c.entity.name ? "name" : "alias", this.registry.fromKb(c.entity), 0.8);
  }

  // ------------------------------------------------------------------ bodies

  /** True for a capitalised word that may continue a name (no month, pronoun or function word). */
  private capWord(i: number): boolean {
    return this.tokens.kind[i] === TokenKind.Word && (this.tokens.flags[i]! & UPPER) !== 0
      && !this.lex.nonNames.has(this.lowers[i]!) && !this.lex.pronouns.has(this.lowers[i]!);
  }

  /** After a body's head word: "of [the] Capitalised Words" ("Commission on International Religious Freedom"). */
  private connectorTail(b: number, to: number): number {
    const { lowers, lex } = this;
    if (b + 1 >= to || !lex.orgConnectors.has(lowers[b]!)) return b;
    const c = lex.determiners.has(lowers[b + 1]!) && b + 2 < to ? b + 2 : b + 1;
    if (!this.capWord(c)) return b;
    let e = c;
    while (e < to && e - c < 5 && this.capWord(e)) e++;
    // "Court for the District of Columbia": a town or region after "of" closes the name
    if (e + 1 < to && lowers[e] === "of" && this.kbEnd[e + 1]! > 0 && this.townOnly(e + 1)) e = this.kbEnd[e + 1]!;
    return e;
  }

  /**
   * "Russian Direct Investment Fund", "French National Police", "United States Commission on
   * International Religious Freedom": a country (name or demonym) followed by capitalised
   * words ending in a body's head noun is a body of that country (the KB does not know it).
   * Returns the token after it, or 0.
   */
  private bodyAfterCountry(t: number, kbEnd: number, to: number): number {
    const hits = this.kbHits[t]!;
    const c = hits.find((h) => h.entity.kind === "country" && h.via !== "seat");
    if (!c || hits.some((h) => h.entity.kind === "person" || h.entity.kind === "organization")) return 0;
    let head = 0;
    let sector: string | undefined;
    for (let k = kbEnd; k < to && k - kbEnd < 5 && this.capWord(k); k++) {
      if (k > kbEnd && this.kbEnd[k]! > 0 && this.kbHits[k]!.some((h) => h.entity.kind !== "place")) break;
      const sec = this.lex.bodyHeads.get(this.lowers[k]!);
      if (sec) {
        head = k + 1;
        sector = sec;
      }
    }
    if (head === 0 || this.titleEnd[kbEnd]! > 0) return 0;
    let end = this.connectorTail(head, to);
    // an embassy or consulate is named by its city: "US Embassy in London"
    if (end === head && (this.lowers[head - 1] === "embassy" || this.lowers[head - 1] === "consulate") && this.lowers[head] === "in" && head + 1 < to && this.kbEnd[head + 1]! > 0
      && this.kbHits[head + 1]!.some((h) => h.entity.kind === "place")) {
      this.add(head + 1, this.kbEnd[head + 1]!, "name", this.registry.fromKb(this.kbHits[head + 1]!.find((h) => h.entity.kind === "place")!.entity), 0.9);
      end = this.kbEnd[head + 1]!;
    }
    const a = this.lex.determiners.has(this.lowers[t]!) ? t + 1 : t;
    // "Georgia Institute of Technology": a name shared by a country and a place abroad says neither
    let shared = this.codeOf(hits) === undefined;
    // "Georgian Court University" in Lakewood, New Jersey: a country's adjective before a head noun that another head follows names a
    // thing ("Court") the body is named after; when the country is named nowhere else in a text set in another, it says neither
    if (!shared && c.entity.kind === "country" && head > kbEnd + 1 && this.lex.bodyHeads.has(this.lowers[kbEnd]!)) {
      const home = this.homeCountry();
      if (home && home !== c.entity.iso3 && !this.namedElsewhere(c.entity.iso3, t)) shared = true;
    }
    // "American University", "the American University of Beirut": a country's adjective right before a school's head is part of its name,
    // no mention of the country (the school's country only when no "of"/"in" place follows)
    const school = c.via === "demonym" && head === kbEnd + 1 && sector === "EDU";
    if (school && end > head) shared = true;
    const country = c.entity.kind === "country" && !shared ? c.entity.iso3 : undefined;
    if (!shared && !school) this.add(a, kbEnd, c.via === "demonym" ? "demonym" : c.form === c.entity.name ? "name" : "alias", this.registry.fromKb(c.entity), 0.8);
    const name = this.text.slice(this.tokens.start[a]!, this.tokens.end[end - 1]!);
    const body = this.registry.local(name, "organization", { ...(country ? { country } : {}), ...(sector ? { sector } : {}) });
    this.add(a, end, "name", body, 0.6);
    return end;
  }

  /**
   * "Canadian House of Commons", "Ontario Senate", "Senate of Puerto Rico": a body the KB
   * knows for one country, named with another country or a place abroad, is that country's
   * own body (a local entity with the modifier's country). Returns the token after it, or 0.
   */
  private foreignBody(t: number, kbEnd: number, to: number): number {
    const hits = this.kbHits[t]!;
    if (hits.some((h) => h.entity.kind === "person")) return 0;
    const own = hits.find((h) => h.entity.kind === "organization" && h.entity.country && h.entity.sector !== "IGO");
    const orgCountry = own?.entity.kind === "organization" ? own.entity.country : undefined;
    const orgSector = own?.entity.kind === "organization" ? own.entity.sector : undefined;
    // "Senate of Puerto Rico": body, connector, country or place of another country
    if (own && orgCountry && kbEnd - t <= 2 && kbEnd + 1 < to && this.lex.orgConnectors.has(this.lowers[kbEnd]!)) {
      const c = this.lex.determiners.has(this.lowers[kbEnd + 1]!) && kbEnd + 2 < to ? kbEnd + 2 : kbEnd + 1;
      const code = this.kbEnd[c]! > 0 ? this.codeOf(this.kbHits[c]!) : undefined;
      if (!code || code === orgCountry) return 0;
      const end = this.kbEnd[c]!;
      const a = this.lex.determiners.has(this.lowers[t]!) ? t + 1 : t;
      this.addLocal(a, end, "organization", 0.6, { country: code, ...(orgSector ? { sector: orgSector } : {}) });
      this.kbMention(c, end, this.kbHits[c]!, false);
      return end;
    }
    // "Canadian House of Commons": country or place, then the body
    if (own || kbEnd >= to || this.kbEnd[kbEnd]! === 0) return 0;
    const code = this.codeOf(hits);
    const next = this.kbHits[kbEnd]!;
    const body = next.find((h) => h.entity.kind === "organization");
    if (!code || !body || body.entity.kind !== "organization" || !body.entity.country || body.entity.sector === "IGO" || body.entity.country === code) return 0;
    if (next.some((h) => h.entity.kind !== "organization")) return 0;
    let end = this.kbEnd[kbEnd]!;
    // "Toronto Congress Centre": capitalised words after it are part of the name
    while (end < to && end - kbEnd < 6 && this.capWord(end) && this.kbEnd[end] === 0 && !this.lex.titleHeads.has(this.lowers[end]!)) end++;
    const a = this.lex.determiners.has(this.lowers[t]!) ? t + 1 : t;
    this.kbMention(t, kbEnd, hits, false);
    this.addLocal(a, end, "organization", 0.6, { country: code, sector: body.entity.sector });
    return end;
  }

  /** The country of a KB phrase that names a country (not by its capital) or a place; undefined otherwise or when ambiguous. */
  private codeOf(hits: readonly AliasHit[]): string | undefined {
    if (hits.some((h) => h.entity.kind === "person" || h.entity.kind === "organization")) return undefined;
    const codes = new Set<string>();
    for (const h of hits) {
      const e = h.entity;
      if ((e.kind === "country" || e.kind === "region") && h.via !== "seat") codes.add(e.iso3);
      else if (e.kind === "place" && e.country) codes.add(e.country);
    }
    return codes.size === 1 ? [...codes][0] : undefined;
  }

  /**
   * "Met Éireann", "Cambridge Analytica", "House of Assembly": a one-word body or place name
   * followed by capitalised words the KB does not know (or "of" and such a word) is part of
   * a longer name, not that body or place. The tagger's reading of it is kept, else a body's
   * name is a local body (a place's stays the place). Returns the token after it, or 0.
   */
  /** A capitalised word at j, inside the sentence and after the last mention, that no KB name, title, article or honorific takes. */
  private looseAt(j: number): boolean {
    const { lex, lowers } = this;
    return j >= this.from && j >= this.lastEnd && this.capWord(j) && this.kbEnd[j] === 0 && this.titleEnd[j] === 0
      && !lex.determiners.has(lowers[j]!) && !lex.titleHeads.has(lowers[j]!) && !lex.honorifics.has(lowers[j]!);
  }

  /** A capitalised word at j that may go on with an unknown name: no abbreviation, KB name, title, head noun, honorific or given name. */
  private freeAt(j: number): boolean {
    const { lex, lowers } = this;
    return this.capWord(j) && !lowers[j]!.endsWith(".") && this.kbEnd[j] === 0 && this.titleEnd[j] === 0 && !lex.titleHeads.has(lowers[j]!)
      && !lex.bodyHeads.has(lowers[j]!) && !lex.placeHeads.has(lowers[j]!) && !lex.honorifics.has(lowers[j]!) && !lex.givenNames.has(this.foldAt(j));
  }

  private partOfLongerName(t: number, kbEnd: number, to: number): number {
    const a = this.lex.determiners.has(this.lowers[t]!) ? t + 1 : t;
    if (kbEnd - a !== 1 || kbEnd >= to) return 0;
    const hits = this.kbHits[t]!;
    // "the Gulf of Mexico": a one-word water or land feature the KB knows ("Gulf") named by the place after "of" is another feature
    if (this.lex.placeHeads.has(this.lowers[a]!) && this.lowers[kbEnd] === "of" && kbEnd + 1 < to && this.kbEnd[kbEnd + 1]! > 0
      && hits.every((h) => h.entity.kind === "place" || h.entity.kind === "region")) {
      const end = this.kbEnd[kbEnd + 1]!;
      this.addLocal(a, end, "place", 0.6);
      return end;
    }
    if (hits.some((h) => h.entity.kind === "person" || h.entity.kind === "country" || h.entity.kind === "region")) return 0;
    if (this.tokens.flags[a]! & ALLCAPS || (this.tokens.flags[a]! & UPPER && !/[a-z]/.test(this.tokens.norm(a)))) return 0;
    const { lex, lowers } = this;
    // "Securities and Exchange Commission", "Federal Election Commission": a body's one-word
    // name that is a head noun, closing two capitalised words nothing took (or "X and Y") is the end of another body's name
    if (hits.some((h) => h.entity.kind === "organization") && lex.bodyHeads.has(lowers[a]!) && this.tokens.flags[a]! & SPACE) {
      if (this.looseAt(a - 1) && (this.looseAt(a - 2) || (a - 3 >= this.from && lowers[a - 2] === "and" && this.looseAt(a - 3)))) {
        let s = this.looseAt(a - 2) ? a - 2 : a - 3;
        while (this.looseAt(s - 1) && a - s < 5) s--;
        this.addLocal(s, kbEnd, "organization", 0.6);
        return kbEnd;
      }
    }
    // "Wisconsin Gov. Scott Walker": an abbreviation ("Gov.") is a title, not part of a name
    let end = kbEnd;
    if (this.tokens.flags[kbEnd]! & SPACE) while (end < to && end - kbEnd < 3 && this.freeAt(end)) end++;
    // "Senate Judiciary Committee", "House Foreign Affairs and Intelligence committees": a part of the body, left as it was
    if (end > kbEnd) {
      for (let j = end; j < to && j < end + 4 && this.tokens.kind[j] === TokenKind.Word; j++) {
        const w = lowers[j]!;
        if (lex.bodyHeads.has(w) || lex.bodyHeads.has(w.slice(0, -1)) || lex.bodyHeads.has(w.replace(/es$/, "")) || lex.titleHeads.has(w)) return 0;
      }
    }
    const c = kbEnd + 1;
    if (end === kbEnd && hits.some((h) => h.entity.kind === "organization") && lex.orgConnectors.has(lowers[kbEnd]!) && c < to
      && this.capWord(c) && this.kbEnd[c] === 0 && this.titleEnd[c] === 0 && !lex.titleHeads.has(lowers[c]!)) {
      end = c + 1;
      while (end < to && end - kbEnd < 4 && this.freeAt(end)) end++;
    }
    if (end === kbEnd) return 0;
    const body = hits.some((h) => h.entity.kind === "organization");
    const k = this.nerAt[t] >= 0 ? this.nerAt[t]! : this.nerAt[a]!;
    const tagged = k >= 0 && this.ner[k]!.tokEnd >= end ? this.ner[k]! : undefined;
    // a place before capitalised words is often their modifier ("the Wyoming Democratic caucuses"): only a tagged body or person says otherwise
    if (!body && (!tagged || tagged.label === "LOC")) return 0;
    if (tagged) return Math.max(end, this.nerMention(tagged, to));
    this.addLocal(a, end, "organization", 0.6);
    return end;
  }

  /**
   * "Cambridge Analytica", "Santa Cruz Island", "London Bridge", "the West Coast": a KB place,
   * region or country that the tagger tags together with capitalised words the KB does not
   * know is part of another name: a local place when the last word is a place head, else a
   * local body; with the place's country when the KB place is of one country, and no mention
   * of the KB place. Returns the token after it, or 0.
   */
  private placeOpensName(t: number, kbEnd: number, to: number): number {
    const a = this.lex.determiners.has(this.lowers[t]!) ? t + 1 : t;
    const k = this.nerAt[t]! >= 0 ? this.nerAt[t]! : this.nerAt[a]!;
    if (k < 0) return 0;
    const m = this.ner[k]!;
    const end = Math.min(m.tokEnd, to);
    // a body the tagger names keeps its own reading (nerWins: "London Fire Brigade" is of the UK)
    if (m.label !== "LOC" || m.tokStart > a || end <= kbEnd || end - kbEnd > 3 || !(this.tokens.flags[kbEnd]! & SPACE)) return 0;
    const hits = this.kbHits[t]!;
    for (const h of hits) if (h.entity.kind === "person" || h.entity.kind === "organization") return 0;
    const { lex, lowers } = this;
    const last = lowers[end - 1]!;
    // "Geneva Convention", "Iowa caucuses", "San Bernardino Shooting": a thing or event named after the place, which stays
    if (lex.thingHeads.has(last)) return 0;
    const placeHead = lex.placeHeads.has(last);
    // "Davao City", "Digos City": the KB's town, named in full
    if (last === "city" && end === kbEnd + 1) {
      const town = hits.find((h) => h.entity.kind === "place" && h.entity.placeKind === "city");
      if (town) {
        this.add(a, end, "alias", this.registry.fromKb(town.entity), 0.85);
        return end;
      }
    }
    for (let j = kbEnd; j < end; j++) {
      if (j === end - 1 && (placeHead || lex.bodyHeads.has(last)) && this.capWord(j) && this.kbEnd[j] === 0) continue;
      if (!this.freeAt(j)) return 0;
    }
    // the country of the country, else of the largest town, the KB reads there; "Santa Cruz
    // Island" off California is not near the KB's Santa Cruz: the country only when the text names it
    let code: string | undefined;
    let pop = -1;
    for (const h of hits) {
      const e = h.entity;
      if (e.kind === "country" && h.via !== "seat") {
        code = e.iso3;
        break;
      }
      if (e.kind === "place" && e.country && (e.pop ?? 0) > pop) {
        code = e.country;
        pop = e.pop ?? 0;
      }
    }
    if (code !== undefined && !this.namedElsewhere(code, t)) code = undefined;
    const name = this.text.slice(this.tokens.start[a]!, this.tokens.end[end - 1]!);
    this.add(a, end, "name", this.registry.local(name, placeHead ? "place" : "organization", code ? { country: code } : {}), 0.6);
    return end;
  }

  /**
   * "Yahoo News", "Sky News Arabia": a KB body's name followed, with no mark between, by a
   * capitalised news head (lexicon newsHeads) when the body is no outlet, or by a place's or
   * country's one-word name (an edition: not "Fox News Channel", "Washington Post Poll") when it
   * is an outlet whose name ends in a news head, names another outlet: a local journalist body, no
   * mention of the KB body. Not in a title-case headline ("Washington Post Assembles ..."). Returns the token after it, or 0.
   */
  private longerOutlet(t: number, kbEnd: number, to: number): number {
    const { lex, lowers } = this;
    if (this.titleCase || kbEnd >= to || !(this.tokens.flags[kbEnd]! & SPACE) || !this.capWord(kbEnd) || lowers[kbEnd]!.endsWith(".")) return 0;
    const hits = this.kbHits[t]!;
    let org: KbEntity | undefined;
    for (const h of hits) {
      if (h.entity.kind !== "organization") return 0;
      org ??= h.entity;
    }
    if (!org) return 0;
    const next = lowers[kbEnd]!;
    const end = kbEnd + 1;
    if (end < to && this.capWord(end)) return 0;
    if (isOutlet(org)) {
      if (!lex.newsHeads.has(lowers[kbEnd - 1]!) || lex.newsHeads.has(next) || lex.mediaHeads.has(next) || lex.bodyHeads.has(next)) return 0;
      // an edition for a place: the next word is a KB place's or country's one-word name ("Arabia", "Australia"; not "Washington Post Poll")
      const e2 = this.kbEnd[kbEnd]!;
      if (e2 !== end || this.kbHits[kbEnd]!.some((h) => h.entity.kind === "person" || h.entity.kind === "organization")) return 0;
    } else if (!lex.newsHeads.has(next)) return 0;
    const a = lex.determiners.has(lowers[t]!) ? t + 1 : t;
    this.addLocal(a, end, "organization", 0.6, { sector: "JRN" });
    return end;
  }

  /**
   * "the Western Pacific": a region's one-word name or adjective ("Western") right before
   * another region's ("Pacific"), the two ending the capitalised words, names a part of the
   * second, not the two regions: a local place, no mention of either. Returns the token after
   * it, or 0.
   */
  private regionPair(t: number, kbEnd: number, to: number): number {
    const a = this.lex.determiners.has(this.lowers[t]!) ? t + 1 : t;
    if (kbEnd - a !== 1 || kbEnd + 1 > to || !(this.tokens.flags[kbEnd]! & SPACE) || this.kbEnd[kbEnd]! !== kbEnd + 1) return 0;
    if (kbEnd + 1 < to && this.capWord(kbEnd + 1)) return 0;
    for (const h of this.kbHits[t]!) if (h.entity.kind !== "region") return 0;
    for (const h of this.kbHits[kbEnd]!) if (h.entity.kind !== "region") return 0;
    this.addLocal(a, kbEnd + 1, "place", 0.6);
    return kbEnd + 1;
  }

  /**
   * "the English Channel", "the Arabian Sea": a country's or region's adjective right before a
   * capitalised sea's, strait's or coast's head (lexicon featureHeads) the KB does not know, the
   * two ending the capitalised words, names that place: a local place, no mention of the
   * country. Returns the token after it, or 0.
   */
  private featureAfterAdjective(t: number, kbEnd: number, to: number): number {
    const a = this.lex.determiners.has(this.lowers[t]!) ? t + 1 : t;
    if (kbEnd - a !== 1 || kbEnd >= to || !(this.tokens.flags[kbEnd]! & SPACE) || !this.capWord(kbEnd) || this.kbEnd[kbEnd]! !== 0) return 0;
    if (!this.lex.featureHeads.has(this.lowers[kbEnd]!) || (kbEnd + 1 < to && this.capWord(kbEnd + 1))) return 0;
    for (const h of this.kbHits[t]!) if ((h.entity.kind !== "country" && h.entity.kind !== "region") || h.via !== "demonym") return 0;
    this.addLocal(a, kbEnd + 1, "place", 0.6);
    return kbEnd + 1;
  }

  /**
   * "Democracy for America": a body the tagger names, followed by "for" and a KB country's or
   * place's name that ends the capitalised words, is one name: a local body, no mention of the
   * country. Returns the token after it, or 0.
   */
  private bodyForPlace(m: NerMention, to: number): number {
    if (m.label !== "ORG") return 0;
    const b = m.tokEnd;
    if (b + 1 >= to || this.lowers[b] !== "for" || m.tokStart >= b) return 0;
    const e = this.kbEnd[b + 1]!;
    if (e === 0 || (e < to && (this.capWord(e) || this.lowers[e] === "'s" || this.lowers[e] === "’s"))) return 0;
    for (const h of this.kbHits[b + 1]!) if (h.entity.kind !== "country" && h.entity.kind !== "place") return 0;
    let a = m.tokStart;
    while (a < b && (this.lex.determiners.has(this.lowers[a]!) || this.tokens.kind[a] !== TokenKind.Word)) a++;
    for (let i = a; i < b; i++) if (this.tokens.kind[i] === TokenKind.Word && !(this.tokens.flags[i]! & UPPER)) return 0;
    if (a >= b) return 0;
    this.addLocal(a, e, "organization", 0.6);
    return e;
  }

  /**
   * "Pacific Gas and Electric", "Boston College": a KB place or region (or its adjective)
   * opening capitalised words the KB does not know, perhaps joined by "and"/"&", the last a
   * business's or college's head (lexicon firmHeads) and no capitalised word after it, is part
   * of that body's name: a local organisation (of the place's country when the text names it
   * elsewhere), no mention of the place. A country's name is left to bodyAfterCountry, a body
   * the tagger names whole to the tagger. Returns the token after it, or 0.
   */
  private placeOpensFirm(t: number, kbEnd: number, to: number): number {
    const { lex, lowers } = this;
    if (kbEnd + 1 >= to || !(this.tokens.flags[kbEnd]! & SPACE) || !this.capWord(kbEnd)) return 0;
    const hits = this.kbHits[t]!;
    for (const h of hits) if (h.entity.kind !== "place" && h.entity.kind !== "region") return 0;
    let last = -1;
    let joined = false;
    for (let j = kbEnd; j < to && j - kbEnd < 5; j++) {
      const w = lowers[j]!;
      if (lex.firmHeads.has(w) && this.capWord(j) && this.kbEnd[j] === 0 && this.titleEnd[j] === 0) {
        last = j;
        continue;
      }
      if (this.freeAt(j)) continue;
      if (!joined && j > kbEnd && (w === "and" || w === "&") && j + 1 < to && this.capWord(j + 1)) {
        joined = true;
        continue;
      }
      break;
    }
    if (last < 0 || (last + 1 < to && this.capWord(last + 1))) return 0;
    const a = lex.determiners.has(lowers[t]!) ? t + 1 : t;
    const k = this.nerAt[a]!;
    if (k >= 0 && this.ner[k]!.label === "ORG" && this.ner[k]!.tokEnd === last + 1) return 0;
    let country: string | undefined;
    let pop = -1;
    for (const h of hits) {
      const e = h.entity;
      if (e.kind === "place" && e.country && (e.pop ?? 0) > pop) [country, pop] = [e.country, e.pop ?? 0];
    }
    if (country !== undefined && !this.namedElsewhere(country, t)) country = undefined;
    this.addLocal(a, last + 1, "organization", 0.6, country ? { country } : {});
    return last + 1;
  }

  /**
   * "Madison Square Garden", "Kennedy Center", "Toyota Center": a KB town's, person's or
   * body's name followed by up to three capitalised words the KB does not know, the last a
   * venue's head noun (lexicon venueHeads), names a venue after it: a local place, with the
   * town's country when the text names it elsewhere, and no mention of the town, person or
   * body. Not a country's or body's name ("German Aerospace Center"), nor a city's own hall
   * ("Boston City Hall"), nor a body "for" or "of" something. Returns the token after it, or 0.
   */
  private venueName(t: number, kbEnd: number, to: number): number {
    const { lex, lowers, tokens } = this;
    if (kbEnd >= to || !(tokens.flags[kbEnd]! & SPACE)) return 0;
    const hits = this.kbHits[t]!;
    // "German Aerospace Center", "House of Commons Library": a country's or body's name opens another body's (a capital's name is a town's)
    // ("Wells Fargo Center": a business's name opens a venue's like a person's)
    if (hits.some((h) => h.entity.kind !== "place" && h.entity.kind !== "person" && !(h.entity.kind === "country" && h.via === "seat") && !(h.entity.kind === "organization" && h.entity.sector === "BUS"))) return 0;
    let end = 0;
    let media = false;
    for (let j = kbEnd; j < to && j - kbEnd < 3; j++) {
      if (!this.capWord(j) || this.kbEnd[j] !== 0 || this.titleEnd[j] !== 0 || lowers[j]!.endsWith(".") || !(tokens.flags[j]! & SPACE)) break;
      if (lex.venueHeads.has(lowers[j]!) && !lex.placeNouns.has(lowers[j - 1]!)) end = j + 1;
      // "Washington Square Park", "Lincoln Memorial Bridge": two words or more, the last a place's head
      else if (j > kbEnd && lex.placeHeads.has(lowers[j]!) && lowers[j] !== "city" && lowers[j] !== "county") end = j + 1;
      // "Abu Dhabi TV": a broadcaster named after its town (lexicon mediaHeads)
      if (lex.mediaHeads.has(lowers[j]!)) {
        end = j + 1;
        media = true;
        break;
      }
    }
    // "Puerto Rico Center for Investigative Journalism": a body
    if (end === 0 || (end < to && ((this.capWord(end) && tokens.flags[end]! & SPACE) || lex.orgConnectors.has(lowers[end]!)))) return 0;
    const a = lex.determiners.has(lowers[t]!) ? t + 1 : t;
    let code = this.codeOf(hits);
    if (code !== undefined && !media && !this.namedElsewhere(code, t)) code = undefined;
    this.addLocal(a, end, media ? "organization" : "place", 0.6, { ...(code ? { country: code } : {}), ...(media ? { sector: "JRN" } : {}) });
    return end;
  }

  /**
   * For a one-word KB name at t read only as bodies ("Bloomberg"), capitalised but not in
   * capitals: the person named before whose surname it is, else, after an honorific ("Mr.
   * Bloomberg"), a person of that name. Undefined otherwise.
   */
  private surnameBearer(t: number, kbEnd: number): DocEntity | undefined {
    if (kbEnd - t !== 1 || !(this.tokens.flags[t]! & UPPER) || this.tokens.flags[t]! & ALLCAPS) return undefined;
    const hits = this.kbHits[t]!;
    if (hits.length === 0 || hits.some((h) => h.entity.kind !== "organization")) return undefined;
    const f = this.foldAt(t);
    if (this.registry.personTokens.has(f)) {
      const e = this.registry.findPerson([f]);
      // (a KB person's name tokens include their aliases': the surname is the last word of the name)
      if (e && e.type === "person" && e.nameTokens.length > 1 && (e.kb ? foldCached(e.name).endsWith(" " + f) : e.nameTokens[e.nameTokens.length - 1] === f)) return e;
    }
    if (t - 1 >= this.from && this.lex.honorifics.has(this.lowers[t - 1]!)) {
      const e = this.registry.local(this.text.slice(this.tokens.start[t]!, this.tokens.end[t]!), "person");
      const g = this.lex.genderWords.get(this.lowers[t - 1]!);
      if (g && !e.gender) e.gender = g;
      return e;
    }
    return undefined;
  }

  /**
   * "Imus" after "Don Imus": a town's name that is the name of a person met earlier, not
   * after a locative ("in Imus"), is the person. Returns the token after it, or 0.
   */
  private personAsPlace(t: number, kbEnd: number): number {
    const hits = this.kbHits[t]!;
    if (this.registry.personTokens.size === 0 || !hits.every((h) => h.entity.kind === "place") || this.locativeBefore(t)) return 0;
    const a = this.lex.determiners.has(this.lowers[t]!) ? t + 1 : t;
    if (a >= kbEnd) return 0;
    const folded: string[] = [];
    for (let i = a; i < kbEnd; i++) folded.push(this.foldAt(i));
    if (!folded.every((f) => this.registry.personTokens.has(f))) return 0;
    const earlier = this.registry.findPerson(folded);
    if (!earlier) return 0;
    this.add(a, kbEnd, "name", earlier, 0.7);
    return kbEnd;
  }

  /**
   * "French police", "Northamptonshire police": a police force is named by the country or
   * area it serves (a body of that country, sector COP). Returns the token after it, or 0.
   */
  private areaPolice(t: number, kbEnd: number, to: number): number {
    if (kbEnd >= to || this.lowers[kbEnd] !== "police" || this.tokens.flags[kbEnd]! & UPPER) return 0;
    const hits = this.kbHits[t]!;
    if (hits.some((h) => h.entity.kind === "person" || h.entity.kind === "organization" || h.via === "seat")) return 0;
    const area = hits.find((h) => h.entity.kind === "country" || h.entity.kind === "region") ?? hits.find((h) => h.entity.kind === "place");
    if (!area) return 0;
    const a = this.lex.determiners.has(this.lowers[t]!) ? t + 1 : t;
    this.kbMention(t, kbEnd, [area], false);
    const e = area.entity;
    const country = e.kind === "country" || e.kind === "region" ? e.iso3 : e.kind === "place" ? e.country : undefined;
    const name = this.text.slice(this.tokens.start[a]!, this.tokens.end[kbEnd]!);
    this.add(a, kbEnd + 1, "name", this.registry.local(name, "organization", { ...(country ? { country } : {}), sector: "COP" }), 0.6);
    return kbEnd + 1;
  }

  /**
   * "the palace", "the ministry", "the party": a definite description standing for the
   * holder of an office named earlier ("the palace" → the monarch) or for the body named
   * earlier whose name has that head noun. Returns the token after it, or t.
   */
  private definite(t: number, to: number): number {
    const w = this.lowers[t + 1]!;
    if (this.tokens.kind[t + 1] !== TokenKind.Word || this.tokens.flags[t + 1]! & UPPER) return t;
    const office = this.lex.bodyOffices.get(w);
    const head = this.lex.bodyHeads.has(w);
    if (!office && !head) return t;
    // "the ministry of defence", "the party leader", "the court case": something else
    if (t + 2 < to) {
      const nx = this.lowers[t + 2]!;
      const kind = this.tokens.kind[t + 2];
      if (kind === TokenKind.Possessive || (kind === TokenKind.Word && (this.lex.orgConnectors.has(nx) || this.lex.titleHeads.has(nx) || this.lex.bodyHeads.has(nx) || this.lex.nounAfterBody.has(nx)))) return t;
    }
    let target: DocEntity | undefined;
    if (office) target = this.registry.holderInDoc(office, undefined);
    if (!target && head) target = this.registry.bodyWithHead(w);
    if (!target) return t;
    this.add(t, t + 2, "title", target, 0.6);
    return t + 2;
  }

  // ------------------------------------------------------------------ appositives

  /** The mention (not a pronoun) starting at token i, longest first; ending at token i (exclusive end). */
  private mentionIndex(): { startAt: Map<number, RawMention>; endAt: Map<number, RawMention> } {
    const startAt = new Map<number, RawMention>();
    const endAt = new Map<number, RawMention>();
    for (const m of this.mentions) {
      if (m.via === "pronoun") continue;
      const s = startAt.get(m.tokStart);
      if (!s || s.tokEnd < m.tokEnd) startAt.set(m.tokStart, m);
      const e = endAt.get(m.tokEnd);
      if (!e || e.tokStart > m.tokStart) endAt.set(m.tokEnd, m);
    }
    return { startAt, endAt };
  }

  /** End of title words from p ("Managing Director", "foreign policy consultant", "spokesman"): after the last title head, or p. */
  private titleWords(p: number, to: number): number {
    let end = this.titleEnd[p]! > p ? this.titleEnd[p]! : p;
    for (let k = p; k < to && k - p < 5; k++) {
      if (this.tokens.kind[k] !== TokenKind.Word) break;
      const lw = this.lowers[k]!;
      if (this.lex.orgConnectors.has(lw) || this.lex.nonNames.has(lw) || this.lex.pronouns.has(lw)) break;
      if (!this.lex.titleHeads.has(lw) || this.lex.titleModifiers.has(lw)) continue;
      // "a professor at Dunmore University": an honorific's word is a title before the body it serves
      if (!this.lex.honorifics.has(lw) || APPOSITION_PREPS.has(this.lowers[k + 1]!)) end = Math.max(end, k + 1);
    }
    return end;
  }

  /**
   * Roles from appositives: "Kirill Dmitriev, Managing Director of the Russian Direct
   * Investment Fund," / "X, the party's spokesman," / "Putin's foreign policy adviser Yuri
   * Ushakov": the title becomes a role, the body (or the principal) gives an unknown person
   * their country and sector.
   */
  private appositives(): void {
    const persons = this.mentions.filter((m) => m.entity.type === "person" && m.via !== "pronoun" && m.via !== "title");
    if (persons.length === 0) return;
    const { startAt, endAt } = this.mentionIndex();
    const { tokens, lowers, sentences } = this;
    for (const m of persons) {
      const s = m.sentence;
      const from = sentences.tokStart[s]!, to = sentences.tokEnd[s]!;
      // after: ", [the|a] [Principal's] title [of|at|for [the] Body]"
      if (m.tokEnd + 1 < to && tokens.kind[m.tokEnd] === TokenKind.Punct && lowers[m.tokEnd] === ",") {
        let p = m.tokEnd + 1;
        if (lowers[p] === "the" || lowers[p] === "a" || lowers[p] === "an") p++;
        let principal: DocEntity | undefined;
        const pm = startAt.get(p);
        if (pm && pm.tokEnd < to && tokens.kind[pm.tokEnd] === TokenKind.Possessive) {
          principal = pm.entity;
          p = pm.tokEnd + 1;
        } else if (p + 1 < to && tokens.kind[p + 1] === TokenKind.Possessive && this.lex.bodyHeads.has(lowers[p]!)) {
          principal = this.registry.bodyWithHead(lowers[p]!);
          p += 2;
        } else if (pm && (pm.entity.type === "country" || (pm.entity.type === "organization" && pm.entity.kb))) {
          principal = pm.entity;
          p = pm.tokEnd;
        }
        const tEnd = this.titleWords(p, to);
        if (tEnd > p) {
          let body: DocEntity | undefined;
          let bodyHead: string | undefined;
          if (tEnd + 1 < to && APPOSITION_PREPS.has(lowers[tEnd]!)) {
            let q = tEnd + 1;
            if (lowers[q] === "the") q++;
            for (let k = q; k < to && k - q < 6 && lowers[k] !== ","; k++) {
              const sec = this.lex.bodyHeads.get(lowers[k]!);
              if (sec && !bodyHead) bodyHead = sec;
              const bm = startAt.get(k);
              if (bm && !body && bm.entity.type !== "person") body = bm.entity;
            }
          }
          // "the Democratic chair of Palm Beach County": the party over the place
          this.giveRole(m.entity, p, tEnd, (body?.type === "place" ? principal : undefined) ?? body ?? principal, bodyHead);
        }
      }
      // before: "Principal's title Name"
      let k = m.tokStart - 1;
      let words = 0;
      while (k > from && tokens.kind[k] === TokenKind.Word && words < 5) {
        k--;
        words++;
      }
      if (words > 0 && k >= from && tokens.kind[k] === TokenKind.Possessive && this.lex.titleHeads.has(lowers[m.tokStart - 1]!)) {
        const principal = endAt.get(k);
        if (principal && principal.entity !== m.entity) this.giveRole(m.entity, k + 1, m.tokStart, principal.entity, undefined);
      }
    }
  }

  /** Record the title [p, tEnd) as a role of `person`; a body or principal gives an unknown person country and sector. */
  private giveRole(person: DocEntity, p: number, tEnd: number, of: DocEntity | undefined, headSector: string | undefined): void {
    const title = this.text.slice(this.tokens.start[p]!, this.tokens.end[tEnd - 1]!);
    if (!person.roles.some((r) => r.toLowerCase() === title.toLowerCase())) person.roles.push(title);
    if (person.kb) return;
    // "the former U.S. senator": the last title in the words, and a country named before it
    let h = -1;
    let code = of?.country;
    for (let k = p; k < tEnd; k++) {
      const e = this.titleEnd[k]!;
      if (e > k && e <= tEnd) {
        h = k;
        k = e - 1;
      } else if (!of && h < 0 && this.kbEnd[k]! > k && this.kbEnd[k]! <= tEnd) {
        const mod = this.modifierAt(k);
        if (mod && mod.hit.entity.kind === "country") code = mod.code;
      }
    }
    const reading = h >= 0 ? this.reading(h, this.titleEnd[h]!, code) : undefined;
    // "a Republican representative": a title of one country only, in a text set there
    const only = reading?.countries?.length === 1 ? reading.countries[0]! : undefined;
    if (!code && only && this.setIn(only)) code = only;
    // "a campaign spokesman", "former state party chairman": a body's word before the title gives the sector;
    // "a senior adviser to Cruz": an office that serves a body unnamed here (lexicon bodyBoundOffices) gives none
    // "the billionaire chief executive": a title restricted to other countries says nothing here
    let own = reading?.countries && !(code && reading.countries.includes(code)) ? undefined : reading?.sector;
    if (h > p) {
      // "the Democratic chair of Jefferson County": a party's word before an office of any body makes it the party's
      const party = reading && this.lex.bodyBoundOffices.has(reading.office) ? this.partyWord(h - 1) : undefined;
      if (party !== undefined && party === this.homeCountry()) {
        own = "PTY";
        if (party && !person.country) person.country = party;
      } else own = this.lex.titleBodyWords.get(this.lowers[h - 1]!) ?? (reading && this.lex.bodyBoundOffices.has(reading.office) ? undefined : own);
    }
    // "the Lord President of the court": the head noun of the words after the title
    if (!of && headSector) own = headSector;
    if (!of && code && !person.country && own && STATE_SECTORS.has(own)) person.country = code;
    // "a Republican representative": a state title over its holder's party; "an education professor at Harvard" (a town): the title's
    const sector = of?.type === "organization" ? (own && own !== "GOV" && STATE_SECTORS.has(own) ? own : (of.sector ?? headSector)) : of?.type === "person" ? of.sector : of ? (headSector ?? (of.type === "country" ? "GOV" : own)) : own;
    if (!person.country && of?.country && of.sector !== "IGO") person.country = of.country;
    if (!person.sector && sector) person.sector = sector;
  }

  // ------------------------------------------------------------------ tagger names

  /** A tagged name wins over a shorter KB phrase at the same token when it continues in capitals ("African Export-Import Bank"). */
  private nerWins(m: NerMention, kbEnd: number, hits: readonly AliasHit[]): boolean {
    if (m.tokEnd <= kbEnd) return false;
    // "Massachusetts Institute of Technology", "Brandenburg Gate": a region's name opens a longer name
    if (this.regionOnly(m.tokStart)) {
      if (m.label === "PER") return false;
      // a place named after a region ("Brandenburg Gate"), not "Scotland Nicola Sturgeon"
      if (m.label === "LOC" && !this.lex.placeHeads.has(this.lowers[m.tokEnd - 1]!)) return false;
      return this.longerName(kbEnd, m.tokEnd);
    }
    if (m.label === "LOC") return false;
    if (hits.some((h) => h.entity.kind === "person" || h.entity.kind === "organization")) return false;
    for (let i = kbEnd; i < m.tokEnd; i++) {
      const f = this.tokens.flags[i]!;
      if (this.tokens.kind[i] !== TokenKind.Word) continue;
      if (!(f & UPPER) || this.lex.nonNames.has(this.lowers[i]!)) return false;
    }
    return true;
  }

  /** True when the KB phrase at token i names only places (towns or regions; no country, body or person). */
  private townOnly(i: number): boolean {
    const hits = this.kbHits[i];
    return hits !== undefined && hits.every((h) => h.entity.kind === "place");
  }

  /** True when the KB phrase at token i names only regions (states, provinces; no country, city or body). */
  private regionOnly(i: number): boolean {
    const hits = this.kbHits[i];
    return hits !== undefined && hits.every((h) => h.entity.kind === "place" && h.entity.placeKind === "region");
  }

  /**
   * A local place met earlier whose name is the words [a, b) and that the text set as a place
   * ("the town of Mokha", "Mokha, Yemen"; not just "in Scalia"), else undefined.
   */
  private placeNamed(a: number, b: number): DocEntity | undefined {
    const name = foldCached(this.text.slice(this.tokens.start[a]!, this.tokens.end[b - 1]!));
    return this.registry.all.find((e) => e.type === "place" && !e.kb && e.mentions.length > 0 && foldCached(e.name) === name && e.mentions.some((m) => this.setAsPlace(m)));
  }

  /** Mention m is set as a place by its words: "the town of Mokha" (a place noun and "of" before), "Mokha, Yemen" (a country after a comma). */
  private setAsPlace(m: RawMention): boolean {
    const { lowers, lex } = this;
    const p = m.tokStart - 1;
    if (p >= 1 && lowers[p] === "of" && lex.placeNouns.has(lowers[p - 1]!)) return true;
    const c = m.tokEnd + 1;
    return c < this.n && lowers[m.tokEnd] === "," && this.kbEnd[c]! > 0 && this.kbHits[c]!.some((h) => h.entity.kind === "country" && h.via !== "seat" && h.via !== "demonym");
  }

  /**
   * A name [a, b) tagged as a person that the text makes a business or outlet (lexicon
   * companyNouns, companySuffixes): "Marrow Foods, the company that makes cereal" (apposition
   * of an article, up to two lower-case words and the noun, then punctuation or a clause
   * word), "the toymaker Brightwick." (the noun right before a name that ends the clause),
   * "Carver Holdings LLC" (a suffix), or a name the text made so earlier. Else undefined.
   */
  private companyNamed(a: number, b: number, to: number): DocEntity | undefined {
    const { lowers, tokens, lex } = this;
    const earlier = this.businessNamed(a, b);
    if (earlier) return earlier;
    if (lex.companyNouns.size === 0 || lex.givenNames.has(this.foldAt(a))) return undefined;
    let sector: string | undefined;
    if (b - a >= 2 && lex.companySuffixes.has(lowers[b - 1]!)) sector = "BUS";
    else if (b + 2 < to && lowers[b] === "," && (lowers[b + 1] === "the" || lowers[b + 1] === "a" || lowers[b + 1] === "an")) {
      for (let i = b + 2; i < to && i <= b + 4; i++) {
        if (tokens.kind[i] !== TokenKind.Word || tokens.flags[i]! & UPPER) break;
        const s = lex.companyNouns.get(lowers[i]!);
        if (s !== undefined) {
          if (this.closesCompanyClause(i + 1, to) && !(i + 1 < to && tokens.kind[i + 1] === TokenKind.Possessive)) sector = s;
          break;
        }
      }
    } else if (a - 1 >= this.from && !(tokens.flags[a - 1]! & UPPER) && (b >= to || tokens.kind[b] !== TokenKind.Word) && !(b < to && tokens.kind[b] === TokenKind.Possessive)) {
      sector = lex.companyNouns.get(lowers[a - 1]!);
    }
    return sector === undefined ? undefined : this.registry.local(this.text.slice(tokens.start[a]!, tokens.end[b - 1]!), "organization", { sector });
  }

  /** Token i ends the clause a business noun closes ("X, the company, said"; "X, a firm that"). */
  private closesCompanyClause(i: number, to: number): boolean {
    return i >= to || this.tokens.kind[i] !== TokenKind.Word || this.lex.clauseAfterCompany.has(this.lowers[i]!);
  }

  /**
   * The business or outlet the text made of the name [a, b) earlier (companyNamed), else
   * undefined; a lone word that is no given name may be the first word of its name
   * ("Janney Montgomery Scott" ... "Janney").
   */
  private businessNamed(a: number, b: number): DocEntity | undefined {
    if (this.registry.all.length === 0) return undefined;
    const name = this.text.slice(this.tokens.start[a]!, this.tokens.end[b - 1]!);
    const e = this.registry.localOf(name, "organization");
    if (localBusiness(e)) return e;
    if (b - a !== 1 || this.lex.givenNames.has(this.foldAt(a))) return undefined;
    const head = foldCached(name) + " ";
    return this.registry.all.find((x) => localBusiness(x) && foldCached(x.name).startsWith(head));
  }

  /** True when tokens [from, to) go on with a name: capitalised words, a connector between two ("of" in "Institute of Technology"). */
  private longerName(from: number, to: number): boolean {
    for (let i = from; i < to; i++) {
      if (this.tokens.kind[i] !== TokenKind.Word) return false;
      const lw = this.lowers[i]!;
      if (this.tokens.flags[i]! & UPPER && !this.lex.nonNames.has(lw)) continue;
      if (i > from && i + 1 < to && this.lex.orgConnectors.has(lw) && this.tokens.flags[i + 1]! & UPPER) continue;
      return false;
    }
    return true;
  }

  private nerMention(m: NerMention, to: number): number {
    const { tokens, lowers, lex } = this;
    let a = m.tokStart;
    let b = Math.min(m.tokEnd, to);
    while (a < b && (lex.determiners.has(lowers[a]!) || tokens.kind[a] !== TokenKind.Word)) a++;
    for (let i = a; i < b; i++) {
      // "University of Washington" tagged as a body: a lower-case connector before a place or an unknown word stays inside
      if (m.label === "ORG" && i > a && i + 1 < b && lex.orgConnectors.has(lowers[i]!) && !(tokens.flags[i]! & UPPER) && this.capWord(i + 1) && this.placeOrFree(i + 1)) continue;
      if (tokens.kind[i] === TokenKind.Possessive || (i > a && lex.nonNames.has(lowers[i]!) && !lex.nameParticles.has(lowers[i]!))) {
        b = i;
        break;
      }
    }
    while (b > a && tokens.kind[b - 1] !== TokenKind.Word) b--;
    if (b <= a) return m.tokEnd;
    // "Ms Ilse Vandermolen" tagged as a body: an honorific makes it a person
    if (lex.honorifics.has(lowers[a]!)) {
      let p = a;
      while (p < b - 1 && (lex.honorifics.has(lowers[p]!) || tokens.kind[p] !== TokenKind.Word)) p++;
      if (p > a && tokens.flags[p]! & UPPER && !lex.nonNames.has(lowers[p]!)) {
        this.personMention(p, b, {});
        return b;
      }
    }
    if (!(tokens.flags[a]! & UPPER) || lex.nonNames.has(lowers[a]!) || lex.pronouns.has(lowers[a]!)) return m.tokEnd;
    // "the company Cultura Colectiva, which ..." ... "an email to Cultura Colectiva" (tagged as a place): the business still
    if (m.label !== "PER") {
      const business = this.businessNamed(a, b);
      if (business) {
        this.add(a, b, "name", business, 0.6);
        return b;
      }
    }
    // "Media Reports Reveal Reason Behind Trump": in a title-case headline a tagged body or place with no head noun is words, looked at one by one
    if (this.titleCase && m.label !== "PER" && b - a >= 2 && this.kbEnd[a] === 0 && !this.anyHead(a, b)) return a + 1;
    if (m.label !== "LOC" && (this.placeLike(a, b) || (m.label === "ORG" && a - 2 >= this.from && lowers[a - 1] === "of" && lex.townOffices.has(lowers[a - 2]!)))) {
      this.addLocal(a, b, "place", 0.6);
      return b;
    }
    // "the Clinton Foundation" tagged as a person: a name closed by a body's head noun is the
    // body, unless it opens with a given name ("Margaret Court")
    if (m.label === "PER" && b - a >= 2 && lex.bodyHeads.has(lowers[b - 1]!) && !lex.givenNames.has(this.foldAt(a))) {
      const sector = lex.bodyHeads.get(lowers[b - 1]!)!;
      this.addLocal(a, b, "organization", 0.6, { sector });
      return b;
    }
    if (m.label === "PER" && b - a === 1) {
      // "X.", "C." (of "R-S.C."): a lone initial names nobody
      if (INITIAL.test(lowers[a]!)) return b;
      // "Parisiens": a people, nobody in particular
      const w = lowers[a]!;
      if (lex.pluralDemonymEndings.some((e) => w.length > e.length + 2 && w.endsWith(e))) return b;
      // "what any Londoner would do": a KB town's or country's name with "-er" after "a", "any", "every" (lexicon demonymOpeners) is one of its people, nobody in particular
      if (w.length > 5 && w.endsWith("er") && a > this.from && lex.demonymOpeners.has(lowers[a - 1]!) && this.placeNamedAs(w.slice(0, -2))) return b;
      // "tweeted Mayor of London Sadiq Khan": a title's head word before "of" names nobody by itself
      if (lex.titleHeads.has(w) && b < to && lowers[b] === "of") return b;
      // "the towns of Beni, Butembo, Mangina, and Katwa": a one-word name that goes on a list of places is a place
      const nx = b < to ? lowers[b]! : "";
      if ((b >= to || tokens.kind[b] !== TokenKind.Word || nx === "and" || nx === "or" || nx === "in") && this.listedAfterPlaces(a)) {
        this.addLocal(a, b, "place", 0.5);
        return b;
      }
      // "Marxism", "Catholicism": a doctrine, nobody
      if (lex.doctrineEndings.some((e) => w.length > e.length + 2 && w.endsWith(e))) return b;
      // "the Moon", "the Bidens": after an article a lone word is a thing or a family, not a person (unless a title: "the Pope")
      if (a > this.from && lex.determiners.has(lowers[a - 1]!) && !lex.titleHeads.has(w)) return b;
    }
    // "Cyrus R." + "Vance": a tagged name ending in a middle initial goes on with the surname
    if (m.label === "PER" && b - a >= 2 && /^[a-z]\.?$/.test(lowers[b - 1]!) && tokens.flags[b - 1]! & UPPER) {
      let e = b < to && lowers[b] === "." ? b + 1 : b;
      const s0 = e;
      while (e < to && e - s0 < 2 && this.capWord(e) && !lex.titleHeads.has(lowers[e]!) && !lowers[e]!.endsWith(".")) e++;
      if (e > s0) b = e;
    }
    if (m.label === "PER" && (this.thingAfter(b, to) || lex.thingBefore.has(lowers[a]!) || (a > this.from && lex.thingBefore.has(lowers[a - 1]!)))) {
      // "Hurricane Lorenzo" ... "Lorenzo": the storm's name alone later is the storm still
      const w = lex.thingBefore.has(lowers[a]!) ? a : a - 1;
      if (w >= this.from && lex.keptThings.has(lowers[w]!) && w + 1 < b) {
        const folded: string[] = [];
        for (let i = w + 1; i < b; i++) folded.push(this.foldAt(i));
        this.thingNames.add(folded.join(" "));
      }
      return b;
    }
    if (m.label === "PER" && this.thingNames.size > 0) {
      const folded: string[] = [];
      for (let i = a; i < b; i++) folded.push(this.foldAt(i));
      if (this.thingNames.has(folded.join(" "))) return b;
    }
    if (m.label === "PER") {
      // "Marrow Foods, the company that makes cereal", "the toymaker Brightwick.", "Carver Holdings LLC": a business named as one
      const business = this.companyNamed(a, b, to);
      if (business) {
        this.add(a, b, "name", business, 0.6);
        return b;
      }
      // "the port town of Mokha" ... "Mokha is calm": a name the text gave a place earlier is that place
      const place = this.registry.personTokens.has(this.foldAt(b - 1)) ? undefined : this.placeNamed(a, b);
      if (place) {
        this.add(a, b, "name", place, 0.6);
        return b;
      }
      // "Crime Commissioner Stephen Mold", "Mme Spanton": the name starts after the last title word
      for (let i = b - 2; i >= a; i--) {
        if (lex.titleHeads.has(lowers[i]!) || lex.honorifics.has(lowers[i]!)) {
          a = i + 1;
          break;
        }
      }
      this.personMention(a, b, {});
      return b;
    }
    // "Massachusetts Institute" + "of Technology", "Thai Raksa Chart" + "Party": the tagger often stops early
    while (b < to && tokens.kind[b] === TokenKind.Word) {
      if (tokens.flags[b]! & UPPER && !lex.nonNames.has(lowers[b]!) && this.kbEnd[b] === 0) b++;
      // "Cyrus R." + "Vance": after a middle initial, a KB surname is this person's
      else if (b > a && /^[a-z]\.$/.test(lowers[b - 1]!) && tokens.flags[b - 1]! & UPPER && this.kbEnd[b] === b + 1 && this.kbHits[b]!.some((h) => h.entity.kind === "person")) b++;
      // "Securities and Exchange" + "Commission": a head noun the KB names a body by alone closes the name
      else if (m.label === "ORG" && tokens.flags[b]! & UPPER && lex.bodyHeads.has(lowers[b]!) && this.kbEnd[b] === b + 1) b++;
      else if (lex.orgConnectors.has(lowers[b]!) && b + 1 < to) {
        const c = lex.determiners.has(lowers[b + 1]!) && b + 2 < to ? b + 2 : b + 1;
        if (tokens.kind[c] === TokenKind.Word && tokens.flags[c]! & UPPER && !lex.nonNames.has(lowers[c]!) && this.kbEnd[c] === 0) b = c + 1;
        // "University of California", "Parliament of New South Wales": a region closes the name
        else if (tokens.kind[c] === TokenKind.Word && this.kbEnd[c]! > 0 && (this.regionOnly(c) || (m.label === "ORG" && !(tokens.flags[b]! & UPPER) && this.townOnly(c)))) b = this.kbEnd[c]!;
        else break;
      } else break;
    }
    // "Republican National Committee Chairman": a title after a body's head noun is no part of the body's name
    while (b - a >= 3 && lex.titleHeads.has(lowers[b - 1]!) && !lex.bodyHeads.has(lowers[b - 1]!) && lex.bodyHeads.has(lowers[b - 2]!)) b--;
    // "Crime Commissioner Stephen Mold" tagged as a body: a person named after a title head
    for (let i = b - 3; i >= a; i--) {
      if (!lex.titleHeads.has(lowers[i]!) || lex.bodyHeads.has(lowers[i]!)) continue;
      let names = true;
      for (let k = i + 1; k < b && names; k++) {
        names = (tokens.flags[k]! & UPPER) !== 0 && !lex.bodyHeads.has(lowers[k]!) && (this.kbEnd[k] === 0 || this.kbHits[k]!.some((h) => h.entity.kind === "person"));
      }
      if (!names) break;
      const title = this.text.slice(tokens.start[a]!, tokens.end[i]!);
      this.personMention(i + 1, b, { title });
      return b;
    }
    if (b - a === 1 && this.glued(a)) return b;
    // "Fund", "Ministry": a head noun alone names no body; it may close capitalised words the tagger left out
    if (this.allHeads(a, b)) {
      let p = a;
      while (p - 1 >= this.from && p - 1 >= this.lastEnd && tokens.flags[p]! & SPACE && this.capWord(p - 1) && !lex.determiners.has(lowers[p - 1]!)) p--;
      if (p === a || this.allHeads(p, b)) return b;
      a = p;
    }
    // a surname tagged as a body or place is still the person named earlier
    const folded: string[] = [];
    for (let i = a; i < b; i++) folded.push(this.foldAt(i));
    const earlier = this.registry.findPerson(folded);
    if (earlier) {
      this.add(a, b, "name", earlier, 0.7);
      return b;
    }
    // "Justice Stevens" tagged as a body: a title head before the name of someone met earlier
    if (b - a >= 2 && lex.titleHeads.has(lowers[a]!) && !lex.bodyHeads.has(lowers[a]!)) {
      const person = this.registry.findPerson(folded.slice(1));
      if (person) {
        this.add(a + 1, b, "name", person, 0.7);
        return b;
      }
    }
    const name = this.text.slice(tokens.start[a]!, tokens.end[b - 1]!);
    const country = m.label === "ORG" ? this.countryInside(a, b) : undefined;
    const named = this.registry.local(name, m.label === "ORG" ? "organization" : "place", country ? { country } : {});
    this.add(a, b, "name", named, 0.6);
    // "Northamptonshire police": the force of a place the KB does not know
    if (m.label === "LOC" && b < to && lowers[b] === "police" && !(tokens.flags[b]! & UPPER)) {
      const force = this.registry.local(this.text.slice(tokens.start[a]!, tokens.end[b]!), "organization", { sector: "COP" });
      this.add(a, b + 1, "name", force, 0.6);
      return b + 1;
    }
    return b;
  }

  /** True when the one lower-case word `w` is the KB name of a town or country ("london" of "Londoner"). */
  private placeNamedAs(w: string): boolean {
    const one = [w];
    if (this.kb.matcher.longestAt(one, 0, 1) !== 1) return false;
    return this.kb.matcher.entriesOf(one, 0, 1)!.some((h) => (h.entity.kind === "place" && h.entity.placeKind === "city") || (h.entity.kind === "country" && h.via === "name"));
  }

  /** True when token a follows ", " or ", and " after two places listed with a comma between them ("Beni, Butembo, [Mangina]"). */
  private listedAfterPlaces(a: number): boolean {
    const { lowers } = this;
    let p = a - 1;
    if (p > this.from && (lowers[p] === "and" || lowers[p] === "or")) p--;
    if (p <= this.from || lowers[p] !== ",") return false;
    const ms = this.mentions;
    const m1 = ms[ms.length - 1], m0 = ms[ms.length - 2];
    if (!m1 || !m0 || m1.tokEnd !== p || m1.entity.type !== "place" || m0.entity.type !== "place") return false;
    return m0.tokEnd === m1.tokStart - 1 && lowers[m0.tokEnd] === "," && m0.sentence === this.sentence;
  }

  /** True when no KB phrase starts at i, or only places and countries do (no person or body). */
  private placeOrFree(i: number): boolean {
    const hits = this.kbHits[i];
    if (this.kbEnd[i] === 0 || !hits) return true;
    for (const h of hits) if (h.entity.kind === "person" || h.entity.kind === "organization") return false;
    return true;
  }

  /** "Parkinson's disease", "the Ebola virus": a noun after a tagged name (or its possessive) that makes it a thing. */
  private thingAfter(b: number, to: number): boolean {
    let p = b;
    if (p < to && this.tokens.kind[p] === TokenKind.Possessive) p++;
    return p < to && this.tokens.kind[p] === TokenKind.Word && this.lex.nounAfterThing.has(this.lowers[p]!);
  }

  /**
   * A tagged person or body name that is a place: "Karl Marx Avenue", "Java Sea", "County
   * Galway", "the river Seine".
   */
  private placeLike(a: number, b: number): boolean {
    const { lowers, lex } = this;
    if (b - a >= 2 && (lex.placeHeads.has(lowers[b - 1]!) || lex.placeFirst.has(lowers[a]!))) return true;
    return a > this.from && this.tokens.kind[a - 1] === TokenKind.Word && !(this.tokens.flags[a - 1]! & UPPER) && lex.placeNouns.has(lowers[a - 1]!);
  }

  /** "Paris Police Prefecture", "Chelyabinsk Regional Court": the country of a KB country or place named inside a body's name. */
  private countryInside(a: number, b: number): string | undefined {
    for (let i = a; i < b; i++) {
      const end = this.kbEnd[i]!;
      // "Thames Valley Police": a common noun is no town ("The Valley", Anguilla)
      if (end === 0 || end > b || (end === i + 1 && (this.lex.placeHeads.has(this.lowers[i]!) || this.lex.bodyHeads.has(this.lowers[i]!)))) continue;
      const hits = this.kbHits[i]!;
      if (hits.some((h) => h.entity.kind === "person" || h.entity.kind === "organization")) return undefined;
      const c = hits.find((h) => h.entity.kind === "country");
      if (c && c.entity.kind === "country") return c.entity.iso3;
      // "Imus Ranch" after "Don Imus": a town's name that is the name of a person met earlier is theirs, no town's
      if (this.registry.personTokens.size > 0) {
        const folded: string[] = [];
        for (let k = i; k < end; k++) folded.push(this.foldAt(k));
        if (folded.every((f) => this.registry.personTokens.has(f)) && this.registry.findPerson(folded)) return undefined;
      }
      // "University of Virginia": a place of a country the text names, else a region, else the largest town
      const inDoc = this.countriesInDoc();
      const rank = (h: AliasHit) => h.entity.kind !== "place" ? -1 : (h.entity.country && inDoc.has(h.entity.country) ? 2 : 0) + (h.entity.placeKind !== "city" ? 1 : 0);
      let best: AliasHit | undefined;
      for (const h of hits) {
        if (h.entity.kind !== "place") continue;
        const d = best ? rank(h) - rank(best) : 1;
        if (d > 0 || (d === 0 && (h.entity.pop ?? 0) > ((best!.entity as { pop?: number }).pop ?? 0))) best = h;
      }
      // "the Free State Project" in a story from the US: a region of a country the text names nowhere else says nothing where the text is set elsewhere
      if (best && best.entity.kind === "place" && best.entity.country && (best.entity.placeKind === "city" || this.namedElsewhere(best.entity.country, i) || !this.setElsewhere(best.entity.country))) return best.entity.country;
      i = end - 1;
    }
    return undefined;
  }

  /** True when a word of [a, b) is a body's or place's head noun. */
  private anyHead(a: number, b: number): boolean {
    for (let i = a; i < b; i++) if (this.lex.bodyHeads.has(this.lowers[i]!) || this.lex.placeHeads.has(this.lowers[i]!)) return true;
    return false;
  }

  private allHeads(a: number, b: number): boolean {
    for (let i = a; i < b; i++) if (!this.lex.bodyHeads.has(this.lowers[i]!)) return false;
    return true;
  }

  /**
   * Machine translation sometimes glues a name to the next word ("UkraineKlieg"): when the
   * part before an inner capital is a KB country or place, the token is a mention of it.
   */
  private glued(i: number): boolean {
    const w = this.tokens.norm(i);
    if (repairCase(w) === w) return false;
    for (let k = 3; k < w.length; k++) {
      const c = w.charCodeAt(k);
      if (c < 65 || c > 90) continue;
      const hits = this.kb.lookup(w.slice(0, k), ["country", "region", "place", "organization"]);
      if (hits.length === 0) return false;
      this.kbMention(i, i + 1, hits, false);
      return true;
    }
    return false;
  }

  // ------------------------------------------------------------------ bylines

  private bylineEnd = 0;

  /** Start of a byline cue in [from, to) that opens the sentence or follows a mark, or -1; sets bylineEnd to the token after it. */
  private findByline(from: number, to: number): number {
    const { lowers } = this;
    for (let i = from; i < to; i++) {
      if (lowers[i] !== "by") continue;
      for (const cue of this.lex.bylineCues) {
        const s = i - cue.length + 1;
        // a byline opens its sentence or follows a mark ("(Reporting by"); "opinions written by Stevens" is none
        if (s < from || (s > from && this.tokens.kind[s - 1] === TokenKind.Word)) continue;
        let ok = true;
        for (let k = 0; k < cue.length && ok; k++) ok = lowers[s + k] === cue[k];
        if (ok) {
          this.bylineEnd = i + 1;
          return s;
        }
      }
    }
    return -1;
  }

  /** The token after a byline cue ("Editing by") starting at i, or i. */
  private cueAt(i: number, to: number): number {
    for (const cue of this.lex.bylineCues) {
      if (i + cue.length > to) continue;
      let ok = true;
      for (let k = 0; k < cue.length && ok; k++) ok = this.lowers[i + k] === cue[k];
      if (ok) return i + cue.length;
    }
    return i;
  }

  /** "X in Berlin, Y in Istanbul and Z": journalists (sector JRN) and where they write from. */
  private byline(from: number, to: number): number {
    const { tokens, lowers } = this;
    let j = from;
    while (j < to) {
      const lw = lowers[j]!;
      if (tokens.kind[j] !== TokenKind.Word || lw === "and") {
        j++;
        continue;
      }
      if (!(tokens.flags[j]! & UPPER)) return j;
      // "Reporting by X; Editing by Y": the next cue is no name
      const cue = this.cueAt(j, to);
      if (cue > j) {
        j = cue;
        continue;
      }
      // "the survey, reported by USA Today": a body the KB knows is no journalist
      const kbEnd = this.kbEnd[j]!;
      let e = j;
      while (e < to && tokens.kind[e] === TokenKind.Word && tokens.flags[e]! & UPPER) e++;
      if (kbEnd > j && this.kbHits[j]!.some((h) => h.entity.kind === "organization") && !this.kbHits[j]!.some((h) => h.entity.kind === "person")) {
        // "Hurriyet Daily News": a longer name is another outlet
        if (e > kbEnd) this.add(j, e, "name", this.registry.local(this.nameText(j, e), "organization", { sector: "JRN" }), 0.6);
        else this.kbMention(j, kbEnd, this.kbHits[j]!, false);
        j = Math.max(e, kbEnd);
        continue;
      }
      if (e === j) return j + 1;
      const name = this.nameText(j, e);
      const person = this.registry.local(name, "person", { sector: "JRN" });
      this.add(j, e, "name", person, 0.7);
      j = e;
      if (j + 1 < to && (lowers[j] === "in" || lowers[j] === "from") && tokens.flags[j + 1]! & UPPER) {
        const p = j + 1;
        const kbEnd = this.kbEnd[p]!;
        if (kbEnd > 0) {
          const hits = this.kbHits[p]!;
          const place = hits.find((h) => h.entity.kind === "place");
          if (place) this.add(p, kbEnd, "name", this.registry.fromKb(place.entity), 0.9);
          else this.kbMention(p, kbEnd, hits, false);
          j = kbEnd;
        } else {
          let q = p;
          while (q < to && tokens.kind[q] === TokenKind.Word && tokens.flags[q]! & UPPER) q++;
          this.add(p, q, "name", this.registry.local(this.nameText(p, q), "place"), 0.6);
          j = q;
        }
      }
    }
    return to;
  }

  // ------------------------------------------------------------------ pronouns

  private pronoun(t: number, pron: PronounInfo): void {
    const { gender, plural } = pron;
    const s = this.sentence;
    const ms = this.mentions;
    const quoteOf = this.quoteOf;
    const q = quoteOf[t]!;
    const ok = (m: RawMention) => {
      const e = m.entity;
      // "they" is never a country ("Fiji", "Poland" named earlier): a country is "it"; the
      // people of a sentence (researchers, officials, victims) are not entities at all
      // and a body named in the singular ("the Senate", "Twitter") is "it", unless "they" says
      // something ("they said"), where news writes a body as "they" often enough
      if (plural) return e.type === "organization" && m.via !== "demonym" && (this.pluralName(m) || m.sentence >= s - 1);
      return e.type === "person" && (!gender || !e.gender || e.gender === gender);
    };
    if (pron.subject && !plural) {
      const subj = this.reportSubject(t);
      if (subj && ok(subj) && quoteOf[subj.tokStart] === q) {
        this.add(t, t + 1, "pronoun", subj.entity, 0.6);
        return;
      }
    }
    // inside a quotation: a person the same quotation names, the nearest sentence first
    if (q > 0) {
      let k = ms.length - 1;
      for (let back = 0; back <= 3 && s - back >= 0; back++) {
        const target = s - back;
        let found: RawMention | undefined;
        while (k >= 0 && ms[k]!.sentence > target) k--;
        while (k >= 0 && ms[k]!.sentence === target) {
          const c = ms[k]!;
          if (c.tokEnd <= t && quoteOf[c.tokStart] === q && ok(c) && !(found && c.tokStart >= found.tokStart && c.tokEnd <= found.tokEnd)) found = c;
          k--;
        }
        if (found) {
          this.add(t, t + 1, "pronoun", found.entity, 0.6);
          return;
        }
      }
    }
    // inside a quotation that names no one: never its speaker nor a speaker of the quotations
    // just before it ("Becerra said. \"He knows ...\"", "He said: \"He was strong\"")
    const speakers = q > 0 && !plural ? this.quoteSpeakers(t) : undefined;
    // "Sirhan shot him": an object pronoun is not the subject of the verb right before it
    let notSubject: DocEntity | undefined;
    if (pron.object && t - 1 > this.from) {
      for (let j = ms.length - 1; j >= 0 && ms[j]!.sentence === s; j--) {
        if (ms[j]!.tokEnd === t - 1) {
          notSubject = ms[j]!.entity;
          break;
        }
      }
    }
    // earliest compatible mention in this sentence, else in the nearest of the three before;
    // in a sentence before, a likely subject of its main clause or speaker first: a name after
    // a preposition or subordinator ("of", "after"), a possessor ("Clay's biographers"), one in
    // parentheses, or one inside a quotation (for a pronoun outside any) only when no other fits
    let k = ms.length - 1;
    let clash: RawMention | undefined;
    let unlikely: DocEntity | undefined;
    // (inside a quotation whose speakers are set aside, up to five sentences back)
    const maxBack = speakers !== undefined ? 5 : 3;
    for (let back = 0; back <= maxBack && s - back >= 0; back++) {
      const target = s - back;
      let found: RawMention | undefined;
      let foundEntity: DocEntity | undefined;
      let foundRank = 999;
      while (k >= 0 && ms[k]!.sentence > target) k--;
      while (k >= 0 && ms[k]!.sentence === target) {
        const c = ms[k]!;
        k--;
        // in the pronoun's own sentence, a quotation's words and its speaker are apart: a
        // mention inside a quotation is no antecedent outside it, nor one outside any for one inside
        const apart = back === 0 && (q > 0 ? quoteOf[c.tokStart] === 0 : quoteOf[c.tokStart] !== 0);
        if (c.tokEnd > t || apart || c.entity === notSubject) continue;
        if (speakers !== undefined && speakers.has(c.entity)) continue;
        // "Born Robert Burns, he": a birth name opening the sentence is the subject's, not another person
        if (c.via === "name" && c.tokStart === this.sentences.tokStart[c.sentence]! + 1 && this.lowers[c.tokStart - 1] === "born") continue;
        // never a country inside a body's name ("United States" in "United States Commission ...")
        if (found && c.tokStart >= found.tokStart && c.tokEnd <= found.tokEnd) continue;
        let entity: DocEntity | undefined = ok(c) ? c.entity : undefined;
        // "Hillary Clinton ... Bill Clinton ... Clinton ... she": a lone surname linked to a
        // person of the other gender stands for the one of the pronoun's gender sharing it
        // (ranked as a person of unknown gender: the link itself is a guess)
        let guessed = false;
        if (!entity && gender && !plural) {
          entity = this.sameSurname(c, gender);
          guessed = true;
        }
        if (!entity) continue;
        // a person whose gender the text tells to match (in a sentence before, also one a
        // pronoun was linked to before) wins over a person of unknown gender (a guessed
        // surname's is unknown); in a sentence before, a person a pronoun of the other gender
        // was linked to is taken only when no other is found
        let g = 2;
        if (gender && !guessed) {
          if (entity.gender === gender) g = 0;
          else if (back > 0 && !entity.gender && entity.pronounGender) {
            if (entity.pronounGender !== gender) {
              if (!clash) clash = c;
              continue;
            }
            g = 0;
          }
        }
        // in a sentence before, the sum of that and how unlikely an antecedent its place makes
        // it ranks first, then the place alone, then a pronoun over a name (the person the
        // text goes on about), then the earliest
        // ("they" keeps the earliest)
        const ranked = back > 0 && !plural;
        const l = ranked ? this.lesserAntecedent(c, q) : 0;
        // a name that looks like no one's (every mention after "the": "the downtown Oncenter")
        // ranks below every person (rank 48 or more)
        const weak = g === 2 && this.unlikelyPerson(entity) ? 6 : 0;
        const rank = ((g + l + weak) * 3 + l) * 2 + (ranked && c.via !== "pronoun" ? 1 : 0);
        if (rank <= foundRank) {
          found = c;
          foundEntity = entity;
          foundRank = rank;
        }
      }
      if (found && foundEntity) {
        // a name that looks like no one's is taken only when no person is found further back
        if (foundRank >= 48) {
          unlikely ??= foundEntity;
          continue;
        }
        if (foundEntity !== found.entity) this.relink(found, foundEntity);
        this.add(t, t + 1, "pronoun", foundEntity, 0.6);
        return;
      }
    }
    if (unlikely) this.add(t, t + 1, "pronoun", unlikely, 0.6);
    else if (clash) this.add(t, t + 1, "pronoun", clash.entity, 0.6);
  }

  /**
   * How unlikely (0–2) a mention in a sentence before a pronoun is its antecedent: one point
   * when it is unlikely the subject of its main clause: right after a preposition or subordinator ("of Clinton", "After Hunter
   * retreated"), a possessor ("Henry Clay's biographers") or inside parentheses; one more
   * when it stands inside a quotation and the pronoun (quotation `q`) outside any, or outside
   * any and the pronoun inside one (a speaker says "I", not "he": '"Many of his ideas are
   * far from heartwarming," Ai Jun wrote. "China should reject a candidate like him"').
   */
  private lesserAntecedent(c: RawMention, q: number): number {
    const n = (q === 0) !== (this.quoteOf[c.tokStart] === 0) ? 1 : 0;
    return n + (this.notMainSubject(c) ? 1 : 0);
  }

  /**
   * The persons that speak the quotation around token t: a person named outside any quotation
   * next to a reporting verb ("said Ann Lewis", "Ms. Greenberg added", "He said:") in t's
   * sentence before t, or named so in the sentences just before it that hold a quotation too
   * (a run of quotations, up to three back), else undefined.
   */
  private quoteSpeakers(t: number): Set<DocEntity> | undefined {
    const ms = this.mentions;
    const quoteOf = this.quoteOf;
    const st = this.sentences.tokStart;
    const se = this.sentences.tokEnd;
    let out: Set<DocEntity> | undefined;
    let k = ms.length - 1;
    for (let s = this.sentence; s >= 0 && s >= this.sentence - 3; s--) {
      if (s < this.sentence) {
        let quoted = false;
        for (let i = st[s]!; i < se[s]! && !quoted; i++) if (quoteOf[i] !== 0) quoted = true;
        if (!quoted) break;
      }
      while (k >= 0 && ms[k]!.sentence > s) k--;
      for (; k >= 0 && ms[k]!.sentence === s; k--) {
        const c = ms[k]!;
        if (c.tokStart >= t || quoteOf[c.tokStart] !== 0 || c.entity.type !== "person") continue;
        // a pronoun speaks only its own sentence's quotation (a wrong link before would spread)
        if (c.via === "pronoun" && s !== this.sentence) continue;
        if (this.nextToReportVerb(c, st[s]!, se[s]!)) (out ??= new Set()).add(c.entity);
      }
    }
    // '"He views Russia as a foreign power," Mr. Manafort said': a speaker named after the
    // quotation in its sentence, not scanned yet, is a person named before with that name
    const q = quoteOf[t]!;
    const to = se[this.sentence]!;
    let i = t + 1;
    while (i < to && quoteOf[i] === q) i++;
    while (i < to && (this.tokens.kind[i] === TokenKind.Quote || this.lowers[i] === ",")) i++;
    const a = i;
    let verb = -1;
    for (; i < to && i < a + 6; i++) {
      if (this.lex.reportVerbs.has(this.lowers[i]!)) {
        verb = i;
        break;
      }
    }
    if (verb >= 0) {
      // the surname: the word right before the verb ("Mr. Manafort said"), else the last of
      // the capitalised words right after it ("said Rep. Beto O'Rourke, ...")
      let j = verb - 1;
      if (verb === a) for (j = verb + 1; j + 1 < to && j < verb + 5 && this.tokens.flags[j + 1]! & UPPER; j++);
      if (j >= a && j < to && this.tokens.flags[j]! & UPPER && !this.lex.pronouns.has(this.lowers[j]!)) {
        const w = this.foldAt(j);
        for (const e of this.registry.all) if (e.type === "person" && e.nameTokens.includes(w)) (out ??= new Set()).add(e);
      }
    }
    return out;
  }

  /** True for a mention right before a reporting verb (past an apposition between commas or a word or two: "has", "also") or right after one (past a title: "said Rep. Beto O'Rourke"). */
  private nextToReportVerb(c: RawMention, from: number, to: number): boolean {
    const lowers = this.lowers;
    const verbs = this.lex.reportVerbs;
    const kind = this.tokens.kind;
    let i = c.tokEnd;
    if (i < to && lowers[i] === ",") {
      let j = i + 1;
      while (j < to && j - i < 16 && lowers[j] !== "," && kind[j] !== TokenKind.Quote) j++;
      if (j < to && lowers[j] === ",") i = j + 1;
    }
    // "her" in "went strongly for her but who suggested" speaks no quotation
    if (c.via === "pronoun" && !this.lex.pronouns.get(lowers[c.tokStart]!)?.subject) return false;
    if (i < to && SPEAKER_ADVERBS.has(lowers[i]!)) i++;
    if (i < to && verbs.has(lowers[i]!)) return true;
    // "said Ann Lewis, an adviser.": the name ends the clause ("said Clinton will" names no speaker)
    // ('said Cummings "worked until his last breath"': a quotation after it is his words)
    if (c.via === "pronoun" || (c.tokEnd < to && kind[c.tokEnd] !== TokenKind.Punct)) return false;
    let p = c.tokStart - 1;
    while (p >= from && p >= c.tokStart - 6 && (this.tokens.flags[p]! & UPPER || lowers[p] === ".")) p--;
    if (p >= from && lowers[p] === ",") p--;
    return p >= from && verbs.has(lowers[p]!);
  }

  /** True for a person of no known gender, in no knowledge base, with no title, named only after "the" ("the downtown Oncenter"). */
  private unlikelyPerson(e: DocEntity): boolean {
    if (e.type !== "person" || e.kb || e.gender || e.pronounGender || e.offices.length > 0) return false;
    let names = 0;
    for (const m of e.mentions) {
      if (m.via === "pronoun") continue;
      if (m.via !== "name") return false;
      let p = m.tokStart - 1;
      // "the downtown Oncenter": past one lower-case word
      if (p >= 0 && this.tokens.kind[p] === TokenKind.Word && !(this.tokens.flags[p]! & UPPER) && this.lowers[p] !== "the") p--;
      if (p < 0 || this.lowers[p] !== "the") return false;
      names++;
    }
    return names > 0;
  }

  /** True for a mention after a preposition or subordinator, a possessor, or one inside parentheses. */
  private notMainSubject(c: RawMention): boolean {
    const lowers = this.lowers;
    const from = this.sentences.tokStart[c.sentence]!;
    if (c.tokEnd < this.tokens.count && this.tokens.kind[c.tokEnd] === TokenKind.Possessive) return true;
    // "his", "him", "her": a pronoun that is no subject
    if (c.via === "pronoun") return !this.lex.pronouns.get(lowers[c.tokStart]!)?.subject;
    let p = c.tokStart - 1;
    // "of President Polk", "with Sen. Ted Cruz": past a title word or two
    while (p > from && p >= c.tokStart - 3 && this.tokens.flags[p]! & UPPER) p--;
    if (p >= from && this.lex.nonSubjectBefore.has(lowers[p]!)) return true;
    // "When Francis said Mr. Trump ..., the pope ...": a sentence opening with a subordinator
    // or preposition, before its first comma
    const opens = c.tokStart > from && this.lex.nonSubjectBefore.has(lowers[from]!);
    let comma = false;
    for (let i = c.tokStart - 1; i >= from; i--) {
      const w = lowers[i]!;
      // "Smith, who met Jones last year, won": inside a relative clause on someone before it
      if (!comma && i > from && lowers[i - 1] === "," && RELATIVES.has(w)) return true;
      if (w === ")" || w === "]") return opens && !comma && !this.commaBefore(i, from);
      if (w === "(" || w === "[") return true;
      if (w === ",") comma = true;
    }
    return opens && !comma;
  }

  /** True when a comma stands in [from, i). */
  private commaBefore(i: number, from: number): boolean {
    for (let j = i - 1; j >= from; j--) if (this.lowers[j] === ",") return true;
    return false;
  }

  /**
   * For a one-word name mention linked to a person whose gender clashes with a pronoun's: the
   * other person of the document named before it, of the pronoun's gender, whose name has
   * that word (most recently mentioned first), else undefined.
   */
  private sameSurname(c: RawMention, gender: Gender): DocEntity | undefined {
    const e = c.entity;
    if (e.type !== "person" || !e.gender || e.gender === gender || c.via !== "name" || c.tokEnd - c.tokStart !== 1) return undefined;
    // "Mrs. Clinton", "Mr Sanders": the text gave this mention its gender
    let p = c.tokStart - 1;
    if (p > 0 && this.lowers[p] === ".") p--;
    if (p >= 0 && this.lex.genderWords.has(this.lowers[p]!)) return undefined;
    const w = this.foldAt(c.tokStart);
    let best: DocEntity | undefined;
    let bestAt = -1;
    for (const o of this.registry.all) {
      if (o === e || o.type !== "person" || o.gender !== gender || !o.nameTokens.includes(w)) continue;
      const at = o.mentions.length > 0 ? o.mentions[o.mentions.length - 1]!.start : -1;
      if (at >= 0 && at < c.start && at > bestAt) {
        best = o;
        bestAt = at;
      }
    }
    return best;
  }

  /** Move mention `m` to entity `to` (a lone surname the pronoun after it shows to be another person's). */
  private relink(m: RawMention, to: DocEntity): void {
    const from = m.entity;
    const i = from.mentions.indexOf(m);
    if (i >= 0) from.mentions.splice(i, 1);
    (m as { entity: DocEntity }).entity = to;
    let j = to.mentions.length;
    while (j > 0 && to.mentions[j - 1]!.start > m.start) j--;
    to.mentions.splice(j, 0, m);
  }

  /** A mention whose last word is a plural ("Democrats", "Liberals"): ends in "s" but not "ss", "us" or "is". */
  private pluralName(m: RawMention): boolean {
    const w = this.lowers[m.tokEnd - 1]!;
    // "Yahoo News", "The Times": an outlet's head in -s is no plural
    return w.length > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is") && !this.lex.newsHeads.has(w);
  }

  /**
   * The subject of a reporting verb right before token t ("Obama said he", "Obama has said
   * that he", "Obama, the president, told reporters he"): the last mention of the sentence
   * before the verb, when only a word or two ("has", "also") or an apposition between commas
   * stand between it and the verb, else undefined.
   */
  private reportSubject(t: number): RawMention | undefined {
    const lowers = this.lowers;
    const kind = this.tokens.kind;
    const from = this.from;
    let v = t - 1;
    if (v > from && lowers[v] === "that") v--;
    if (v <= from || !this.lex.reportVerbs.has(lowers[v]!)) return undefined;
    // the mention ending last at or before the verb, in this sentence
    const ms = this.mentions;
    let m: RawMention | undefined;
    for (let k = ms.length - 1; k >= 0 && ms[k]!.sentence === this.sentence; k--) {
      const c = ms[k]!;
      if (c.tokEnd <= v && c.via !== "pronoun") {
        m = c;
        break;
      }
      if (c.tokEnd <= v) return undefined; // a pronoun is the subject ("she said he")
    }
    if (!m) return undefined;
    let i = v - 1;
    if (kind[i] === TokenKind.Punct && lowers[i] === ",") {
      // an apposition: back to its opening comma, which must close the subject
      let j = i - 1;
      while (j > from && lowers[j] !== "," && kind[j] !== TokenKind.Quote && i - j < 16) j--;
      if (lowers[j] !== ",") return undefined;
      // "Smith, who met Jones last year, said he", "Ryan, the House speaker, said he": the name
      // before the apposition, not one inside it
      if (m.tokEnd !== j) {
        if (!RELATIVES.has(lowers[j + 1]!) && !ARTICLES.has(lowers[j + 1]!)) return undefined;
        m = undefined;
        for (let k = ms.length - 1; k >= 0 && ms[k]!.sentence === this.sentence; k--) {
          if (ms[k]!.tokEnd === j && ms[k]!.via !== "pronoun") {
            m = ms[k]!;
            break;
          }
        }
        if (!m) return undefined;
      }
      return m.entity.type === "person" ? m : undefined;
    }
    let words = 0;
    while (i >= m.tokEnd) {
      if (kind[i] !== TokenKind.Word || this.tokens.flags[i]! & UPPER || ++words > 2) return undefined;
      i--;
    }
    return m;
  }

  // ------------------------------------------------------------------ gender

  /**
   * The gender the text gives the person named at [a, b): an honorific or gendered title
   * or role noun in or right before the name ("Mrs Smith", "Queen Rania", "his wife, Jane
   * Doe"), one heading an apposition after it ("Jane Doe, the company's spokeswoman."), else
   * an unambiguous given name ("Maria Zakharova").
   */
  private genderAt(a: number, b: number, via: Via): Gender | undefined {
    const words = this.lex.genderWords;
    const lowers = this.lowers;
    const kind = this.tokens.kind;
    for (let i = a; i < b - 1; i++) {
      const g = words.get(lowers[i]!);
      if (g) return g;
    }
    if (via === "title") return undefined;
    const to = this.sentences.tokEnd[this.sentence]!;
    const closed = b >= to || kind[b] === TokenKind.Punct;
    let p = a - 1;
    if (p > this.from && lowers[p] === "," && closed) p--;
    if (p >= this.from) {
      const g = words.get(lowers[p]!);
      if (g) return g;
    }
    if (b < to && lowers[b] === ",") {
      for (let i = b + 1; i < to && i <= b + 4; i++) {
        const g = words.get(lowers[i]!);
        if (g) {
          const next = i + 1 < to ? lowers[i + 1]! : "";
          if (i + 1 >= to || kind[i + 1] === TokenKind.Punct || next === "of" || next === "for" || next === "to" || next === "at") return g;
          break;
        }
        if (kind[i] !== TokenKind.Word && kind[i] !== TokenKind.Possessive) break;
      }
    }
    if (b - a >= 2 && kind[a] === TokenKind.Word) {
      const first = this.foldAt(a);
      return this.lex.givenNames.get(first) ?? this.lex.givenNameGenders.get(first);
    }
    return undefined;
  }

  // ------------------------------------------------------------------ output

  /** Tokens [a, b) as a mention, by name, of a new local entity of `type` named by their text. */
  private addLocal(a: number, b: number, type: EntityType, confidence: number, ctx: TitleContext = {}): void {
    this.add(a, b, "name", this.registry.local(this.text.slice(this.tokens.start[a]!, this.tokens.end[b - 1]!), type, ctx), confidence);
  }

  private add(a: number, b: number, via: Via, entity: DocEntity, confidence = 0.8): void {
    if (entity.type === "person" && !entity.gender) {
      if (via !== "pronoun") {
        const g = this.genderAt(a, b, via);
        if (g) entity.gender = g;
      } else if (!entity.pronounGender) entity.pronounGender = this.lex.pronouns.get(this.lowers[a]!)?.gender;
    }
    const m: RawMention = {
      tokStart: a, tokEnd: b, start: this.tokens.start[a]!, end: this.tokens.end[b - 1]!, via, entity, sentence: this.sentence,
    };
    this.mentions.push(m);
    entity.mentions.push(m);
    if (b > this.lastEnd) this.lastEnd = b;
    if (confidence > entity.confidence) entity.confidence = confidence;
  }
}

/** Per token, the number (from 1) of the double quotation it stands in, 0 outside any; a paragraph break ends an unclosed one. */
function quoteSpans(tokens: Tokens): Int32Array {
  const out = new Int32Array(tokens.count);
  const kind = tokens.kind;
  const flags = tokens.flags;
  let id = 0;
  let open = false;
  for (let i = 0; i < tokens.count; i++) {
    const f = flags[i]!;
    if (f & TokenFlag.NewlineBefore) open = false;
    if (kind[i] === TokenKind.Quote && f & TokenFlag.QuoteDouble) {
      if (f & TokenFlag.QuoteOpen) open = true;
      else if (f & TokenFlag.QuoteClose) open = false;
      else open = !open;
      if (open) id++;
      continue;
    }
    if (open) out[i] = id;
  }
  return out;
}

/**
 * The country of a seat of government among KB hits whose name is also an ordinary phrase
 * (lexicon genericSeats: "Blue House", "the White House"; not a town, not "the Kremlin"), else undefined.
 */
function genericSeat(hits: readonly AliasHit[], generic: ReadonlySet<string>): string | undefined {
  let code: string | undefined;
  for (const h of hits) if (h.entity.kind === "place" || h.entity.kind === "person") return undefined;
  for (const h of hits) {
    if (h.via === "seat" && (h.entity.kind === "country" || h.entity.kind === "region")) {
      const f = h.form.toLowerCase();
      if (generic.has(f.startsWith("the ") ? f.slice(4) : f)) code = h.entity.iso3;
    }
  }
  return code;
}

/** "StoGnei" → "Stognei"; "McGurk", "MacDonald", "DiCaprio" and all-capital words stay. */
export function repairCase(w: string): string {
  if (w.length < 4) return w;
  let lowerSeen = 0;
  for (let i = 1; i < w.length; i++) {
    const c = w.charCodeAt(i);
    const isUpper = c >= 65 && c <= 90;
    const isLower = c >= 97 && c <= 122;
    if (isLower) lowerSeen++;
    else if (isUpper && lowerSeen > 0 && i >= 3 && !/^(?:Mac|Mc)/.test(w)) {
      return w[0] + w.slice(1).toLowerCase();
    } else if (!isUpper && !isLower) lowerSeen = 0;
  }
  return w;
}

/** True when a person is named in full (two words or more) or by a title somewhere in the text. */
function fullyNamed(e: DocEntity): boolean {
  for (const m of e.mentions) if (m.via === "title" || (m.via !== "pronoun" && m.tokEnd - m.tokStart >= 2)) return true;
  return false;
}

/** How many times an entity is named (pronouns not counted). */
function named(e: DocEntity): number {
  let k = 0;
  for (const m of e.mentions) if (m.via !== "pronoun") k++;
  return k;
}

/** True when a name written in full ("Felicia Sanders") has another given name than the KB person ("Bernie Sanders"). */
function otherGivenName(written: string, person: Person): boolean {
  const w = foldCached(written).split(" ");
  if (w.length < 2) return false;
  return foldCached(person.name).split(" ")[0] !== w[0];
}

/** True when a name as written is a small misspelling of a KB person's name (surname within 1–2 edits). */
function closeName(folded: readonly string[], person: Person): boolean {
  const target = fold(person.name).split(" ");
  const last = folded[folded.length - 1]!;
  const tLast = target[target.length - 1]!;
  const max = tLast.length >= 8 ? 2 : 1;
  if (damerau(last, tLast, max) > max) return false;
  if (folded.length === 1) return true;
  return target.includes(folded[0]!) || damerau(folded[0]!, target[0]!, 1) <= 1;
}

/** A business or outlet the text made itself (not the KB's), with mentions. */
function localBusiness(e: DocEntity | undefined): boolean {
  return e !== undefined && e.type === "organization" && !e.kb && (e.sector === "BUS" || e.sector === "JRN") && e.mentions.length > 0;
}

/** A known gender `g` other than the wanted one (an honorific's). */
function genderClash(want: string | undefined, g: string | undefined): boolean {
  return want !== undefined && g !== undefined && g !== want;
}

/** A news outlet (a body of the JRN sector). */
function isOutlet(x: { kind: string; sector?: string }): boolean {
  return x.kind === "organization" && x.sector === "JRN";
}
