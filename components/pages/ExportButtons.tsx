import { useEffect, useState } from 'preact/hooks';
import { backupNoteBlock, backupNotes, backupSettings, exportBackup } from '@/utils/backup';
import { exportFileName, exportMarkdown, markdownNote, type NotesSnapshot } from '@/utils/export';
import { sendRequest } from '@/utils/messaging';
import { csvFileName, csvRow, exportCsv } from '@/utils/export-csv';
import type { Note } from '@/utils/notes';
import { downloadText } from './download';

type Format = 'markdown' | 'json' | 'csv' | 'anki';

const LABELS: Record<Format, string> = { json: 'JSON', markdown: 'Markdown', csv: 'CSV', anki: 'Anki' };

/** The deleted notes, which only the background holds whole: read ahead of the click (useAllNotes). */
export type Tombstones = () => Promise<Note[]>;

async function render(format: Format, snapshot: NotesSnapshot, glossary: boolean, tombstones: Tombstones): Promise<[string, string, string]> {
  switch (format) {
    case 'markdown':
      return [exportFileName('markdown', snapshot.exportedAt), exportMarkdown(snapshot), 'text/markdown;charset=utf-8'];
    case 'json': {
      // The complete backup: the notes shown here, the tombstones read ahead, and progress and settings as they
      // are now (small: read at the click).
      const [deleted, progress, settings] = await Promise.all([tombstones(), sendRequest('progress/list-all', {}), sendRequest('settings/get', {})]);
      const text = exportBackup({ notes: backupNotes(snapshot.notes, deleted), progress, settings: backupSettings(settings), exportedAt: snapshot.exportedAt });
      return [exportFileName('json', snapshot.exportedAt), text, 'application/json;charset=utf-8'];
    }
    case 'csv':
      return [csvFileName(snapshot.exportedAt), exportCsv(snapshot), 'text/csv;charset=utf-8'];
    case 'anki': {
      // The catalog (chapters, glossary) is loaded only for this export: the notebook itself needs the outline only.
      const [{ exportAnki, ankiFileName }, { SERIES }] = await Promise.all([import('@/utils/export-anki'), import('@/utils/series-data')]);
      return [ankiFileName(snapshot.exportedAt), exportAnki(snapshot, { videos: SERIES, glossary }), 'text/plain;charset=utf-8'];
    }
  }
}

type Idle = (work: (deadline: { timeRemaining(): number }) => void) => number;

/**
 * Writes each note's part of the Markdown, CSV and JSON files while the page is idle, a few milliseconds at a
 * time, so that a click only joins them: 10,000 notes take some 100 ms per format to write, once. The parts are
 * kept per note object, so after an edit only that note is written again.
 */
function usePreparedParts(notes: readonly Note[], ready: boolean): void {
  useEffect(() => {
    if (!ready) return undefined;
    const idle: Idle = globalThis.requestIdleCallback ?? ((work) => setTimeout(() => work({ timeRemaining: () => 8 }), 50) as unknown as number);
    const cancel = globalThis.cancelIdleCallback ?? clearTimeout;
    let next = 0;
    let handle = 0;
    const step = (deadline: { timeRemaining(): number }) => {
      const until = performance.now() + 8;
      while (next < notes.length && deadline.timeRemaining() > 1 && performance.now() < until) {
        const note = notes[next++]!;
        markdownNote(note);
        csvRow(note);
        backupNoteBlock(note);
      }
      if (next < notes.length) handle = idle(step);
    };
    handle = idle(step);
    return () => cancel(handle);
  }, [notes, ready]);
}

/**
 * Downloads every note (whatever the filter shows) as a file. The snapshot is the notebook's own live list, so
 * the click needs no round trip for the notes and the download starts within the learner's gesture.
 */
export function ExportButtons({ notes, disabled, tombstones }: { notes: readonly Note[]; disabled: boolean; tombstones: Tombstones }) {
  const [glossary, setGlossary] = useState(false);
  usePreparedParts(notes, !disabled);
  const save = async (format: Format) => {
    const snapshot: NotesSnapshot = { notes, exportedAt: Date.now() };
    const [name, text, type] = await render(format, snapshot, glossary, tombstones);
    downloadText(name, text, type);
  };
  return (
    <div class="export" role="group" aria-label="Export all notes">
      <span class="export-label" aria-hidden="true">Export</span>
      {(Object.keys(LABELS) as Format[]).map((format) => (
        <button key={format} type="button" class="secondary" disabled={disabled} onClick={() => void save(format)}
          aria-label={`Export ${LABELS[format]}`}>
          {LABELS[format]}
        </button>
      ))}
      <label class="export-option">
        <input type="checkbox" checked={glossary} onChange={(event) => setGlossary(event.currentTarget.checked)} />
        Anki: add glossary cards
      </label>
    </div>
  );
}
