/**
 * Public types of the Source Lens engine.
 *
 * Every offset is a UTF-16 code-unit offset into the document text (after a UTF-8 BOM is stripped),
 * the way VS Code counts them; `end` is exclusive.
 */

export interface Span {
  start: number;
  end: number;
}

// ---------------------------------------------------------------------------------------------
// Scanning
// ---------------------------------------------------------------------------------------------

export type TokenKind = 'word' | 'number' | 'punct' | 'symbol';

/**
 * One atomic token. Words are letter runs (marks included, no hyphens or apostrophes inside), numbers are
 * digit runs with thousands separators and a decimal point ("2,000", "7.4"), punctuation and symbols are
 * single characters. Hyphenated forms ("Su-57", "mid-2024") are several adjacent tokens: stages combine
 * them by checking `tokens[i].end === tokens[i + 1].start`.
 */
export interface Token {
  start: number;
  end: number;
  text: string;
  /** Lower-cased text with curly quotes and apostrophes folded to straight ones and dashes to '-'. */
  norm: string;
  kind: TokenKind;
}

export interface Sentence extends Span {
  /** Index of the first token of the sentence. */
  tokenStart: number;
  /** Index one past the last token of the sentence. */
  tokenEnd: number;
}

export type BlockKind = 'heading' | 'bullet' | 'table-row' | 'table-separator' | 'paragraph' | 'blank';

/** One line of the document, classified. A paragraph is one line; recycled web copy rarely wraps. */
export interface Block extends Span {
  kind: BlockKind;
  tokenStart: number;
  tokenEnd: number;
  /** Markdown heading level (1-6) or 0 for a heading guessed from shape (short line, no final stop). */
  level?: number;
  /** Cell spans of a table row, trimmed of surrounding whitespace, left to right. */
  cells?: Span[];
}

export interface ScannedDocument {
  id: string;
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  blocks: Block[];
}

// ---------------------------------------------------------------------------------------------
// Entities
// ---------------------------------------------------------------------------------------------

export type EntityType = 'person' | 'place' | 'organization' | 'product' | 'event' | 'nationality';

export interface EntityMention extends Span {
  text: string;
  type: EntityType;
  /** Entity id, stable across runs: `<type>:<slug of canonical name>`, e.g. `person:vladimir-putin`. */
  entity: string;
  /** Canonical name of the entity ("Moscow" for a mention written "moscow"). */
  name?: string;
  /** For a `nationality`: the entity id of its place ("place:russia" for "Russian"). */
  place?: string;
}

export interface EntityRecord {
  id: string;
  name: string;
  type: EntityType;
  /** Every surface form seen, distinct, most frequent first. */
  aliases: string[];
  mentions: number;
}

/** Result of merging the mentions of every document: the corpus entities and how local ids map onto them. */
export interface EntityMerge {
  records: EntityRecord[];
  /** The corpus id a document-level entity id was merged into (identity when it was not merged). */
  canonical(id: string): string;
}

/** A user's workspace dictionary (`.sourcelens/dictionary.json`), already validated. */
export interface Dictionary {
  entities: Array<{ name: string; type: EntityType; aliases?: string[] }>;
  /** Surface forms (case-insensitive) that must never be entities. */
  ignore: string[];
}

// ---------------------------------------------------------------------------------------------
// Claims
// ---------------------------------------------------------------------------------------------

export type Dimension =
  | 'length'
  | 'mass'
  | 'speed'
  | 'mach'
  | 'area'
  | 'volume'
  | 'duration'
  | 'temperature'
  | 'money'
  | 'percent'
  | 'percentage-points'
  | 'count'
  | 'date'
  | 'number';

/** How a qualifier bounds the stated figure. */
export type Qualifier = 'approx' | 'at-most' | 'at-least' | 'more-than' | 'less-than';

export interface Claim extends Span {
  text: string;
  dimension: Dimension;
  /**
   * SI base units (m, kg, s, m/s, m², m³, K), the plain number for counts, percent and Mach, the amount in
   * `unit` for money, and epoch milliseconds of the interval start for dates.
   */
  value: number;
  /**
   * 'm', 'kg', 's', 'm/s', 'm2', 'm3', 'K', 'Mach', '%', 'pp', an ISO 4217 code, 'date', '' for counts, or for
   * other measures ('number' dimension) 'B' (bytes), 'Hz', 'Pa', 'N·m', 'W', 'J', 'V', 'Ah', 'bit/s', 'mpg', 'rpm',
   * '×' (multiples).
   */
  unit: string;
  /** Entity id when the claim is about a known entity, otherwise a short lower-case noun phrase. */
  subject: string;
  /** Normalised attribute noun: 'range', 'speed', 'signing date', 'agreements', 'troops', ... */
  attribute: string;
  low?: number;
  high?: number;
  qualifier?: Qualifier;
  /** For dates: inclusive ISO day interval, e.g. ['2024-05-01', '2024-08-31'] for "mid-2024". */
  interval?: [string, string];
  /** The counted noun of a count ("agreements" in "ten additional agreements"). */
  noun?: string;
  /** Set when a relative date ("last year") could not be resolved against the article's date. */
  relative?: string;
}

// ---------------------------------------------------------------------------------------------
// Reuse
// ---------------------------------------------------------------------------------------------

export type DuplicateKind = 'exact' | 'edited' | 'restated';

export interface PassageRef extends Span {
  doc: string;
}

/** A token that one copy changed: a figure or a name that differs between two aligned passages. */
export interface TokenChange {
  a: PassageRef & { text: string };
  b: PassageRef & { text: string };
}

export interface DuplicateLink {
  kind: DuplicateKind;
  similarity: number;
  a: PassageRef;
  b: PassageRef;
  /** Id shared by every copy of one passage (N-way clusters). */
  cluster: string;
  /** Changed figures and names, for mutated reuse. */
  changes?: TokenChange[];
  /** The passage occurs in more documents than the boilerplate threshold. */
  boilerplate?: boolean;
}

// ---------------------------------------------------------------------------------------------
// Conflicts
// ---------------------------------------------------------------------------------------------

export interface ClaimRef {
  doc: string;
  claim: Claim;
}

export interface Conflict {
  subject: string;
  attribute: string;
  dimension: Dimension;
  /** One line a person would write: "report.md says 2,000 km; this says 500 km (4× smaller)". */
  note: string;
  a: ClaimRef;
  b: ClaimRef;
}

/** Every figure stated about one subject and attribute, source by source, with the conflicts among them. */
export interface ValueGroup {
  subject: string;
  attribute: string;
  dimension: Dimension;
  claims: ClaimRef[];
  conflicts: Conflict[];
}

// ---------------------------------------------------------------------------------------------
// Configuration
// ---------------------------------------------------------------------------------------------

export interface ReuseOptions {
  /** Minimum words in a verbatim run for an `exact` link. */
  minExactWords: number;
  /** Similarity at or above which a restated sentence pair is linked. */
  restatedThreshold: number;
  /** A passage in more than this many documents is boilerplate. */
  boilerplateDocs: number;
  /** Whether boilerplate links are reported at all. */
  includeBoilerplate: boolean;
}

export interface ConflictOptions {
  /** Relative tolerance for plain figures. */
  tolerance: number;
  /** Relative tolerance when either side is approximate. */
  approxTolerance: number;
  /** Also compare claims within one document. */
  sameDocument: boolean;
}

export interface AnalyzerOptions {
  reuse: ReuseOptions;
  conflicts: ConflictOptions;
  dictionary: Dictionary;
  /** Display name of a document id in notes ("report.md"); defaults to the id. */
  displayName?: (docId: string) => string;
}
