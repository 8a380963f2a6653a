// Copy the front-end libraries Lapwing's web UI needs from node_modules into
// lapwing/static/vendor, with their licence files, and write a manifest with checksums.
// Run: npm ci && node build.mjs   (no bundler: the UI loads these files as plain scripts)
import { createHash } from "node:crypto";
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const modules = join(here, "node_modules");
const vendor = join(here, "..", "lapwing", "static", "vendor");

// [package, file inside the package, name under vendor/]
const FILES = [
  ["echarts", "dist/echarts.min.js", "echarts.min.js"],
  ["echarts", "LICENSE", "LICENSE.echarts"],
  ["echarts", "NOTICE", "NOTICE.echarts"],
  ["cytoscape", "dist/cytoscape.min.js", "cytoscape.min.js"],
  ["cytoscape", "LICENSE", "LICENSE.cytoscape"],
  ["d3", "dist/d3.min.js", "d3.min.js"],
  ["d3", "LICENSE", "LICENSE.d3"],
  ["topojson-client", "dist/topojson-client.min.js", "topojson-client.min.js"],
  ["topojson-client", "LICENSE", "LICENSE.topojson-client"],
  // Natural Earth 1:50m country boundaries (public domain), packaged as TopoJSON by world-atlas.
  ["world-atlas", "countries-50m.json", "countries-50m.json"],
  ["world-atlas", "LICENSE", "LICENSE.world-atlas"],
];

rmSync(vendor, { recursive: true, force: true });
mkdirSync(vendor, { recursive: true });
const manifest = {};
for (const [pkg, file, name] of FILES) {
  const version = JSON.parse(readFileSync(join(modules, pkg, "package.json"), "utf8")).version;
  const source = join(modules, pkg, file);
  copyFileSync(source, join(vendor, name));
  const sha256 = createHash("sha256").update(readFileSync(source)).digest("hex");
  manifest[name] = { package: pkg, version, file, sha256 };
}
writeFileSync(join(vendor, "manifest.json"), JSON.stringify(manifest, null, 2) + "\n");
console.log(`vendored ${FILES.length} files into ${vendor}`);
