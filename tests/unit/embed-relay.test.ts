import { describe, expect, it } from 'vitest';
import {
  embedPlayerCommand,
  embedReadingPush,
  readEmbedPlayerCommand,
  readEmbedReadingPush,
  type EmbedReading,
} from '@/utils/embed-relay';
import { embedReadingGate, STEADY_REPORT_MS } from '@/utils/embed-reading-gate';
import { carriedTime, MAX_CARRY_S } from '@/utils/remote-reading';
import { validateRequest } from '@/utils/protocol';
import { senderMayAsk, type SenderFacts } from '@/utils/protocol-senders';

const reading: EmbedReading = { videoId: 'aircAruvnKk', t: 62.5, d: 1118, playing: true, ad: false };
const request = (type: string, payload: unknown) => ({ margin: 1, type, payload });

describe('the lesson-page requests are checked field by field', () => {
  it.each<[string, unknown]>([
    ['lesson/load', {}],
    ['lesson/attach-embed', {}],
    ['lesson/player', { frameId: 3, action: 'seek', t: 90 }],
    ['lesson/player', { frameId: 3, action: 'play' }],
    ['lesson/player', { frameId: 12, action: 'pause' }],
    ['embed/reading', reading],
    ['embed/reading', { videoId: null, t: null, d: null, playing: false, ad: true }],
  ])('accepts %s %j', (type, payload) => {
    expect(validateRequest(request(type, payload))).toEqual({ ok: true, envelope: { margin: 1, type, payload } });
  });

  it.each<[string, unknown, RegExp]>([
    ['lesson/load', { tabId: 1 }, /unexpected field "tabId"/],
    ['lesson/player', { frameId: 0, action: 'seek', t: 1 }, /frameId must be the number of a frame inside the page/],
    ['lesson/player', { frameId: 1.5, action: 'play' }, /frameId/],
    ['lesson/player', { frameId: '2', action: 'play' }, /frameId/],
    ['lesson/player', { frameId: 2, action: 'stop' }, /action must be one of "seek", "play", "pause"/],
    ['lesson/player', { frameId: 2, action: 'seek' }, /a seek needs t/],
    ['lesson/player', { frameId: 2, action: 'seek', t: -1 }, /t must be between/],
    ['lesson/player', { frameId: 2, action: 'play', t: 5 }, /play takes no t/],
    ['embed/reading', { ...reading, videoId: 'dQw4w9WgXcQ' }, /videoId is not one of the series' videos/],
    ['embed/reading', { ...reading, t: Number.NaN }, /t must be a finite number/],
    ['embed/reading', { ...reading, playing: 'yes' }, /playing must be true or false/],
    ['embed/reading', { ...reading, extra: 1 }, /unexpected field "extra"/],
    ['embed/reading', { t: 1 }, /missing field/],
  ])('refuses %s %j', (type, payload, error) => {
    const checked = validateRequest(request(type, payload));
    expect(checked.ok).toBe(false);
    expect(checked.ok ? '' : checked.error).toMatch(error);
  });
});

describe('who may send the lesson-page requests', () => {
  const lessonTop: SenderFacts = { url: 'https://www.3blue1brown.com/lessons/neural-networks', frameId: 0, tab: { url: 'https://www.3blue1brown.com/lessons/neural-networks' } };
  const embed: SenderFacts = {
    url: 'https://www.youtube.com/embed/aircAruvnKk?enablejsapi=1&start=0',
    frameId: 4,
    tab: { url: 'https://www.3blue1brown.com/lessons/neural-networks' },
  };
  const youtubeTab: SenderFacts = { url: 'https://www.youtube.com/watch?v=aircAruvnKk', frameId: 0, tab: { url: 'https://www.youtube.com/watch?v=aircAruvnKk' } };
  const popup: SenderFacts = { url: 'chrome-extension://id/popup.html' };

  it.each<[string, SenderFacts, boolean]>([
    ['the lesson page (frame 0)', lessonTop, true],
    ['a frame inside the lesson page', { ...lessonTop, frameId: 2 }, false],
    ['a YouTube tab', youtubeTab, false],
    ['the embed frame', embed, false],
    ['the popup', popup, false],
    ['another page of the site', { ...lessonTop, url: 'https://www.3blue1brown.com/about' }, false],
  ])('lesson/player from %s: %s', (_name, sender, allowed) => {
    expect(senderMayAsk('lesson/player', sender)).toBe(allowed);
    expect(senderMayAsk('lesson/load', sender)).toBe(allowed);
    expect(senderMayAsk('lesson/attach-embed', sender)).toBe(allowed);
  });

  it.each<[string, SenderFacts, boolean]>([
    ['the embed frame in a lesson page', embed, true],
    ['the lesson page itself', lessonTop, false],
    ['an embed of another video', { ...embed, url: 'https://www.youtube.com/embed/dQw4w9WgXcQ' }, false],
    ['an embed on another site', { ...embed, tab: { url: 'https://evil.example/' } }, false],
    ['a YouTube tab', youtubeTab, false],
    ['an embed frame numbered 0 (a top-level embed page)', { ...embed, frameId: 0 }, false],
    ['the popup', popup, false],
  ])('embed/reading from %s: %s', (_name, sender, allowed) => {
    expect(senderMayAsk('embed/reading', sender)).toBe(allowed);
  });

  it('leaves every other request to any of Margin\'s views, as before', () => {
    for (const sender of [lessonTop, embed, youtubeTab, popup]) expect(senderMayAsk('notes/create', sender)).toBe(true);
  });
});

describe('background → frame messages', () => {
  it('round-trip through their readers, and anything else reads as nothing', () => {
    expect(readEmbedReadingPush(embedReadingPush(4, reading))).toEqual({ frameId: 4, reading });
    expect(readEmbedPlayerCommand(embedPlayerCommand({ action: 'seek', t: 30 }))).toEqual({ action: 'seek', t: 30 });
    expect(readEmbedPlayerCommand(embedPlayerCommand({ action: 'pause' }))).toEqual({ action: 'pause' });
    for (const junk of [null, 'embed-reading', { margin: 1, type: 'embed-reading', frameId: 0, reading }, { margin: 1, type: 'embed-reading', frameId: 2, reading: { ...reading, t: 'x' } }, { margin: 2, type: 'embed-reading', frameId: 2, reading }]) {
      expect(readEmbedReadingPush(junk)).toBeUndefined();
    }
    for (const junk of [{ margin: 1, type: 'embed-player', action: 'seek' }, { margin: 1, type: 'embed-player', action: 'eject' }, { margin: 1, type: 'embed-player', action: 'play', extra: true }]) {
      expect(readEmbedPlayerCommand(junk)).toBeUndefined();
    }
  });
});

describe('how often the embed reports, and how the page carries the time between reports', () => {
  it('reports steady playback about once a second, and a pause, a seek or an ad at once', () => {
    const gate = embedReadingGate();
    expect(gate.shouldSend(reading, 0)).toBe(true);
    expect(gate.shouldSend({ ...reading, t: 62.75 }, 250)).toBe(false);
    expect(gate.shouldSend({ ...reading, t: 63.5 }, STEADY_REPORT_MS)).toBe(true);
    expect(gate.shouldSend({ ...reading, t: 63.6, playing: false }, 1100)).toBe(true);
    expect(gate.shouldSend({ ...reading, t: 63.6, playing: false }, 5000)).toBe(false);
    expect(gate.shouldSend({ ...reading, t: 200, playing: false }, 5100)).toBe(true);
    expect(gate.shouldSend({ ...reading, t: null, videoId: null, playing: false, ad: true }, 5200)).toBe(true);
    gate.forget();
    expect(gate.shouldSend({ ...reading, t: null, videoId: null, playing: false, ad: true }, 5300)).toBe(true);
  });

  it('moves a playing lesson on from its last reading, for at most a little while, never past the end', () => {
    expect(carriedTime(reading, 1000, 1500)).toBeCloseTo(63);
    expect(carriedTime(reading, 1000, 60_000)).toBeCloseTo(62.5 + MAX_CARRY_S);
    expect(carriedTime({ ...reading, playing: false }, 1000, 60_000)).toBe(62.5);
    expect(carriedTime({ ...reading, t: 1117.5 }, 0, 1500)).toBe(1118);
    expect(carriedTime({ ...reading, t: null }, 0, 10)).toBeNull();
  });
});
