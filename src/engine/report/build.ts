import type { CorpusIndex } from '../corpus';
import type { ClaimRef, PassageRef } from '../types';
import type { Report, ReportConflict, ReportDuplicate, ReportSpan } from './model';

const span = (p: PassageRef): ReportSpan => ({ path: p.doc, start: p.start, end: p.end });
const claimSide = (r: ClaimRef): ReportConflict['a'] => ({
  path: r.doc,
  start: r.claim.start,
  end: r.claim.end,
  text: r.claim.text,
  value: r.claim.value,
});

/** Projects the corpus onto the JSON contract; documents keep the order they were given in. */
export function buildReport(corpus: CorpusIndex, skipped: Report['skipped'] = []): Report {
  const documents = corpus.ids().map((path) => ({
    path,
    entities: corpus.mentionsOf(path).map(({ start, end, text, type, entity }) => ({ start, end, text, type, entity })),
    claims: corpus.claimsOf(path),
  }));
  const duplicates: ReportDuplicate[] = corpus.duplicates().map((d) => {
    const out: ReportDuplicate = { kind: d.kind, similarity: d.similarity, a: span(d.a), b: span(d.b), cluster: d.cluster };
    if (d.changes?.length) {
      out.changes = d.changes.map((c) => ({ a: { ...span(c.a), text: c.a.text }, b: { ...span(c.b), text: c.b.text } }));
    }
    if (d.boilerplate) out.boilerplate = true;
    return out;
  });
  const conflicts: ReportConflict[] = corpus.conflicts().map((c) => ({
    subject: c.subject,
    attribute: c.attribute,
    note: c.note,
    a: claimSide(c.a),
    b: claimSide(c.b),
  }));
  return { version: 1, documents, entities: corpus.entities(), duplicates, conflicts, skipped };
}
