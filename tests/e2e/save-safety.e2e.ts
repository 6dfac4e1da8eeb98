/**
 * No duplicate, no lost word, in Chromium against the imitation: two tabs of one lesson share one draft live and
 * never make two notes of it; an edit that meets a newer version from another tab shows both texts and erases
 * nothing; a worker stopped just after Save never leaves the saved text as a draft nor makes a second copy.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, type MarginBrowser } from './harness/browser';
import { panel } from './harness/panel';
import { addNote, addNoteButton, listedTexts, noteEditor, noteItem, showNotes, stopServiceWorker } from './harness/notes';
import { openWatch, pauseVideo, seekVideo } from './harness/youtube-page';

const LESSON = 'aircAruvnKk';

let browser: MarginBrowser;
let tabA: Page;
let tabB: Page;
/** An extension page, to ask the background directly. */
let extensionPage: Page;

/** Sends one request of Margin's protocol from an extension page, as a view would; answers with the reply. */
function ask(type: string, payload: unknown): Promise<{ ok: boolean; value?: unknown; error?: string }> {
  return extensionPage.evaluate(
    ([t, p]) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<never> } } }).chrome.runtime.sendMessage({ margin: 1, type: t, payload: p }),
    [type, payload] as const,
  );
}
const storedDraftText = async () => {
  const reply = await ask('drafts/get', { videoId: LESSON });
  return (reply.value as { text?: string } | null)?.text ?? null;
};

const status = async (page: Page) => (await panel(page).getByRole('status').allTextContents()).join(' ');
const conflictNotice = (page: Page) => panel(page).getByRole('alert').filter({ hasText: 'changed in another tab' });
const count = (texts: string[], text: string) => texts.filter((t) => t === text).length;

beforeAll(async () => {
  browser = await launchBrowser();
  tabA = await browser.newPage();
  await openWatch(tabA, LESSON);
  await pauseVideo(tabA);
  await showNotes(tabA);
  extensionPage = await browser.context.newPage();
  await extensionPage.goto(`chrome-extension://${browser.extensionId!}/notebook.html`);
  await tabA.bringToFront();
});
afterAll(async () => browser?.close());

describe('two tabs of one lesson', () => {
  it('share the draft live, and saving it in one closes it in the other: one note, never two', async () => {
    await seekVideo(tabA, 300);
    await addNoteButton(tabA).click();
    await noteEditor(tabA).fill('one draft, two tabs');
    // Tab B opens the lesson while A is still typing: it offers the same draft.
    tabB = await browser.context.newPage();
    await openWatch(tabB, LESSON);
    await pauseVideo(tabB);
    await panel(tabB).waitFor();
    await expect.poll(() => noteEditor(tabB).inputValue().catch(() => '')).toBe('one draft, two tabs');

    // A types on: B's editor follows without a reload.
    await tabA.bringToFront();
    await noteEditor(tabA).pressSequentially(', typed on');
    await expect.poll(() => noteEditor(tabB).inputValue()).toBe('one draft, two tabs, typed on');

    await noteEditor(tabA).press('Control+Enter');
    await noteItem(tabA, '5:00', 'one draft, two tabs, typed on').waitFor();
    await noteEditor(tabB).waitFor({ state: 'detached' });
    for (const tab of [tabA, tabB]) {
      await expect.poll(async () => count(await listedTexts(tab), 'one draft, two tabs, typed on')).toBe(1);
    }
    // And it does not come back as a draft.
    await tabB.reload();
    await showNotes(tabB);
    await noteItem(tabB, '5:00', 'one draft, two tabs, typed on').waitFor();
    expect(await panel(tabB).getByRole('textbox', { name: /^Note at / }).count()).toBe(0);
  });

  it('saving the same draft in both tabs at once still makes one note', async () => {
    await tabA.bringToFront();
    await seekVideo(tabA, 320);
    await addNoteButton(tabA).click();
    await noteEditor(tabA).fill('saved twice at once');
    await expect.poll(storedDraftText).toBe('saved twice at once');
    await tabB.reload();
    await showNotes(tabB);
    await expect.poll(() => noteEditor(tabB).inputValue().catch(() => '')).toBe('saved twice at once');
    // B's editor may already be gone when its key comes (A's save closed it): that is the point.
    await Promise.all([
      noteEditor(tabA).press('Control+Enter'),
      noteEditor(tabB).press('Control+Enter', { timeout: 3000 }).catch(() => undefined),
    ]);
    for (const tab of [tabA, tabB]) {
      await expect.poll(async () => count(await listedTexts(tab), 'saved twice at once')).toBe(1);
      await expect.poll(() => panel(tab).getByRole('textbox', { name: /^Note at / }).count()).toBe(0);
    }
  });
});

