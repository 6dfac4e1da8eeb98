/** The player's modes for this page load (see ../modes.ts), read from the cookies when the page script boots. */
import { modesFromCookies, parametersFromCookies } from '../modes';

const active = modesFromCookies(document.cookie);
const parameters = parametersFromCookies(document.cookie);

export const playerModes = {
  playerApi: active.has('player-api'),
  /** Seconds of ad stitched in front of each video (0: none). */
  stitchedAdSeconds: active.has('stitched-ad') ? parameters['stitched-ad-seconds'] : 0,
  /** Milliseconds the previous video plays on after navigation (0: none). */
  mediaGapMs: active.has('media-gap') ? parameters['media-gap-ms'] : 0,
  replaceProgressBar: active.has('replace-progress-bar'),
  delhiPlayer: active.has('delhi-player'),
  watchPagePreview: active.has('watch-page-preview'),
} as const;
