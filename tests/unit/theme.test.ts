import { describe, expect, it } from "vitest";
import { nextTheme, readStoredTheme, toggleLabel } from "../../src/lib/theme";

describe("the theme toggle", () => {
  it("names the theme a click switches to, in its words and its accessible name", () => {
    expect(toggleLabel("light")).toEqual({ text: "Dark theme", name: "Switch to the dark theme", target: "dark" });
    expect(toggleLabel("dark")).toEqual({ text: "Light theme", name: "Switch to the light theme", target: "light" });
  });

  it("switches to the other theme", () => {
    expect(nextTheme("light")).toBe("dark");
    expect(nextTheme("dark")).toBe("light");
  });

  it("ignores a stored value that is not a theme, and storage that throws", () => {
    expect(readStoredTheme({ getItem: () => "dark" })).toBe("dark");
    expect(readStoredTheme({ getItem: () => "purple" })).toBeNull();
    expect(
      readStoredTheme({
        getItem: () => {
          throw new Error("denied");
        },
      }),
    ).toBeNull();
  });
});
