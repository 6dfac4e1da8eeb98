import { SyncSettings } from '@/components/pages/SyncSettings';
import { useSettings } from '@/components/pages/useSettings';
import { openShortcutSettings } from '@/components/pages/shortcut-settings';
import { useAddNoteShortcut } from '@/components/useAddNoteShortcut';
import type { Settings } from '@/utils/settings';

type Flag = 'pauseWhileWriting' | 'glossaryTicks';

const FLAGS: readonly { key: Flag; label: string; hint: string }[] = [
  { key: 'pauseWhileWriting', label: 'Pause the video while I write a note', hint: 'It plays on once the note is saved or cancelled.' },
  { key: 'glossaryTicks', label: 'Show glossary terms on the progress bar', hint: "Besides key moments and notes, a tick at each term's second." },
];

/** Every setting of Margin on one page (the panel's Settings box shows the same ones), and the shortcut. */
export function OptionsApp() {
  const { settings, problem, change } = useSettings();
  const shortcut = useAddNoteShortcut();
  return (
    <div class="page options">
      <header>
        <h1>Margin options</h1>
      </header>
      <main>
        {problem && (
          <p class="problem" role="alert">
            {problem}
          </p>
        )}
        <section aria-labelledby="panel-heading">
          <h2 id="panel-heading">Beside the video</h2>
          {settings ? <SettingsForm settings={settings} onChange={change} /> : <p>Loading your settings…</p>}
        </section>
        <SyncSettings />
        <section aria-labelledby="shortcut-heading">
          <h2 id="shortcut-heading">Keyboard shortcut</h2>
          <p>
            Add a note at the current moment:{' '}
            {shortcut === null ? '…' : shortcut ? <kbd class="shortcut">{shortcut}</kbd> : <strong>no shortcut set</strong>}
          </p>
          <p>
            <button type="button" class="secondary" onClick={() => void openShortcutSettings()}>
              Change the shortcut in the browser's settings…
            </button>
          </p>
        </section>
      </main>
    </div>
  );
}

function SettingsForm({ settings, onChange }: { settings: Settings; onChange: (change: Partial<Settings>) => void }) {
  return (
    <div class="option-list">
      <label class="option">
        <input type="checkbox" checked={!settings.panelCollapsed} onChange={(event) => onChange({ panelCollapsed: !event.currentTarget.checked })} />
        <span>
          Show Margin's panel beside the video
          <span class="option-hint">Hidden, it keeps a Show button at the top of YouTube's side column.</span>
        </span>
      </label>
      {FLAGS.map(({ key, label, hint }) => (
        <label class="option" key={key}>
          <input type="checkbox" checked={settings[key]} onChange={(event) => onChange({ [key]: event.currentTarget.checked })} />
          <span>
            {label}
            <span class="option-hint">{hint}</span>
          </span>
        </label>
      ))}
    </div>
  );
}
