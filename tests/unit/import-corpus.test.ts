/**
 * The hostile corpus (hostile-imports.ts, at least 1,000 files) through the importer, then straight to the
 * background's notes/import as a page could send it: never a crash, never a partial write, and a reason that
 * says where for every refusal.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { createRequestHandlers } from '@/entrypoints/background/handlers';
import { routeRequest } from '@/entrypoints/background/router';
import { parseNotesImport } from '@/utils/import';
import { freshDatabase, testClock } from './background-fakes';
import { CORPUS_NOW, hostileCorpus } from './hostile-imports';

const corpus = hostileCorpus();
const OWN_ID = 'margin';
/** Where a problem is: a note's field, a line and column, or the file as a whole. */
const LOCATED = /notes\[\d+\]|\bnotes\b|line \d+, column \d+|^The file|^This (is not|file)|^version|^exportedAt|^…and \d+ more problems?$/;

const figures = { files: corpus.length, imported: 0, refused: 0, backgroundPayloads: 0, backgroundRefused: 0, backgroundImported: 0, refusedByClone: 0, partialWrites: 0, longestReason: 0 };
afterAll(() => console.info('[import corpus]', JSON.stringify(figures)));

describe('the hostile import corpus', () => {
  it('holds at least 1,000 files of every family', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(1000);
    expect(new Set(corpus.map((file) => file.family))).toEqual(
      new Set(['encoding', 'truncation', 'nesting', 'size', 'prototype', 'field', 'semantics', 'mutation']),
    );
  });

  it('through the importer: no crash, the expected outcome, and 1 to 21 located reasons of at most 200 characters', () => {
    const wrong: string[] = [];
    for (const file of corpus) {
      const result = parseNotesImport(file.text, CORPUS_NOW);
      if (result.ok) {
        figures.imported += 1;
        if (file.expect === 'refuse') wrong.push(`${file.name}: imported`);
        continue;
      }
      figures.refused += 1;
      if (file.expect === 'accept') wrong.push(`${file.name}: refused (${result.errors[0]})`);
      if (result.errors.length < 1 || result.errors.length > 21) wrong.push(`${file.name}: ${result.errors.length} reasons`);
      for (const error of result.errors) {
        figures.longestReason = Math.max(figures.longestReason, error.length);
        if (error.length > 200 || !LOCATED.test(error)) wrong.push(`${file.name}: ${JSON.stringify(error.slice(0, 300))}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.toString).toBe(Object.prototype.toString);
  });

  it('straight to the background: a reply for every payload, a refusal with its reason, and all or nothing written', async () => {
    const { connect } = freshDatabase();
    const handlers = createRequestHandlers({ connect, hub: { publish: () => undefined, resync: () => undefined }, clock: testClock(CORPUS_NOW) });
    const count = async () => (await connect()).countFromIndex('note-packs', 'by-note'); // a note per id
    const problems: string[] = [];
    let parsable = 0;
    for (const file of corpus) {
      let data: unknown;
      try {
        data = JSON.parse(file.text.replace(/^\uFEFF/, ''));
      } catch {
        continue; // Not JSON: a page has nothing to send.
      }
      parsable += 1;
      const notes = typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as { notes?: unknown }).notes : data;
      for (const payload of [{ notes }, data]) {
        let message: unknown;
        try {
          // What the browser does to a message: a copy, or a refusal to send it at all.
          message = structuredClone({ margin: 1, type: 'notes/import', payload });
        } catch {
          figures.refusedByClone += 1;
          continue;
        }
        figures.backgroundPayloads += 1;
        const before = await count();
        const reply = await routeRequest(handlers, message, { id: OWN_ID }, OWN_ID);
        const after = await count();
        if (!reply) {
          problems.push(`${file.name}: no reply`);
        } else if (reply.ok) {
          figures.backgroundImported += 1;
          // New records: the new notes, and the tombstones of notes never here (kept, counted as unchanged).
          const { added, unchanged } = reply.value as { added: number; unchanged: number };
          if (after - before < added || after - before > added + unchanged) problems.push(`${file.name}: ${after - before} written, ${added} said`);
          const page = parseNotesImport(file.text, CORPUS_NOW);
          if (!page.ok && payload !== data && page.errors.some((error) => /notes\[\d+\]/.test(error))) {
            problems.push(`${file.name}: the background took notes the page refused`);
          }
        } else {
          figures.backgroundRefused += 1;
          if (after !== before) {
            figures.partialWrites += 1;
            problems.push(`${file.name}: refused, yet ${after - before} written`);
          }
          if (!/^notes\/import: /.test(reply.error) || reply.error.length > 300) problems.push(`${file.name}: ${reply.error.slice(0, 300)}`);
        }
      }
    }
    expect(problems).toEqual([]);
    // Every file JSON can read, as its notes and as a whole, reached the background or was refused by the copy.
    expect(figures.backgroundPayloads + figures.refusedByClone).toBe(2 * parsable);
    expect(parsable).toBeGreaterThan(400);
  }, 120_000);
});
