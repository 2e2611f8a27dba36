import { mkdtempSync, rmSync, writeFileSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { InputError, type RawDocument } from "../domain/index.js";
import { cleanDocument, MAX_DOCUMENT_BYTES } from "./index.js";

function raw(text: string | Uint8Array, contentType: string | null = "text/plain", origin = "report.txt"): RawDocument {
  const bytes = typeof text === "string" ? new TextEncoder().encode(text) : text;
  return { origin, url: null, bytes, contentType, hints: {} };
}

const EN_REPORT = `Militants Ambush Supply Convoy Near Djibo

Date:

DJIBO, Burkina Faso — Suspected jihadists ambushed a supply convoy on the road between Namsiguia and Djibo on Thursday, killing at least eleven soldiers and volunteers, security sources said.

The convoy had left Kongoussi two days earlier carrying food and fuel for the besieged town. Several trucks were set on fire.

No group has claimed the attack so far.

LEAVE A REPLY

Please enter your comment!
Please enter your name here

Share post:

Subscribe

Popular

More like this
Related

Storm Floods Coastal Town in Portugal

LISBON — Heavy rain flooded streets in...

New Stadium Opens in Accra

ACCRA — Thousands of fans attended the...`;

describe("cleanDocument on plain text", () => {
  it("takes the headline as title, reads an EMPTY Date: line as unknown, and cuts everything from the comment form", () => {
    const doc = cleanDocument(raw(EN_REPORT));
    expect(doc.title).toBe("Militants Ambush Supply Convoy Near Djibo");
    expect(doc.publishedAt).toBeNull();
    expect(doc.publishedAtOrigin).toBe("unknown");
    expect(doc.text.startsWith("DJIBO, Burkina Faso — Suspected jihadists ambushed")).toBe(true);
    expect(doc.text.endsWith("No group has claimed the attack so far.")).toBe(true);
    for (const gone of ["LEAVE A REPLY", "Share post", "Subscribe", "Portugal", "LISBON", "Accra", "Date:"]) expect(doc.text).not.toContain(gone);
    expect(doc.furnitureRemoved).toBeGreaterThan(200);
    expect(doc.language).toBe("en");
  });

  it("reads a leading ' date 2024-03-30' prefix on the first paragraph's line and removes only the prefix", () => {
    const doc = cleanDocument(raw(" date 2024-03-30 Fighters attacked a checkpoint at Tin-Akoff on Friday, the army said, and several weapons were seized.\n\nThe army did not give a toll."));
    expect(doc.publishedAt).toBe("2024-03-30");
    expect(doc.publishedAtOrigin).toBe("header-line");
    expect(doc.text.startsWith("Fighters attacked a checkpoint")).toBe(true);
    expect(doc.title).toBeNull();
  });

  it("reads French date lines and validates them", () => {
    const ok = cleanDocument(raw("Publié le 1er avril 2024\n\nDes tirs ont été entendus à Ségou dans la soirée de dimanche, selon plusieurs habitants joints par téléphone."));
    expect(ok.publishedAt).toBe("2024-04-01");
    expect(ok.text).not.toContain("Publié");
    const bad = cleanDocument(raw("Date: 2023-02-29\n\nDes tirs ont été entendus à Ségou dans la soirée de dimanche, selon plusieurs habitants joints par téléphone."));
    expect(bad.publishedAt).toBeNull();
    expect(bad.text).not.toContain("Date:");
  });

  it("cuts a French teaser block, share buttons and a photo credit but keeps the body around them", () => {
    const text = [
      "Mali : une embuscade meurtrière près de Boni",
      "",
      "Partager",
      "Facebook",
      "WhatsApp",
      "",
      "Au moins sept soldats maliens ont été tués mardi dans une embuscade tendue par des hommes armés entre Boni et Hombori, a annoncé l'armée dans un communiqué.",
      "",
      "Crédit photo : DR",
      "",
      "À lire aussi :",
      "Burkina : la saison des pluies s'annonce tardive",
      "Niger : le prix du mil en forte hausse",
      "",
      "Selon l'armée, une dizaine d'assaillants ont été neutralisés lors de la riposte.",
      "",
      "Laisser un commentaire",
      "Votre adresse e-mail ne sera pas publiée.",
    ].join("\n");
    const doc = cleanDocument(raw(text));
    expect(doc.title).toBe("Mali : une embuscade meurtrière près de Boni");
    expect(doc.text).toBe(
      "Au moins sept soldats maliens ont été tués mardi dans une embuscade tendue par des hommes armés entre Boni et Hombori, a annoncé l'armée dans un communiqué.\n\nSelon l'armée, une dizaine d'assaillants ont été neutralisés lors de la riposte.",
    );
    expect(doc.language).toBe("fr");
  });

  it("removes an inline 'Lire aussi' teaser inside a flattened paragraph up to where the article resumes", () => {
    const text =
      "Les assaillants ont pris la fuite vers la frontière. Lire aussi : Mali : la route de Gao de nouveau coupée Niger : un maire enlevé près de Ouallam Le bilan reste provisoire selon la même source. Les recherches se poursuivent.";
    const doc = cleanDocument(raw(text));
    expect(doc.text).toBe("Les assaillants ont pris la fuite vers la frontière. Le bilan reste provisoire selon la même source. Les recherches se poursuivent.");
  });

  it.each([
    ["Share on WhatsApp"],
    ["Partager sur Facebook"],
    ["Suivez-nous sur Telegram"],
    ["Inscrivez-vous à notre newsletter quotidienne"],
    ["Mis à jour le 12 mars 2024 à 10h30"],
    ["Lecture : 4 min"],
    ["3 min read"],
    ["Crédit photo : Lamine Traoré / AFP"],
    ["© Reuters"],
    ["Nous utilisons des cookies pour vous offrir la meilleure expérience. En cliquant sur Accepter, vous consentez."],
    ["https://example.org/a/b?c=d"],
    ["Fatou Diallo : « Mon mari m’a quittée pour ma sœur » (Vidéo)"],
  ])("drops the furniture line %j and keeps the paragraphs around it", (furniture) => {
    const before = "Soldiers and volunteers repelled an attack on the post at Gorgadji on Monday morning, the army said.";
    const after = "Residents said the gunfire lasted more than two hours before the assailants withdrew towards the north.";
    const doc = cleanDocument(raw(`${before}\n\n${furniture}\n\n${after}`));
    expect(doc.text).toBe(`${before}\n\n${after}`);
  });

  it("a 'Leave a comment' link under the headline and lead does not cut the article that follows", () => {
    const lead = "Le bilan de l'attaque contre le détachement militaire de Sebba s'est alourdi, selon des sources locales jointes samedi par téléphone, qui font état de nombreuses victimes.";
    const p1 = "Les assaillants, arrivés par dizaines à moto, ont pris pour cible le camp aux premières heures de la matinée, avant de se replier vers la frontière nigérienne, a-t-on appris.";
    const p2 = "Une opération de ratissage était en cours dans la zone samedi soir, selon une source sécuritaire qui a requis l'anonymat, sans plus de précisions sur les pertes ennemies.";
    const doc = cleanDocument(raw(`Attaque à Sebba\n\n${lead}\n\nLaisser un commentaire\n\n${p1}\n\n${p2}`));
    expect(doc.text).toBe(`${lead}\n\n${p1}\n\n${p2}`);
  });

  it("keeps body sentences that merely mention furniture words", () => {
    const text =
      "Residents said they would not subscribe to the army's version of events. Related attacks were reported in Kaya the same week.\n\nThe teacher said: leave a reply to the governor was never sent.";
    const doc = cleanDocument(raw(text));
    expect(doc.text).toBe(text);
    expect(doc.furnitureRemoved).toBe(0);
  });

  it("strips light Markdown syntax", () => {
    const md = "# Attack on Solenzo market\n\n**At least nine** people were killed in an attack on the market of [Solenzo](https://example.org/solenzo), *witnesses* said.\n\n- The market was burnt.\n- Shops were looted.";
    const doc = cleanDocument(raw(md, "text/markdown", "report.md"));
    expect(doc.title).toBe("Attack on Solenzo market");
    expect(doc.text).toBe("At least nine people were killed in an attack on the market of Solenzo, witnesses said.\n\nThe market was burnt.\nShops were looted.");
  });

  it("normalises whitespace but keeps paragraphs", () => {
    const doc = cleanDocument(raw("First  paragraph\u00a0with   spaces.\r\n\r\n\r\n\r\nSecond\tparagraph here, long enough to tell.\u200b  \n"));
    expect(doc.text).toBe("First paragraph with spaces.\n\nSecond paragraph here, long enough to tell.");
  });
});

describe("cleanDocument refuses unusable input with the input's name", () => {
  const dir = mkdtempSync(join(tmpdir(), "cw-clean-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function problem(doc: RawDocument): string {
    try {
      cleanDocument(doc);
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).input).toBe(doc.origin);
      return (error as InputError).message;
    }
    throw new Error("expected an InputError");
  }

  it("empty and whitespace-only", () => {
    expect(problem(raw(""))).toBe("report.txt: document is empty (0 bytes)");
    expect(problem(raw(" \n\t \n"))).toMatch(/empty/);
  });

  it("binary (NUL bytes) and mostly non-text bytes", () => {
    expect(problem(raw(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), null, "image.png"))).toMatch(/^image\.png: .*binary/);
    const noise = new Uint8Array(4000).map((_, i) => (i * 7919) % 31 + 1);
    expect(problem(raw(noise, null, "noise.dat"))).toMatch(/non-text/);
  });

  it("a 50 MB file is refused with its size and the limit", () => {
    const path = join(dir, "huge.txt");
    writeFileSync(path, Buffer.alloc(50 * 1024 * 1024, "a"));
    const msg = problem(raw(readFileSync(path), "text/plain", path));
    expect(msg).toBe(`${path}: document is 50.0 MB, larger than the 20.0 MB limit for one report`);
    expect(MAX_DOCUMENT_BYTES).toBe(20 * 1024 * 1024);
  });

  it("nothing left after cleaning", () => {
    expect(problem(raw("<html><body><nav>Accueil</nav><script>x()</script></body></html>", "text/html", "menu.html"))).toMatch(/no article text left/);
    expect(problem(raw("Share post:\n\nSubscribe\n\nFacebook\nTwitter"))).toMatch(/no article text left/);
  });
});
