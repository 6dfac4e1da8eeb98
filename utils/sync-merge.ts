/**
 * How the learner's browsers agree on their notes: every version of a note carries a version vector (per
 * browser, how many of its sync passes changed the note), so "this edit was made after seeing that one" is known
 * exactly, whatever the devices' clocks say. A version made after another replaces it. Two versions made
 * without seeing each other (two offline browsers) are concurrent: the one stamped later wins (`newerNote`:
 * `updatedAt` only ever moves forward from the version edited, so it is a hybrid logical clock per note), and
 * a live loser is kept as a conflict copy the learner can see. A deletion is a version like any other (a
 * tombstone), so it wins only over versions it saw or that are stamped earlier.
 *
 * The merge of any number of replicas is one function of the multiset of their versions: the order replicas are
 * merged in, and repeats, make no difference, and merging its result with any of its inputs changes nothing.
 */
import { newerNote } from './note-merge';
import { NOTE_LIMITS, isDeleted, normalizeTags, type Note } from './notes';
import { fnv1a } from './fnv';

/** Browser id → how many times that browser changed the note. A missing browser counts 0. */
export type VersionVector = Readonly<Record<string, number>>;

export interface Versioned {
  note: Note;
  vv: VersionVector;
}

/** The tag that marks a conflict copy; the learner finds them with the tag filter. */
export const CONFLICT_TAG = 'conflict copy';

export type Order = 'equal' | 'before' | 'after' | 'concurrent';

/** The same counters for the same devices (a device at zero counts as absent, as in compareVersions). */
export function sameVersions(a: VersionVector, b: VersionVector): boolean {
  return a === b || compareVersions(a, b) === 'equal';
}

/** Where `a` stands relative to `b`: `before` when b was made having seen a. */
export function compareVersions(a: VersionVector, b: VersionVector): Order {
  let aAhead = false;
  let bAhead = false;
  for (const device of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const x = a[device] ?? 0;
    const y = b[device] ?? 0;
    if (x > y) aAhead = true;
    else if (y > x) bAhead = true;
  }
  if (aAhead && bAhead) return 'concurrent';
  return aAhead ? 'after' : bAhead ? 'before' : 'equal';
}

/** The smallest vector that has seen both. Keys sorted, so that equal vectors serialise alike. */
export function joinVersions(a: VersionVector, b: VersionVector): VersionVector {
  const joined: Record<string, number> = {};
  for (const device of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
    joined[device] = Math.max(a[device] ?? 0, b[device] ?? 0);
  }
  return joined;
}

/** One more change by `device`. */
export function bumpVersion(vv: VersionVector, device: string): VersionVector {
  return joinVersions(vv, { [device]: (vv[device] ?? 0) + 1 });
}

/** What the learner wrote: two versions saying the same thing need no copy of each other. */
const content = (note: Note) => JSON.stringify([note.videoId, note.t, note.text, note.tags]);

/**
 * A note id (UUID-shaped) that is a function of its input alone, so that every browser resolving the same
 * conflict makes the very same copy instead of one copy each. Four FNV-1a hashes; not cryptographic, nor
 * needs to be: an id collision would need two conflicts with the same note id.
 */
export function derivedNoteId(seed: string): string {
  let hex = '';
  for (const basis of [0x811c9dc5, 0x01000193, 0x9e3779b9, 0x85ebca6b]) hex += fnv1a(seed, basis).toString(16).padStart(8, '0');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** The losing side of a conflict, as a note of its own. It starts with no history: nothing has changed it yet. */
export function conflictCopy(loser: Note): Versioned {
  const tags = normalizeTags([...loser.tags.slice(0, NOTE_LIMITS.maxTags - 1), CONFLICT_TAG]);
  const { deletedAt: _deletedAt, ...alive } = loser;
  const id = derivedNoteId(`${loser.id}|${loser.updatedAt}|${content(loser)}`);
  return { note: { ...alive, id, tags }, vv: {} };
}

/** The versions of one note no other version has seen, each once. */
function frontier(versions: readonly Versioned[]): Versioned[] {
  const kept: Versioned[] = [];
  for (const candidate of versions) {
    let dominated = false;
    for (let i = 0; i < kept.length; i++) {
      const order = compareVersions(candidate.vv, kept[i]!.vv);
      if (order === 'before') {
        dominated = true;
        break;
      }
      if (order === 'equal') {
        // The same version (or two notes from before sync, with no history): any fixed choice is order-free.
        if (newerNote(kept[i]!.note, candidate.note) === candidate.note) kept[i] = candidate;
        dominated = true;
        break;
      }
    }
    if (dominated) continue;
    for (let i = kept.length - 1; i >= 0; i--) {
      if (compareVersions(kept[i]!.vv, candidate.vv) === 'before') kept.splice(i, 1);
    }
    kept.push(candidate);
  }
  return kept;
}

/** One note's versions, from every replica, to the one that stands and the copies its conflicts leave. */
function resolve(versions: readonly Versioned[]): { winner: Versioned; copies: Versioned[] } {
  const heads = frontier(versions);
  if (heads.length === 1) return { winner: heads[0]!, copies: [] };
  const winnerNote = heads.map((head) => head.note).reduce(newerNote);
  const vv = heads.map((head) => head.vv).reduce(joinVersions);
  const copies = new Map<string, Versioned>();
  for (const { note } of heads) {
    if (note === winnerNote || isDeleted(note)) continue;
    if (!isDeleted(winnerNote) && content(note) === content(winnerNote)) continue;
    const copy = conflictCopy(note);
    copies.set(copy.note.id, copy);
  }
  return { winner: { note: winnerNote, vv }, copies: [...copies.values()] };
}

/**
 * Merges replicas (this browser's notes, what storage.sync holds, …) into one: every note id once, tombstones
 * included, plus the conflict copies. The result depends on the replicas' versions only, not on their order.
 */
export function mergeReplicas(replicas: readonly (readonly Versioned[])[]): Versioned[] {
  const byId = groupById(replicas.flat());
  const merged = new Map<string, Versioned>();
  const copies: Versioned[] = [];
  for (const [id, versions] of byId) {
    const { winner, copies: made } = resolve(versions);
    merged.set(id, winner);
    copies.push(...made);
  }
  // A copy may already exist (made by another browser, perhaps edited since): the copy made here has no
  // history, so any existing version of it stands.
  for (const copy of copies) {
    const existing = merged.get(copy.note.id);
    merged.set(copy.note.id, existing ? resolve([existing, copy]).winner : copy);
  }
  return [...merged.values()];
}

function groupById(versions: readonly Versioned[]): Map<string, Versioned[]> {
  const byId = new Map<string, Versioned[]>();
  for (const version of versions) {
    const group = byId.get(version.note.id);
    if (group) group.push(version);
    else byId.set(version.note.id, [version]);
  }
  return byId;
}

/** What this browser remembers of each note's history: its vector, and the stamp it had when last synced. */
export type LocalHistory = ReadonlyMap<string, { vv: VersionVector; seen: number }>;

/**
 * This browser's notes as versions. A note changed since its last sync pass (its stamp moved, or it never took
 * part) counts one more change by this device: every edit between two passes was made here, on top of the
 * version the last pass left, so one count covers them all.
 */
export function localVersions(notes: readonly Note[], history: LocalHistory, device: string): Versioned[] {
  return notes.map((note) => {
    const known = history.get(note.id);
    if (known && known.seen === note.updatedAt) return { note, vv: known.vv };
    return { note, vv: bumpVersion(known?.vv ?? {}, device) };
  });
}
