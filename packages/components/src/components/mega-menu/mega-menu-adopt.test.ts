/*
 * Hydration keeps what the reader did before the script ran: the server-rendered menu in a
 * frame, used there with the pointer, and only then given its script. The section opened
 * natively becomes the element's open section; the sheet opened by the Menu button becomes the
 * drawer.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import type { MuniMegaMenu } from './mega-menu.js';

const frameWith = async (markup: string, width: number): Promise<HTMLIFrameElement> => {
  const frame = document.createElement('iframe');
  frame.style.cssText = `display: block; inline-size: ${width}px; block-size: 700px; border: 0`;
  frame.title = 'server-rendered menu';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="bg"><head><meta charset="utf-8"><title>menu</title></head><body style="margin: 0">${markup}</body></html>`;
  document.body.prepend(frame);
  await loaded;
  return frame;
};

/** Loads Lit's hydration support, then the menu's module, into the frame, as the embed bundle does. */
const hydrate = async (frame: HTMLIFrameElement): Promise<MuniMegaMenu> => {
  const script = frame.contentDocument!.createElement('script');
  script.type = 'module';
  script.src = new URL('../../test/hydrate-menu-in-frame.ts', import.meta.url).href;
  frame.contentDocument!.head.append(script);
  const host = frame.contentDocument!.querySelector('muni-mega-menu') as MuniMegaMenu;
  const errors: string[] = [];
  frame.contentWindow!.addEventListener('error', (e) => errors.push(String(e.message)));
  frame.contentWindow!.addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));
  (frame.contentWindow as Window & typeof globalThis).console.error = (...parts: unknown[]) =>
    errors.push(parts.map(String).join(' '));
  await waitUntil(
    () => frame.contentWindow!.customElements.get('muni-mega-menu') !== undefined,
    'the module loads',
    { timeout: 20_000 },
  );
  await waitUntil(() => !host.hasAttribute('rendered-lang') || errors.length > 0, 'it hydrates', {
    timeout: 10_000,
  });
  expect(errors, 'no error in the frame').to.deep.equal([]);
  await host.updateComplete;
  return host;
};

const click = async (frame: HTMLIFrameElement, element: Element) => {
  const offset = frame.getBoundingClientRect();
  const box = element.getBoundingClientRect();
  await sendMouse({
    type: 'click',
    position: [
      Math.round(offset.left + box.left + box.width / 2),
      Math.round(offset.top + box.top + box.height / 2),
    ],
  });
};

describe('muni-mega-menu: hydration adopts what the reader opened before it', () => {
  let markup = '';
  let frame: HTMLIFrameElement | undefined;

  before(async function () {
    this.timeout(60_000);
    markup = ((await (await fetch('/__muni-ssr/fixtures.json')).json()) as Record<string, string>)[
      'muni-mega-menu:bg'
    ]!;
  });
  beforeEach(() => setViewport({ width: 1100, height: 800 }));
  afterEach(async () => {
    frame?.remove();
    await setViewport({ width: 800, height: 600 });
  });

  it('a section opened natively becomes the open section, the same node, and Escape (the script) closes it', async function () {
    this.timeout(40_000);
    frame = await frameWith(markup, 1024);
    const root = frame.contentDocument!.querySelector('muni-mega-menu')!.shadowRoot!;
    const summary = root.querySelectorAll('summary')[2]!;
    await click(frame, summary);
    const details = summary.parentElement as HTMLDetailsElement;
    expect(details.open).to.equal(true);
    const host = await hydrate(frame);
    await waitUntil(() => host.openSection === 'panel-2', 'adopted', { timeout: 5_000 });
    expect(root.querySelectorAll('summary')[2], 'the same node').to.equal(summary);
    expect(details.open).to.equal(true);
    (summary as HTMLElement).focus();
    await sendKeys({ press: 'Escape' });
    await host.updateComplete;
    expect(details.open).to.equal(false);
    expect(host.openSection).to.equal(undefined);
  });

  it('the sheet opened by the Menu button becomes the drawer, with the navigation in it', async function () {
    this.timeout(40_000);
    frame = await frameWith(markup, 375);
    const root = frame.contentDocument!.querySelector('muni-mega-menu')!.shadowRoot!;
    await click(frame, root.querySelector('[part="menu-button"]')!);
    expect(root.querySelector('.inline-home')!.matches(':popover-open')).to.equal(true);
    const host = await hydrate(frame);
    await waitUntil(() => host.drawerOpen, 'the drawer', { timeout: 5_000 });
    await host.updateComplete;
    const dialog = root.querySelector('dialog')!;
    expect(dialog.open).to.equal(true);
    expect(dialog.querySelector('nav'), 'the navigation is in the drawer').to.exist;
    expect(root.querySelector('.inline-home')!.matches(':popover-open')).to.equal(false);
    await host.hideDrawer();
    expect(dialog.open).to.equal(false);
  });
});
