import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasMaths, mathSegments, type MathSegment } from '@/utils/maths-segments';

const text = (t: string): MathSegment => ({ kind: 'text', text: t });
const inline = (tex: string): MathSegment => ({ kind: 'math', tex, display: false, source: `$${tex}$` });

describe('mathSegments', () => {
  it.each<[string, MathSegment[]]>([
    ['$x$', [inline('x')]],
    ['σ($w \\cdot a + b$)', [text('σ('), inline('w \\cdot a + b'), text(')')]],
    ['$$\\sum_i x_i$$ then $y$', [{ kind: 'math', tex: '\\sum_i x_i', display: true, source: '$$\\sum_i x_i$$' }, text(' then '), inline('y')]],
    ['prices: $5 and $10', [text('prices: $5 and $10')]],
    ['$ x$ and $x $ are text', [text('$ x$ and $x $ are text')]],
    ['$x$5 is text', [text('$x$5 is text')]],
    ['\\$x\\$ is escaped', [text('\\$x\\$ is escaped')]],
    ['$a\\$b$', [inline('a\\$b')]],
    ['$$ $$', [text('$$ $$')]],
    ['$one\nline$', [text('$one\nline$')]],
    ['', []],
  ])('%j', (input, segments) => {
    expect(mathSegments(input)).toEqual(segments);
  });

  it('loses nothing: the segments put back together are the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('$', '\\', 'x', ' ', '5', '\n', '{', '}') }), (input) => {
        expect(mathSegments(input).map((s) => (s.kind === 'text' ? s.text : s.source)).join('')).toBe(input);
      }),
    );
  });

  it('hasMaths says whether the renderer is needed', () => {
    expect([hasMaths('no maths'), hasMaths('costs $5'), hasMaths('$\\partial C$')]).toEqual([false, false, true]);
  });
});
