/** "report.md" for "file:///work/report.md" or "C:\\news\\report.md": what notes and hovers call a source. */
export function basename(id: string): string {
  const path = id.replace(/[?#].*$/, '');
  const last = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  try {
    return decodeURIComponent(last) || id;
  } catch {
    return last || id;
  }
}
