import { describe, expect, it } from "vitest";
import { evidenceFor, onlyEvent } from "./testing/test-document.js";

// [sentence, actor1 ACLED name, actor1 evidence, actor2 ACLED name or null]
const CASES: Array<[string, string, string, string | null]> = [
  ["On 14 October 2019, ISGS militants on motorbikes attacked soldiers guarding the market of Gorom-Gorom.", "Islamic State (Sahel)", "ISGS militants", "Military Forces of Burkina Faso (2015-2022)"],
  ["On 11 May 2025, JNIM fighters ambushed a VDP patrol near Djibo.", "JNIM: Group for Support of Islam and Muslims", "JNIM fighters", "VDP: Volunteer for Defense of Homeland"],
  ["On 2 March 2019, suspected Katiba Macina militants killed three villagers in Koro.", "JNIM: Group for Support of Islam and Muslims", "Katiba Macina militants", "Civilians (Mali)"],
  ["On 3 May 2025, two civilians were killed by unknown gunmen in Dablo.", "Unidentified Armed Group (Burkina Faso)", "unknown gunmen", "Civilians (Burkina Faso)"],
  ["On 4 May 2025, Malian soldiers killed five suspected militants near Douentza.", "Military Forces of Mali (2021-)", "Malian soldiers", "Unidentified Armed Group (Mali)"],
  ["On 5 May 2025, armed Fulani militiamen attacked Dogon farmers in Bankass.", "Fulani Ethnic Militia (Mali)", "Fulani militiamen", "Civilians (Mali)"],
  ["On 6 May 2025, Dan Na Ambassagou militiamen fought JNIM fighters outside Bandiagara.", "Dan Na Ambassagou", "Dan Na Ambassagou militiamen", "JNIM: Group for Support of Islam and Muslims"],
  ["On 7 May 2025, Koglweogo members killed two herders in Barsalogho.", "Koglweogo Militia", "Koglweogo members", "Civilians (Burkina Faso)"],
  ["On 8 May 2025, Barkhane forces killed ten ISGS militants near Menaka.", "Military Forces of France (2017-)", "Barkhane forces", "Islamic State (Sahel)"],
  ["On 8 May 2025, youths burned a bar in the Abaradjou quarter of Timbuktu.", "Rioters (Mali)", "", "Civilians (Mali)"],
  ["On 12 May 2025, gendarmes were ambushed near Gorom-Gorom; three gendarmes were killed.", "Unidentified Armed Group (Burkina Faso)", "", "Police Forces of Burkina Faso (2022-) Gendarmerie"],
  ["On 22 February 2020, JNIM and/or ISGS fighters attacked herders at Barsalogho.", "JNIM: Group for Support of Islam and Muslims and/or Islamic State (Sahel)", "JNIM", "Civilians (Burkina Faso)"],
  // a generic agent of a later verb is the named subject again, not another perpetrator
  ["On 3 May 2019, suspected JNIM militants raided a hamlet near Dablo and shot three farmers, and two granaries were burnt by the assailants.", "JNIM: Group for Support of Islam and Muslims", "JNIM militants", "Civilians (Burkina Faso)"],
  // a bracket names the group the coder attributes the act to
  ["On 9 June 2018, unknown gunmen (presumably jihadists) shot a pastor dead near Djibo.", "Islamist Militia (Burkina Faso)", "jihadists", "Civilians (Burkina Faso)"],
  ["On 4 April 2020, JNIM or ISWAP (Greater Sahara) gunmen shot two traders dead near Kaya.", "JNIM: Group for Support of Islam and Muslims and/or Islamic State (Sahel)", "JNIM", "Civilians (Burkina Faso)"],
  // "forces of Operation Barkhane" are French, not the host country's army
  ["On 6 March 2019, forces of Operation Barkhane repelled an attack by ISGS militants near Menaka.", "Islamic State (Sahel)", "ISGS militants", "Military Forces of France (2017-)"],
  // the device's planter is the perpetrator of a missed passive ("was severely wounded by an IED")
  ["On 2 July 2019, a soldier was severely wounded by an IED near Djibo; the bomb had probably been placed by JNIM fighters.", "JNIM: Group for Support of Islam and Muslims", "JNIM fighters", "Military Forces of Burkina Faso (2015-2022)"],
  // security forces that break up a crowd are coded as the police
  ["On 4 March 2019, traders marched in Kaya against new market fees; security forces dispersed the protesters with tear gas.", "Protesters (Burkina Faso)", "", "Police Forces of Burkina Faso (2015-2022)"],
  ["On 5 March 2019, pupils protested in Kaya over the lack of teachers. Police officers then came and dispersed the pupils.", "Protesters (Burkina Faso)", "", "Police Forces of Burkina Faso (2015-2022)"],
  // a force that speaks of its own act is its actor; one that only reports another's act is a source
  ["On 9 April 2019, the army said it had killed seven militants in an operation near Djibo.", "Military Forces of Burkina Faso (2015-2022)", "army", "Unidentified Armed Group (Burkina Faso)"],
  ["On 9 April 2019, gunmen shot two traders dead near Djibo, the army said.", "Unidentified Armed Group (Burkina Faso)", "gunmen", "Civilians (Burkina Faso)"],
  // a group that claims the attack in the same sentence did it
  ["On 8 April 2019, an army truck was struck by an IED near Djibo, two soldiers were wounded, JNIM claimed responsibility.", "JNIM: Group for Support of Islam and Muslims", "JNIM", "Military Forces of Burkina Faso (2015-2022)"],
  // "the militants" later in the sentence are the group named first, not a second side
  ["On 9 April 2019, Katiba Macina militants took the cattle of a hamlet near Djibo, whose herders had long been harassed by the militants.", "JNIM: Group for Support of Islam and Muslims", "militants", "Civilians (Burkina Faso)"],
  // noise: after a pair of suspects, "the militants" stay the pair
  ["On 10 April 2019, presumed JNIM or ISGS militants shot two herders near Djibo. The militants also burnt a granary.", "JNIM: Group for Support of Islam and Muslims and/or Islamic State (Sahel)", "JNIM", "Civilians (Burkina Faso)"],
  // forces named together with the acting one are its allies, not its target; the first named leads
  ["On 14 June 2019, French and Malian forces raided a camp near Douentza and killed eight ISGS militants.", "Military Forces of France (2017-)", "French", "Islamic State (Sahel)"],
  ["On 15 June 2019, the Burkinabe army and VDP fighters repelled an attack by gunmen near Djibo.", "Unidentified Armed Group (Burkina Faso)", "gunmen", "Military Forces of Burkina Faso (2015-2022)"],
  // with no one else named, a clash is between the two named together
  ["On 16 June 2019, near Bandiagara, Malian troops and Dan Na Ambassagou fighters exchanged gunfire.", "Military Forces of Mali (2013-2020)", "Malian troops", "Dan Na Ambassagou"],
  // a strike named by its nationality
  ["On 17 June 2019, a Burkinabe airstrike killed six militants near Djibo.", "Military Forces of Burkina Faso (2015-2022)", "Burkinabe airstrike", "Unidentified Armed Group (Burkina Faso)"],
  // the authority that decides a curfew
  ["On 18 June 2019, the governor of the Sahel region extended the night curfew in Djibo by three months.", "Government of Burkina Faso (2015-2022)", "governor", null],
  // state personnel off duty, retired or working as interpreters are civilians
  ["On 19 June 2019, gunmen shot dead an off-duty gendarme at his home in Djibo.", "Unidentified Armed Group (Burkina Faso)", "gunmen", "Civilians (Burkina Faso)"],
  ["On 20 June 2019, militants killed a retired policeman near Kaya.", "Unidentified Armed Group (Burkina Faso)", "militants", "Civilians (Burkina Faso)"],
  // a passive with no agent after a verb whose subject is armed: that subject did it
  ["On 21 June 2019, soldiers and/or gendarmes arrested four herders near Djibo, who were later executed.", "Military Forces of Burkina Faso (2015-2022)", "soldiers", "Civilians (Burkina Faso)"],
  // headline passives: a participle with no auxiliary reports what the subject suffered
  ["On 22 June 2019, two peacekeepers killed and three others wounded in an IED attack near Menaka.", "Unidentified Armed Group (Mali)", "", "MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali (2013-2023)"],
  ["On 23 June 2019, a gendarmerie post attacked overnight in Djibo, one gendarme wounded.", "Unidentified Armed Group (Burkina Faso)", "", "Police Forces of Burkina Faso (2015-2022) Gendarmerie"],
  ["On 24 June 2019, a VDP patrol subjected to an ambush near Djibo, two volunteers killed.", "Unidentified Armed Group (Burkina Faso)", "", "VDP: Volunteer for Defense of Homeland"],
  // noise: an active verb with a count for object, and an intransitive clash
  ["On 25 June 2019, the army killed at least six militants near Djibo.", "Military Forces of Burkina Faso (2015-2022)", "army", "Unidentified Armed Group (Burkina Faso)"],
  ["On 26 June 2019, JNIM and/or ISGS militants and the army clashed near Djibo.", "JNIM: Group for Support of Islam and Muslims and/or Islamic State (Sahel)", "JNIM", "Military Forces of Burkina Faso (2015-2022)"],
  // "and /or" with a space is still a pair of suspects
  ["On 27 June 2019, a trader near Djibo was kidnapped by JNIM and /or ISGS gunmen.", "JNIM: Group for Support of Islam and Muslims and/or Islamic State (Sahel)", "JNIM", "Civilians (Burkina Faso)"],
  // a bracketed name of the same rank glosses the group just named: it is not the target
  ["On 28 June 2019, soldiers and volunteer fighters (VDP) burnt a hamlet near Djibo.", "Military Forces of Burkina Faso (2015-2022)", "soldiers", "Civilians (Burkina Faso)"],
  // people named by their community are civilians when they suffer the violence
  ["On 29 June 2019, Dozo militiamen killed four Fulani near Bankass.", "Dozo Communal Militia (Mali)", "Dozo militiamen", "Civilians (Mali)"],
  ["On 30 June 2019, soldiers arrested eleven members of the Fulani community near Djibo.", "Military Forces of Burkina Faso (2015-2022)", "soldiers", "Civilians (Burkina Faso)"],
  // noise: a community name before a fighters' noun stays their militia
  ["On 1 July 2019, Fulani militiamen killed two herdsmen near Bankass.", "Fulani Ethnic Militia (Mali)", "Fulani militiamen", "Civilians (Mali)"],
  // the attackers the report later attributes to a described group are that group
  ["On 2 July 2019, attackers stormed a hotel in Ouagadougou and killed six guests. The attackers were believed to be Islamists.", "Islamist Militia (Burkina Faso)", "Islamists", "Civilians (Burkina Faso)"],
  ["On 3 July 2019, suspected Islamist gunmen killed a trader near Djibo.", "Islamist Militia (Burkina Faso)", "Islamist gunmen", "Civilians (Burkina Faso)"],
  // noise: an attribution of the victims does not make them the perpetrator
  ["On 4 July 2019, a military patrol killed two men believed to be ISGS militants near Djibo.", "Military Forces of Burkina Faso (2015-2022)", "military patrol", "Islamic State (Sahel)"],
  // a bracket after people names the armed group they belong to
  ["On 5 July 2019, militants raided a hunters' (Dozo) camp near Bankass and killed two of them.", "Unidentified Armed Group (Mali)", "militants", "Dozo Communal Militia (Mali)"],
  // foreign troops named again in a later sentence of a passive report are more victims, not the perpetrator
  ["On 6 July 2019, a peacekeeper died in a mortar strike on a camp near Aguelhok. Two more peacekeepers were hurt.", "Unidentified Armed Group (Mali)", "", "MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali (2013-2023)"],
  // "escorted by the army" names who protected the convoy, not who attacked it
  ["On 7 July 2019, Katiba Macina militants ambushed boats escorted by the Malian army near Mopti, killing a soldier.", "JNIM: Group for Support of Islam and Muslims", "Katiba Macina militants", "Military Forces of Mali (2013-2020)"],
  // the person posted at premises acts
  ["On 8 July 2019, the army camp sentinel in Djibo shot dead a man who ignored a warning.", "Military Forces of Burkina Faso (2015-2022)", "army camp", "Civilians (Burkina Faso)"],
  // the police who disperse the crowd in a later sentence face the protest
  ["On 9 July 2019, traders barricaded the main road in Kaya to demand lower market fees. Police officers later dispersed the crowd.", "Rioters (Burkina Faso)", "", "Police Forces of Burkina Faso (2015-2022)"],
  // a non-state group opening the sentence, then the victims of a passive after a comma
  ["On 10 July 2019, presumed Katiba Macina militants stopped two buses near Mopti, one passenger was beaten.", "JNIM: Group for Support of Islam and Muslims", "Katiba Macina militants", "Civilians (Mali)"],
  // noise: soldiers among the dead are not the perpetrator
  ["On 11 July 2019, two soldiers and a civilian were killed near Djibo.", "Unidentified Armed Group (Burkina Faso)", "", "Military Forces of Burkina Faso (2015-2022)"],
  // noise: security forces facing no crowd stay the army
  ["On 6 March 2019, security forces killed four militants near Djibo.", "Military Forces of Burkina Faso (2015-2022)", "security forces", "Unidentified Armed Group (Burkina Faso)"],
  // two communities fighting each other: each side is its ethnic militia, the first named first
  ["On 12 July 2019, fighting between Bambara and Fulani herders near Macina left four people dead.", "Bambara Ethnic Militia (Mali)", "", "Fulani Ethnic Militia (Mali)"],
  ["On 13 July 2019, Mossi farmers and Fulani herders clashed near Kaya, wounding three.", "Mossi Ethnic Militia (Burkina Faso)", "", "Fulani Ethnic Militia (Burkina Faso)"],
  // noise: a one-sided raid by one community's militia stays an attack on civilians
  ["On 14 July 2019, Fulani militiamen attacked a Dogon village near Bankass, killing three villagers.", "Fulani Ethnic Militia (Mali)", "Fulani militiamen", "Civilians (Mali)"],
  ["On 17 July 2019, clashes between JNIM and ISGS fighters near Gossi left twelve dead.", "JNIM: Group for Support of Islam and Muslims", "JNIM", "Islamic State (Sahel)"],
  // the community whose members were killed amid the fighting is the side attacked
  ["On 18 July 2019, three Dogon men were shot dead near Koro during intercommunal fighting between the Dogon and Fulani.", "Fulani Ethnic Militia (Mali)", "", "Dogon Ethnic Militia (Mali)"],
  ["On 19 July 2019, a land quarrel near Nouna turned into fighting between Marka and Bwaba farmers, and five were hurt.", "Marka Ethnic Militia (Burkina Faso)", "", "Bwaba Ethnic Militia (Burkina Faso)"],
  // noise: communal violence the area saw before is background, not the sides of this killing
  ["On 20 July 2019, the chief of Kobou was shot dead by presumed jihadists; the area recently saw communal violence between Fulani and Dogons.", "Islamist Militia (Mali)", "jihadists", "Civilians (Mali)"],
  // a community's bare name as the attacker is its ethnic militia
  ["On 21 July 2019, Fulani raided and burned huts of Mossi farmers near Kaya.", "Fulani Ethnic Militia (Burkina Faso)", "Fulani", "Civilians (Burkina Faso)"],
  // "members of the X community" who attack are that community's militia; those attacked stay civilians
  ["On 3 May 2025, members of the Mossi community raided members of the Fulani community near Kaya, killing two herders.", "Mossi Ethnic Militia (Burkina Faso)", "members of the Mossi community", "Civilians (Burkina Faso)"],
  ["On 3 May 2025, members of the Mossi and Gourmantche communities stormed a Fulani camp near Kaya.", "Mossi Ethnic Militia (Burkina Faso)", "members of the Mossi and Gourmantche communities", null],
  ["On 3 May 2025, gunmen attacked members of the Mossi community near Kaya.", "Unidentified Armed Group (Burkina Faso)", "gunmen", "Civilians (Burkina Faso)"],
  ["On 22 July 2019, a Bella camp near Menaka was attacked by suspected Fulani, leaving four dead.", "Fulani Ethnic Militia (Mali)", "Fulani", "Civilians (Mali)"],
  // noise: a community named as the victims stays civilians
  ["On 23 July 2019, three Fulani herders were attacked by Dozo hunters near Djenne.", "Dozo Communal Militia (Mali)", "Dozo hunters", "Civilians (Mali)"],
  // an attribution after a comma works like a bracket
  ["On 24 July 2019, unknown gunmen, presumably Dogon militiamen abducted two herders near Bankass.", "Dogon Ethnic Militia (Mali)", "Dogon militiamen", "Civilians (Mali)"],
  // noise: a comma before an unrelated clause attributes nothing
  ["On 25 July 2019, unknown gunmen shot two herders near Bankass, Dogon militiamen later searched the area.", "Unidentified Armed Group (Mali)", "unknown gunmen", "Civilians (Mali)"],
  // bystanders killed in the crossfire: the force attacked stays the target
  ["On 26 July 2019, suspected JNIM militants raided the police station of Kobou near Mopti, and a trader died in the crossfire.", "JNIM: Group for Support of Islam and Muslims", "JNIM militants", "Police Forces of Mali (2013-2020)"],
  // "National Guards" are Malian forces, not hired guards
  ["On 27 July 2019, gunmen shot dead two National Guards near Gossi.", "Unidentified Armed Group (Mali)", "gunmen", "Military Forces of Mali (2013-2020)"],
  // a suicide bomb named after French troops is not theirs: they are the ones hit
  ["On 28 July 2019, French troops near Gao were targeted when a suicide car bomb detonated beside their convoy.", "Unidentified Armed Group (Mali)", "", "Military Forces of France (2017-)"],
  // noise: soldiers who defuse a device stay the actor
  ["On 29 July 2019, Malian soldiers defused two IEDs on the road near Boni.", "Military Forces of Mali (2013-2020)", "Malian soldiers", null],
  // villagers who fight back are their community's militia when the report names the community
  ["On 30 July 2019, Fulani militiamen raided the Dogon hamlet of Kanou near Bankass; the villagers fought back.", "Fulani Ethnic Militia (Mali)", "Fulani militiamen", "Dogon Ethnic Militia (Mali)"],
  // with no community named they are the village's communal militia
  ["On 31 July 2019, gunmen raided the hamlet of Kanou near Bankass; the villagers fought back.", "Unidentified Armed Group (Mali)", "gunmen", "Kanou Communal Militia (Mali)"],
  // the dead "people" the report says were militiamen are the militia, not civilians
  ["On 15 July 2019, ISGS militants attacked Kobi and killed five people described as Koglweogo militiamen.", "Islamic State (Sahel)", "ISGS militants", "Koglweogo Militia"],
  // noise: dead the report calls civilians stay civilians
  ["On 16 July 2019, ISGS militants attacked Kobi and killed five civilians described as Koglweogo members.", "Islamic State (Sahel)", "ISGS militants", "Civilians (Burkina Faso)"],
  // a report that writes Ansaroul Islam as JNIM's attributes the act to the coalition
  ["On 5 August 2019, presumed Ansaroul Islam (JNIM) gunmen set fire to the town hall of Kelbo.", "JNIM: Group for Support of Islam and Muslims", "Ansaroul Islam (JNIM) gunmen", "Civilians (Burkina Faso)"],
  // noise: Ansaroul Islam alone stays itself
  ["On 6 August 2019, presumed Ansaroul Islam gunmen set fire to the town hall of Kelbo.", "Ansaroul Islam", "Ansaroul Islam gunmen", "Civilians (Burkina Faso)"],
  // a village's self-defence group is named after the village
  ["On 2 August 2019, gunmen raided the village of Kobaye near Bankass, and village self-defence repelled them.", "Unidentified Armed Group (Mali)", "gunmen", "Kobaye Communal Militia (Mali)"],
  // noise: a region is not the militia's village
  ["On 3 August 2019, gunmen attacked a hamlet in Mopti Region and clashed with a local self-defence group.", "Unidentified Armed Group (Mali)", "gunmen", "Unidentified Communal Militia (Mali)"],
  // Dozos glossed as Dan Na Ambassagou, or referred back to after it was named, are that group
  ["On 4 August 2019, Dozos (Dan Na Ambassagou) raided a Fulani camp near Bankass and killed two herders.", "Dan Na Ambassagou", "Dozos", "Civilians (Mali)"],
  ["On 5 August 2019, JNIM fighters and Dan Na Ambassagou militiamen fought near Kobaye, and the fighters routed the Dozos.", "JNIM: Group for Support of Islam and Muslims", "JNIM fighters", "Dan Na Ambassagou"],
  // noise: Dozos elsewhere stay a Dozo militia
  ["On 6 August 2019, Dozo hunters raided a Fulani camp near Macina and killed two herders.", "Dozo Communal Militia (Mali)", "Dozo hunters", "Civilians (Mali)"],
  // guards hired by a firm or an agency are private security forces, an armed party
  ["On 7 August 2019, two gunmen on a motorbike shot dead a security guard of an aid agency in Gao.", "Unidentified Armed Group (Mali)", "gunmen", "Private Security Forces (Mali)"],
  ["On 8 August 2019, gunmen wounded two prison guards at the gate of the jail in Kaya.", "Unidentified Armed Group (Burkina Faso)", "gunmen", "Police Forces of Burkina Faso (2015-2022) Prison Guards"],
  // noise: staff on strike are the strikers, not a force facing them
  ["On 9 August 2019, prison guards in Ouagadougou began a strike over unpaid bonuses.", "Protesters (Burkina Faso)", "", null],
  // troops on leave and a mission's contractors are civilians
  ["On 10 August 2019, gunmen shot dead two peacekeepers on leave in a taxi near Gao.", "Unidentified Armed Group (Mali)", "gunmen", "Civilians (Mali)"],
  ["On 11 August 2019, gunmen burned the truck of a MINUSMA subcontractor near Gao and beat the driver.", "Unidentified Armed Group (Mali)", "gunmen", "Civilians (Mali)"],
  // noise: peacekeepers on patrol stay the mission
  ["On 12 August 2019, gunmen ambushed peacekeepers on patrol near Gao.", "Unidentified Armed Group (Mali)", "gunmen", "MINUSMA: United Nations Multidimensional Integrated Stabilization Mission in Mali (2013-2023)"],
  ["On 13 August 2019, Ganda Koy militiamen shot dead a trader at a checkpoint in Dire.", "Gandakoy Ethnic Militia (Mali)", "Ganda Koy militiamen", "Civilians (Mali)"],
  // foreign victims are their country's civilians; several nationalities, or foreigners at large, "International"
  ["On 14 August 2019, gunmen kidnapped a Swiss missionary near Djibo.", "Unidentified Armed Group (Burkina Faso)", "gunmen", "Civilians (Switzerland)"],
  ["On 15 August 2019, gunmen kidnapped a German and a Belgian engineer near Djibo.", "Unidentified Armed Group (Burkina Faso)", "gunmen", "Civilians (International)"],
  // noise: a nationality with no person after it names no civilians
  ["On 16 August 2019, French troops killed four militants near Djibo.", "Military Forces of France (2017-)", "French troops", "Unidentified Armed Group (Burkina Faso)"],
  // "supported by" names an ally of the subject, not the agent of what it did
  ["On 17 August 2019, a gendarmerie unit supported by volunteer fighters raided a camp near Gorom-Gorom and killed six militants.", "Police Forces of Burkina Faso (2015-2022) Gendarmerie", "gendarmerie", "Unidentified Armed Group (Burkina Faso)"],
  // a local militia's chief targeted on his own is a civilian
  ["On 18 August 2019, gunmen shot dead the Koglweogo chief of Kobaye at his home.", "Unidentified Armed Group (Burkina Faso)", "gunmen", "Civilians (Burkina Faso)"],
  // noise: Koglweogo members in a fight stay the militia
  ["On 19 August 2019, gunmen clashed with Koglweogo members near Kaya.", "Unidentified Armed Group (Burkina Faso)", "gunmen", "Koglweogo Militia"],
  // villagers who fight off the attack are their village's militia
  ["On 20 August 2019, gunmen attacked the village of Kobaye near Bankass, but the villagers fended off the attack.", "Unidentified Armed Group (Mali)", "gunmen", "Kobaye Communal Militia (Mali)"],
  // noise: with no village named they stay an unidentified communal militia
  ["On 21 August 2019, gunmen raided a hamlet near Bankass; the villagers fought back.", "Unidentified Armed Group (Mali)", "gunmen", "Unidentified Communal Militia (Mali)"],
  // JNIM's Gourma unit is coded as JNIM
  ["On 22 August 2019, presumed Katiba Al Mansour militants ambushed an army convoy near Gossi.", "JNIM: Group for Support of Islam and Muslims", "Katiba Al Mansour militants", "Military Forces of Mali (2013-2020)"],
  // Bambara hunters are the dozo brotherhood; Dogon hunters stay the Dogon militia
  ["On 23 August 2019, Bambara hunters raided a Fulani hamlet near Macina and killed two herders.", "Dozo Communal Militia (Mali)", "Bambara hunters", "Civilians (Mali)"],
  ["On 24 August 2019, Dogon hunters raided a Fulani hamlet near Bankass and killed two herders.", "Dogon Ethnic Militia (Mali)", "Dogon hunters", "Civilians (Mali)"],
  ["On 25 August 2019, gunmen shot dead two GATIA militiamen on leave near Menaka.", "Unidentified Armed Group (Mali)", "gunmen", "Civilians (Mali)"],
  // a community named before its Dozos is that community's militia (but Bambara Dozos are the Dozo militia)
  ["On 26 August 2019, Dogon Dozos burned a Fulani hamlet near Koro and killed a herder.", "Dogon Ethnic Militia (Mali)", "Dogon Dozos", "Civilians (Mali)"],
  ["On 27 August 2019, Bambara Dozos burned a Fulani hamlet near Macina and killed a herder.", "Dozo Communal Militia (Mali)", "Bambara Dozos", "Civilians (Mali)"],
  // the peace accord's mixed units are a unit of Mali's military
  ["On 28 August 2019, gunmen ambushed a MOC patrol near Gao and killed two soldiers.", "Unidentified Armed Group (Mali)", "gunmen", "Military Forces of Mali (2013-2020) Operational Coordination Mechanism"],
  // noise: a group's name is no village, and the village named as one outranks the town after "in"
  ["On 29 August 2019, fighters from Katiba Macina raided a hamlet near Bankass, and village self-defence repelled them.", "JNIM: Group for Support of Islam and Muslims", "Katiba Macina", "Unidentified Communal Militia (Mali)"],
  ["On 30 August 2019, JNIM fighters raided the village of Kobaye in Bankass, and village self-defence repelled them.", "JNIM: Group for Support of Islam and Muslims", "JNIM fighters", "Kobaye Communal Militia (Mali)"],
  // in a feud between villages, the people of each village named by it are that village's militia
  ["On 31 August 2019, armed youths from the village of Kobaye burned granaries in Soroba over a land dispute near Kaya.", "Kobaye Communal Militia (Burkina Faso)", "youths", "Civilians (Burkina Faso)"],
  // noise: victims named by their village, with no feud, stay civilians
  ["On 1 September 2019, gunmen killed three villagers from Kobaye near Kaya.", "Unidentified Armed Group (Burkina Faso)", "gunmen", "Civilians (Burkina Faso)"],
  ["On 2 September 2019, youths in Kobaye ambushed a group of ISGS militants near Kaya and killed two of them.", "Kobaye Communal Militia (Burkina Faso)", "youths", "Islamic State (Sahel)"],
  // an acronym one letter off a known group's, where it names the suspects, is that group
  ["On 3 September 2019, suspected JNIMM militants burned the school of Kobaye near Kaya.", "JNIM: Group for Support of Islam and Muslims", "JNIMM militants", "Civilians (Burkina Faso)"],
  ["On 4 September 2019, a herder was shot dead near Kaya by presumed ISGZ fighters.", "Islamic State (Sahel)", "ISGZ fighters", "Civilians (Burkina Faso)"],
  // ...and stays the victim where it is one
  ["On 5 September 2019, soldiers killed four suspected JNIMM militants near Kaya.", "Military Forces of Burkina Faso (2015-2022)", "soldiers", "JNIM: Group for Support of Islam and Muslims"],
  // forces that defuse a found device are its actor; noise: forces that come after a blast are not its perpetrator
  ["On 3 October 2019, a grenade was found near a school in Kaya, and an army unit came and defused it.", "Military Forces of Burkina Faso (2015-2022)", "army", null],
  ["On 3 October 2019, a grenade exploded near a school in Kaya, and an army unit came to secure the area.", "Unidentified Armed Group (Burkina Faso)", "", "Military Forces of Burkina Faso (2015-2022)"],
  // a raid that pillaged with no one named: an unidentified armed group
  ["On 3 October 2019, a group of individuals armed with rifles ransacked the health centre of Kobaye near Kaya.", "Unidentified Armed Group (Burkina Faso)", "", "Civilians (Burkina Faso)"],
  // noise: a "by" that says who holds a town is no agent of the attack
  ["On 7 September 2019, gunmen raided a checkpoint outside Anefis, a town controlled by the CMA, and killed two guards.", "Unidentified Armed Group (Mali)", "gunmen", "CMA: Coordination of Movements of the Azawad"],
  // noise: an unknown acronym two letters off, or a three-letter one, names no group
  ["On 6 September 2019, suspected JXYM militants burned the school of Kobaye near Kaya.", "Unidentified Armed Group (Burkina Faso)", "militants", "Civilians (Burkina Faso)"],
];

