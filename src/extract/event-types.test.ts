import { describe, expect, it } from "vitest";
import { evidenceFor, onlyEvent } from "./testing/test-document.js";

// Hand-written sentences (reference date 2025-05-13); each reports one event of the given ACLED type.
const CASES: Array<[string, string, string, string]> = [
  ["On 14 October 2019, ISGS fighters attacked a gendarmerie unit at Markoye, killing one gendarme.", "Battles", "Armed clash", "attacked"],
  ["On 6 May 2025, gunmen on motorbikes killed three traders near Tongomayel.", "Violence against civilians", "Attack", "killed"],
  ["On 2 May 2025, JNIM militants abducted a teacher in Djibo.", "Violence against civilians", "Abduction/forced disappearance", "abducted"],
  ["On 4 May 2025, a Malian army vehicle struck an IED near Douentza, killing three soldiers.", "Explosions/Remote violence", "Remote explosive/landmine/IED", "struck an IED"],
  ["On 5 May 2025, French forces conducted an airstrike against JNIM militants near Tessit.", "Explosions/Remote violence", "Air/drone strike", "airstrike"],
  ["On 5 May 2025, French helicopters carried out an aerial operation on a gathering of presumed ISGS fighters east of Tessit, killing four of them.", "Explosions/Remote violence", "Air/drone strike", "aerial operation"],
  ["On 5 May 2025, soldiers surprised a gathering of armed men near Gorom-Gorom and killed six of them.", "Battles", "Armed clash", "killed"],
  ["On 5 May 2025, a gathering of traders in Dori denounced the closure of the cattle market.", "Protests", "Peaceful protest", "gathering"],
  ["On 6 May 2025, mortar shells hit the MINUSMA camp in Kidal.", "Explosions/Remote violence", "Shelling/artillery/missile attack", "mortar"],
  ["On 7 May 2025, nurses staged a sit-in in Bobo-Dioulasso to demand unpaid bonuses.", "Protests", "Peaceful protest", "staged"],
  ["On 8 May 2025, residents of Dori barricaded the main road and burned tires to protest insecurity.", "Riots", "Violent demonstration", "barricaded"],
  ["On 9 May 2025, a mob lynched a suspected thief in Kaya.", "Riots", "Mob violence", "lynched"],
  ["On 10 May 2025, soldiers defused an IED on the road between Djibo and Aribinda.", "Strategic developments", "Disrupted weapons use", "defused"],
  ["On 10 May 2025, two militants were killed while planting an IED near Dori.", "Strategic developments", "Disrupted weapons use", "while planting an IED"],
  ["On 10 May 2025, several IEDs were uncovered by soldiers near Dori.", "Strategic developments", "Disrupted weapons use", "IEDs were uncovered"],
  ["On 10 May 2025, an anti-tank mine was disposed of by an army unit near Dori.", "Strategic developments", "Disrupted weapons use", "disposed of"],
  ["On 8 May 2025, shopkeepers demonstrated in Nouna. Some of them later blocked the market road with burning tyres.", "Riots", "Violent demonstration", "demonstrated"],
  ["On 8 May 2025, pupils protested in Dori and forced their way into the town hall.", "Riots", "Violent demonstration", "protested"],
  ["On 8 May 2025, youths burned a bar in the Abaradjou quarter of Timbuktu.", "Riots", "Mob violence", "burned"],
  ["On 8 May 2025, teachers in Dori began a 72-hour strike to demand the payment of allowances.", "Strategic developments", "Other", "began a 72-hour strike"],
  ["On 8 May 2025, presumed JNIM militants closed down the school in Tanli near Dori.", "Strategic developments", "Other", "closed"],
  ["On 11 May 2025, JNIM militants burned a school and looted shops in Diapaga.", "Strategic developments", "Looting/property destruction", "burned"],
  // an attempt to pillage is still the looting it set out to do
  ["On 11 May 2025, JNIM militants tried to pillage the health centre of Diapaga.", "Strategic developments", "Looting/property destruction", "pillage"],
  ["On 12 May 2025, gendarmes arrested three suspected militants in Gao.", "Strategic developments", "Arrests", "arrested"],
  ["On 1 May 2025, JNIM and ISGS militants clashed near Mopti, 5 ISGS and 2 JNIM militants were killed.", "Battles", "Armed clash", "clashed"],
  ["On 30 April 2025, the governor extended the curfew in the Est region by three months.", "Strategic developments", "Change to group/activity", "curfew"],
  ["On 3 May 2025, residents of Kaya ransacked the gendarmerie and burned vehicles in protest against the killing of a girl.", "Riots", "Violent demonstration", "ransacked"],
  ["On 3 May 2025, Fulani militiamen attacked a hamlet near Douentza but the inhabitants repelled them.", "Battles", "Armed clash", "attacked"],
  ["On 3 May 2025, JNIM militants entered the hamlet of Zimtenga and seized livestock. Nobody was hurt.", "Strategic developments", "Looting/property destruction", "seized livestock"],
  ["On 3 May 2025, JNIM militants abducted a tailor near Sebba; he was found dead two days later.", "Violence against civilians", "Attack", "abducted"],
  ["On 3 May 2025, army helicopters struck militant positions near Djibo, killing ten militants.", "Explosions/Remote violence", "Air/drone strike", "helicopters struck"],
  // victims who were not fighting: off duty, retired, arrested and then killed
  ["On 4 May 2025, gunmen shot dead an off-duty gendarme at his home in Gorom-Gorom.", "Violence against civilians", "Attack", "shot dead"],
  ["On 4 May 2025, soldiers arrested six herders near Sollé; their bodies were found two days later.", "Violence against civilians", "Attack", "bodies"],
  // an attack on a post of armed men is a battle even when only a passer-by was hit
  ["On 4 May 2025, ISGS fighters attacked the Titao gendarmerie; a passing shopkeeper died in crossfire.", "Battles", "Armed clash", "attacked"],
  ["On 4 May 2025, militants attacked the police station in Bani while it was unmanned and burned it.", "Strategic developments", "Looting/property destruction", "burned"],
  ["On 4 May 2025, militants attacked a lorry convoy escorted by volunteer fighters near Kaya, killing three drivers.", "Battles", "Armed clash", "attacked"],
  // two communities fight: communal militias in a battle; students or rival camps: mob violence
  ["On 4 May 2025, Mossi and Fulani villagers clashed near Kantchari over a field; two men were killed.", "Battles", "Armed clash", "clashed"],
  ["On 4 May 2025, students of two rival schools clashed in Koudougou, leaving five wounded.", "Riots", "Mob violence", "clashed"],
  // a place taken without a fight; closures and ultimatums
  ["On 4 May 2025, militants took control of the village of Boulkiba and raised their flag. No fighting was reported.", "Strategic developments", "Non-violent transfer of territory", "took control of"],
  ["On 4 May 2025, militants gave the residents of Tondikoira a 48-hour ultimatum to leave the village.", "Strategic developments", "Other", "ultimatum"],
  // new trigger wordings
  ["On 4 May 2025, gunmen stopped a bus near Sebba and took two passengers to an unknown destination.", "Violence against civilians", "Abduction/forced disappearance", "took two passengers to an unknown destination"],
  ["On 4 May 2025, a patrol ran over a buried mine near Nassoumbou, wounding two soldiers.", "Explosions/Remote violence", "Remote explosive/landmine/IED", "ran over a buried mine"],
  ["On 4 May 2025, soldiers searched a camp near Inata where rifles and ammunition were seized.", "Strategic developments", "Disrupted weapons use", "ammunition were seized"],
  ["On 4 May 2025, French aircraft conducted strikes against militant hideouts near Tessit.", "Explosions/Remote violence", "Air/drone strike", "conducted strikes against"],
  ["On 4 May 2025, militants fired a rocket barrage at the army camp in Tessalit.", "Explosions/Remote violence", "Shelling/artillery/missile attack", "rocket barrage"],
  // trend wording after the event word does not hide a dated report; its sides may come in the next sentence
  ["On 4 May 2025, women in Kaya marched in support of the army amid an increase in attacks on soldiers.", "Protests", "Peaceful protest", "marched"],
  ["On 4 May 2025, clashes broke out in Yorko. They pitted gendarmes against Koglweogo militiamen.", "Battles", "Armed clash", "clashes"],
  ["On 4 May 2025, elders of the Bella and Fulani communities signed a peace accord in Gorom-Gorom.", "Strategic developments", "Agreement", "signed a peace accord"],
  ["On 4 May 2025, soldiers conducted operations targeting militant camps in the forest of Kelbo.", "Battles", "Armed clash", "operations targeting"],
  ["On 4 May 2025, Dozo militiamen encircled the village of Toguel.", "Strategic developments", "Change to group/activity", "encircled"],
  ["On 4 May 2025, a rebel unit occupied an army post near Ber. No clashes were reported.", "Strategic developments", "Non-violent transfer of territory", "occupied an army post"],
  ["An assassination took place in the Nassoumbou area on 4 May 2025. The victim was not named. Ansaroul Islam claimed it.", "Violence against civilians", "Attack", "assassination"],
  // the armed side is in the wording even when the dead were bystanders
  ["On 4 May 2025, gunmen opened fire on an army patrol near Tin-Akoff; a herder passing by was killed.", "Battles", "Armed clash", "opened fire"],
  ["On 4 May 2025, militants raided the village of Bouro; the villagers killed two of the attackers.", "Battles", "Armed clash", "raided"],
  ["On 4 May 2025, ISGS militants clashed with villagers in Tin-Akoff, killing three of them.", "Battles", "Armed clash", "clashed"],
  // complex attacks: the bomb or air strike opens a ground fight
  ["On 4 May 2025, militants attacked the army camp in Boni; a suicide car bomb was followed by an armed assault.", "Battles", "Armed clash", "attacked"],
  ["On 4 May 2025, a suicide bomber blew himself up at the market in Gao, killing six traders.", "Explosions/Remote violence", "Suicide bomb", "suicide bomber"],
  ["On 4 May 2025, an army convoy was hit by an IED followed by gunfire near Gossi.", "Battles", "Armed clash", "hit by"],
  ["On 4 May 2025, the air force conducted airstrikes followed by ground operations against militants near Mangodara.", "Battles", "Armed clash", "airstrikes"],
  // fighters captured by the other side: a battle; anyone else taken away: an abduction
  ["On 4 May 2025, militants abducted three volunteer fighters near Pobe-Mengao.", "Battles", "Armed clash", "abducted"],
  ["On 4 May 2025, militants abducted three aid workers near Pobe-Mengao.", "Violence against civilians", "Abduction/forced disappearance", "abducted"],
  ["On 4 May 2025, soldiers and volunteer fighters (VDP) killed four herders in the village of Bani.", "Violence against civilians", "Attack", "killed"],
  ["On 4 May 2025, the army said it killed five militants near Sebba, but residents described the victims as shepherds.", "Violence against civilians", "Attack", "killed"],
  ["On 4 May 2025, two people were killed in an attack by gunmen on an army checkpost near Goundam.", "Battles", "Armed clash", "killed"],
  ["On 4 May 2025, Koglweogo militiamen shot dead three armed bandits near Manni.", "Battles", "Armed clash", "shot dead"],
  ["On 4 May 2025, three traders were killed by armed men near Manni.", "Violence against civilians", "Attack", "killed"],
  ["On 4 May 2025, pupils demonstrated in Dori and began to throw stones at the town hall.", "Riots", "Violent demonstration", "demonstrated"],
  ["On 4 May 2025, traders staged a sit-in in Kaya but were prevented by the police from reaching the governor's office.", "Protests", "Protest with intervention", "staged"],
  ["On 4 May 2025, gunmen attacked an unmanned police post at Sampelga.", "Strategic developments", "Looting/property destruction", "attacked"],
  ["On 4 May 2025, soldiers raided a militant camp near Menaka and killed four militants; IEDs and motorbikes were seized.", "Battles", "Armed clash", "raided"],
  ["On 4 May 2025, gendarmes arrested a man in possession of two grenades at a checkpoint near Pama.", "Strategic developments", "Arrests", "arrested"],
  ["On 4 May 2025, a tricycle carrying traders struck an IED near Aldouma, killing one.", "Explosions/Remote violence", "Remote explosive/landmine/IED", "struck an IED"],
  ["On 4 May 2025, students protesting in Gaoua against exam dates beat two teachers; the police dispersed them.", "Riots", "Violent demonstration", "protesting"],
  ["On 4 May 2025, Dozo hunters extorted Fulani herders in the village of Kerta.", "Strategic developments", "Looting/property destruction", "extorted"],
  ["On 4 May 2025, troops beat a prisoner to death in their camp at Nampala.", "Violence against civilians", "Attack", "beat a prisoner to death"],
  ["On 4 May 2025, militants brutalized a teacher in Tangaye.", "Violence against civilians", "Attack", "brutalized"],
  ["On 4 May 2025, clashes between the police and youths broke out in Dire, leaving two wounded.", "Riots", "Mob violence", "clashes"],
  ["On 4 May 2025, militants assaulted villagers at the market of Tinzawaten and abducted a trader.", "Violence against civilians", "Attack", "assaulted"],
  ["On 4 May 2025, militants ambushed a convoy of the Essakane mine company near Falagountou, wounding six workers.", "Violence against civilians", "Attack", "ambushed"],
  ["On 4 May 2025, Dozo hunters killed four herders near Fia, claiming they were mine planters.", "Violence against civilians", "Attack", "killed"],
  ["On 4 May 2025, militants intercepted a lorry near Mentao and removed the goods it carried.", "Strategic developments", "Looting/property destruction", "intercepted"],
  ["On 4 May 2025, militants made an incursion into Tansila. They ransacked the town hall and burned the school.", "Strategic developments", "Looting/property destruction", "ransacked"],
  ["On 4 May 2025, a man accused of witchcraft was beaten to death near Kassila.", "Riots", "Mob violence", "beaten to death"],
  ["On 4 May 2025, youths armed with hunting rifles from Zamana attacked gold miners and wounded three.", "Violence against civilians", "Attack", "attacked"],
  ["On 4 May 2025, activists of two rival parties fought at a polling station in Bobo-Dioulasso before the police intervened.", "Riots", "Mob violence", "fought"],
  ["On 4 May 2025, residents of Lafiabougou demonstrated to demand the removal of barricades near their homes.", "Protests", "Peaceful protest", "demonstrated"],
  ["On 4 May 2025, drivers demonstrated in Koudougou after policemen seized their tricycles.", "Protests", "Peaceful protest", "demonstrated"],
  ["On 4 May 2025, gunmen raided Selebonga; volunteer fighters fired back, forcing the gunmen to withdraw.", "Battles", "Armed clash", "raided"],
  ["On 4 May 2025, Dozo hunters attacked the village of Bombou; one hunter and one herder were killed amid exchanges of gunfire.", "Battles", "Armed clash", "attacked"],
  ["On 4 May 2025, militants tried to abduct a trader in Somadougou, but villagers fought back and killed two of the assailants.", "Battles", "Armed clash", "abduct"],
  ["On 4 May 2025, militants attacked a hunters' (Dozo) position near Soumouni, killing three.", "Battles", "Armed clash", "attacked"],
  ["On 4 May 2025, militants set up a checkpoint on the road between Gayeri and Foutouri and searched travellers.", "Strategic developments", "Other", "set up a checkpoint"],
  // the dead are called militants: the soldiers met armed men, not civilians
  ["On 2 May 2025, a joint army sweep went through the bush east of Tin-Akoff; the bodies of eleven presumed jihadists were left on the ground.", "Battles", "Armed clash", "bodies"],
  // explosives or rockets that open an assault on a camp are coded as the battle they began
  ["On 2 May 2025, an IED attack followed by gunfire targeted a UN patrol on the Anefis road.", "Battles", "Armed clash", "attack"],
  ["On 2 May 2025, rocket fire against the army camp at Boni was followed by heavy gunfire.", "Battles", "Armed clash", "gunfire"],
  ["On 2 May 2025, militants fired three mortars at the camp in Ber, and a dozen of them attempted to breach the camp fence.", "Battles", "Armed clash", "fired three mortars"],
  // a crowd that beats or lynches someone is a mob, even when the victim is a fighter
  ["On 2 May 2025, residents of Tangaye beat up a presumed militant caught stealing a goat.", "Riots", "Mob violence", "beat up"],
  ["On 2 May 2025, a suspected cattle thief was lynched by the population of Solenzo.", "Riots", "Mob violence", "lynched"],
  ["On 2 May 2025, JNIM militants beat up two herders near Sebba.", "Violence against civilians", "Attack", "beat up"],
  // a stray protest word beside the violence does not make a protest
  ["On 2 May 2025, hunters abducted four herders near Macina, demanding a ransom for their release.", "Violence against civilians", "Abduction/forced disappearance", "abducted"],
  ["On 2 May 2025, traders in Djibo staged a march demanding the release of a colleague abducted by gunmen.", "Protests", "Peaceful protest", "staged"],
  // armed groups do not arrest: someone they "detained" was abducted; state forces still arrest
  ["On 2 May 2025, presumed JNIM militants detained a nurse on the road out of Gorgadji.", "Violence against civilians", "Abduction/forced disappearance", "detained"],
  ["On 2 May 2025, soldiers detained two presumed JNIM militants at the Gorgadji market.", "Strategic developments", "Arrests", "detained"],
  // a raid that shot at people or tied them up is an attack on them, even with no one hurt; shots in the air are not
  ["On 2 May 2025, gunmen raided the hamlet of Kouni, fired at the herders and burned their granaries. No one was hurt.", "Violence against civilians", "Attack", "raided"],
  ["On 2 May 2025, militants entered Kouni, fired shots in the air and burned the granaries. No one was hurt.", "Strategic developments", "Looting/property destruction", "burned"],
  ["On 2 May 2025, gunmen burned the health post of Kouni and locked up the two nurses in a storeroom.", "Violence against civilians", "Attack", "burned"],
  // animals killed in a raid are property destroyed; a livestock trader killed is a person killed
  ["On 2 May 2025, Dogon militiamen burned four huts and killed three goats in the village of Sogou near Bankass.", "Strategic developments", "Looting/property destruction", "burned"],
  ["On 2 May 2025, gunmen killed a livestock trader at the market in Sogou near Bankass.", "Violence against civilians", "Attack", "killed"],
  // explosives set off to wreck a bridge or a school: a remote explosive, not plain property destruction
  ["On 2 May 2025, militants set off explosives under the culvert on the Titao road and destroyed it.", "Explosions/Remote violence", "Remote explosive/landmine/IED", "set off explosives"],
  ["On 2 May 2025, the school at Ouro Gueladio was blown up by militants at night.", "Explosions/Remote violence", "Remote explosive/landmine/IED", "blown up"],
  ["On 2 May 2025, militants fired a rocket at the town hall of Arbinda and damaged its roof.", "Explosions/Remote violence", "Shelling/artillery/missile attack", "fired a rocket"],
  ["On 2 May 2025, rockets fell on the camp in Ber overnight; nobody was hurt.", "Explosions/Remote violence", "Shelling/artillery/missile attack", "rockets fell"],
  // the police who surround or wound the marchers intervened in the protest
  ["On 4 May 2025, pupils marched to the town hall of Koudougou and the police surrounded them.", "Protests", "Protest with intervention", "marched"],
  ["On 4 May 2025, pupils marched to the town hall of Koudougou; two of them were wounded by the police.", "Protests", "Excessive force against protesters", "marched"],
];

