import assert from "node:assert/strict";
import { test } from "node:test";
import { Doc } from "../doc/doc.js";
import { ParleyError } from "../errors.js";
import { Pipeline } from "./pipeline.js";
import { Registry } from "./registry.js";
import { emptyContext, type Stage } from "./stage.js";

function stage(name: string, requires: string[], provides: string[]): Stage {
  return {
    name, version: "1", requires, provides,
    run(doc) { for (const p of provides) doc.set(p, `${name}:${p}`, { stage: name, version: "1" }); },
  };
}

test("pipeline runs stages in order and stamps layers", () => {
  const p = Pipeline.build([stage("a", [], ["x"]), stage("b", ["x"], ["y"])]);
  const doc = p.run(new Doc("hello"), emptyContext());
  assert.equal(doc.get("y"), "b:y");
  assert.deepEqual(doc.layer("x").stamp, { stage: "a", version: "1" });
  assert.ok(Object.isFrozen(p));
  assert.ok(Object.isFrozen(p.stages));
});

test("pipeline build lists what is fulfilled and what is missing", () => {
  assert.throws(() => Pipeline.build([stage("a", [], ["x"]), stage("b", ["x", "z"], ["y"])]), (err: unknown) => {
    assert.ok(err instanceof ParleyError);
    assert.equal(err.code, "E002");
    assert.match(err.message, /stage "b" requires "z"/);
    assert.match(err.message, /Fulfilled: x, y/);
    return true;
  });
});

test("pipeline rejects a layer provided twice", () => {
  assert.throws(() => Pipeline.build([stage("a", [], ["x"]), stage("b", [], ["x"])]), /provided twice/);
});

test("registry builds pipelines by name and names unknown stages", () => {
  const reg = new Registry().register(stage("a", [], ["x"]));
  assert.equal(reg.pipeline(["a"]).stages.length, 1);
  assert.throws(() => reg.get("nope"), /E003.*"nope".*registered: a/);
});

test("doc layers are set once and missing layers name what exists", () => {
  const doc = new Doc("abc");
  doc.set("x", 1, { stage: "s", version: "1" });
  assert.throws(() => doc.set("x", 2, { stage: "t", version: "1" }), /E007/);
  assert.throws(() => doc.get("y"), /E001.*"y".*have: x/);
});

test("doc diagnostics keep their spans and refuse spans outside the text", () => {
  const doc = new Doc("say “hi");
  const d = doc.message("unbalanced quotation mark", { start: 4, end: 5 }, "quotes/unbalanced");
  assert.equal(doc.text.slice(d.start, d.end), "“");
  assert.throws(() => doc.message("x", { start: 3, end: 99 }, "r"), /E004/);
});
