/** FNV-1a over a string's UTF-16 code units, as an unsigned 32-bit number; `basis` picks one of several independent hashes. Not cryptographic. */
export function fnv1a(text: string, basis = 0x811c9dc5): number {
  let hash = basis;
  for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}
