// Rasterises assets/icon.svg into the PNGs electron-builder and the app use, with the
// Chromium the end-to-end tests already use (no image tool to install). Run after
// editing the SVG: `node scripts/icons.mjs`; the PNGs are committed.
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { ROOT } from './electron-native.mjs';

const svg = fs.readFileSync(path.join(ROOT, 'assets/icon.svg'), 'utf8');
const targets = [
  ['build/icon.png', 1024], // macOS and Windows (electron-builder derives .icns / .ico)
  ['build/icons/512x512.png', 512], // Linux
  ['build/icons/256x256.png', 256],
  ['build/icons/128x128.png', 128],
  ['build/icons/64x64.png', 64],
  ['build/icons/32x32.png', 32],
  ['assets/icon.png', 512], // the window icon and the renderer's favicon
];

const browser = await chromium.launch({
  executablePath: process.env.GRIDSCOUT_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
try {
  for (const [file, size] of targets) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const sized = svg.replace('width="1024" height="1024"', `width="${size}" height="${size}"`);
    await page.setContent(`<html><body style="margin:0;background:transparent">${sized}</body></html>`);
    const out = path.join(ROOT, file);
    fs.mkdirSync(path.dirname(out), { recursive: true });
    await page.screenshot({ path: out, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    await page.close();
    process.stdout.write(`${file} ${size}x${size}\n`);
  }
} finally {
  await browser.close();
}
