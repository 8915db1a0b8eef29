/** Why an input was not analysed, for the output channel, the CLI's stderr and the report's `skipped` list. */
export type DecodeResult = { ok: true; text: string; replaced: boolean } | { ok: false; reason: string };

export const BINARY_SNIFF_BYTES = 8192;
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/**
 * Decodes an article's bytes: binaries (a NUL in the first 8 KB) and oversized files are refused with a reason,
 * invalid UTF-8 becomes U+FFFD, and a UTF-8 BOM is dropped so offsets match what editors show.
 */
export function decodeArticle(bytes: Uint8Array, maxBytes = DEFAULT_MAX_BYTES): DecodeResult {
  if (bytes.length > maxBytes) {
    return { ok: false, reason: `larger than the size limit (${bytes.length} bytes > ${maxBytes})` };
  }
  const sniff = Math.min(bytes.length, BINARY_SNIFF_BYTES);
  for (let i = 0; i < sniff; i++) {
    if (bytes[i] === 0) return { ok: false, reason: 'binary file (NUL byte in the first 8 KB)' };
  }
  const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const text = new TextDecoder('utf-8', { fatal: false }).decode(hasBom ? bytes.subarray(3) : bytes);
  return { ok: true, text, replaced: text.includes('\ufffd') };
}
