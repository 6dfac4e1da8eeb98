/**
 * A generated corpus of hostile or broken import files, the same on every run (seeded): encodings, truncation,
 * deep nesting, sizes, prototype keys, hostile values in every field, broken semantics and random mutations of
 * a real export. Each file says whether Margin must refuse it (`refuse`), or may do either (`either`: a random
 * mutation can leave a file valid). Seeded, so the same files every run, but for the stamps, which follow the clock.
 */
import { exportJson } from '@/utils/export';
import { IMPORT_LIMITS } from '@/utils/import';
import type { Note } from '@/utils/notes';
import { SERIES_VIDEO_IDS } from '@/utils/series-ids';
import { FUTURE_MARGIN_MS } from '@/utils/stamps';

/** Now, as the background will also see it (it reads the real clock); stamps "in the future" are an hour beyond. */
export const CORPUS_NOW = Date.now();
const HOUR = 3_600_000;

export interface HostileFile {
  family: string;
  name: string;
  text: string;
  expect: 'refuse' | 'accept' | 'either';
}

/** mulberry32: a small seeded generator, so the corpus is the same on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const validNote = (n: number, fields: Partial<Note> = {}): Note => ({
  id: id(n),
  videoId: SERIES_VIDEO_IDS[n % SERIES_VIDEO_IDS.length]!,
  t: (n * 37) % 1200,
  text: `note ${n}: a neuron holds a number, see 2:42`,
  tags: n % 3 ? ['basics'] : [],
  createdAt: CORPUS_NOW - 1_000_000 + n,
  updatedAt: CORPUS_NOW - 500_000 + n,
  ...fields,
});
const envelope = (notes: unknown, top: Record<string, unknown> = {}) =>
  JSON.stringify({ format: 'margin-notes', version: 1, exportedAt: CORPUS_NOW, notes, ...top });

const HOSTILE_VALUES: [string, unknown][] = [
  ['null', null], ['true', true], ['false', false], ['zero', 0], ['minus one', -1], ['minus zero', -0],
  ['a fraction', 0.5], ['huge', 1e300], ['beyond safe integers', 2 ** 53 + 1], ['an empty string', ''],
  ['a long string', 'x'.repeat(100_000)], ['a NUL', '\u0000'], ['a lone surrogate', '\ud800'],
  ['markup', '<img src=x onerror=alert(1)>'], ['an empty list', []], ['a list of lists', [[[]]]],
  ['an empty object', {}], ['an object with __proto__', JSON.parse('{"__proto__":{"polluted":1}}')],
  ['a number as text', '42'], ['a date as text', '2025-03-14T09:26:53Z'], ['a note id in capitals', id(1).toUpperCase()],
  ['the future', CORPUS_NOW + FUTURE_MARGIN_MS + HOUR], ['far future', 8.64e15], ['beyond dates', 8.64e15 + 1],
];
const NOTE_FIELDS = ['id', 'videoId', 't', 'text', 'tags', 'createdAt', 'updatedAt', 'deletedAt'] as const;

function* encodings(): Generator<HostileFile> {
  const good = envelope([validNote(1), validNote(2)]);
  yield { family: 'encoding', name: 'byte order mark', text: `\uFEFF${good}`, expect: 'accept' };
  yield { family: 'encoding', name: 'two byte order marks', text: `\uFEFF\uFEFF${good}`, expect: 'refuse' };
  yield { family: 'encoding', name: 'UTF-16 read as UTF-8 (NUL between characters)', text: [...good].join('\u0000'), expect: 'refuse' };
  yield { family: 'encoding', name: 'UTF-16 BE byte order mark as Latin-1', text: `\u00fe\u00ff${good}`, expect: 'refuse' };
  yield { family: 'encoding', name: 'replacement characters (invalid UTF-8)', text: good.replace(/"format"/, '"f\uFFFDrmat"'), expect: 'refuse' };
  yield { family: 'encoding', name: 'CRLF line ends', text: JSON.stringify(JSON.parse(good), null, 2).replace(/\n/g, '\r\n'), expect: 'accept' };
  yield { family: 'encoding', name: 'a lone surrogate in a text', text: envelope([validNote(3, { text: 'half \ud83d of an emoji' })]), expect: 'accept' };
  yield { family: 'encoding', name: 'Latin-1 mojibake in a text', text: envelope([validNote(4, { text: 'caf\u00c3\u00a9' })]), expect: 'accept' };
  yield { family: 'encoding', name: 'escaped NULs in a text', text: envelope([validNote(5, { text: 'a\u0000b' })]), expect: 'accept' };
  yield { family: 'encoding', name: 'raw control character in a string', text: good.replace('note 1:', 'note\u0001 1:'), expect: 'refuse' };
  yield { family: 'encoding', name: 'empty', text: '', expect: 'refuse' };
  yield { family: 'encoding', name: 'blanks only', text: ' \n\t\r ', expect: 'refuse' };
  yield { family: 'encoding', name: 'binary noise', text: String.fromCharCode(...Array.from({ length: 512 }, (_, i) => (i * 97) % 256)), expect: 'refuse' };
}

function* truncations(): Generator<HostileFile> {
  const good = exportJson({ notes: Array.from({ length: 6 }, (_, i) => validNote(10 + i)), exportedAt: CORPUS_NOW });
  const step = Math.max(1, Math.floor(good.length / 150));
  for (let end = 0; end < good.length - 1; end += step) {
    yield { family: 'truncation', name: `cut at ${end} of ${good.length}`, text: good.slice(0, end), expect: 'refuse' };
  }
}

function* nesting(): Generator<HostileFile> {
  for (const depth of [10, 100, 1000, 10_000, 100_000]) {
    const deep = `${'['.repeat(depth)}${']'.repeat(depth)}`;
    const deepObject = `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
    yield { family: 'nesting', name: `a list ${depth} deep as the file`, text: deep, expect: 'refuse' };
    yield { family: 'nesting', name: `a list ${depth} deep as notes`, text: envelope('@').replace('"@"', deep), expect: 'refuse' };
    yield { family: 'nesting', name: `an object ${depth} deep as a note`, text: envelope(['@']).replace('"@"', deepObject), expect: 'refuse' };
    yield { family: 'nesting', name: `an object ${depth} deep as the format`, text: envelope([], { format: '@' }).replace('"@"', deepObject), expect: 'refuse' };
    yield { family: 'nesting', name: `a list ${depth} deep as a tag`, text: envelope([{ ...validNote(20), tags: '@' }]).replace('"@"', deep), expect: 'refuse' };
    yield { family: 'nesting', name: `an object ${depth} deep as the version`, text: envelope([], { version: '@' }).replace('"@"', deepObject), expect: 'refuse' };
  }
}

function* sizes(): Generator<HostileFile> {
  yield { family: 'size', name: 'just over the size limit', text: envelope([]) + ' '.repeat(IMPORT_LIMITS.maxChars), expect: 'refuse' };
  yield { family: 'size', name: 'one note over the count limit', text: `{"format":"margin-notes","version":1,"exportedAt":1,"notes":[${'{},'.repeat(IMPORT_LIMITS.maxNotes)}{}]}`, expect: 'refuse' };
  yield { family: 'size', name: 'the most notes allowed', text: envelope(Array.from({ length: IMPORT_LIMITS.maxNotes }, (_, i) => ({ ...validNote(100_000 + i), text: '' }))), expect: 'accept' };
  yield { family: 'size', name: 'a text one character too long', text: envelope([validNote(30, { text: 'y'.repeat(10_001) })]), expect: 'refuse' };
  yield { family: 'size', name: 'a million unknown keys', text: `{"format":"margin-notes","version":1,"exportedAt":1,"notes":[],${Array.from({ length: 100_000 }, (_, i) => `"k${i}":0`).join(',')}}`, expect: 'refuse' };
  yield { family: 'size', name: 'a note with 10 000 tags', text: envelope([{ ...validNote(31), tags: Array.from({ length: 10_000 }, (_, i) => `t${i}`) }]), expect: 'refuse' };
  yield { family: 'size', name: 'a huge number literal', text: envelope([{ ...validNote(32), t: '@' }]).replace('"@"', '9'.repeat(100_000)), expect: 'refuse' };
  yield { family: 'size', name: '1e309 (Infinity once parsed)', text: envelope([{ ...validNote(33), t: '@' }]).replace('"@"', '1e309'), expect: 'refuse' };
  yield { family: 'size', name: 'format 1e309', text: envelope([], { format: '@' }).replace('"@"', '1e309'), expect: 'refuse' };
}

function* prototypeKeys(): Generator<HostileFile> {
  for (const key of ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '__defineGetter__']) {
    const value = '{"polluted":true,"toString":1}';
    yield { family: 'prototype', name: `${key} at the top`, text: envelope([]).replace(/}$/, `,"${key}":${value}}`), expect: 'refuse' };
    yield { family: 'prototype', name: `${key} in a note`, text: envelope([validNote(40)]).replace(/}]}$/, `,"${key}":${value}}]}`), expect: 'refuse' };
    yield { family: 'prototype', name: `${key} as the notes`, text: envelope('@').replace('"@"', `{"${key}":${value}}`), expect: 'refuse' };
    yield { family: 'prototype', name: `${key} as a tag`, text: envelope([validNote(41, { tags: [key] })]), expect: 'accept' };
  }
}

function* hostileFields(): Generator<HostileFile> {
  let n = 1000;
  for (const field of NOTE_FIELDS) {
    for (const [name, value] of HOSTILE_VALUES) {
      const note: Record<string, unknown> = { ...validNote(n++), [field]: value };
      yield { family: 'field', name: `${field}: ${name}`, text: envelope([note]), expect: 'either' };
    }
    const without: Record<string, unknown> = { ...validNote(n++) };
    delete without[field];
    yield { family: 'field', name: `${field} missing`, text: envelope([without]), expect: field === 'deletedAt' ? 'accept' : 'refuse' };
  }
  for (const field of ['format', 'version', 'exportedAt', 'notes']) {
    for (const [name, value] of HOSTILE_VALUES) {
      yield { family: 'field', name: `file ${field}: ${name}`, text: envelope([validNote(n++)], { [field]: value }), expect: 'either' };
    }
  }
}

function* semantics(): Generator<HostileFile> {
  const a = validNote(2000);
  yield { family: 'semantics', name: 'the same id twice', text: envelope([a, { ...a, text: 'other' }]), expect: 'refuse' };
  yield { family: 'semantics', name: 'updatedAt before createdAt', text: envelope([{ ...a, createdAt: a.updatedAt + 1 }]), expect: 'refuse' };
  yield { family: 'semantics', name: 'deletedAt after updatedAt', text: envelope([{ ...a, deletedAt: a.updatedAt + 1 }]), expect: 'refuse' };
  yield { family: 'semantics', name: 'a tombstone', text: envelope([{ ...a, deletedAt: a.updatedAt }]), expect: 'accept' };
  yield { family: 'semantics', name: 'stamped in the future', text: envelope([{ ...a, updatedAt: CORPUS_NOW + FUTURE_MARGIN_MS + HOUR }]), expect: 'refuse' };
  yield { family: 'semantics', name: 'stamped at the edge of the future', text: envelope([{ ...a, updatedAt: CORPUS_NOW + FUTURE_MARGIN_MS }]), expect: 'accept' };
  yield { family: 'semantics', name: 'a newer version', text: envelope([a], { version: 3 }), expect: 'refuse' };
  yield { family: 'semantics', name: 'another format', text: envelope([a], { format: 'margin-notes-v2' }), expect: 'refuse' };
  yield { family: 'semantics', name: 'a list at the top', text: JSON.stringify([a]), expect: 'refuse' };
  yield { family: 'semantics', name: 'the notes as an object by id', text: envelope({ [a.id]: a }), expect: 'refuse' };
  yield { family: 'semantics', name: 'a sparse list (null holes)', text: envelope([a, null, validNote(2001)]), expect: 'refuse' };
  yield { family: 'semantics', name: 'a video of another series', text: envelope([{ ...a, videoId: 'dQw4w9WgXcQ' }]), expect: 'refuse' };
  yield { family: 'semantics', name: 't beyond a day', text: envelope([{ ...a, t: 86_401 }]), expect: 'refuse' };
  yield { family: 'semantics', name: '21 tags', text: envelope([{ ...a, tags: Array.from({ length: 21 }, (_, i) => `t${i}`) }]), expect: 'refuse' };
  yield { family: 'semantics', name: 'a tag of 41 characters', text: envelope([{ ...a, tags: ['z'.repeat(41)] }]), expect: 'refuse' };
  yield { family: 'semantics', name: 'tags that normalise away', text: envelope([{ ...a, tags: [' ', 'A', 'a', ''] }]), expect: 'accept' };
  yield { family: 'semantics', name: 'exportedAt missing', text: JSON.stringify({ format: 'margin-notes', version: 1, notes: [a] }), expect: 'refuse' };
  yield { family: 'semantics', name: 'notes missing', text: JSON.stringify({ format: 'margin-notes', version: 1, exportedAt: 1 }), expect: 'refuse' };
  yield { family: 'semantics', name: 'a duplicate key (the last wins in JSON)', text: envelope([a]).replace('"version":1', '"version":1,"version":3'), expect: 'refuse' };
}

/** A real export changed at random: characters flipped, dropped, doubled, or stretches swapped. */
function* mutations(count: number): Generator<HostileFile> {
  const rand = random(0x5eed);
  const base = exportJson({ notes: Array.from({ length: 5 }, (_, i) => validNote(3000 + i)), exportedAt: CORPUS_NOW });
  const alphabet = '{}[]":,0123456789-.eE tnrufals\\/\u0000\uFFFDé😀';
  for (let i = 0; i < count; i++) {
    let text = base;
    const edits = 1 + Math.floor(rand() * 4);
    for (let e = 0; e < edits; e++) {
      const at = Math.floor(rand() * text.length);
      const kind = Math.floor(rand() * 4);
      const char = alphabet[Math.floor(rand() * alphabet.length)]!;
      if (kind === 0) text = text.slice(0, at) + char + text.slice(at + 1);
      else if (kind === 1) text = text.slice(0, at) + text.slice(at + 1 + Math.floor(rand() * 8));
      else if (kind === 2) text = text.slice(0, at) + char + text.slice(at);
      else {
        const from = Math.floor(rand() * text.length);
        text = text.slice(0, at) + text.slice(from, from + 1 + Math.floor(rand() * 30)) + text.slice(at);
      }
    }
    yield { family: 'mutation', name: `mutation ${i}`, text, expect: 'either' };
  }
}

export function hostileCorpus(): HostileFile[] {
  const files = [...encodings(), ...truncations(), ...nesting(), ...sizes(), ...prototypeKeys(), ...hostileFields(), ...semantics()];
  return [...files, ...mutations(Math.max(400, 1000 - files.length))];
}
