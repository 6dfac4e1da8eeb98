/**
 * How notes travel in `storage.sync`: many notes to an item, each item a compressed (deflate-raw) JSON list in
 * base64, within the browser's quotas. When the notes outgrow the quota, the most recently changed ones are
 * kept, and the others stay in this browser only (nothing local is ever dropped for it).
 */
import { isDeleted } from './notes';
import { fnv1a } from './fnv';
import { compressText } from './sync-compress';
import type { VersionVector, Versioned } from './sync-merge';

/** Chrome's documented limits for `storage.sync` (Firefox's are the same or looser). */
export const SYNC_QUOTA = {
  /** All items: key lengths plus their values as JSON, in bytes. */
  bytes: 102_400,
  /** One item: its key plus its value as JSON. */
  bytesPerItem: 8_192,
  items: 512,
  writesPerMinute: 120,
  writesPerHour: 1_800,
} as const;

/** Keys of note items: `notes.0`, `notes.1`, … */
export const NOTE_KEY_PREFIX = 'notes.';

/** Room left in every item and in the whole area, so that rounding or another browser's extra bytes never tip it over. */
const ITEM_MARGIN = 192;
const AREA_MARGIN = 2_048;

/**
 * A tombstone leaves sync this long after its deletion, counted from the newest stamp in the set rather than
 * a clock, so that every browser (whatever its clock says) drops the same tombstones and none writes them back.
 * A browser offline for longer than this can bring a deleted note back; it never loses one.
 */
export const TOMBSTONE_LIFETIME_MS = 60 * 24 * 60 * 60 * 1000;

/** Bytes one item counts for against the quotas, as Chrome counts them. */
export function itemBytes(key: string, value: unknown): number {
  return new TextEncoder().encode(key + JSON.stringify(value)).length;
}

/** One note in an item: its fields in a fixed order, and its version vector. */
export type Packed = [
  id: string,
  videoId: string,
  t: number,
  text: string,
  tags: string[],
  createdAt: number,
  updatedAt: number,
  deletedAt: number | null,
  vv: VersionVector,
];

const packOne = ({ note, vv }: Versioned): Packed => [
  note.id,
  note.videoId,
  note.t,
  note.text,
  note.tags,
  note.createdAt,
  note.updatedAt,
  note.deletedAt ?? null,
  vv,
];

export interface NotePacking {
  /** Item key → compressed value, to be written. */
  items: Record<string, string>;
  /** Item key → the JSON before compression: what decides whether an item changed (compressors differ). */
  raw: Map<string, string>;
  bytes: number;
  /** Live notes synced, of how many live notes there are. */
  synced: number;
  total: number;
}

/** How much of the area the notes may use, the other items taking `otherBytes` and `otherItems`. */
export interface NoteBudget {
  bytes: number;
  items: number;
}

export function noteBudget(otherBytes: number, otherItems: number): NoteBudget {
  return { bytes: SYNC_QUOTA.bytes - AREA_MARGIN - otherBytes, items: SYNC_QUOTA.items - otherItems };
}

/** Raw JSON gathered per item before compressing, at most; notes compress about 2–4 times, so this usually fits in one go. */
const RAW_CHUNK = 16_000;
/** Raw JSON an item holds before a cut note may close it. */
const MIN_CHUNK = 6_000;
/**
 * A note whose id hashes to 0 modulo this closes its item (once the item holds MIN_CHUNK): items end at the same notes
 * whatever else is added or left out, so two packings that differ by a few notes differ in a few items, and only those
 * are compressed again (see CompressionMemo), and written again.
 */
const CUT_EVERY = 48;

/**
 * Compressed item values by their JSON, shared by the packings of one pass and kept for the next: the search for the
 * largest set that fits packs several sets near the answer, and one edit changes one item of each. After a pass it
 * holds only what that pass compressed or reused.
 */
export type CompressionMemo = Map<string, string>;

interface PackedRecord {
  json: string;
  live: boolean;
  /** Closes its item, once the item holds MIN_CHUNK. */
  cut: boolean;
}

/** Compresses packed notes into items, splitting any list whose item would be too large. */
async function chunkToItems(
  records: readonly PackedRecord[],
  compress: (text: string) => Promise<string>,
): Promise<{ items: [string, string, string][]; unfit: number }> {
  const items: [string, string, string][] = [];
  /** Live notes in no item. */
  let unfit = 0;
  const place = async (list: readonly PackedRecord[]): Promise<void> => {
    if (list.length === 0) return;
    const text = `[${list.map((record) => record.json).join(',')}]`;
    const key = `${NOTE_KEY_PREFIX}${items.length}`;
    const value = await compress(text);
    if (itemBytes(key, value) <= SYNC_QUOTA.bytesPerItem - ITEM_MARGIN) {
      items.push([key, value, text]);
      return;
    }
    if (list.length === 1) {
      if (list[0]!.live) unfit += 1; // one note too large for an item even alone: it stays in this browser
      return;
    }
    const half = Math.ceil(list.length / 2);
    await place(list.slice(0, half));
    await place(list.slice(half));
  };
  let start = 0;
  let size = 0;
  for (let i = 0; i < records.length; i++) {
    size += records[i]!.json.length + 1;
    if ((size >= MIN_CHUNK && records[i]!.cut) || size >= RAW_CHUNK || i === records.length - 1) {
      await place(records.slice(start, i + 1));
      start = i + 1;
      size = 0;
    }
  }
  return { items, unfit };
}

