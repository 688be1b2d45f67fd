import { describe, expect, it } from "vitest";
import { nextTheme, readStoredTheme, toggleLabel, type ToggleWords } from "../../src/lib/theme";
import en from "../../content/editions/en/ui/main.json";
import ru from "../../content/editions/ru/ui/main.json";

/** The four labels as ThemeToggle.astro writes them from an edition's dictionary. */
const words = (d: Record<string, string>): ToggleWords => ({
  dark: { text: d["theme.toDark.text"] ?? "", name: d["theme.toDark.name"] ?? "" },
  light: { text: d["theme.toLight.text"] ?? "", name: d["theme.toLight.name"] ?? "" },
});

describe("the theme toggle", () => {
  it("names the theme a click switches to, in its words and its accessible name", () => {
    expect(toggleLabel("light", words(en))).toEqual({
      text: "Dark theme",
      name: "Switch to the dark theme",
      target: "dark",
    });
    expect(toggleLabel("dark", words(en))).toEqual({
      text: "Light theme",
      name: "Switch to the light theme",
      target: "light",
    });
  });

  it("says it in the edition's words: Russian", () => {
    expect(toggleLabel("light", words(ru))).toEqual({
      text: ru["theme.toDark.text"],
      name: ru["theme.toDark.name"],
      target: "dark",
    });
    expect(toggleLabel("dark", words(ru)).text).toBe(ru["theme.toLight.text"]);
    expect(toggleLabel("dark", words(ru)).text).not.toBe("Light theme");
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
