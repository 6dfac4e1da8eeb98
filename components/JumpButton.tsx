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
