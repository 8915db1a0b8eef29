/**
 * Offsets to editor lines and characters. Line breaks are counted the way VS Code counts them: "\r\n", "\n" and a
 * lone "\r" each end a line, so positions agree with `TextDocument.positionAt` for the same text.
 */
export interface LineIndex {
  /** Zero-based [line, character] of an offset, clamped into the text. */
  position(offset: number): [number, number];
}

export function createLineIndex(text: string): LineIndex {
  const starts: number[] = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return {
    position(offset) {
      const at = Math.max(0, Math.min(offset, text.length));
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= at) lo = mid;
        else hi = mid - 1;
      }
      return [lo, at - starts[lo]];
    },
  };
}
