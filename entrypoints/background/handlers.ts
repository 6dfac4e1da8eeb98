/** What each request does: the stores do the work, and every successful write is pushed to the open views. */
import { browser } from 'wxt/browser';
import type { SeriesVideo } from '@/utils/catalog';
import { getSeriesVideo, SERIES } from '@/utils/series-data';
import { buildSeriesIndex, type SeriesIndex } from '@/utils/series-index';
import type { Note } from '@/utils/notes';
import { importTooBig, parseNotesImport } from '@/utils/import';
import type { ImportRequest, ImportSummary } from '@/utils/protocol';
import type { Settings } from '@/utils/settings';
import { PANEL_PART_FILES } from '@/utils/panel-parts';
import { INITIAL_SYNC_STATUS } from '@/utils/sync-status';
import { systemClock, type Clock } from './clock';
import type { Connect } from './db/connection';
import { createDraftsStore } from './db/drafts-store';
import { importNotes } from './db/notes-import';
import { createBackupStore } from './db/backup-store';
import { createNotesStore, type Saved } from './db/notes-store';
import { createProgressStore } from './db/progress-store';
import { createSettingsStore } from './db/settings-store';
import type { LiveHub } from './live-hub';
import { ReadableError } from './readable-error';
import type { RequestHandlers, Sender } from './router';
import type { SyncEngine } from './sync/engine';
import { addNoteShortcut } from './commands';
import { lessonEmbedHandlers } from './lesson-embed';

let seriesIndex: SeriesIndex | undefined;

/** One lesson's catalog for the panel, with the series in brief (built once per worker). */
function lessonCatalog(videoId: string): { video: SeriesVideo; series: SeriesIndex } {
  const video = getSeriesVideo(videoId);
  if (!video) throw new Error(`${videoId} is not a video of the series`);
  seriesIndex ??= buildSeriesIndex(SERIES);
  return { video, series: seriesIndex };
}

function senderFrame(sender: Sender): { tabId: number; frameIds: number[] } {
  const tabId = sender.tab?.id;
  if (tabId === undefined) throw new Error('only a tab can ask for this');
  return { tabId, frameIds: [sender.frameId ?? 0] };
}

/**
 * Up to this many notes changed by one import are pushed one by one; beyond, every view refetches once. Each
 * push makes a view render its whole list: in Chromium, with 5 000 notes in the notebook, one push or one
 * refetch shows in about 2 s, ten pushes in 4 s, twenty in 6 s (5 000 had not shown after two minutes).
 */
export const IMPORT_PUSH_LIMIT = 5;

/** Playback reports come every few seconds; other browsers need the watched time, not each report at once. */
export const PROGRESS_SYNC_DELAY_MS = 30_000;

export interface HandlerDeps {
  connect: Connect;
  hub: Pick<LiveHub, 'publish' | 'resync'>;
  clock?: Clock;
  /** Told of every change here, so that it reaches the learner's other browsers (background/sync/). */
  sync?: Pick<SyncEngine, 'schedule' | 'status'>;
  /** Reads a file a Margin page handed over by its `blob:` address (tests give their own). */
  readFile?: (url: string) => Promise<Blob>;
}

const fetchFile = async (url: string): Promise<Blob> => (await fetch(url)).blob();

/** A file handed over by one of Margin's pages, as text: only a blob of this extension's own origin, not too big. */
async function readHandedFile(url: string, readFile: (url: string) => Promise<Blob>): Promise<string> {
  if (!url.startsWith(`blob:${browser.runtime.getURL('/')}`)) throw new ReadableError('Only a file chosen in one of Margin\'s pages can be imported this way.');
  let blob: Blob;
  try {
    blob = await readFile(url);
  } catch (error) {
    throw new ReadableError(`Margin could not read the file (${error instanceof Error ? error.message : String(error)}). Choose it again.`);
  }
  const tooBig = importTooBig(blob.size);
  if (tooBig) throw new ReadableError(tooBig);
  return blob.text();
}

