/**
 * YouTube's site for phones, m.youtube.com (Firefox for Android runs Margin there): what changes for the panel.
 * Pure: takes addresses and facts, touches no browser state.
 */

export const PHONE_SITE_HOST = 'm.youtube.com';
const DESKTOP_HOST = 'www.youtube.com';

export function isPhoneSite(hostname: string): boolean {
  return hostname.toLowerCase() === PHONE_SITE_HOST;
}

/**
 * Whether the panel's targets are sized for a finger (44 px): always on the phone site, and on any page whose main
 * pointer is coarse (a tablet, a touch screen without a mouse).
 */
export function wantsTouchTargets(hostname: string, coarsePointer: boolean): boolean {
  return isPhoneSite(hostname) || coarsePointer;
}

/**
 * The panel's links name www.youtube.com; opened from the phone site they stay on it (same path, query and hash),
 * so the learner is not sent to the desktop site. Any other address, or any other page, is left as it is.
 */
export function onPageHost(href: string, pageUrl: string): string {
  let url: URL;
  let page: URL;
  try {
    page = new URL(pageUrl);
    url = new URL(href, page);
  } catch {
    return href;
  }
  if (!isPhoneSite(page.hostname) || url.hostname !== DESKTOP_HOST) return url.href;
  url.protocol = page.protocol;
  url.host = page.host;
  return url.href;
}
