/**
 * The one message protocol between Margin's views (content script, popup, pages) and the background worker.
 * Declared once here and imported by both ends: each request type maps to its payload and its response.
 * Every payload is parsed by the background before it is handled (see `validateRequest`); live pushes over
 * ports are declared in live-protocol.ts.
 */
import type { ImportCounts, ImportMode } from './import-plan';
import type { Draft, Note } from './notes';
import type { Progress } from './progress';
import type { SeriesVideoId } from './series-ids';
import type { SeriesVideo } from './catalog';
import type { SeriesIndex } from './series-index';
import type { Settings } from './settings';
import type { SyncStatus } from './sync-status';
import type { EmbedReading, PlayerRequest } from './embed-relay';
import type { PanelPart } from './panel-parts';
import { isPlainObject, PayloadError, readFields } from './validation';
import { payloadParsers } from './protocol-payloads';

type Empty = Record<string, never>;

/** Margin's own pages, by name. */
export const MARGIN_PAGES = ['notebook', 'options', 'welcome', 'glossary'] as const;
export type MarginPage = (typeof MARGIN_PAGES)[number];

/**
 * What an import does (or, previewed, would do): note by note of the file, new here, replacing an older version,
 * already here, deleting a note here, or meeting a different edit here (the later kept); then the videos whose
 * progress changes and the preferences it changes.
 */
export interface ImportSummary extends ImportCounts {
  progress: number;
  settings: number;
  /** When the automatic backup was taken, before everything was replaced. */
  autoBackupAt?: number;
  /**
   * A preview's: the background keeps the previewed request under this for `notes/import-again`, so that the
   * learner's choice and confirmation do not send 10,000 notes again (about 0.3 s in Chromium).
   */
  kept?: string;
}

/**
 * What a view sends to import: a backup's parts, how to apply them (merge unless said), and whether only to
 * preview (not unless said). A version 1 file has notes only.
 */
export interface ImportRequest {
  notes: Note[];
  progress?: Progress[];
  settings?: Partial<Settings>;
  mode?: ImportMode;
  preview?: boolean;
}

/** What the background made of an export file: every problem found in it, nothing to import, or its summary. */
export type FileImportAnswer = { problems: string[] } | { empty: true } | { summary: ImportSummary };

/** A draft as a view sends it; the background adds videoId and updatedAt. */
export interface DraftInput {
  t: number;
  text: string;
  tags: string[];
  /** The note this draft edits. */
  noteId?: string;
  /** With noteId: the updatedAt of the version the edit started from. */
  base?: number;
  /** The id the view chose for the new note this draft will become: saving it twice still makes one note. */
  newNoteId?: string;
  /** The view that wrote it (a random id per view), so that a view can tell its own changes from others'. */
  viewId?: string;
  /**
   * The writing it belongs to (a random id chosen when the editor opened, kept by every view that restores it):
   * views follow a draft of their own writing only, so another tab that opens the same note for editing never
   * replaces the words typed here.
   */
  session?: string;
}

/**
 * Asks a save to discard the video's draft in the same transaction, if that draft is the one being saved (its
 * noteId or newNoteId is the note's id, and, with draftSession, it is of that writing): a saved note never comes
 * back as a draft, and another note's draft, or another tab's writing of the same note, is never touched.
 */
interface DiscardsDraft {
  discardDraft?: true;
  draftSession?: string;
}

