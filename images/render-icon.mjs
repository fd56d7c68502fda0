#!/usr/bin/env node
// Renders images/icon.svg to images/icon.png (256×256, transparent corners) with headless Chromium.
// Needs the editor-test tools: `bash test/editor/setup.sh` (playwright-core, /usr/bin/chromium).
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

const require = createRequire(new URL('../test/editor/package.json', import.meta.url));
const { chromium } = require('playwright-core');
const svg = readFileSync(new URL('icon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ viewport: { width: 256, height: 256 } });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
  await page.locator('svg').screenshot({ path: new URL('icon.png', import.meta.url).pathname, omitBackground: true });
} finally {
  await browser.close();
}
