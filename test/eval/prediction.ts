/**
 * The parts of the engine's JSON report (issue 2's contract) that the evaluation reads. Declared loosely on
 * purpose: the eval must keep scoring when the engine adds fields.
 */

export interface PredSpan {
  path: string;
  start: number;
  end: number;
}

export interface PredMention {
  start: number;
  end: number;
  text?: string;
  type: string;
  entity: string;
}

export interface PredClaim {
  start: number;
  end: number;
  text?: string;
  dimension?: string;
  value?: number;
  unit?: string;
  subject?: string;
  attribute?: string;
  low?: number;
  high?: number;
  qualifier?: string;
  interval?: [string, string];
}

export interface PredDocument {
  path: string;
  entities: PredMention[];
  claims: PredClaim[];
}

export interface PredEntityRecord {
  id: string;
  name: string;
  type?: string;
  aliases?: string[];
  mentions?: number;
}

export interface PredChange {
  a: { text: string } | string;
  b: { text: string } | string;
}

export interface PredDuplicate {
  kind: string;
  similarity?: number;
  a: PredSpan;
  b: PredSpan;
  cluster?: string;
  changes?: PredChange[] | Array<[string, string]>;
  boilerplate?: boolean;
}

export interface PredConflict {
  subject?: string;
  attribute?: string;
  note?: string;
  a: PredSpan & { text?: string; value?: number };
  b: PredSpan & { text?: string; value?: number };
}

export interface PredReport {
  documents: PredDocument[];
  entities: PredEntityRecord[];
  duplicates: PredDuplicate[];
  conflicts: PredConflict[];
}

/** Paths compare after dropping "./" and turning backslashes into slashes. */
export function normalizePath(path: string): string {
  return path.replace(/\\/g, '/').replace(/^\.\//, '');
}
