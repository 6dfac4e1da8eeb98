/**
 * temml as Margin uses it: TeX in, MathML elements out. `temml.render` builds its output with createElementNS,
 * setAttribute and createTextNode (no HTML string on this path), so it is safe under YouTube's Trusted Types.
 * It renders into a detached element first, so that TeX it cannot read leaves the target untouched.
 * `trust: false` (the default, said again here): \href, \class, \style and the like are refused.
 */
import temml from 'temml';
import type { MathsRenderer } from './maths-loader';

export const renderMaths: MathsRenderer = (tex, display, target) => {
  const scratch = target.ownerDocument.createElement('span');
  try {
    temml.render(tex, scratch, { displayMode: display, throwOnError: true, trust: false, annotate: true });
  } catch {
    return false;
  }
  target.replaceChildren(...scratch.childNodes);
  return true;
};
