import { expect, fixture, html } from '@open-wc/testing';
import './site-header.js';
import type { MuniSiteHeader } from './site-header.js';
import type { WeatherFeed } from '../../internal/weather-feed.js';
import { dataDirectoryUrl, kazanlak, settled, shadow } from '../../test/kit.js';

const kochaniUrl = new URL('../../../../domain/data/kochani.json', import.meta.url).href;
const kochani = async (): Promise<Record<string, any>> => (await fetch(kochaniUrl)).json();

/** The test server's Open-Meteo stand-in (web-test-runner.config.js). */
const feed = (path: string) => new URL(`/__muni-weather/${path}`, location.href).href;

// 10:00 in Sofia on Friday 4 December 2026 (UTC+2): the fixed clock of every test.
const now = new Date('2026-12-04T08:00:00Z');
/** Open-Meteo's local time for Sofia, `minutes` before `now`. */
const sofiaTime = (minutesAgo: number) =>
  new Date(now.getTime() + 2 * 3_600_000 - minutesAgo * 60_000).toISOString().slice(0, 16);

const textOf = (node: Element | null | undefined) =>
  node?.textContent?.replace(/\s+/gu, ' ').trim() ?? '';
const celsius = (locale: string, value: number) =>
  new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: 'celsius',
    maximumFractionDigits: 1,
  }).format(value);

const feedOf = (element: MuniSiteHeader) =>
  (element as unknown as { liveWeather: { feed: WeatherFeed } }).liveWeather.feed;

/** Waits (polling: the feed comes over the network) until the header's feed has answered. */
const weatherSettled = async (element: MuniSiteHeader) => {
  for (let i = 0; i < 500 && !feedOf(element).settled; i++)
    await new Promise((resolve) => setTimeout(resolve, 10));
  expect(feedOf(element).settled).to.equal(true, 'the feed answered');
  await element.updateComplete;
};

/** A Kazanlak header at the fixed clock whose data points `weather.src` at `src` (or has `weather` as given). */
const header = async (weather: unknown, { lang = 'bg', base = kazanlak } = {}) => {
  const data = await base();
  if (weather === undefined) delete data.weather;
  else data.weather = typeof weather === 'string' ? { src: weather } : weather;
  const element = document.createElement('muni-site-header');
  element.now = now;
  element.baseUrl = dataDirectoryUrl;
  element.data = data;
  element.setAttribute('lang', lang);
  (await fixture<HTMLDivElement>(html`<div></div>`)).append(element);
  await settled(element);
  return element;
};

const weatherPart = (element: MuniSiteHeader) =>
  shadow(element).querySelector<HTMLElement>('[part="weather"]')!;

/** Nothing of the weather: the part hidden, no temperature, no placeholder, no icon. */
const expectNoWeather = (element: MuniSiteHeader, why: string) => {
  const part = weatherPart(element);
  expect(part.hidden, why).to.equal(true);
  expect(textOf(part), why).to.equal('');
  expect(part.querySelector('svg'), why).to.equal(null);
  expect(shadow(element).textContent, why).not.to.match(/°|℃/u);
};

