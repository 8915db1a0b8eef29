import type { EntityMention, EntityType } from '../types';

/** Entity types a figure can be about. Nationalities ("Polish") describe counted nouns instead. */
export const SUBJECT_TYPES: ReadonlySet<EntityType> = new Set<EntityType>(['product', 'person', 'organization', 'place', 'event']);

/** Index of the first mention starting at or after `offset` in mentions sorted by start. */
export function firstMentionFrom(mentions: readonly EntityMention[], offset: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Mentions lying inside [start, end), in order. */
export function mentionsIn(mentions: readonly EntityMention[], start: number, end: number): EntityMention[] {
  const out: EntityMention[] = [];
  for (let k = firstMentionFrom(mentions, start); k < mentions.length && mentions[k].start < end; k++) {
    if (mentions[k].end <= end) out.push(mentions[k]);
  }
  return out;
}
