import { createEntityStage } from '../../../src/engine/entities/index';
import { scanDocument } from '../../../src/engine/text/scan';
import type { Dictionary, EntityMention } from '../../../src/engine/types';

const EMPTY: Dictionary = { entities: [], ignore: [] };

export function findIn(text: string, dictionary: Dictionary = EMPTY): EntityMention[] {
  return createEntityStage(dictionary).find(scanDocument('t', text));
}

/** "type:text" of every mention, in order. */
export function tags(text: string, dictionary?: Dictionary): string[] {
  return findIn(text, dictionary).map((m) => `${m.type}:${m.text}`);
}

export function mentionOf(mentions: EntityMention[], text: string): EntityMention | undefined {
  return mentions.find((m) => m.text === text);
}
