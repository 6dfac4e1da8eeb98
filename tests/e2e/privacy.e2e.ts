/**
 * youtube.com's own scripts against Margin, in Chromium with the production behaviour (closed roots, no test
 * hook): from the page's main world, nothing of a note can be read, nothing can be created, changed or deleted,
 * Margin's id is never announced, and a forged WXT start-up event does not switch Margin off.
 * Margin's side is observed through the DevTools protocol (harness/margin-world.ts), and acted on only with
 * real input (the mouse and keyboard of the DevTools protocol).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Note } from '@/utils/notes';
import { launchBrowser, type MarginBrowser } from './harness/browser';
import { marginWorld, type MarginWorld } from './harness/margin-world';
import { MARGIN_HOST_TAGS } from './harness/open-roots';
import { sendAddNoteCommand } from './harness/notes';
import { clearShortcuts, openWatch, pauseVideo, recordedShortcuts, seekVideo, spaNavigate } from './harness/youtube-page';

const LESSON = 'aircAruvnKk';
const NEXT_LESSON = 'IHZwWFHWa-w';
/** Words no page may read: three notes and their tags. */
const SECRETS = [
  { t: 100, text: 'privatealpha my own words about neurons', tags: ['privatetagone'] },
  { t: 400, text: 'privatebravo weights and biases, in my words', tags: [] },
  { t: 700, text: 'privatecharlie a third note', tags: ['privatetagtwo'] },
];
const SECRET_WORDS = ['privatealpha', 'privatebravo', 'privatecharlie', 'privatetagone', 'privatetagtwo', 'privatedelta', 'privatefoxtrot'];

let browser: MarginBrowser;
let page: Page;
let world: MarginWorld;

declare global {
  interface Window {
    /** Every `message` event the page received, from its first instant (recorded by an init script). */
    __messages?: string[];
  }
}

const notesOf = (videoId: string) => world.request<Note[]>('notes/list', { videoId });

/** Everything the page's main world can read of its DOM: text, attributes and styles, through every open root. */
function readableByPage(target: Page): Promise<string> {
  return target.evaluate(() => {
    const parts: string[] = [document.title, document.body.innerText];
    const visit = (root: Document | ShadowRoot) => {
      for (const element of root.querySelectorAll('*')) {
        for (const name of element.getAttributeNames()) parts.push(element.getAttribute(name) ?? '');
        if (element.shadowRoot) {
          parts.push(element.shadowRoot.textContent ?? '');
          visit(element.shadowRoot);
        }
        if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) parts.push(element.value);
      }
    };
    parts.push(document.documentElement.textContent ?? '');
    visit(document);
    for (const sheet of document.styleSheets) {
      try {
        for (const rule of sheet.cssRules) parts.push(rule.cssText);
      } catch {
        // A cross-origin sheet: nothing of Margin's.
      }
    }
    return parts.join('\n');
  });
}

function secretsIn(text: string): string[] {
  return SECRET_WORDS.filter((word) => text.includes(word));
}

beforeAll(async () => {
  browser = await launchBrowser({ openRoots: false });
  page = await browser.newPage();
  await page.addInitScript(() => {
    window.__messages = [];
    window.addEventListener('message', (event) => window.__messages!.push(JSON.stringify(event.data) ?? String(event.data)), true);
  });
  world = await marginWorld(browser.context, page, browser.extensionId!);
  await openWatch(page, LESSON);
  await pauseVideo(page);
  for (const note of SECRETS) await world.request('notes/create', { videoId: LESSON, ...note });
});
afterAll(async () => {
  await world?.detach();
  await browser?.close();
});

async function clickInside(tag: string, selector: string): Promise<void> {
  const at = await world.centreOf(tag, selector);
  if (!at) throw new Error(`nothing matches ${selector} in <${tag}>`);
  await page.mouse.click(at.x, at.y);
}

async function openNotesTab(): Promise<void> {
  await expect.poll(() => world.centreOf('margin-panel', '[role="tab"]')).not.toBeNull();
  const tab = await world.evaluate<string | null>(`(() => {
    const root = chrome.dom.openOrClosedShadowRoot(document.querySelector('margin-panel'));
    const tab = [...root.querySelectorAll('[role="tab"]')].find((t) => t.textContent.trim() === 'Notes');
    if (!tab) return null;
    tab.id ||= 'margin-test-notes-tab';
    return '#' + CSS.escape(tab.id);
  })()`);
  if (!tab) throw new Error('the panel has no Notes tab');
  await clickInside('margin-panel', tab);
  await expect.poll(() => world.rootText('margin-panel')).toContain('privatecharlie');
}

