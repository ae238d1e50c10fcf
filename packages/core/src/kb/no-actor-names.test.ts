/**
 * The knowledge base is data: no person's full name and no country's canonical name may
 * appear in the code of non-test TypeScript sources of any package. Tests may name actors,
 * and so may comments (a doc example naming a minister is not data); string literals and
 * identifiers may not.
 */
import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { test } from "node:test";
import { repoRoot, shippedKb } from "./test-data.test.js";

function sources(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (name === "node_modules" || name === "dist") continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) sources(p, out);
    // Shared behaviour suites (`conformance.ts`) are test code run by *.test.ts files.
    else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) && !name.endsWith(".d.ts") && name !== "conformance.ts") out.push(p);
  }
  return out;
}

/** Blank out comments, keeping line numbers (string contents stay: they are code). */
function stripComments(code: string): string {
  return code.replace(/("(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*'|`(?:\\.|[^`\\])*`)|\/\*[\s\S]*?\*\/|\/\/[^\n]*/g,
    (m, str: string | undefined) => str ?? m.replace(/[^\n]/g, " "));
}

function findOffenders(): string[] {
  const kb = shippedKb();
  // Full names (two words or more) of people, and countries' canonical names.
  const names = [
    ...kb.people.map((p) => p.name).filter((n) => n.includes(" ")),
    ...kb.countries.filter((c) => c.kind === "country").map((c) => c.name),
    ...kb.organizations.map((o) => o.name).filter((n) => n.includes(" ")),
  ];
  const escaped = [...new Set(names)].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join("|")})(?![\\p{L}\\p{N}])`, "u");
  const packages = join(repoRoot, "packages");
  const offenders: string[] = [];
  for (const pkg of readdirSync(packages)) {
    const src = join(packages, pkg, "src");
    try {
      statSync(src);
    } catch {
      continue;
    }
    for (const file of sources(src)) {
      stripComments(readFileSync(file, "utf8")).split("\n").forEach((line, i) => {
        const m = pattern.exec(line);
        if (m) offenders.push(`${relative(repoRoot, file)}:${i + 1}: "${m[0]}"`);
      });
    }
  }
  return offenders;
}

test("no actor names in any package's non-test code", () => {
  const offenders = findOffenders();
  assert.deepEqual(offenders, [], `actor names belong in data/, found:\n${offenders.join("\n")}`);
});