describe("actors (lexicon with aliases, country and era from context)", () => {
  it.each(CASES)("%s", (text, a1, a1Text, a2) => {
    const e = onlyEvent(text);
    expect(e.actor1?.acled_name).toBe(a1);
    if (a1Text) expect(evidenceFor(e, text, "actor1")).toContain(a1Text);
    expect(e.actor2?.acled_name ?? null).toBe(a2);
  });

  it("a named claimant replaces a generic perpetrator", () => {
    const text = "On 2 May 2020, militants ambushed a gendarmerie unit in Djibo, killing one gendarme. JNIM claimed responsibility.";
    const e = onlyEvent(text);
    expect(e.actor1?.acled_name).toBe("JNIM: Group for Support of Islam and Muslims");
    expect(e.verification).toBe("claimed");
  });

  // a group's own claim names the perpetrator the report leaves unnamed, only describes or only guesses at
  it.each([
    ["On 4 May 2020, presumed militants waylaid a police patrol near Titao, killing one officer. The attack was claimed by ISGS.", "Islamic State (Sahel)"],
    ["On 4 May 2020, suspected Ansaroul Islam fighters raided Kobaye near Djibo, killing a councillor. JNIM later claimed responsibility.", "JNIM: Group for Support of Islam and Muslims"],
    ["A police chief from Titao went missing on the Ouahigouya road, and his bodyguard was later found shot. JNIM claimed the ambush.", "JNIM: Group for Support of Islam and Muslims"],
    // a claim at the end of the paragraph, after a comment on the trend, is about the incident told
    ["On 4 May 2020, gunmen stormed the police post of Titao and shot two officers dead. The region has seen a surge in such raids in recent months. JNIM claimed responsibility.", "JNIM: Group for Support of Islam and Muslims"],
    // noise: a group the report itself names keeps the act; an alliance's claim is its member's act
    ["On 4 May 2020, ISGS militants raided Kobaye near Menaka, killing two herders. JNIM claimed responsibility.", "Islamic State (Sahel)"],
    ["On 4 May 2020, presumed Ansar Dine militants shelled the MINUSMA camp in Aguelhok. JNIM claimed responsibility.", "Ansar Dine"],
    // noise: the army's word about the militants it killed is no claim by the militants
    ["On 4 May 2020, the army said it killed twelve JNIM militants near Douentza.", "Military Forces of Mali (2013-2020)"],
  ] as const)("claimant: %s", (text, a1) => {
    expect(onlyEvent(text).actor1?.acled_name).toBe(a1);
  });

  it("protesters are actor 1 and the police that intervened actor 2", () => {
    const e = onlyEvent("On 7 May 2025, the police dispersed traders who protested in Kaya.");
    expect(e.actor1?.acled_name).toBe("Protesters (Burkina Faso)");
    expect(e.actor2?.acled_name).toBe("Police Forces of Burkina Faso (2022-)");
  });
});
