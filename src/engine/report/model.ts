import type { Claim, DuplicateKind, EntityRecord, EntityType, TokenChange } from '../types';

/** The CLI's JSON contract, version 1 (published as `schema/source-lens.schema.json`). */
export interface Report {
  version: 1;
  documents: ReportDocument[];
  entities: EntityRecord[];
  duplicates: ReportDuplicate[];
  conflicts: ReportConflict[];
  /** Inputs that were not analysed, with the reason. */
  skipped: Array<{ path: string; reason: string }>;
}

export interface ReportDocument {
  path: string;
  entities: Array<{ start: number; end: number; text: string; type: EntityType; entity: string }>;
  claims: Claim[];
}

export interface ReportSpan {
  path: string;
  start: number;
  end: number;
}

export interface ReportDuplicate {
  kind: DuplicateKind;
  similarity: number;
  a: ReportSpan;
  b: ReportSpan;
  cluster: string;
  changes?: Array<{ a: ReportSpan & { text: string }; b: ReportSpan & { text: string } }>;
  boilerplate?: boolean;
}

export interface ReportConflict {
  subject: string;
  attribute: string;
  note: string;
  a: ReportSpan & { text: string; value: number };
  b: ReportSpan & { text: string; value: number };
}

export type { TokenChange };
