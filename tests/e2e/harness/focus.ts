/**
 * Where keyboard focus is, as a learner would say it: the focused control's role and accessible name inside the
 * panel ("button Add note at 6:40"), or the page element that holds it when the panel does not.
 */
import type { Page } from 'playwright-core';
import { panel } from './panel';

export async function focusedControl(page: Page): Promise<string> {
  const inPanel = panel(page).locator(':focus');
  if ((await inPanel.count()) === 1) {
    return inPanel.evaluate((element) => {
      const role = element.getAttribute('role') ?? element.localName;
      const name = element.getAttribute('aria-label') ?? element.textContent ?? '';
      return `${role} ${name.replace(/\s+/g, ' ').trim()}`;
    });
  }
  return page.evaluate(() => {
    const active = document.activeElement;
    return `page ${active ? active.localName + (active.id ? `#${active.id}` : '') : 'nothing'}`;
  });
}

/** Presses Tab until focus leaves the panel (at most `limit` times); returns how many stops were inside it. */
export async function tabStopsUntilOutside(page: Page, limit = 200): Promise<number> {
  for (let stops = 0; stops < limit; stops++) {
    await page.keyboard.press('Tab');
    if ((await panel(page).locator(':focus').count()) === 0) return stops;
  }
  throw new Error(`still inside the panel after ${limit} Tabs`);
}

/** The panel's status line ("Note saved at 6:40"). */
export const panelStatus = (page: Page): Promise<string> => panel(page).locator('p.status').innerText();
