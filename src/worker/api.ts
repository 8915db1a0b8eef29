import { getHeapStatistics, setFlagsFromString } from 'v8';
import { runInNewContext } from 'vm';
import { createAnalyzer, type Analyzer, type Claim, type EntityRecord, type ValueGroup } from '../engine';
import { conflictNote, formatClaim, notesFor } from '../engine/conflicts/index';
import { fnv1a } from '../engine/util/hash';
import { createLineIndex, type LineIndex } from './lineIndex';
import { basename } from './names';
import type { DocView, EntitySummary, LineRange, ValueRow, WorkerApi, WorkerOptions } from './protocol';
import { quickView } from './quickView';

/** Rows of "what other sources say" per claim beyond the conflicting ones. */
const MAX_ROWS = 24;
/** Last views kept for quick edits: the editor shows a handful of documents, not the corpus. */
const MAX_SERVED_VIEWS = 32;

/** The corpus index behind the worker's message port; plain and synchronous so it is testable without threads. */
export function createWorkerApi(): WorkerApi {
  let options: WorkerOptions = {};
  let analyzer: Analyzer = build();
  // Derived lookups, rebuilt when the corpus hands out a new entity list (it caches one until the next change).
  let recordsSource: readonly EntityRecord[] | undefined;
  let recordsById = new Map<string, EntityRecord>();
  const lineIndexes = new Map<string, { hash: number; index: LineIndex }>();
  const served = new Map<string, DocView>();
  const remember = (v: DocView) => {
    served.delete(v.doc);
    served.set(v.doc, v);
    if (served.size > MAX_SERVED_VIEWS) served.delete(served.keys().next().value!);
    return v;
  };

  function build(): Analyzer {
    return createAnalyzer({ ...options, displayName: options.displayNames === 'id' ? undefined : basename });
  }

  function record(entity: string): EntityRecord | undefined {
    const records = analyzer.corpus.entities();
    if (records !== recordsSource) {
      recordsSource = records;
      recordsById = new Map(records.map((r) => [r.id, r]));
    }
    return recordsById.get(entity);
  }

  function summarize(entity: string): EntitySummary | undefined {
    const found = record(entity);
    if (!found) return undefined;
    const byDoc = new Map<string, { doc: string; start: number; end: number; count: number }>();
    for (const { doc, mention } of analyzer.corpus.mentionsOfEntity(entity)) {
      const seen = byDoc.get(doc);
      if (seen) seen.count++;
      else byDoc.set(doc, { doc, start: mention.start, end: mention.end, count: 1 });
    }
    return { ...found, files: [...byDoc.values()].sort((a, b) => b.count - a.count || a.doc.localeCompare(b.doc)) };
  }

  /**
   * What other sources say about a claim. Popular subjects gather hundreds of figures; comparing each claim with all
   * of them on every keystroke would be quadratic, so the rows are every figure this claim conflicts with (known from
   * the group) plus the first figures of a few other sources, at most MAX_ROWS compared in all.
   */
  function rowsFor(doc: string, claim: Claim, group: ValueGroup | null): ValueRow[] {
    if (!group) return [];
    const same = (c: Claim) => c.start === claim.start && c.end === claim.end;
    const conflicting = new Set<Claim>();
    for (const c of group.conflicts) {
      if (c.a.doc === doc && same(c.a.claim)) conflicting.add(c.b.claim);
      else if (c.b.doc === doc && same(c.b.claim)) conflicting.add(c.a.claim);
    }
    const picked = group.claims.filter((r) => conflicting.has(r.claim) || (r.doc === doc && same(r.claim)));
    const sources = new Set(picked.map((r) => r.doc));
    for (const r of group.claims) {
      if (picked.length >= MAX_ROWS + 1) break;
      if (sources.has(r.doc)) continue;
      sources.add(r.doc);
      picked.push(r);
    }
    return notesFor({ doc, claim }, { ...group, claims: picked.length < group.claims.length ? picked : group.claims }, displayName(), analyzer.options.conflicts);
  }

  function view(doc: string): DocView | null {
    const analysis = analyzer.corpus.get(doc);
    if (!analysis) return null;
    const mentions = analyzer.corpus.mentionsOf(doc);
    const claims = analyzer.corpus.claimsOf(doc);
    const entities: Record<string, EntitySummary> = {};
    const wanted = new Set<string>(mentions.map((m) => m.entity));
    for (const c of claims) wanted.add(c.subject);
    for (const id of wanted) {
      const summary = summarize(id);
      if (summary) entities[id] = summary;
    }
    const groups = claims.map((c) => {
      const g = analyzer.corpus.groupOf(doc, c);
      return g && g.claims.length > 1 ? g : null;
    });
    const sizes = groups.map((g) => g?.claims.length ?? 0);
    return remember({
      doc,
      hash: analysis.hash,
      mentions,
      claims,
      duplicates: analyzer.corpus.duplicatesFor(doc),
      conflicts: analyzer.corpus.conflictsFor(doc),
      entities,
      groupSizes: sizes,
      // An unresolved relative date ("last year") has no value to format: show the article's words.
      figures: claims.map((c) => (c.relative ? c.text : formatClaim(c))),
      values: claims.map((c, i) => rowsFor(doc, c, groups[i])),
    });
  }

  function lineIndexOf(doc: string): LineIndex | undefined {
    const analysis = analyzer.corpus.get(doc);
    if (!analysis) return undefined;
    const cached = lineIndexes.get(doc);
    if (cached && cached.hash === analysis.hash) return cached.index;
    const index = createLineIndex(analysis.text);
    lineIndexes.set(doc, { hash: analysis.hash, index });
    return index;
  }

  function displayName(): (doc: string) => string {
    return options.displayNames === 'id' ? (id) => id : basename;
  }

  function locateOne(doc: string, start: number, end: number): LineRange | null {
    const index = lineIndexOf(doc);
    return index ? ([...index.position(start), ...index.position(end)] as LineRange) : null;
  }

  function remove(doc: string): boolean {
    lineIndexes.delete(doc);
    served.delete(doc);
    return analyzer.corpus.remove(doc);
  }

  return {
    configure(next) {
      const previous = analyzer.corpus;
      options = next;
      served.clear();
      analyzer = build();
      for (const doc of previous.ids()) analyzer.corpus.upsert(doc, previous.get(doc)!.text);
    },
    upsert(doc, text) {
      analyzer.corpus.upsert(doc, text);
      return view(doc)!;
    },
    edit(doc, text) {
      const last = served.get(doc);
      const revised = last && last.hash === analyzer.corpus.get(doc)?.hash ? analyzer.corpus.revise(doc, text) : null;
      if (!last || !revised) {
        analyzer.corpus.upsert(doc, text);
        return view(doc)!;
      }
      return quickView(last, revised, fnv1a(text));
    },
    upsertMany(docs) {
      for (const { doc, text } of docs) analyzer.corpus.upsert(doc, text);
      return analyzer.corpus.ids().length;
    },
    remove,
    removeMany: (docs) => docs.filter((doc) => remove(doc)).length,
    rename(from, to) {
      const text = analyzer.corpus.get(from)?.text;
      if (text === undefined) return false;
      remove(from);
      analyzer.corpus.upsert(to, text);
      return true;
    },
    clear() {
      lineIndexes.clear();
      served.clear();
      analyzer = build();
    },
    ids: () => analyzer.corpus.ids(),
    view,
    locate: (spans) => spans.map(({ doc, start, end }) => locateOne(doc, start, end)),
    problems(includeDuplicates) {
      const name = displayName();
      const conflicts = analyzer.corpus.conflicts().map((conflict) => ({
        conflict,
        noteForB: conflictNote(conflict.b.claim, conflict.a, name),
        ranges: [
          locateOne(conflict.a.doc, conflict.a.claim.start, conflict.a.claim.end),
          locateOne(conflict.b.doc, conflict.b.claim.start, conflict.b.claim.end),
        ] as [LineRange | null, LineRange | null],
      }));
      const duplicates = includeDuplicates
        ? analyzer.corpus.duplicates().map((link) => ({
            link,
            ranges: [locateOne(link.a.doc, link.a.start, link.a.end), locateOne(link.b.doc, link.b.start, link.b.end)] as [LineRange | null, LineRange | null],
          }))
        : [];
      return { conflicts, duplicates };
    },
    entities: () => analyzer.corpus.entities(),
    mentionsOfEntity: (entity) => analyzer.corpus.mentionsOfEntity(entity),
    valueGroups: () => analyzer.corpus.valueGroups(),
    duplicates: () => analyzer.corpus.duplicates(),
    conflicts: () => analyzer.corpus.conflicts(),
    report: (skipped) => analyzer.report(skipped),
    stats() {
      const ids = analyzer.corpus.ids();
      return {
        documents: ids.length,
        entities: analyzer.corpus.entities().length,
        claims: ids.reduce((n, id) => n + analyzer.corpus.claimsOf(id).length, 0),
        duplicates: analyzer.corpus.duplicates().length,
        exactCopies: analyzer.corpus.duplicates().filter((d) => d.kind === 'exact').length,
        conflicts: analyzer.corpus.conflicts().length,
      };
    },
    memory() {
      collectGarbage();
      const heap = getHeapStatistics();
      return { heapUsed: heap.used_heap_size, heapTotal: heap.total_heap_size, external: heap.external_memory, heapLimit: heap.heap_size_limit };
    },
    crashForTest() {
      throw new Error('crashForTest is only available in a worker thread started with test hooks');
    },
  };
}

let gc: (() => void) | undefined;
/**
 * A full collection before measuring, so that `heapUsed` is what the index holds rather than whatever garbage V8
 * has not yet found worth collecting under a generous heap limit. The flag is set on first use only.
 */
function collectGarbage(): void {
  if (!gc) {
    setFlagsFromString('--expose_gc');
    gc = runInNewContext('gc') as () => void;
  }
  gc();
}
