/** The offline gazetteer and geocoder. The pipeline loads the gazetteer once and injects `Geocoder.names` into extraction. */
export { DEFAULT_GAZETTEER_PATH, loadGazetteer, type Gazetteer, type GazetteerPlace, type GazetteerCountry } from "./load-gazetteer.js";
export { Geocoder } from "./geocoder.js";
export { parsePlaceText } from "./parse-place-text.js";
export { nameKey, foldText } from "./normalise-name.js";
export { stripPlaceAffixes } from "./place-affixes.js";
export { GAZETTEER_CREDIT, REBUILD_COMMAND } from "./gazetteer-format.js";
export { GazetteerReach } from "./gazetteer-reach.js";
