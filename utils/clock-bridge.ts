/**
 * The channel between the lesson clock (the panel, in the extension's isolated world) and its bridge (a tiny
 * script in the page's main world, where YouTube's player API lives: entrypoints/clock-bridge.ts).
 *
 * It is synchronous and carries only readings: the clock dispatches `ASK_EVENT` on its own `<margin-clock>`
 * element; the bridge's listener runs at once, in the main world, and writes the player's answer to the
 * element's `ANSWER_ATTR` (a short JSON object, see parseBridgeAnswer in utils/lesson-reading.ts) before
 * dispatchEvent returns. A seek rides along as `SEEK_ATTR` (lesson seconds).
 *
 * The page can see and forge all of it. So nothing that comes back is more than a reading: it is validated,
 * cross-checked against the page's own progress bar, and can never make Margin write anything but what the
 * <video> element itself could (a reading of lesson time).
 */
export const CLOCK_CHANNEL_TAG = 'margin-clock';
export const ASK_EVENT = 'margin-clock-ask';
export const ANSWER_ATTR = 'data-answer';
export const SEEK_ATTR = 'data-seek';
