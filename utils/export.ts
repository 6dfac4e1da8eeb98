/**
 * The learner's notes as files to keep: Markdown to read anywhere, JSON to read back in. Pure: a snapshot in, a
 * string out, so every odd or hostile note is checked in a table (tests/unit/export.test.ts). Deleted notes
 * (tombstones) are never exported.
 */
import { mathSegments } from './maths-segments';
import { noteSegments } from './note-segments';
import { compareNotes, compareNotesAcrossVideos, groupByVideo, visibleNotes, type Note } from './notes';
import { SERIES_OUTLINE } from './series-outline';
import { formatTime } from './time';
import { partsText, type FilePart } from './file-parts';

export interface NotesSnapshot {
  notes: readonly Note[];
  /** When the snapshot was taken, in ms since the epoch. */
  exportedAt: number;
}

export const EXPORT_FORMAT = 'margin-notes';
export const EXPORT_VERSION = 1;

/**
 * The address of one moment of a video. `t` is always written, even 0, so that YouTube starts there rather
 * than where the learner last stopped.
 */
export function momentUrl(videoId: string, t: number): string {
  const second = Number.isFinite(t) && t > 0 ? Math.floor(t) : 0;
  return `https://www.youtube.com/watch?v=${encodeURIComponent(videoId)}&t=${second}s`;
}

export function videoUrl(videoId: string): string {
  return `https://www.youtube.com/watch?v=${encodeURIComponent(videoId)}`;
}

/** `margin-notes-2025-03-14.md`: the day in UTC, so the name depends on nothing but the snapshot. */
export function exportFileName(format: 'markdown' | 'json', exportedAt: number): string {
  return `margin-notes-${new Date(exportedAt).toISOString().slice(0, 10)}.${format === 'markdown' ? 'md' : 'json'}`;
}

/** `margin-chapter-3-2025-03-14.md`: one lesson's Markdown file. */
export function chapterFileName(order: number, exportedAt: number): string {
  return `margin-chapter-${order}-${new Date(exportedAt).toISOString().slice(0, 10)}.md`;
}

// The note's text is the learner's words, not markup: every character that could open emphasis, code, a link,
// an image, raw HTML, an entity, a table, strikethrough or math is escaped wherever it stands.
const INLINE_MARKUP = /[\\`*_[\]<>&|~$]/g;
const escapeInline = (text: string): string => text.replace(INLINE_MARKUP, '\\$&');

// What starts a block (heading, list, setext underline, thematic break) when it comes first on a line.
function escapeLineStart(line: string): string {
  return line.replace(/^[#+=-]/, '\\$&').replace(/^(\d{1,9})([.)])/, '$1\\$2');
}

/**
 * Maths as Obsidian (and Pandoc, GitHub) read it: `$…$`, `$$…$$`. A renderer without maths shows it as text,
 * so the TeX may hold no raw HTML nor link: `<` and `>` are written `\lt ` and `\gt `, and `](` gets a space,
 * all of which TeX reads the same. TeX with a backtick (a code span elsewhere) stays escaped text.
 */
function renderMath(tex: string, display: boolean): string {
  const safe = tex.replace(/</g, '\\lt ').replace(/>/g, '\\gt ').replace(/\](?=\()/g, '] ');
  return display ? `$$${safe}$$` : `$${safe}$`;
}

/** One line of a note: maths kept as maths, the rest escaped, the clock times in it made links into the video. */
function renderLine(line: string, videoId: string): string {
  return mathSegments(line)
    .map((part) =>
      part.kind === 'math' && !part.tex.includes('`')
        ? renderMath(part.tex, part.display)
        : noteSegments(part.kind === 'math' ? part.source : part.text)
            .map((segment) =>
              segment.kind === 'time' ? `[${segment.text}](${momentUrl(videoId, segment.seconds)})` : escapeInline(segment.text),
            )
            .join(''),
    )
    .join('');
}

const ITEM_INDENT = '  ';

/** The note's lines, trimmed (leading spaces would make code blocks), in paragraphs split at blank lines. */
function paragraphsOf(text: string): string[][] {
  // Most notes are one line.
  if (!text.includes('\n') && !text.includes('\r')) {
    const line = text.trim();
    return line === '' ? [] : [[line]];
  }
  const paragraphs: string[][] = [[]];
  for (const line of text.replace(/\r\n?/g, '\n').split('\n').map((raw) => raw.trim())) {
    if (line !== '') paragraphs[paragraphs.length - 1]!.push(line);
    else if (paragraphs[paragraphs.length - 1]!.length > 0) paragraphs.push([]);
  }
  return paragraphs.filter((paragraph) => paragraph.length > 0);
}

