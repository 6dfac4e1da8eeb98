import { useRef, useState } from 'preact/hooks';
import { importTooBig } from '@/utils/import';
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
  /** The notes read here (a lines import), or the `blob:` address of a file the background reads itself. */
  request: Omit<ImportRequest, 'mode' | 'preview'> | { file: string };
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


/**
 * Importing in the notebook, in two steps: the background reads and checks the file (pasted lines are read
 * here), says what it would do (nothing written), and only the learner's confirmation applies it. "Replace everything"
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
  // The address the background reads the chosen file from, until the import is done with (one at a time).
  const handOver = useRef<string | null>(null);
  const release = () => {
    if (handOver.current) URL.revokeObjectURL(handOver.current);
    handOver.current = null;
  };

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

  /**
   * Plans or applies the import. A request already previewed is named by the `kept` the background answered
   * with, not sent again; sent whole only when the background no longer holds it (it stopped meanwhile).
   */
  const ask = async (request: PendingImport['request'], mode: ImportMode, preview: boolean, kept: string | undefined): Promise<ImportSummary> => {
    const again = kept !== undefined ? await sendRequest('notes/import-again', { kept, mode, preview }) : null;
    if (again) return again;
    if (!('file' in request)) return sendRequest('notes/import', { ...request, mode, preview });
    const answer = await sendRequest('notes/import-file', { url: request.file, mode, preview });
    if ('summary' in answer) return answer.summary;
    throw new Error('The file changed since its preview. Choose it again.');
  };

  const preview = async (next: Omit<PendingImport, 'summary'>, kept?: string) => {
    const summary = await ask(next.request, next.mode, true, kept);
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
        // Checked before anything: a file far too big is never handed over.
        const tooBig = importTooBig(file.size);
        if (tooBig) {
          report('');
          setFailure({ fileName: file.name, errors: [tooBig] });
          return;
        }
        report(`Reading ${file.name}…`);
        // The background reads the file itself (a message carrying 10,000 notes is the slow part), and keeps it.
        release();
        const url = URL.createObjectURL(file);
        handOver.current = url;
        const answer = await sendRequest('notes/import-file', { url, mode: 'merge', preview: true });
        if ('problems' in answer) {
          report('');
          setFailure({ fileName: file.name, errors: answer.problems });
          return;
        }
        if ('empty' in answer) {
          report('That file holds no notes: there was nothing to import.');
          return;
        }
        setPending({ source: file.name, request: { file: url }, canReplace: true, mode: 'merge', skipped: [], summary: answer.summary });
        report('');
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
      return run(pending.source, () => preview({ ...pending, mode }, pending.summary.kept));
    },
    confirm: () =>
      pending
        ? run(pending.source, async () => {
            const summary = await ask(pending.request, pending.mode, false, pending.summary.kept);
            setPending(null);
            release();
            if (summary.autoBackupAt !== undefined) setAutoBackupAt(summary.autoBackupAt);
            report(importSummaryText(summary));
          })
        : Promise.resolve(),
    cancel: () => {
      setPending(null);
      release();
      report('Nothing was imported.');
    },
    dismiss: () => setFailure(null),
  };
}
