import { describe, expect, it } from "vitest";
import { extractText } from "./testing/test-document.js";

// Real-looking noise: none of these reports a violent event in the Sahel.
const NOISE: Array<[string, string]> = [
  ["sports attack", "Barcelona's attack was relentless on Sunday and the striker killed it in the second half, scoring twice."],
  ["figurative killing", "The new budget killed any hope of reform, analysts said on Wednesday in Ouagadougou."],
  ["statistics", "According to data from the Global Terrorism Index, deaths in the Sahel rose by 38 percent in 2023."],
  ["background trend", "Since 2020, militant groups linked to al Qaeda and the Islamic State have intensified their campaigns across the Sahel, killing thousands and displacing millions."],
  ["policy commentary", "The international community remains deeply concerned about the security situation in the Sahel and continues to call for dialogue."],
  ["menu", "Home\nNews\nPolitics\nSecurity\nSport\nContact us"],
  ["teasers", "LEAVE A REPLY\n\nPlease enter your comment!\n\nRelated\n\nEx-National Guard Soldier Arrested in ISIS-Inspired Plot Targeting U.S. Military Base in Michigan\n\nDETROIT — A 19-year-old former Michigan Army National Guard..."],
  ["court story elsewhere", "SAN JOSE, Calif. — More than four decades after the murder of a teenager, an elderly man was sentenced to life in prison on Tuesday."],
  ["separate attacks without place", "The group issued statements on Monday and Tuesday asserting responsibility for four separate attacks across Burkina Faso and Mali."],
  ["analyst quote", "\u201cJNIM is demonstrating that it can seize major towns with little deterrence from security forces,\u201d said Jane Doe, a senior analyst at a risk consultancy."],
  ["election news", "Voters in Bamako queued from dawn on Sunday to choose a new president; turnout was high and the mood calm."],
  ["weather", "Heavy rains hit Niamey on Monday, flooding several neighbourhoods and cutting the road to Tillaberi."],
];

describe("noise yields no event", () => {
  it.each(NOISE)("%s", (_label, text) => {
    expect(extractText(text).events).toEqual([]);
    expect(extractText(text, null).events).toEqual([]);
  });

  it("page furniture after the article yields nothing", () => {
    const article = "On 3 May 2025, unknown gunmen attacked the army post in Djibo, killing two soldiers.\n\n";
    const furniture = "LEAVE A REPLY\n\nPlease enter your comment!\n\nMore like this\n\nPutin and Trump to Skip Ukraine Peace Talks in Turkey\n\nISTANBUL — Hopes for a diplomatic breakthrough after militants attacked a convoy in Kaya...";
    const { events } = extractText(article + "Filler paragraph about the weather in the capital, which was hot and dry this week.\n\n".repeat(3) + furniture);
    expect(events.map((e) => e.place?.name)).toEqual(["Djibo"]);
  });
});
