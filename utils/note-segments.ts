/**
 * Splits a note's text into plain text and clock times (`2:42`, `1:02:03`) so that a view can render the
 * times as jump links without ever building HTML from the text.
 */
import { parseClockTime } from './time';

export type NoteSegment = { kind: 'text'; text: string } | { kind: 'time'; seconds: number; text: string };

// A time stands alone: not glued to more digits or colons (so `1:02:03:04` or `12:345` are not times).
const CLOCK_CANDIDATE = /(?<![\d:])(?:\d{1,2}:)?\d{1,3}:\d{2}(?![\d:])/g;

export function noteSegments(text: string): NoteSegment[] {
  // A time needs a colon: most notes (and most lines) have none, and are one piece of text.
  if (!text.includes(':')) return text ? [{ kind: 'text', text }] : [];
  const segments: NoteSegment[] = [];
  const pushText = (piece: string) => {
    if (!piece) return;
    const last = segments[segments.length - 1];
    if (last?.kind === 'text') last.text += piece;
    else segments.push({ kind: 'text', text: piece });
  };
  let cursor = 0;
  for (const match of text.matchAll(CLOCK_CANDIDATE)) {
    const seconds = parseClockTime(match[0]);
    if (seconds === undefined) continue; // `2:75` reads as text
    pushText(text.slice(cursor, match.index));
    segments.push({ kind: 'time', seconds, text: match[0] });
    cursor = match.index + match[0].length;
  }
  pushText(text.slice(cursor));
  return segments;
}
