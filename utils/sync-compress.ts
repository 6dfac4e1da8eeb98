/** Text to a compressed (deflate-raw) base64 string and back, with the browser's own CompressionStream. */

/**
 * The bytes go through the stream from memory, not from a Blob: in Chromium's service worker each Blob is registered
 * with the browser process, and a sync pass over 10,000 notes (hundreds of items compressed while the largest set
 * that fits was searched for, before passes kept their compressed items) spent ~0.7 s of the worker's time in the
 * Blob constructor alone.
 */
async function transform(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const input = new ReadableStream<BufferSource>({
    start(controller) {
      controller.enqueue(bytes as BufferSource);
      controller.close();
    },
  });
  return new Uint8Array(await new Response(input.pipeThrough(stream)).arrayBuffer());
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

const fromBase64 = (text: string): Uint8Array => Uint8Array.from(atob(text), (char) => char.charCodeAt(0));

export async function compressText(text: string): Promise<string> {
  return toBase64(await transform(new TextEncoder().encode(text), new CompressionStream('deflate-raw')));
}

export async function decompressText(base64: string): Promise<string> {
  return new TextDecoder().decode(await transform(fromBase64(base64), new DecompressionStream('deflate-raw')));
}
