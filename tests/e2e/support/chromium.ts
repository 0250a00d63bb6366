/** Debian's Chromium: Playwright cannot download a browser on these machines. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
