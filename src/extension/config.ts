import * as vscode from 'vscode';

export type DecorationStyle = 'background' | 'underline' | 'gutter';
export const HIGHLIGHT_KINDS = ['person', 'place', 'organization', 'product', 'event', 'nationality', 'claim', 'conflict', 'duplicate'] as const;
export type HighlightKind = (typeof HIGHLIGHT_KINDS)[number];
export const SEVERITIES = ['error', 'warning', 'information', 'hint', 'off'] as const;
export type ConflictSeverity = (typeof SEVERITIES)[number];

export interface SourceLensConfig {
  include: string;
  exclude: string;
  languages: string[];
  maxFileSize: number;
  debounceMs: number;
  highlightStyle: DecorationStyle;
  highlightKinds: HighlightKind[];
  minExactWords: number;
  restatedThreshold: number;
  boilerplateDocs: number;
  tolerance: number;
  approxTolerance: number;
  compareWithinDocument: boolean;
  conflictSeverity: ConflictSeverity;
  duplicatesInProblems: boolean;
}

/** Settings that may differ per folder or file (declared with `resource` scope in package.json). */
export type ResourceSettings = Pick<SourceLensConfig, 'highlightKinds' | 'conflictSeverity' | 'duplicatesInProblems'>;
const RESOURCE_KEYS: Array<keyof ResourceSettings> = ['highlightKinds', 'conflictSeverity', 'duplicatesInProblems'];

export const DEFAULTS: Readonly<SourceLensConfig> = Object.freeze({
  include: '**/*.{txt,md}',
  exclude: '**/{node_modules,.git,.sourcelens}/**',
  languages: ['plaintext', 'markdown'],
  maxFileSize: 5 * 1024 * 1024,
  debounceMs: 150,
  highlightStyle: 'background',
  highlightKinds: ['person', 'place', 'organization', 'product', 'event', 'claim', 'conflict', 'duplicate'],
  minExactWords: 8,
  restatedThreshold: 0.45,
  boilerplateDocs: 5,
  tolerance: 0.02,
  approxTolerance: 0.1,
  compareWithinDocument: false,
  conflictSeverity: 'warning',
  duplicatesInProblems: false,
} satisfies SourceLensConfig);

interface Rule {
  min?: number;
  max?: number;
  integer?: boolean;
  oneOf?: readonly string[];
  itemsOneOf?: readonly string[];
}

/** Bounds mirrored from package.json so a hand-edited settings.json cannot push a value outside them. */
const RULES: Partial<Record<keyof SourceLensConfig, Rule>> = {
  maxFileSize: { min: 1024, integer: true },
  debounceMs: { min: 0, max: 5000, integer: true },
  highlightStyle: { oneOf: ['background', 'underline', 'gutter'] },
  highlightKinds: { itemsOneOf: HIGHLIGHT_KINDS },
  minExactWords: { min: 3, max: 200, integer: true },
  restatedThreshold: { min: 0.3, max: 1 },
  boilerplateDocs: { min: 2, integer: true },
  tolerance: { min: 0, max: 0.5 },
  approxTolerance: { min: 0, max: 0.5 },
  conflictSeverity: { oneOf: SEVERITIES },
};

/** Why a value is unusable, or undefined when it is fine. */
function problemWith(key: keyof SourceLensConfig, value: unknown): string | undefined {
  const d = DEFAULTS[key];
  const rule = RULES[key] ?? {};
  if (Array.isArray(d)) {
    if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) return 'expected a list of strings';
    const unknown = rule.itemsOneOf ? value.filter((v) => !rule.itemsOneOf!.includes(v)) : [];
    return unknown.length ? `unknown ${unknown.map((v) => JSON.stringify(v)).join(', ')}; use ${rule.itemsOneOf!.join(', ')}` : undefined;
  }
  if (typeof value !== typeof d) return `expected a ${typeof d}`;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return 'expected a finite number';
    if (rule.integer && !Number.isInteger(value)) return 'expected a whole number';
    if (rule.min !== undefined && value < rule.min) return `must be at least ${rule.min}`;
    if (rule.max !== undefined && value > rule.max) return `must be at most ${rule.max}`;
  }
  if (rule.oneOf && !rule.oneOf.includes(value as string)) return `use one of ${rule.oneOf.join(', ')}`;
  if (key === 'include' && (value as string).trim() === '') return 'an empty pattern would index nothing';
  return undefined;
}

/** A settings change: the new values and which keys it touched (at any scope). */
export interface ConfigChange {
  config: SourceLensConfig;
  affects(key: keyof SourceLensConfig): boolean;
}

/**
 * Typed settings, read once and re-read only when a `sourceLens.*` setting changes. An invalid value falls back to its
 * default (a list keeps its valid entries) and is reported once per setting and value, naming the setting.
 */
export class ConfigStore implements vscode.Disposable {
  private current: SourceLensConfig;
  private readonly perResource = new Map<string, ResourceSettings>();
  private readonly reported = new Set<string>();
  private readonly emitter = new vscode.EventEmitter<ConfigChange>();
  readonly onDidChange = this.emitter.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly report: (message: string) => void) {
    this.current = this.read(undefined);
    this.subscription = vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration('sourceLens')) return;
      this.current = this.read(undefined);
      this.perResource.clear();
      const config = this.current;
      this.emitter.fire({ config, affects: (key) => e.affectsConfiguration(`sourceLens.${key}`) });
    });
  }

  /** Window-wide values (resource-scoped ones as set for the workspace). */
  get value(): SourceLensConfig {
    return this.current;
  }

  /** Resource-scoped values as they apply to one file. */
  forResource(uri: vscode.Uri): ResourceSettings {
    const key = uri.toString();
    let cached = this.perResource.get(key);
    if (!cached) {
      const all = this.read(uri, RESOURCE_KEYS);
      cached = { highlightKinds: all.highlightKinds, conflictSeverity: all.conflictSeverity, duplicatesInProblems: all.duplicatesInProblems };
      this.perResource.set(key, cached);
    }
    return cached;
  }

  private read(scope: vscode.Uri | undefined, keys = Object.keys(DEFAULTS) as Array<keyof SourceLensConfig>): SourceLensConfig {
    const section = vscode.workspace.getConfiguration('sourceLens', scope);
    const out: SourceLensConfig = { ...DEFAULTS, languages: [...DEFAULTS.languages], highlightKinds: [...DEFAULTS.highlightKinds] };
    for (const key of keys) {
      const value = section.get(key);
      if (value === undefined) continue;
      const problem = problemWith(key, value);
      if (!problem) {
        (out as unknown as Record<string, unknown>)[key] = value;
        continue;
      }
      if (key === 'highlightKinds' && Array.isArray(value)) {
        out.highlightKinds = value.filter((k): k is HighlightKind => (HIGHLIGHT_KINDS as readonly unknown[]).includes(k));
      }
      const once = `${key}=${JSON.stringify(value)}`;
      if (!this.reported.has(once)) {
        this.reported.add(once);
        const kept = key === 'highlightKinds' ? 'keeping the valid kinds' : `using ${JSON.stringify(DEFAULTS[key])}`;
        this.report(vscode.l10n.t('Setting sourceLens.{0} has an invalid value {1} ({2}); {3}.', key, JSON.stringify(value), problem, kept));
      }
    }
    return out;
  }

  dispose(): void {
    this.subscription.dispose();
    this.emitter.dispose();
  }
}
