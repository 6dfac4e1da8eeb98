/** A note as the store would make it, for tests: every field filled, each id and time unique unless given. */
import type { Note } from '@/utils/notes';

let counter = 0;

export function makeNote(fields: Partial<Note> = {}): Note {
  counter += 1;
  return {
    id: `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`,
    videoId: 'aircAruvnKk',
    t: 162,
    text: 'A neuron holds a number',
    tags: [],
    createdAt: 1_700_000_000_000 + counter,
    updatedAt: 1_700_000_000_000 + counter,
    ...fields,
  };
}
