import puppeteer from 'puppeteer-core';
const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const modes = process.argv[2] ? process.argv[2].split(',') : ['light', 'dark', 'darkhost'];
const widths = [1280, 375];
const page = process.argv[3] ?? 'index.html';
for (const mode of modes) for (const width of widths) {
  const tab = await browser.newPage();
  await tab.setViewport({ width, height: width === 375 ? 1300 : 900 });
  await tab.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: mode === 'dark' ? 'dark' : 'light' }]);
  await tab.goto(`http://localhost:5199/${page}`, { waitUntil: 'networkidle0' });
  if (mode === 'darkhost') await tab.addStyleTag({ content: 'html, body { background: #121212 !important; color: #eee !important } h1, .meta { color: #eee !important }' });
  if (mode === 'dialog') { await tab.evaluate(() => document.querySelector('muni-display-settings').show()); }
  await new Promise((r) => setTimeout(r, 500));
  const out = `/tmp/shots/${page.replace('.html', '')}-${mode}-${width}.png`;
  await tab.screenshot({ path: out, fullPage: mode !== 'dialog' });
  if (width === 375) await tab.screenshot({ path: out.replace('.png', '-top.png') });
  console.log(out);
  await tab.close();
}
await browser.close();
