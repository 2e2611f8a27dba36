import { describe, expect, it } from "vitest";
import { dateFromUrl } from "./url-date.js";

describe("dateFromUrl", () => {
  it.each([
    ["https://example.org/2024/08/29/burkina-faso-attaque/", "2024-08-29"],
    ["https://example.org/index.php/2024/8/9/slug", "2024-08-09"],
    ["https://fr.example.africa/amp/20220913/burkina-deux-soldats-1234.html", "2022-09-13"],
    ["https://example.org/news/2019-12-03-attaque-a-bahn", "2019-12-03"],
  ])("%s → %s", (url, expected) => {
    expect(dateFromUrl(url)).toBe(expected);
  });

  it.each([
    ["https://example.org/2021/03/slug"],
    ["https://example.org/2024/13/45/slug"],
    ["https://example.org/article/6284123.html"],
    ["https://example.org/?p=20220913"],
    ["/home/user/2024/08/29/report.txt"],
    [null],
  ])("%s → null", (url) => {
    expect(dateFromUrl(url)).toBeNull();
  });
});
