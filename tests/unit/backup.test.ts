import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { backupNotes, exportBackup, type BackupSnapshot } from '@/utils/backup';
import { exportJson } from '@/utils/export';
import { parseNotesImport } from '@/utils/import';
import { planImport } from '@/utils/import-plan';
import { compareNotesAcrossVideos, type Note } from '@/utils/notes';
import { createRequestHandlers } from '@/entrypoints/background/handlers';
import type { RequestHandlers } from '@/entrypoints/background/router';
import { SERIES_VIDEO_IDS } from '@/utils/series-ids';
import { freshDatabase, testClock } from './background-fakes';
import { makeNote } from './note-fixture';

const EXPORTED_AT = Date.UTC(2025, 2, 14, 9, 26, 53);
const NOW = Date.UTC(2026, 0, 1);

describe('the version 2 backup', () => {
  it('holds every note with its tombstone, progress and settings, and reads back exactly (property)', () => {
    const note = fc.record({
      t: fc.integer({ min: 0, max: 86_400 }),
      text: fc.string({ maxLength: 20 }),
      deleted: fc.boolean(),
      videoId: fc.constantFrom(...SERIES_VIDEO_IDS),
    });
    const progress = fc.uniqueArray(
      fc.record({ videoId: fc.constantFrom(...SERIES_VIDEO_IDS), from: fc.integer({ min: 0, max: 500 }), length: fc.integer({ min: 1, max: 500 }) }),
      { selector: (p) => p.videoId, maxLength: 4 },
    );
    fc.assert(
      fc.property(fc.array(note, { maxLength: 8 }), progress, fc.boolean(), (fields, watched, ticks) => {
        const notes = fields.map(({ deleted, ...f }) => makeNote({ ...f, ...(deleted && { deletedAt: 1_700_000_000_999, updatedAt: 1_700_000_000_999 }) }));
        const snapshot: BackupSnapshot = {
          notes,
          progress: watched.map(({ videoId, from, length }) => ({ videoId, watched: [[from, from + length]], lastPosition: from, updatedAt: 1_700_000_000_000 })),
          settings: { glossaryTicks: ticks, pauseWhileWriting: !ticks },
          exportedAt: EXPORTED_AT,
        };
        const read = parseNotesImport(exportBackup(snapshot), NOW);
        if (!read.ok) throw new Error(read.errors.join('\n'));
        expect(read.version).toBe(2);
        expect([...read.notes].sort((a, b) => (a.id < b.id ? -1 : 1))).toEqual([...notes].sort((a, b) => (a.id < b.id ? -1 : 1)));
        expect([...read.progress].sort((a, b) => (a.videoId < b.videoId ? -1 : 1))).toEqual(
          [...snapshot.progress].sort((a, b) => (a.videoId < b.videoId ? -1 : 1)),
        );
        expect(read.settings).toEqual(snapshot.settings);
      }),
    );
  });

  it('is the backup as JSON.stringify lays it out, whatever the notes hold (property)', () => {
    const note = fc.record({
      t: fc.integer({ min: 0, max: 86_400 }),
      text: fc.oneof(fc.string({ maxLength: 30, unit: 'grapheme' }), fc.constantFrom('\n  "notes": [],', 'two\r\nlines', '"}, {')),
      tags: fc.array(fc.string({ maxLength: 6 }), { maxLength: 3 }),
      deleted: fc.boolean(),
      videoId: fc.constantFrom(...SERIES_VIDEO_IDS),
    });
    fc.assert(
      fc.property(fc.array(note, { maxLength: 8 }), fc.boolean(), (fields, ticks) => {
        const notes = fields.map(({ deleted, ...f }) => makeNote({ ...f, ...(deleted && { deletedAt: 1_700_000_000_999, updatedAt: 1_700_000_000_999 }) }));
        const snapshot: BackupSnapshot = {
          notes,
          progress: [{ videoId: 'aircAruvnKk', watched: [[0, 5]], lastPosition: 5, updatedAt: 1_700_000_000_000 }],
          settings: { glossaryTicks: ticks },
          exportedAt: EXPORTED_AT,
        };
        const body = {
          format: 'margin-notes',
          version: 2,
          exportedAt: EXPORTED_AT,
          notes: [...notes].sort(compareNotesAcrossVideos).map(({ id, videoId, t, text, tags, createdAt, updatedAt, deletedAt }) => ({
            id, videoId, t, text, tags, createdAt, updatedAt, ...(deletedAt !== undefined && { deletedAt }),
          })),
          progress: snapshot.progress,
          settings: snapshot.settings,
        };
        const expected = `${JSON.stringify(body, null, 2)}\n`;
        expect(exportBackup(snapshot)).toBe(expected);
      }),
    );
  });

  it('takes a view\'s live notes and the tombstones it knows, each id once, the later version of each', () => {
    const kept = makeNote({ text: 'kept', updatedAt: 2_000 });
    const restored = makeNote({ text: 'restored', updatedAt: 3_000 });
    const deletedLater = makeNote({ text: 'deleted later', updatedAt: 2_000 });
    const gone = makeNote({ text: 'gone', updatedAt: 1_000, deletedAt: 1_000 });
    const merged = backupNotes(
      [kept, restored, deletedLater],
      [gone, { ...restored, updatedAt: 2_500, deletedAt: 2_500 }, { ...deletedLater, updatedAt: 2_500, deletedAt: 2_500 }],
    );
    expect(merged.map((n) => [n.text, n.deletedAt !== undefined])).toEqual([
      ['kept', false],
      ['restored', false],
      ['deleted later', true],
      ['gone', true],
    ]);
  });

  it('still reads version 1 files (notes only)', () => {
    const read = parseNotesImport(exportJson({ notes: [makeNote()], exportedAt: EXPORTED_AT }), NOW);
    expect(read).toMatchObject({ ok: true, version: 1, progress: [], settings: {} });
  });

  it('says where progress and settings are wrong', () => {
    const text = JSON.stringify({
      format: 'margin-notes', version: 2, exportedAt: EXPORTED_AT, notes: [],
      progress: [{ videoId: 'aircAruvnKk', watched: [[10, 5]], lastPosition: 3, updatedAt: 1 }, { videoId: 'nope', watched: [], lastPosition: 0, updatedAt: 1 }],
      settings: { glossaryTicks: 'yes' },
    });
    expect(parseNotesImport(text, NOW)).toEqual({
      ok: false,
      errors: ['progress[0].watched[0] ends before it starts', "progress[1].videoId is not one of the series' videos", 'settings.glossaryTicks must be true or false'],
    });
  });
});

