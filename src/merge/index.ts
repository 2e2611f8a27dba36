import type { MergePolicy } from "../domain/index.js";
import { combine } from "./combine.js";
import { decide, MERGE_RADIUS_KM } from "./decide.js";
import { isNearDuplicate, simhash } from "./simhash.js";

export { combine, combineFatalities } from "./combine.js";
export { actorsCompatible, dateGap, decide, placeMatch, typesCompatible, DATE_SLACK_DAYS, MERGE_RADIUS_KM } from "./decide.js";
export { hammingDistance, isNearDuplicate, simhash, NEAR_DUPLICATE_MAX_BITS } from "./simhash.js";

/**
 * The project's merge rule (see README.md beside this file, and the comment blocks in
 * decide.ts and combine.ts). The store fetches candidates within 3 days either side
 * (plus both dates' precision) and 25 km, then `decide` applies the stricter tests
 * (date intervals within a day, places within 10 km or the same admin unit).
 */
export const defaultMergePolicy: MergePolicy = {
  candidateWindowDays: 3,
  candidateRadiusKm: Math.max(25, MERGE_RADIUS_KM),
  decide,
  combine,
  fingerprint: simhash,
  isNearDuplicate,
};
