// The data editor in Chromium, as a person uses it: the built app served as a site, the Kazanlak
// example loaded, an error made and seen at its path (in the editor and in the list of
// problems), reached from the list with the keyboard and fixed, the preview following the
// document in each of its languages, the file saved and decoded again, axe clean, 320 px
// reflow, and a second visit with the network cut.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import { decodeMunicipalityJson } from '@muni-kit/domain';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../../tools/chromium.js';
import { startStaticServer } from '../../../tools/static-server.js';

const require = createRequire(import.meta.url);
const dist = new URL('../dist/', import.meta.url).pathname;
const kazanlakText = readFileSync(require.resolve('@muni-kit/domain/data/kazanlak.json'), 'utf8');
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** The Kazanlak document with `change` applied, as text. */
const kazanlakWith = (change) => {
  const document = JSON.parse(kazanlakText);
  change(document);
  return `${JSON.stringify(document, null, 2)}\n`;
};

let server;
let browser;

before(async () => {
  server = await startStaticServer({ root: dist });
  browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: [...chromiumArgs],
    headless: true,
  });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** A fresh context (its own storage and service workers) with the editor open in it. */
const openEditor = async ({ width = 1280 } = {}) => {
  const context = await browser.newContext({
    acceptDownloads: true,
    viewport: { width, height: 900 },
    locale: 'en',
  });
  const tab = await context.newPage();
  const pageErrors = [];
  tab.on('pageerror', (error) => pageErrors.push(String(error)));
  await tab.goto(`${server.url}/`);
  await tab.locator('.cm-content').waitFor();
  return { context, tab, pageErrors };
};

/** Replaces the editor's whole text, as a paste over a selection of everything would. */
const replaceText = async (tab, text) => {
  await tab.locator('.cm-content').click();
  await tab.keyboard.press('Control+A');
  await tab.keyboard.insertText(text);
};

/** The municipality's name in the preview's header, once it reads `text`. */
const headerName = (tab, text) =>
  tab.locator('muni-site-header span.name').filter({ hasText: text });

const summary = (tab) => tab.locator('.problems .summary');

