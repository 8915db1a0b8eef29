/**
 * Gold annotation format (see test/fixtures/gold/README.md) and its resolution into spans. Pure: the caller
 * supplies article texts, so tests can resolve hand-made gold against tiny strings.
 */
import { findOccurrences, resolveOne, sameSpan, TextSpan } from './spans';

export type GoldEntityType = 'person' | 'place' | 'organization' | 'product' | 'event' | 'nationality';
export const ENTITY_TYPES: readonly GoldEntityType[] = [
  'person',
  'place',
  'organization',
  'product',
  'event',
  'nationality',
];

export interface GoldEntityEntry {
  text: string;
  type: GoldEntityType;
  name: string;
  occurrence?: number;
  occurrences?: number[];
  /** Borderline mention: a prediction on it is neither rewarded nor penalised. */
  optional?: boolean;
}

export interface GoldClaimEntry {
  text: string;
  occurrence?: number;
  dimension: string;
  value?: number;
  unit: string;
  subject: string;
  attribute: string;
  qualifier?: string;
  low?: number;
  high?: number;
  interval?: [string, string];
  note?: string;
}

export interface GoldArticleFile {
  article: string;
  entities: GoldEntityEntry[];
  claims: GoldClaimEntry[];
}

export interface GoldQuote {
  file: string;
  quote: string;
  occurrence?: number;
}

export interface GoldLinkEntry {
  kind: 'exact' | 'edited' | 'restated';
  a: GoldQuote;
  b: GoldQuote;
  changes?: Array<[string, string]>;
  /** Neither required nor penalised (borderline reuse). */
  optional?: boolean;
  /** Site furniture repeated across many articles: not linked by default, so neither required nor penalised. */
  boilerplate?: boolean;
  note?: string;
}

export interface GoldPairEntry {
  subject?: string;
  attribute?: string;
  why?: string;
  a: GoldQuote;
  b: GoldQuote;
}

export interface GoldConflictsFile {
  conflicts: GoldPairEntry[];
  agreements: GoldPairEntry[];
  traps: GoldPairEntry[];
}

// ---------------------------------------------------------------------------------------------

export interface ResolvedMention extends TextSpan {
  text: string;
  type: GoldEntityType;
  name: string;
  optional: boolean;
}

export interface ResolvedClaim extends TextSpan, Omit<GoldClaimEntry, 'occurrence'> {
  value: number;
  file: string;
}

export interface ResolvedArticle {
  path: string;
  text: string;
  mentions: ResolvedMention[];
  claims: ResolvedClaim[];
}

export interface ResolvedSide extends TextSpan {
  file: string;
}

export interface ResolvedLink {
  kind: GoldLinkEntry['kind'];
  a: ResolvedSide;
  b: ResolvedSide;
  changes: Array<[string, string]>;
  /** Not scored either way (optional or boilerplate). */
  ignored: boolean;
  boilerplate: boolean;
}

export interface ResolvedPair {
  a: ResolvedClaim;
  b: ResolvedClaim;
  why?: string;
}

export interface ResolvedGold {
  articles: ResolvedArticle[];
  links: ResolvedLink[];
  conflicts: ResolvedPair[];
  agreements: ResolvedPair[];
  traps: ResolvedPair[];
}

/** Epoch milliseconds of an ISO day (UTC midnight). */
export function isoDayToEpoch(day: string): number {
  const ms = Date.parse(`${day}T00:00:00Z`);
  if (Number.isNaN(ms)) throw new Error(`invalid ISO day ${JSON.stringify(day)}`);
  return ms;
}

/** Expand entity entries into mentions, applying the "inside a longer gold mention" rule. */
export function resolveMentions(file: string, text: string, entries: readonly GoldEntityEntry[]): ResolvedMention[] {
  const candidates: ResolvedMention[] = [];
  for (const entry of entries) {
    const all = findOccurrences(text, entry.text, true);
    if (all.length === 0) throw new Error(`${file}: gold entity not found: ${JSON.stringify(entry.text)}`);
    if (!ENTITY_TYPES.includes(entry.type)) throw new Error(`${file}: unknown entity type ${entry.type}`);
    const wanted = entry.occurrences ?? (entry.occurrence !== undefined ? [entry.occurrence] : undefined);
    const picked = wanted
      ? wanted.map((k) => {
          if (k < 1 || k > all.length) {
            throw new Error(`${file}: occurrence ${k} of entity ${JSON.stringify(entry.text)}, ${all.length} found`);
          }
          return all[k - 1];
        })
      : all;
    for (const span of picked) candidates.push({ ...span, text: entry.text, type: entry.type, name: entry.name, optional: entry.optional === true });
  }
  const kept = candidates.filter(
    (m) => !candidates.some((o) => o !== m && o.start <= m.start && m.end <= o.end && o.end - o.start > m.end - m.start),
  );
  kept.sort((x, y) => x.start - y.start || x.end - y.end);
  for (let i = 1; i < kept.length; i++) {
    if (sameSpan(kept[i - 1], kept[i])) {
      throw new Error(`${file}: two gold entity entries claim ${JSON.stringify(kept[i].text)} at ${kept[i].start}`);
    }
    if (kept[i].start < kept[i - 1].end) {
      throw new Error(`${file}: gold entity mentions overlap: ${kept[i - 1].text} / ${kept[i].text}`);
    }
  }
  return kept;
}

