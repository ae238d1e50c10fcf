/**
 * The web UI in Debian's chromium, driven by playwright-core against a live server on
 * loopback: analyse the fixture article, inspect quotes and events, open an actor, search,
 * and check that markup inside an article is shown, never run. Screenshots go to
 * test-output/web/. Skips, saying why, when /usr/bin/chromium is absent.
 */
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { FastifyInstance } from "fastify";
import type { BrowserContext, Page } from "playwright-core";
import { buildServer } from "./app.js";
import { memoryCorpus } from "./memory-corpus.js";
import { fixtureExtractor, hostileFixture, lazyLiveExtractor, lisbonFixture } from "./fixtures.js";
import { defaultWebRoot, webIsBuilt, webIsStale } from "./web.js";

const CHROMIUM = "/usr/bin/chromium";
const root = fileURLToPath(new URL("../../../", import.meta.url));
const shots = join(root, "test-output", "web");
const skip = existsSync(CHROMIUM) ? false : `${CHROMIUM} is absent (apt-get install -y chromium)`;

describe("web UI in chromium", { skip }, () => {
  let app: FastifyInstance;
  let base: string;
  let context: BrowserContext;
  let profile: string;

  before(async () => {
    if (!webIsBuilt() || webIsStale()) {
      const build = spawnSync("npm", ["run", "build", "-w", "@parley/web"], { cwd: root, stdio: "inherit" });
      assert.equal(build.status, 0, "vite build failed");
    }
    mkdirSync(shots, { recursive: true });
    app = await buildServer({ store: memoryCorpus(), extractor: fixtureExtractor(lazyLiveExtractor()), webRoot: defaultWebRoot() });
    await app.listen({ host: "127.0.0.1", port: 0 });
    const address = app.server.address();
    base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
    profile = mkdtempSync(join(tmpdir(), "parley-chromium-"));
    const { chromium } = await import("playwright-core");
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
      viewport: { width: 1280, height: 900 },
    });
  });

  after(async () => {
    await context?.close();
    await app?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  /** A page that fails the test on any dialog or page error. */
  async function open(path: string): Promise<{ page: Page; dialogs: string[]; errors: string[] }> {
    const page = await context.newPage();
    const dialogs: string[] = [], errors: string[] = [];
    page.on("dialog", (d) => { dialogs.push(d.message()); void d.dismiss(); });
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${base}${path}`);
    return { page, dialogs, errors };
  }

  /** Text shown without the entity type labels that follow mentions. */
  const unlabelled = (s: string) => s.replace(/(PER|ORG|GPE|LOC)$/, "");

  async function articleText(page: Page): Promise<string> {
    // Runs in the page (no DOM types on the Node side).
    return page.getByTestId("article-text").evaluate((el: { cloneNode(deep: boolean): unknown }) => {
      const copy = el.cloneNode(true) as { querySelectorAll(s: string): { forEach(f: (n: { remove(): void }) => void): void }; textContent: string };
      copy.querySelectorAll(".ent-label").forEach((label) => label.remove());
      return copy.textContent;
    });
  }

  async function analyse(page: Page, text: string): Promise<void> {
    await page.getByLabel("Article text").fill(text);
    await page.getByRole("button", { name: "Analyze" }).click();
    await page.getByTestId("analysis").waitFor();
  }

  test("an empty store opens on Analyze; the fixture's quotes show with their speakers", async () => {
    const { page, errors } = await open("/");
    await page.waitForURL(/#\/analyze$/);
    const { text, record } = lisbonFixture();
    await analyse(page, text);
    assert.equal(await page.getByTestId("count-quotes").textContent(), "3 quotes (3 with a speaker)");
    const speakers = (await page.locator(".article-text .speaker").allTextContents()).map(unlabelled);
    assert.deepEqual(speakers, ["Costa", "Ortega", "He"]);
    assert.equal(await page.locator(".article-text .in-quote").first().textContent(), "\"Rivers do not stop at borders, and neither should our cooperation,\"");
    // The article text is shown whole and unchanged.
    assert.equal(await articleText(page), text);

    await page.locator(".article-text .in-quote").first().click();
    assert.match(await page.getByTestId("quote-speaker").textContent() ?? "", /^Maria Costa — “Costa”/);
    assert.match(await page.getByTestId("quote-cue").textContent() ?? "", /^“told”/);
    assert.equal(unlabelled(await page.locator(".article-text .selected-speaker").textContent() ?? ""), "Costa");

    await page.locator(".article-text .trigger", { hasText: "withdrawn" }).click();
    assert.equal(await page.getByTestId("event-modality").textContent(), "negated");
    assert.match(await page.getByTestId("event-evidence").textContent() ?? "", /Madrid has not withdrawn its appeal/);

    await page.locator(".article-text mark.ent", { hasText: "Ortega" }).first().hover();
    const card = page.getByRole("tooltip");
    await card.waitFor();
    assert.match(await card.textContent() ?? "", /Luis Ortega.*Environment Minister/);
    await page.screenshot({ path: join(shots, "analyze.png"), fullPage: true });
    assert.equal(record.quotes.length, 3);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("markup in an article is shown as text and never runs", async () => {
    const { page, dialogs, errors } = await open("/#/analyze");
    const { text } = hostileFixture();
    // Given as a file this time.
    await page.getByLabel("Text file").setInputFiles(fileURLToPath(new URL("../../../fixtures/web/hostile-markup.txt", import.meta.url)));
    // Reading the file is asynchronous: wait until the text area holds something.
    await page.waitForFunction(() => ((globalThis as unknown as { document: { querySelector(s: string): { value: string } | null } })
      .document.querySelector("textarea")?.value ?? "").length > 0);
    assert.equal(await page.getByLabel("Article text").inputValue(), text);
    await page.getByRole("button", { name: "Analyze" }).click();
    await page.getByTestId("analysis").waitFor();
    const shown = await articleText(page);
    assert.equal(shown, text);
    assert.ok(shown.includes("<script>window.__parleyPwned = true; alert(\"pwned\")</script>"));
    assert.ok(shown.includes("<img src=\"x\" onerror="));
    assert.equal(await page.locator("main script, main img, .article-text b").count(), 0);
    await page.locator(".article-text .in-quote").first().click();
    await page.locator(".article-text .trigger").first().click();
    await page.locator(".article-text mark.ent").first().hover();
    await page.getByRole("tooltip").waitFor();
    assert.match(await page.getByRole("tooltip").textContent() ?? "", /<img src=x onerror=alert\(2\)>/);
    await page.screenshot({ path: join(shots, "hostile-markup.png"), fullPage: true });
    assert.equal(await page.evaluate(() => (globalThis as { __parleyPwned?: boolean }).__parleyPwned), undefined);
    assert.deepEqual(dialogs, []);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("stored articles: the actor page, the search, and the events views", async () => {
    const ingest = await fetch(`${base}/ingest`, {
      method: "POST", headers: { "content-type": "application/json" },
      body: JSON.stringify({ articles: [{ text: lisbonFixture().text }, { text: hostileFixture().text }] }),
    });
    assert.equal(ingest.status, 201);
    const { page, dialogs, errors } = await open("/");
    await page.waitForURL(/#\/articles$/);
    await page.getByTestId("article-list").waitFor();

    await page.getByRole("link", { name: "Actors", exact: true }).click();
    await page.getByTestId("actor-list").getByRole("link", { name: "Luis Ortega" }).click();
    await page.getByTestId("actor-page").waitFor();
    assert.equal(await page.locator("h1").textContent(), "Luis Ortega");
    assert.deepEqual(await page.getByTestId("actor-roles").locator("li").allTextContents(), ["Environment Minister"]);
    assert.equal(await page.getByTestId("quote-list").locator("li").count(), 2);
    assert.match(await page.getByTestId("counterparts").textContent() ?? "", /Maria Costa/);
    await page.getByTestId("timeline-chart").waitFor();
    await page.screenshot({ path: join(shots, "actor.png"), fullPage: true });

    await page.getByLabel("Search articles").fill("Tagus river");
    await page.getByLabel("Search articles").press("Enter");
    const results = page.getByTestId("search-results");
    await results.waitFor();
    assert.match(await results.textContent() ?? "", /1 articles match “Tagus river”/);
    assert.deepEqual([...new Set((await results.locator(".snippet mark").allTextContents()).map((s) => s.toLowerCase()))].sort(), ["river", "tagus"]);
    await page.screenshot({ path: join(shots, "search.png"), fullPage: true });
    await page.reload();
    await page.getByTestId("search-results").waitFor();
    assert.equal(await page.getByLabel("Search articles").inputValue(), "Tagus river", "the search box keeps the search across reload");
    await results.getByRole("link", { name: "Ministers sign river water pact in Lisbon" }).click();
    await page.locator(".article-text .speaker").first().waitFor();
    assert.equal(await page.locator(".article-text .speaker").count(), 3);

    await page.goto(`${base}/#/events?modality=asserted`);
    await page.getByTestId("event-map").waitFor();
    await page.getByTestId("timeline-chart").waitFor();
    assert.ok(await page.locator(".map path.country").count() > 100);
    assert.equal(await page.locator(".map path.country.hit").count(), 2);
    assert.equal(await page.getByTestId("event-table").locator("tbody tr").count(), 4);
    assert.match(await page.getByTestId("dyad-table").textContent() ?? "", /Portugal.*Spain/);
    await page.screenshot({ path: join(shots, "events.png"), fullPage: true });

    await page.goto(`${base}/#/quotes?speaker=costa`);
    await page.getByTestId("quote-list").waitFor();
    assert.equal(await page.getByTestId("quote-list").locator("li").count(), 2);
    await page.screenshot({ path: join(shots, "quotes.png"), fullPage: true });
    assert.deepEqual(dialogs, []);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("filters and pages live in the URL: they survive reload, and back restores the form", async () => {
    // Runs after the test above stored the two fixture articles.
    const { page, errors } = await open("/#/actors");
    await page.getByTestId("actor-list").waitFor();
    await page.getByLabel("Actor name").fill("ortega");
    await page.waitForURL(/#\/actors\?q=ortega$/);
    await page.reload();
    await page.getByTestId("actor-list").waitFor();
    assert.equal(await page.getByLabel("Actor name").inputValue(), "ortega");
    assert.deepEqual(await page.getByTestId("actor-list").locator("tbody td:first-child").allTextContents(), ["Luis Ortega"]);

    await page.goto(`${base}/#/events`);
    await page.getByTestId("event-table").waitFor();
    const all = await page.getByTestId("event-count").textContent();
    await page.getByLabel("Modality").selectOption("negated");
    await page.getByRole("button", { name: "Filter" }).click();
    await page.waitForURL(/modality=negated/);
    await page.goBack();
    await page.waitForURL(/#\/events$/);
    await page.waitForFunction((want) => (globalThis as unknown as { document: { querySelector(s: string): { textContent: string } | null } })
      .document.querySelector("[data-testid=event-count]")?.textContent === want, all);
    assert.equal(await page.getByLabel("Modality").inputValue(), "", "the form follows the URL back");

    // A page past the first: the pager says which rows are shown and links back.
    await page.goto(`${base}/#/quotes?offset=2`);
    await page.getByTestId("quote-list").waitFor();
    assert.equal(await page.getByTestId("pager").first().textContent(), "← previous3–4 of 4next →");
    assert.equal(await page.getByTestId("quote-list").locator("li").count(), 2);
    await page.getByRole("link", { name: "← previous" }).first().click();
    await page.waitForURL(/#\/quotes$/);
    await page.waitForFunction(() => (globalThis as unknown as { document: { querySelectorAll(s: string): { length: number } } })
      .document.querySelectorAll("[data-testid=quote-list] li").length === 4);
    assert.deepEqual(errors, []);
    await page.close();
  });
});
