import type { RefObject } from 'preact';
import type { Note } from '@/utils/notes';
import { AutoBackupButton, ImportProblems } from './ImportNotes';
import { ImportPreview } from './ImportPreview';
import { LinesImport } from './LinesImport';
import type { NotesImport } from './useNotesImport';

interface Props {
  importing: NotesImport;
  notes: readonly Note[];
  linesOpen: boolean;
  onCloseLines: () => void;
  importButton: RefObject<HTMLButtonElement | null>;
  report: (status: string) => void;
}

/** The notebook's import area: pasted lines, the preview waiting for confirmation, problems, the automatic backup. */
export function NotebookImport({ importing, notes, linesOpen, onCloseLines, importButton, report }: Props) {
  return (
    <>
      {linesOpen && !importing.pending && (
        <LinesImport notes={notes} busy={importing.busy} onPreview={(...args) => void importing.previewNotes(...args)} onClose={onCloseLines} />
      )}
      {importing.pending && (
        <ImportPreview
          pending={importing.pending}
          busy={importing.busy}
          onMode={(mode) => void importing.setMode(mode)}
          onConfirm={() => {
            void importing.confirm().then(onCloseLines);
            importButton.current?.focus();
          }}
          onCancel={() => {
            importing.cancel();
            importButton.current?.focus();
          }}
        />
      )}
      {importing.failure && (
        <ImportProblems
          failure={importing.failure}
          onDismiss={() => {
            importing.dismiss();
            importButton.current?.focus();
          }}
        />
      )}
      {importing.autoBackupAt !== null && <AutoBackupButton takenAt={importing.autoBackupAt} report={report} />}
    </>
  );
}
