/**
 * When Margin is updated or reloaded while a note is being written, this tab's panel belongs to a Margin that
 * is gone: it cannot save, and the first navigation removes it. So, as it goes, the text being written moves
 * into a small card of its own at the corner of the page, which no navigation removes, saying so, with the text
 * to copy. The new Margin (re-attached to the tab by the background) restores the draft it last stored, at most
 * a second older; the card holds every character. Built from nodes (no HTML strings), in a closed root.
 */
import { attachClosedRoot, ignoreUntrustedEvents } from '@/utils/closed-roots';
import { ORPHANED_MESSAGE } from '@/utils/messaging';

export const KEEPER_TAG = 'margin-kept-text';

const STYLE = `
:host { all: initial; position: fixed; right: 16px; bottom: 16px; z-index: 2147483647; }
.card { font: 14px/1.4 Roboto, Arial, sans-serif; color: #0f0f0f; background: #fff; border: 1px solid #ccc;
  border-left: 4px solid #cc0000; border-radius: 10px; box-shadow: 0 4px 24px rgba(0,0,0,.3); padding: 10px 12px;
  width: min(360px, calc(100vw - 32px)); display: grid; gap: 8px; }
p { margin: 0; font-weight: 500; }
textarea { font: inherit; width: 100%; box-sizing: border-box; min-height: 6em; resize: vertical; color: inherit;
  background: transparent; border: 1px solid #ccc; border-radius: 8px; padding: 6px 8px; }
.actions { display: flex; gap: 8px; justify-content: flex-end; }
button { font: inherit; padding: 4px 12px; border-radius: 16px; border: 1px solid #ccc; background: #f2f2f2; color: inherit; cursor: pointer; }
button:focus-visible, textarea:focus-visible { outline: 2px solid #065fd4; outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  .card { color: #f1f1f1; background: #212121; border-color: #444; }
  textarea, button { border-color: #555; }
  button { background: #3a3a3a; }
}`;

function element<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, text?: string): HTMLElementTagNameMap[K] {
  const made = doc.createElement(tag);
  if (text !== undefined) made.textContent = text;
  return made;
}

/** Shows `text` in a card that stays until the learner dismisses it. Does nothing for blank text. */
export function keepOrphanedText(doc: Document, text: string): void {
  if (text.trim() === '') return;
  const host = doc.createElement(KEEPER_TAG);
  const root = attachClosedRoot(host);
  ignoreUntrustedEvents(root);
  const style = element(doc, 'style', STYLE);
  const card = element(doc, 'section');
  card.className = 'card';
  card.setAttribute('role', 'alert');
  card.setAttribute('aria-label', 'Margin: your text');
  const message = element(doc, 'p', ORPHANED_MESSAGE);
  const hint = element(doc, 'span', 'Copy it into the new panel, or keep it elsewhere.');
  const field = element(doc, 'textarea');
  field.readOnly = true;
  field.value = text;
  field.setAttribute('aria-label', 'Your text');
  const actions = element(doc, 'div');
  actions.className = 'actions';
  const copy = element(doc, 'button', 'Copy');
  copy.type = 'button';
  copy.addEventListener('click', () => {
    field.select();
    void navigator.clipboard?.writeText(text).then(() => (copy.textContent = 'Copied'), () => undefined);
  });
  const dismiss = element(doc, 'button', 'Dismiss');
  dismiss.type = 'button';
  dismiss.addEventListener('click', () => host.remove());
  actions.append(copy, dismiss);
  card.append(message, hint, field, actions);
  root.append(style, card);
  doc.documentElement.append(host);
}

/** The text of the note being written in a panel's root (the side panel's editor, or the fullscreen one). */
export function textBeingWritten(roots: (ParentNode | null | undefined)[]): string {
  for (const root of roots) {
    const field = root?.querySelector<HTMLTextAreaElement>('form.editor textarea');
    if (field && field.value.trim() !== '') {
      const tags = root?.querySelector<HTMLInputElement>('form.editor input[type="text"]')?.value.trim();
      return tags ? `${field.value}\n\nTags: ${tags}` : field.value;
    }
  }
  return '';
}
