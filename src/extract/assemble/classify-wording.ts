/**
 * Wordings that decide an event's sub-event type (ACLED's codebook: who was hit, whether they
 * fought back, what a crowd did), English and French. classify.ts reads them in its order.
 */
export const INTERVENTION = /\b(?:dispers(?:ed|ing)|prevented\s+by\s+(?:the\s+)?(?:security\s+forces|police|gendarmes?|soldiers)|(?:police|gendarmes|security\s+forces)\s+(?:\w+\s+){0,2}(?:removed|prevented|blocked|evacuated|exfiltrated)|exfiltrated\s+by|tear\s?gas|broke\s+up|intervened|fired\s+(?:warning\s+)?shots|arrested|clashed\s+with\s+(?:the\s+)?(?:police|security)|repressed|charged|gaz\s+lacrymogènes?|dispersé|(?:police|gendarmes|security\s+forces)\s+(?:\w+\s+){0,2}(?:responded|surrounded)|(?:wounded|injured)\s+by\s+(?:the\s+)?(?:police|gendarmes|security\s+forces))/i;
export const HARM_TO_PEOPLE = /\b(?:wound(?:ed|ing)|injur(?:ed|ing|ies)|beat(?:en|ing)?|assault(?:ed|ing)|abduct(?:ed|ing|ion)|kidnap(?:ped|ping)|rap(?:e|ed)|tortur(?:e|ed)|whipp(?:ed)|flogg(?:ed)|kill(?:ed|ing)|dead|death|executed|shot\s+(?:and|dead)|hostage|missing|blessé|tué|enlevé)/i;
/** Harm beyond the abduction itself: ACLED codes such events as attacks. */
export const PHYSICAL_HARM = /\b(?:assault(?:ed|ing)?|opened\s+fire|fired\s+(?:at|on|against)|wound(?:ed|ing)|injur(?:ed|ing)|hack(?:ed)|beat(?:en)?|stabb(?:ed)|shot|tortur(?:ed)|corpse|body|bodies|hung|hanged|found\s+dead|blessé)/i;
export const GROUND_COMBAT = /\b(?:firefights?|gun\s?fights?|exchang\w*\s+(?:of\s+)?(?:heavy\s+)?(?:gun)?fire|small\s+arms|responded|commandos?|ground\s+(?:troops|forces|operation|assault)|air-ground|clash(?:ed|es)?|fighting|ambush(?:ed)?|armed\s+assault|combats?|accrochages?)\b/i;
export const AIRCRAFT = /\b(?:aircrafts?|fighter\s+jets?|jets|drones?|helicopters?|air\s+force|aerial|warplanes?|avions?|hélicoptères?)\b/i;
export const CLASH_WORD = /\b(?:clash(?:ed|es)?|exchange[sd]?\s+(?:of\s+)?(?:gun)?fire|fighting|retaliated|fought|affrontements?|accrochages?)\b/i;
export const HARM_TO_PROTESTERS = /\b(?:killed|shot\s+dead|live\s+(?:fire|ammunition|bullets)|(?:wounded|injured)\s+by\s+(?:the\s+)?(?:police|gendarmes|security\s+forces))\b/i;

