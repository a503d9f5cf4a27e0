// The offline GraphQL playground (src/graphql/playground): its examples run against the demo data, its
// files are served by the app, and in a real headless Chromium it renders and runs a query without a
// single request leaving localhost. The browser is Debian's (.ci/install-chromium.sh), driven by
// playwright-core: Playwright's own browser download does not work on our closed machines.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { playgroundAssets } from '../src/graphql/playground/playground.assets';
import { playgroundExamples } from '../src/graphql/playground/playground.examples';
import { PLAYGROUND_TITLE } from '../src/graphql/playground/playground.page';
import { startTestApp, type TestApp } from './helpers/test-app';

const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM_PATH);
const onCi = Boolean(process.env.CI);
// On CI a missing browser is a failure (the test below says what to run); locally it is a skip.
const browserIt = hasChromium || onCi ? it : it.skip;
if (!hasChromium && !onCi) {
  console.warn(
    `Skipping the playground browser test: no Chromium at ${CHROMIUM_PATH}. ` +
      'Install it with .ci/install-chromium.sh, or point CHROMIUM_PATH at one.',
  );
}

// As the machine notes prescribe: without the background-networking flags Chromium calls Google's hosts.
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const BROWSER_TIMEOUT_MS = 120_000; // a shared 2-core machine; GraphiQL's bundle alone is 3.5 MB

function isLocal(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol === 'data:' || protocol === 'blob:' || protocol === 'about:') return true;
  return hostname === '127.0.0.1' || hostname === 'localhost';
}