describe("event type and sub-event type (ACLED taxonomy)", () => {
  it.each(CASES)("%s -> %s / %s", (text, type, sub, triggerText) => {
    const e = onlyEvent(text);
    expect(e.event_type).toBe(type);
    expect(e.sub_event_type).toBe(sub);
    expect(evidenceFor(e, text, "event_type")).toContain(triggerText);
  });

  it("a protest dispersed by the police is a protest with intervention", () => {
    const text = "On 7 May 2025, traders protested in Kaya; the police dispersed them with tear gas.";
    expect(onlyEvent(text).sub_event_type).toBe("Protest with intervention");
  });

  it("the crowd is named by what it did, and villagers who fight back are a communal militia", () => {
    const riot = onlyEvent("On 3 May 2025, a mob lynched a policeman in Kaya.");
    expect([riot.sub_event_type, riot.actor1?.acled_name, riot.actor2?.acled_name]).toEqual(["Mob violence", "Rioters (Burkina Faso)", "Police Forces of Burkina Faso (2022-)"]);
    const defended = onlyEvent("On 3 May 2025, Fulani militiamen attacked a hamlet near Douentza but the inhabitants repelled them.");
    expect(defended.actor2?.acled_name).toBe("Unidentified Communal Militia (Mali)");
  });

  it("attacks on civilians are civilian targeting, clashes with the army are not", () => {
    expect(onlyEvent("On 6 May 2025, gunmen on motorbikes killed three traders near Tongomayel.").civilian_targeting).toBe(true);
    expect(onlyEvent("On 14 October 2019, ISGS fighters attacked a gendarmerie unit at Markoye.").civilian_targeting).toBe(false);
  });
});
