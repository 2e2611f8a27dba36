import { describe, expect, it } from "vitest";
import { evidenceFor, onlyEvent } from "./testing/test-document.js";

describe("verification, claims and relays", () => {
  it.each([
    ["On 3 May 2025, JNIM claimed responsibility for a raid on a gendarmerie in Sebba.", "claimed", "claimed responsibility"],
    ["On 3 May 2025, gunmen reportedly attacked the army post in Djibo.", "reported", null],
    ["On 3 May 2025, footage purporting to show militants attacking Dori spread on social media; it could not be authenticated.", "unverified", "purporting to"],
    ["On 3 May 2025, gunmen attacked the army post in Djibo, the army confirmed.", "confirmed", "army confirmed"],
    // "claimed by" names the claimant after the cue; "not claimed by any group" is no claim
    ["On 3 May 2025, gunmen raided the market of Sebba. The raid was later claimed by ISGS.", "claimed", "claimed by"],
    ["On 3 May 2025, gunmen raided the market of Sebba. The raid has not been claimed by any group.", "reported", null],
    ["On 3 May 2025, gunmen raided the market of Sebba. Claimed by ISGS the next day.", "claimed", "Claimed by"],
    // noise: a town "claimed by" a group is no claim of the attack
    ["On 3 May 2025, gunmen raided the market of Anefis, a town claimed by rival factions.", "reported", null],
  ] as const)("%s -> %s", (text, verification, evidence) => {
    const e = onlyEvent(text);
    expect(e.verification).toBe(verification);
    if (evidence) expect(evidenceFor(e, text, "verification")).toEqual([evidence]);
  });

  it("a claim relayed by SITE names the claimant and the relay", () => {
    const text = "JNIM said it killed 60 soldiers when it stormed an army camp in Soum province, the SITE Intelligence Group reported.";
    const e = onlyEvent(text, null);
    expect(e.verification).toBe("claimed");
    expect(e.claimed_by).toBe("JNIM: Group for Support of Islam and Muslims");
    expect(e.claim_relayed_by).toBe("SITE Intelligence Group");
    expect(evidenceFor(e, text, "claim_relayed_by")).toEqual(["SITE Intelligence Group"]);
    expect(e.fatalities.low).toBe(60);
  });

  it("enemy dead that only the army reports are the army's claim; a defused IED is not", () => {
    const text = "Burkina Faso's army said on Monday that a drone strike on Saturday had neutralised about twenty terrorists near Djibo.";
    const e = onlyEvent(text);
    expect(e.verification).toBe("claimed");
    expect(e.claimed_by).toBe("Military Forces of Burkina Faso (2022-)");
    expect(e.actor1?.acled_name).toBe("Military Forces of Burkina Faso (2022-)");
    expect(e.fatalities.best).toBe(20);
    expect(onlyEvent("On 3 May 2025, soldiers neutralised an IED near Djibo.").verification).not.toBe("claimed");
  });

  it("the army's word about the militants it killed is the army's claim, not theirs", () => {
    const e = onlyEvent("On 3 May 2025, the army said it killed ten JNIM militants near Djibo.");
    expect(e.verification).toBe("claimed");
    expect(e.claimed_by).toBe("Military Forces of Burkina Faso (2022-)");
  });

  it("gunmen whose attack a group claims are that group, not a second side", () => {
    const e = onlyEvent("On 3 May 2025, gunmen attacked a checkpoint near Djibo, and the attack was later claimed by ISGS.");
    expect(e.actor1?.acled_name).toBe("Islamic State (Sahel)");
    expect(e.claimed_by).toBe("Islamic State (Sahel)");
    expect(e.actor2?.acled_name ?? null).not.toBe("Unidentified Armed Group (Burkina Faso)");
  });

  it("'site' in lower case is not the monitor", () => {
    const e = onlyEvent("On 3 May 2025, gunmen attacked a mining site near Djibo, killing two miners.");
    expect(e.claim_relayed_by).toBeNull();
    expect(e.verification).toBe("reported");
  });
});
