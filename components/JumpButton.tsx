import type { ComponentChildren } from 'preact';
import { formatTime } from '@/utils/time';

interface Props {
  t: number;
  label: string;
  current?: boolean;
  onJump: (t: number) => void;
  children?: ComponentChildren;
}

/** A button that seeks the video; its accessible name carries the time: "Jump to 2:42 What are neurons?". */
export function JumpButton({ t, label, current = false, onJump, children }: Props) {
  return (
    <button type="button" class="jump" aria-current={current ? 'true' : undefined} onClick={() => onJump(t)}>
      <span class="visually-hidden">Jump to </span>
      <span class="jump-time">{formatTime(t)}</span> <span class="jump-label">{label}</span>
      {children}
    </button>
  );
}

/**
 * What a time does: seek the player beside it (the panel), or, in a view with no player of its own (the
 * notebook), be a link that opens the moment on YouTube in a new tab.
 */
export type JumpAction =
  | { onJump: (t: number) => void; timeHref?: undefined }
  | { timeHref: (t: number) => string; onJump?: undefined };

/** JumpButton's twin for views with no player: a real link, named like the button ("Watch from 2:42 …"). */
export function JumpLink({ t, href, label, children }: { t: number; href: string; label: string; children?: ComponentChildren }) {
  return (
    <a class="jump" href={href} target="_blank" rel="noopener noreferrer">
      <span class="visually-hidden">Watch from </span>
      <span class="jump-time">{formatTime(t)}</span> <span class="jump-label">{label}</span>
      {children}
      <span class="visually-hidden"> on YouTube (new tab)</span>
    </a>
  );
}
