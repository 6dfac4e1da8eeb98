import { useEffect, useRef } from 'preact/hooks';
import type { ImportMode } from '@/utils/import-plan';
import type { PendingImport } from './useNotesImport';

interface Props {
  pending: PendingImport;
  busy: boolean;
  onMode: (mode: ImportMode) => void;
  onConfirm: () => void;
  onCancel: () => void;
}

const plural = (count: number, word: string, words = `${word}s`) => `${count} ${count === 1 ? word : words}`;

/**
 * What an import will do, before it does it: the counts, the choice between merging and replacing everything,
 * and the two buttons. Takes the focus when it appears, so that keyboard and screen reader land on it.
 */
export function ImportPreview({ pending, busy, onMode, onConfirm, onCancel }: Props) {
  const box = useRef<HTMLElement>(null);
  useEffect(() => box.current?.focus(), [pending.source]);
  const { summary, mode } = pending;
  const rows: [string, number][] = [
    [plural(summary.added, 'new note'), summary.added],
    [`${plural(summary.updated, 'note')} updated`, summary.updated],
    [`${plural(summary.unchanged, 'note')} unchanged`, summary.unchanged],
    [`${plural(summary.deleted, 'note')} deleted`, summary.deleted],
    [`${plural(summary.conflicts, 'conflict')}: edited differently on each side, the later edit is kept`, summary.conflicts],
    [`watch progress of ${plural(summary.progress, 'video')}`, summary.progress],
    [`${plural(summary.settings, 'preference')} changed`, summary.settings],
  ];
  return (
    <section ref={box} class="import-preview" tabIndex={-1} aria-labelledby="import-preview-title">
      <h2 id="import-preview-title">Import “{pending.source}”?</h2>
      <p>Nothing has changed yet. This is what the import will do:</p>
      <ul class="import-counts">
        {rows.map(([label, count]) => (
          <li key={label} class={count === 0 ? 'zero' : undefined}>
            {label}
          </li>
        ))}
      </ul>
      {pending.skipped.length > 0 && (
        <details class="import-skipped">
          <summary>{plural(pending.skipped.length, 'line')} not read</summary>
          <ul>
            {pending.skipped.map((line, index) => (
              <li key={index}>{line}</li>
            ))}
          </ul>
        </details>
      )}
      {pending.canReplace && (
        <fieldset class="import-mode">
          <legend>How</legend>
          <label>
            <input type="radio" name="import-mode" checked={mode === 'merge'} disabled={busy} onChange={() => onMode('merge')} />
            Merge with my notes: of each note, the later edit wins
          </label>
          <label>
            <input type="radio" name="import-mode" checked={mode === 'replace'} disabled={busy} onChange={() => onMode('replace')} />
            Replace everything with this file (an automatic backup of what is here now is saved first)
          </label>
        </fieldset>
      )}
      <div class="import-actions">
        <button type="button" class="primary" aria-disabled={busy} onClick={() => !busy && onConfirm()}>
          {mode === 'replace' ? 'Replace everything' : 'Import'}
        </button>
        <button type="button" class="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}
