import * as assert from 'assert';
import { readdirSync, readFileSync } from 'fs';
import { join, relative } from 'path';
import { checkSync } from 'recheck';
import ts from 'typescript';

// Every regular expression in src/ is checked for catastrophic backtracking with recheck (automaton and fuzz
// analysis). Articles come from the open web: a super-linear regex is a hang waiting for the wrong page.

interface FoundRegex {
  where: string;
  source: string;
  flags: string;
}

const ROOT = join(__dirname, '../../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [join(dir, e.name)] : [],
  );
}

/** Regex literals and `new RegExp('literal', 'flags')` / `RegExp(...)` calls; dynamic patterns are listed apart. */
function findRegexes(): { found: FoundRegex[]; dynamic: string[] } {
  const found: FoundRegex[] = [];
  const dynamic: string[] = [];
  for (const file of sourceFiles(join(ROOT, 'src'))) {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const where = (node: ts.Node) => `${relative(ROOT, file)}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}`;
    const literal = (node: ts.Node | undefined): string | undefined =>
      node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : undefined;
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(sf);
        const slash = text.lastIndexOf('/');
        found.push({ where: where(node), source: text.slice(1, slash), flags: text.slice(slash + 1) });
      } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
        const [pattern, flags] = node.arguments ?? [];
        const source = literal(pattern);
        if (source !== undefined && (flags === undefined || literal(flags) !== undefined)) {
          found.push({ where: where(node), source, flags: literal(flags) ?? '' });
        } else {
          dynamic.push(where(node));
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return { found, dynamic };
}

const { found, dynamic } = findRegexes();

describe(`ReDoS check of every regular expression in src/ (${found.length} regexes, recheck)`, function () {
  this.timeout(0);

  it('finds the regular expressions (the walk itself works)', () => {
    assert.ok(found.length > 0);
    assert.ok(found.every((r) => r.source.length > 0));
  });

  for (const regex of found) {
    it(`${regex.where} /${regex.source.length > 60 ? `${regex.source.slice(0, 60)}…` : regex.source}/${regex.flags} is safe`, () => {
      // recheck does not know the `d` (indices) flag, which does not change matching.
      const diagnostics = checkSync(regex.source, regex.flags.replace('d', ''), { timeout: 20_000 });
      const detail =
        diagnostics.status === 'vulnerable'
          ? `${diagnostics.complexity.type} backtracking, attack ${JSON.stringify(diagnostics.attack.pattern)}`
          : diagnostics.status === 'unknown'
            ? `analysis gave up: ${JSON.stringify(diagnostics.error)}`
            : '';
      assert.strictEqual(diagnostics.status, 'safe', `${regex.where}: /${regex.source}/${regex.flags} is ${diagnostics.status}: ${detail}`);
    });
  }

  it(`builds no regular expression from data at run time (${dynamic.length} found)`, () => {
    // A pattern assembled at run time cannot be checked here; each must be reviewed by hand (escape its input).
    assert.deepStrictEqual(dynamic, [], `dynamic RegExp constructions: ${dynamic.join(', ')}`);
  });
});
