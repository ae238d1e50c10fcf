/**
 * The document's entities while they are being found: one `DocEntity` per KB entity or per
 * locally named thing, with the name tokens used for coreference of partial names and the
 * offices it holds (from the KB at the article's date, or from a title in the text).
 */
import type { EntityType, Via } from "../../doc/record.js";
import { roleActive, type KnowledgeBase } from "../../kb/knowledge-base.js";
import { fold } from "../../kb/normalize.js";
import type { KbEntity, Person, Role } from "../../kb/types.js";
import { foldCached, kbIndex, personTokens } from "./kb-index.js";
import type { Gender } from "./lexicon.js";

export interface RawMention {
  readonly tokStart: number;
  readonly tokEnd: number;
  readonly start: number;
  readonly end: number;
  readonly via: Via;
  readonly entity: DocEntity;
  readonly sentence: number;
}

export interface DocEntity {
  name: string;
  type: EntityType;
  country?: string;
  sector?: string;
  kb?: KbEntity;
  roles: string[];
  /** `office|country` keys held (KB roles at the date, titles given in the text). */
  offices: string[];
  gender?: Gender;
  /** The gender of the first "he"/"she"/"his"/"her" linked to a person whose gender the text does not tell (pronoun resolution only). */
  pronounGender?: Gender;
  /** Folded name tokens of persons ("keir", "starmer"), for partial-name coreference. */
  nameTokens: string[];
  mentions: RawMention[];
  confidence: number;
}

/** Context a title gives a name: which office, for which country or body. */
export interface TitleContext {
  readonly office?: string;
  readonly country?: string;
  readonly sector?: string;
  /** The title as written ("Foreign Minister"). */
  readonly title?: string;
}

function nameTokensOf(name: string): string[] {
  return foldCached(name).split(/\s+/).filter((t) => t.length > 1);
}

export class Registry {
  readonly all: DocEntity[] = [];
  /** Every name token of every person so far (a quick test before `findPerson`). */
  readonly personTokens = new Set<string>();
  private readonly byKey = new Map<string, DocEntity>();
  /** Name tokens of each entity's own name (names never change), made on first use by `findPerson`. */
  private readonly ownTokens = new Map<DocEntity, string[]>();

  constructor(readonly kb: KnowledgeBase, readonly date: string | undefined) {}

  private create(key: string, init: Omit<DocEntity, "mentions" | "roles" | "offices" | "nameTokens" | "confidence"> & Partial<DocEntity>): DocEntity {
    let e = this.byKey.get(key);
    if (e) return e;
    e = { roles: [], offices: [], nameTokens: [], mentions: [], confidence: 0, ...init };
    this.byKey.set(key, e);
    this.all.push(e);
    return e;
  }

  /** The entity for a KB person, organisation, country, region or place. */
  fromKb(k: KbEntity): DocEntity {
    switch (k.kind) {
      case "person":
        return this.person(k);
      case "organization": {
        const igo = k.sector === "IGO" || !k.country;
        return this.create(k.id, {
          name: k.name, type: "organization", kb: k, sector: k.sector,
          ...(igo ? (k.code ? { country: k.code } : {}) : { country: k.country }),
        });
      }
      case "country":
        return this.create(`country:${k.iso3}`, { name: k.name, type: "country", kb: k, country: k.iso3 });
      case "region":
        return this.create(`country:${k.iso3}`, { name: k.name, type: "place", kb: k, country: k.iso3 });
      case "place":
        return this.create(k.id, { name: k.name, type: "place", kb: k, ...(k.country ? { country: k.country } : {}) });
    }
  }

  private person(p: Person): DocEntity {
    const existing = this.byKey.get(p.id);
    if (existing) return existing;
    const active = this.date ? p.roles.filter((r) => roleActive(r, this.date!)) : [];
    const latest = active[0] ?? latestRole(p.roles, this.date);
    const code = latest?.country ?? p.country;
    const e = this.create(p.id, {
      name: p.name, type: "person", kb: p, country: code,
      ...(latest ? { sector: latest.sector } : {}),
      ...(p.gender === "male" || p.gender === "female" ? { gender: p.gender } : {}),
    });
    e.roles = active.map((r) => r.title);
    e.offices = active.map((r) => `${r.office}|${r.country}`);
    e.nameTokens = personTokens(kbIndex(this.kb), p);
    for (const t of e.nameTokens) this.personTokens.add(t);
    return e;
  }

