/** The learner's preferences, with defaults filled in whatever was (or was not) stored. */

export const PANEL_TABS = ['moments', 'glossary', 'notes'] as const;
export type PanelTab = (typeof PANEL_TABS)[number];

export interface Settings {
  panelCollapsed: boolean;
  /** Pause the video while a note is being typed. */
  pauseWhileWriting: boolean;
  /** Show glossary terms as ticks on the player's progress bar. */
  glossaryTicks: boolean;
  activeTab: PanelTab;
  /** Mirror notes, progress and settings into the browser's own sync (storage.sync); this browser's choice. */
  syncEnabled: boolean;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  panelCollapsed: false,
  pauseWhileWriting: true,
  glossaryTicks: false,
  activeTab: 'moments',
  syncEnabled: true,
});

const isPanelTab = (value: unknown): value is PanelTab => (PANEL_TABS as readonly unknown[]).includes(value);

/**
 * Reads stored settings field by field: a field that is missing or of the wrong type (an older version, a
 * damaged record) falls back to its default instead of spoiling the others.
 */
export function settingsWithDefaults(stored: unknown): Settings {
  const record = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  const flag = (key: 'panelCollapsed' | 'pauseWhileWriting' | 'glossaryTicks' | 'syncEnabled'): boolean => {
    const value = record[key];
    return typeof value === 'boolean' ? value : DEFAULT_SETTINGS[key];
  };
  return {
    panelCollapsed: flag('panelCollapsed'),
    pauseWhileWriting: flag('pauseWhileWriting'),
    glossaryTicks: flag('glossaryTicks'),
    activeTab: isPanelTab(record.activeTab) ? record.activeTab : DEFAULT_SETTINGS.activeTab,
    syncEnabled: flag('syncEnabled'),
  };
}
