/** Notes read back from storage.sync items: decompressed, each checked like an imported note. */
import { readNoteRecord } from './note-record';
import { decompressText } from './sync-compress';
import type { VersionVector, Versioned } from './sync-merge';
import { NOTE_KEY_PREFIX } from './sync-pack';
import { isPlainObject } from './validation';

function readVersionVector(value: unknown): VersionVector | undefined {
  if (!isPlainObject(value)) return undefined;
  const vv: Record<string, number> = {};
  for (const [device, count] of Object.entries(value)) {
    if (device.length > 40 || typeof count !== 'number' || !Number.isSafeInteger(count) || count < 0) return undefined;
    vv[device] = count;
  }
  return vv;
}

/** One packed note read back, checked like an imported one; undefined when anything about it is wrong. */
function unpackOne(value: unknown): Versioned | undefined {
  if (!Array.isArray(value) || value.length !== 9) return undefined;
  const [id, videoId, t, text, tags, createdAt, updatedAt, deletedAt, rawVv] = value as unknown[];
  const record: Record<string, unknown> = { id, videoId, t, text, tags, createdAt, updatedAt };
  if (deletedAt !== null) record.deletedAt = deletedAt;
  // Stamps ahead of this clock are accepted: refusing them would drop the note from sync on every pass of this
  // browser and have its writer put it back. Version vectors, not stamps, decide which edit came after.
  const note = readNoteRecord(record, 'note', () => undefined, { now: Number.MAX_SAFE_INTEGER });
  const vv = readVersionVector(rawVv);
  return note && vv ? { note, vv } : undefined;
}

/**
 * The notes held in the items given (any keys; non-note keys are skipped). A damaged item or note is skipped
 * too: what it held is still in the browser that wrote it, which writes it again. `known` holds texts this browser
 * compressed, by their compressed value: an item it wrote itself is not decompressed again.
 */
export async function unpackNotes(
  items: Readonly<Record<string, unknown>>,
  known: ReadonlyMap<string, string> = new Map(),
): Promise<{ versions: Versioned[]; raw: Map<string, string> }> {
  const versions: Versioned[] = [];
  const raw = new Map<string, string>();
  for (const [key, value] of Object.entries(items)) {
    if (!key.startsWith(NOTE_KEY_PREFIX) || typeof value !== 'string') continue;
    let list: unknown;
    try {
      const text = known.get(value) ?? (await decompressText(value));
      list = JSON.parse(text);
      raw.set(key, text);
    } catch {
      continue;
    }
    if (!Array.isArray(list)) continue;
    for (const entry of list) {
      const version = unpackOne(entry);
      if (version) versions.push(version);
    }
  }
  return { versions, raw };
}

/**
 * Whether two sets of items hold the same notes however they are split: items equal under the same key on both
 * sides hold the same notes and are left out, so that only what differs is taken apart and compared.
 */
export function samePackedContent(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): boolean {
  const onlyA = new Map([...a].filter(([key, text]) => b.get(key) !== text));
  const onlyB = new Map([...b].filter(([key, text]) => a.get(key) !== text));
  if (onlyA.size === 0 && onlyB.size === 0) return true;
  return packedContent(onlyA) === packedContent(onlyB);
}

/**
 * The notes some items hold, as one string that does not depend on how they were split into items: two
 * browsers whose compressors differ may split the same notes differently, and neither should rewrite the other's.
 */
export function packedContent(raw: ReadonlyMap<string, string>): string {
  const records: string[] = [];
  for (const text of raw.values()) {
    try {
      const list: unknown = JSON.parse(text);
      if (Array.isArray(list)) for (const record of list) records.push(JSON.stringify(record));
    } catch {
      records.push(text); // not a list: it never equals a packing of ours
    }
  }
  return records.sort().join('\n');
}
