/** Tiny hand-made gold and predictions for the matcher tests. */
import { ResolvedArticle, ResolvedClaim, ResolvedMention } from '../../eval/gold';
import { PredReport } from '../../eval/prediction';

export function mention(text: string, start: number, type: ResolvedMention['type'], name: string, optional = false): ResolvedMention {
  return { text, start, end: start + text.length, type, name, optional };
}

export function claim(file: string, text: string, start: number, extra: Partial<ResolvedClaim> = {}): ResolvedClaim {
  return {
    file,
    text,
    start,
    end: start + text.length,
    dimension: 'length',
    value: 2000000,
    unit: 'm',
    subject: 'Oreshnik',
    attribute: 'range',
    ...extra,
  };
}

export function article(path: string, mentions: ResolvedMention[], claims: ResolvedClaim[] = []): ResolvedArticle {
  return { path, text: '', mentions, claims };
}

export function report(partial: Partial<PredReport>): PredReport {
  return { documents: [], entities: [], duplicates: [], conflicts: [], ...partial };
}