describe('planImport', () => {
  const here = makeNote({ text: 'mine', updatedAt: 2_000 });
  const other = makeNote({ text: 'only here', updatedAt: 2_000 });
  it.each<[string, Note[], 'merge' | 'replace', Record<string, number>]>([
    ['a new note', [makeNote()], 'merge', { added: 1 }],
    ['the same note', [here], 'merge', { unchanged: 1 }],
    ['an older different edit: conflict, mine kept', [{ ...here, text: 'theirs', updatedAt: 1_000 }], 'merge', { unchanged: 1, conflicts: 1 }],
    ['a later different edit: conflict, theirs kept', [{ ...here, text: 'theirs', updatedAt: 3_000 }], 'merge', { updated: 1, conflicts: 1 }],
    ['a later deletion', [{ ...here, updatedAt: 3_000, deletedAt: 3_000 }], 'merge', { deleted: 1 }],
    ['replace: what the file lacks is deleted', [here], 'replace', { unchanged: 1, deleted: 1 }],
    ['replace: an older edit still wins', [{ ...here, text: 'old', updatedAt: 1_000 }], 'replace', { updated: 1, deleted: 1 }],
  ])('%s', (_, incoming, mode, counts) => {
    const plan = planImport([here, other], incoming, mode, NOW);
    expect(plan.counts).toEqual({ added: 0, updated: 0, unchanged: 0, deleted: 0, conflicts: 0, ...counts });
  });

  it('replacing stamps what it writes after what is here, so that the restore also wins in sync', () => {
    const { writes } = planImport([here, other], [{ ...here, text: 'old', updatedAt: 1_000 }], 'replace', NOW);
    expect(writes.map((n) => [n.text, n.updatedAt > 2_000, n.deletedAt !== undefined])).toEqual([['old', true, false], ['only here', true, true]]);
  });
});

