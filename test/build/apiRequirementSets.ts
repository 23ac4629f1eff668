import * as path from "path";
import * as ts from "typescript";

/** One requirement set the code calls into, at the highest version it needs. */
export interface UsedRequirementSet {
  /** e.g. "ExcelApi" */
  name: string;
  /** e.g. "1.7" */
  version: string;
  /** "src/excel/readRows.ts: range.getSurroundingRegion" for each member that needs this version. */
  uses: string[];
}

const repository = path.resolve(__dirname, "../..");
const officeTypings = /[\\/]@types[\\/](office-js|custom-functions-runtime)[\\/]/;

/** Major and minor of "1.12" as one comparable number (1.12 > 1.7). */
function versionRank(version: string): number {
  const [major, minor] = version.split(".").map(Number);
  return major * 1000 + minor;
}

/**
 * The "[Api set: ExcelApi 1.7]" remarks of an Office.js declaration, or of the class, interface or
 * enum that declares it when the member has none (enum members and some properties).
 */
function apiSetsOf(declaration: ts.Node): [string, string][] {
  for (let node: ts.Node | undefined = declaration; node; node = node.parent) {
    if (ts.isSourceFile(node) || ts.isModuleDeclaration(node)) return [];
    const jsDoc = node.getSourceFile().text.slice(node.getFullStart(), node.getStart());
    const sets = Array.from(jsDoc.matchAll(/\[Api set: (\w+) (\d+\.\d+)\]/g), (match) => [
      match[1],
      match[2],
    ]) as [string, string][];
    if (sets.length > 0) return sets;
  }
  return [];
}

/** The requirement sets some code uses: those it needs, and those it only probes for. */
export interface RequirementSetUse {
  required: UsedRequirementSet[];
  /**
   * Sets reached only by reading a property the typings declare optional (`isInValuePreview?`):
   * an older host leaves it undefined, which strict null checks make the code handle, so the
   * read cannot fail there and does not raise the minimum.
   */
  probed: UsedRequirementSet[];
}

/** A property the typings declare with `?`. */
function isOptionalProperty(declaration: ts.Declaration): boolean {
  return (
    (ts.isPropertySignature(declaration) || ts.isPropertyDeclaration(declaration)) &&
    declaration.questionToken !== undefined
  );
}

/** The sets in `uses`, each at the highest version any of its uses needs. */
function highestVersions(uses: readonly [string, string, string][]): UsedRequirementSet[] {
  const highest = new Map<string, UsedRequirementSet>();
  for (const [name, version, use] of uses) {
    const known = highest.get(name);
    if (!known || versionRank(version) > versionRank(known.version))
      highest.set(name, { name, version, uses: [use] });
    else if (known.version === version && !known.uses.includes(use)) known.uses.push(use);
  }
  return Array.from(highest.values()).sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Every requirement set that the code under `folders` (relative to the repository) calls into,
 * found by resolving each property access and call with the TypeScript checker against
 * @types/office-js and @types/custom-functions-runtime, whose declarations carry Microsoft's
 * "[Api set: …]" remarks; for each set the highest version any member needs.
 * @example
 * usedRequirementSets(["src/excel"]).required;
 * // [{ name: "ExcelApi", version: "1.7", uses: ["src/excel/readRows.ts: range.getSurroundingRegion", …] }]
 */
export function usedRequirementSets(folders: readonly string[]): RequirementSetUse {
  const config = ts.readConfigFile(path.join(repository, "tsconfig.json"), ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, repository);
  const roots = folders.map((folder) => path.join(repository, folder) + path.sep);
  const files = parsed.fileNames.filter((file) =>
    roots.some((root) => path.resolve(file).startsWith(root))
  );
  const program = ts.createProgram(files, parsed.options);
  const checker = program.getTypeChecker();
  const required: [string, string, string][] = [];
  const probed: [string, string, string][] = [];

  for (const file of files) {
    const source = program.getSourceFile(file)!;
    const where = path.relative(repository, file).split(path.sep).join("/");
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node)) {
        // A call resolves to the overload it uses; anything else to the member's declarations.
        const call =
          ts.isCallExpression(node.parent) && node.parent.expression === node
            ? checker.getResolvedSignature(node.parent)?.declaration
            : undefined;
        const declarations = call
          ? [call]
          : (checker.getSymbolAtLocation(node.name)?.declarations ?? []);
        for (const declaration of declarations) {
          if (!officeTypings.test(declaration.getSourceFile().fileName)) continue;
          const use = `${where}: ${node.getText(source).replace(/\s+/g, "")}`;
          const uses = !call && isOptionalProperty(declaration) ? probed : required;
          for (const [name, version] of apiSetsOf(declaration)) uses.push([name, version, use]);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { required: highestVersions(required), probed: highestVersions(probed) };
}
