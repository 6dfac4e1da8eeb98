import type { RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { sendRequest } from '@/utils/messaging';
import { downloadText } from './download';
import type { ImportFailure } from './useNotesImport';

interface ButtonProps {
  busy: boolean;
  onFile: (file: File) => void;
  buttonRef: RefObject<HTMLButtonElement | null>;
}

/**
 * A real button that opens the file picker of a hidden file input: a file input cannot be styled or named
 * like the buttons beside it. While a file is being imported the button stays focusable (a disabled button
 * would drop the keyboard focus to the page's top) and says it is busy.
 */
export function ImportButton({ busy, onFile, buttonRef }: ButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        class="secondary"
        aria-disabled={busy}
        onClick={() => {
          if (!busy) input.current?.click();
        }}
      >
        {busy ? 'Importing…' : 'Import JSON…'}
      </button>
      <input
        ref={input}
        type="file"
        accept="application/json,.json"
        hidden
        tabIndex={-1}
        aria-hidden="true"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          // Emptied so that choosing the same file again (after fixing it) is a change too.
          event.currentTarget.value = '';
          if (file) onFile(file);
        }}
      />
    </>
  );
}

interface ProblemsProps {
  failure: ImportFailure;
  onDismiss: () => void;
}

/**
 * Why nothing was imported, problem by problem. Announced as an alert and focused when it appears, so that
 * both a screen reader and the keyboard land on it; dismissing it hands the focus back to the import button.
 */
export function ImportProblems({ failure, onDismiss }: ProblemsProps) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), [failure]);
  return (
    <div ref={box} class="problem import-problems" role="alert" tabIndex={-1}>
      <p>
        <strong>Nothing was imported</strong> from “{failure.fileName}”; your notes are as they were.
      </p>
      <ul>
        {failure.errors.map((error, index) => (
          <li key={index}>{error}</li>
        ))}
      </ul>
      <button type="button" class="link" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}

/**
 * The backup kept before the last "replace everything", as a download. Fetched when clicked: it can be large
 * and is rarely wanted.
 */
export function AutoBackupButton({ takenAt, report }: { takenAt: number; report: (status: string) => void }) {
  const at = new Date(takenAt);
  const when = `${at.toLocaleDateString()} ${at.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}`;
  return (
    <p class="auto-backup" role="status">
      Before replacing, Margin kept a backup of what was here.{' '}
      <button
        type="button"
        class="link"
        onClick={async () => {
          const backup = await sendRequest('backup/auto', {});
          if (!backup) report('The automatic backup is no longer there.');
          else downloadText(`margin-backup-before-replace-${new Date(backup.takenAt).toISOString().slice(0, 16).replace(':', '')}.json`, backup.text, 'application/json;charset=utf-8');
        }}
      >
        Download the automatic backup ({when})
      </button>
    </p>
  );
}
