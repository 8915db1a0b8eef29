/** Renders an evaluation as the readable table `npm run eval` prints. */
import { Evaluation } from './evaluate';
import { Prf } from './prf';
import type { Accuracy } from './score-claims';

const pct = (x: number) => (100 * x).toFixed(1).padStart(6);

function prfRow(label: string, s: Prf): string {
  return `  ${label.padEnd(22)} P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}   (right ${s.tpPredicted}/${s.predicted} predicted, found ${s.tp}/${s.gold} gold)`;
}

function accRow(label: string, a: Accuracy): string {
  return `  ${label.padEnd(22)} ${pct(a.accuracy)}%  (${a.correct}/${a.total})`;
}

export function formatEvaluation(e: Evaluation, maxDetails = 12): string {
  const out: string[] = [];
  out.push(`Source Lens evaluation on ${e.articles} annotated articles`, '');
  out.push('ENTITIES (typed)');
  for (const type of Object.keys(e.entities.exact)) {
    const ex = e.entities.exact[type];
    const ov = e.entities.overlap[type];
    if (ex.gold === 0 && ex.predicted === 0) continue;
    out.push(`  ${type.padEnd(13)} exact  P ${pct(ex.precision)} R ${pct(ex.recall)} F1 ${pct(ex.f1)} | overlap P ${pct(ov.precision)} R ${pct(ov.recall)} F1 ${pct(ov.f1)}  (gold ${ex.gold}, pred ${ex.predicted})`);
  }
  out.push(prfRow('untyped overlap', e.entities.untypedOverlap));
  const m = e.entities.merge;
  out.push(`  alias merge (pairwise)  P ${pct(m.precision)}  R ${pct(m.recall)}  F1 ${pct(m.f1)}   (${m.mentions} matched mentions)`, '');
  out.push('CLAIMS');
  out.push(prfRow('span exact', e.claims.exact));
  out.push(prfRow('span overlap', e.claims.overlap));
  out.push(accRow('value', e.claims.value));
  out.push(accRow('unit', e.claims.unit));
  out.push(accRow('value+unit', e.claims.valueAndUnit));
  out.push(accRow('dimension', e.claims.dimension));
  out.push(accRow('qualifier', e.claims.qualifier));
  out.push(accRow('subject', e.claims.subject));
  out.push(accRow('attribute', e.claims.attribute));
  for (const err of e.claims.valueErrors.slice(0, maxDetails)) {
    out.push(`    value ✗ ${err.path.split('/').pop()} ${JSON.stringify(err.text)}: gold ${err.gold}, got ${err.predicted}`);
  }
  out.push('', 'DUPLICATE LINKS');
  out.push(prfRow('all kinds', e.links.overall));
  for (const [kind, s] of Object.entries(e.links.byKind)) out.push(prfRow(kind, s));
  out.push(accRow('passages linked', e.links.passageRecall));
  out.push(accRow('kind on direct matches', e.links.kindAccuracy));
  out.push(accRow('changes on matches', e.links.changes));
  out.push(`  ignored predictions (optional/boilerplate gold): ${e.links.ignored}; boilerplate links reported: ${e.links.boilerplateReported}`);
  for (const f of e.links.falseLinks.slice(0, maxDetails)) out.push(`    false ${f.kind} link ${f.a} <-> ${f.b}`);
  out.push('', 'CONFLICTS');
  out.push(prfRow('pairs', e.conflicts.pairs));
  out.push(`  traps reported: ${e.conflicts.trapsReported} (must be 0); agreements reported as conflicts: ${e.conflicts.agreementsReported}; other false: ${e.conflicts.otherFalse}`);
  for (const t of e.conflicts.trapHits.slice(0, maxDetails)) out.push(`    TRAP ${t.why}: ${t.a} vs ${t.b}`);
  for (const miss of e.conflicts.missed.slice(0, maxDetails)) out.push(`    missed ${miss.a} vs ${miss.b}`);
  return out.join('\n');
}