  /** A document-local entity (no KB id), one per type and normalised name. */
  local(name: string, type: EntityType, ctx: TitleContext = {}): DocEntity {
    const e = this.create(`local:${type}:${foldCached(name)}`, { name, type });
    if (type === "person" && e.nameTokens.length === 0) {
      e.nameTokens = nameTokensOf(name);
      for (const t of e.nameTokens) this.personTokens.add(t);
    }
    this.addTitle(e, ctx);
    return e;
  }

  /** The local entity of `type` named `name` met so far, else undefined (creates none). */
  localOf(name: string, type: EntityType): DocEntity | undefined {
    const e = this.byKey.get(`local:${type}:${foldCached(name)}`);
    return e && e.mentions.length > 0 ? e : undefined;
  }

  /** Record what a title says about an entity that the KB does not know. */
  addTitle(e: DocEntity, ctx: TitleContext): void {
    if (ctx.title && !e.kb && !e.roles.includes(ctx.title)) e.roles.push(ctx.title);
    if (ctx.office && ctx.country && !e.offices.includes(`${ctx.office}|${ctx.country}`)) e.offices.push(`${ctx.office}|${ctx.country}`);
    if (!e.kb) {
      if (ctx.sector && !e.sector) e.sector = ctx.sector;
      if (ctx.country && !e.country) e.country = ctx.country;
    }
  }

  /**
   * The person introduced earlier that a partial name refers to: every token of `folded`
   * is one of their name tokens and the last token is their surname (or, for a single
   * token, any name token). One whose own name has the tokens wins over one whose alias
   * alone has them ("John" after "John Bolton" and a KB "Donald John Trump"); then the most
   * recently mentioned.
   */
  findPerson(folded: readonly string[]): DocEntity | undefined {
    let best: DocEntity | undefined;
    let bestAt = -1;
    for (const e of this.all) {
      if (e.type !== "person" || e.mentions.length === 0) continue;
      if (!folded.every((t) => e.nameTokens.includes(t))) continue;
      let own = this.ownTokens.get(e);
      if (!own) this.ownTokens.set(e, (own = nameTokensOf(e.name)));
      const at = e.mentions[e.mentions.length - 1]!.start + (folded.every((t) => own.includes(t)) ? 1e9 : 0);
      if (at > bestAt) {
        best = e;
        bestAt = at;
      }
    }
    return best;
  }

  /** The body named most recently whose name has the head noun `head` ("ministry" → "Foreign Ministry"). */
  bodyWithHead(head: string): DocEntity | undefined {
    let best: DocEntity | undefined;
    let bestAt = -1;
    for (const e of this.all) {
      if (e.type !== "organization" || e.mentions.length === 0) continue;
      if (!foldCached(e.name).split(" ").includes(head)) continue;
      const at = e.mentions[e.mentions.length - 1]!.start;
      if (at > bestAt) {
        best = e;
        bestAt = at;
      }
    }
    return best;
  }

  /** The person in the document holding `office` (for `country`, or anywhere), most recently mentioned. */
  holderInDoc(office: string, country: string | undefined, unfit?: (e: DocEntity) => boolean): DocEntity | undefined {
    let best: DocEntity | undefined;
    let bestAt = -1;
    const generic = office === "minister";
    for (const e of this.all) {
      if (e.type !== "person" || e.mentions.length === 0 || (unfit && unfit(e))) continue;
      const ok = e.offices.some((k) => {
        const bar = k.indexOf("|");
        const o = k.slice(0, bar);
        const c = k.slice(bar + 1);
        return (o === office || (generic && o.endsWith("minister"))) && (country === undefined || c === country);
      });
      if (!ok) continue;
      const at = e.mentions[e.mentions.length - 1]!.start;
      if (at > bestAt) {
        best = e;
        bestAt = at;
      }
    }
    return best;
  }
}

function latestRole(roles: readonly Role[], date: string | undefined): Role | undefined {
  let best: Role | undefined;
  for (const r of roles) {
    if (date && r.start && r.start > date) continue;
    if (!best || (r.start ?? "") > (best.start ?? "")) best = r;
  }
  return best;
}

/** Folded tokens of a name as written. */
export function foldedTokens(name: string): string[] {
  return fold(name).split(/[\s]+/).filter(Boolean);
}
