/** Lower case without accents, so "Solé", "SOLE" and "sole" compare equal (French and English reports mix them). */
export function foldText(text: string): string {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
}
