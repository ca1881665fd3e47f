import { existsSync } from "node:fs";

/** Debian's Chromium (or CHROME_PATH): Playwright's own browser download is not reachable here. */
export function chromiumPath() {
  const candidates = [
    process.env.CHROME_PATH,
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
  ].filter(Boolean) as string[];
  const found = candidates.find((file) => existsSync(file));
  if (!found) {
    throw new Error(
      "Chromium not found. Install Debian's package (apt-get install -y chromium fonts-noto-cjk) or set CHROME_PATH.",
    );
  }
  return found;
}
