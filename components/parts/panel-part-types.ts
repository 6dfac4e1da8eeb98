/** What each of the panel's later parts (utils/panel-parts.ts) made of components gives the panel. */
import type { Glossary } from '../Glossary';
import type { NotesTab } from '../notes/NotesTab';
import type { AddNoteInPlayer, NoteOverlay } from '../notes/NoteOverlay';

export interface NotesPart {
  NotesTab: typeof NotesTab;
  NoteOverlay: typeof NoteOverlay;
  AddNoteInPlayer: typeof AddNoteInPlayer;
}

export interface GlossaryPart {
  Glossary: typeof Glossary;
}
