import * as fs from "fs";
import * as path from "path";
import { readDistFile } from "./distFolder";

test("the README's function reference covers every function in functions.json", () => {
  const readme = fs.readFileSync(path.resolve(__dirname, "../../README.md"), "utf8");
  const metadata = JSON.parse(readDistFile("functions.json")) as {
    functions: { id: string; parameters: { name: string }[] }[];
  };
  for (const fn of metadata.functions) {
    expect(readme).toContain(`CX.${fn.id}(`);
  }
});
