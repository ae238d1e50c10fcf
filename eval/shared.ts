/** Where the shared development data lives, and whether it is there. */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = fileURLToPath(new URL("..", import.meta.url));
export const sharedDir = process.env.PARLEY_SHARED ?? join(repoRoot, "..", "shared");
export const sharedData = join(sharedDir, "data");
export const hasShared = existsSync(join(sharedData, "README.md"));
/** For node:test: `test(name, { skip: skipNoShared }, ...)`. */
export const skipNoShared: string | false = hasShared ? false : `../shared is absent (${sharedDir})`;
