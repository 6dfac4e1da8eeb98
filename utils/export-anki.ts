/**
 * The learner's notes as an Anki deck: a tab-separated text file with the file headers Anki reads on import
 * (File → Import), so that it needs no settings from the learner: the separator, HTML fields, the note type
 * (Basic: Front and Back), the deck, which column holds the tags and which the GUID. The GUID is the note's own
 * id, so importing a newer export again updates the cards rather than doubling them.
 *
 * One card per note: the front is the note, the back says where it comes from (lesson, chapter, a link to the
 * moment). Optionally one card per glossary term of the lessons with notes (term → definition, "watch at" link).
 * Fields are HTML (Anki's `#html:true`), every character of the learner's text escaped, line breaks as <br>;
 * maths stays as typed (TeX), tags keep their words with `_` for spaces, since a space separates Anki tags.
 */
import { findActiveIndex, type SeriesVideo } from './catalog';
import { momentUrl, type NotesSnapshot } from './export';
import { compareNotesAcrossVideos, visibleNotes, type Note } from './notes';
import { formatTime } from './time';
import { partsText, type FilePart } from './file-parts';

export const ANKI_DECK = 'Margin::3Blue1Brown neural networks';

export interface AnkiOptions {
  /** The catalog's videos (chapters and glossary), passed in so that this module stays light and testable. */
  videos: readonly SeriesVideo[];
  /** Adds one card per glossary term of every lesson that has notes. */
  glossary: boolean;
}

const HTML_SPECIAL: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\t': '&#9;' };

/** Any character ankiText changes: most notes have none. */
const ANKI_SPECIAL = /[&<>"\t\r\n]/;

/** The learner's text as an HTML field on one line: nothing in it is markup, and no tab or line break is left. */
export function ankiText(text: string): string {
  if (!ANKI_SPECIAL.test(text)) return text;
  return text.replace(/[&<>"\t]/g, (char) => HTML_SPECIAL[char]!).replace(/\r\n?|\n/g, '<br>');
}

/** Anki tags: no spaces inside (they separate tags), none empty. */
export function ankiTag(tag: string): string {
  return tag.trim().replace(/\s+/g, '_');
}

const link = (url: string, label: string) => `<a href="${ankiText(url)}">${ankiText(label)}</a>`;

function noteRow(note: Note, video: SeriesVideo | undefined): string[] {
  const chapter = video ? video.chapters[findActiveIndex(video.chapters, note.t, (c) => c.start)] : undefined;
  const lesson = video ? `Chapter ${video.order} · ${video.title}` : note.videoId;
  const back = [
    ankiText(lesson),
    ...(chapter ? [ankiText(`Key moment: ${chapter.title}`)] : []),
    link(momentUrl(note.videoId, note.t), `Watch at ${formatTime(note.t)}`),
  ].join('<br>');
  return [`margin-note-${note.id}`, ankiText(note.text), back, note.tags.map(ankiTag).filter(Boolean).join(' ')];
}

function glossaryRows(video: SeriesVideo): string[][] {
  return video.glossary.map((entry) => [
    `margin-term-${entry.id}`,
    ankiText(entry.term),
    [
      ankiText(entry.definition),
      ankiText(`Chapter ${video.order} · ${video.title}`),
      link(momentUrl(video.videoId, entry.t), `Watch at ${formatTime(entry.t)}`),
    ].join('<br>'),
    'glossary',
  ]);
}

/** Each note's card as a line, for one catalog: the same function for the same catalog (utils/file-parts.ts). */
const writers = new WeakMap<readonly SeriesVideo[], (note: Note) => string>();

function writerFor(videos: readonly SeriesVideo[]): (note: Note) => string {
  let write = writers.get(videos);
  if (!write) {
    const byId = new Map(videos.map((video) => [video.videoId as string, video]));
    write = (note) => noteRow(note, byId.get(note.videoId)).join('\t');
    writers.set(videos, write);
  }
  return write;
}

export function exportAnki(snapshot: NotesSnapshot, options: AnkiOptions): string {
  return partsText(ankiParts(snapshot, options));
}

const ANKI_HEADERS = [
  '#separator:tab',
  '#html:true',
  '#notetype:Basic',
  `#deck:${ANKI_DECK}`,
  '#columns:GUID\tFront\tBack\tTags',
  '#guid column:1',
  '#tags column:4',
].join('\n');

/** exportAnki's file as parts: its headers, the notes' cards as one run, the glossary's cards. */
export function ankiParts({ notes }: NotesSnapshot, { videos, glossary }: AnkiOptions): FilePart[] {
  const kept = visibleNotes(notes, compareNotesAcrossVideos);
  const rows: string[][] = [];
  if (glossary) {
    const withNotes = new Set(kept.map((note) => note.videoId as string));
    for (const video of videos) if (withNotes.has(video.videoId)) rows.push(...glossaryRows(video));
  }
  const write = writerFor(videos);
  return [
    `${ANKI_HEADERS}\n`,
    { notes: kept, write, between: '\n' },
    `${kept.length > 0 ? '\n' : ''}${rows.map((row) => `${row.join('\t')}\n`).join('')}`,
  ];
}

export function ankiFileName(exportedAt: number): string {
  return `margin-anki-${new Date(exportedAt).toISOString().slice(0, 10)}.txt`;
}
