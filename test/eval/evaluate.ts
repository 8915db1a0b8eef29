/** Scores one engine report against the resolved gold: the pure core of `npm run eval`. */
import { ResolvedGold } from './gold';
import { PredReport } from './prediction';
import { ClaimScores, scoreClaims } from './score-claims';
import { ConflictScores, scoreConflicts } from './score-conflicts';
import { EntityScores, scoreEntities } from './score-entities';
import { LinkScores, scoreLinks } from './score-links';

export interface Evaluation {
  articles: number;
  entities: EntityScores;
  claims: ClaimScores;
  links: LinkScores;
  conflicts: ConflictScores;
}

export function evaluate(gold: ResolvedGold, report: PredReport): Evaluation {
  return {
    articles: gold.articles.length,
    entities: scoreEntities(gold.articles, report),
    claims: scoreClaims(gold.articles, report),
    links: scoreLinks(gold.links, report),
    conflicts: scoreConflicts(gold, report),
  };
}
