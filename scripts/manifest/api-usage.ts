/**
 * Which Office.js requirement sets the code uses: every property access and call in the given source
 * files is resolved by the TypeScript checker, and a member declared in the Office.js typings (or in our
 * own custom-functions runtime declarations) brings the requirement set its doc comment names —
 * «[Api set: ExcelApi 1.9]» or «**Requirement set**: {@link … | SharedRuntime 1.1}».
 */
import * as ts from 'typescript';
import { join, relative } from 'path';

export interface ApiUse {
  /** Interface.member, e.g. 'Worksheet.autoFilter'. */
  member: string;
  set: string;
  version: string;
  file: string;
  line: number;
}

/** «[Api set: ExcelApi 1.9]», «[Api set: ExcelApi 1.1 for reading visibility; 1.2 for setting it.]» or the {@link} form. */
const API_SET = /\[\s*Api set:\s*([A-Za-z]+)\s+(\d+\.\d+)([^\]]*)\]|Requirement set\*\*:\s*\{@link [^|}]*\|\s*([A-Za-z]+)\s+(\d+\.\d+)\s*\}/i;

const TYPINGS = [`${['@types', 'office-js'].join('/')}/`, 'custom-functions-runtime.d.ts'];

const requirementOf = (declaration: ts.Declaration): { set: string; version: string } | null => {
  const file = declaration.getSourceFile();
  if (!TYPINGS.some((t) => file.fileName.replace(/\\/g, '/').includes(t))) return null;
  const comments = ts.getLeadingCommentRanges(file.text, declaration.getFullStart()) ?? [];
  const text = comments.map((c) => file.text.slice(c.pos, c.end)).join('\n');
  const m = API_SET.exec(text);
  if (!m) return null;
  if (m[4]) return { set: m[4], version: m[5] };
  // A tag naming several versions (reading / setting) counts as the highest: the code may do either.
  const versions = [m[2], ...(m[3].match(/\d+\.\d+/g) ?? [])];
  return { set: m[1], version: versions.reduce((a, b) => (compareVersions(a, b) >= 0 ? a : b)) };
};

const ownerName = (declaration: ts.Declaration): string => {
  const parent = declaration.parent;
  return parent && (ts.isInterfaceDeclaration(parent) || ts.isClassDeclaration(parent) || ts.isModuleBlock(parent))
    ? ((ts.isModuleBlock(parent) ? parent.parent.name : parent.name)?.getText() ?? '')
    : '';
};

export const apiUses = (rootDir: string, files: readonly string[]): ApiUse[] => {
  const config = ts.readConfigFile(join(rootDir, 'tsconfig.json'), ts.sys.readFile).config;
  const { options } = ts.parseJsonConfigFileContent(config, ts.sys, rootDir);
  const program = ts.createProgram({ rootNames: [...files], options: { ...options, noEmit: true } });
  const checker = program.getTypeChecker();
  const uses: ApiUse[] = [];
  for (const file of files) {
    const source = program.getSourceFile(file);
    if (!source) continue;
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node)) {
        const symbol = checker.getSymbolAtLocation(node.name);
        for (const declaration of symbol?.declarations ?? []) {
          const requirement = requirementOf(declaration);
          if (!requirement) continue;
          const { line } = source.getLineAndCharacterOfPosition(node.name.getStart());
          uses.push({ member: `${ownerName(declaration)}.${node.name.text}`, ...requirement, file: relative(rootDir, file), line: line + 1 });
          break;
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return uses;
};

/** '1.10' > '1.9'. */
export const compareVersions = (a: string, b: string): number => {
  const [x, y] = [a.split('.').map(Number), b.split('.').map(Number)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
};
