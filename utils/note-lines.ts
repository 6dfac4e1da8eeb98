/**
 * Notes as plain "M:SS text" lines, the way YouTube chapter lists are written (`0:00 Intro`, `1:02:03 Later`):
 * copied out of Margin for a video's notes, and read into Margin from such a list pasted or loaded as a file.
 * Pure: the page adds the ids and stamps.
 */
import { NOTE_LIMITS, visibleNotes, type Note } from './notes';
import { formatTime, parseClockTime } from './time';

/** One line per live note of the list, by time; the note's own line breaks become spaces. */
export function noteLines(notes: readonly Note[]): string {
  return visibleNotes(notes)
    .map((note) => `${formatTime(note.t)} ${oneLine(note.text)}`.trimEnd())
    .join('\n');
}

const oneLine = (text: string) => text.replace(/\s*[\r\n]+\s*/g, ' ').trim();

export interface TimedLine {
  /** Line number in the text, from 1. */
  line: number;
  t: number;
  text: string;
}

export interface TimedLines {
  entries: TimedLine[];
  /** Lines that are not blank yet hold no time at their start, or a time out of range: shown, never guessed at. */
  skipped: { line: number; text: string; reason: string }[];
}

// A time first, maybe in brackets or after a list marker, then an optional separator (`-`, `–`, `—`, `:`, `|`).
const TIMED = /^\s*(?:[-*•]\s+)?[([]?((?:\d{1,2}:)?\d{1,3}:\d{2})[)\]]?(?=\s|$)\s*(?:[-–—:|]\s+)?(.*)$/;

export function parseTimedLines(source: string): TimedLines {
  const entries: TimedLine[] = [];
  const skipped: TimedLines['skipped'] = [];
  source
    .replace(/^\uFEFF/, '')
    .split(/\r\n?|\n/)
    .forEach((raw, index) => {
      const line = index + 1;
      if (raw.trim() === '') return;
      const match = TIMED.exec(raw);
      const t = match ? parseClockTime(match[1]!) : undefined;
      if (!match || t === undefined) {
        skipped.push({ line, text: raw.trim(), reason: 'no time such as 2:42 at its start' });
      } else if (t > NOTE_LIMITS.maxSeconds) {
        skipped.push({ line, text: raw.trim(), reason: 'the time is beyond any video of the series' });
      } else {
        const text = match[2]!.trim();
        if (text.length > NOTE_LIMITS.maxTextLength) {
          skipped.push({ line, text: `${text.slice(0, 40)}…`, reason: `longer than ${NOTE_LIMITS.maxTextLength} characters` });
        } else entries.push({ line, t, text });
      }
    });
  return { entries, skipped };
}
