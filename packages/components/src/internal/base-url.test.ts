/*
 * `base-url`: relative URLs in data given as the `data` property or inline resolve against it
 * (relative to the page), else against the page; data from `src` resolves against `src`.
 */
import { expect } from '@open-wc/testing';
import '../components/site-header/site-header.js';
import type { MuniSiteHeader } from '../components/site-header/site-header.js';
import { dataDirectoryUrl, kazanlak, kazanlakUrl, mount, settled, shadow } from '../test/kit.js';

const coatOfArms = (element: Element) => shadow(element).querySelector('img');

/** Resolves once the image has loaded (true) or failed (false). */
const shows = async (image: HTMLImageElement | null) => {
  await image?.decode().catch(() => undefined);
  return Boolean(image?.complete && image.naturalWidth > 0);
};

describe('base-url', () => {
  it('resolves the data property against it, so the coat of arms shows', async () => {
    const data = await kazanlak();
    const element = await mount<MuniSiteHeader>('muni-site-header', {
      attributes: { 'base-url': dataDirectoryUrl },
      data,
    });
    expect(coatOfArms(element)?.src).to.equal(
      new URL('kazanlak-coat-of-arms.svg', dataDirectoryUrl).href,
    );
    expect(await shows(coatOfArms(element))).to.equal(true);
  });

  it('is itself relative to the page', async () => {
    const relative = new URL(dataDirectoryUrl).pathname; // root-relative
    const element = await mount<MuniSiteHeader>('muni-site-header', {
      attributes: { 'base-url': relative },
      data: await kazanlak(),
    });
    expect(coatOfArms(element)?.src).to.equal(
      new URL('kazanlak-coat-of-arms.svg', dataDirectoryUrl).href,
    );
  });

  it('resolves inline JSON against it', async () => {
    const inline = JSON.stringify(await kazanlak());
    const element = await mount<MuniSiteHeader>('muni-site-header', {
      attributes: { 'base-url': dataDirectoryUrl },
      inline,
    });
    expect(await shows(coatOfArms(element))).to.equal(true);
  });

  it('without it, resolves against the page', async () => {
    const data = await kazanlak();
    // The image's path from the page, which the test server serves at the repository's root.
    const path = new URL('kazanlak-coat-of-arms.svg', dataDirectoryUrl).pathname.slice(1);
    data.coatOfArms.src = path;
    const element = await mount<MuniSiteHeader>('muni-site-header', { data, baseUrl: null });
    expect(coatOfArms(element)?.src).to.equal(new URL(path, document.baseURI).href);
    expect(await shows(coatOfArms(element))).to.equal(true);
  });

  it('decodes the data again when it changes', async () => {
    const data = await kazanlak();
    // The image root-relative (it shows either way), a link relative: it follows base-url.
    data.coatOfArms.src = new URL('kazanlak-coat-of-arms.svg', dataDirectoryUrl).pathname;
    data.utilityLinks[0].url = 'accessibility.html';
    const element = await mount<MuniSiteHeader>('muni-site-header', { data, baseUrl: null });
    const link = () =>
      shadow(element).querySelector<HTMLAnchorElement>('a[href$="accessibility.html"]');
    expect(link()?.href).to.equal(new URL('accessibility.html', document.baseURI).href);
    element.baseUrl = dataDirectoryUrl;
    await settled(element);
    expect(link()?.href).to.equal(new URL('accessibility.html', dataDirectoryUrl).href);
    expect(element.getAttribute('base-url'), 'reflected').to.equal(dataDirectoryUrl);
  });

  it('does not change where data from src resolves', async () => {
    const element = await mount<MuniSiteHeader>('muni-site-header', {
      attributes: { src: kazanlakUrl, 'base-url': '/elsewhere/' },
    });
    expect(coatOfArms(element)?.src).to.equal(
      new URL('kazanlak-coat-of-arms.svg', kazanlakUrl).href,
    );
  });
});
