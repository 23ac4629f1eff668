// Microsoft's Office add-in rules (load before read, sync after load, isNullObject, …) with
// Prettier formatting (office-addin-prettier-config), for the source and the tests.
import tsParser from "@typescript-eslint/parser";
import officeAddins from "eslint-plugin-office-addins";

const [, , addinRules] = officeAddins.configs.recommended;

export default [
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "eslint.config.mjs"] },
  ...officeAddins.configs.react,
  { ...addinRules, files: ["**/*.tsx"] },
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: { ...addinRules.languageOptions, parser: tsParser, ecmaVersion: 2022 },
    rules: { "no-undef": "off", "no-redeclare": "off", "react/react-in-jsx-scope": "off" },
  },
  {
    files: ["**/*.{js,cjs}"],
    languageOptions: {
      sourceType: "commonjs",
      ecmaVersion: 2022,
      globals: {
        require: "readonly",
        module: "writable",
        __dirname: "readonly",
        URL: "readonly",
        process: "readonly",
        console: "readonly",
      },
    },
  },
];
