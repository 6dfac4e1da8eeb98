/**
 * Building the imitation's DOM. Like YouTube, the page builds elements one by one and sets HTML only through
 * its own Trusted Types policy: under the page's CSP any `innerHTML = string` without one throws.
 */

interface TrustedTypePolicyLike {
  createHTML(input: string): unknown;
}
interface TrustedTypesLike {
  createPolicy(name: string, rules: { createHTML: (input: string) => string }): TrustedTypePolicyLike;
}

/** The policy names the CSP's `trusted-types` directive allows (the server sends the same list). */
export const POLICY_NAME = 'youtube-trusted-types';

let policy: TrustedTypePolicyLike | undefined;

function htmlPolicy(): TrustedTypePolicyLike {
  const factory = (window as unknown as { trustedTypes?: TrustedTypesLike }).trustedTypes;
  if (!factory) throw new Error('this imitation needs a browser with Trusted Types');
  // YouTube's policy runs its own sanitizer; every string passed here is built from escaped text.
  policy ??= factory.createPolicy(POLICY_NAME, { createHTML: (input) => input });
  return policy;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Sets markup the page wrote itself, through the page's policy. */
export function setTrustedHtml(element: Element, html: string): void {
  (element as unknown as { innerHTML: unknown }).innerHTML = htmlPolicy().createHTML(html);
}

type Attributes = Record<string, string | boolean | undefined>;
type Child = Node | string | null | undefined | false;

/** `el('div', { id: 'primary', hidden: true }, child, 'text')`; `class` and boolean attributes as in HTML. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs?: Attributes, ...children: Child[]): HTMLElementTagNameMap[K];
export function el(tag: string, attrs?: Attributes, ...children: Child[]): HTMLElement;
export function el(tag: string, attrs: Attributes = {}, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === true) element.setAttribute(name, '');
    else if (typeof value === 'string') element.setAttribute(name, value);
  }
  for (const child of children) {
    if (child) element.append(child);
  }
  return element;
}

export function byId<T extends HTMLElement = HTMLElement>(root: ParentNode, id: string): T {
  const found = root.querySelector<T>(`#${id}`);
  if (!found) throw new Error(`imitation: #${id} is missing`);
  return found;
}

export function formatClock(seconds: number): string {
  const total = Math.max(0, Math.floor(seconds));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}