describe('notes/import with preview and replace, in the background', () => {
  let handlers: RequestHandlers;
  const sender = { id: 'margin' };
  beforeEach(() => {
    handlers = createRequestHandlers({ connect: freshDatabase().connect, hub: { publish: () => undefined, resync: () => undefined }, clock: testClock() });
  });

  it('previews without writing, then replaces everything after keeping an automatic backup of what was there', async () => {
    const mine = await handlers['notes/create']({ videoId: 'aircAruvnKk', t: 10, text: 'mine', tags: [] }, sender);
    await handlers['progress/record']({ videoId: 'aircAruvnKk', from: 0, to: 60, position: 60 }, sender);
    const theirs = makeNote({ text: 'from the backup' });
    const request = { notes: [theirs], progress: [], settings: { glossaryTicks: true }, mode: 'replace' as const };
    const preview = await handlers['notes/import']({ ...request, preview: true }, sender);
    expect(preview).toEqual({ added: 1, updated: 0, unchanged: 0, deleted: 1, conflicts: 0, progress: 1, settings: 1, kept: expect.any(String) });
    expect((await handlers['notes/list-all']({}, sender)).map((n) => n.text)).toEqual(['mine']);
    expect(await handlers['backup/auto']({}, sender)).toBeNull();

    const done = await handlers['notes/import']({ ...request, preview: false }, sender);
    expect(done.autoBackupAt).toBeGreaterThan(0);
    expect((await handlers['notes/list-all']({}, sender)).map((n) => n.text)).toEqual(['from the backup']);
    expect(await handlers['progress/get']({ videoId: 'aircAruvnKk' }, sender)).toBeNull();
    expect((await handlers['settings/get']({}, sender)).glossaryTicks).toBe(true);

    const auto = await handlers['backup/auto']({}, sender);
    const saved = parseNotesImport(auto!.text, Date.now());
    if (!saved.ok) throw new Error(saved.errors.join('\n'));
    expect(saved.notes).toEqual([mine]);
    expect(saved.progress.map((p) => p.watched)).toEqual([[[0, 60]]]);
    expect(saved.settings.glossaryTicks).toBe(false);
  });

  it('a previewed file is planned again and applied by the name its preview gave, once, without being sent again', async () => {
    await handlers['notes/create']({ videoId: 'aircAruvnKk', t: 10, text: 'mine', tags: [] }, sender);
    const request = { notes: [makeNote({ text: 'from the file' })], progress: [], settings: {} };
    const { kept } = await handlers['notes/import']({ ...request, preview: true }, sender);
    if (kept === undefined) throw new Error('a preview names what it keeps');

    const replacing = await handlers['notes/import-again']({ kept, mode: 'replace', preview: true }, sender);
    expect(replacing).toMatchObject({ added: 1, deleted: 1, kept });
    expect((await handlers['notes/list-all']({}, sender)).map((n) => n.text)).toEqual(['mine']);

    const done = await handlers['notes/import-again']({ kept, mode: 'merge', preview: false }, sender);
    expect(done).toMatchObject({ added: 1, deleted: 0 });
    expect(done?.kept).toBeUndefined();
    expect((await handlers['notes/list-all']({}, sender)).map((n) => n.text).sort()).toEqual(['from the file', 'mine']);
    // Applied once: asked again, the background no longer holds it (the view would send the file whole).
    expect(await handlers['notes/import-again']({ kept, preview: false }, sender)).toBeNull();
  });

  it('a name the background does not hold (it restarted, or keeps only the last two previews) answers null', async () => {
    const previews = [];
    for (const text of ['one', 'two', 'three']) {
      previews.push((await handlers['notes/import']({ notes: [makeNote({ text })], preview: true }, sender)).kept!);
    }
    expect(await handlers['notes/import-again']({ kept: previews[0]!, preview: true }, sender)).toBeNull();
    expect(await handlers['notes/import-again']({ kept: previews[2]!, preview: true }, sender)).toMatchObject({ added: 1 });
    const restarted = createRequestHandlers({ connect: freshDatabase().connect, hub: { publish: () => undefined, resync: () => undefined }, clock: testClock() });
    expect(await restarted['notes/import-again']({ kept: previews[2]!, preview: false }, sender)).toBeNull();
    expect(await handlers['notes/list-all']({}, sender)).toEqual([]);
  });

  it('backup/get hands over what a view lacks for a backup: the tombstones, progress and settings', async () => {
    const note = await handlers['notes/create']({ videoId: 'aircAruvnKk', t: 10, text: 'gone', tags: [] }, sender);
    await handlers['notes/create']({ videoId: 'aircAruvnKk', t: 20, text: 'live', tags: [] }, sender);
    await handlers['notes/delete']({ id: note.id }, sender);
    await handlers['progress/record']({ videoId: 'aircAruvnKk', from: 0, to: 60, position: 60 }, sender);
    const extras = await handlers['backup/get']({}, sender);
    expect(extras.tombstones.map((n) => [n.text, n.deletedAt !== undefined])).toEqual([['gone', true]]);
    expect(extras.progress.map((p) => p.watched)).toEqual([[[0, 60]]]);
    expect(extras.settings.pauseWhileWriting).toBeDefined();
  });
});

