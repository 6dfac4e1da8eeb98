/**
 * Marks the panel's host for touch: `data-touch` (44 px targets) on the phone site and wherever the main pointer
 * is coarse, following the pointer as it changes (a tablet's keyboard attached or not); `data-phone` on the phone
 * site, whose one column the panel spans.
 */
import { isPhoneSite, wantsTouchTargets } from '@/utils/phone-site';

export function followTouch(doc: Document, host: Element, signal: AbortSignal): void {
  const hostname = doc.location?.hostname ?? '';
  const coarse = doc.defaultView?.matchMedia?.('(pointer: coarse)');
  const apply = () => host.toggleAttribute('data-touch', wantsTouchTargets(hostname, coarse?.matches === true));
  coarse?.addEventListener('change', apply, { signal });
  host.toggleAttribute('data-phone', isPhoneSite(hostname));
  apply();
}
