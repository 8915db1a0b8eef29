/** "report.md" for "file:///work/report.md" or "C:\\news\\report.md": what notes and hovers call a source. */
export function basename(id: string): string {
  const path = id.slice(0, withoutQuery(id));
  const last = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  try {
    return decodeURIComponent(last) || id;
  } catch {
    return last || id;
  }
}

/** Where a URI's query or fragment starts (its length when it has none). */
function withoutQuery(uri: string): number {
  const q = uri.indexOf('?');
  const h = uri.indexOf('#');
  return Math.min(q < 0 ? uri.length : q, h < 0 ? uri.length : h);
}
