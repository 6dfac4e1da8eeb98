import { describe, expect, it } from 'vitest';
import { matchesNoteFilter } from '@/components/notes/note-filter';
import type { Note } from '@/utils/notes';

const note = (text: string, tags: string[]): Note => ({
  id: '00000000-0000-4000-8000-000000000001',
  videoId: 'aircAruvnKk',
  t: 10,
  text,
  tags,
  createdAt: 1,
  updatedAt: 1,
});

describe('filtering notes', () => {
  const sigmoid = note('The sigmoid squashes numbers into 0..1', ['activation', 'Functions']);
  it.each([
    ['', true],
    ['   ', true],
    ['SIGMOID', true],
    ['squashes numbers', true],
    ['relu', false],
    ['#activation', true],
    ['#functions', true],
    ['#act', false],
    ['activ', true],
    ['#sigmoid', false],
  ])('%j matches: %s', (filter, expected) => {
    expect(matchesNoteFilter(sigmoid, filter)).toBe(expected);
  });
});