/** axe over the whole page; the violations as "rule: targets". */
const axe = async (tab) => {
  await tab.addScriptTag({ content: axeSource });
  return tab.evaluate(async () => {
    const { violations } = await window.axe.run(document, { resultTypes: ['violations'] });
    return violations.map(
      (v) => `${v.id}: ${v.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
  });
};

describe('the data editor', () => {
  it('shows the validator’s error at its path, leads to it from the list, and previews the fixed file', async () => {
    const { context, tab, pageErrors } = await openEditor();
    await tab.getByRole('button', { name: 'Start from the Kazanlak example' }).click();
    await assert.doesNotReject(summary(tab).getByText('No problems').waitFor());
    await headerName(tab, 'Община Казанлък').waitFor();

    // An error: a twin city's history date that is no date.
    await replaceText(
      tab,
      kazanlakWith((d) => (d.twinCities[5].history[2].date = 'abc')),
    );
    const issue = tab.locator('.issue-list .issue');
    await issue.first().waitFor();
    assert.equal(await issue.count(), 1);
    assert.equal(await issue.locator('.issue-path').textContent(), 'twinCities[5].history[2].date');
    const expected = decodeMunicipalityJson(
      kazanlakWith((d) => (d.twinCities[5].history[2].date = 'abc')),
    );
    assert.equal(expected.ok, false);
    assert.equal(await issue.locator('.issue-message').textContent(), expected.issues[0].message);
    assert.match(await summary(tab).textContent(), /Problems to correct: 1\./u);
    assert.equal(await tab.locator('.problems').getAttribute('aria-live'), 'polite');
    // The preview keeps the last valid state and says so.
    await tab.getByRole('note').getByText('the preview shows its last valid state').waitFor();
    await headerName(tab, 'Община Казанлък').waitFor();
    assert.deepEqual(await axe(tab), [], 'axe with an error shown');

    // The keyboard: the problem's button takes the editor to the place, selected.
    await issue.focus();
    await tab.keyboard.press('Enter');
    assert.equal(
      await tab.evaluate(() => document.activeElement?.classList.contains('cm-content')),
      true,
    );
    assert.equal(await tab.evaluate(() => getSelection()?.toString()), '"abc"');
    // In the editor, now scrolled to it: the marked range is the wrong value itself.
    assert.equal(await tab.locator('.cm-lintRange-error').textContent(), '"abc"');
    await tab.keyboard.insertText('"2007"');
    await summary(tab).getByText('No problems').waitFor();
    assert.equal(await tab.locator('.cm-lintRange-error').count(), 0);
    assert.equal(await tab.getByRole('note').count(), 0);

    // A change the preview shows: the municipality's name, in each of its languages.
    await replaceText(
      tab,
      kazanlakWith(
        (d) => (d.name = { bg: 'Община Розова долина', en: 'Rose Valley Municipality' }),
      ),
    );
    await headerName(tab, 'Община Розова долина').waitFor();
    const languages = tab.getByLabel('Language of the preview');
    assert.deepEqual(await languages.locator('option').evaluateAll((o) => o.map((x) => x.value)), [
      'bg',
      'en',
    ]);
    await languages.selectOption('en');
    await headerName(tab, 'Rose Valley Municipality').waitFor();
    assert.equal(await tab.locator('.preview-page').getAttribute('lang'), 'en');
    // The header's own language switch changes the preview's language, not the page.
    await tab.locator('muni-site-header').getByRole('link', { name: 'Български' }).click();
    await headerName(tab, 'Община Розова долина').waitFor();
    assert.equal(new URL(tab.url()).pathname, '/');
    assert.deepEqual(await axe(tab), [], 'axe with a valid file');

    // Saving: a download of the edited text, which decodes.
    const [saved] = await Promise.all([
      tab.waitForEvent('download'),
      tab.getByRole('button', { name: 'Download .json' }).click(),
    ]);
    assert.equal(saved.suggestedFilename(), 'kazanlak.json');
    const result = decodeMunicipalityJson(readFileSync(await saved.path(), 'utf8'));
    assert.equal(result.ok, true);
    assert.deepEqual(result.value.name, {
      bg: 'Община Розова долина',
      en: 'Rose Valley Municipality',
    });
    await tab.getByRole('status').getByText('Downloaded kazanlak.json.').waitFor();
    assert.deepEqual(pageErrors, []);
    await context.close();
  });

  it('completes and describes fields from the JSON Schema', async () => {
    const { context, tab } = await openEditor();
    const consoleErrors = [];
    tab.on(
      'console',
      (message) => message.type() === 'error' && consoleErrors.push(message.text()),
    );
    await tab.locator('.cm-line', { hasText: '"defaultLocale"' }).locator('span').first().hover();
    await tab.locator('.cm-tooltip-hover', { hasText: 'BCP 47 language tag' }).waitFor();
    // A new property of the document: the schema's properties it does not have yet are offered.
    await tab.locator('.cm-line').first().click();
    await tab.keyboard.press('End');
    await tab.keyboard.press('Enter');
    await tab.keyboard.type('"');
    await tab.keyboard.press('Control+Space');
    await tab.locator('.cm-tooltip-autocomplete li', { hasText: 'languages' }).waitFor();
    assert.deepEqual(consoleErrors, []);
    await context.close();
  });

  it('marks a missing required field on the object that lacks it, and a syntax error where it is', async () => {
    const { context, tab } = await openEditor();
    await replaceText(
      tab,
      kazanlakWith((d) => delete d.address.postalCode),
    );
    await tab.locator('.issue-path').getByText('address.postalCode').click();
    assert.equal(await tab.locator('.cm-lintRange-error').textContent(), '"address"');
    await replaceText(tab, '{ "id": "x", }');
    await tab.locator('.issue-path').getByText('(document)').waitFor();
    // The validator's message: JSON.parse's, as this browser's engine words it.
    assert.match(
      await tab.locator('.issue-message').textContent(),
      /^Invalid JSON: .*position 13/u,
    );
    assert.equal(await tab.locator('.cm-lintRange-error').textContent(), '}');
    await context.close();
  });

  it('starts a new valid file, opens a file, and keeps the draft over a reload', async () => {
    const { context, tab } = await openEditor();
    await tab.getByRole('button', { name: 'New', exact: true }).click();
    await summary(tab).getByText('No problems').waitFor();
    await headerName(tab, 'New municipality').waitFor();
    await tab.locator('#open-file').setInputFiles({
      name: 'rose.json',
      mimeType: 'application/json',
      buffer: Buffer.from(kazanlakWith((d) => (d.name = { bg: 'Община Роза', en: 'Rose' }))),
    });
    await tab.getByRole('status').getByText('Opened rose.json.').waitFor();
    await headerName(tab, 'Община Роза').waitFor();
    await tab.reload();
    await headerName(tab, 'Община Роза').waitFor();
    assert.match(await tab.locator('.file-name').textContent(), /rose\.json/u);
    await context.close();
  });

  it('speaks Bulgarian and Macedonian, and lets the keyboard leave the editor with Escape, Tab', async () => {
    const { context, tab } = await openEditor();
    await tab.getByLabel('Interface language').selectOption('bg');
    await tab
      .getByRole('heading', { level: 1, name: 'Редактирайте данните на вашата община' })
      .waitFor();
    assert.equal(await tab.evaluate(() => document.documentElement.lang), 'bg');
    assert.equal(
      await tab.locator('.cm-content').getAttribute('aria-label'),
      'Данни за общината (JSON)',
    );
    await tab.getByLabel('Език на интерфейса').selectOption('mk');
    await tab
      .getByRole('heading', { level: 1, name: 'Уредете ги податоците на вашата општина' })
      .waitFor();

    await tab.locator('.cm-content').focus();
    await tab.keyboard.press('Tab');
    const inEditor = () =>
      tab.evaluate(() => Boolean(document.activeElement?.closest('.cm-editor')));
    assert.equal(await inEditor(), true, 'Tab indents');
    await tab.keyboard.press('Escape');
    await tab.keyboard.press('Tab');
    assert.equal(await inEditor(), false, 'Escape, then Tab, leaves');
    await context.close();
  });

  it('reflows at 320 px: the editor above the preview, nothing wider than the screen', async () => {
    const { context, tab } = await openEditor({ width: 320 });
    await headerName(tab, 'Община Казанлък').waitFor();
    const layout = await tab.evaluate(() => ({
      width: document.documentElement.scrollWidth,
      source: document.querySelector('.source').getBoundingClientRect().bottom,
      preview: document.querySelector('.preview').getBoundingClientRect().top,
    }));
    assert.ok(layout.width <= 320, `page is ${layout.width} px wide`);
    assert.ok(layout.preview >= layout.source, 'the preview is below the editor');
    assert.deepEqual(await axe(tab), [], 'axe at 320 px');
    await context.close();
  });

  it('opens offline once it has been loaded', async () => {
    const { context, tab } = await openEditor();
    await tab.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller)
        await new Promise((resolve) =>
          navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
        );
    });
    await context.setOffline(true);
    const response = await tab.reload();
    assert.equal(response?.fromServiceWorker(), true, 'the page came from the service worker');
    await tab.locator('.cm-content').waitFor();
    await headerName(tab, 'Община Казанлък').waitFor();
    await context.close();
  });
});
