/**
 * Language identification (eld, extra-small model: loads in ~0.2 s, tells English from the
 * rest reliably): ISO 639-1, or "und" when unsure.
 */
import { eld } from "eld/extrasmall";

/**
 * @example detectLanguage("The ministers met in Riyadh and agreed to talk again.") === "en"
 */
export function detectLanguage(text: string): string {
  const sample = text.length > 3000 ? text.slice(0, 3000) : text;
  const result = eld.detect(sample);
  if (!result.language) return "und";
  return result.isReliable() ? result.language : "und";
}
