import { useState } from 'preact/hooks';

export type PanelTab = 'moments' | 'glossary' | 'notes';

export interface PanelSettings {
  panelCollapsed: boolean;
  activeTab: PanelTab;
}

const DEFAULTS: PanelSettings = { panelCollapsed: false, activeTab: 'moments' };

export function usePanelSettings(): [PanelSettings, (change: Partial<PanelSettings>) => void] {
  const [settings, setSettings] = useState(DEFAULTS);
  return [settings, (change) => setSettings((current) => ({ ...current, ...change }))];
}
