import type { Claim, EntityMention, EntityType } from '../../../src/engine/types';
import { scanDocument } from '../../../src/engine/text/scan';
import { extractClaims } from '../../../src/engine/claims/index';

/** Entities named by hand: every occurrence of `text` becomes a mention of `entity`. */
export type HandEntity = [text: string, type: EntityType, entity: string];

export function mentionsOf(text: string, entities: readonly HandEntity[]): EntityMention[] {
  const out: EntityMention[] = [];
  for (const [needle, type, entity] of entities) {
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
      out.push({ start: at, end: at + needle.length, text: needle, type, entity });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

export function claimsOf(text: string, entities: readonly HandEntity[] = [], articleDate?: string): Claim[] {
  const doc = scanDocument('t', text);
  return extractClaims(doc, mentionsOf(text, entities), articleDate ? { articleDate } : {});
}

/** The one claim whose text is exactly `span`; fails loudly with everything found otherwise. */
export function only(claims: readonly Claim[], span: string): Claim {
  const hits = claims.filter((c) => c.text === span);
  if (hits.length !== 1) throw new Error(`expected one claim "${span}", got: ${JSON.stringify(claims.map((c) => c.text))}`);
  return hits[0];
}

export function close(actual: number, expected: number, rel = 1e-9): boolean {
  return Math.abs(actual - expected) <= rel * Math.max(1, Math.abs(expected));
}
