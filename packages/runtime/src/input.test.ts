import assert from "node:assert/strict";
import { test } from "node:test";
import { checkEncoding, decodeText, InputError } from "./input.js";

const latin1 = (s: string) => Uint8Array.from(Buffer.from(s, "latin1"));

test("decodeText: invalid UTF-8 names the input, the byte and --encoding", () => {
  assert.throws(() => decodeText("a.txt", latin1("Caf\u00e9 noir")), (err: unknown) =>
    err instanceof InputError && /^a\.txt: invalid UTF-8 \(first bad byte at offset 3\); .*--encoding/.test(err.message));
});

test("decodeText: bytes that are not UTF-8 read in the encoding given; UTF-8 bytes stay UTF-8", () => {
  assert.equal(decodeText("a.txt", latin1("Caf\u00e9 noir"), undefined, "windows-1252"), "Café noir");
  assert.equal(decodeText("a.txt", latin1("\u0093Quoted\u0094"), undefined, "windows-1252"), "“Quoted”");
  assert.equal(decodeText("b.txt", new TextEncoder().encode("Erdoğan"), undefined, "windows-1252"), "Erdoğan");
  // binary data is refused whatever the encoding
  assert.throws(() => decodeText("c.bin", Uint8Array.from([0x41, 0, 0x42]), undefined, "windows-1252"), /binary data/);
});

test("checkEncoding: WHATWG labels to their names; an unknown one is named in the error", () => {
  assert.equal(checkEncoding("latin1"), "windows-1252");
  assert.equal(checkEncoding("UTF8"), "utf-8");
  assert.throws(() => checkEncoding("klingon-8"), /unknown text encoding "klingon-8"/);
});
