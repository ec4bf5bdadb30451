import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCorpusStore, type ServeProcess, startServe } from '../server/serve-process.js';

// Debian's chromium (apt-get install chromium fonts-wqy-microhei; .ci/run does it).
// Never `playwright install`: this machine has no browser downloads.
const CHROMIUM = process.env.KG_CHROMIUM ?? '/usr/bin/chromium';
const ARTIFACTS = fileURLToPath(new URL('../artifacts/', import.meta.url));
const present = existsSync(CHROMIUM);
const skip = !present && !process.env.CI;
if (skip) console.warn(`tests/web: SKIPPED: ${CHROMIUM} not found (apt-get install chromium fonts-wqy-microhei)`);

describe.skipIf(skip)('web view in chromium', () => {
  let store: Awaited<ReturnType<typeof buildCorpusStore>>;
  let server: ServeProcess;
  let browser: BrowserContext;
  let page: Page;
  let profile: string;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    store = await buildCorpusStore();
    server = await startServe(store.dir);
    await mkdir(ARTIFACTS, { recursive: true });
    profile = await mkdtemp(join(tmpdir(), 'kg-chromium-'));
    // A fresh profile per run (playwright passes it as --user-data-dir).
    browser = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1400, height: 900 },
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    page = browser.pages()[0] ?? (await browser.newPage());
    page.on('pageerror', (e) => pageErrors.push(e.message));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await store?.cleanup();
    if (profile) await rm(profile, { recursive: true, force: true });
  });

  it('searches 郭玉芬, opens her page and shows a statement with its source span highlighted', async () => {
    await page.goto(`${server.origin}/`);
    // Evaluated in the page (a string: the tests' tsconfig has no DOM types).
    expect(await page.evaluate('[document.documentElement.lang, document.characterSet]')).toEqual(['zh-CN', 'UTF-8']);
    await page.fill('#search-input', '郭玉芬');
    await page.click('#search-form button');
    const hit = page.locator('#hits li[data-kind="official"] a', { hasText: '郭玉芬' }).first();
    await hit.waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'web-search.png') });
    await hit.click();
    await expect.poll(() => page.locator('#entity-title').textContent()).toBe('郭玉芬');
    await page.locator('#posts').waitFor();
    expect(await page.locator('#posts').textContent()).toContain('省卫生健康委主任');
    const statement = page.locator('#statements .statement').first();
    await statement.waitFor();
    const quote = (await statement.locator('blockquote').textContent()) ?? '';
    expect(quote.length).toBeGreaterThan(5);
    await page.screenshot({ path: join(ARTIFACTS, 'web-entity.png'), fullPage: false });
    await statement.locator('a.source-link').click();
    const mark = page.locator('#source-text mark#highlight');
    await mark.waitFor();
    expect(await mark.textContent()).toBe(quote);
    expect(await mark.isVisible()).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'web-source.png') });
  });

  it('runs a SPARQL query in the editor and shows rows', async () => {
    await page.goto(`${server.origin}/#/sparql`);
    await page
      .locator('#query')
      .fill(
        'SELECT ?name WHERE { ?p a <https://w3id.org/policy-kg/ontology#Official> ; <http://schema.org/name> ?name } ORDER BY ?name LIMIT 10',
      );
    await page.click('#run');
    await page.locator('#results-table tr.row').first().waitFor();
    const rows = await page.locator('#results-table tr.row').count();
    expect(rows).toBe(10);
    await page.screenshot({ path: join(ARTIFACTS, 'web-sparql.png') });
  });

  it("draws a slogan timeline by place and year and lists an institution's people", async () => {
    const find = async (q: string, kind: string) => {
      const res = await fetch(`${server.origin}/api/search?q=${encodeURIComponent(q)}&k=1&kind=${kind}`);
      return ((await res.json()) as { hits: { id: string }[] }).hits[0]?.id ?? '';
    };
    await page.goto(`${server.origin}/#/entity/${encodeURIComponent(await find('国之大者', 'slogan'))}`);
    await page.locator('#timeline circle.point').first().waitFor();
    expect(await page.locator('#timeline circle.point').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(ARTIFACTS, 'web-timeline.png') });
    await page.goto(
      `${server.origin}/#/entity/${encodeURIComponent(await find('甘肃省卫生健康委员会', 'institution'))}`,
    );
    await page.locator('#people tr td').first().waitFor();
    expect(await page.locator('#people').textContent()).toContain('郭玉芬');
  });

  it('expands a node in the graph explorer', async () => {
    const res = await fetch(`${server.origin}/api/search?q=${encodeURIComponent('郭玉芬')}&k=1&kind=official`);
    const { hits } = (await res.json()) as { hits: { id: string }[] };
    await page.goto(`${server.origin}/#/?iri=${encodeURIComponent(hits[0]?.id ?? '')}`);
    await expect.poll(() => page.evaluate('window.__kgGraph?.order ?? 0')).toBeGreaterThan(2);
    expect(await page.locator('#graph canvas').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(ARTIFACTS, 'web-graph.png') });
    expect(pageErrors).toEqual([]);
  });
});