const byRecency = (a: Versioned, b: Versioned) =>
  b.note.updatedAt - a.note.updatedAt || (a.note.id < b.note.id ? -1 : a.note.id > b.note.id ? 1 : 0);
const byCreation = (a: Versioned, b: Versioned) =>
  a.note.createdAt - b.note.createdAt || (a.note.id < b.note.id ? -1 : a.note.id > b.note.id ? 1 : 0);

/** Characters of JSON per stored byte, assumed before any set has been compressed (notes compress 2–4 times, less base64). */
const FIRST_GUESS_RATIO = 2.5;
/** A bracket this narrow is halved rather than guessed into. */
const NARROW_BRACKET = 48;

/**
 * Packs as many notes as the budget holds, most recently changed first, tombstones of more than
 * TOMBSTONE_LIFETIME_MS left out. The same notes always make the same items, whichever browser packs them.
 */
export async function packNotes(
  versions: readonly Versioned[],
  budget: NoteBudget,
  memo: CompressionMemo = new Map(),
): Promise<NotePacking> {
  const newest = versions.reduce((max, { note }) => Math.max(max, note.updatedAt), 0);
  const candidates = versions
    .filter(({ note }) => !isDeleted(note) || note.deletedAt! >= newest - TOMBSTONE_LIFETIME_MS)
    .sort(byRecency);
  const records = candidates.map(
    (version): PackedRecord => ({
      json: JSON.stringify(packOne(version)),
      live: !isDeleted(version.note),
      cut: fnv1a(version.note.id) % CUT_EVERY === 0,
    }),
  );
  const used = new Map<string, string>();
  const compress = async (text: string) => {
    const value = used.get(text) ?? memo.get(text) ?? (await compressText(text));
    used.set(text, value);
    return value;
  };
  /** rawUpTo[c]: characters of JSON in the `c` most recent notes. */
  const rawUpTo = [0];
  for (const { json } of records) rawUpTo.push(rawUpTo[rawUpTo.length - 1]! + json.length + 1);
  /** The most notes whose JSON stays within `raw` characters. */
  const countWithin = (raw: number) => {
    let low = 0;
    let high = candidates.length;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (rawUpTo[middle]! <= raw) low = middle;
      else high = middle - 1;
    }
    return low;
  };
  /** Indexes into `candidates` (most recent first), oldest created first: the `count` most recent are those below `count`. */
  const byCreationOrder = candidates.map((_, i) => i).sort((a, b) => byCreation(candidates[a]!, candidates[b]!));
  const packFirst = async (count: number) => {
    const chosen = byCreationOrder.filter((i) => i < count).map((i) => records[i]!);
    const { items, unfit } = await chunkToItems(chosen, compress);
    const bytes = items.reduce((sum, [key, value]) => sum + itemBytes(key, value), 0);
    return { items, bytes, unfit };
  };
  const fits = (packed: { bytes: number; items: unknown[] }) => packed.bytes <= budget.bytes && packed.items.length <= budget.items;

  // The largest prefix (by recency) that fits; packing is monotone enough in the count for a bracketing search.
  // `low` fits (none always does), `high` does not (past the end stands for "all fit"). While the bracket is wide,
  // each count tried is the one the last packing's compression ratio says fills the budget, so that a pass packs a
  // few sets near the answer rather than every note and then a dozen sets of a bisection; near the answer, where
  // the items' boundaries make the ratio wobble by a few notes, the bracket is halved. A guess that moves the bracket
  // by one note, twice in a row, is followed by a halving too.
  let low = 0;
  let high = candidates.length + 1;
  let best = await packFirst(0);
  let guess = countWithin(budget.bytes * FIRST_GUESS_RATIO);
  let creeping = 0;
  while (high - low > 1) {
    const aimed = Math.min(high - 1, Math.max(low + 1, guess));
    const halve = high - low <= NARROW_BRACKET || creeping >= 2;
    const count = halve ? Math.floor((low + high) / 2) : aimed;
    const packed = await packFirst(count);
    if (fits(packed)) {
      low = count;
      best = packed;
    } else high = count;
    creeping = !halve && aimed !== guess ? creeping + 1 : 0;
    guess = countWithin((budget.bytes * rawUpTo[count]!) / Math.max(1, packed.bytes));
  }
  const count = low;
  memo.clear();
  for (const [text, value] of used) memo.set(text, value);
  const live = (list: readonly Versioned[]) => list.filter(({ note }) => !isDeleted(note)).length;
  const total = live(versions);
  // Notes too large for an item even alone are in no item: they count among those not synced.
  const synced = Math.max(0, live(candidates.slice(0, count)) - best.unfit);
  return {
    items: Object.fromEntries(best.items.map(([key, value]) => [key, value])),
    raw: new Map(best.items.map(([key, , text]) => [key, text])),
    bytes: best.bytes,
    synced,
    total,
  };
}
