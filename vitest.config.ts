/// <reference types="vitest/config" />
import { getViteConfig } from "astro/config";

export default getViteConfig({
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/dist/**/*.test.ts"],
    benchmark: { include: ["tests/unit/**/*.bench.ts"] },
    testTimeout: 60_000,
    reporters: ["default", ["json", { outputFile: "reports/unit.json" }]],
  },
});
