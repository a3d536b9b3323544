import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { WeatherFeed } from './weather-feed.js';

/** The test server's Open-Meteo stand-in (web-test-runner.config.js). */
const feed = (path: string) => new URL(`/__muni-weather/${path}`, location.href).href;

/** A host that counts its update requests. */
const makeHost = () => {
  const host = {
    controllers: [] as ReactiveController[],
    updates: 0,
    addController(controller: ReactiveController) {
      host.controllers.push(controller);
    },
    removeController() {},
    requestUpdate() {
      host.updates++;
    },
    updateComplete: Promise.resolve(true),
  };
  return host as typeof host & ReactiveControllerHost;
};

/** A clock of timers that run only when the test says so. */
const makeTimers = () => {
  const timers: Array<{ run: () => void; ms: number; cancelled: boolean }> = [];
  return {
    timers,
    schedule: (run: () => void, ms: number) => {
      const timer = { run, ms, cancelled: false };
      timers.push(timer);
      return () => {
        timer.cancelled = true;
      };
    },
    /** The pending timers of `ms`. */
    pending: (ms: number) => timers.filter((timer) => timer.ms === ms && !timer.cancelled),
  };
};

/** Waits (polling, as the answer comes over the network) until `condition` holds. */
const until = async (condition: () => boolean) => {
  for (let i = 0; i < 500 && !condition(); i++)
    await new Promise((resolve) => setTimeout(resolve, 10));
  expect(condition()).to.equal(true);
};

const interval = 30 * 60 * 1000;
const timeout = 10_000;

describe('WeatherFeed', () => {
  it('fetches when connected, and again every 30 minutes, telling the host first', async () => {
    const host = makeHost();
    const clock = makeTimers();
    let intervals = 0;
    const weather = new WeatherFeed(host, {
      schedule: clock.schedule,
      onInterval: () => intervals++,
    });
    expect(host.controllers[0]).to.equal(weather);
    weather.source = feed('count?id=controller-refresh&time=2026-12-04T10:15');
    expect(weather.settled).to.equal(false, 'nothing fetched before the host is connected');
    const first = weather.refresh();
    weather.hostConnected(); // a fetch already under way is not started twice
    await first;
    expect(weather.settled).to.equal(true);
    expect(weather.value).to.deep.equal({
      time: new Date('2026-12-04T08:15:00Z'),
      temperatureCelsius: 1,
      weatherCode: 3,
      condition: 'overcast',
    });
    expect(host.updates).to.equal(1);
    expect(clock.pending(timeout)).to.have.length(0, 'the timeout is cancelled once answered');
    const [next] = clock.pending(interval);
    expect(next, 'the next fetch is scheduled in 30 minutes').not.to.equal(undefined);
    next!.cancelled = true;
    next!.run();
    expect(intervals).to.equal(1);
    await until(() => host.updates === 2);
    expect(weather.value?.temperatureCelsius).to.equal(2, 'the server counted a second request');
    expect(clock.pending(interval)).to.have.length(1, 'one next fetch at a time');
  });

  it('has no reading after an HTTP error, invalid JSON, the wrong shape or a timeout', async () => {
    for (const path of [
      'status?code=500',
      'status?code=400',
      'no-such-feed',
      'invalid-json',
      'wrong-shape',
    ]) {
      const host = makeHost();
      const weather = new WeatherFeed(host, { schedule: makeTimers().schedule });
      weather.hostConnected();
      weather.source = feed('current');
      await weather.refresh();
      expect(weather.value?.temperatureCelsius).to.equal(4.1);
      weather.source = feed(path);
      await weather.refresh();
      expect(weather.settled, path).to.equal(true);
      expect(weather.value, path).to.equal(undefined);
    }
    const host = makeHost();
    const clock = makeTimers();
    const weather = new WeatherFeed(host, { schedule: clock.schedule });
    weather.source = feed('current?delay=5000');
    const answer = weather.refresh();
    clock.pending(timeout)[0]!.run(); // the 10 seconds are up
    await answer;
    expect(weather.settled).to.equal(true);
    expect(weather.value).to.equal(undefined);
    expect(host.updates).to.equal(1);
  });

  it('drops the answer for a source it no longer follows, and stops when disconnected', async () => {
    const host = makeHost();
    const clock = makeTimers();
    const weather = new WeatherFeed(host, { schedule: clock.schedule });
    weather.hostConnected();
    weather.source = feed('current?temperature=9&delay=200');
    const overtaken = weather.refresh();
    weather.source = feed('current?temperature=-2');
    await overtaken;
    expect(weather.value).to.equal(undefined, 'the first answer is not taken for the new source');
    await weather.refresh();
    expect(weather.value?.temperatureCelsius).to.equal(-2);
    weather.source = undefined;
    expect(weather.value).to.equal(undefined);
    expect(weather.settled).to.equal(false);
    await weather.refresh(); // no source: nothing to do
    expect(weather.settled).to.equal(false);

    weather.source = feed('current');
    await weather.refresh();
    expect(clock.pending(interval)).to.have.length(1);
    weather.hostDisconnected();
    expect(clock.pending(interval)).to.have.length(0, 'no fetch after disconnection');
    weather.source = feed('current?temperature=5');
    expect(clock.pending(timeout)).to.have.length(
      0,
      'a new source is not fetched while disconnected',
    );
  });
});
