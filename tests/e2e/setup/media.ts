/**
 * Real, tiny videos for the imitation's player, so playing, seeking and `timeupdate` are the browser's own.
 * One long VP9 master (a counter showing the second, 1 frame per second, about 1 MB for 37 minutes, ~1 s to
 * encode) is cut without re-encoding to each length the series needs, so every series video has its real
 * duration. Files are named by a hash of how they are made: a rerun finds them and does nothing.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { run } from './run';

export interface MediaSet {
  /** Path of the main video of each length, in seconds. */
  main: Map<number, string>;
  /** A short clip that looks nothing like the lesson, played as an ad. */
  ad: string;
  adSeconds: number;
  /**
   * One file holding an ad of `adSeconds` and then the lesson of `lessonSeconds` (a stitched, server-side
   * inserted ad), made on first use and kept.
   */
  stitched(adSeconds: number, lessonSeconds: number): string | undefined;
}

const AD_SECONDS = 30;
const VP9 = ['-c:v', 'libvpx-vp9', '-crf', '50', '-b:v', '0', '-g', '15', '-deadline', 'realtime', '-cpu-used', '8'];

function key(args: string[]): string {
  return createHash('sha256').update(JSON.stringify(args)).digest('hex').slice(0, 12);
}

/** Runs ffmpeg into `path` unless it exists; writes to a temporary name first so no half file is ever reused. */
function produce(path: string, args: string[]): void {
  if (existsSync(path)) return;
  const tmp = `${path}.${process.pid}.tmp.webm`;
  run('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', ...args, tmp], { quiet: true });
  renameSync(tmp, path);
}

export function prepareMedia(dir: string, durations: readonly number[]): MediaSet {
  const mediaDir = join(dir, 'media');
  mkdirSync(mediaDir, { recursive: true });
  const longest = Math.max(...durations);
  const masterArgs = ['-f', 'lavfi', '-i', 'testsrc=size=160x90:rate=1', '-t', String(longest), ...VP9];
  const masterKey = key(masterArgs);
  const master = join(mediaDir, `master-${masterKey}.webm`);
  produce(master, masterArgs);

  const main = new Map<number, string>();
  for (const seconds of durations) {
    const path = join(mediaDir, `main-${seconds}s-${masterKey}.webm`);
    produce(path, ['-i', master, '-c', 'copy', '-t', String(seconds)]);
    main.set(seconds, path);
  }

  const adArgs = ['-f', 'lavfi', '-i', 'smptebars=size=160x90:rate=1', '-t', String(AD_SECONDS), ...VP9];
  const ad = join(mediaDir, `ad-${key(adArgs)}.webm`);
  produce(ad, adArgs);
  const stitched = (adSeconds: number, lessonSeconds: number) => {
    const lesson = main.get(lessonSeconds);
    if (!lesson || !(adSeconds > 0) || adSeconds > 600) return undefined;
    // The ad part is encoded like the lesson, so that the two join without re-encoding the lesson.
    const partArgs = ['-f', 'lavfi', '-i', 'smptebars=size=160x90:rate=1', '-t', String(adSeconds), ...VP9];
    const part = join(mediaDir, `ad-part-${key(partArgs)}.webm`);
    produce(part, partArgs);
    const path = join(mediaDir, `stitched-${adSeconds}s-${lessonSeconds}s-${key([...partArgs, lesson])}.webm`);
    if (!existsSync(path)) {
      const list = join(mediaDir, `stitched-${process.pid}.txt`);
      writeFileSync(list, `file '${part}'\nfile '${lesson}'\n`);
      produce(path, ['-f', 'concat', '-safe', '0', '-i', list, '-c', 'copy']);
    }
    return path;
  };
  return { main, ad, adSeconds: AD_SECONDS, stitched };
}
