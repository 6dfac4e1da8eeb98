import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { formatTime } from '@/utils/time';
import type { EmbedClock, EmbedPhase } from './embed-clock';

function usePhase(clock: EmbedClock): EmbedPhase {
  const [phase, setPhase] = useState(() => clock.phase());
  useEffect(() => {
    const controller = new AbortController();
    const update = () =>
      setPhase((previous) => {
        const next = clock.phase();
        return JSON.stringify(previous) === JSON.stringify(next) ? previous : next;
      });
    clock.subscribe(update, controller.signal);
    update();
    return () => controller.abort();
  }, [clock]);
  return phase;
}

/** What the learner should know of the page's player before it plays: what a jump or a note does then. */
function phaseText(phase: EmbedPhase): string {
  if (phase.kind === 'before-play') {
    return 'The video has not started: a key moment starts it there, and notes are taken at 0:00 until it plays.';
  }
  if (phase.kind === 'starting') return phase.startAt === null ? 'Starting the video…' : `Starting the video at ${formatTime(phase.startAt)}…`;
  return '';
}

/** The panel on a lesson page of www.3blue1brown.com, with a word on the page's player while it has not started. */
export function LessonFrame({ clock, children }: { clock: EmbedClock; children: ComponentChildren }) {
  const text = phaseText(usePhase(clock));
  return (
    <div class="lesson-frame">
      <p class="lesson-player-note" role="status" hidden={text === ''}>
        {text}
      </p>
      {children}
    </div>
  );
}
