import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registerPanelPart } from '@/utils/panel-parts';
import { Glossary } from '@/components/Glossary';
import type { GlossaryPart } from '@/components/parts/panel-part-types';

// Injected by the background into the tab of a panel the first time it shows the glossary tab. Its components
// render with the panel's Preact (see wxt.config.ts).
export default defineUnlistedScript(() => {
  registerPanelPart('glossary', { Glossary } satisfies GlossaryPart);
});
