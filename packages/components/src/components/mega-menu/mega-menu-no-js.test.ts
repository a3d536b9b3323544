/*
 * The server-rendered menu without JavaScript: its HTML (from the build's server renderer, as
 * the hydration test gets it) in a sandboxed frame that runs no script at all, where a reader
 * opens every section with a pointer click and with Enter/Space on its summary, and reaches its
 * links. The menu's element is never defined there: what works is the browser's own <details>.
 */
import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';

type Fixtures = Record<string, string>;

/** Space, as a key down and up (a summary acts on the key's release). */
const space = async () => {
  await sendKeys({ down: ' ' });
  await sendKeys({ up: ' ' });
};

/**
 * A frame without `allow-scripts`: scripting is disabled in it; the test reads it from outside.
 * With `scripting`, a frame where scripts may run but none defines the element: a page before
 * its script has run.
 */
const openFrame = async (
  markup: string,
  width: number,
  scripting = false,
): Promise<HTMLIFrameElement> => {
  const frame = document.createElement('iframe');
  if (!scripting) frame.setAttribute('sandbox', 'allow-same-origin');
  frame.style.cssText = `display: block; inline-size: ${width}px; block-size: 700px; border: 0`;
  frame.title = 'server-rendered menu';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="bg"><head><meta charset="utf-8"><title>menu</title></head><body style="margin: 0">${markup}</body></html>`;
  document.body.prepend(frame);
  await loaded;
  return frame;
};

describe('muni-mega-menu without JavaScript (server-rendered)', () => {
  let markup = '';

  // Room for the widest frame: a click can only land inside the test page's viewport.
  beforeEach(() => setViewport({ width: 1100, height: 800 }));
  afterEach(() => setViewport({ width: 800, height: 600 }));

  before(async function () {
    // The first request renders every fixture in a Node process of its own.
    this.timeout(60_000);
    markup = ((await (await fetch('/__muni-ssr/fixtures.json')).json()) as Fixtures)[
      'muni-mega-menu:bg'
    ]!;
  });

  for (const width of [1024, 375]) {
    describe(`${width} px wide`, () => {
      let frame: HTMLIFrameElement;
      let root: ShadowRoot;
      const summaries = () => [...root.querySelectorAll<HTMLElement>('summary')];
      const openPanels = () =>
        [...root.querySelectorAll<HTMLDetailsElement>('details')]
          .filter((details) => details.open)
          .map((details) => details.querySelector('[part="panel"]')!.id);
      /** The panel's first link is shown, not covered, and the next Tab stop after its summary. */
      const expectReachable = async (summary: HTMLElement) => {
        const panel = summary.nextElementSibling as HTMLElement;
        const link = panel.querySelector<HTMLAnchorElement>('a[href]')!;
        expect(link.checkVisibility(), `${panel.id}: its first link is shown`).to.equal(true);
        // The groups skip rendering until they are found on screen (content-visibility: auto), at the next frame.
        for (let i = 0; i < 2; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
        const box = link.getBoundingClientRect();
        const hit = root.elementFromPoint(
          box.left + Math.min(box.width / 2, 20),
          box.top + box.height / 2,
        );
        expect(link.contains(hit), `${panel.id}: a pointer reaches its first link`).to.equal(true);
        expect(root.activeElement, 'the summary has the focus').to.equal(summary);
        await sendKeys({ press: 'Tab' });
        // Firefox makes a panel that scrolls (taller than the window allows) a stop of its own, before its links.
        if (root.activeElement === panel) await sendKeys({ press: 'Tab' });
        expect(root.activeElement, `${panel.id}: Tab goes on into the panel`).to.equal(link);
      };

      beforeEach(async () => {
        frame = await openFrame(markup, width);
        const host = frame.contentDocument!.querySelector('muni-mega-menu')!;
        expect(
          frame.contentWindow!.customElements.get('muni-mega-menu'),
          'nothing defined the element',
        ).to.equal(undefined);
        root = host.shadowRoot!;
        expect(root, 'the declarative shadow root').to.exist;
      });

      afterEach(() => frame.remove());

      it('opens each section with a pointer click, one at a time, and reaches its links', async () => {
        const all = summaries();
        expect(all).to.have.length(5);
        expect(openPanels()).to.deep.equal([]);
        for (const summary of all) {
          const offset = frame.getBoundingClientRect();
          const box = summary.getBoundingClientRect();
          await sendMouse({
            type: 'click',
            position: [
              Math.round(offset.left + box.left + box.width / 2),
              Math.round(offset.top + box.top + box.height / 2),
            ],
          });
          const panel = summary.nextElementSibling as HTMLElement;
          expect(openPanels(), 'only the clicked section is open').to.deep.equal([panel.id]);
          // WebKit does not focus a summary on click: give it the focus to check the Tab order.
          summary.focus();
          await expectReachable(summary);
        }
      });

      it('opens and closes each section with Enter and Space on its summary, and reaches its links', async () => {
        for (const summary of summaries()) {
          const panel = summary.nextElementSibling as HTMLElement;
          summary.focus();
          await sendKeys({ press: 'Enter' });
          expect(openPanels()).to.deep.equal([panel.id]);
          await space();
          expect(openPanels(), 'Space closes it').to.deep.equal([]);
          await space();
          expect(openPanels(), 'Space opens it').to.deep.equal([panel.id]);
          await expectReachable(summary);
          summary.focus();
          await sendKeys({ press: 'Enter' });
          expect(openPanels(), 'Enter closes it').to.deep.equal([]);
        }
      });
    });
  }

  describe('before hydration, 375 px wide', () => {
    it('opens the bar as a sheet from the Menu button with a pointer click, and each section in it', async () => {
      const frame = await openFrame(markup, 375, true);
      try {
        const root = frame.contentDocument!.querySelector('muni-mega-menu')!.shadowRoot!;
        const button = root.querySelector<HTMLElement>('[part="menu-button"]')!;
        const sheet = root.querySelector<HTMLElement>('.inline-home')!;
        const click = async (element: HTMLElement) => {
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
        // The layout hydration will choose, already: the Menu button, the bar out of sight.
        expect(button.checkVisibility(), 'the Menu button').to.equal(true);
        expect(
          root.querySelector('nav')!.checkVisibility(),
          'the bar waits behind the button',
        ).to.equal(false);
        await click(button);
        expect(sheet.matches(':popover-open'), 'the button opened the sheet').to.equal(true);
        for (const summary of root.querySelectorAll<HTMLElement>('summary')) {
          await click(summary);
          const link = summary.nextElementSibling!.querySelector<HTMLAnchorElement>('a[href]')!;
          expect(
            link.checkVisibility(),
            `${summary.nextElementSibling!.id}: its first link is shown`,
          ).to.equal(true);
        }
        await sendKeys({ press: 'Escape' });
        expect(sheet.matches(':popover-open'), 'Escape closes it').to.equal(false);
      } finally {
        frame.remove();
      }
    });
  });
});
