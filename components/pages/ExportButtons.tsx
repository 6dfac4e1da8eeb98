import { exportFileName, exportJson, exportMarkdown, type NotesSnapshot } from '@/utils/export';
import type { Note } from '@/utils/notes';
import { downloadText } from './download';

const FORMATS = {
  markdown: { label: 'Export Markdown', type: 'text/markdown;charset=utf-8', render: exportMarkdown },
  json: { label: 'Export JSON', type: 'application/json;charset=utf-8', render: exportJson },
} as const;

/**
 * Downloads every note (whatever the filter shows) as a file. The snapshot is the notebook's own live list, so
 * the click needs no round trip and the download starts within the learner's gesture.
 */
export function ExportButtons({ notes, disabled }: { notes: readonly Note[]; disabled: boolean }) {
  const save = (format: keyof typeof FORMATS) => {
    const snapshot: NotesSnapshot = { notes, exportedAt: Date.now() };
    const { type, render } = FORMATS[format];
    downloadText(exportFileName(format, snapshot.exportedAt), render(snapshot), type);
  };
  return (
    <div class="export" role="group" aria-label="Export all notes">
      {(Object.keys(FORMATS) as (keyof typeof FORMATS)[]).map((format) => (
        <button key={format} type="button" class="secondary" disabled={disabled} onClick={() => save(format)}>
          {FORMATS[format].label}
        </button>
      ))}
    </div>
  );
}