export const FORCES_SEIZED = /\b(?:police(?:men)?|gendarmes|soldiers|security\s+forces)\s+(?:\w+\s+){0,6}?(?:seized|confiscated|impounded)\b|\bseized\s+(?:by|the\s+material\s+of)\b/i;
export const CROWD_VIOLENT_ACT = /\b(?:(?:protesters|demonstrators|students|pupils|youths?|residents|crowd|they|activists)\s+(?:(?!police|gendarm|soldiers|forces|security)[\w'-]+\s+){0,6}(?:beat|assaulted|stormed|raided|fought|attacked|stoned|ransacked|torched|vandali[sz]ed)|stones\s+were\s+thrown|threw\s+(?:stones|rocks|firecrackers)|broke\s+windows|arson|clashes\s+erupted|violent\s+(?:clashes|confrontations)|engaged\s+in\s+a\s+fight|forced\s+to\s+lock\s+themselves|unearthed|jets?\s+de\s+pierres|(?:ont|a)\s+(?:saccag|incendi)\p{L}*)/iu;
export const LABOUR_STRIKE = /\b(?:(?:renewed|began|begin|started|launched|observ\w*|declared|called|staged)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+){0,2}strike|strike\s+action|on\s+strike|laid\s+down\s+their\s+tools|suspended\s+classes|boycott(?:ed)?\s+(?:the\s+)?exams)\b/i;
export const GATHERING = /\b(?:demonstrat\w*|protest(?:ed|ing|s)?|march(?:ed|es)?|sit-?ins?|rall(?:y|ied|ies)|gathered|took\s+to\s+the\s+streets?|manifest\w*|marche|rassembl\w*)\b/i;
export const SCHOOLS_CLOSED = /\bclos(?:ed|ing)\s+(?:down\s+)?(?:over\s+\d+\s+|more\s+than\s+\d+\s+|\d+\s+|the\s+|a\s+|several\s+)?schools?\b/i;

/**
 * Victims who were not fighting: off duty, retired, prisoners, people arrested then killed.
 * ACLED codes violence against them as an attack, whatever uniform they once wore.
 */
export const DEFENCELESS = /\b(?:off-duty|retired|on\s+leave|interpreters?|(?:sub)?contractors?|unarmed|summarily|former\s+(?:soldiers?|gendarmes?|policem[ae]n|police\s+officers?|militiam[ae]n)|while\s+in\s+(?:detention|custody)|(?:prisoners|detainees)\b[^.]{0,60}\bexecut\w*|execut\w*\s+(?:\w+\s+){0,3}(?:prisoners|detainees)|(?:arrested|rounded\s+up|detained)\b[^.]{0,150}\b(?:executed|found\s+dead|corpses|bodies|tortured|beaten|mass\s+graves?)|(?:abducted|kidnapped)\b[^.]{0,80}\b(?:executed|found\s+dead)|execut\w*\b[^.]{0,80}\b(?:prisoners?|captives?|hostages?)|described\s+(?:the\s+)?victims\s+as|claimed\s+(?:that\s+)?(?:they|the\s+victims)\s+were\s+(?:militants|terrorists|jihadists))|(?:à\s+la\s+retraite|en\s+congé|hors\s+service|exécutions?\s+sommaires?|sommairement|(?:détenus|prisonniers)\s[^.]{0,60}exécut)/i;

export const NO_FIGHT = /\b(?:no\s+(?:reports?\s+of\s+)?(?:clash(?:es)?|fighting|resistance)|without\s+(?:any\s+)?(?:fighting|a\s+fight|resistance|clash(?:es)?)|sans\s+(?:combat|résistance|affrontement))\b/i;
export const CHECKPOINT_ONLY = /\bcheckpoints?\b(?![^.]*\b(?:base|camp|headquarters)\b)/i;
export const RESTRICTION = /\b(?:suspended|closed\s+(?:down\s+)?(?:the\s+|its\s+|all\s+)?(?:\w+\s+){0,3}(?:borders?|schools?|classes|markets?|mines?|mining\s+sites?|roads?|offices?|town\s+hall|mosques?)|closure\s+of|ultimatum|persona\s+non\s+grata|blockade|imposed\s+on|suspendu\w*|fermeture|fermé\w*)\b/i;

/** A post or camp of armed men: attacking it is a battle even when only bystanders were hurt. */
const SECURITY_POST = "(?:gendarmerie|police\\s+(?:station|post|checkpoint)|(?:military|army|security|gendarmerie|police|\\(?vdp\\)?|\\(?dozos?\\)?|koglweogo|self-defen[cs]e|militia|national\\s+guard)\\s+(?:camp|base|post|detachment|position|checkpoint|outpost|headquarters|barracks)|checkpoint|detachment|barracks|garrison|ranger\\s+station)";
export const POST_ATTACKED = new RegExp(`\\b(?:attack\\w*|raided|stormed|assault\\w*|fire\\s+(?:on|at|against))\\s+(?:on\\s+|against\\s+)?(?:the|a|an|two|several)\\s+(?:[\\w'’()-]+\\s+){0,3}${SECURITY_POST}\\b|\\b${SECURITY_POST}\\s+(?:\\w+\\s+){0,3}(?:was|were)\\s+(?:\\w+\\s+)?attacked|(?<![\\p{L}])(?:attaqu\\p{L}*|assaut\\s+contre)\\s+(?:la|le|les|une?|d['’]une?)\\s+(?:[\\p{L}-]+\\s+){0,2}(?:gendarmerie|commissariat|poste\\s+(?:de\\s+police|militaire|de\\s+gendarmerie|avancé)|camp\\s+militaire|base\\s+militaire|détachement|brigade)`, "iu");
/** Victims the report itself calls fighters, or civilians under armed escort: the attackers met armed men. */
export const ARMED_VICTIMS = /\b(?:corpses|bodies)\s+of\s+(?:[\w-]+\s+){0,3}(?:militants|jihadists|terrorists|fighters|assailants)\b|\b(?:killed|shot\s+dead|wounded|intercepted)\s+(?:(?!by\b)\w+\s+){0,4}armed\s+(?:\w+\s+)?(?:youths?|men|individuals|bandits|robbers|militants)\b|\b(?<!civilians\s)described\s+as\s+(?:\w+\s+){0,2}(?:militiam[ae]n|fighters|combatants|soldiers|volunteers)|\bescorted\s+by\s+(?:the\s+|a\s+)?(?:[\w()-]+\s+){0,3}(?:militiam[ae]n|fighters|soldiers|guards?|gendarmes|police|vdps?|army|forces)|escort(?:é|ée|és|ées)\s+par\s+(?:des|les|la|le)\s+(?:militaires|soldats|gendarmes|vdp|volontaires|forces)/i;
/** Nobody was there: burning an empty post is property destruction. */
export const UNMANNED = /\b(?:unmanned|(?:found|was|were)\s+(?:it\s+)?(?:empty|deserted|abandoned)|vide|inoccupée?)\b/i;

/** Two communities fighting each other: ACLED codes their members as communal or ethnic militias in a battle. */
export const COMMUNAL_FIGHT = /\b(?:(?:amid|amidst|during|in|following|after)\s+(?:the\s+)?(?:\w+\s+)?(?:inter-?communal|communal)\s+(?:violence|clashes|fighting|conflict)|inter-?communal\s+(?:clashes|fighting)|communities\s+clashed|\b[\w-]+\s+and\s+[\w-]+\s+(?:communities|villagers|herders|farmers|pastoralists|residents|youths|members)\s+(?:\w+\s+)?clashed|(?:clash(?:ed|es)?|fight(?:ing)?|fought|violence)\s+between\s+(?:the\s+)?(?:[\w-]+\s+){1,4}(?:and|et)\s+[\w-]+|land\s+dispute\s+between|affrontements?\s+intercommunautaires?|conflit\s+intercommunautaire)/i;
export const COMPLEX_ASSAULT = /\b(?:complex\s+attack|multi-?pronged|followed\s+by\s+(?:an?\s+)?(?:armed\s+|ground\s+)?assault|initiated\s+by|opened\s+fire|shot\s+dead|RPGs?|machine\s+guns|large-scale\s+(?:attack|assault)|commandos|armed\s+assault|(?:assailants|attackers)\s+(?:were\s+)?killed|attaque\s+complexe|suivie?\s+d['’]un\s+assaut)\b/i;

/** Fighters seized by the other side: ACLED codes the capture of militiamen or soldiers as a battle. */
export const FIGHTERS_TAKEN = /\b(?:abduct\w*|kidnapp\w*|removed|captured|intercepted)\s+(?:[\w'’-]+\s+){0,4}(?:soldiers?|militiam[ae]n|militants|fighters?|gendarmes?|vdps?|koglweogos?|dozos?|policem[ae]n|officers?|post\s+chief)\b|\b(?:soldiers?|militiam[ae]n|fighters?|gendarmes?|policem[ae]n|officers?)\s+(?:\w+\s+){0,3}(?:were|was)\s+(?:abducted|kidnapped)|\b(?:enlev\p{L}*)\s+(?:\p{L}+\s+){0,4}(?:soldats?|militaires?|gendarmes?|policiers?|vdp|koglweogos?|dozos?|miliciens?|combattants?)\b/iu;

/** An explosive that opens a firefight ("IED + gunfire", "a blast followed by an exchange of fire"). */
export const IED_THEN_GUNFIRE = /\b(?:ieds?|explosi\w+|blast|detonation|mine)(?:\s+attack)?\s*(?:\+|and|followed\s+by|then)\s*(?:an?\s+)?(?:exchanges?\s+of\s+fire|(?:small\s+arms\s+|heavy\s+)?gunfire|gunshots|armed\s+assault|assault)|\bgunfire\s+exchange|initiated\s+by\s+the\s+detonation|engin\s+explosif\s+suivie?\s+de\s+tirs/i;
/** Air strikes that open a ground operation: ACLED codes the operation as a battle. */
export const AIR_THEN_GROUND = /\b(?:air\s?strikes?|air\s+raids?)\b[^.]{0,80}?\b(?:ground\s+(?:operations?|troops|forces|assault)|soldiers\s+on\s+(?:land|the\s+ground)|helicopter\s+drops|commandos|combing\s+operations?)|\bair\/ground\b|\bair-ground\b/i;
/** Mortars or rockets that open an assault on a camp ("rocket fire followed by gunfire"): a battle with the armed men there. */
export const SHELLS_THEN_ASSAULT = /\b(?:mortars?|rockets?|shells?|shelling)\b[^.]{0,60}?\bfollowed\s+by\s+(?:an?\s+)?(?:exchanges?\s+of\s+fire|(?:small\s+arms\s+|heavy\s+)?gunfire|gunshots|(?:armed\s+|ground\s+)?assault)|\battempted\s+to\s+(?:breach|storm|force\s+their\s+way\s+into)\s+the\s+(?:camp|base)/i;

const CROWD = "(?:youths?|residents|protesters|demonstrators|students|traders|vendors|rioters|crowds?|villagers|population|locals|inhabitants)";
const FORCES = "(?:police(?:men)?|gendarmes?|gendarmerie|security\\s+forces|soldiers|army|national\\s+guards?)";
export const CROWD_VS_FORCES = new RegExp(`\\b(?:clash\\w*|confrontations?|fight\\w*|fought|scuffles?)\\s+(?:\\w+\\s+){0,2}(?:between|with)\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,2}(?:${FORCES}\\s+and\\s+(?:[\\w-]+\\s+){0,2}${CROWD}|${CROWD}\\s+and\\s+(?:[\\w-]+\\s+){0,2}${FORCES})\\b|\\b${CROWD}\\s+(?:\\w+\\s+){0,3}(?:clash\\w*|fought)\\s+with\\s+(?:the\\s+)?${FORCES}\\b`, "i");
/** The crowd had guns: villagers fighting soldiers with rifles are a militia, not a mob. */
export const CROWD_ARMED = /\b(?:armed|gunmen|guns?|rifles?|firearms?|militants|jihad\w*|militia\w*|dozos?|koglweogos?)\b/i;

export const LOOT_TEXT = /\b(?:loot(?:ed|ing)|pillag\w*|ransack\w*|plunder\w*|burn(?:ed|t)|torched|set\s+(?:\w+\s+){0,3}ablaze|set\s+fire|destroyed|vandali[sz]ed|stole|seized|removed\s+(?:the\s+)?goods)\b/i;

/** Communal violence mentioned as the area's background, not as what happened. */
export const BACKGROUND = /\b(?:recently|note\s+that|récemment)\b/i;
/** The attackers were shot too: the victims fought back. */
export const ATTACKERS_HIT = /\bforc(?:ed|ing)\s+the\s+(?:gunmen|assailants|attackers|militants)\s+to\s+(?:withdraw|flee|retreat)|\b(?:\d+|one|two|three|several)\s+(?:alleged\s+|presumed\s+|of\s+the\s+)?(?:assailants?|attackers?|gunm[ae]n)\s+(?:were\s+)?(?:killed|wounded|neutrali[sz]ed)|\b(?:assailants?|attackers?)\s+(?:was|were)\s+(?:killed|neutrali[sz]ed)|\bkill(?:ed|ing)\s+(?!by\b)(?:\w+\s+){0,3}(?:alleged\s+|presumed\s+)?(?:assailants?|attackers?)\b/i;
/** An attack on a unit of armed men ("an attack on army positions", "a Malian patrol was ambushed"): a battle. */
const ARMED_SIDE = "(?:dozos?|koglweogos?|militia|self-defen[cs]e|army|military|malian|burkinabe|nigerien|french|barkhane|fama|minusma|un|peacekeeping|guard|gendarmerie|police|security|vdp|g5|joint|government)";
const ARMED_UNIT = "(?:patrols?|units?|convoys?|posts?|checkposts?|positions?|camps?|bases?|detachments?|checkpoints?|columns?|escorts?|vehicles?)";
const ARMED_MEN = "(?:fighters|troops|soldiers|militiamen|positions|peacekeepers|gendarmes|policemen)";
export const ARMED_UNIT_ATTACKED = new RegExp(`\\b(?:attack\\w*|ambush\\w*|assault\\w*|raid\\w*|fire)\\s+(?:by\\s+(?:[\\w'’()-]+\\s+){1,5})?(?:on|against|at)\\s+(?:the\\s+|a\\s+|an\\s+|two\\s+|several\\s+)?(?:(?:[\\w'’()-]+\\s+){0,3}${ARMED_MEN}|(?:[\\w'’()-]+\\s+){0,2}${ARMED_SIDE}\\s+(?:[\\w'’()-]+\\s+){0,2}${ARMED_UNIT})\\b|\\b${ARMED_SIDE}\\s+(?:[\\w'’()-]+\\s+){0,2}${ARMED_UNIT}\\s+(?:was\\s+|were\\s+)?(?:\\w+\\s+)?(?:attacked|ambushed|targeted)\\b`, "i");
/** Unorganised crowds fighting each other (students, party activists, rival camps): mob violence, not a battle. */
export const UNARMED_SIDES = /\b(?:students?|pupils|supporters|partisans|activists|worshippers|youngsters|(?:two|rival)\s+(?:groups|camps)|élèves|étudiants|militants\s+(?:du|de\s+partis?)|partisans)\b/i;
export const WEAPONS = /\b(?:machetes?|blade\s+weapons|knives|guns?|gunmen|gunfire|gunshots?|firearms?|rifles?|armed|militia\w*|militants?|jihad\w*|dozos?|koglweogos?|vdp|bandits|terrorists?|armés?|fusils?)\b/i;
export const FIREARMS_CROWD = /\b(?:armed\s+(?:villagers|youths?|men|residents|locals|inhabitants)|(?:villagers|youths?|residents|locals|inhabitants)\s+armed\s+with\s+(?:rifles|guns|firearms|hunting\s+rifles)|(?:with|carrying)\s+(?:hunting\s+)?(?:rifles|guns|firearms))\b/i;

export const STATE_AUXILIARY = /^VDP\b/;

/** A crowd that lynched or beat someone ("a mob lynched", "residents beat up", "lynched by the population"): mob violence, whoever the victim. */
export const CROWD_BEATING = /\b(?:a\s+)?mob\s+(?:\w+\s+){0,2}(?:lynched|beat|killed|attacked|stoned)\b|\b(?:locals|residents|villagers|youths|women|traders|butchers|inhabitants|people)\s+(?:(?:in|of|from)\s+[\w-]+\s+)?(?:beat\s+up|lynched|stoned)\b|\b(?:lynched|beaten\s+up|stoned)\s+by\s+(?:the\s+|a\s+)?(?:\w+\s+)?(?:mob|crowd|population|residents|villagers|locals|youths|inhabitants)\b|\bassaulted\s+[^.]{0,60}?\bwith\s+(?:clubs|sticks|stones)\b/i;

/** Words that report a protest in themselves; "demanding a ransom", "denounced", "prevented from entering" alone do not. */
export const PROTEST_NAMED = /\b(?:protest\w*|demonstrat\w*|sit-?ins?|march(?:ed|es)?|rall(?:y|ied|ies)|took\s+to\s+the\s+streets?|strike|riot\w*|barricad\w*|manifest\w*|marche|rassembl\w*|grève|boycott\w*|petition|gather(?:ed|ing)|to\s+express|picket\w*|vandali[sz]\w*)\b/i;

/** Soldiers, gendarmes or police named in the report: an arrest there may be theirs, whoever the actor rules put first. */
export const STATE_FORCE_WORD = /\b(?:soldiers|army|troops|gendarmes?|gendarmerie|police(?:men)?|security\s+forces|defen[cs]e\s+forces|FAMa|FDS|Barkhane|MINUSMA|militaires|soldats|policiers)\b/i;

/** Shots aimed at people or vehicles, or people tied up or mistreated, during a raid: violence against the people there, not only their property. */
export const HARM_BEYOND_PROPERTY = /\b(?:fired|opened\s+fire|shot)\s+(?:at|on|against)\b|\bfired\s+(?:gun)?shots\b(?!\s+in\s+the\s+air)|\b(?:tied|locked)\s+up\b|\b(?:maltreated|mistreated|ill-treated)\b/i;
