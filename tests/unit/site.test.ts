import { describe, expect, it } from "vitest";
import en from "../../content/editions/en/ui/main.json";
import { translator } from "../../src/lib/translate";
import { PLACEHOLDER_SITE, correctionsEmail, isPlaceholderSite, reportErrorHref } from "../../src/lib/site";

describe("the site's public address", () => {
  it("knows the placeholder, with or without a path, and a missing address, from a real one", () => {
    expect(isPlaceholderSite(PLACEHOLDER_SITE)).toBe(true);
    expect(isPlaceholderSite(new URL("/countries/", PLACEHOLDER_SITE))).toBe(true);
    expect(isPlaceholderSite(undefined)).toBe(true);
    expect(isPlaceholderSite("https://news.example.org")).toBe(false);
  });
});

describe("the corrections address", () => {
  it("is the configured one when it looks like an email address, else corrections@ the site's host", () => {
    expect(correctionsEmail("https://news.example.org/", " desk@news.example.org ")).toBe("desk@news.example.org");
    expect(correctionsEmail("https://news.example.org/", undefined)).toBe("corrections@news.example.org");
    expect(correctionsEmail("https://news.example.org/", "not an address")).toBe("corrections@news.example.org");
    expect(correctionsEmail("https://news.example.org/", '"><script>@x.y')).toBe("corrections@news.example.org");
  });

  it("starts an email that names the page in its subject and body", () => {
    const t = translator("en", en);
    const href = reportErrorHref(
      "desk@news.example.org",
      t("report.subject", { pageTitle: "Hungary and the ICC" }),
      t("report.body", { pageUrl: "https://news.example.org/countries/hungary/" }),
    );
    expect(href.startsWith("mailto:desk@news.example.org?subject=")).toBe(true);
    const query = new URLSearchParams(href.slice(href.indexOf("?") + 1));
    expect(query.get("subject")).toBe("Correction: Hungary and the ICC");
    expect(query.get("body")).toContain("Page: https://news.example.org/countries/hungary/");
  });
});