describe('an edit that meets a newer version', () => {
  it('shows theirs beside the text being written, keeps both, and replaces theirs only when saved again', async () => {
    await tabA.bringToFront();
    await seekVideo(tabA, 340);
    await addNote(tabA, 'the original words');
    await noteItem(tabB, '5:40', 'the original words').waitFor();

    await noteItem(tabA, '5:40').getByRole('button', { name: /^Edit note/ }).click();
    await noteEditor(tabA).fill('my words, from tab A');
    await tabB.bringToFront();
    await noteItem(tabB, '5:40').getByRole('button', { name: /^Edit note/ }).click();
    await noteEditor(tabB).fill('their words, from tab B');
    // A types on, so the draft kept for the lesson is A's when B saves: B's save must not discard it.
    await noteEditor(tabA).fill('my words, from tab A');
    await expect.poll(storedDraftText).toBe('my words, from tab A');
    await noteEditor(tabB).press('Control+Enter');
    await noteItem(tabB, '5:40', 'their words, from tab B').waitFor();

    // A was told, sees B's words, and still holds its own.
    await conflictNotice(tabA).waitFor();
    expect(await conflictNotice(tabA).textContent()).toContain('their words, from tab B');
    expect(await noteEditor(tabA).inputValue()).toBe('my words, from tab A');

    // Use their version, then put A's back: saving now is a knowing choice, and it lands.
    await conflictNotice(tabA).getByRole('button', { name: 'Use their version' }).click();
    expect(await noteEditor(tabA).inputValue()).toBe('their words, from tab B');
    await noteEditor(tabA).fill('my words, from tab A');
    await noteEditor(tabA).press('Control+Enter');
    await noteItem(tabA, '5:40', 'my words, from tab A').waitFor();
    await noteItem(tabB, '5:40', 'my words, from tab A').waitFor();
  });

  it("the notebook too: an edit open there shows the panel's newer save, and keeps its own text", async () => {
    await extensionPage.bringToFront();
    const inNotebook = extensionPage.getByRole('article', { name: 'Note at 5:40', exact: true });
    await inNotebook.getByRole('button', { name: /^Edit note/ }).click();
    const notebookEditor = extensionPage.getByRole('textbox', { name: 'Note at 5:40', exact: true });
    await notebookEditor.fill('words from the notebook');

    await tabA.bringToFront();
    await noteItem(tabA, '5:40').getByRole('button', { name: /^Edit note/ }).click();
    await noteEditor(tabA).fill('newer words from the panel');
    await noteEditor(tabA).press('Control+Enter');
    await noteItem(tabA, '5:40', 'newer words from the panel').waitFor();

    const notice = extensionPage.getByRole('alert').filter({ hasText: 'changed in another tab' });
    await notice.waitFor();
    expect(await notice.textContent()).toContain('newer words from the panel');
    expect(await notebookEditor.inputValue()).toBe('words from the notebook');
    await notebookEditor.press('Escape');
    expect(await ask('notes/list', { videoId: LESSON })).toMatchObject({
      ok: true,
      value: expect.arrayContaining([expect.objectContaining({ text: 'newer words from the panel' })]) as unknown,
    });
  });
});

describe('a worker stopped just after Save', () => {
  it('never leaves the saved text as a draft, and a retry never makes a second copy', async () => {
    await tabB.close();
    await tabA.bringToFront();
    const texts: string[] = [];
    for (let trial = 0; trial < 6; trial++) {
      const text = `saved through a stop, trial ${trial}`;
      texts.push(text);
      await seekVideo(tabA, 400 + trial * 10);
      await addNoteButton(tabA).click();
      await noteEditor(tabA).fill(text);
      await noteEditor(tabA).press('Control+Enter');
      await stopServiceWorker(browser.context, tabA);
      // Saved, or a failure is said with the text kept, and a plain retry saves it. (A save whose reply was
      // lost closes by itself once the note shows up in the list.)
      const failed = await Promise.race([
        noteEditor(tabA).waitFor({ state: 'detached' }).then(() => false),
        expect.poll(() => status(tabA), { timeout: 10_000 }).toMatch(/could not save/).then(() => true),
      ]);
      if (failed) {
        expect(await status(tabA)).not.toMatch(/Reload the page/);
        await noteEditor(tabA).press('Control+Enter', { timeout: 2000 }).catch(() => undefined);
      }
      await noteEditor(tabA).waitFor({ state: 'detached' });
    }
    await tabA.reload();
    await showNotes(tabA);
    await noteItem(tabA, '6:40', texts[0]).waitFor();
    const listed = await listedTexts(tabA);
    for (const text of texts) expect(count(listed, text)).toBe(1);
    expect(await panel(tabA).getByRole('textbox', { name: /^Note at / }).count()).toBe(0);
    expect(await status(tabA)).not.toMatch(/could not keep your draft/);
  });
});
