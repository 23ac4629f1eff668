import { readFileSync } from "fs";
import { join } from "path";

/** Text of a file in the shared reference data folder (../shared/data from the repository root). */
export function readSharedData(fileName: string): string {
  return readFileSync(join(__dirname, "..", "..", "..", "shared", "data", fileName), "utf8");
}

/** The published reference values (published.json). */
export function publishedValues(): any {
  return JSON.parse(readSharedData("published.json"));
}
