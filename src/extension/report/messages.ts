/** What `media/report.js` reports when pinged: proof, from inside the page, that no article text ran as code. */
export interface PingResult {
  rendered: boolean;
  pwned: boolean;
  /** Script elements added after the page's own scripts loaded: must stay 0. */
  scripts: number;
  imgs: number;
  /** Elements carrying an inline event handler attribute (onerror, onclick, ...). */
  handlers: number;
  /** Links whose href uses the javascript: scheme. */
  jsLinks: number;
  iframes: number;
  text: string;
  rows: Record<string, number>;
}

/** Messages the report webview may send. Anything else is dropped. */
export type WebviewMessage =
  | { type: 'ready' }
  | { type: 'open'; d: number; start: number; end: number }
  | { type: 'pong'; id: number; result: PingResult };

const MAX_OFFSET = 2 ** 31 - 1;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const offset = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? Math.max(0, Math.min(MAX_OFFSET, Math.floor(v))) : 0);
const count = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : -1);

/**
 * Validates a message from the webview. The page renders article text, so it is treated as untrusted: only known
 * message types pass, documents are named by index into the list the extension sent, and offsets are clamped.
 */
export function parseWebviewMessage(raw: unknown, docCount: number): WebviewMessage | undefined {
  if (!isObject(raw) || typeof raw.type !== 'string') return undefined;
  switch (raw.type) {
    case 'ready':
      return { type: 'ready' };
    case 'open': {
      const d = raw.d;
      if (typeof d !== 'number' || !Number.isInteger(d) || d < 0 || d >= docCount) return undefined;
      const start = offset(raw.start);
      const end = Math.max(start, offset(raw.end));
      return { type: 'open', d, start, end };
    }
    case 'pong': {
      const r = raw.result;
      if (typeof raw.id !== 'number' || !isObject(r)) return undefined;
      const rows: Record<string, number> = {};
      if (isObject(r.rows)) for (const [k, v] of Object.entries(r.rows)) rows[k] = count(v);
      return {
        type: 'pong',
        id: raw.id,
        result: {
          rendered: r.rendered === true,
          pwned: r.pwned !== false,
          scripts: count(r.scripts),
          imgs: count(r.imgs),
          handlers: count(r.handlers),
          jsLinks: count(r.jsLinks),
          iframes: count(r.iframes),
          text: typeof r.text === 'string' ? r.text : '',
          rows,
        },
      };
    }
    default:
      return undefined;
  }
}
