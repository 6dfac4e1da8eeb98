import type { Note } from '@/utils/notes';

/**
 * `#tag` matches a tag exactly; other words match the note's text or tags, ignoring case. The panel and the
 * notebook filter alike; kept apart from NotesTab so that pages use it without the panel's player hooks.
 */
export function matchesNoteFilter(note: Note, filter: string): boolean {
  const needle = filter.trim().toLowerCase();
  if (needle === '') return true;
  if (needle.startsWith('#')) return note.tags.some((tag) => tag.toLowerCase() === needle.slice(1));
  return note.text.toLowerCase().includes(needle) || note.tags.some((tag) => tag.toLowerCase().includes(needle));
}
