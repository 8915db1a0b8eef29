import type * as vscode from 'vscode';
import type { Claim, Conflict } from '../engine';
import type { ConfigStore } from './config';
import type { CorpusService } from './corpusService';

/** Reviewer decisions kept in `.sourcelens/review.json` (never in the articles). */
export interface ReviewState {
  readonly onDidChange: vscode.Event<void>;
  isDismissed(conflict: Conflict): boolean;
  isVerified(doc: string, claim: Claim): boolean;
}

/** What every surface module receives from `extension.ts`. */
export interface SurfaceContext {
  readonly extension: vscode.ExtensionContext;
  readonly config: ConfigStore;
  readonly service: CorpusService;
  readonly log: vscode.OutputChannel;
  readonly review: ReviewState;
}
