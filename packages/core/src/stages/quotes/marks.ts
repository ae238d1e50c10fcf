/**
 * Quotation-mark pairing over the token layer. Robust to what news text really holds:
 * curly, straight, «», „“, ‚‘ and doubled ASCII marks (the tokenizer has already marked
 * each Quote token as opening or closing by context, then by shape); unbalanced and
 * re-opened marks; a paragraph that opens a quote without closing it and continues in
 * the next paragraph that opens with a mark; single quotes nested inside double ones.
 * Marks left unpaired become diagnostics, never swallowed paragraphs.
 */
import type { Doc } from "../../doc/doc.js";
import { TokenFlag, TokenKind, type Paragraphs, type Tokens } from "../../text/types.js";

/** One paired (or repaired) quotation, limited to one paragraph. */
export interface QuotePiece {
  /** Token index of the opening mark. */
  open: number;
  /** Token index of the closing mark; -1 when the quote runs to the paragraph end. */
  close: number;
  /** Offsets with the marks. */
  start: number;
  end: number;
  /** Offsets of the quoted words (marks and edge spaces trimmed). */
  innerStart: number;
  innerEnd: number;
  /** First token after the opening mark and the token past the last quoted token. */
  tokStart: number;
  tokEnd: number;
  paragraph: number;
  double: boolean;
  /** The quote is still open at the end of its paragraph and goes on in the next one. */
  continues: boolean;
  /** This piece goes on with a quote opened in the previous paragraph. */
  continued: boolean;
}

const CLOSING_SHAPES = new Set([0x201d, 0x2019, 0xbb, 0x203a]);

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;
}

/**
 * Pair the quotation marks of a document, paragraph by paragraph.
 * @example pairQuoteMarks(doc, tokens, paragraphs) // [{ start, end, innerStart, ... }]
 */
export function pairQuoteMarks(doc: Doc, tokens: Tokens, paragraphs: Paragraphs): QuotePiece[] {
  const text = doc.text;
  const pieces: QuotePiece[] = [];
  const { kind, flags, start, end } = tokens;
  let carried = false;

  const piece = (open: number, close: number, p: number, lastTok: number, continued: boolean, continues: boolean): void => {
    const s = start[open]!;
    const e = close >= 0 ? end[close]! : end[lastTok]!;
    let is = end[open]!;
    let ie = close >= 0 ? start[close]! : e;
    while (is < ie && isSpace(text.charCodeAt(is))) is++;
    while (ie > is && isSpace(text.charCodeAt(ie - 1))) ie--;
    if (ie <= is) return;
    pieces.push({
      open, close, start: s, end: e, innerStart: is, innerEnd: ie, tokStart: open + 1, tokEnd: close >= 0 ? close : lastTok + 1,
      paragraph: p, double: (flags[open]! & TokenFlag.QuoteDouble) !== 0, continues, continued,
    });
  };

  for (let p = 0; p < paragraphs.count; p++) {
    const a = paragraphs.tokStart[p]!;
    const b = paragraphs.tokEnd[p]!;
    if (a >= b) continue;
    let open = -1;
    let single = -1;
    const continued = carried;
    carried = false;
    let firstOpen = true;
    for (let t = a; t < b; t++) {
      if (kind[t] !== TokenKind.Quote) continue;
      const f = flags[t]!;
      const opens = (f & TokenFlag.QuoteOpen) !== 0;
      const closes = (f & TokenFlag.QuoteClose) !== 0;
      if (f & TokenFlag.QuoteDouble) {
        if (open < 0) {
          if (opens || !closes) {
            open = t;
            if (single >= 0) {
              doc.message("unclosed single quotation mark", { start: start[single]!, end: end[single]! }, "quotes/unbalanced", "info");
              single = -1;
            }
          } else {
            doc.message("closing quotation mark without an opening one", { start: start[t]!, end: end[t]! }, "quotes/unbalanced");
          }
        } else if (closes || !opens) {
          piece(open, t, p, t, continued && firstOpen, false);
          firstOpen = false;
          open = -1;
        } else {
          // re-opened: the earlier quote was never closed; it ends before the new mark
          doc.message("quotation mark opened again before it was closed", { start: start[open]!, end: end[open]! }, "quotes/unbalanced");
          piece(open, -1, p, t - 1, continued && firstOpen, false);
          firstOpen = false;
          open = t;
        }
      } else if (open < 0) {
        // top-level single quotes (headlines, British style); nested ones stay inside their double quote
        if (single < 0) {
          if (opens) single = t;
        } else if (closes || !opens) {
          piece(single, t, p, t, false, false);
          single = -1;
        } else single = t;
      }
    }
    if (single >= 0) doc.message("unclosed single quotation mark", { start: start[single]!, end: end[single]! }, "quotes/unbalanced", "info");
    if (open >= 0) {
      const shape = text.charCodeAt(start[open]!);
      const next = p + 1 < paragraphs.count ? paragraphs.tokStart[p + 1]! : -1;
      const nextOpens = next >= 0 && next < paragraphs.tokEnd[p + 1]! && kind[next] === TokenKind.Quote &&
        (flags[next]! & TokenFlag.QuoteDouble) !== 0 && (flags[next]! & TokenFlag.QuoteClose) === 0;
      if (CLOSING_SHAPES.has(shape) && (flags[open]! & TokenFlag.QuoteOpen) !== 0 && !nextOpens && open > a) {
        // a closing-shaped mark read as an opener by its context (`”was`): a stray mark
        doc.message("stray quotation mark", { start: start[open]!, end: end[open]! }, "quotes/unbalanced");
      } else if (nextOpens) {
        piece(open, -1, p, b - 1, continued && firstOpen, true);
        carried = true;
      } else {
        doc.message("quotation mark not closed before the end of the paragraph", { start: start[open]!, end: end[open]! }, "quotes/unbalanced");
        piece(open, -1, p, b - 1, continued && firstOpen, false);
      }
    }
  }
  return pieces;
}