describe('muni-site-header weather', () => {
  it('shows the temperature and the condition of a fresh reading, with a decorative icon, in each language', async () => {
    const src = feed(`current?time=${sofiaTime(20)}&temperature=4.1&code=3`);
    for (const [lang, condition] of [
      ['bg', 'облачно'],
      ['en', 'cloudy'],
    ] as const) {
      const element = await header(src, { lang });
      await weatherSettled(element);
      const part = weatherPart(element);
      expect(part.hidden).to.equal(false);
      expect(textOf(part)).to.equal(`${celsius(lang === 'en' ? 'en-GB' : lang, 4.1)} ${condition}`);
      const icon = part.querySelector('svg')!;
      expect(icon.getAttribute('aria-hidden')).to.equal('true');
      expect(icon.getAttribute('focusable')).to.equal('false');
      await expect(element).to.be.accessible();
      element.parentElement!.remove(); // one banner in the page at a time
    }
    // Below zero, snow, in Macedonian (Kochani's document; the same time zone's offset).
    const element = await header(feed(`current?time=${sofiaTime(5)}&temperature=-3.5&code=73`), {
      lang: 'mk',
      base: kochani,
    });
    await weatherSettled(element);
    expect(textOf(weatherPart(element))).to.equal(`${celsius('mk', -3.5)} снег`);
  });

  it('renders the rest of the header first: the weather comes when the feed answers', async () => {
    const element = await header(feed(`current?time=${sofiaTime(0)}&delay=300`));
    expect(textOf(shadow(element).querySelector('[part="name"]'))).to.equal('Община Казанлък');
    expect(shadow(element).querySelector('time')!.getAttribute('datetime')).to.equal('2026-12-04');
    expect(feedOf(element).settled).to.equal(false, 'the feed has not answered yet');
    expectNoWeather(element, 'while the feed is on its way');
    await weatherSettled(element);
    expect(weatherPart(element).hidden).to.equal(false);
  });

  it('shows nothing for a reading more than three hours old, or from the future', async () => {
    const justFresh = await header(feed(`current?time=${sofiaTime(180)}`));
    await weatherSettled(justFresh);
    expect(weatherPart(justFresh).hidden).to.equal(false, 'three hours old: still shown');
    for (const [path, why] of [
      [`current?time=${sofiaTime(181)}`, 'three hours and a minute old'],
      [`current?time=2026-12-03T10:00`, 'yesterday'],
      [`current?time=${sofiaTime(0)}&offset=0`, 'Sofia time read as UTC: two hours ahead'],
    ] as const) {
      const element = await header(feed(path));
      await weatherSettled(element);
      expectNoWeather(element, why);
    }
  });

  it('shows nothing when the feed fails, is malformed, is missing or is not configured', async () => {
    for (const path of [
      'status?code=500',
      'status?code=400',
      'invalid-json',
      'wrong-shape',
      'no-such-feed',
    ]) {
      const element = await header(feed(path));
      await weatherSettled(element);
      expectNoWeather(element, path);
      expect(shadow(element).querySelector('[role="alert"]'), 'the header itself is fine').to.equal(
        null,
      );
    }
    const none = await header(undefined);
    expectNoWeather(none, 'no weather in the data');
    expect(feedOf(none).source).to.equal(undefined, 'nothing fetched');
    // Data of an earlier version, with a fixed temperature: never shown.
    const old = await header({ temperatureCelsius: 0 });
    expectNoWeather(old, 'a fixed temperature');
    expect(feedOf(old).source).to.equal(undefined);
  });

  it('refreshes: a new reading replaces the old one, a failed refresh removes it', async () => {
    // The stand-in counts requests per id: an id of this test's own.
    const id = 'header-refresh';
    const element = await header(feed(`count?id=${id}&time=${sofiaTime(10)}`), { lang: 'en' });
    await weatherSettled(element);
    expect(textOf(weatherPart(element))).to.equal(`${celsius('en-GB', 1)} cloudy`);
    await feedOf(element).refresh();
    await element.updateComplete;
    expect(textOf(weatherPart(element))).to.equal(`${celsius('en-GB', 2)} cloudy`);
    // The data file changes to point at a feed that fails (as a refresh of a broken feed would).
    const data = structuredClone(element.data) as Record<string, any>;
    data.weather.src = feed('status?code=503');
    element.data = data;
    await settled(element);
    await weatherSettled(element);
    expectNoWeather(element, 'the feed now fails');
  });

  it('shows a feed document given as the weather property (server rendering), when fresh at now', async () => {
    const document = (time: string) => ({
      utc_offset_seconds: 7200,
      timezone: 'Europe/Sofia',
      current: { time, temperature_2m: 21.5, weather_code: 0 },
    });
    const element = await header(feed('status?code=500'));
    element.weather = document(sofiaTime(30));
    await element.updateComplete;
    expect(textOf(weatherPart(element))).to.equal(`${celsius('bg', 21.5)} ясно`);
    expect(feedOf(element).source).to.equal(undefined, 'the feed is not fetched meanwhile');
    element.weather = document(sofiaTime(200));
    await element.updateComplete;
    expectNoWeather(element, 'a stale document');
    element.weather = { current: {} };
    await element.updateComplete;
    expectNoWeather(element, 'a malformed document');
  });

  it('gives way to a weather slot', async () => {
    const element = await header(feed(`current?time=${sofiaTime(0)}`));
    await weatherSettled(element);
    const widget = document.createElement('span');
    widget.slot = 'weather';
    widget.textContent = 'Our own widget';
    element.append(widget);
    await new Promise((resolve) => setTimeout(resolve));
    await element.updateComplete;
    const slot = weatherPart(element).querySelector('slot')!;
    expect(slot.assignedElements()[0]).to.equal(widget);
  });
});
