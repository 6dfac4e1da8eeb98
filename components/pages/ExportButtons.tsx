import { useEffect, useState } from 'preact/hooks';
import { backupNotes, backupParts, backupSettings } from '@/utils/backup';
import { exportFileName, markdownParts, type NotesSnapshot } from '@/utils/export';
import { csvFileName, csvParts } from '@/utils/export-csv';
import { RunBlobs, type FilePart } from '@/utils/file-parts';
import { sendRequest } from '@/utils/messaging';
import type { Note } from '@/utils/notes';
import { downloadBlob } from './download';

type Format = 'markdown' | 'json' | 'csv' | 'anki';

const LABELS: Record<Format, string> = { json: 'JSON', markdown: 'Markdown', csv: 'CSV', anki: 'Anki' };
const TYPES: Record<Format, string> = {
  json: 'application/json;charset=utf-8',
  markdown: 'text/markdown;charset=utf-8',
  csv: 'text/csv;charset=utf-8',
  anki: 'text/plain;charset=utf-8',
};

/** The deleted notes, which only the background holds whole: read ahead of the click (useAllNotes). */
export type Tombstones = () => Promise<Note[]>;

// The catalog (chapters, glossary) is loaded only for the Anki file: the notebook itself needs the outline only.
const loadAnki = () => Promise.all([import('@/utils/export-anki'), import('@/utils/series-data')]);

/** Each format's runs of notes as Blobs, kept between clicks (utils/file-parts.ts). */
const prepared: Record<Format, RunBlobs> = { json: new RunBlobs(), markdown: new RunBlobs(), csv: new RunBlobs(), anki: new RunBlobs() };

async function fileOf(format: Format, snapshot: NotesSnapshot, glossary: boolean, tombstones: Tombstones): Promise<[string, FilePart[]]> {
  switch (format) {
    case 'markdown':
      return [exportFileName('markdown', snapshot.exportedAt), markdownParts(snapshot)];
    case 'json': {
      // The complete backup: the notes shown here, the tombstones read ahead, and progress and settings as they
      // are now (small: read at the click).
      const [deleted, progress, settings] = await Promise.all([tombstones(), sendRequest('progress/list-all', {}), sendRequest('settings/get', {})]);
      const backup = { notes: backupNotes(snapshot.notes, deleted), progress, settings: backupSettings(settings), exportedAt: snapshot.exportedAt };
      return [exportFileName('json', snapshot.exportedAt), backupParts(backup)];
    }
    case 'csv':
      return [csvFileName(snapshot.exportedAt), csvParts(snapshot)];
    case 'anki': {
      const [{ ankiParts, ankiFileName }, { SERIES }] = await loadAnki();
      return [ankiFileName(snapshot.exportedAt), ankiParts(snapshot, { videos: SERIES, glossary })];
    }
  }
}

type Deadline = { timeRemaining(): number };
type Idle = (work: (deadline: Deadline) => void) => number;

/**
 * Writes the notes' part of every file while the page is idle, a few milliseconds at a time, as Blobs of runs of
 * notes, so that a click mostly joins what is ready: 10,000 notes take some 100 ms per format to write, and
 * 30-70 ms more to become a Blob. After an edit only the edited note's run is written again. The text itself is
 * not kept (some 20 MB of strings for 10,000 notes in four formats): the Blobs' bytes live outside the page's heap.
 */
function usePreparedFiles(notes: readonly Note[], ready: boolean): void {
  useEffect(() => {
    if (!ready) return undefined;
    const idle: Idle = globalThis.requestIdleCallback ?? ((work) => setTimeout(() => work({ timeRemaining: () => 8 }), 50) as unknown as number);
    const cancel = globalThis.cancelIdleCallback ?? clearTimeout;
    let handle = 0;
    let stopped = false;
    const snapshot = { notes, exportedAt: 0 };
    // One format after another, in the buttons' order; the Anki file's cards need the catalog.
    const steps: (() => Promise<[Format, FilePart[]]>)[] = [
      // The live notes alone, without waiting for the tombstones: the few runs a tombstone falls into are written at the click.
      async () => ['json', backupParts({ notes, progress: [], settings: {}, exportedAt: 0 })],
      async () => ['markdown', markdownParts(snapshot)],
      async () => ['csv', csvParts(snapshot)],
      async () => {
        const [{ ankiParts }, { SERIES }] = await loadAnki();
        return ['anki', ankiParts(snapshot, { videos: SERIES, glossary: false })];
      },
    ];
    const run = async () => {
      for (const step of steps) {
        const [format, parts] = await step();
        await new Promise<void>((done) => {
          const slice = (deadline: Deadline) => {
            if (stopped) return;
            const until = performance.now() + 8;
            const more = () => deadline.timeRemaining() > 1 && performance.now() < until;
            if (prepared[format].prepare(parts, more)) done();
            else handle = idle(slice);
          };
          handle = idle(slice);
        });
        if (stopped) return;
      }
    };
    run().catch(() => undefined); // only a head start: the click writes whatever is missing
    return () => {
      stopped = true;
      cancel(handle);
    };
  }, [notes, ready]);
}

/**
 * Downloads every note (whatever the filter shows) as a file. The snapshot is the notebook's own live list, so
 * the click needs no round trip for the notes and the download starts within the learner's gesture.
 */
export function ExportButtons({ notes, disabled, tombstones }: { notes: readonly Note[]; disabled: boolean; tombstones: Tombstones }) {
  const [glossary, setGlossary] = useState(false);
  usePreparedFiles(notes, !disabled);
  const save = async (format: Format) => {
    const snapshot: NotesSnapshot = { notes, exportedAt: Date.now() };
    const [name, parts] = await fileOf(format, snapshot, glossary, tombstones);
    downloadBlob(name, prepared[format].blob(parts, TYPES[format]));
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
