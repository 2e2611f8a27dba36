import { setFlagsFromString } from "node:v8";

/**
 * Extraction runs a few hundred regular expressions over every report. V8 starts each one in its
 * bytecode interpreter and compiles it to machine code only once it proves hot, and it drops
 * compiled code that has aged across garbage collections; with this many patterns, articles kept
 * running in the interpreter (`npm run bench -- extract`: 0.7 MB/s of article text with tiering,
 * 1.0-1.4 without; ACLED notes 3,100/s against 3,800-4,400/s). Compiling each pattern straight to
 * machine code costs a little once per pattern. Imported first by the executable and the benches,
 * before any pattern runs; a library user may pass `--no-regexp-tier-up` to node instead.
 */
setFlagsFromString("--no-regexp-tier-up");
