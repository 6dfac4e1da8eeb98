/**
 * Finds where a glossary term is spoken in a caption track. Used by the caption check (tests) to prove each
 * entry's second; pure, with the captions passed in, so the product never ships or needs caption text.
 */

/** `[sentence, start, end]`, as in the reference caption files. */
export type CaptionSentence = [text: string, start: number, end: number];

/** Lowercase words separated by single spaces, with a space at each end, so phrases match on word boundaries. */
export function normaliseForMatch(text: string): string {
  const words = text
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  return ` ${words} `;
}

/** Does the sentence say the phrase (as whole words)? */
export function saysPhrase(sentence: string, phrase: string): boolean {
  const needle = normaliseForMatch(phrase);
  return needle.trim() !== '' && normaliseForMatch(sentence).includes(needle);
}

/** Starts of the sentences that say any of the phrases, in order. */
export function startsSaying(captions: readonly CaptionSentence[], phrases: readonly string[]): number[] {
  return captions.filter(([text]) => phrases.some((phrase) => saysPhrase(text, phrase))).map(([, start]) => start);
}

/** The sentence start nearest to `t` among those that say one of the phrases, or undefined if none does. */
export function nearestMention(
  captions: readonly CaptionSentence[],
  phrases: readonly string[],
  t: number,
): number | undefined {
  let best: number | undefined;
  for (const start of startsSaying(captions, phrases)) {
    if (best === undefined || Math.abs(start - t) < Math.abs(best - t)) best = start;
  }
  return best;
}
