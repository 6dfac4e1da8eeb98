/** What a panel's live confirmation brings (see `withNotes` in utils/live-protocol.ts): a lesson's notes and the settings. */
import type { SeriesVideoId } from '@/utils/series-ids';
import type { LessonSnapshot } from '@/utils/live-protocol';
import { systemClock, type Clock } from './clock';
import type { Connect } from './db/connection';
import { createNotesStore } from './db/notes-store';
import { createSettingsStore } from './db/settings-store';

export function createLessonReader(connect: Connect, clock: Clock = systemClock): (videoId: SeriesVideoId) => Promise<LessonSnapshot> {
  const notes = createNotesStore(connect, clock);
  const settings = createSettingsStore(connect);
  return async (videoId) => {
    const [list, current] = await Promise.all([notes.list(videoId), settings.get()]);
    return { notes: list, settings: current };
  };
}
