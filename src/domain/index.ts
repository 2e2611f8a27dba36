export * from "./taxonomy.js";
export * from "./evidence.js";
export * from "./document.js";
export * from "./place.js";
export * from "./event.js";
export * from "./store.js";
export * from "./errors.js";
export * from "./geo.js";
