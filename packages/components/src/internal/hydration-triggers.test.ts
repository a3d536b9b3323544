/*
 * When a server-rendered element hydrates (hydration-scheduler.ts): at once on the reader's
 * first interaction with it, in a turn when it comes into view, in a turn when the page is
 * idle, whichever comes first, never before its data, and once. Plain elements stand in for
 * the kit's: the scheduler only calls their `hydrate`. The idle callback is the test's (a stub
 * it fires), the fallback timer a fake clock's.
 */
import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { stubIdleCallback } from '../test/idle-callback.js';
import {
  hydrateWhenNeeded,
  idleFallbackDelay,
  idleTimeout,
  interactionEvents,
} from './hydration-scheduler.js';

type IdleCallback = () => void;
const nextFrame = (): Promise<void> =>
  new Promise((resolve) => requestAnimationFrame(() => resolve()));
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve));

describe('hydration triggers', () => {
  let idle: IdleCallback[] = [];
  let idleStub: sinon.SinonStub | undefined;
  const placed: HTMLElement[] = [];

  /** An element in view (top) or far below it. */
  const place = (inView: boolean): HTMLElement => {
    const element = document.createElement('div');
    element.tabIndex = 0;
    element.style.cssText = `position: absolute; left: 0; width: 100px; height: 20px; top: ${inView ? '0' : '300vh'}`;
    document.body.append(element);
    placed.push(element);
    return element;
  };
  const fireIdle = (): void => {
    const callbacks = idle;
    idle = [];
    for (const callback of callbacks) callback();
  };
  /** Waits (a few tasks at most) for `done`. */
  const until = async (done: () => boolean): Promise<void> => {
    for (let i = 0; i < 50 && !done(); i++) await nextTask();
  };

  beforeEach(() => {
    idleStub = stubIdleCallback((callback: IdleRequestCallback) => {
      idle.push(() => callback({ didTimeout: false, timeRemaining: () => 50 }));
      return idle.length;
    });
  });
  afterEach(() => {
    // The scheduler asks for one idle callback at a time: answer it, for the next test's sake.
    fireIdle();
    sinon.restore();
    for (const element of placed.splice(0)) element.remove();
  });

  for (const type of interactionEvents) {
    it(`hydrates at once on ${type}, without waiting for a turn or for idle`, async () => {
      const element = place(false);
      const hydrate = sinon.spy();
      hydrateWhenNeeded(element, () => Promise.resolve(), hydrate);
      await Promise.resolve(); // the data's arrival, already there
      expect(hydrate.called, 'nothing before the interaction').to.equal(false);
      element.dispatchEvent(new Event(type, { bubbles: true }));
      expect(hydrate.callCount, 'in the event itself').to.equal(1);
      element.dispatchEvent(new Event(type, { bubbles: true }));
      fireIdle();
      await nextTask();
      expect(hydrate.callCount, 'once').to.equal(1);
    });
  }

  it('on an interaction before the data, hydrates as the data arrives', async () => {
    const element = place(false);
    const hydrate = sinon.spy();
    let arrive: () => void = () => {};
    const arrival = new Promise<void>((resolve) => (arrive = resolve));
    hydrateWhenNeeded(element, () => arrival, hydrate);
    element.dispatchEvent(new Event('pointerdown'));
    await nextTask();
    expect(hydrate.called, 'not without its data').to.equal(false);
    arrive();
    await Promise.resolve();
    await Promise.resolve();
    expect(hydrate.callCount, 'in the same task as the data').to.equal(1);
  });

  it('hydrates an element in view in a turn; one out of view waits for idle', async () => {
    const visible = place(true);
    const below = place(false);
    const hydrateVisible = sinon.spy();
    const hydrateBelow = sinon.spy();
    hydrateWhenNeeded(visible, () => Promise.resolve(), hydrateVisible);
    hydrateWhenNeeded(below, () => Promise.resolve(), hydrateBelow);
    await nextFrame();
    await until(() => hydrateVisible.called);
    expect(hydrateVisible.callCount).to.equal(1);
    expect(hydrateBelow.called, 'out of view, the page not idle yet').to.equal(false);
    // Scrolled into view: it hydrates then.
    below.style.top = '40px';
    await nextFrame();
    await until(() => hydrateBelow.called);
    expect(hydrateBelow.callCount).to.equal(1);
  });

  it('hydrates waiting elements when the page is idle, in their order, each in a turn', async () => {
    const order: string[] = [];
    const first = place(false);
    const second = place(false);
    hydrateWhenNeeded(
      first,
      () => Promise.resolve(),
      () => void order.push('first'),
    );
    hydrateWhenNeeded(
      second,
      () => Promise.resolve(),
      () => void order.push('second'),
    );
    expect(
      idleStub!.calledWith(sinon.match.func, { timeout: idleTimeout }),
      'idle, or at most the timeout',
    ).to.equal(true);
    await nextFrame();
    await nextTask();
    expect(order, 'out of view and untouched').to.deep.equal([]);
    fireIdle();
    expect(order, 'not in the idle callback itself: in turns').to.deep.equal([]);
    await until(() => order.length === 2);
    expect(order).to.deep.equal(['first', 'second']);
  });

  it('without requestIdleCallback, hydrates after the fallback delay (on a fake clock)', async () => {
    sinon.restore();
    // As in Safari, which has no requestIdleCallback.
    if ('requestIdleCallback' in window) sinon.stub(window, 'requestIdleCallback').value(undefined);
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const element = place(false);
    const hydrate = sinon.spy();
    hydrateWhenNeeded(element, () => Promise.resolve(), hydrate);
    await Promise.resolve();
    clock.tick(idleFallbackDelay - 1);
    await Promise.resolve();
    expect(hydrate.called, `not before ${idleFallbackDelay} ms`).to.equal(false);
    clock.tick(1);
    clock.restore();
    await until(() => hydrate.called);
    expect(hydrate.callCount).to.equal(1);
  });

  it('a lazy element (final content) neither loads nor hydrates when visible or idle; an interaction does both', async () => {
    const element = place(true);
    const load = sinon.stub().resolves();
    const hydrate = sinon.spy();
    hydrateWhenNeeded(element, load, hydrate, { lazy: true });
    fireIdle();
    await nextFrame();
    await nextTask();
    await nextTask();
    expect(load.called, 'no data asked for').to.equal(false);
    expect(hydrate.called, 'in view, the page idle: still not needed').to.equal(false);
    element.dispatchEvent(new Event('focusin'));
    expect(load.callCount, 'the data, asked for at the interaction').to.equal(1);
    await until(() => hydrate.called);
    expect(hydrate.callCount).to.equal(1);
    expect(load.callCount).to.equal(1);
  });

  it('a lazy element hydrates when the language where it stands changes', async () => {
    const wrapper = document.createElement('div');
    wrapper.lang = 'bg';
    document.body.append(wrapper);
    placed.push(wrapper);
    const element = document.createElement('div');
    wrapper.append(element);
    const hydrate = sinon.spy();
    hydrateWhenNeeded(element, () => Promise.resolve(), hydrate, { lazy: true });
    document.body.setAttribute('lang', 'mk'); // not where it stands: its wrapper's is in force
    await nextTask();
    expect(hydrate.called, 'the same language where it stands').to.equal(false);
    wrapper.lang = 'en';
    await until(() => hydrate.called);
    document.body.removeAttribute('lang');
    expect(hydrate.callCount).to.equal(1);
  });

  it('never hydrates an element that left the page before it was needed', async () => {
    const element = place(true);
    const hydrate = sinon.spy();
    const stop = hydrateWhenNeeded(element, () => Promise.resolve(), hydrate);
    stop();
    element.dispatchEvent(new Event('pointerdown'));
    fireIdle();
    await nextFrame();
    await nextTask();
    expect(hydrate.called).to.equal(false);
  });
});
