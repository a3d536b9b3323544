/*
 * MuniElement's hydration takes turns: server-rendered elements that wait for the same data
 * document hydrate one per task, each after yielding to the browser, and then update to their
 * live state one per task, instead of all in the one task in which the document arrives (a
 * long task on a phone: no paint, no input meanwhile). Until its live state is rendered, an
 * element keeps the server's rendered-* attributes (some styles key on them).
 * The fixtures are the hydration test's (src/server/hydration.test.ts): the build's server
 * renderer, served by the test server as `/__muni-ssr/fixtures.json`.
 */
// First, before lit: Lit's hydration support, as the embed bundle loads it.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { stubIdleCallback } from '../test/idle-callback.js';
import { idleFallbackDelay } from './hydration-scheduler.js';
import type { MuniElement } from './muni-element.js';

type Yielding = { yield?: () => Promise<void> };

const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve));

describe('hydration takes turns', () => {
  // Elements with live state: they hydrate without an interaction (final ones wait: see below).
  const keys = [
    'muni-site-header:bg',
    'muni-mega-menu:bg',
    'muni-contact-footer:bg',
    'muni-display-settings:bg',
  ];
  const container = document.createElement('div');
  const global = globalThis as { scheduler?: Yielding };
  const ownScheduler = global.scheduler === undefined;
  const scheduler: Yielding = (global.scheduler ??= {});
  const browserYield = scheduler.yield?.bind(scheduler);

  after(() => {
    container.remove();
    if (ownScheduler) delete global.scheduler;
    else delete scheduler.yield;
  });

  let fixtures: Record<string, string> = {};
  before(async function () {
    // The first request renders every fixture in a Node process of its own: seconds on a cold,
    // busy machine (CI runs the other packages' tests beside this one).
    this.timeout(60_000);
    fixtures = (await (await fetch('/__muni-ssr/fixtures.json')).json()) as Record<string, string>;
  });

  it('hydrates each element that waited for the document in a task of its own, then makes each live in another', async function () {
    // The test server compiles the whole kit for the first import below, on demand.
    this.timeout(30_000);
    // setHTMLUnsafe parses declarative shadow roots (innerHTML does not).
    (container as HTMLElement & { setHTMLUnsafe(html: string): void }).setHTMLUnsafe(
      keys.map((key) => fixtures[key]).join(''),
    );
    // Out of view and untouched: they hydrate when the page is idle, all in the page's order.
    container.style.cssText = 'position: absolute; top: 300vh';
    document.body.append(container);
    const hosts = [...container.children] as MuniElement[];
    expect(hosts.map((host) => host.localName)).to.deep.equal(keys.map((key) => key.split(':')[0]));

    const log: string[] = [];
    const serverRendered = () => hosts.filter((host) => host.hasAttribute('rendered-lang')).length;
    // The kit yields through scheduler.yield() where the browser has it (else a task of its
    // own): watch it; watch each host hydrate (its server stylesheet gives way to adopted ones)
    // and become live (it drops the server's attributes).
    scheduler.yield = () => {
      log.push(`yield (${serverRendered()} server-rendered)`);
      return browserYield ? browserYield() : nextTask();
    };
    for (const host of hosts) {
      const sheets = [...host.shadowRoot!.children].filter(
        (child) => child.localName === 'style' || child.localName === 'link',
      );
      expect(sheets.length, `${host.localName}: the server's stylesheet`).to.be.greaterThan(0);
      for (const sheet of sheets) {
        sheet.remove = function () {
          if (!log.includes(`hydrated ${host.localName}`)) log.push(`hydrated ${host.localName}`);
          Element.prototype.remove.call(this);
        };
      }
      host.removeAttribute = function (name: string) {
        if (name === 'rendered-lang') log.push(`live ${this.localName}`);
        Element.prototype.removeAttribute.call(this, name);
      };
    }

    await import('../index.js');
    for (let i = 0; i < 300 && serverRendered() > 0; i++) await nextTask();
    await Promise.all(hosts.map((host) => host.updateComplete));

    expect(log).to.deep.equal([
      'yield (4 server-rendered)',
      'hydrated muni-site-header',
      'yield (4 server-rendered)',
      'hydrated muni-mega-menu',
      'yield (4 server-rendered)',
      'hydrated muni-contact-footer',
      'yield (4 server-rendered)',
      'hydrated muni-display-settings',
      'yield (4 server-rendered)',
      'live muni-site-header',
      'yield (3 server-rendered)',
      'live muni-mega-menu',
      'yield (2 server-rendered)',
      'live muni-contact-footer',
      'yield (1 server-rendered)',
      'live muni-display-settings',
    ]);
    for (const host of hosts) {
      expect(host.shadowRoot!.querySelector('[role="alert"]'), host.localName).to.equal(null);
      expect(host.hasAttribute('aria-busy'), host.localName).to.equal(false);
    }
  });

  it('keeps a server-rendered element as the server rendered it until needed; a pointerdown hydrates it at once', async () => {
    // The page never idle meanwhile: only the interaction hydrates it.
    stubIdleCallback(() => 0);
    try {
      const below = document.createElement('div');
      below.style.cssText = 'position: absolute; top: 300vh';
      (below as HTMLElement & { setHTMLUnsafe(html: string): void }).setHTMLUnsafe(
        fixtures['muni-mega-menu:en']!,
      );
      container.append(below);
      const host = below.firstElementChild as MuniElement;
      expect(host.hasAttribute('defer-hydration'), 'the server marks it').to.equal(true);
      const link = host.shadowRoot!.querySelector('a')!;
      for (let i = 0; i < 5; i++) await nextTask(); // the data (fetched already) has arrived
      await new Promise((resolve) => requestAnimationFrame(resolve));
      expect(
        host.hasAttribute('defer-hydration'),
        'not needed yet: out of view, untouched',
      ).to.equal(true);
      expect(host.hasUpdated).to.equal(false);
      link.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
      expect(host.hasAttribute('defer-hydration'), 'hydrating in the event itself').to.equal(false);
      await Promise.resolve();
      await Promise.resolve();
      expect(host.hasUpdated, 'hydrated before the click that follows').to.equal(true);
      expect(link.isConnected && host.shadowRoot!.contains(link), 'the same link').to.equal(true);
      await host.updateComplete;
      expect(host.hasAttribute('rendered-lang'), 'then live').to.equal(false);
    } finally {
      sinon.restore();
    }
  });

  it('hydrates an element whose server content is final when the page gives it another data source', async () => {
    const place = document.createElement('div');
    (place as HTMLElement & { setHTMLUnsafe(html: string): void }).setHTMLUnsafe(
      fixtures['muni-breadcrumbs:bg']!,
    );
    container.append(place);
    const host = place.firstElementChild as MuniElement;
    await nextTask();
    expect(host.hasAttribute('defer-hydration'), 'waiting').to.equal(true);
    host.data = (await (await fetch('/packages/domain/data/kazanlak.json')).json()) as unknown;
    for (let i = 0; i < 300 && !host.hasUpdated; i++) await nextTask();
    expect(host.hasAttribute('defer-hydration')).to.equal(false);
    await host.updateComplete;
    expect(host.shadowRoot!.querySelector('nav a')!.textContent!.trim()).to.equal('Начало');
  });

  it('leaves an element whose server content is final as it is, without its data, until the reader interacts with it', async () => {
    // The card's fixture loads kochani.json, which nothing else on this page asks for.
    const fetched = sinon.spy(window, 'fetch');
    const requested = () =>
      fetched.getCalls().some((call) => String(call.args[0]).includes('/data/kochani.json'));
    const place = document.createElement('div');
    (place as HTMLElement & { setHTMLUnsafe(html: string): void }).setHTMLUnsafe(
      fixtures['muni-twin-city-card:stale']!,
    );
    container.append(place);
    const host = place.firstElementChild as MuniElement;
    // In view, and the page idle (or, without requestIdleCallback, past its fallback delay): not
    // needed all the same.
    await new Promise((resolve) =>
      'requestIdleCallback' in window
        ? requestIdleCallback(resolve)
        : setTimeout(resolve, 2 * idleFallbackDelay),
    );
    await new Promise((resolve) => requestAnimationFrame(resolve));
    for (let i = 0; i < 5; i++) await nextTask();
    expect(host.hasAttribute('defer-hydration')).to.equal(true);
    expect(host.hasUpdated).to.equal(false);
    expect(requested(), 'its data not fetched').to.equal(false);
    const { error } = console;
    console.error = () => {}; // the stale fixture's selection error, expected below
    try {
      host.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
      for (let i = 0; i < 300 && !host.hasUpdated; i++) await nextTask();
    } finally {
      console.error = error;
      fetched.restore();
    }
    expect(requested(), 'fetched when needed').to.equal(true);
    // That document no longer has the card's twin city: rendered from scratch, with the error.
    expect(host.shadowRoot!.querySelector('[role="alert"]')).to.exist;
  });
});
