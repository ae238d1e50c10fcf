/** Documents that are not UTF-8: a page's own charset declaration, the user's --encoding, and the error without either. */
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { readSources, type SourceItem, type SourceOptions } from "./sources.js";

const dir = mkdtempSync(join(tmpdir(), "parley-encoding-"));
const latin1 = (s: string) => Buffer.from(s, "latin1");

async function read(name: string, bytes: Uint8Array, opts: SourceOptions = {}): Promise<SourceItem[]> {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  const items: SourceItem[] = [];
  for await (const item of readSources([path], opts)) items.push(item);
  return items;
}

const page = (meta: string, body: string) => `<!doctype html><html><head>${meta}<title>Caf\u00e9</title></head><body><p>${body}</p></body></html>`;

test("a saved page in windows-1252 that declares it in a meta tag is read in it", async () => {
  const [item] = await read("legacy.html", latin1(page('<meta charset="windows-1252">', "Le caf\u00e9 de la gare a ferm\u00e9.")));
  assert.ok("doc" in item!, JSON.stringify(item));
  assert.match(item.doc.html!, /Le café de la gare a fermé\./);
});

test("the http-equiv form of the declaration counts too", async () => {
  const [item] = await read("equiv.html", latin1(page('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">', "M\u00fcnchen")));
  assert.ok("doc" in item!);
  assert.match(item.doc.html!, /München/);
});

test("a page declaring a legacy charset whose bytes are UTF-8 reads as UTF-8 (a common misdeclaration)", async () => {
  const [item] = await read("misdeclared.html", Buffer.from(page('<meta charset="iso-8859-1">', "Erdo\u011fan met Lavrov."), "utf8"));
  assert.ok("doc" in item!);
  assert.match(item.doc.html!, /Erdoğan met Lavrov\./);
});

test("a plain-text file that is not UTF-8 fails with a message naming --encoding, and reads with it", async () => {
  const bytes = latin1("Le caf\u00e9 a ferm\u00e9 lundi, a dit le maire.");
  const [bad] = await read("plain.txt", bytes);
  assert.ok("failure" in bad!, JSON.stringify(bad));
  assert.match(bad.failure.error, /invalid UTF-8 \(first bad byte at offset 6\).*--encoding/);
  const [good] = await read("plain2.txt", bytes, { encoding: "windows-1252" });
  assert.ok("doc" in good!, JSON.stringify(good));
  assert.equal(good.doc.text, "Le café a fermé lundi, a dit le maire.");
});

test("with --encoding given, a UTF-8 file among the inputs still reads as UTF-8", async () => {
  const [item] = await read("utf8.txt", Buffer.from("Erdo\u011fan met Lavrov in Ankara.", "utf8"), { encoding: "windows-1252" });
  assert.ok("doc" in item!);
  assert.equal(item.doc.text, "Erdoğan met Lavrov in Ankara.");
});