describe("Margin's hosts, seen from youtube.com's scripts", () => {
  it('have no shadow root the page can reach, though Margin shows the notes inside them', async () => {
    await openNotesTab();
    await expect.poll(() => page.evaluate(() => document.querySelector('margin-markers') !== null)).toBe(true);
    const seen = await page.evaluate((tags) => tags.map((tag) => {
      const host = document.querySelector(tag);
      return { tag, present: host !== null, shadowRoot: host ? host.shadowRoot : 'absent' };
    }), [...MARGIN_HOST_TAGS]);
    // The fullscreen editor's host is made only when a note is written there (its root is checked below, then).
    expect(seen).toEqual(MARGIN_HOST_TAGS.map((tag) => (tag === 'margin-overlay' ? { tag, present: false, shadowRoot: 'absent' } : { tag, present: true, shadowRoot: null })));
    // Not a vacuous check: Margin's own world sees all three notes and the ticks.
    const text = await world.rootText('margin-panel');
    for (const note of SECRETS) expect(text).toContain(note.text);
    expect(await world.evaluate<number>(`chrome.dom.openOrClosedShadowRoot(document.querySelector('margin-markers')).querySelectorAll('.tick-note').length`)).toBe(3);
  });

  it('leave no note text anywhere in the page, with a tick label shown and a note being written', async () => {
    // Hover the tick of the note at 6:40: its label shows the note's words.
    const tick = await world.centreOf('margin-markers', '.tick-note[data-t="400"]');
    await page.mouse.move(tick!.x, tick!.y);
    await expect.poll(() => world.rootText('margin-markers')).toContain('privatebravo');
    // And a draft in the editor, typed for real.
    await seekVideo(page, 300);
    await clickInside('margin-panel', 'button.add-note');
    await expect.poll(() => world.centreOf('margin-panel', 'textarea')).not.toBeNull();
    await clearShortcuts(page);
    await page.keyboard.type('privatedelta kept to myself');
    await expect.poll(() => world.evaluate<string>(`chrome.dom.openOrClosedShadowRoot(document.querySelector('margin-panel')).querySelector('textarea').value`)).toBe('privatedelta kept to myself');

    expect(secretsIn(await readableByPage(page))).toEqual([]);
    // The keys reached the note, not YouTube's shortcuts, through the closed root.
    expect(await recordedShortcuts(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await page.mouse.move(0, 0);
  });
});

describe('the fullscreen editor, closed', () => {
  it("takes the learner's keys, keeps the words from the page, and saves", async (context) => {
    await page.bringToFront();
    await page.locator('#movie_player .ytp-fullscreen-button').click();
    const fullscreen = () => page.evaluate(() => document.fullscreenElement !== null);
    const refused = () => page.evaluate(() => window.__yt!.fullscreenRefusals > 0);
    await expect.poll(async () => (await fullscreen()) || (await refused())).toBe(true);
    if (!(await fullscreen())) context.skip('headless Chromium refused fullscreen');
    try {
      await seekVideo(page, 500);
      await clearShortcuts(page);
      expect(await sendAddNoteCommand(browser.worker!)).toEqual({ handled: true });
      await expect.poll(() => world.centreOf('margin-overlay', 'textarea')).not.toBeNull();
      await page.keyboard.type('privatefoxtrot written in fullscreen');
      const typed = `chrome.dom.openOrClosedShadowRoot(document.querySelector('margin-overlay')).querySelector('textarea')?.value`;
      await expect.poll(() => world.evaluate<string>(typed)).toBe('privatefoxtrot written in fullscreen');
      expect(secretsIn(await readableByPage(page))).toEqual([]);
      expect(await page.evaluate(() => document.querySelector('margin-overlay')?.shadowRoot)).toBeNull();
      await page.keyboard.press('Control+Enter');
      await expect.poll(async () => (await notesOf(LESSON)).map((n) => n.text)).toContain('privatefoxtrot written in fullscreen');
      expect(await recordedShortcuts(page)).toEqual([]);
    } finally {
      if (await world.centreOf('margin-overlay', 'textarea')) await page.keyboard.press('Escape');
      await page.evaluate(() => (document.fullscreenElement ? document.exitFullscreen() : undefined));
      await expect.poll(fullscreen).toBe(false);
    }
  });
});

describe("youtube.com's scripts acting on Margin", () => {
  it('create, change and delete nothing with scripted clicks, keys and input', async () => {
    const before = await notesOf(LESSON);
    const addAt = await world.centreOf('margin-panel', 'button.add-note');
    const deleteAt = await world.centreOf('margin-panel', 'button.danger');
    expect(addAt && deleteAt).toBeTruthy();
    await page.evaluate(([add, del]) => {
      const fire = (target: Element, point: { x: number; y: number }) => {
        for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) {
          target.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true, cancelable: true, clientX: point.x, clientY: point.y }));
        }
        (target as HTMLElement).click();
      };
      for (const point of [add!, del!]) fire(document.elementFromPoint(point.x, point.y)!, point);
      const host = document.querySelector('margin-panel')!;
      host.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: 'forged' }));
      for (const key of ['Enter', 'Delete', 'n']) {
        host.dispatchEvent(new KeyboardEvent('keydown', { key, ctrlKey: key === 'Enter', bubbles: true, composed: true }));
      }
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'N', altKey: true, shiftKey: true, bubbles: true }));
    }, [addAt, deleteAt] as const);
    expect(await notesOf(LESSON)).toEqual(before);
    expect(await world.centreOf('margin-panel', 'textarea')).toBeNull();
  });

  it('still do nothing should a root ever be reached: scripted events inside it are ignored', async () => {
    // The strongest scripted attacker: events dispatched on the very buttons and fields, inside the root.
    const before = await notesOf(LESSON);
    const outcome = await world.evaluate<{ editorOpened: boolean }>(`(() => {
      const root = chrome.dom.openOrClosedShadowRoot(document.querySelector('margin-panel'));
      root.querySelector('button.add-note').click();
      const editorOpened = root.querySelector('textarea') !== null;
      for (const button of root.querySelectorAll('button.danger, button.link')) button.click();
      return { editorOpened };
    })()`);
    expect(outcome).toEqual({ editorOpened: false });
    expect(await notesOf(LESSON)).toEqual(before);

    // A real click opens the editor; scripted input and submit still change nothing.
    await clickInside('margin-panel', 'button.add-note');
    await expect.poll(() => world.centreOf('margin-panel', 'textarea')).not.toBeNull();
    await world.evaluate(`(() => {
      const root = chrome.dom.openOrClosedShadowRoot(document.querySelector('margin-panel'));
      const field = root.querySelector('textarea');
      field.value = 'forged by a script';
      field.dispatchEvent(new Event('input', { bubbles: true }));
      field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
      root.querySelector('button[type="submit"]').click();
      root.querySelector('form').dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    })()`);
    expect(await notesOf(LESSON)).toEqual(before);

    // The learner's own keys still save, through the closed root.
    await page.keyboard.press('Control+A');
    await page.keyboard.type('privateecho typed by a person');
    await page.keyboard.press('Control+Enter');
    await expect.poll(async () => (await notesOf(LESSON)).map((n) => n.text)).toContain('privateecho typed by a person');
    expect((await notesOf(LESSON)).some((n) => n.text.includes('forged'))).toBe(false);
  });
});

describe("WXT's start-up event", () => {
  it("never tells the page Margin's id", async () => {
    const messages = await page.evaluate(() => window.__messages ?? []);
    expect(messages.filter((m) => m.includes(browser.extensionId!) || m.includes('wxt'))).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).not.toContain(browser.extensionId!);
  });

  it('forged by the page, leaves the panel in place; the next navigation shows it for the next lesson', async () => {
    const removed = await page.evaluate((id) => {
      document.dispatchEvent(new CustomEvent(`${id}:youtube:wxt:content-script-started`, { detail: { contentScriptName: 'youtube', messageId: 'forged' } }));
      return document.querySelector('margin-panel')?.isConnected !== true;
    }, browser.extensionId!);
    expect(removed).toBe(false);
    expect(await world.rootText('margin-panel')).toContain('privatecharlie');

    await spaNavigate(page, `/watch?v=${NEXT_LESSON}`);
    await expect.poll(() => world.rootText('margin-panel')).toContain('Gradient descent');
    expect(await page.evaluate(() => document.querySelectorAll('margin-panel').length)).toBe(1);
  });
});
