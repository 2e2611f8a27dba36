import { describe, expect, it } from "vitest";
import { evidenceFor, onlyEvent } from "./testing/test-document.js";

// [sentence, low, best, evidence texts]
const CASES: Array<[string, number | null, number | null, string[]]> = [
  ["On 3 May 2025, unknown gunmen killed four civilians in Dablo.", 4, 4, ["killed four civilians"]],
  ["On 3 May 2025, militants attacked the army post in Djibo, two soldiers and a policeman were killed.", 3, 3, ["two soldiers and a policeman were killed"]],
  ["On 3 May 2025, militants attacked the army post in Djibo, killing dozens of soldiers.", 12, 12, ["killing dozens of soldiers"]],
  ["On 4 May 2025, an assault on Titao by JNIM caused the death of dozens of gendarmes and traders.", 12, 12, ["death of dozens of gendarmes and traders"]],
  ["On 3 May 2025, gunmen attacked Kaya, killing at least 37 Fulani civilians and wounding 12 others.", 37, 37, ["killing at least 37 Fulani civilians"]],
  ["On 19 August 2020, fighting broke out between JNIM and ISGS near Markoye; 8 JNIM and 3 ISGS fighters reportedly killed.", 11, 11, ["8 JNIM and 3 ISGS fighters reportedly killed"]],
  ["On 3 May 2025, gunmen attacked Kaya, three soldiers were wounded.", null, null, []],
  ["On 3 May 2025, militants attacked the village of Dablo. No casualties were reported.", 0, 0, ["No casualties were reported"]],
  ["On 3 May 2025, troops allegedly summarily executed between 15 and 27 villagers in Solenzo.", 15, 15, ["executed between 15 and 27 villagers"]],
  ["On 3 May 2025, unknown gunmen shot dead a mechanic in Dori.", 1, 1, ["shot dead a mechanic"]],
  ["On 3 May 2025, an FAMa truck hit a mine on the road from Boni to Douentza (coded as Douentza at geoprecision 2); four soldiers were killed.", 4, 4, ["four soldiers were killed"]],
  ["On 3 May 2025, 9 auxiliaries of the state-backed VDP self-defence militia were reportedly killed near Sebba.", 9, 9, ["9 auxiliaries of the state-backed VDP self-defence militia were reportedly killed"]],
  ["On 3 May 2025, Koglweogo militiamen tortured a young herder to death in Kaya.", 1, 1, ["tortured a young herder to death"]],
  ["On 3 May 2025, unknown gunmen shot a teacher in Dori. He later died of his injuries.", 1, 1, ["He later died"]],
  ["On 3 May 2025, gendarmes killed four suspected ISGS or JNIM fighters near Sebba.", 4, 4, ["killed four suspected ISGS or JNIM fighters"]],
  ["On 3 May 2025, a truck struck an IED near Djibo: 1 dead and 4 wounded.", 1, 1, ["1 dead"]],
  ["On 3 May 2025, a shopkeeper was shot and killed by armed men in Sebba.", 1, 1, ["a shopkeeper was shot and killed"]],
  ["On 3 May 2025, 11 MSA combatants and one presumed HCUA member were killed near Menaka.", 12, 12, ["11 MSA combatants and one presumed HCUA member were killed"]],
  // one singular or unnumbered victim counts one
  ["On 3 May 2025, gunmen on motorbikes assassinated the village chief of Tanli.", 1, 1, ["assassinated the village chief"]],
  ["On 3 May 2025, unknown gunmen killed the owner of a repair shop in Dori.", 1, 1, ["killed the owner"]],
  ["On 3 May 2025, militants stormed the hamlet of Bani and executed a man accused of informing.", 1, 1, ["executed a man"]],
  ["On 3 May 2025, an elderly man was killed when gunmen raided the village of Tanli.", 1, 1, ["an elderly man was killed"]],
  ["On 3 May 2025, militants raided the village of Tanli, the village chief killed and two others wounded.", 1, 1, ["the village chief killed"]],
  ["Health worker assassinated overnight in the village of Tanli on 3 May 2025.", 1, 1, ["Health worker assassinated"]],
  ["On 3 May 2025, gunmen fired on a bus near Dori, wounding two passengers, one succumbed to his wounds.", 1, 1, ["one succumbed"]],
  ["On 3 May 2025, gunmen fired on a bus near Dori and a woman succumbed to her wounds.", 1, 1, ["a woman succumbed"]],
  ["On 3 May 2025, militants abducted a trader near Dori, he was later found dead in the bush.", 1, 1, ["he was later found dead"]],
  ["On 3 May 2025, militants abducted a herder near Dori. His body was found two days later.", 1, 1, ["His body was found"]],
  ["On 3 May 2025, gunmen killed a herder near Dori, his body was found in a well.", 1, 1, ["killed a herder"]],
  ["On 3 May 2025, Dozo militiamen killed and beheaded a Fulani man near Dori.", 1, 1, ["killed and beheaded a Fulani man"]],
  ["On 3 May 2025, the army said it had neutralised about twenty terrorists near Djibo.", 20, 20, ["neutralised about twenty terrorists"]],
  ["On 3 May 2025, an IED struck a patrol near Ayorou, killing three soldiers, the defence ministry said.", 3, 3, ["killing three soldiers"]],
  ["On 3 May 2025, gunmen attacked the village of Tanli, two bodies were found near the well.", 2, 2, ["two bodies"]],
  ["On 3 May 2025, gunmen attacked the polling station in Dori, killing the head of the polling station.", 1, 1, ["killing the head"]],
  ["On 3 May 2025, two children aboard a car were shot dead and their mother wounded in Dori.", 2, 2, ["two children aboard a car were shot dead"]],
  ["On 3 May 2025, gunmen shot dead police officer Amadou Diallo in Dori.", 1, 1, ["shot dead police officer Amadou Diallo"]],
  ["On 3 May 2025, a couple on a motorbike was killed by an IED near Dori.", 2, 2, ["a couple on a motorbike was killed"]],
  ["On 3 May 2025, gunmen attacked Dori, shooting a trader who succumbed to his wounds.", 1, 1, ["who succumbed"]],
  ["On 3 May 2025, a cart struck an IED near Dori, at least one dead and two donkeys wounded.", 1, 1, ["at least one dead"]],
  ["Three armed men riding motorcycles shot dead a butcher in Gorom-Gorom on 3 May 2025.", 1, 1, ["shot dead a butcher"]],
  ["On 3 May 2025, militants attacked the post in Dori, one gendarme killed two wounded.", 1, 1, ["one gendarme killed"]],
  ["On 3 May 2025, a village councillor and his son were killed by gunmen near Dori.", 2, 2, ["a village councillor and his son were killed"]],
  ["Deputy mayor of Sebba commune assassinated outside his house on 3 May 2025.", 1, 1, ["Deputy mayor of Sebba commune assassinated"]],
  ["Army officer killed by unknown gunmen near Dori on 3 May 2025.", 1, 1, ["Army officer killed"]],
  ["On 3 May 2025, a militia member was shot down by armed men in Dori.", 1, 1, ["a militia member was shot down"]],
  ["Water engineer and his driver killed by gunmen on the road to Sebba on 3 May 2025.", 2, 2, ["Water engineer and his driver killed"]],
  ["On 3 May 2025, a retired customs officer and his nephew were assassinated at their home in Sebba.", 2, 2, ["a retired customs officer and his nephew were assassinated"]],
  // an unknown number of dead is recorded as 10; dead and wounded lumped together as a few
  ["On 3 May 2025, French jets struck a camp near Tessit, killing an unspecified number of fighters.", 10, 10, ["killing an unspecified number of fighters"]],
  ["On 3 May 2025, the army raided a base near Nampala, an unknown number of fighters were killed.", 10, 10, ["an unknown number of fighters were killed"]],
  ["On 3 May 2025, a mine exploded under a truck near Boni, causing an unknown number of dead and wounded.", 3, 3, ["an unknown number of dead"]],
  // group names, ranges and reported figures inside the count
  ["On 3 May 2025, hunters killed eleven suspected Katiba Serma (JNIM) fighters near Boni.", 11, 11, ["killed eleven suspected Katiba Serma (JNIM) fighters"]],
  ["On 3 May 2025, an airstrike near Tessit killed a reported twelve ISGS fighters.", 12, 12, ["killed a reported twelve ISGS fighters"]],
  ["On 3 May 2025, a patrol was ambushed near Boni: 4-7 killed and 2 wounded.", 4, 4, ["4-7 killed"]],
  ["On 3 May 2025, between 9 to 14 bodies were found near the well of Tanli.", 9, 9, ["9 to 14 bodies"]],
  // a clause about the counted people before their verb
  ["On 3 May 2025, twelve traders, most of whom were heading to the market, were killed near Tanli.", 12, 12, ["twelve traders, most of whom were heading to the market, were killed"]],
  ["On 3 May 2025, five herders arrested by soldiers in Tanli were found dead near the river.", 5, 5, ["five herders arrested by soldiers in Tanli were found dead"]],
  ["On 3 May 2025, militants stopped three drivers who were heading to Dori, one driver was killed.", 1, 1, ["one driver was killed"]],
  ["On 3 May 2025, three young men accused of theft were abducted and executed near Tanli.", 3, 3, ["three young men accused of theft were abducted and executed"]],
  // the dead counted when they were seized: "executed them", "their bodies were found"
  ["On 3 May 2025, soldiers detained seven herders at the market of Tanli and executed them near the river.", 7, 7, ["executed them"]],
  ["On 3 May 2025, militants abducted two teachers near Dori, they were later executed.", 2, 2, ["they were later executed"]],
  ["On 3 May 2025, gunmen abducted four traders near Sebba. Their bodies were found in a well.", 4, 4, ["Their bodies were found"]],
  ["On 3 May 2025, gendarmes arrested five men in Tanli, those arrested were found dead the next day.", 5, 5, ["those arrested were found dead"]],
  ["On 3 May 2025, soldiers arrested six herders in Tanli and released them the next day.", null, null, []],
  // plural nouns not ending in s, "and/or", long singular subjects, army wording
  ["On 3 May 2025, militiamen killed four Fulani herdsmen near Tanli.", 4, 4, ["killed four Fulani herdsmen"]],
  ["On 3 May 2025, guards beat a detainee to death in Dori.", 1, 1, ["beat a detainee to death"]],
  ["On 3 May 2025, three presumed JNIM and/or ISGS fighters were killed near Tanli.", 3, 3, ["three presumed JNIM and/or ISGS fighters were killed"]],
  ["On 3 May 2025, a Water and Forests department ranger was killed near Tanli.", 1, 1, ["a Water and Forests department ranger was killed"]],
  ["On 3 May 2025, the army said that thirty terrorists were neutralised near Djibo.", 30, 30, ["thirty terrorists were neutralised"]],
  ["On 3 May 2025, one JNIM commander named as Abu Zaid was killed in an airstrike near Boni.", 1, 1, ["one JNIM commander named as Abu Zaid was killed"]],
  ["On 3 May 2025, a military operation near Gossi eliminated a number of militants.", 10, 10, ["eliminated a number of militants"]],
  // the number after an article or possessive; later groups that were not killed
  ["On 3 May 2025, gunmen stopped a lorry near Dori and killed the three passengers.", 3, 3, ["killed the three passengers"]],
  ["On 3 May 2025, gunmen killed a farmer and his four sons near Tanli.", 5, 5, ["killed a farmer and his four sons"]],
  ["On 3 May 2025, gunmen killed a member of the village council, his brother and wounded a neighbour in Tanli.", 2, 2, ["killed a member of the village council, his brother"]],
  ["On 3 May 2025, gunmen attacked a camp near Tanli, killing two herders, four others were abducted.", 2, 2, ["killing two herders"]],
  ["On 3 May 2025, soldiers shot two herders near Tanli, killing one, and two others wounded.", 1, 1, ["killing one"]],
  ["On 3 May 2025, militiamen killed three traders near Dori, their bodies were left on the road.", 3, 3, ["killed three traders"]],
  // hedged and earlier deaths
  ["On 3 May 2025, an airstrike near Boni killed nine fighters, with the possible death of their leader.", 9, 9, ["killed nine fighters"]],
  ["On 3 May 2025, youths in Dori burned the police post in response to the killing of a trader.", null, null, []],
  ["On 3 May 2025, gunmen threatened to kill a teacher near Dori.", null, null, []],
  // the wounded who died later add up
  ["On 3 May 2025, gunmen attacked Tanli, killing two herders and wounding four others, one of the wounded succumbed.", 3, 3, ["killing two herders", "one of the wounded succumbed"]],
  ["On 3 May 2025, soldiers fired on suspects near Dori and wounded a herder who later died in hospital.", 1, 1, ["wounded a herder who later died"]],
  ["On 3 May 2025, gunmen killed two traders near Dori and wounded two others, the two wounded later succumbed.", 4, 4, ["killed two traders", "the two wounded later succumbed"]],
  // breakdowns, parts and other sources' figures in one sentence
  ["On 3 May 2025, soldiers killed 17 herders near Tanli, 14 were executed on the spot while 3 died from torture.", 17, 17, ["killed 17 herders"]],
  ["On 3 May 2025, raids on three hamlets near Djibo left at least 5 dead, including 2 in Tanli and 2 in Sebba.", 5, 5, ["at least 5 dead"]],
  ["On 3 May 2025, militiamen killed at least twenty villagers in Tanli (some sources reported between 50 and 100 dead).", 20, 20, ["killed at least twenty villagers"]],
  // lists with dashes, ampersands, group names joined by "and", long subjects and included lists
  ["On 3 May 2025, three people - a teacher, a nurse and a farmer - were killed in Tanli by gunmen.", 3, 3, ["three people - a teacher, a nurse and a farmer - were killed"]],
  ["On 3 May 2025, gunmen stormed the post in Dori: 2 guards & 3 assailants killed.", 5, 5, ["2 guards & 3 assailants killed"]],
  ["On 3 May 2025, militants attacked Tanli, 4 Koglweogos and a village councillor killed.", 5, 5, ["4 Koglweogos and a village councillor killed"]],
  ["On 3 May 2025, ISGS fighters ambushed a patrol near Menaka, three MSA and GATIA combatants killed.", 3, 3, ["three MSA and GATIA combatants killed"]],
  ["On 3 May 2025, 7 gendarmes and 4 civilians, including a driver and a nurse, were killed near Dori.", 11, 11, ["7 gendarmes and 4 civilians, including a driver and a nurse, were killed"]],
  ["On 3 May 2025, a soldier and a gendarme belonging to a special unit and riding together on a motorbike were killed by an IED near Pama.", 2, 2, ["a soldier and a gendarme belonging to a special unit and riding together on a motorbike were killed"]],
  ["On 3 May 2025, hunters drove off raiders and took a motorbike from the attackers, one civilian was killed in Tanli.", 1, 1, ["one civilian was killed"]],
  // killings told by their manner
  ["On 3 May 2025, a man accused of theft was beaten to death in Dori.", 1, 1, ["a man accused of theft was beaten to death"]],
  ["On 3 May 2025, militiamen hacked to death four herders near Tanli.", 4, 4, ["hacked to death four herders"]],
  ["On 3 May 2025, gunmen slit the throats of three gold miners near Tanli.", 3, 3, ["slit the throats of three gold miners"]],
  ["On 3 May 2025, gunmen attacked Tanli, the body of a health worker was found riddled with bullets.", 1, 1, ["body of a health worker"]],
  ["On 3 May 2025, at least nine detainees were tortured and then summarily executed near Dori.", 9, 9, ["at least nine detainees were tortured and then summarily executed"]],
  // deaths told as a cause, an earlier event or not violence
  ["On 3 May 2025, youths burned the gendarmerie post in Tanli after gendarmes mistakenly killed a driver.", null, null, []],
  ["On 3 May 2025, soldiers killed 4 militants who had previously executed a village chief near Tanli.", 4, 4, ["killed 4 militants"]],
  ["On 3 May 2025, residents arrived with the corpses of two herders killed in Tanli and marched to the governorate in Dori.", null, null, []],
  ["On 3 May 2025, residents of Tanli blocked the road to Dori in protest against the lack of a bridge amid several deaths due to flooding.", null, null, []],
  ["On 3 May 2025, two men shot to death a trader in Dori.", 1, 1, ["shot to death a trader"]],
  ["On 3 May 2025, residents beat up two suspects in Dori in reaction to the beating of a girl who succumbed to her wounds.", null, null, []],
  ["On 3 May 2025, witnesses said four people were killed in Tanli, although only the corpse of a herder was recovered.", 1, 1, ["corpse of a herder"]],
  // companions, participle clauses, single bodies, long singular subjects, "more" bodies
  ["On 3 May 2025, gunmen shot dead a trader with his driver and bodyguard in Gao.", 3, 3, ["shot dead a trader with his driver and bodyguard"]],
  ["On 3 May 2025, two bomb makers reportedly trained by ISGS, were killed when their device went off near Boni.", 2, 2, ["two bomb makers reportedly trained by ISGS, were killed"]],
  ["On 3 May 2025, militants clashed with MSA fighters near Tanli. One dead body was found.", 1, 1, ["One dead body"]],
  ["On 3 May 2025, the chief of the Dogon quarter of Tanli village near Boni was killed at his home.", 1, 1, ["the chief of the Dogon quarter of Tanli village near Boni was killed"]],
  ["Village chief of Tanli near Dori abducted and executed by militants on 3 May 2025.", 1, 1, ["Village chief of Tanli near Dori abducted and executed"]],
  ["On 3 May 2025, gunmen abducted the imam of Tanli, he was later executed near the river.", 1, 1, ["he was later executed"]],
  ["On 3 May 2025, at least nine attackers and two gendarmes were killed in Tanli, while three more corpses of attackers were found the next day.", 14, 14, ["at least nine attackers and two gendarmes were killed", "three more corpses"]],
  // captives' bodies, "a majority", a third body, the one who survived then died, groups split by a place
  ["On 3 May 2025, soldiers arrested seven herders near Tanli, their corpses were found near Dori, a majority shot in the head.", 7, 7, ["their corpses were found"]],
  ["On 3 May 2025, soldiers arrested and executed the chief and the imam of Tanli, a third corpse was found nearby.", 3, 3, ["executed the chief and the imam", "a third corpse"]],
  ["On 3 May 2025, militiamen abducted three traders in Tanli, two were shot dead at once, the last one escaped but later died in hospital.", 3, 3, ["two were shot dead", "one escaped but later died"]],
  ["On 3 May 2025, gendarmes executed three men in the village of Tanli and four others at a gold mine nearby.", 7, 7, ["executed three men in the village of Tanli and four others"]],
  ["On 3 May 2025, residents burned the police post of Tanli amid the discovery of the corpse of a girl.", null, null, []],
  ["On 3 May 2025, militants abducted eight travellers near Dori. Six of the eight abducted were found dead two days later.", 6, 6, ["Six of the eight abducted were found dead"]],
  // plurals without a number, wounds and defused devices count nothing
  ["On 3 May 2025, soldiers in Dori killed by an IED.", null, null, []],
  ["On 3 May 2025, gunmen shot at three shepherds near Sebba; the shepherds escaped but a number of their cattle were killed.", null, null, []],
  ["On 3 May 2025, unknown gunmen attacked the market in Dori and killed a livestock trader.", 1, 1, ["killed a livestock trader"]],
  ["On 3 May 2025, gunmen attacked Dori and killed two sheep.", null, null, []],
  ["On 3 May 2025, students marched in Dori against the murder of student Amadou Diallo.", null, null, []],
  ["On 3 May 2025, gunmen attacked Tanli and civilians killed in the raid were buried.", null, null, []],
  ["On 3 May 2025, soldiers neutralised an IED near Djibo.", null, null, []],
  ["On 3 May 2025, militants killed and wounded several soldiers near Djibo.", null, null, []],
];

