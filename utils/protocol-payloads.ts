/** One parser per request of the protocol: every field checked, nothing unknown let through. */
import { readBackupSettings, readProgressList } from './backup';
import { readNoteList } from './note-record';
import type { ImportMode } from './import-plan';
import { MARGIN_PAGES, type DraftInput, type PayloadOf, type RequestType } from './protocol';
import { PANEL_TABS, type Settings } from './settings';
import { PANEL_PARTS } from './panel-parts';
import { readEmbedReading, readPlayerRequest } from './embed-relay';
import {
  PayloadError,
  readBoolean,
  readFields,
  readNoteId,
  readNoteText,
  readOneOf,
  readSeconds,
  readTags,
  readVideoId,
} from './validation';

/** The most notes one `notes/list-first` may ask for: a first screen, not a way around `notes/list-all`. */
export const FIRST_NOTES_LIMIT = 500;

/** How an import is to be applied (merge unless said) and whether only to preview it, as the three import requests say it. */
function readImportChoice(fields: { mode?: unknown; preview?: unknown }): { mode?: ImportMode; preview?: boolean } {
  return {
    ...(fields.mode !== undefined ? { mode: readOneOf(fields.mode, ['merge', 'replace'] as const, 'mode') } : {}),
    ...(fields.preview !== undefined ? { preview: readBoolean(fields.preview, 'preview') } : {}),
  };
}

const empty = (payload: unknown): Record<string, never> => {
  readFields(payload, []);
  return {};
};

const videoOnly = (payload: unknown) => ({ videoId: readVideoId(readFields(payload, ['videoId']).videoId) });

const noteIdOnly = (payload: unknown) => ({ id: readNoteId(readFields(payload, ['id']).id) });

/** An updatedAt as the view received it from the background. */
function readBase(value: unknown, field = 'base'): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new PayloadError(`${field} must be the updatedAt of the note the edit started from`);
  }
  return value;
}

function readDraft(value: unknown): DraftInput | null {
  if (value === null) return null;
  const fields = readFields(value, ['t', 'text', 'tags'], ['noteId', 'base', 'newNoteId', 'viewId', 'session']);
  const draft: DraftInput = {
    t: readSeconds(fields.t, 'draft.t'),
    text: readNoteText(fields.text, 'draft.text'),
    tags: readTags(fields.tags, 'draft.tags'),
  };
  if (fields.noteId !== undefined) draft.noteId = readNoteId(fields.noteId, 'draft.noteId');
  if (fields.newNoteId !== undefined) draft.newNoteId = readNoteId(fields.newNoteId, 'draft.newNoteId');
  if (draft.noteId !== undefined && draft.newNoteId !== undefined) {
    throw new PayloadError('a draft edits a note or writes a new one, not both');
  }
  if (fields.base !== undefined) draft.base = readBase(fields.base, 'draft.base');
  if (fields.viewId !== undefined) draft.viewId = readNoteId(fields.viewId, 'draft.viewId');
  if (fields.session !== undefined) draft.session = readNoteId(fields.session, 'draft.session');
  return draft;
}

function readDiscard(value: unknown, session: unknown): { discardDraft?: true; draftSession?: string } {
  if (session !== undefined && value === undefined) throw new PayloadError('draftSession comes with discardDraft');
  if (value === undefined) return {};
  if (value !== true) throw new PayloadError('discardDraft must be true when given');
  return session === undefined ? { discardDraft: true } : { discardDraft: true, draftSession: readNoteId(session, 'draftSession') };
}

