import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import preact from "@preact/preset-vite";
import { defineConfig, type Plugin } from "vite";

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, "..", "..", "..");
const basemapDir = join(repoRoot, "data", "basemap");

/** Ships the offline base layers (data/basemap/*.geojson) inside the build, under basemap/. */
function bundledBasemap(): Plugin {
  return {
    name: "conflictwatch-basemap",
    generateBundle() {
      for (const file of readdirSync(basemapDir).filter((f) => f.endsWith(".geojson"))) {
        this.emitFile({ type: "asset", fileName: `basemap/${file}`, source: readFileSync(join(basemapDir, file)) });
      }
    },
    configureServer(server) {
      server.middlewares.use("/basemap/", (req, res, next) => {
        const name = (req.url ?? "").replace(/^\//, "").split("?")[0];
        if (!/^[a-z0-9-]+\.geojson$/.test(name)) return next();
        res.setHeader("content-type", "application/geo+json");
        res.end(readFileSync(join(basemapDir, name)));
      });
    },
  };
}

export default defineConfig({
  root: here,
  base: "./",
  plugins: [preact(), bundledBasemap()],
  build: {
    outDir: join(repoRoot, "dist", "dashboard"),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    assetsInlineLimit: 0,
  },
  server: { proxy: { "/api": "http://127.0.0.1:8765" } },
});