export function createRequestHandlers({ connect, hub, clock = systemClock, sync, readFile = fetchFile }: HandlerDeps): RequestHandlers {
  const notes = createNotesStore(connect, clock);
  const progress = createProgressStore(connect, clock);
  const settings = createSettingsStore(connect);
  const backup = createBackupStore(connect);
  const drafts = createDraftsStore(connect, clock);

  // Pushed only after the write resolved, that is after its transaction completed.
  const pushNote = async (written: Promise<Note>) => {
    const note = await written;
    hub.publish({ type: 'notes/changed', videoId: note.videoId, note });
    sync?.schedule();
    return note;
  };
  // The note first, then the draft's discard: a panel that sees the draft go already has the note.
  const pushSaved = async (written: Promise<Saved>) => {
    const { note, discardedDraft } = await written;
    hub.publish({ type: 'notes/changed', videoId: note.videoId, note });
    if (discardedDraft) {
      const { videoId, session } = discardedDraft;
      hub.publish({ type: 'drafts/changed', videoId, draft: null, discarded: note.id, ...(session !== undefined ? { discardedSession: session } : {}) });
    }
    sync?.schedule();
    return note;
  };
  // Previewed imports, under the `kept` their preview answered with: the last two (two notebooks may preview at once).
  const keptImports = new Map<string, ImportRequest>();
  const keep = (request: ImportRequest): string => {
    const kept = clock.newId();
    keptImports.set(kept, request);
    for (const old of keptImports.keys()) if (keptImports.size > 2) keptImports.delete(old);
    return kept;
  };
  const runImport = async (request: ImportRequest): Promise<ImportSummary> => {
    const { summary, written, settings: changed } = await importNotes(connect, request, clock.now());
    if (written.length > IMPORT_PUSH_LIMIT) hub.resync();
    else for (const note of written) hub.publish({ type: 'notes/changed', videoId: note.videoId, note });
    if (changed) hub.publish({ type: 'settings/changed', settings: changed });
    if (written.length > 0 || summary.progress > 0 || changed) sync?.schedule();
    return summary;
  };
  // A preview's request is kept, for the learner's choice and confirmation to name.
  const importKeepingPreview = async (request: ImportRequest): Promise<ImportSummary> => {
    const summary = await runImport(request);
    return request.preview ? { ...summary, kept: keep(request) } : summary;
  };
  const pushSettings = async (written: Promise<Settings>) => {
    const value = await written;
    hub.publish({ type: 'settings/changed', settings: value });
    sync?.schedule();
    return value;
  };

  return {
    async 'panel/load'(_payload, sender) {
      // The panel's code (Preact, components, catalog) reaches a tab only once a series video is open in it.
      const target = senderFrame(sender);
      // The lesson clock's bridge to YouTube's player API, in the page's main world (a file: no inline code, so
      // the page's Trusted Types and CSP have nothing to refuse). Without it the clock falls back to the <video>.
      // Both at once, and without waiting for the page to finish loading (executeScript would otherwise wait for
      // document_idle: on a fresh load of a lesson that held the panel back half a second after YouTube's column
      // existed). The panel waits for its column itself.
      await Promise.all([
        browser.scripting
          .executeScript({ target, files: ['/clock-bridge.js'], world: 'MAIN', injectImmediately: true })
          .catch((error: unknown) => console.warn('[Margin] no player bridge; lesson time comes from the <video>:', error)),
        browser.scripting.executeScript({ target, files: ['/margin-panel.js'], injectImmediately: true }),
      ]);
      return { loaded: true };
    },
    async 'maths/load'(_payload, sender) {
      // temml weighs about 115 KB gzip: a tab gets it only once its panel shows a note with maths.
      await browser.scripting.executeScript({ target: senderFrame(sender), files: ['/margin-maths.js'], injectImmediately: true });
      return { loaded: true };
    },
    async 'parts/load'({ part }, sender) {
      // Like the panel's own script, without waiting for the page to finish loading (a tab shown at first paint).
      await browser.scripting.executeScript({ target: senderFrame(sender), files: [PANEL_PART_FILES[part]], injectImmediately: true });
      return { loaded: true };
    },
    'notes/list': ({ videoId }) => notes.list(videoId),
    'notes/list-all': ({ deleted }) => notes.listAll({ deleted: deleted === true }),
    'notes/list-first': ({ limit }) => notes.listFirst(limit),
    'notes/create': (payload) => pushSaved(notes.create(payload)),
    'notes/update': (payload) => pushSaved(notes.update(payload)),
    'notes/delete': ({ id }) => pushNote(notes.delete(id)),
    'notes/restore': ({ id }) => pushNote(notes.restore(id)),
    'notes/import': importKeepingPreview,
    async 'notes/import-file'({ url, mode, preview }) {
      const parsed = parseNotesImport(await readHandedFile(url, readFile), clock.now());
      if (!parsed.ok) return { problems: parsed.errors };
      const { notes, progress, settings } = parsed;
      if (notes.length === 0 && progress.length === 0 && Object.keys(settings).length === 0) return { empty: true };
      const request: ImportRequest = { notes, progress: [...progress], settings, ...(mode !== undefined ? { mode } : {}), preview: preview ?? false };
      return { summary: await importKeepingPreview(request) };
    },
    async 'notes/import-again'({ kept, mode, preview }) {
      const request = keptImports.get(kept);
      if (!request) return null;
      const summary = await runImport({ ...request, ...(mode !== undefined ? { mode } : {}), preview: preview ?? false });
      if (preview) return { ...summary, kept };
      keptImports.delete(kept); // applied once: a second confirmation would send the request whole
      return summary;
    },
    'catalog/get': async ({ videoId }) => lessonCatalog(videoId),
    'backup/get': () => backup.get(),
    'backup/auto': () => backup.auto(),
    'progress/get': ({ videoId }) => progress.get(videoId),
    async 'progress/record'(visit) {
      const recorded = await progress.record(visit);
      sync?.schedule(PROGRESS_SYNC_DELAY_MS);
      return recorded;
    },
    'progress/list-all': () => progress.listAll(),
    async 'pages/open'({ page }) {
      await browser.tabs.create({ url: browser.runtime.getURL(`/${page}.html`) });
      return null;
    },
    async 'commands/shortcut'() {
      return { addNote: await addNoteShortcut() };
    },
    'settings/get': () => settings.get(),
    'settings/set': (changes) => pushSettings(settings.set(changes)),
    'drafts/get': ({ videoId }) => drafts.get(videoId),
    async 'drafts/set'({ videoId, draft, session }) {
      const changed = await drafts.set(videoId, draft, session);
      if (changed) hub.publish({ type: 'drafts/changed', videoId, ...changed });
      return null;
    },
    'sync/status': () => (sync ? sync.status() : Promise.resolve({ ...INITIAL_SYNC_STATUS, state: 'off' })),
    ...lessonEmbedHandlers(),
  };
}
