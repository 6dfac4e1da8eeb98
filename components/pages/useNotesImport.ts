import { useRef, useState } from 'preact/hooks';
import { importTooBig, parseNotesImport } from '@/utils/import';
import type { ImportMode } from '@/utils/import-plan';
import { sendRequest } from '@/utils/messaging';
import type { ImportRequest, ImportSummary } from '@/utils/protocol';

/** A file that was not imported, and why: every problem the importer found, or the background's refusal. */
export interface ImportFailure {
  fileName: string;
  errors: string[];
}

/** An import waiting for the learner's word: what it holds and what it would do. */
export interface PendingImport {
  /** The file's name, or what the lines were pasted into. */
  source: string;
  request: Omit<ImportRequest, 'mode' | 'preview'>;
  /** Lines files cannot replace everything: they add to one video. */
  canReplace: boolean;
  mode: ImportMode;
  summary: ImportSummary;
  /** Lines that were not read (a lines import), each with why. */
  skipped: string[];
}

export interface NotesImport {
  busy: boolean;
  failure: ImportFailure | null;
  pending: PendingImport | null;
  /** When the automatic backup was taken by the last "replace everything" (this page's), if it was. */
  autoBackupAt: number | null;
  importFile: (file: File) => Promise<void>;
  /** Shows the preview of notes made elsewhere (the lines import). */
  previewNotes: (source: string, request: PendingImport['request'], skipped: string[]) => Promise<void>;
  setMode: (mode: ImportMode) => Promise<void>;
  confirm: () => Promise<void>;
  cancel: () => void;
  dismiss: () => void;
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** What an applied import did, in one sentence for the status line. */
export function importSummaryText(summary: ImportSummary): string {
  const { added, updated, unchanged, deleted, conflicts } = summary;
  const parts = [`${added} new`, `${updated} updated`, `${unchanged} unchanged`, `${deleted} deleted`];
  let line = `Imported: ${parts.join(', ')}.`;
  if (conflicts > 0) line += ` ${plural(conflicts, 'note')} had a different edit on each side: the later one is kept.`;
  if (summary.progress > 0) line += ` Watch progress of ${plural(summary.progress, 'video')} restored.`;
  if (summary.settings > 0) line += ` ${plural(summary.settings, 'preference')} restored.`;
  return line;
}

async function readFile(file: File): Promise<{ ok: true; text: string } | { ok: false; errors: string[] }> {
  // Checked before reading: a file far too big is never loaded into the page.
  const tooBig = importTooBig(file.size);
  if (tooBig) return { ok: false, errors: [tooBig] };
  try {
    return { ok: true, text: await file.text() };
  } catch (error) {
    return { ok: false, errors: [`Margin could not read the file (${describe(error)}).`] };
  }
}

/**
 * Importing in the notebook, in two steps: the file (or pasted lines) is read and checked, the background says
 * what it would do (nothing written), and only the learner's confirmation applies it. "Replace everything"
 * keeps an automatic backup first, offered for download. The imported notes reach the page like any other
 * change, by the background's live push.
 */
export function useNotesImport(report: (status: string) => void): NotesImport {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ImportFailure | null>(null);
  const [pending, setPending] = useState<PendingImport | null>(null);
  const [autoBackupAt, setAutoBackupAt] = useState<number | null>(null);
  // A ref as well as state: a second file chosen before the first is done must be refused at once.
  const running = useRef(false);

  const run = async (source: string, work: () => Promise<void>) => {
    if (running.current) return;
    running.current = true;
    setBusy(true);
    try {
      await work();
    } catch (error) {
      report('');
      setPending(null);
      setFailure({ fileName: source, errors: [describe(error)] });
    } finally {
      running.current = false;
      setBusy(false);
    }
  };

  const preview = async (next: Omit<PendingImport, 'summary'>) => {
    const summary = await sendRequest('notes/import', { ...next.request, mode: next.mode, preview: true });
    setPending({ ...next, summary });
    report('');
  };

  return {
    busy,
    failure,
    pending,
    autoBackupAt,
    importFile: (file) =>
      run(file.name, async () => {
        setFailure(null);
        setPending(null);
        report(`Reading ${file.name}…`);
        const read = await readFile(file);
        const parsed = read.ok ? parseNotesImport(read.text) : read;
        if (!parsed.ok) {
          report('');
          setFailure({ fileName: file.name, errors: parsed.errors });
          return;
        }
        if (parsed.notes.length === 0 && parsed.progress.length === 0 && Object.keys(parsed.settings).length === 0) {
          report('That file holds no notes: there was nothing to import.');
          return;
        }
        const { notes, progress, settings } = parsed;
        await preview({ source: file.name, request: { notes, progress: [...progress], settings }, canReplace: true, mode: 'merge', skipped: [] });
      }),
    previewNotes: (source, request, skipped) =>
      run(source, async () => {
        setFailure(null);
        await preview({ source, request, canReplace: false, mode: 'merge', skipped });
      }),
    setMode: (mode) => {
      if (!pending) return Promise.resolve();
      // The choice shows at once; its counts follow when the background has planned it.
      setPending({ ...pending, mode });
      return run(pending.source, () => preview({ ...pending, mode }));
    },
    confirm: () =>
      pending
        ? run(pending.source, async () => {
            const summary = await sendRequest('notes/import', { ...pending.request, mode: pending.mode, preview: false });
            setPending(null);
            if (summary.autoBackupAt !== undefined) setAutoBackupAt(summary.autoBackupAt);
            report(importSummaryText(summary));
          })
        : Promise.resolve(),
    cancel: () => {
      setPending(null);
      report('Nothing was imported.');
    },
    dismiss: () => setFailure(null),
  };
}