describe('notes/import-file: a file a Margin page hands over, read by the background', () => {
  const sender = { id: 'margin' };
  const own = (name: string) => `blob:${browser.runtime.getURL('/')}${name}`;
  const files = new Map<string, Blob>();
  let handlers: RequestHandlers;
  beforeEach(() => {
    files.clear();
    handlers = createRequestHandlers({
      connect: freshDatabase().connect,
      hub: { publish: () => undefined, resync: () => undefined },
      clock: testClock(),
      readFile: async (url) => {
        const file = files.get(url);
        if (!file) throw new TypeError('Failed to fetch');
        return file;
      },
    });
  });

  it('previews a backup and keeps it, so that the confirmation applies it without the file again', async () => {
    files.set(own('a'), new Blob([exportBackup({ notes: [makeNote({ text: 'from the file' })], progress: [], settings: {}, exportedAt: 1 })]));
    const answer = await handlers['notes/import-file']({ url: own('a'), preview: true }, sender);
    if (!('summary' in answer)) throw new Error(`no summary: ${JSON.stringify(answer)}`);
    expect(answer.summary).toMatchObject({ added: 1, kept: expect.any(String) });
    expect(await handlers['notes/list-all']({}, sender)).toEqual([]);
    files.clear(); // the page could even have let go of it
    expect(await handlers['notes/import-again']({ kept: answer.summary.kept!, preview: false }, sender)).toMatchObject({ added: 1 });
    expect((await handlers['notes/list-all']({}, sender)).map((n) => n.text)).toEqual(['from the file']);
  });

  it('answers with every located problem of a broken file, or says it holds nothing, and writes nothing', async () => {
    files.set(own('broken'), new Blob(['{"format":"margin-notes","version":2,"exportedAt":1,"notes":[{"id":"x"}]}']));
    const broken = await handlers['notes/import-file']({ url: own('broken'), preview: true }, sender);
    expect('problems' in broken && broken.problems.some((problem) => problem.startsWith('notes[0]'))).toBe(true);
    files.set(own('empty'), new Blob([exportBackup({ notes: [], progress: [], settings: {}, exportedAt: 1 })]));
    expect(await handlers['notes/import-file']({ url: own('empty'), preview: true }, sender)).toEqual({ empty: true });
    expect(await handlers['notes/list-all']({}, sender)).toEqual([]);
  });

  it("reads only its own origin's blobs, refuses a file too big, and says so when the file is gone", async () => {
    await expect(handlers['notes/import-file']({ url: 'blob:https://www.youtube.com/0b1e', preview: true }, sender)).rejects.toThrow(/chosen in one of Margin's pages/);
    files.set(own('big'), new Blob(['x'.repeat(10 * 1024 * 1024 + 1)]));
    await expect(handlers['notes/import-file']({ url: own('big'), preview: true }, sender)).rejects.toThrow(/too big to import/);
    await expect(handlers['notes/import-file']({ url: own('gone'), preview: true }, sender)).rejects.toThrow(/could not read the file .*Choose it again/);
  });
});
