import { describe, expect, it } from "vitest";
import { extractText, onlyEvent } from "../testing/test-document.js";

// Hand-written reports (reference date 2025-05-13): [text, actor1 ACLED name, actor2 ACLED name or null]
const CASES: Array<[string, string, string | null]> = [
  // a lead-in sentence with no event word names who acted; the next sentence tells what happened
  ["On 3 May 2025, French forces carried out a ground sweep around Inabelbel. The bodies of six ISGS fighters were found afterwards.", "Military Forces of France (2017-)", "Islamic State (Sahel)"],
  ["On 3 May 2025, the Burkinabe army searched a JNIM hideout near Sollé. Four militants were killed.", "Military Forces of Burkina Faso (2022-)", "JNIM: Group for Support of Islam and Muslims"],
  // an event sentence that names no one: the sentence before it says who acted
  // a device found or defused: the force that disrupts it acts, the group that planted it is the other side
  ["On 3 May 2025, gendarmes defused a mine on the Djibo road that was probably laid by ISGS militants.", "Police Forces of Burkina Faso (2022-) Gendarmerie", "Islamic State (Sahel)"],
  ["On 3 May 2025, an army patrol discovered an IED near Djibo. The device had been planted by JNIM, according to local sources.", "Military Forces of Burkina Faso (2022-)", "JNIM: Group for Support of Islam and Muslims"],
  // noise: with no one disrupting it, the bomb's planter is still the actor
  ["On 3 May 2025, an IED planted by JNIM militants exploded under a bus near Djibo, killing four passengers.", "JNIM: Group for Support of Islam and Muslims", "Civilians (Burkina Faso)"],
  // state forces open the sentence, then a passive says what befell the militants
  ["On 3 May 2025, the army raided a militant camp near Djibo, and six militants were killed.", "Military Forces of Burkina Faso (2022-)", "Unidentified Armed Group (Burkina Faso)"],
  // noise: the victims of the passive are the soldiers themselves
  ["On 3 May 2025, the army escorted a convoy near Djibo, and two soldiers were killed.", "Unidentified Armed Group (Burkina Faso)", "Military Forces of Burkina Faso (2022-)"],
  // "people" killed in an attack on soldiers may be soldiers: the force stays the target; civilians named as the dead replace it
  ["On 3 May 2025, gunmen stormed the gendarmerie post of Djibo; three people were killed.", "Unidentified Armed Group (Burkina Faso)", "Police Forces of Burkina Faso (2022-) Gendarmerie"],
  // a passive whose "when" clause names who acted
  ["On 3 May 2025, two herders were wounded when JNIM militants opened fire on a camp near Djibo.", "JNIM: Group for Support of Islam and Muslims", "Civilians (Burkina Faso)"],
  ["On 3 May 2025, gunmen stormed the gendarmerie post of Djibo and killed three civilians.", "Unidentified Armed Group (Burkina Faso)", "Civilians (Burkina Faso)"],
  // armed men the report cannot name are another side, not the named group again
  ["On 3 May 2025, GATIA fighters clashed with unknown gunmen near Menaka.", "GATIA: Imghad Tuareg and Allies Self-Defense Group", "Unidentified Armed Group (Mali)"],
  ["On 3 May 2025, a GATIA patrol clashed with unidentified armed men near Menaka, and a herder was hit in the crossfire.", "GATIA: Imghad Tuareg and Allies Self-Defense Group", "Unidentified Armed Group (Mali)"],
  // noise: the militants named again after the group are that group
  ["On 3 May 2025, GATIA fighters attacked a camp near Menaka; the militiamen burned two tents.", "GATIA: Imghad Tuareg and Allies Self-Defense Group", "Civilians (Mali)"],
  // a battle's other side is the armed party, not the people it escorted or the bystanders who died
  ["On 3 May 2025, JNIM fighters ambushed some traders' lorries escorted by gendarmes near Djibo; one gendarme died.", "JNIM: Group for Support of Islam and Muslims", "Police Forces of Burkina Faso (2022-) Gendarmerie"],
  ["On 3 May 2025, ISGS militants attacked the army post in Djibo; one civilian was killed and a soldier was wounded.", "Islamic State (Sahel)", "Military Forces of Burkina Faso (2022-)"],
  // noise: with no armed escort, villagers attacked stay civilians
  ["On 3 May 2025, ISGS militants attacked a convoy of traders near Djibo, killing one trader.", "Islamic State (Sahel)", "Civilians (Burkina Faso)"],
  // a brawl between crowds the report does not name: rioters on both sides
  ["On 3 May 2025, clashes broke out between pupils of two rival schools in Kaya, leaving four wounded.", "Rioters (Burkina Faso)", "Rioters (Burkina Faso)"],
  // noise: a crowd that beats someone has a victim
  ["On 3 May 2025, a mob lynched a suspected thief in Kaya.", "Rioters (Burkina Faso)", "Civilians (Burkina Faso)"],
  // a stray protest word beside an armed group's act does not make the group a crowd
  ["On 3 May 2025, Dozo hunters kidnapped four herders near Djenne, demanding a ransom.", "Dozo Communal Militia (Mali)", "Civilians (Mali)"],
  ["On 3 May 2025, JNIM militants set off a mine beside a gathering of soldiers in Djibo.", "JNIM: Group for Support of Islam and Muslims", "Military Forces of Burkina Faso (2022-)"],
  // noise: a strike is the strikers' own
  ["On 3 May 2025, teachers in Kaya began a 48-hour strike to demand unpaid bonuses.", "Protesters (Burkina Faso)", null],
  // bomb-makers killed by their own device are the only side
  ["On 3 May 2025, two ISGS militants died while trying to plant a mine near Djibo.", "Islamic State (Sahel)", null],
  // one group fighting itself is on both sides
  ["On 3 May 2025, ISGS fighters clashed with each other near Markoye over a gold site.", "Islamic State (Sahel)", "Islamic State (Sahel)"],
  // a toll followed by the bomb: the force counted is the one hit
  ["On 3 May 2025, 2 soldiers killed and 3 wounded by a roadside bomb near Djibo. JNIM claimed the attack.", "JNIM: Group for Support of Islam and Muslims", "Military Forces of Burkina Faso (2022-)"],
  // an unarmed crowd that storms an office or holds someone hostage: rioters
  ["On 3 May 2025, angry pupils stormed the town hall of Kaya and held the deputy mayor hostage for an hour.", "Rioters (Burkina Faso)", "Civilians (Burkina Faso)"],
  // noise: gunmen who take hostages are an armed group
  ["On 3 May 2025, gunmen took the deputy mayor of Kaya hostage.", "Unidentified Armed Group (Burkina Faso)", "Civilians (Burkina Faso)"],
  // the group named in front of the attack made it
  ["On 3 May 2025, four soldiers were killed in a suspected ISGS ambush near Tin-Akoff.", "Islamic State (Sahel)", "Military Forces of Burkina Faso (2022-)"],
  // forces that clash with a crowd are the riot's second side
  ["On 3 May 2025, clashes broke out between the police and youths in Dori, leaving three wounded.", "Rioters (Burkina Faso)", "Police Forces of Burkina Faso (2022-)"],
  // what an attack is against is its target; a convoy that falls into an ambush is the one ambushed
  ["On 3 May 2025, an attack against an army checkpoint near Djibo left two soldiers dead.", "Unidentified Armed Group (Burkina Faso)", "Military Forces of Burkina Faso (2022-)"],
  ["On 3 May 2025, a gendarmerie convoy fell into an ambush near Djibo; three gendarmes died.", "Unidentified Armed Group (Burkina Faso)", "Police Forces of Burkina Faso (2022-) Gendarmerie"],
  // unnamed militants hit by state forces are the group the report names
  ["On 3 May 2025, the army destroyed a camp of Katiba Macina fighters near Djibo, and nine militants were killed.", "Military Forces of Burkina Faso (2022-)", "JNIM: Group for Support of Islam and Muslims"],
  // noise: pro-state militias that guide the troops are not the militants
  ["On 3 May 2025, gendarmes guided by volunteer fighters (VDP) destroyed a camp near Djibo, killing nine militants.", "Police Forces of Burkina Faso (2022-) Gendarmerie", "Unidentified Armed Group (Burkina Faso)"],
  // "JNIM/ISGS": two suspects, as with "and/or"
  ["On 3 May 2025, the army shelled JNIM/ISGS positions near Nassougou.", "Military Forces of Burkina Faso (2022-)", "JNIM: Group for Support of Islam and Muslims and/or Islamic State (Sahel)"],
  // residents who beat up militants with no arms of their own are a mob; villagers who fire back are a militia
  ["On 3 May 2025, residents of Djibo beat up two presumed JNIM militants and took their motorbike.", "Rioters (Burkina Faso)", "JNIM: Group for Support of Islam and Muslims"],
  // a crowd that burns what belongs to people held by soldiers: the soldiers only held them
  ["On 3 May 2025, youths in Gao set fire to two lorries owned by traders detained by the army.", "Rioters (Mali)", "Civilians (Mali)"],
  // noise: the agent right after the verb is its own, even with a crowd before it
  ["On 3 May 2025, two youths were stopped at night and shot by gendarmes near Kaya.", "Police Forces of Burkina Faso (2022-) Gendarmerie", "Civilians (Burkina Faso)"],
  // residents who ransack a militia's base: the militia's name is not the crowd's arms
  ["On 3 May 2025, residents of Koro ransacked the base of the Dan Na Ambassagou militia and burned a lorry of the militia.", "Rioters (Mali)", "Dan Na Ambassagou"],
  // noise: villagers with rifles who attack the militia fight as a militia
  ["On 3 May 2025, villagers with hunting rifles attacked a camp of the Dan Na Ambassagou militia near Koro.", "Unidentified Communal Militia (Mali)", "Dan Na Ambassagou"],
  // a state's operation called by its force's name: that force acted
  ["On 3 May 2025, a JNIM commander escaped a Barkhane/Sabre operation near Tessalit, while two of his men were killed.", "Military Forces of France (2017-)", "JNIM: Group for Support of Islam and Muslims"],
  ["On 3 May 2025, ten JNIM militants were killed and captured amid Barkhane raid near Tessalit.", "Military Forces of France (2017-)", "JNIM: Group for Support of Islam and Muslims"],
  ["On 3 May 2025, one militant was killed and six were arrested during a Malian army operation near Tenenkou.", "Military Forces of Mali (2021-)", "Unidentified Armed Group (Mali)"],
  // noise: an operation's base that is attacked, or an operation named after an active verb, is the one hit
  ["On 3 May 2025, JNIM militants attacked a Barkhane operation base near Tessalit.", "JNIM: Group for Support of Islam and Muslims", "Military Forces of France (2017-)"],
  ["On 3 May 2025, a Barkhane operation base came under rocket fire near Tessalit.", "Unidentified Armed Group (Mali)", "Military Forces of France (2017-)"],
  ["On 3 May 2025, JNIM militants ambushed soldiers during a FAMa operation near Boni, killing four.", "JNIM: Group for Support of Islam and Muslims", "Military Forces of Mali (2021-)"],
  // women or butchers who beat or ransack are a crowd; a force named as the place ("near the gendarmerie") did nothing
  ["On 3 May 2025, women beat a man accused of theft with sticks near the gendarmerie in Dori.", "Rioters (Burkina Faso)", "Civilians (Burkina Faso)"],
  ["On 3 May 2025, butchers ransacked and burned the offices of the Koglweogo in Kaya.", "Rioters (Burkina Faso)", "Koglweogo Militia"],
  // noise: gunmen near the gendarmerie still acted; women attacked by gunmen are the victims; a gendarmerie attacked is the target
  ["On 3 May 2025, gunmen killed two traders near the gendarmerie in Dori.", "Unidentified Armed Group (Burkina Faso)", "Civilians (Burkina Faso)"],
  ["On 3 May 2025, three women were assaulted by gunmen near Dori.", "Unidentified Armed Group (Burkina Faso)", "Civilians (Burkina Faso)"],
  ["On 3 May 2025, JNIM militants attacked the gendarmerie in Dori.", "JNIM: Group for Support of Islam and Muslims", "Police Forces of Burkina Faso (2022-) Gendarmerie"],
  // a crowd "armed" with sticks has no arms; one with rifles fights as a militia
  ["On 3 May 2025, cattle traders armed with sticks shut the market of Douentza and beat a man accused of stealing goats.", "Rioters (Mali)", "Civilians (Mali)"],
  ["On 3 May 2025, villagers armed with sticks and rifles attacked two JNIM militants near Douentza.", "Unidentified Communal Militia (Mali)", "JNIM: Group for Support of Islam and Muslims"],
  // communities that make peace are parties as their ethnic militias, the first two named
  ["On 3 May 2025, Fulani and Dogon leaders signed a peace accord in Bankass.", "Fulani Ethnic Militia (Mali)", "Dogon Ethnic Militia (Mali)"],
  ["On 3 May 2025, Bambara, Fulani, and Bozo elders signed an accord in Djenne.", "Bambara Ethnic Militia (Mali)", "Fulani Ethnic Militia (Mali)"],
  // noise: named armed groups that sign are themselves
  ["On 3 May 2025, the CMA and the Platform signed a ceasefire in Anefis.", "CMA: Coordination of Movements of the Azawad", "Platform of June 14th 2014 movements"],
  // the army's "militants" that residents call shepherds: violence against civilians
  ["On 3 May 2025, soldiers killed six militants near Djibo, but residents described the victims as shepherds.", "Military Forces of Burkina Faso (2022-)", "Civilians (Burkina Faso)"],
  // a lead-in with an event word but nothing to pin it down still names who acted
  ["French troops launched a sweep targeting JNIM leaders in the far north. On 3 May 2025, helicopters struck three hideouts near Tessalit, killing eleven militants.", "Military Forces of France (2017-)", "JNIM: Group for Support of Islam and Muslims"],
  // a riot's second side is a force that faced it, not one only named as the cause
  ["On 3 May 2025, youths in Kaya burned tyres in protest against the arrest of a trader by gendarmes.", "Rioters (Burkina Faso)", null],
  ["On 3 May 2025, youths in Kaya burned tyres and threw stones at gendarmes who tried to disperse them.", "Rioters (Burkina Faso)", "Police Forces of Burkina Faso (2022-) Gendarmerie"],
  // a group named as what the victim stood against is not the unnamed gunmen
  ["On 3 May 2025, two gunmen on a motorbike shot dead a man in Djibo. He was a well-known campaigner against banditry and ISGS.", "Unidentified Armed Group (Burkina Faso)", "Civilians (Burkina Faso)"],
  // an armed group's ultimatum falls on the villagers
  ["On 4 May 2025, militants gave the residents of a hamlet near Djibo a 48-hour ultimatum to leave.", "Unidentified Armed Group (Burkina Faso)", "Civilians (Burkina Faso)"],
  // noise: the event sentence names its own perpetrator, the lead-in is only background
  ["On 3 May 2025, soldiers were stationed in Sollé. ISGS fighters killed two herders near the town.", "Islamic State (Sahel)", "Civilians (Burkina Faso)"],
  // noise: a lead-in naming only civilians gives no perpetrator
  ["On 3 May 2025, herders gathered near Djibo. Two of them were killed.", "Unidentified Armed Group (Burkina Faso)", "Civilians (Burkina Faso)"],
  // "French and/or Burkinabe jets": the first force named acts, the other is its ally, not a suspect or a target
  ["On 3 May 2025, French and/or Burkinabe jets bombed a hideout of JNIM fighters near Toéni.", "Military Forces of France (2017-)", "JNIM: Group for Support of Islam and Muslims"],
  ["On 3 May 2025, a raid by Malian or French troops killed four ISGS militants near Ménaka.", "Military Forces of Mali (2021-)", "Islamic State (Sahel)"],
  // "the militants" after a lead-in that names a pair of suspects are that pair
  ["On 3 May 2025, suspected JNIM or ISGS fighters halted a bus between Kaya and Dori. The militants looted the travellers' belongings.", "JNIM: Group for Support of Islam and Muslims and/or Islamic State (Sahel)", "Civilians (Burkina Faso)"],
  ["On 3 May 2025, Katiba Macina fighters rode into a hamlet near Menaka. The militants burned the granaries.", "JNIM: Group for Support of Islam and Muslims", "Civilians (Mali)"],
  // noise: with no group named before, the militants stay unidentified
  ["On 3 May 2025, a bus was halted between Kaya and Dori. The militants looted the travellers' belongings.", "Unidentified Armed Group (Burkina Faso)", "Civilians (Burkina Faso)"],
  // armed men who clash with forces fight a battle; a crowd of unknown people who stone them riots
  ["On 3 May 2025, unknown gunmen clashed with security forces near Djibo.", "Unidentified Armed Group (Burkina Faso)", "Military Forces of Burkina Faso (2022-)"],
  ["On 3 May 2025, unknown individuals threw stones at the police in Kaya.", "Rioters (Burkina Faso)", "Police Forces of Burkina Faso (2022-)"],
  // a curfew no one is named for is the government's
  ["On 3 May 2025, a night curfew was declared in Djibo because of the insecurity.", "Government of Burkina Faso (2022-)", null],
  // people who shut down a public office protest; authorities who shut one act on it
  ["On 3 May 2025, angry villagers closed down the town hall of Kaya over a land dispute.", "Protesters (Burkina Faso)", null],
  ["On 3 May 2025, pupils in Kaya shut down the provincial education office to demand more teachers.", "Protesters (Burkina Faso)", null],
  // an agent in quotes is still the agent of the passive
  ["On 3 May 2025, a herder was kidnapped by 'jihadists' near Djibo.", "Islamist Militia (Burkina Faso)", "Civilians (Burkina Faso)"],
  ["On 3 May 2025, the hamlet of Kanio near Djibo was besieged by 'jihadists' for days.", "Islamist Militia (Burkina Faso)", null],
  // villagers who repel an attack are their village's communal militia
  ["On 3 May 2025, ISGS militants raided the village of Kobaye near Menaka, and local self-defence fighters repelled them.", "Islamic State (Sahel)", "Kobaye Communal Militia (Mali)"],
  // noise: with no village named, the militia stays unnamed
  ["On 3 May 2025, ISGS militants raided a camp near Menaka, and local self-defence fighters repelled them.", "Islamic State (Sahel)", "Unidentified Communal Militia (Mali)"],
  // villagers who stop a patrol riot against the force
  ["On 3 May 2025, villagers near Menaka blocked a MINUSMA patrol and kept it from going on.", "Rioters (Mali)", "MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali (2013-2023)"],
  // what a bomb went off against was hit by it
  ["On 3 May 2025, a mine blast against a vehicle of the MSA near Menaka killed two men.", "Unidentified Armed Group (Mali)", "MSA: Movement for Azawad Salvation"],
  // noise: the bomb-layers named with "by" stay the actor
  ["On 3 May 2025, a mine laid on the road by ISGS militants killed two herders near Menaka.", "Islamic State (Sahel)", "Civilians (Mali)"],
  // a group that condemns or accuses speaks of the event; the one it names did it
  ["On 3 May 2025, the CMA condemned a Barkhane raid near Kidal in which two herders were arrested.", "Military Forces of France (2017-)", "Civilians (Mali)"],
  ["On 3 May 2025, the MSA accused GATIA fighters of looting cattle near Menaka.", "GATIA: Imghad Tuareg and Allies Self-Defense Group", "Civilians (Mali)"],
  // noise: a group "accused of" something is still the actor
  ["On 3 May 2025, GATIA fighters accused of abuses looted a camp near Menaka.", "GATIA: Imghad Tuareg and Allies Self-Defense Group", "Civilians (Mali)"],
  // a group named as the agent of another act is not the event's actor
  ["On 3 May 2025, Katiba Macina fighters ambushed a lorry near Bankass, the lorry carried traders who sell cattle stolen by Dozos, and the driver died.", "JNIM: Group for Support of Islam and Muslims", "Civilians (Mali)"],
  ["On 3 May 2025, Fulani militiamen shot dead a herder near Bankass. They said he kept cattle stolen by Dozos.", "Fulani Ethnic Militia (Mali)", "Civilians (Mali)"],
  // noise: a passive's agent in the event's own clause acts
  ["On 3 May 2025, a herder was shot dead near Bankass by Dozos.", "Dozo Communal Militia (Mali)", "Civilians (Mali)"],
  // noise: two armed groups in "and/or" stay two suspects
  ["On 3 May 2025, JNIM and/or ISGS fighters burned the market of Toéni.", "JNIM: Group for Support of Islam and Muslims and/or Islamic State (Sahel)", "Civilians (Burkina Faso)"],
  // the object of "an attack hit", and those a trailing participle hurt, are never who acted
  ["On 3 May 2025, an attack targeted the army post of Djibo, wounding two soldiers.", "Unidentified Armed Group (Burkina Faso)", "Military Forces of Burkina Faso (2022-)"],
  ["On 3 May 2025, a raid hit the gendarmerie of Djibo overnight.", "Unidentified Armed Group (Burkina Faso)", "Police Forces of Burkina Faso (2022-) Gendarmerie"],
  // noise: the subject of the participle's clause still acted
  ["On 3 May 2025, soldiers repelled an assault on their post in Djibo, killing four militants.", "Military Forces of Burkina Faso (2022-)", "Unidentified Armed Group (Burkina Faso)"],
  // "a third went missing" is one more victim of the same ambush, not another incident
  ["On 3 May 2025, presumed militants waylaid a police patrol near Titao and killed one officer. A third went missing. ISGS claimed responsibility.", "Islamic State (Sahel)", "Police Forces of Burkina Faso (2022-)"],
  // an agent in a later clause ("who feared an attack by ...") does not replace state forces that act as the subject
  ["On 3 May 2025, the army shot seven men in the village of Kobaye near Djibo, villagers who feared an attack by Koglweogo.", "Military Forces of Burkina Faso (2022-)", "Civilians (Burkina Faso)"],
  // the verb's own agent, not that of an earlier participle
  ["On 3 May 2025, a suspected thief held by Dozos was shot dead by gendarmes near Djibo.", "Police Forces of Burkina Faso (2022-) Gendarmerie", "Civilians (Burkina Faso)"],
  // the force a bracket narrows the state's forces down to; noise: a bracket that only adds one keeps the first
  ["On 3 May 2025, security forces (presumably gendarmes) executed six detainees near Djibo.", "Police Forces of Burkina Faso (2022-) Gendarmerie", "Civilians (Burkina Faso)"],
  ["On 3 May 2025, security forces (including gendarmes) executed six detainees near Djibo.", "Military Forces of Burkina Faso (2022-)", "Civilians (Burkina Faso)"],
  // "around 21h" is a time, not a count of victims: the participle stays a headline passive
  ["Army post ambushed around 21h near Djibo, Soum province reportedly by ISGS fighters, one soldier killed.", "Islamic State (Sahel)", "Military Forces of Burkina Faso (2022-)"],
  // armed men passing through made the noise; noise: the passage of a convoy names no perpetrator
  ["On 3 May 2025, a loud blast was heard near Djibo during the passage of presumed ISGS fighters.", "Islamic State (Sahel)", null],
  ["On 3 May 2025, soldiers killed two ISGS fighters near Djibo during the passage of a convoy.", "Military Forces of Burkina Faso (2022-)", "Islamic State (Sahel)"],
  // state forces that open the sentence, then people beaten with no one else named: the forces did it
  ["On 3 May 2025, soldiers surrounded a family compound in Djibo, the people inside were beaten.", "Military Forces of Burkina Faso (2022-)", "Civilians (Burkina Faso)"],
  // noise: the toll of an ambush on the convoy the forces escorted is not theirs
  ["On 3 May 2025, the army escorted a convoy of traders near Djibo, and two traders were killed.", "Unidentified Armed Group (Burkina Faso)", "Military Forces of Burkina Faso (2022-)"],
  // the one who "went missing" suffered it; noise: "disappeared seven men" has an object, and an armed group named first acted
  ["On 3 May 2025, a forest ranger went missing near Djibo and was found dead two days later.", "Unidentified Armed Group (Burkina Faso)", "Police Forces of Burkina Faso (2022-) Forest Guards"],
  ["On 3 May 2025, soldiers forcibly disappeared seven herders near Djibo.", "Military Forces of Burkina Faso (2022-)", "Civilians (Burkina Faso)"],
  ["On 3 May 2025, Koglweogo members chased four herders near Djibo, a young herder went missing.", "Koglweogo Militia", "Civilians (Burkina Faso)"],
  // a category label heading the report is no verb: who acted is read from the sentence after it
  ["Detonation: On 3 May 2025, presumed ISGS fighters tried to launch a rocket at the town of Djibo.", "Islamic State (Sahel)", null],
  ["Looting: On 3 May 2025, presumed JNIM militants raided the empty forest guard post of Djibo and took its motorbikes.", "JNIM: Group for Support of Islam and Muslims", "Police Forces of Burkina Faso (2022-) Forest Guards"],
  // noise: the label's verb is not the announcement after it
  ["Arrests: On 3 May 2025, the security minister said that gendarmes had arrested twelve suspects in Djibo.", "Police Forces of Burkina Faso (2022-) Gendarmerie", "Civilians (Burkina Faso)"],
];

describe("roles: who acted and who was acted on", () => {
  it("an event sentence that names no one takes its perpetrator from the sentence before", () => {
    const { events } = extractText("On 3 May 2025, gendarmes arrested five traders in Djibo. Three were executed near Sebba on 5 May 2025.");
    expect(events.map((e) => [e.sub_event_type, e.actor1?.acled_name, e.actor2?.acled_name])).toEqual([
      ["Arrests", "Police Forces of Burkina Faso (2022-) Gendarmerie", "Civilians (Burkina Faso)"],
      ["Attack", "Police Forces of Burkina Faso (2022-) Gendarmerie", "Civilians (Burkina Faso)"],
    ]);
  });

  it.each(CASES)("%s", (text, a1, a2) => {
    const e = onlyEvent(text);
    expect(e.actor1?.acled_name).toBe(a1);
    expect(e.actor2?.acled_name ?? null).toBe(a2);
  });
});
