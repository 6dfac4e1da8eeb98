/** Follows YouTube's light and dark theme (YouTube marks dark with an attribute on <html>). */
export function followTheme(doc: Document, host: Element, signal: AbortSignal): void {
  const apply = () => host.setAttribute('data-theme', doc.documentElement.hasAttribute('dark') ? 'dark' : 'light');
  const observer = new MutationObserver(apply);
  observer.observe(doc.documentElement, { attributes: true, attributeFilter: ['dark'] });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  apply();
}
