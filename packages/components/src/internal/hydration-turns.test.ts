/*
 * MuniElement's hydration takes turns: server-rendered elements that wait for the same data
 * document hydrate one per task, each after yielding to the browser, instead of all in the one
 * task in which the document arrives (a long task on a phone: no paint, no input meanwhile).
 * The fixtures are the hydration test's (src/server/hydration.test.ts): the build's server
 * renderer, served by the test server as `/__muni-ssr/fixtures.json`.
 */
// First, before lit: Lit's hydration support, as the embed bundle loads it.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { expect } from '@open-wc/testing';
import type { MuniElement } from './muni-element.js';

type Yielding = { yield?: () => Promise<void> };

const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve));

describe('hydration takes turns', () => {
  const keys = ['muni-site-header:bg', 'muni-breadcrumbs:bg', 'muni-twin-city-card:bg', 'muni-side-nav:bg'];
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

  it('hydrates each element that waited for the document in a task of its own, in document order', async () => {
    const fixtures = (await (await fetch('/__muni-ssr/fixtures.json')).json()) as Record<string, string>;
    // setHTMLUnsafe parses declarative shadow roots (innerHTML does not).
    (container as HTMLElement & { setHTMLUnsafe(html: string): void }).setHTMLUnsafe(keys.map((key) => fixtures[key]).join(''));
    document.body.append(container);
    const hosts = [...container.children] as MuniElement[];
    expect(hosts.map((host) => host.localName)).to.deep.equal(keys.map((key) => key.split(':')[0]));

    const log: string[] = [];
    const waiting = () => hosts.filter((host) => host.hasAttribute('rendered-lang')).length;
    // The kit yields through scheduler.yield() where the browser has it (else a task of its
    // own): watch it, and when each host drops the server's attributes (the end of hydration).
    scheduler.yield = () => {
      log.push(`yield (${waiting()} waiting)`);
      return browserYield ? browserYield() : nextTask();
    };
    for (const host of hosts) {
      host.removeAttribute = function (name: string) {
        if (name === 'rendered-lang') log.push(`hydrated ${this.localName}`);
        Element.prototype.removeAttribute.call(this, name);
      };
    }

    await import('../index.js');
    for (let i = 0; i < 300 && waiting() > 0; i++) await nextTask();
    await Promise.all(hosts.map((host) => host.updateComplete));

    expect(log).to.deep.equal([
      'yield (4 waiting)',
      'hydrated muni-site-header',
      'yield (3 waiting)',
      'hydrated muni-breadcrumbs',
      'yield (2 waiting)',
      'hydrated muni-twin-city-card',
      'yield (1 waiting)',
      'hydrated muni-side-nav',
    ]);
    for (const host of hosts) {
      expect(host.shadowRoot!.querySelector('[role="alert"]'), host.localName).to.equal(null);
      expect(host.hasAttribute('aria-busy'), host.localName).to.equal(false);
    }
  });
});
