import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// STYLE.md: "TSDoc on every export". Each package's public names are followed
// through their re-exports to the declaration, which must carry a doc comment.
const PACKAGES = ['ontology', 'core', 'cli'];

function undocumentedExports(pkg: string): string[] {
  const index = fileURLToPath(new URL(`../../packages/${pkg}/src/index.ts`, import.meta.url));
  const program = ts.createProgram([index], {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    customConditions: ['source'],
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(index);
  const module = source && checker.getSymbolAtLocation(source);
  if (!module) throw new Error(`cannot read the exports of ${index}`);
  const missing: string[] = [];
  for (const symbol of checker.getExportsOfModule(module)) {
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    if (ts.displayPartsToString(target.getDocumentationComment(checker)).trim() === '') missing.push(symbol.name);
  }
  return missing;
}

describe('public API documentation', () => {
  for (const pkg of PACKAGES) {
    it(`every export of @policy-kg/${pkg} has a TSDoc comment`, () => {
      expect(undocumentedExports(pkg)).toEqual([]);
    });
  }
});
