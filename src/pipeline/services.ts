import type { MergePolicy } from "../domain/index.js";
import { Geocoder, loadGazetteer } from "../geocode/index.js";
import { defaultMergePolicy } from "../merge/index.js";

/**
 * The long-lived collaborators every pipeline run needs. Loaded once per process
 * (the gazetteer takes a few hundred milliseconds) and passed down; constructors
 * elsewhere do no I/O.
 */
export interface Services {
  geocoder: Geocoder;
  policy: MergePolicy;
}

export interface ServiceOptions {
  /** Gazetteer file; defaults to the one bundled with the package. */
  gazetteerPath?: string;
}

export function loadServices(options: ServiceOptions = {}): Services {
  const gazetteer = loadGazetteer(options.gazetteerPath);
  return { geocoder: new Geocoder(gazetteer), policy: defaultMergePolicy };
}
