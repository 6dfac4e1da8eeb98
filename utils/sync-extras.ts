/**
 * Watch progress and settings in `storage.sync`, beside the notes. Progress merges by union: time watched in
 * either browser counts as watched, and the resume position is the one recorded last. Settings merge as a
 * whole, the later change winning; a few are about this browser only and never travel.
 */
import type { Progress } from './progress';
import { isSeriesVideoId } from './series-ids';
import { settingsWithDefaults, type Settings } from './settings';
import { isPlainObject } from './validation';
import { mergeRanges, type WatchRange } from './watch-ranges';

export const PROGRESS_KEY = 'progress';
export const SETTINGS_KEY = 'settings';

/** Settings that describe this browser's window or this browser's choice, not the learner's preferences. */
export const LOCAL_ONLY_SETTINGS: readonly (keyof Settings)[] = ['panelCollapsed', 'activeTab', 'syncEnabled'];

export type SyncedSettings = Partial<Settings>;

/** Settings as stored in sync: the values and when they were last changed (a stamp that only moves forward). */
export interface StampedSettings {
  values: SyncedSettings;
  at: number;
}

export function syncedPart(settings: Settings): SyncedSettings {
  const values: Record<string, unknown> = {};
  for (const key of Object.keys(settings).sort() as (keyof Settings)[]) {
    if (!LOCAL_ONLY_SETTINGS.includes(key)) values[key] = settings[key];
  }
  return values as SyncedSettings;
}

const same = (a: SyncedSettings, b: SyncedSettings) => JSON.stringify(a) === JSON.stringify(b);

export function readStampedSettings(value: unknown): StampedSettings | undefined {
  if (!isPlainObject(value) || typeof value.at !== 'number' || !Number.isFinite(value.at)) return undefined;
  return { values: syncedPart(settingsWithDefaults(value.values)), at: value.at };
}

export interface SettingsMerge {
  /** What both sides hold afterwards; remembered as the base of the next pass. */
  merged: StampedSettings;
  /** Changes to make here, if the other browsers' settings won. */
  local?: SyncedSettings;
  /** True when storage.sync must be written. */
  push: boolean;
}

/**
 * `base` is what the last pass agreed on. A browser syncing for the first time takes the settings already in
 * sync, so that a fresh install's defaults never overwrite the learner's choices.
 */
export function mergeSettings(
  local: Settings,
  base: StampedSettings | undefined,
  remote: StampedSettings | undefined,
  now: number,
): SettingsMerge {
  const mine = syncedPart(local);
  let merged: StampedSettings;
  if (!base) merged = remote ?? { values: mine, at: now };
  else {
    const changedHere = !same(mine, base.values);
    const candidate = changedHere ? { values: mine, at: Math.max(now, base.at + 1) } : base;
    merged = !remote || candidate.at > remote.at ? candidate : remote;
  }
  return {
    merged,
    ...(!same(merged.values, mine) && { local: merged.values }),
    push: !remote || remote.at !== merged.at || !same(remote.values, merged.values),
  };
}

/** One video's progress from both sides: watched time added up, the later resume position. */
export function mergeProgress(a: Progress | undefined, b: Progress | undefined): Progress | undefined {
  if (!a || !b) return a ?? b;
  const later = a.updatedAt > b.updatedAt || (a.updatedAt === b.updatedAt && a.lastPosition >= b.lastPosition) ? a : b;
  return { videoId: a.videoId, watched: mergeRanges([...a.watched, ...b.watched]), lastPosition: later.lastPosition, updatedAt: later.updatedAt };
}

export const sameProgress = (a: Progress | undefined, b: Progress | undefined): boolean =>
  JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

type PackedProgress = [watched: WatchRange[], lastPosition: number, updatedAt: number];

export function packProgress(all: readonly Progress[]): string {
  const entries = [...all]
    .sort((a, b) => (a.videoId < b.videoId ? -1 : 1))
    .map((p): [string, PackedProgress] => [p.videoId, [p.watched, p.lastPosition, p.updatedAt]]);
  return JSON.stringify(Object.fromEntries(entries));
}

const finite = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** Progress read back from sync; what is malformed is left out. */
export function unpackProgress(text: string): Progress[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return [];
  }
  if (!isPlainObject(parsed)) return [];
  const result: Progress[] = [];
  for (const [videoId, value] of Object.entries(parsed)) {
    if (!isSeriesVideoId(videoId) || !Array.isArray(value) || value.length !== 3) continue;
    const [watched, lastPosition, updatedAt] = value as unknown[];
    if (!Array.isArray(watched) || !finite(lastPosition) || !finite(updatedAt)) continue;
    const ranges = watched.filter(
      (range): range is WatchRange => Array.isArray(range) && range.length === 2 && finite(range[0]) && finite(range[1]),
    );
    result.push({ videoId, watched: mergeRanges(ranges), lastPosition, updatedAt });
  }
  return result;
}
