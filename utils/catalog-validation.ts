/**
 * Checks catalog data field by field and collects every problem (not just the first), each saying where it is.
 * Used by the catalog test on every assets/series file.
 */
import { isYouTubeVideoId } from './youtube-url';

const GLOSSARY_ID = /^c([1-9])-[a-z0-9]+(?:-[a-z0-9]+)*$/;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
const isSecond = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;

/** Sentences in a definition: runs of text ending in . ! or ? (decimal points like 0.5 do not end one). */
export function countSentences(text: string): number {
  return text.split(/(?<=[.!?])\s+(?=[A-Z(“"])/).filter((part) => part.trim() !== '').length;
}

export function validateSeriesVideo(data: unknown, where: string): string[] {
  const errors: string[] = [];
  const fail = (path: string, problem: string) => errors.push(`${where}${path}: ${problem}`);
  if (!isObject(data)) return [`${where}: not an object`];

  if (!Number.isInteger(data.order) || (data.order as number) < 1 || (data.order as number) > 9) fail('.order', 'must be 1 to 9');
  if (typeof data.videoId !== 'string' || !isYouTubeVideoId(data.videoId)) fail('.videoId', 'not an 11-character YouTube id');
  if (!isText(data.title)) fail('.title', 'missing');
  const duration = data.durationSeconds;
  if (!Number.isInteger(duration) || (duration as number) <= 0) fail('.durationSeconds', 'must be a positive whole number');
  if (typeof data.durationIsLowerBound !== 'boolean') fail('.durationIsLowerBound', 'must be true or false');
  if (data.chaptersSource !== 'creator' && data.chaptersSource !== 'margin') fail('.chaptersSource', 'must be "creator" or "margin"');
  const end = typeof duration === 'number' ? duration : Infinity;

  if (!Array.isArray(data.chapters) || data.chapters.length === 0) {
    fail('.chapters', 'must be a non-empty list');
  } else {
    let previous = -1;
    data.chapters.forEach((chapter: unknown, i) => {
      const path = `.chapters[${i}]`;
      if (!isObject(chapter)) return fail(path, 'not an object');
      if (!isText(chapter.title)) fail(`${path}.title`, 'missing');
      if (!isSecond(chapter.start)) return fail(`${path}.start`, 'not a second');
      if (i === 0 && chapter.start !== 0) fail(`${path}.start`, 'the first chapter starts at 0');
      if (chapter.start <= previous) fail(`${path}.start`, `${chapter.start} does not come after ${previous}`);
      if (chapter.start >= end) fail(`${path}.start`, `${chapter.start} is past the end (${end})`);
      previous = chapter.start;
    });
  }

  if (!Array.isArray(data.glossary)) {
    fail('.glossary', 'must be a list');
  } else {
    data.glossary.forEach((entry: unknown, i) => {
      const path = `.glossary[${i}]`;
      if (!isObject(entry)) return fail(path, 'not an object');
      const id = entry.id;
      const match = typeof id === 'string' ? GLOSSARY_ID.exec(id) : null;
      if (!match) fail(`${path}.id`, `${JSON.stringify(id)} is not of the form c<order>-<slug>`);
      else if (Number(match[1]) !== data.order) fail(`${path}.id`, `${id} names chapter ${match[1]}, not ${String(data.order)}`);
      if (!isText(entry.term)) fail(`${path}.term`, 'missing');
      if (!Array.isArray(entry.aliases) || !entry.aliases.every(isText)) fail(`${path}.aliases`, 'must be a list of words');
      if (!isText(entry.definition)) fail(`${path}.definition`, 'missing');
      else {
        const sentences = countSentences(entry.definition);
        if (sentences < 1 || sentences > 3) fail(`${path}.definition`, `has ${sentences} sentences, not one to three`);
      }
      if (!isSecond(entry.t)) fail(`${path}.t`, 'not a second');
      else if (entry.t >= end) fail(`${path}.t`, `${entry.t} is past the end (${end})`);
      if (!Array.isArray(entry.related) || !entry.related.every((r) => typeof r === 'string')) fail(`${path}.related`, 'must be a list of ids');
      else if (entry.related.includes(id as string)) fail(`${path}.related`, 'names the entry itself');
      if (entry.approximate !== undefined && typeof entry.approximate !== 'boolean') fail(`${path}.approximate`, 'must be true or false');
    });
  }
  return errors;
}

/** Checks across the whole series: glossary ids unique, and every related id names an entry that exists. */
export function validateSeriesLinks(videos: readonly { glossary: readonly { id: string; related: readonly string[] }[] }[]): string[] {
  const errors: string[] = [];
  const ids = new Set<string>();
  for (const entry of videos.flatMap((video) => video.glossary)) {
    if (ids.has(entry.id)) errors.push(`glossary id ${entry.id} is used twice`);
    ids.add(entry.id);
  }
  for (const entry of videos.flatMap((video) => video.glossary)) {
    for (const related of entry.related) {
      if (!ids.has(related)) errors.push(`${entry.id}.related: no entry ${related}`);
    }
  }
  return errors;
}