describe('GraphQL playground', () => {
  let sut: TestApp;
  let context: BrowserContext | undefined;
  let userDataDir: string | undefined;

  beforeAll(async () => {
    sut = await startTestApp({ DEMO_DATA: 'true' });
  });

  afterAll(async () => {
    await context?.close();
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    await sut?.close();
  });

  it.each(
    playgroundExamples.map((example) => [example.query.match(/(?:query|mutation) (\w+)/)![1], example]),
  )('should run the %s example against the demo data', async (_name, example) => {
    const response = await sut.gql(example.query, example.variables);

    expect(response.errors).toBeUndefined();
    expect(response.status).toBe(200);
    expect(response.data).toBeDefined();
  });

  it('should answer a browser on GET /graphql with the page and nothing else', async () => {
    const page = await fetch(sut.url, { headers: { accept: 'text/html' } });
    const html = await page.text();

    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(html).toContain(`<title>${PLAYGROUND_TITLE}</title>`);
    // Only same-origin paths: no scheme, no host, no protocol-relative URL.
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
  });

  it('should serve the playground files with their content type and a long cache lifetime', async () => {
    const origin = new URL(sut.url).origin;
    const { react, reactDom, graphiql, graphiqlStyles } = playgroundAssets;

    for (const asset of [react, reactDom, graphiql, graphiqlStyles]) {
      const response = await fetch(origin + asset.url);
      await response.arrayBuffer();
      expect({ url: asset.url, status: response.status }).toEqual({ url: asset.url, status: 200 });
      expect(response.headers.get('content-type')).toBe(asset.contentType);
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    }
    expect((await fetch(`${origin}/graphql/assets/graphiql@3.8.3/package.json`)).status).toBe(404);
  });

  it('should leave the API alone: JSON POST works, GET without text/html is Apollo’s', async () => {
    const post = await sut.gql('{ processor(key: "fortnox") { name } }');
    const get = await fetch(sut.url, { headers: { accept: 'application/json' } });

    expect(post.data).toEqual({ processor: { name: 'Fortnox AB' } });
    expect(get.headers.get('content-type')).toMatch(/^application\/json/);
    // Apollo's CSRF prevention refuses a GET without a preflight header: still on.
    expect(get.status).toBe(400);
    expect(await get.text()).toContain('Cross-Site Request Forgery');
  });

  browserIt(
    'should render GraphiQL and run the list-processors example with no request leaving localhost',
    async () => {
      if (!hasChromium) {
        throw new Error(
          `No Chromium at ${CHROMIUM_PATH} and CI is set: run .ci/install-chromium.sh (or set CHROMIUM_PATH).`,
        );
      }
      // A persistent context is Playwright's way to give Chromium our own fresh --user-data-dir.
      userDataDir = mkdtempSync(join(tmpdir(), 'playground-chromium-'));
      context = await chromium.launchPersistentContext(userDataDir, {
        executablePath: CHROMIUM_PATH,
        args: CHROMIUM_ARGS,
        timeout: BROWSER_TIMEOUT_MS,
      });
      const blockedRequests: string[] = [];
      const failedRequests: string[] = [];
      const badResponses: string[] = [];
      const browserErrors: string[] = [];
      // On the context, so that every page and worker is covered, not only the one we open.
      await context.route('**/*', (route) => {
        const url = route.request().url();
        if (isLocal(url)) return route.continue();
        blockedRequests.push(url);
        return route.abort('blockedbyclient');
      });
      context.on('requestfailed', (request) =>
        failedRequests.push(`${request.url()}: ${request.failure()?.errorText}`),
      );
      context.on('response', (response) => {
        if (response.status() >= 400) badResponses.push(`${response.status()} ${response.url()}`);
      });
      const page = context.pages()[0] ?? (await context.newPage());
      page.setDefaultTimeout(BROWSER_TIMEOUT_MS);
      page.on('console', (message) => {
        if (message.type() === 'error') browserErrors.push(message.text());
      });
      page.on('pageerror', (error) => browserErrors.push(error.message));

      const response = await page.goto(sut.url, { waitUntil: 'load' });

      expect(response?.status()).toBe(200);
      expect(await page.title()).toBe(PLAYGROUND_TITLE);
      await page.locator('.graphiql-query-editor .CodeMirror').waitFor({ state: 'visible' });
      const runButton = page.getByRole('button', { name: /Execute query/ });
      await expect(runButton.isVisible()).resolves.toBe(true);
      const tabs = page.getByRole('tab');
      await expect(tabs.allInnerTexts()).resolves.toEqual([
        'ListProcessors',
        'ProcessorDetails',
        'ImportRegistryDryRun',
        'ExportRegistry',
        'TransferAssessment',
        'WhatIfDpfFalls',
      ]);

      const listTab = tabs.filter({ hasText: 'ListProcessors' });
      await listTab.locator('.graphiql-tab-button').click();
      await listTab.and(page.locator('[aria-selected="true"]')).waitFor();
      // GraphiQL 3 takes the operation name from the editor 100 ms (debounced) after a tab change; a
      // click sooner than that runs the previous tab's operation name. People are slower than that.
      await page.waitForTimeout(500);
      await runButton.click();
      // CodeMirror renders only the lines in view: read the response editor's whole text instead.
      const result = await page.waitForFunction(() => {
        // Runs in the page (this project's TypeScript has no DOM types). CodeMirror 5 keeps its
        // instance on its wrapper element.
        const { document } = globalThis as unknown as {
          document: { querySelector(selector: string): unknown };
        };
        const editor = document.querySelector('.graphiql-response .CodeMirror') as {
          CodeMirror?: { getValue(): string };
        } | null;
        const text = editor?.CodeMirror?.getValue() ?? '';
        return text.includes('"totalCount"') ? text : false;
      });
      const resultText = (await result.jsonValue()) as string;

      expect(resultText).toContain('"fortnox"');
      expect(resultText).not.toContain('"errors"');
      await expect(page.locator('.graphiql-response').innerText()).resolves.toContain('totalCount');
      expect(blockedRequests).toEqual([]);
      expect(failedRequests).toEqual([]);
      expect(badResponses).toEqual([]);
      expect(browserErrors).toEqual([]);
    },
    4 * BROWSER_TIMEOUT_MS,
  );
});
