import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

interface Props {
  /** The page has no slot for the panel: show it as a chip in a corner of the window that opens it. */
  floating: boolean;
  children: ComponentChildren;
}

/**
 * The panel's frame. In YouTube's columns it adds nothing; floating, it is a compact "Margin" chip that opens
 * the panel above it, with a word on why Margin is there. The children stay mounted in both cases (same
 * element positions), so moving between a column and the corner never loses a draft or the open tab.
 */
export function FloatingFrame({ floating, children }: Props) {
  const [open, setOpen] = useState(false);
  const shown = !floating || open;
  return (
    <div class={floating ? 'floating' : 'docked'}>
      {floating && (
        <button type="button" class="chip" aria-expanded={open ? 'true' : 'false'} aria-controls="margin-floating-body" onClick={() => setOpen(!open)}>
          Margin
        </button>
      )}
      <div id="margin-floating-body" class="floating-body" hidden={!shown}>
        {floating && <p class="floating-note">YouTube's page has no side column Margin knows, so Margin shows here.</p>}
        {children}
      </div>
    </div>
  );
}
