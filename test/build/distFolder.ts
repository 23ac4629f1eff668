import * as fs from "fs";
import * as path from "path";

/** The webpack output folder the build tests inspect (`npm test` builds it first). */
export const distFolder = path.resolve(__dirname, "../../dist");

/** The text of a built file, failing the test with a hint when the build is missing. */
export function readDistFile(name: string): string {
  const file = path.join(distFolder, name);
  if (!fs.existsSync(file))
    throw new Error(`${file} is missing: run \`npm run build\` first (npm test does).`);
  return fs.readFileSync(file, "utf8");
}