describe("fatalities (ACLED's conservative figure; injuries not counted)", () => {
  it.each(CASES)("%s", (text, low, best, evidence) => {
    const e = onlyEvent(text);
    expect(e.fatalities.low).toBe(low);
    expect(e.fatalities.best).toBe(best);
    expect(evidenceFor(e, text, "fatalities")).toEqual(evidence);
  });

  it("a stated claimed figure wins over a vague word for the same deaths", () => {
    const text = "JNIM said it killed 60 soldiers in an attack on the army post in Sole. JNIM fighters overran the post, killing dozens of soldiers.";
    const e = onlyEvent(text, null);
    expect(e.fatalities.low).toBe(60);
  });

  it.each<[string, number]>([
    // new dead told in a later sentence add up: "also", "more", "in its ranks", another side
    ["On 3 May 2025, militants ambushed a patrol near Djibo, killing four soldiers. Two militants were also killed.", 6],
    ["On 3 May 2025, an IED hit a truck near Djibo: 2 dead and several wounded. 2 more died at the hospital.", 4],
    ["On 3 May 2025, militants raided the army post in Djibo and shot dead one soldier. According to the army, its troops killed eight attackers in the fight.", 9],
    ["On 3 May 2025, JNIM attacked the army camp in Djibo, 20 soldiers were killed. JNIM acknowledged three dead in its ranks.", 23],
    // the same dead again: a later toll stands, a claimant's figure only when lower
    ["On 3 May 2025, gunmen attacked Tanli and killed 5 civilians. The toll later rose to 9 dead.", 9],
    ["On 3 May 2025, ISGS killed at least eight volunteer fighters in Tanli near Djibo. ISGS said it killed nine VDP in Tanli.", 8],
    ["On 3 May 2025, militiamen attacked Tanli near Dori, at least 21 villagers were killed. Other sources say as many as 30 more were killed.", 21],
    ["On 3 May 2025, gunmen killed 20 civilians in Tanli near Djibo. More than 20 people died in the attack on Tanli.", 20],
    // a contrast between two sides' dead is not another account of the same dead
    ["On 3 May 2025, militants attacked the army post in Djibo and killed two soldiers. However, the army said it killed 5 militants.", 7],
    // a figure the report doubts counts only as an unknown number
    ["On 3 May 2025, the army said it killed 45 militants near Djibo, a toll that cannot be independently confirmed.", 10],
    ["On 3 May 2025, militants killed two gendarmes near Djibo. The army said 45 militants were killed in Djibo, a toll that cannot be independently confirmed.", 2],
  ])("%s", (text, low) => {
    expect(onlyEvent(text, null).fatalities.low).toBe(low);
  });

  it("background tolls never become an event's deaths", () => {
    const text = "On 3 May 2025, gunmen attacked a gendarmerie post in Sebba, killing two gendarmes. Militant violence has grown every year since 2019, killing thousands across the region.";
    expect(onlyEvent(text).fatalities.low).toBe(2);
  });
});
