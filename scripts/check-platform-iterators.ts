/**
 * Finds code that iterates the iterator a platform object's `.entries()`, `.keys()` or `.values()` returns
 * (URLSearchParams, Headers, FormData, DOMTokenList, NodeList, Highlight …) in the code a content script runs.
 * In a Firefox content script those iterators come through an Xray wrapper without `Symbol.iterator`, so spreading
 * one, `Array.from` of it, `for…of` over it, `new Map/Set` of it or destructuring it throws "… is not iterable"
 * (issue 14: `[...url.searchParams.entries()]` broke every page summary in Firefox). `forEach` works.
 *
 * The check is type-aware (the TypeScript checker tells a URLSearchParams from a Map), so our own Maps and Sets
 * stay free to be spread. Run it with `npx tsx scripts/check-platform-iterators.ts`; the unit test beside it runs it.
 */
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export interface Finding {
  file: string;
  line: number;
  /** The offending expression, e.g. "[...u.searchParams.entries()]". */
  text: string;
  /** The receiver's type, e.g. "URLSearchParams". */
  receiver: string;
}

const ITERATOR_METHODS = new Set(['entries', 'keys', 'values']);
const DOM_LIB = /[\\/]lib\.dom(\.[a-z]+)?\.d\.ts$/;

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Where a content script starts; everything it imports runs in the page's content-script sandbox. */
export const CONTENT_ENTRY_POINTS = ['entrypoints/content.ts'];

/** A call `recv.entries()` / `.keys()` / `.values()`, or null. */
function iteratorCall(node: ts.Expression): ts.PropertyAccessExpression | null {
  const e = ts.skipPartiallyEmittedExpressions(node);
  if (!ts.isCallExpression(e) || e.arguments.length > 0) return null;
  const callee = e.expression;
  if (!ts.isPropertyAccessExpression(callee) || !ITERATOR_METHODS.has(callee.name.text)) return null;
  return callee;
}

/** True when any part of the type is declared by the DOM library, i.e. is a platform (WebIDL) object. */
function isPlatformType(type: ts.Type): boolean {
  const parts = type.isUnion() || type.isIntersection() ? type.types : [type];
  return parts.some((t) => {
    const symbol = t.getSymbol() ?? t.aliasSymbol;
    const decls = symbol?.getDeclarations() ?? [];
    // "some": @types/node merges its own declarations into globals such as URLSearchParams.
    return decls.some((d) => DOM_LIB.test(d.getSourceFile().fileName));
  });
}

/** The expressions in `node` that get iterated with the iteration protocol. */
function iteratedExpressions(node: ts.Node): ts.Expression[] {
  if (ts.isSpreadElement(node)) return [node.expression];
  if (ts.isForOfStatement(node)) return [node.expression];
  if (ts.isYieldExpression(node) && node.asteriskToken && node.expression) return [node.expression];
  if (ts.isNewExpression(node) && node.arguments?.[0]) return [node.arguments[0]];
  if (ts.isCallExpression(node)) {
    const c = node.expression;
    const isArrayFrom =
      ts.isPropertyAccessExpression(c) &&
      c.name.text === 'from' &&
      ts.isIdentifier(c.expression) &&
      c.expression.text === 'Array';
    if (isArrayFrom && node.arguments[0]) return [node.arguments[0]];
  }
  if (ts.isVariableDeclaration(node) && ts.isArrayBindingPattern(node.name) && node.initializer)
    return [node.initializer];
  if (
    ts.isBinaryExpression(node) &&
    node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
    ts.isArrayLiteralExpression(node.left)
  )
    return [node.right];
  return [];
}

export function findPlatformIteration(program: ts.Program, files: readonly ts.SourceFile[]): Finding[] {
  const checker = program.getTypeChecker();
  const findings: Finding[] = [];
  for (const sf of files) {
    const visit = (node: ts.Node): void => {
      for (const expr of iteratedExpressions(node)) {
        const callee = iteratorCall(expr);
        if (!callee) continue;
        const type = checker.getTypeAtLocation(callee.expression);
        if (!isPlatformType(type)) continue;
        findings.push({
          file: sf.fileName,
          line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1,
          text: node.getText(sf),
          receiver: checker.typeToString(type),
        });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return findings;
}

/** The project's program from the content script's entry points, with the project's compiler options. */
export function contentScriptProgram(root = ROOT): { program: ts.Program; files: ts.SourceFile[] } {
  const config = ts.getParsedCommandLineOfConfigFile(
    join(root, 'tsconfig.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  );
  if (!config) throw new Error('could not read tsconfig.json');
  const wxtTypes = join(root, '.wxt/wxt.d.ts');
  const rootNames = [
    ...CONTENT_ENTRY_POINTS.map((f) => join(root, f)),
    ...config.fileNames.filter((f) => f === wxtTypes),
  ];
  const program = ts.createProgram({ rootNames, options: { ...config.options, noEmit: true } });
  const files = program
    .getSourceFiles()
    .filter((sf) => !sf.isDeclarationFile && !sf.fileName.includes('/node_modules/') && sf.fileName.startsWith(root));
  return { program, files };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { program, files } = contentScriptProgram();
  const findings = findPlatformIteration(program, files);
  for (const f of findings) {
    console.error(`${relative(ROOT, f.file)}:${f.line}: ${f.text} iterates a ${f.receiver} iterator; use forEach`);
  }
  console.log(`checked ${files.length} content-script files: ${findings.length} platform iterators iterated`);
  process.exitCode = findings.length > 0 ? 1 : 0;
}
