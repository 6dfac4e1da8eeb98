/**
 * Finds the maths a learner wrote in a note: `$…$` inline and `$$…$$` on its own, as in TeX, Obsidian and
 * Pandoc. Everything else is text. Pure, so that the panel, the notebook, the print sheet and the exporters
 * agree on what is maths.
 *
 * Pandoc's rule keeps prices from turning into maths: an opening `$` is not followed by a space, a closing `$`
 * is not preceded by a space nor followed by a digit (`$5 and $10` is text). `\$` is a dollar sign, never a
 * delimiter.
 */
export type MathSegment = { kind: 'text'; text: string } | { kind: 'math'; tex: string; display: boolean; source: string };

const DISPLAY = /\$\$([^$]*?[^$\s][^$]*?)\$\$/y;
const INLINE = /\$(?!\s)((?:\\.|[^$\\\n])*?)(?<![\s\\])\$(?!\d)/y;

export function mathSegments(text: string): MathSegment[] {
  // Most notes hold no maths at all: without a `$` the whole text is one piece of text.
  if (!text.includes('$')) return text ? [{ kind: 'text', text }] : [];
  const segments: MathSegment[] = [];
  let plain = '';
  let index = 0;
  while (index < text.length) {
    const char = text[index]!;
    if (char === '\\' && text[index + 1] === '$') {
      plain += '\\$';
      index += 2;
      continue;
    }
    if (char === '$') {
      const found = matchAt(DISPLAY, text, index, true) ?? matchAt(INLINE, text, index, false);
      if (found) {
        if (plain) segments.push({ kind: 'text', text: plain });
        plain = '';
        segments.push(found);
        index += found.source.length;
        continue;
      }
    }
    plain += char;
    index += 1;
  }
  if (plain) segments.push({ kind: 'text', text: plain });
  return segments;
}

type Maths = Extract<MathSegment, { kind: 'math' }>;

function matchAt(pattern: RegExp, text: string, index: number, display: boolean): Maths | undefined {
  pattern.lastIndex = index;
  const match = pattern.exec(text);
  if (!match || match[1]!.trim() === '') return undefined;
  return { kind: 'math', tex: match[1]!.trim(), display, source: match[0] };
}

/** True when a note holds any maths: the panel loads the maths renderer only then. */
export const hasMaths = (text: string): boolean => text.includes('$') && mathSegments(text).some((s) => s.kind === 'math');
