/**
 * The record contract (see docs/record.md): what `parley extract` prints for one text.
 * Higher layers (entities, quotes, events) are stored on the doc in exactly these shapes.
 */
import type { Diagnostic } from "./diagnostic.js";
import type { DocMeta } from "./doc.js";
import type { TextSpan } from "./span.js";

export type EntityType = "person" | "organization" | "country" | "place";
export type Via = "name" | "alias" | "title" | "pronoun" | "demonym" | "capital" | "fuzzy";

export interface MentionRecord extends TextSpan {
  readonly via: Via;
}

export interface EntityRecord {
  id: string;
  name: string;
  type: EntityType;
  country?: string;
  sector?: string;
  kb?: string;
  /** A person's gender when the KB or the text tells it (honorific, gendered title or role noun, given name). */
  gender?: "male" | "female";
  roles: string[];
  mentions: MentionRecord[];
  confidence?: number;
}

export type QuoteKind = "direct" | "partial" | "indirect";

export interface SpeakerRecord extends TextSpan {
  entity?: string;
}

export interface QuoteRecord extends TextSpan {
  kind: QuoteKind;
  speaker: SpeakerRecord | null;
  cue: TextSpan | null;
  confidence: number;
}

export type Quad = "verbal-cooperation" | "material-cooperation" | "verbal-conflict" | "material-conflict";
export type Modality = "asserted" | "planned" | "hypothetical" | "negated";

export interface EventActorRecord {
  entity?: string;
  country?: string;
  sector?: string;
}

export interface PlaceRecord {
  name: string;
  country?: string;
  lat?: number;
  lon?: number;
}

export interface EventRecord {
  type: string;
  mode?: string;
  quad: Quad;
  start: number;
  end: number;
  trigger: TextSpan;
  source: EventActorRecord | null;
  target: EventActorRecord | null;
  modality: Modality;
  place: PlaceRecord | null;
  date: string | null;
  confidence: number;
  evidence?: TextSpan[];
  /** The actor who reported the event, when it sits inside reported speech. */
  reportedBy?: EventActorRecord;
}

export interface ParleyRecord {
  parley: string;
  id: string;
  meta: DocMeta;
  entities: EntityRecord[];
  quotes: QuoteRecord[];
  events: EventRecord[];
  diagnostics: Diagnostic[];
  /** Which stage and version made each layer. */
  stages: { name: string; version: string }[];
}