export const payloadParsers: { [K in RequestType]: (payload: unknown) => PayloadOf<K> } = {
  'panel/load': empty,
  'maths/load': empty,
  'parts/load': (payload) => ({ part: readOneOf(readFields(payload, ['part']).part, PANEL_PARTS, 'part') }),
  'notes/list': videoOnly,
  'notes/list-all'(payload) {
    const { deleted } = readFields(payload, [], ['deleted']);
    if (deleted === undefined) return {};
    if (deleted !== true) throw new PayloadError('deleted must be true when given');
    return { deleted };
  },
  'notes/list-first'(payload) {
    const { limit } = readFields(payload, ['limit']);
    if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1 || limit > FIRST_NOTES_LIMIT) {
      throw new PayloadError(`limit must be a whole number from 1 to ${FIRST_NOTES_LIMIT}`);
    }
    return { limit };
  },
  'notes/create'(payload) {
    const fields = readFields(payload, ['videoId', 't', 'text', 'tags'], ['id', 'discardDraft', 'draftSession']);
    return {
      ...(fields.id !== undefined ? { id: readNoteId(fields.id) } : {}),
      videoId: readVideoId(fields.videoId),
      t: readSeconds(fields.t, 't'),
      text: readNoteText(fields.text),
      tags: readTags(fields.tags),
      ...readDiscard(fields.discardDraft, fields.draftSession),
    };
  },
  'notes/update'(payload) {
    const fields = readFields(payload, ['id'], ['text', 'tags', 't', 'base', 'discardDraft', 'draftSession']);
    const changes: PayloadOf<'notes/update'> = { id: readNoteId(fields.id) };
    if (fields.text !== undefined) changes.text = readNoteText(fields.text);
    if (fields.tags !== undefined) changes.tags = readTags(fields.tags);
    if (fields.t !== undefined) changes.t = readSeconds(fields.t, 't');
    if (Object.keys(changes).length === 1) throw new PayloadError('nothing to change');
    if (fields.base !== undefined) changes.base = readBase(fields.base);
    return { ...changes, ...readDiscard(fields.discardDraft, fields.draftSession) };
  },
  'notes/delete': noteIdOnly,
  'notes/restore': noteIdOnly,
  // Notes a page read (pasted lines) or a caller made: read again here with the importer's reader, since a page is never trusted.
  'notes/import'(payload) {
    const fields = readFields(payload, ['notes'], ['progress', 'settings', 'mode', 'preview']);
    const now = Date.now();
    const fail = (problem: string) => {
      throw new PayloadError(problem);
    };
    const request: PayloadOf<'notes/import'> = { notes: readNoteList(fields.notes, 'notes', fail, { now }) };
    if (fields.progress !== undefined) request.progress = readProgressList(fields.progress, fail, now);
    if (fields.settings !== undefined) request.settings = readBackupSettings(fields.settings, fail);
    return { ...request, ...readImportChoice(fields) };
  },
  'notes/import-file'(payload) {
    const fields = readFields(payload, ['url'], ['mode', 'preview']);
    if (typeof fields.url !== 'string' || !fields.url.startsWith('blob:') || fields.url.length > 200) throw new PayloadError('url must be the blob: address of a file');
    return { url: fields.url, ...readImportChoice(fields) };
  },
  'notes/import-again'(payload) {
    const fields = readFields(payload, ['kept'], ['mode', 'preview']);
    return { kept: readNoteId(fields.kept, 'kept'), ...readImportChoice(fields) };
  },
  'backup/get': empty,
  'backup/auto': empty,
  'catalog/get': videoOnly,
  'progress/get': videoOnly,
  'progress/list-all': empty,
  'pages/open': (payload) => ({ page: readOneOf(readFields(payload, ['page']).page, MARGIN_PAGES, 'page') }),
  'commands/shortcut': empty,
  'progress/record'(payload) {
    const fields = readFields(payload, ['videoId', 'from', 'to', 'position']);
    const from = readSeconds(fields.from, 'from');
    const to = readSeconds(fields.to, 'to');
    if (to < from) throw new PayloadError('to must not be before from');
    return { videoId: readVideoId(fields.videoId), from, to, position: readSeconds(fields.position, 'position') };
  },
  'settings/get': empty,
  'settings/set'(payload) {
    const fields = readFields(payload, [], ['panelCollapsed', 'pauseWhileWriting', 'glossaryTicks', 'activeTab', 'syncEnabled']);
    const changes: Partial<Settings> = {};
    for (const key of ['panelCollapsed', 'pauseWhileWriting', 'glossaryTicks', 'syncEnabled'] as const) {
      if (fields[key] !== undefined) changes[key] = readBoolean(fields[key], key);
    }
    if (fields.activeTab !== undefined) changes.activeTab = readOneOf(fields.activeTab, PANEL_TABS, 'activeTab');
    return changes;
  },
  'drafts/get': videoOnly,
  'drafts/set'(payload) {
    const fields = readFields(payload, ['videoId', 'draft'], ['session']);
    const draft = readDraft(fields.draft);
    if (fields.session === undefined) return { videoId: readVideoId(fields.videoId), draft };
    if (draft !== null) throw new PayloadError('session is given only to discard a draft');
    return { videoId: readVideoId(fields.videoId), draft, session: readNoteId(fields.session, 'session') };
  },
  'sync/status': empty,
  'lesson/load': empty,
  'lesson/attach-embed': empty,
  'lesson/player': readPlayerRequest,
  'embed/reading': readEmbedReading,
};
