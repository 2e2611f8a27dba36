import { describe, expect, it } from "vitest";
import { extractFrench } from "./testing/french-document.js";

const VIOLENT = new Set(["Battles", "Explosions/Remote violence", "Violence against civilians", "Riots"]);

/** Real-looking French news that reports no violent event. */
const NOISE: string[] = [
  "Le Niger a retiré le permis d'exploitation d'une grande mine d'uranium au groupe français Orano. Le ministre des Mines a confirmé la décision lundi.",
  "Selon des chercheurs de Bobo-Dioulasso, un nouveau vaccin antipaludique a fait baisser de moitié la mortalité infantile dans trois districts. Neuf décès liés à la maladie ont été notés à Banfora.",
  "Le festival de musique de Ségou s'est achevé dimanche ; un documentaire sur le conflit a reçu le prix du public.",
  "Les Maliens étaient appelés aux urnes dimanche pour approuver la nouvelle constitution. Le taux de participation est de 38 %.",
  "Le nouveau ministre de l'Agriculture a annoncé lundi une campagne agricole difficile, marquée par l'insécurité dans le nord du pays.",
  "Lire aussi : Burkina Faso, dix soldats tués dans une embuscade",
  "Depuis 2015, les attaques jihadistes ont fait des milliers de morts et plus de deux millions de déplacés au Burkina Faso.",
  "Cinq personnes sont mortes dans un accident de la circulation sur la route de Kaya, selon la police.",
  "Le match entre les Étalons et les Aigles a été une véritable bataille, les Maliens ont attaqué sans relâche.",
];

describe("French noise yields no violent event", () => {
  it.each(NOISE)("%s", (text) => {
    const { events } = extractFrench(text);
    expect(events.filter((e) => VIOLENT.has(e.event_type)).map((e) => e.notes)).toEqual([]);
  });
});
