// Copies the vendored browser libraries from node_modules into wwwroot/lib, where the UI serves them from;
// run `npm ci && npm run vendor` after changing a version in package.json, and commit wwwroot/lib.
import { copyFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const files = [
  ["node_modules/elkjs/lib/elk.bundled.js", "wwwroot/lib/elkjs/elk.bundled.js"],
  ["node_modules/elkjs/LICENSE.md", "wwwroot/lib/elkjs/LICENSE.md"],
];

for (const [from, to] of files) {
  mkdirSync(dirname(join(here, to)), { recursive: true });
  copyFileSync(join(here, from), join(here, to));
  console.log(`${from} -> ${to}`);
}
