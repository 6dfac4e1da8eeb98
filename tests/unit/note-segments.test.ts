import { describe, expect, it } from 'vitest';
import { noteSegments, type NoteSegment } from '@/utils/note-segments';

const text = (value: string): NoteSegment => ({ kind: 'text', text: value });
const time = (value: string, seconds: number): NoteSegment => ({ kind: 'time', text: value, seconds });

describe('noteSegments', () => {
  it.each<[string, NoteSegment[]]>([
    ['', []],
    ['no times here', [text('no times here')]],
    ['2:42', [time('2:42', 162)]],
    ['see 2:42 for the sigmoid', [text('see '), time('2:42', 162), text(' for the sigmoid')]],
    ['from 1:02:03 to 1:05:00.', [text('from '), time('1:02:03', 3723), text(' to '), time('1:05:00', 3900), text('.')]],
    ['(12:05)', [text('('), time('12:05', 725), text(')')]],
    ['2:42\n3:10', [time('2:42', 162), text('\n'), time('3:10', 190)]],
    ['2:75 is not a time', [text('2:75 is not a time')]],
    ['1:60:00 neither', [text('1:60:00 neither')]],
    ['ratio 3:4 stays text', [text('ratio 3:4 stays text')]],
    ['1:02:03:04 is no clock', [text('1:02:03:04 is no clock')]],
    ['12345:00 too', [text('12345:00 too')]],
  ])('%j', (input, segments) => {
    expect(noteSegments(input)).toEqual(segments);
  });

  it('loses no character of the note', () => {
    const input = 'at 0:05, then 10:30 and 1:00:00; 9:99 stays';
    expect(noteSegments(input).map((segment) => segment.text).join('')).toBe(input);
  });
});
