import type { Course } from '@/utils/course';
import { courseSummary } from '@/utils/course';
import { formatTime } from '@/utils/time';
import { watchUrl } from '@/components/SeriesLink';

interface Props {
  course: Course;
  /** Opens the address (the popup reuses the YouTube tab; a page opens a new one); a plain link when absent. */
  open?: (href: string) => void;
  headingLevel?: 2 | 3;
}

/** Where the learner is in the series ("Chapter 3 of 9 · 2 finished") and a Continue to the next unfinished chapter. */
export function ContinueSeries({ course, open, headingLevel = 2 }: Props) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const { next } = course;
  const label = !next
    ? ''
    : course.fresh
      ? `Start chapter 1`
      : `Continue: Chapter ${next.video.order}${next.resumeAt > 0 ? ` at ${formatTime(next.resumeAt)}` : ''}`;
  const href = next ? watchUrl(next.video.videoId, next.resumeAt) : '';
  return (
    <section class="continue" aria-labelledby="continue-heading">
      <Heading id="continue-heading">{course.fresh ? 'Start the series' : 'Continue the series'}</Heading>
      <p class="continue-summary">{courseSummary(course)}</p>
      {next && (
        <p class="continue-next">
          <a
            class="primary button-link"
            href={href}
            target="_blank"
            rel="noopener noreferrer"
            onClick={(event) => {
              if (!open) return;
              event.preventDefault();
              open(href);
            }}
          >
            {label}
          </a>{' '}
          <span class="continue-title">{next.video.title}</span>
        </p>
      )}
    </section>
  );
}
