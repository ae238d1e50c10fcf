/**
 * The `Doc`: one immutable input text, the metadata that came with it, named standoff
 * layers (each stamped with the stage and version that made it) and diagnostics.
 */
import { ParleyError } from "../errors.js";
import { diagnostic, type Diagnostic, type Severity } from "./diagnostic.js";
import { assertSpan, type Span } from "./span.js";

export interface DocMeta {
  source?: string;
  title?: string;
  /** Publication date, YYYY-MM-DD. */
  published?: string;
  /** Which signal gave `published` (e.g. `text`, `option`, `meta-tag`). */
  publishedFrom?: string;
  language?: string;
  url?: string;
}

export interface Stamp {
  readonly stage: string;
  readonly version: string;
}

export interface Layer<T> {
  readonly name: string;
  readonly value: T;
  readonly stamp: Stamp;
}

export class Doc {
  readonly text: string;
  readonly meta: DocMeta;
  readonly diagnostics: Diagnostic[] = [];
  readonly #layers = new Map<string, Layer<unknown>>();

  /**
   * @example const doc = new Doc("Lavrov said so.", { published: "2025-02-18" });
   */
  constructor(text: string, meta: DocMeta = {}) {
    if (typeof text !== "string") throw new ParleyError("E008", "Doc text must be a string");
    this.text = text;
    this.meta = { ...meta };
  }

  has(name: string): boolean {
    return this.#layers.has(name);
  }

  /** The value of a layer; throws E001 when no stage has set it. */
  get<T>(name: string): T {
    const layer = this.#layers.get(name);
    if (!layer) throw new ParleyError("E001", `"${name}" (have: ${[...this.#layers.keys()].join(", ") || "none"})`);
    return layer.value as T;
  }

  /** The layer with its stamp. */
  layer<T>(name: string): Layer<T> {
    this.get(name);
    return this.#layers.get(name) as Layer<T>;
  }

  /** Set a layer once; a second set of the same name is a bug (E007). */
  set<T>(name: string, value: T, stamp: Stamp): void {
    if (this.#layers.has(name)) throw new ParleyError("E007", `"${name}" set by ${this.#layers.get(name)!.stamp.stage}`);
    this.#layers.set(name, { name, value, stamp });
  }

  layerNames(): string[] {
    return [...this.#layers.keys()];
  }

  /** Record a content problem; processing continues. */
  message(reason: string, span: Span, rule: string, severity: Severity = "warning"): Diagnostic {
    assertSpan(this.text, span);
    const d = diagnostic(reason, span, rule, severity);
    this.diagnostics.push(d);
    return d;
  }

  slice(span: Span): string {
    return this.text.slice(span.start, span.end);
  }
}
