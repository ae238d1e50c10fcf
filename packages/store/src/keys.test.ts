import { test } from "node:test";
import assert from "node:assert/strict";
import { actorKey, clusterEvents, dyadKey, normaliseName, normaliseUrl } from "./keys.js";

test("normaliseUrl: scheme, www, default port, fragment, tracking parameters, trailing slash, query order", () => {
  assert.equal(normaliseUrl("HTTPS://www.Example.com:443/a/b/?utm_source=x&z=1&a=2#top"), "example.com/a/b?a=2&z=1");
  assert.equal(normaliseUrl("http://example.com/a/b?a=2&z=1"), "example.com/a/b?a=2&z=1");
  assert.equal(normaliseUrl("http://example.com:8080/"), "example.com:8080");
  assert.equal(normaliseUrl("not a url"), "not a url");
});

test("actorKey: KB id first, else folded name + type + country", () => {
  assert.equal(actorKey({ name: "Anyone", type: "person", kb: "parley:x" }), "kb:parley:x");
  assert.equal(actorKey({ name: "  Jöhn  O'Neill ", type: "person", country: "IRL" }), "name:john o neill|person|IRL");
  assert.equal(normaliseName("ÉCOLE-Polytechnique"), "ecole polytechnique");
});

test("dyadKey: country+sector, else actor, else -", () => {
  assert.equal(dyadKey({ country: "RUS", sector: "GOV" }, "a1"), "RUS/GOV");
  assert.equal(dyadKey({ entity: "e1" }, "a1"), "actor:a1");
  assert.equal(dyadKey(null, null), "-");
});

test("clusterEvents: chains within the window, undated apart, counts, order-independent", () => {
  const m = (id: string, date: string | null, articleId: string, site: string | null) => ({ id, date, articleId, site });
  const members = [m("e1", "2025-02-18", "a1", "x.example"), m("e2", "2025-02-20", "a2", "y.example"), m("e3", "2025-02-23", "a2", "y.example"),
    m("e4", "2025-03-10", "a3", null), m("e5", null, "a4", null), m("e6", null, "a5", null), m("e7", null, "a4", null), m("e8", "2025-03", "a6", null)];
  const clusters = clusterEvents("K", members, 3);
  assert.deepEqual(clusters.map((c) => [c.members.map((x) => x.id), c.numMentions, c.numArticles, c.numSources]), [
    [["e1", "e2", "e3"], 3, 2, 2], [["e8"], 1, 1, 1], [["e4"], 1, 1, 1], [["e5", "e7"], 2, 1, 1], [["e6"], 1, 1, 1],
  ]);
  assert.deepEqual(clusterEvents("K", members.slice().reverse(), 3), clusters);
});
