import { useRef } from 'preact/hooks';
import type { Chapter } from '@/utils/catalog';
import type { LessonClock } from '@/utils/lesson-clock';
import { useActiveIndex } from './useActiveIndex';
import { JumpButton } from './JumpButton';
import { useScrollToActive } from './scrollWithin';
import { useArrowList } from './useArrowList';

interface Props {
  chapters: readonly Chapter[];
  player: LessonClock;
  onJump: (t: number) => void;
  /** Who placed the moments: the creator's chapters or Margin's own. */
  source: 'creator' | 'margin';
}

const startOf = (chapter: Chapter) => chapter.start;

export function KeyMoments({ chapters, player, onJump, source }: Props) {
  const active = useActiveIndex(player, chapters, startOf);
  const list = useRef<HTMLOListElement>(null);

  useScrollToActive(list, chapters[active] ? String(chapters[active].start) : undefined);
  const arrowList = useArrowList(list);

  return (
    <div>
      <ol class="items" ref={list} aria-label="Key moments" {...arrowList}>
        {chapters.map((chapter, i) => (
          <li key={chapter.start} data-key={String(chapter.start)}>
            <JumpButton t={chapter.start} label={chapter.title} current={i === active} onJump={onJump} />
          </li>
        ))}
      </ol>
      <p class="source">{source === 'creator' ? "Chapters from the creator's description." : 'Key moments chosen by Margin.'}</p>
    </div>
  );
}
