/** Text to a compressed (deflate-raw) base64 string and back, with the browser's own CompressionStream. */

async function transform(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const output = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(output).arrayBuffer());
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
