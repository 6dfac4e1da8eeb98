/** Many notes made up for long-list tests and the browser benchmark, and a way to store them through Margin's own import request. */
import type { Page } from 'playwright-core';
import type { Note } from '@/utils/notes';
import { SERIES_VIDEOS } from '../youtube/videos';

const WORDS = ['gradient', 'neuron', 'weight', 'bias', 'layer', 'cost', 'sigmoid', 'ReLU', 'matrix', 'vector', 'chain', 'rule'];

/** A UUID-shaped id, the same for the same `i`. */
function benchId(i: number): string {
  const hex = i.toString(16).padStart(12, '0');
  return `be4c0000-0000-4000-8000-${hex}`;
}

/**
 * `count` notes: spread over the nine lessons (or all on `videoId`), time-ordered within each lesson, with two
 * tags each. One note in ten mentions a "quiz", the only word with a q, so that a filter of "q" finds exactly those;
 * the first note of every lesson is not one of them.
 */
export function makeNotes(count: number, videoId?: string): Note[] {
  const videos = videoId ? SERIES_VIDEOS.filter((video) => video.id === videoId) : SERIES_VIDEOS;
  const now = Date.now() - 60_000;
  return Array.from({ length: count }, (_, i) => {
    const video = videos[i % videos.length]!;
    const slot = Math.floor(i / videos.length);
    const t = Math.min(video.durationSeconds - 1, 1 + slot * 0.7);
    const words = Array.from({ length: 12 }, (__, k) => WORDS[(i * 7 + k * 3) % WORDS.length]).join(' ');
    const text = slot % 10 === 9 ? `Bench note ${i}: ${words}, a quiz to come back to` : `Bench note ${i}: ${words}`;
    return {
      id: benchId(i),
      videoId: video.id,
      t: Math.round(t * 10) / 10,
      text,
      tags: [WORDS[i % WORDS.length]!.toLowerCase(), `set${i % 5}`],
      createdAt: now + i,
      updatedAt: now + i,
    } as Note;
  });
}

/** Stores `notes` through the `notes/import` request, from an extension page (in chunks the protocol accepts). */
export async function storeNotes(extensionPage: Page, notes: Note[]): Promise<void> {
  for (let i = 0; i < notes.length; i += 5000) {
    const chunk = notes.slice(i, i + 5000);
    const reply = await extensionPage.evaluate((payload) => {
      const { chrome } = globalThis as unknown as { chrome: { runtime: { sendMessage(message: unknown): Promise<{ ok: boolean; error?: string }> } } };
      return chrome.runtime.sendMessage({ margin: 1, type: 'notes/import', payload: { notes: payload } });
    }, chunk);
    if (!reply?.ok) throw new Error(`the benchmark's notes were refused: ${reply?.error ?? 'no answer'}`);
  }
}