export interface Protocol {
  /** Content script → background: inject the panel's code into the sending tab's frame. */
  'panel/load': { payload: Empty; response: { loaded: true } };
  /** Panel → background: inject the maths renderer into the sending tab's frame (its first note with maths). */
  'maths/load': { payload: Empty; response: { loaded: true } };
  /** Panel → background: inject one of the panel's later parts (utils/panel-parts.ts) into the sending tab's frame. */
  'parts/load': { payload: { part: PanelPart }; response: { loaded: true } };
  /** A video's notes, without deleted ones, by time then creation. */
  'notes/list': { payload: { videoId: SeriesVideoId }; response: Note[] };
  /**
   * Every note of the series (the notebook), by video in series order, then by time; with `deleted`, the deleted
   * ones too (tombstones, which a backup carries), from the same reading.
   */
  'notes/list-all': { payload: { deleted?: true }; response: Note[] };
  /**
   * The notebook's first screen: the first `limit` notes in the same order as `notes/list-all` (a few more when
   * the last of them shares its second with others), read without touching the rest; `complete` only when nothing was left out.
   */
  'notes/list-first': { payload: { limit: number }; response: { notes: Note[]; complete: boolean } };
  /**
   * Idempotent when the view chooses the id (views always do): if a note with that id exists already (the
   * reply to an earlier try was lost), it is answered as stored and nothing is written.
   */
  'notes/create': {
    payload: { id?: string; videoId: SeriesVideoId; t: number; text: string; tags: string[] } & DiscardsDraft;
    response: Note;
  };
  /**
   * Changes only the fields given; refused for a deleted note (restore it first). `base` is the updatedAt of
   * the version the edit started from: if the note changed since (another tab), the edit is refused and the
   * reply's `current` holds the note as it is now, so that nothing is silently overwritten.
   */
  'notes/update': {
    payload: { id: string; text?: string; tags?: string[]; t?: number; base?: number } & DiscardsDraft;
    response: Note;
  };
  /** Leaves a tombstone; answers with it so that the view can offer undo. */
  'notes/delete': { payload: { id: string }; response: Note };
  /** Undoes a delete. */
  'notes/restore': { payload: { id: string }; response: Note };
  /**
   * Merges notes read from an export file into the stored ones, all in one transaction or not at all: of each
   * note the later version wins, and at the same instant a deletion (utils/note-merge.ts).
   */
  'notes/import': { payload: ImportRequest; response: ImportSummary };
  /**
   * Imports an export file the notebook has, read by the background itself from `url`, a `blob:` address of
   * Margin's own origin (the page hands the file over without reading it: carrying 10,000 notes as a message
   * cost Chromium about 0.4 s, the background's fetch of the file about 0.1 s). The background parses and checks
   * it as utils/import.ts says, then plans (and keeps it, as `notes/import` does) or applies it.
   */
  'notes/import-file': { payload: { url: string; mode?: ImportMode; preview?: boolean }; response: FileImportAnswer };
  /**
   * The request a preview's `kept` names, planned again or applied with this mode. Null when the background no
   * longer holds it (it keeps the last two, and forgets them when it stops): the view then sends it whole.
   */
  'notes/import-again': { payload: { kept: string; mode?: ImportMode; preview?: boolean }; response: ImportSummary | null };
  /** What a view holding the live notes lacks for a backup: the tombstones, all progress, the settings. */
  'backup/get': { payload: Empty; response: { tombstones: Note[]; progress: Progress[]; settings: Settings } };
  /** The backup taken before the last "replace everything", if any. */
  'backup/auto': { payload: Empty; response: { takenAt: number; text: string } | null };
  /** A lesson's whole catalog (chapters, glossary) and the series in brief, for the panel (which bundles neither). */
  'catalog/get': { payload: { videoId: SeriesVideoId }; response: { video: SeriesVideo; series: SeriesIndex } };
  'progress/get': { payload: { videoId: SeriesVideoId }; response: Progress | null };
  /** What was watched of every series video that has been played at all (the course's progress). */
  'progress/list-all': { payload: Empty; response: Progress[] };
  /** One stretch of playback, `from`–`to` seconds, with no ad time in it; `position` is where playback is now. */
  'progress/record': {
    payload: { videoId: SeriesVideoId; from: number; to: number; position: number };
    response: Progress;
  };
  'settings/get': { payload: Empty; response: Settings };
  /** Changes the fields given and answers with all settings. */
  'settings/set': { payload: Partial<Settings>; response: Settings };
  /** Opens one of Margin's own pages in a new tab (the panel cannot: a web page may not open extension pages). */
  'pages/open': { payload: { page: MarginPage }; response: null };
  /** The add-note shortcut as the browser has it now ('' when the learner removed it). */
  'commands/shortcut': { payload: Empty; response: { addNote: string } };
  'drafts/get': { payload: { videoId: SeriesVideoId }; response: Draft | null };
  /** `draft: null` discards the video's draft (after saving or cancelling); with `session`, only that writing's. */
  'drafts/set': { payload: { videoId: SeriesVideoId; draft: DraftInput | null; session?: string }; response: null };
  /** Where sync with the learner's other browsers stands (turned on and off by the `syncEnabled` setting). */
  'sync/status': { payload: Empty; response: SyncStatus };
  /**
   * Lesson page of www.3blue1brown.com (its frame 0 only, see protocol-senders.ts) → background: inject the
   * lesson page's panel into it.
   */
  'lesson/load': { payload: Empty; response: { loaded: true } };
  /**
   * Lesson page → background: the page's YouTube embed of a series video is there (after play was pressed): run
   * the lesson clock in that frame (the bridge in its main world, the reader beside it). Answers the frames.
   */
  'lesson/attach-embed': { payload: Empty; response: { frames: number[] } };
  /** Lesson page → background → the embed frame `frameId` of the same tab: seek, play or pause its player. */
  'lesson/player': { payload: PlayerRequest; response: { done: boolean } };
  /** Embed frame on a lesson page → background → the page's frame 0: what the embed's lesson clock reads. */
  'embed/reading': { payload: EmbedReading; response: null };
}

export type RequestType = keyof Protocol;
export type PayloadOf<K extends RequestType> = Protocol[K]['payload'];
export type ResponseOf<K extends RequestType> = Protocol[K]['response'];

/** What travels over `runtime.sendMessage`. The marker keeps messages of other extensions or pages apart. */
export interface Envelope<K extends RequestType = RequestType> {
  margin: 1;
  type: K;
  payload: PayloadOf<K>;
}

/** `current`: with a refused stale edit, the note as stored now. */
export type Reply<T> = { ok: true; value: T } | { ok: false; error: string; current?: Note };

export const NOT_A_MARGIN_MESSAGE = 'not a Margin message';

/**
 * Checks an incoming message: returns the envelope with a freshly built payload holding only the checked
 * fields, or an error that says what is wrong (`NOT_A_MARGIN_MESSAGE` when it was never meant for Margin).
 */
export function validateRequest(message: unknown): { ok: true; envelope: Envelope } | { ok: false; error: string } {
  if (!isPlainObject(message) || message.margin !== 1) return { ok: false, error: NOT_A_MARGIN_MESSAGE };
  const { type } = message;
  if (typeof type !== 'string' || !Object.hasOwn(payloadParsers, type)) {
    return { ok: false, error: `unknown message type ${JSON.stringify(type)}` };
  }
  try {
    readFields(message, ['margin', 'type', 'payload']);
    const payload = payloadParsers[type as RequestType](message.payload);
    return { ok: true, envelope: { margin: 1, type: type as RequestType, payload } };
  } catch (error) {
    if (error instanceof PayloadError) return { ok: false, error: `${type}: ${error.message}` };
    throw error;
  }
}