export function resolveClaims(file: string, text: string, entries: readonly GoldClaimEntry[]): ResolvedClaim[] {
  const claims = entries.map((entry): ResolvedClaim => {
    const span = resolveOne(text, { file, text: entry.text, occurrence: entry.occurrence }, true);
    let value = entry.value;
    if (entry.dimension === 'date') {
      if (!entry.interval) throw new Error(`${file}: date claim ${JSON.stringify(entry.text)} has no interval`);
      const start = isoDayToEpoch(entry.interval[0]);
      isoDayToEpoch(entry.interval[1]);
      if (value !== undefined && value !== start) {
        throw new Error(`${file}: date claim ${JSON.stringify(entry.text)} value is not its interval start`);
      }
      value = start;
    }
    if (value === undefined || !Number.isFinite(value)) {
      throw new Error(`${file}: claim ${JSON.stringify(entry.text)} has no numeric value`);
    }
    const { occurrence: _occurrence, ...rest } = entry;
    return { ...rest, ...span, value, file };
  });
  const sorted = [...claims].sort((x, y) => x.start - y.start);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i].start < sorted[i - 1].end) {
      throw new Error(`${file}: gold claims overlap: ${sorted[i - 1].text} / ${sorted[i].text}`);
    }
  }
  return claims;
}

export function resolveArticle(gold: GoldArticleFile, text: string): ResolvedArticle {
  return {
    path: gold.article,
    text,
    mentions: resolveMentions(gold.article, text, gold.entities),
    claims: resolveClaims(gold.article, text, gold.claims),
  };
}

function resolveSide(texts: ReadonlyMap<string, string>, q: GoldQuote, wordBounded: boolean): ResolvedSide {
  const text = texts.get(q.file);
  if (text === undefined) throw new Error(`gold refers to unknown article ${q.file}`);
  return { file: q.file, ...resolveOne(text, { file: q.file, text: q.quote, occurrence: q.occurrence }, wordBounded) };
}

export function resolveLinks(texts: ReadonlyMap<string, string>, entries: readonly GoldLinkEntry[]): ResolvedLink[] {
  return entries.map((e) => {
    const a = resolveSide(texts, e.a, false);
    const b = resolveSide(texts, e.b, false);
    if (a.file === b.file && a.start < b.end && b.start < a.end) {
      throw new Error(`gold link sides overlap in ${a.file}: ${JSON.stringify(e.a.quote.slice(0, 40))}`);
    }
    for (const [from, to] of e.changes ?? []) {
      if (!texts.get(a.file)!.slice(a.start, a.end).includes(from) || !texts.get(b.file)!.slice(b.start, b.end).includes(to)) {
        throw new Error(`gold link change ${from} -> ${to} is not inside its passages (${a.file} / ${b.file})`);
      }
    }
    const boilerplate = e.boilerplate === true;
    return { kind: e.kind, a, b, changes: e.changes ?? [], ignored: boilerplate || e.optional === true, boilerplate };
  });
}

/** Each side of a conflict pair must be exactly one gold claim: that keeps conflicts.json consistent with claims. */
function resolvePairs(
  texts: ReadonlyMap<string, string>,
  claimsByFile: ReadonlyMap<string, readonly ResolvedClaim[]>,
  entries: readonly GoldPairEntry[],
  section: string,
): ResolvedPair[] {
  const claimAt = (q: GoldQuote): ResolvedClaim => {
    const side = resolveSide(texts, q, true);
    const claim = (claimsByFile.get(q.file) ?? []).find((c) => sameSpan(c, side));
    if (!claim) throw new Error(`${section}: ${q.file} ${JSON.stringify(q.quote)} is not a gold claim span`);
    return claim;
  };
  return entries.map((e) => {
    const pair = { a: claimAt(e.a), b: claimAt(e.b), why: e.why };
    if (e.subject !== undefined && (pair.a.subject !== e.subject || pair.b.subject !== e.subject)) {
      throw new Error(`${section}: subject ${e.subject} does not match claims ${pair.a.text} / ${pair.b.text}`);
    }
    if (e.attribute !== undefined && (pair.a.attribute !== e.attribute || pair.b.attribute !== e.attribute)) {
      throw new Error(`${section}: attribute ${e.attribute} does not match claims ${pair.a.text} / ${pair.b.text}`);
    }
    return pair;
  });
}

export function resolveGold(
  articles: ReadonlyArray<{ gold: GoldArticleFile; text: string }>,
  links: readonly GoldLinkEntry[],
  conflicts: GoldConflictsFile,
): ResolvedGold {
  const resolved = articles.map(({ gold, text }) => resolveArticle(gold, text));
  const texts = new Map(resolved.map((a) => [a.path, a.text]));
  const claimsByFile = new Map(resolved.map((a) => [a.path, a.claims]));
  return {
    articles: resolved,
    links: resolveLinks(texts, links),
    conflicts: resolvePairs(texts, claimsByFile, conflicts.conflicts, 'conflicts'),
    agreements: resolvePairs(texts, claimsByFile, conflicts.agreements, 'agreements'),
    traps: resolvePairs(texts, claimsByFile, conflicts.traps, 'traps'),
  };
}
