import { useState } from 'preact/hooks';
import { backupSettings, exportBackup } from '@/utils/backup';
import { exportFileName, exportMarkdown, type NotesSnapshot } from '@/utils/export';
import { sendRequest } from '@/utils/messaging';
import { csvFileName, exportCsv } from '@/utils/export-csv';
import type { Note } from '@/utils/notes';
import { downloadText } from './download';

type Format = 'markdown' | 'json' | 'csv' | 'anki';

const LABELS: Record<Format, string> = { json: 'JSON', markdown: 'Markdown', csv: 'CSV', anki: 'Anki' };

async function render(format: Format, snapshot: NotesSnapshot, glossary: boolean): Promise<[string, string, string]> {
  switch (format) {
    case 'markdown':
      return [exportFileName('markdown', snapshot.exportedAt), exportMarkdown(snapshot), 'text/markdown;charset=utf-8'];
    case 'json': {
      // The complete backup: tombstones, progress and settings too, which only the background holds.
      const everything = await sendRequest('backup/get', {});
      const text = exportBackup({ ...everything, settings: backupSettings(everything.settings), exportedAt: snapshot.exportedAt });
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

/**
 * Downloads every note (whatever the filter shows) as a file. The snapshot is the notebook's own live list, so
 * the click needs no round trip and the download starts within the learner's gesture.
 */
export function ExportButtons({ notes, disabled }: { notes: readonly Note[]; disabled: boolean }) {
  const [glossary, setGlossary] = useState(false);
  const save = async (format: Format) => {
    const snapshot: NotesSnapshot = { notes, exportedAt: Date.now() };
    const [name, text, type] = await render(format, snapshot, glossary);
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
