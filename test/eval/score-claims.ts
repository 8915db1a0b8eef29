/** Claim scoring: span P/R/F1 (exact, overlap) and, on matched spans, value/unit/subject/attribute accuracy. */
import { ResolvedArticle, ResolvedClaim } from './gold';
import { matchSpans, countMatched, Prf, prf } from './prf';
import { normalizePath, PredClaim, PredEntityRecord, PredReport } from './prediction';

export interface Accuracy {
  correct: number;
  total: number;
  accuracy: number;
}

export interface ClaimScores {
  exact: Prf;
  overlap: Prf;
  /** Over gold claims matched (overlap) by a prediction. */
  value: Accuracy;
  unit: Accuracy;
  valueAndUnit: Accuracy;
  dimension: Accuracy;
  qualifier: Accuracy;
  subject: Accuracy;
  attribute: Accuracy;
  /** Gold claims whose value was wrong, for the report's error list. */
  valueErrors: Array<{ path: string; text: string; gold: string; predicted: string }>;
}

const REL_TOLERANCE = 1e-6;

export function sameNumber(a: number | undefined, b: number | undefined): boolean {
  if (a === undefined || b === undefined || !Number.isFinite(a) || !Number.isFinite(b)) return false;
  if (a === b) return true;
  return Math.abs(a - b) <= REL_TOLERANCE * Math.max(Math.abs(a), Math.abs(b));
}

/** Dates compare by interval; ranges by both bounds; everything else by SI value. */
export function valueCorrect(gold: ResolvedClaim, pred: PredClaim): boolean {
  if (gold.dimension === 'date') {
    if (pred.interval) return pred.interval[0] === gold.interval![0] && pred.interval[1] === gold.interval![1];
    return sameNumber(pred.value, gold.value);
  }
  if (gold.low !== undefined && gold.high !== undefined) {
    return sameNumber(pred.low, gold.low) && sameNumber(pred.high, gold.high);
  }
  return sameNumber(pred.value, gold.value);
}

export function normalizeUnit(unit: string | undefined): string {
  return (unit ?? '').trim().toLowerCase().replace(/²/g, '2').replace(/³/g, '3');
}

function fold(s: string): string {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[’']/g, "'").trim();
}

function slug(s: string): string {
  return fold(s).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/**
 * A predicted subject is right when it is the gold phrase itself, or an entity id whose record's name or one of
 * its aliases is the gold subject (case- and accent-insensitive), or, for ids missing from the record list, an id
 * whose slug is the gold subject's slug.
 */
export function subjectCorrect(
  goldSubject: string,
  predSubject: string | undefined,
  records: ReadonlyMap<string, PredEntityRecord>,
): boolean {
  if (!predSubject) return false;
  const want = fold(goldSubject);
  if (fold(predSubject) === want) return true;
  const record = records.get(predSubject);
  if (record) return [record.name, ...(record.aliases ?? [])].some((n) => fold(n) === want);
  const colon = predSubject.indexOf(':');
  return colon > 0 && slug(predSubject.slice(colon + 1)) === slug(goldSubject);
}

function accuracy(correct: number, total: number): Accuracy {
  return { correct, total, accuracy: total === 0 ? 1 : correct / total };
}

function describe(c: { value?: number; unit?: string; interval?: [string, string]; low?: number; high?: number }): string {
  if (c.interval) return c.interval.join('..');
  if (c.low !== undefined && c.high !== undefined) return `${c.low}-${c.high} ${c.unit ?? ''}`.trim();
  return `${c.value} ${c.unit ?? ''}`.trim();
}

export function scoreClaims(gold: readonly ResolvedArticle[], report: PredReport): ClaimScores {
  const byPath = new Map(report.documents.map((d) => [normalizePath(d.path), d]));
  const records = new Map(report.entities.map((e) => [e.id, e]));
  let exactTp = 0;
  let overlapTp = 0;
  let predicted = 0;
  let goldCount = 0;
  const tally = { value: 0, unit: 0, valueAndUnit: 0, dimension: 0, qualifier: 0, subject: 0, attribute: 0 };
  let matched = 0;
  const valueErrors: ClaimScores['valueErrors'] = [];
  for (const article of gold) {
    const pred = byPath.get(normalizePath(article.path))?.claims ?? [];
    predicted += pred.length;
    goldCount += article.claims.length;
    exactTp += countMatched(matchSpans(article.claims, pred, 'exact'));
    const goldTo = matchSpans(article.claims, pred, 'overlap');
    goldTo.forEach((p, g) => {
      if (p < 0) return;
      overlapTp++;
      matched++;
      const gc = article.claims[g];
      const pc = pred[p];
      const valueOk = valueCorrect(gc, pc);
      const unitOk = normalizeUnit(gc.unit) === normalizeUnit(pc.unit);
      if (valueOk) tally.value++;
      else valueErrors.push({ path: article.path, text: gc.text, gold: describe(gc), predicted: describe(pc) });
      if (unitOk) tally.unit++;
      if (valueOk && unitOk) tally.valueAndUnit++;
      if (gc.dimension === pc.dimension) tally.dimension++;
      if ((gc.qualifier ?? '') === (pc.qualifier ?? '')) tally.qualifier++;
      if (subjectCorrect(gc.subject, pc.subject, records)) tally.subject++;
      if (fold(gc.attribute) === fold(pc.attribute ?? '')) tally.attribute++;
    });
  }
  return {
    exact: prf(exactTp, predicted, exactTp, goldCount),
    overlap: prf(overlapTp, predicted, overlapTp, goldCount),
    value: accuracy(tally.value, matched),
    unit: accuracy(tally.unit, matched),
    valueAndUnit: accuracy(tally.valueAndUnit, matched),
    dimension: accuracy(tally.dimension, matched),
    qualifier: accuracy(tally.qualifier, matched),
    subject: accuracy(tally.subject, matched),
    attribute: accuracy(tally.attribute, matched),
    valueErrors,
  };
}