/**
 * A note as one list item: its time as a link, then its text. Its lines stay lines (a hard break, `\` at the
 * end) and its blank lines stay paragraph breaks, all indented under the item so that nothing in the text can
 * end the list; tags come last, as `#tag` (utils/file-parts.ts keeps runs of them).
 */
function renderNote(note: Note): string {
  const paragraphs = paragraphsOf(note.text).map((lines, p) =>
    lines.map((line, i) => (p === 0 && i === 0 ? renderLine(line, note.videoId) : escapeLineStart(renderLine(line, note.videoId)))),
  );
  // A tag line starts with `#` then never a space, so it is no heading; `#` inside a tag is escaped all the same.
  const tags = note.tags.map((tag) => tag.trim().replace(/\s+/g, ' ')).filter(Boolean);
  if (tags.length > 0) {
    if (paragraphs.length === 0) paragraphs.push([]);
    paragraphs[paragraphs.length - 1]!.push(tags.map((tag) => `#${escapeInline(tag).replace(/#/g, '\\#')}`).join(' '));
  }
  const body = paragraphs.map((lines) => lines.join(`\\\n${ITEM_INDENT}`)).join(`\n\n${ITEM_INDENT}`);
  return `- [${formatTime(note.t)}](${momentUrl(note.videoId, note.t)})${body ? ` ${body}` : ''}`;
}

interface VideoGroup {
  videoId: string;
  heading: string;
  notes: Note[];
}

function videoSections(notes: readonly Note[]): VideoGroup[] {
  const byVideo = groupByVideo(notes);
  const groups: VideoGroup[] = SERIES_OUTLINE.flatMap(({ videoId, order, title }) => {
    const list = byVideo.get(videoId);
    return list ? [{ videoId, heading: `Chapter ${order} · [${escapeInline(title)}](${videoUrl(videoId)})`, notes: list }] : [];
  });
  // Notes of a video the catalog does not know (an import from a later version) are kept, never dropped.
  for (const [videoId, list] of byVideo) {
    if (!groups.some((group) => group.videoId === videoId)) {
      groups.push({ videoId, heading: `[${escapeInline(videoId)}](${videoUrl(videoId)})`, notes: list });
    }
  }
  return groups.map((group) => ({ ...group, notes: [...group.notes].sort(compareNotes) }));
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** The whole notebook, or with `videoId` only that lesson's notes (a file per chapter of the series). */
export function exportMarkdown(snapshot: NotesSnapshot, videoId?: string): string {
  return partsText(markdownParts(snapshot, videoId));
}

/** exportMarkdown's file as parts: its headings, and each video's notes as a run. */
export function markdownParts({ notes, exportedAt }: NotesSnapshot, videoId?: string): FilePart[] {
  const groups = videoSections(notes.filter((note) => note.deletedAt === undefined && (videoId === undefined || note.videoId === videoId)));
  const count = groups.reduce((sum, group) => sum + group.notes.length, 0);
  const stamp = new Date(exportedAt).toISOString().slice(0, 16).replace('T', ' ');
  const parts: FilePart[] = [
    `# Margin notes\n\nExported from Margin on ${stamp} UTC: ${plural(count, 'note')} on ${plural(groups.length, 'video')} of 3Blue1Brown's neural-network series.`,
  ];
  for (const group of groups) parts.push(`\n\n## ${group.heading}\n\n`, { notes: group.notes, write: renderNote, between: '\n' });
  parts.push('\n');
  return parts;
}

/** `{ format, version, exportedAt, notes }`, notes in reading order with exactly the fields of a live note. */
export function exportJson({ notes, exportedAt }: NotesSnapshot): string {
  const kept = visibleNotes(notes, compareNotesAcrossVideos).map(({ id, videoId, t, text, tags, createdAt, updatedAt }) => ({
    id,
    videoId,
    t,
    text,
    tags: [...tags],
    createdAt,
    updatedAt,
  }));
  return `${JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt, notes: kept }, null, 2)}\n`;
}
