import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registerPanelPart } from '@/utils/panel-parts';
import { sendRequest } from '@/utils/messaging';
import { registeredMathsRenderer, setMathsLoader } from '@/components/maths/maths-loader';
import { NotesTab } from '@/components/notes/NotesTab';
import { AddNoteInPlayer, NoteOverlay } from '@/components/notes/NoteOverlay';
import type { NotesPart } from '@/components/parts/panel-part-types';

// Injected by the background into the tab of a panel (YouTube, or a lesson page) the first time it shows the notes
// tab or a note's editor in the player. Its components render with the panel's Preact (see wxt.config.ts).
export default defineUnlistedScript(() => {
  // Notes are where maths shows: the renderer is injected, in turn, by the first note that holds some.
  setMathsLoader(async () => {
    if (!registeredMathsRenderer()) await sendRequest('maths/load', {});
    const render = registeredMathsRenderer();
    if (!render) throw new Error('the maths script did not register itself');
    return render;
  });
  registerPanelPart('notes', { NotesTab, NoteOverlay, AddNoteInPlayer } satisfies NotesPart);
});
