import { describe, expect, it } from "vitest";
import { extractText } from "./testing/test-document.js";

// Real-looking noise: none of these reports a violent event in the Sahel.
const NOISE: Array<[string, string]> = [
  ["sports attack", "Barcelona's attack was relentless on Sunday and the striker killed it in the second half, scoring twice."],
  ["figurative killing", "The new budget killed any hope of reform, analysts said on Wednesday in Ouagadougou."],
  ["statistics", "According to data from the Global Terrorism Index, deaths in the Sahel rose by 38 percent in 2023."],
  ["background trend", "Over the past five years jihadist insurgencies in the central Sahel have spread south, and the violence has cost thousands of lives and uprooted whole districts."],
  ["policy commentary", "Donor governments said on Friday they were worried by the worsening insecurity in the region and urged all parties to negotiate."],
  ["menu", "Home\nNews\nPolitics\nSecurity\nSport\nContact us"],
  ["teasers", "Post a comment\n\nYour email will not be published\n\nYou may also like\n\nVeteran Charged Over Alleged Bomb Plot Against Air Base in Ohio\n\nCOLUMBUS — A 23-year-old former reservist was..."],
  ["court story elsewhere", "PORTLAND, Ore. — Thirty-five years after a shopkeeper was killed in a robbery, a retired mechanic was convicted of the crime on Thursday."],
  ["separate attacks without place", "In two communiqués this week the militants said they had carried out three distinct raids in Niger and Burkina Faso."],
  ["analyst quote", "\u201cThe militants now move between provincial capitals almost unchallenged,\u201d said John Roe, who studies the region for a think tank."],
  ["election news", "Voters in Bamako queued from dawn on Sunday to choose a new president; turnout was high and the mood calm."],
  ["trend clause without a dated event", "Women's groups marched for peace last year amid an increase in attacks, and they say they will march again."],
  ["fighting with no one named", "Fighting is a word often heard in the capital. Analysts said the militants would not negotiate."],
  ["weather", "Heavy rains hit Niamey on Monday, flooding several neighbourhoods and cutting the road to Tillaberi."],
];

describe("noise yields no event", () => {
  it.each(NOISE)("%s", (_label, text) => {
    expect(extractText(text).events).toEqual([]);
    expect(extractText(text, null).events).toEqual([]);
  });

  it("page furniture after the article yields nothing", () => {
    const article = "On 3 May 2025, unknown gunmen attacked the army post in Djibo, killing two soldiers.\n\n";
    const furniture = "Post a comment\n\nYour email will not be published\n\nRead next\n\nLeaders Meet in Geneva as Ceasefire Talks Stall\n\nGENEVA — Negotiators returned home without a deal after militants attacked a convoy in Kaya...";
    const { events } = extractText(article + "Filler paragraph about the weather in the capital, which was hot and dry this week.\n\n".repeat(3) + furniture);
    expect(events.map((e) => e.place?.name)).toEqual(["Djibo"]);
  });
});
