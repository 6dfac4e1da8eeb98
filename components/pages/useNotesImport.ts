import { useRef, useState } from 'preact/hooks';
import { importTooBig, parseNotesImport } from '@/utils/import';
import { sendRequest } from '@/utils/messaging';
import type { ImportSummary } from '@/utils/protocol';

/** A file that was not imported, and why: every problem the importer found, or the background's refusal. */
export interface ImportFailure {
  fileName: string;
  errors: string[];
}

export interface NotesImport {
  busy: boolean;
  failure: ImportFailure | null;
  importFile: (file: File) => Promise<void>;
  dismiss: () => void;
}

type Outcome = { ok: true; message: string } | { ok: false; errors: string[] };

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

export function importSummaryText({ added, updated, unchanged }: ImportSummary): string {
  const total = added + updated + unchanged;
  const line = `Imported ${plural(total, 'note')}: ${added} new, ${updated} updated, ${unchanged} unchanged.`;
  // Says why a note deleted after the export did not come back: merge keeps the later change, deletions included.
  return unchanged > 0 ? `${line} Unchanged: this browser already had them as they are, or changed or deleted them later.` : line;
}

/** Reads, checks and sends one file. Nothing reaches the background unless the whole file is right. */
async function readAndImport(file: File): Promise<Outcome> {
  // Checked before reading: a file far too big is never loaded into the page.
  const tooBig = importTooBig(file.size);
  if (tooBig) return { ok: false, errors: [tooBig] };
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    return { ok: false, errors: [`Margin could not read the file (${describe(error)}).`] };
  }
  const parsed = parseNotesImport(text);
  if (!parsed.ok) return parsed;
  if (parsed.notes.length === 0) return { ok: true, message: 'That file holds no notes: there was nothing to import.' };
  try {
    return { ok: true, message: importSummaryText(await sendRequest('notes/import', { notes: parsed.notes })) };
  } catch (error) {
    return { ok: false, errors: [describe(error)] };
  }
}

/**
 * Importing a Margin JSON export from the notebook. Success is a sentence for the page's status line (`report`);
 * a failure is kept here, to be listed until the next import or until dismissed. The imported notes themselves
 * reach the page like any other change, by the background's live push.
 */
export function useNotesImport(report: (status: string) => void): NotesImport {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ImportFailure | null>(null);
  // A ref as well as state: a second file chosen before the first is done must be refused at once.
  const running = useRef(false);

  const importFile = async (file: File) => {
    if (running.current) return;
    running.current = true;
    setBusy(true);
    setFailure(null);
    report(`Importing notes from ${file.name}…`);
    try {
      const outcome = await readAndImport(file);
      if (outcome.ok) report(outcome.message);
      else {
        report('');
        setFailure({ fileName: file.name, errors: outcome.errors });
      }
    } finally {
      running.current = false;
      setBusy(false);
    }
  };
  return { busy, failure, importFile, dismiss: () => setFailure(null) };
}
