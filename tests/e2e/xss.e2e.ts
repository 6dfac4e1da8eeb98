/**
 * The XSS corpus (harness/xss-corpus.ts) on every surface that shows a note, a tag or a file name: imported
 * through the notebook's file input under hostile file names, then shown by the panel (list, filter, editor),
 * the fullscreen editor, the progress-bar labels (every fourth note tick hovered), the popup (three notes at a
 * time, all of them in turn), the notebook (list scrolled through, filter, editor, import preview and problems),
 * the options, welcome and glossary pages, and the Markdown export rendered by markdown-it with raw HTML on.
 * Each surface must run no payload (canaries in the page's main world and in Margin's isolated world) and hold
 * no element a payload would inject.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import MarkdownIt from 'markdown-it';
import type { Page } from 'playwright-core';
import type { Note } from '@/utils/notes';
import { exportMarkdown } from '@/utils/export';
import { launchBrowser, type MarginBrowser } from './harness/browser';
import { marginWorld, type MarginWorld } from './harness/margin-world';
import { showNotes, notesFilter, sendAddNoteCommand } from './harness/notes';
import { panel } from './harness/panel';
import { openWatch, pauseVideo } from './harness/youtube-page';
import {
  countInjected, FIELD_NAME_PAYLOAD, FILE_NAME_PAYLOADS, installCanary, PAYLOAD_COUNT, TAG_PAYLOADS, TEXT_PAYLOADS,
} from './harness/xss-corpus';

const LESSON = 'aircAruvnKk';
const MARGIN_HOSTS = 'margin-panel, margin-overlay, margin-markers';

let browser: MarginBrowser;
let youtube: Page;
let notebook: Page;
let world: MarginWorld;
const dialogs: string[] = [];

/** The corpus as notes of one lesson: one note per text payload, the tag payloads spread over them. */
function corpusNotes(): Note[] {
  return TEXT_PAYLOADS.map((text, i) => ({
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    videoId: LESSON,
    t: 10 + i * 17,
    text,
    tags: [TAG_PAYLOADS[i % TAG_PAYLOADS.length]!, TAG_PAYLOADS[(i + 5) % TAG_PAYLOADS.length]!],
    createdAt: 1_700_000_000_000 + i,
    updatedAt: 1_700_000_000_000 + i,
  }));
}

const exportFile = (notes: unknown[], extra: Record<string, unknown> = {}) =>
  Buffer.from(JSON.stringify({ format: 'margin-notes', version: 1, exportedAt: 1_700_000_100_000, notes, ...extra }));

async function expectClean(page: Page, within: string | null, surface: string): Promise<void> {
  const found = await page.evaluate(countInjected, within);
  expect({ surface, ...found }).toEqual({ surface, injected: 0, handlers: 0, scriptLinks: 0, hits: [] });
}

beforeAll(async () => {
  browser = await launchBrowser();
  await browser.context.addInitScript(installCanary);
  browser.context.on('page', (page) => page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  }));
  youtube = await browser.newPage();
  youtube.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  world = await marginWorld(browser.context, youtube, browser.extensionId!);
  await openWatch(youtube, LESSON);
  await pauseVideo(youtube);
  // Margin's own world gets a canary too: a payload run by Margin's scripts (eval, new Function) would call it.
  await world.evaluate(`globalThis.__xssHits = []; globalThis.__xss = (id) => globalThis.__xssHits.push(id); true`);
  notebook = await browser.context.newPage();
  await notebook.goto(`chrome-extension://${browser.extensionId!}/notebook.html`);
  await notebook.getByRole('heading', { level: 1, name: 'Margin notebook' }).waitFor();
}, 120_000);
afterAll(async () => {
  await world?.detach();
  await browser?.close();
});

