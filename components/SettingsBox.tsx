import type { Settings } from '@/utils/settings';

interface Props {
  settings: Settings;
  onChange: (change: Partial<Settings>) => void;
}

/** The learner's preferences, at the foot of the panel; the same settings everywhere Margin runs. */
export function SettingsBox({ settings, onChange }: Props) {
  return (
    <details class="settings">
      <summary>Settings</summary>
      <label>
        <input
          type="checkbox"
          checked={settings.pauseWhileWriting}
          onChange={(event) => onChange({ pauseWhileWriting: event.currentTarget.checked })}
        />
        Pause the video while I write a note
      </label>
      <label>
        <input
          type="checkbox"
          checked={settings.glossaryTicks}
          onChange={(event) => onChange({ glossaryTicks: event.currentTarget.checked })}
        />
        Show glossary terms on the progress bar
      </label>
    </details>
  );
}