describe('the XSS corpus', () => {
  it(`holds at least 50 payloads (${PAYLOAD_COUNT}) in text, tags and file names`, () => {
    expect(TEXT_PAYLOADS.length).toBeGreaterThanOrEqual(50);
    expect(PAYLOAD_COUNT).toBeGreaterThanOrEqual(70);
  });

  it('imported under hostile file names, runs nothing in the notebook: list, import messages, filter, editor', async () => {
    const input = notebook.locator('input[type=file]');
    await input.setInputFiles({ name: FILE_NAME_PAYLOADS[0]!, mimeType: 'application/json', buffer: exportFile(corpusNotes()) });
    // The import shows what it will do, under the file's name, and happens on "Import".
    const preview = notebook.getByRole('region', { name: /^Import “/ });
    await preview.waitFor();
    await expectClean(notebook, null, 'import preview');
    await preview.getByRole('button', { name: 'Import', exact: true }).click();
    await notebook.getByText(`${TEXT_PAYLOADS.length} notes on 1 video`).waitFor();
    // The list renders the notes near the viewport: scroll through it until every note was shown, checking each screen.
    const shown = new Set<string>();
    for (let screen = 0; screen < 40 && shown.size < TEXT_PAYLOADS.length; screen += 1) {
      const ids = await notebook.evaluate(() => [...document.querySelectorAll('article[data-note-id]')].map((a) => a.getAttribute('data-note-id')!));
      for (const id of ids) shown.add(id);
      await expectClean(notebook, null, `notebook list, screen ${screen}`);
      await notebook.evaluate(() => window.scrollBy(0, window.innerHeight * 0.8));
      await notebook.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    }
    expect(shown.size).toBe(TEXT_PAYLOADS.length);
    await notebook.evaluate(() => window.scrollTo(0, 0));
    // Broken files, named with payloads, with a payload as a field name: their problems are listed.
    for (const name of FILE_NAME_PAYLOADS.slice(1)) {
      const broken = exportFile([{ ...corpusNotes()[0]!, id: crypto.randomUUID(), [FIELD_NAME_PAYLOAD]: 1 }], { [FIELD_NAME_PAYLOAD]: 2 });
      await input.setInputFiles({ name, mimeType: 'application/json', buffer: broken });
      await expect.poll(() => notebook.getByRole('alert').textContent()).toContain(name);
    }
    expect(await notebook.getByRole('alert').textContent()).toContain(FIELD_NAME_PAYLOAD);
    await expectClean(notebook, null, 'notebook list and import problems');

    const filter = notebook.getByRole('searchbox', { name: 'Filter', exact: true });
    for (const payload of [TEXT_PAYLOADS[0]!, `#${TAG_PAYLOADS[1]!}`, TEXT_PAYLOADS[13]!]) await filter.fill(payload);
    await filter.fill('');
    await notebook.getByRole('button', { name: /^Edit note/ }).first().click();
    await notebook.getByRole('textbox', { name: /^Note at / }).waitFor();
    await expectClean(notebook, null, 'notebook filter and editor');
    await notebook.keyboard.press('Escape');
  });

  it('runs nothing in the panel: list, filter and editor', async () => {
    await youtube.bringToFront();
    await showNotes(youtube);
    // The list draws its notes a chunk at a time as they come near the screen: scroll through it, as a reader would.
    const articles = panel(youtube).getByRole('article');
    await articles.first().waitFor();
    for (let i = 0; i < 40 && (await articles.count()) < TEXT_PAYLOADS.length; i += 1) await articles.last().scrollIntoViewIfNeeded();
    await articles.nth(TEXT_PAYLOADS.length - 1).waitFor();
    expect(await articles.count()).toBe(TEXT_PAYLOADS.length);
    await expectClean(youtube, MARGIN_HOSTS, 'panel list');
    for (const payload of [TEXT_PAYLOADS[2]!, `#${TAG_PAYLOADS[0]!}`, TEXT_PAYLOADS[16]!]) await notesFilter(youtube).fill(payload);
    await notesFilter(youtube).fill('');
    await panel(youtube).getByRole('button', { name: /^Edit note/ }).first().click();
    await panel(youtube).getByRole('textbox', { name: /^Note at / }).waitFor();
    await expectClean(youtube, MARGIN_HOSTS, 'panel filter and editor');
    await panel(youtube).getByRole('textbox', { name: /^Note at / }).press('Escape');
  });

  it('runs nothing on the progress bar: every note tick hovered shows its label as text', async () => {
    const ticks = await youtube.evaluate(() =>
      [...(document.querySelector('margin-markers')?.shadowRoot?.querySelectorAll<HTMLElement>('.tick-note') ?? [])].map((tick) => {
        const box = tick.getBoundingClientRect();
        return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      }),
    );
    expect(ticks.length).toBe(TEXT_PAYLOADS.length);
    // Bounded in time: every fourth tick (a label holds every note within reach of the pointer).
    const sample = ticks.filter((_, i) => i % 4 === 0);
    let labels = 0;
    for (const { x, y } of sample) {
      await youtube.mouse.move(x, y);
      if (await youtube.evaluate(() => document.querySelector('margin-markers')?.shadowRoot?.querySelector('.label:not([hidden])') != null)) labels += 1;
    }
    expect(labels).toBe(sample.length);
    await expectClean(youtube, MARGIN_HOSTS, 'tick labels');
    await youtube.mouse.move(0, 0);
  });

  it('runs nothing in the fullscreen editor', async (context) => {
    await youtube.locator('#movie_player .ytp-fullscreen-button').click();
    const refused = () => youtube.evaluate(() => window.__yt!.fullscreenRefusals > 0);
    const fullscreen = () => youtube.evaluate(() => document.fullscreenElement !== null);
    await expect.poll(async () => (await fullscreen()) || (await refused())).toBe(true);
    if (!(await fullscreen())) context.skip('headless Chromium refused fullscreen');
    try {
      await sendAddNoteCommand(browser.worker!);
      const editor = youtube.locator('#movie_player margin-overlay').getByRole('textbox', { name: /^Note at / });
      await editor.waitFor();
      for (const payload of TEXT_PAYLOADS.slice(0, 12)) await editor.fill(payload);
      await expectClean(youtube, MARGIN_HOSTS, 'fullscreen editor');
      await editor.press('Escape');
    } finally {
      await youtube.evaluate(() => (document.fullscreenElement ? document.exitFullscreen() : undefined));
    }
  });

  it('runs nothing from the Markdown export rendered by markdown-it with raw HTML and links on', async () => {
    const notes = await world.request<Note[]>('notes/list', { videoId: LESSON });
    expect(notes.length).toBe(TEXT_PAYLOADS.length);
    const html = new MarkdownIt({ html: true, linkify: true }).render(exportMarkdown({ notes, exportedAt: 1_700_000_200_000 }));
    const page = await browser.context.newPage();
    await page.setContent('<!doctype html><title>export</title><body></body>');
    await page.evaluate(installCanary);
    // A plain page with no CSP, the way a note-taking app might show the file: the HTML goes in as is.
    await page.evaluate((markup) => {
      document.body.insertAdjacentHTML('beforeend', markup);
      // Scripts parsed by insertAdjacentHTML never run; run them as a browser showing the file would.
      for (const old of document.querySelectorAll('script')) {
        const script = document.createElement('script');
        script.textContent = old.textContent;
        old.replaceWith(script);
      }
    }, html);
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 200)));
    await expectClean(page, null, 'Markdown export as HTML');
    await page.close();
  });

  it('runs nothing on the options, welcome and glossary pages (they show no note, but share the stored data)', async () => {
    for (const name of ['options', 'welcome', 'glossary']) {
      const page = await browser.context.newPage();
      await page.goto(`chrome-extension://${browser.extensionId!}/${name}.html`);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await expectClean(page, null, `${name} page`);
      await page.close();
    }
  });

  it('runs nothing in the popup, which lists three notes at a time: each three in turn, deleting them after', async () => {
    const popup = await browser.context.newPage();
    // The popup shows the active tab's lesson; opened as a tab, it would be its own active tab: point it at YouTube's.
    await popup.addInitScript(() => {
      const tabs = (globalThis as unknown as { chrome: { tabs: { query: (q: object) => Promise<unknown> } } }).chrome.tabs;
      const query = tabs.query.bind(tabs);
      tabs.query = () => query({ url: '*://www.youtube.com/*' });
    });
    let rounds = 0;
    for (let left = await world.request<Note[]>('notes/list', { videoId: LESSON }); left.length > 0; rounds += 1) {
      const firsts = [...left].sort((a, b) => a.t - b.t).slice(0, 3);
      await popup.goto(`chrome-extension://${browser.extensionId!}/popup.html`);
      await popup.locator('[aria-label="Notes on this video"] li').nth(firsts.length - 1).waitFor();
      await expectClean(popup, null, `popup, notes ${rounds * 3 + 1}-${rounds * 3 + firsts.length}`);
      for (const note of firsts) await world.request('notes/delete', { id: note.id });
      left = await world.request<Note[]>('notes/list', { videoId: LESSON });
    }
    expect(rounds).toBe(Math.ceil(TEXT_PAYLOADS.length / 3));
    await popup.close();
  });

  it("ran nothing anywhere: no dialog, no canary call in Margin's isolated world", async () => {
    expect(dialogs).toEqual([]);
    expect(await world.evaluate<unknown[]>('globalThis.__xssHits')).toEqual([]);
    expect(await youtube.evaluate(() => (window as unknown as { __xssHits: unknown[] }).__xssHits)).toEqual([]);
  });
});
