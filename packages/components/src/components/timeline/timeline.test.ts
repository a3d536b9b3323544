import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import './timeline.js';
import type { MuniTimeline } from './timeline.js';
import {
  captureConsole,
  describeDataContract,
  kazanlak,
  kazanlakUrl,
  mount,
  shadow,
  viewport,
} from '../../test/kit.js';
import { manyEvents } from '../../stories/story-data.js';

describeDataContract({
  tag: 'muni-timeline',
  attributes: { 'twin-city': 'kochani' },
  expectedText: {
    bg: 'Отношенията между двата града продължават да се развиват',
    en: 'Relations between the two towns continue to develop',
  },
  selectsTwinCity: true,
});

const texts = (root: ParentNode, selector: string) =>
  [...root.querySelectorAll(selector)].map((e) => e.textContent!.replace(/\s+/gu, ' ').trim());
const attributes = (root: ParentNode, selector: string, name: string) =>
  [...root.querySelectorAll(selector)].map((e) => e.getAttribute(name));

const kochaniWith = async (history: unknown[]) => {
  const data = await kazanlak();
  data.twinCities.find((city: { id: string }) => city.id === 'kochani').history = history;
  return data;
};

describe('muni-timeline', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('shows the 12 Kochani events, in order, grouped by year under year headings', async () => {
    const element = await mount<MuniTimeline>('muni-timeline', {
      attributes: { src: kazanlakUrl, 'twin-city': 'kochani', lang: 'bg' },
    });
    const root = shadow(element);
    const list = root.querySelector('ol[part="list"]')!;
    expect(list.getAttribute('aria-label')).to.equal('История на партньорството с Кочани');
    expect(root.querySelectorAll('li.event')).to.have.length(12);
    expect(texts(root, 'h3.year')).to.deep.equal([
      '1995',
      '2006',
      '2007',
      '2009',
      '2010',
      '2018',
      '2019',
      '2021',
      '2022',
      '2023',
    ]);
    expect(attributes(root, 'h3.year time', 'datetime')).to.deep.equal([
      '1995',
      '2006',
      '2007',
      '2009',
      '2010',
      '2018',
      '2019',
      '2021',
      '2022',
      '2023',
    ]);
    // Two events in 2019, in the order the history gives them.
    const groups = [...list.children];
    expect(groups).to.have.length(11);
    expect(groups[6]!.querySelectorAll('li.event')).to.have.length(2);
    expect(groups[6]!.querySelector('li.event')!.textContent).to.include('В началото на 2019 г.');
    expect(root.querySelector('li.event')!.textContent).to.include('В края на 1995г.');
  });

  it('writes each date as precisely as it is known, with a machine-readable datetime', async () => {
    const bg = await mount<MuniTimeline>('muni-timeline', {
      attributes: { src: kazanlakUrl, 'twin-city': 'kochani', lang: 'bg' },
    });
    expect(texts(shadow(bg), 'time.date')).to.deep.equal(['5 юни 2021']);
    expect(attributes(shadow(bg), 'time.date', 'datetime')).to.deep.equal(['2021-06-05']);
    const en = await mount<MuniTimeline>('muni-timeline', {
      attributes: { src: kazanlakUrl, 'twin-city': 'kochani', lang: 'en' },
    });
    expect(texts(shadow(en), 'time.date')).to.deep.equal(['5 June 2021']);
    expect(shadow(en).querySelector('ol[part="list"]')!.getAttribute('aria-label')).to.equal(
      'History of the partnership with Kochani',
    );

    const element = await mount<MuniTimeline>('muni-timeline', {
      attributes: { 'twin-city': 'kochani', lang: 'bg' },
      data: await kochaniWith([
        { date: '2019', text: 'a' },
        { date: '2021-06', text: 'b' },
        { date: '2021-06-05', text: 'c' },
      ]),
    });
    const root = shadow(element);
    expect(texts(root, '.year')).to.deep.equal(['2019', '2021']);
    expect(texts(root, 'time.date')).to.deep.equal(['юни 2021', '5 юни 2021']);
    expect(attributes(root, 'time.date', 'datetime')).to.deep.equal(['2021-06', '2021-06-05']);
    element.setAttribute('lang', 'en');
    await new Promise((resolve) => setTimeout(resolve));
    await element.updateComplete;
    expect(texts(root, 'time.date')).to.deep.equal(['June 2021', '5 June 2021']);
  });

  it('keeps an undated event where the history puts it, in a group without a heading', async () => {
    const element = await mount<MuniTimeline>('muni-timeline', {
      attributes: { src: kazanlakUrl, 'twin-city': 'kochani', lang: 'en' },
    });
    const groups = [...shadow(element).querySelectorAll('li.group')];
    const last = groups[groups.length - 1]!;
    expect(last.classList.contains('undated')).to.equal(true);
    expect(last.querySelector('h1, h2, h3, h4, h5, h6, time')).to.equal(null);
    expect(last.textContent).to.include('Relations between the two towns continue to develop');
    // The line ends at the last event: the last group draws it only between its own dots.
    expect(getComputedStyle(last, '::before').display).to.equal('none');
  });

  it('links an event that has a link, and shows fallback text in its own language', async () => {
    const element = await mount<MuniTimeline>('muni-timeline', {
      attributes: { 'twin-city': 'kochani', lang: 'en' },
      data: await kochaniWith([
        {
          date: '2021',
          text: { bg: 'Празник на розата', en: 'Rose Festival' },
          url: 'https://kazanlak.bg/rose-festival',
        },
        { date: '2022', text: { bg: 'Само на български' } },
      ]),
    });
    const root = shadow(element);
    const link = root.querySelector<HTMLAnchorElement>('a[part="link"]')!;
    expect(link.getAttribute('href')).to.equal('https://kazanlak.bg/rose-festival');
    expect(link.textContent).to.equal('Rose Festival');
    expect(root.querySelector('span[lang="bg"]')!.textContent).to.equal('Само на български');
    await expect(element).to.be.accessible();
  });

  it('shows fallback text in its own language inside a link and beside a date', async () => {
    const element = await mount<MuniTimeline>('muni-timeline', {
      attributes: { 'twin-city': 'kochani', lang: 'en' },
      data: await kochaniWith([
        { date: '2021-06-05', text: { bg: 'Само на български' }, url: 'https://kazanlak.bg/a' },
        { text: { bg: 'Без дата' }, url: 'https://kazanlak.bg/b' },
        { date: '2020-06', text: { bg: 'Дата без връзка' } },
      ]),
    });
    const root = shadow(element);
    const links = [...root.querySelectorAll('a[part="link"]')];
    expect(links.map((link) => link.querySelector('span[lang="bg"]')?.textContent)).to.deep.equal([
      'Само на български',
      'Без дата',
    ]);
    expect(texts(root, 'time.date')).to.deep.equal(['5 June 2021', 'June 2020']);
    expect(root.querySelector('ol')!.textContent).not.to.include('[object');
    await expect(element).to.be.accessible();
  });

  it('sets the level of the year headings with heading-level, clamped to 1–6', async () => {
    const element = await mount<MuniTimeline>('muni-timeline', {
      attributes: { src: kazanlakUrl, 'twin-city': 'kochani', 'heading-level': '2' },
    });
    const root = shadow(element);
    expect(root.querySelectorAll('h2.year')).to.have.length(10);
    element.headingLevel = 5;
    await element.updateComplete;
    expect(root.querySelectorAll('h5.year')).to.have.length(10);
    expect(root.querySelectorAll('h2')).to.have.length(0);
    element.setAttribute('heading-level', '9');
    await element.updateComplete;
    expect(root.querySelectorAll('h6.year')).to.have.length(10);
    element.setAttribute('heading-level', 'none');
    await element.updateComplete;
    expect(root.querySelectorAll('h3.year')).to.have.length(10);
  });

  it('re-renders when twin-city changes, and reports a missing or unknown one', async () => {
    const data = await kazanlak();
    data.twinCities.find((city: { id: string }) => city.id === 'cremona').history = [
      { date: '2004', text: { bg: 'Кремона', en: 'Cremona' } },
    ];
    const element = await mount<MuniTimeline>('muni-timeline', {
      attributes: { 'twin-city': 'kochani', lang: 'en' },
      data,
    });
    const root = shadow(element);
    expect(root.querySelectorAll('li.event')).to.have.length(12);
    element.twinCity = 'cremona';
    await element.updateComplete;
    expect(texts(root, 'li.event')).to.deep.equal(['Cremona']);
    expect(root.querySelector('ol')!.getAttribute('aria-label')).to.equal(
      'History of the partnership with Cremona',
    );

    const { errors } = await captureConsole(async () => {
      element.removeAttribute('twin-city');
      await element.updateComplete;
    });
    expect(errors).to.have.length(1);
    expect(errors[0]).to.include('twin-city with the id ""');
    expect(root.querySelector('[role="alert"]')).to.exist;

    element.setAttribute('twin-city', 'kochani');
    await element.updateComplete;
    expect(root.querySelector('[role="alert"]')).to.equal(null);
    expect(root.querySelectorAll('li.event')).to.have.length(12);
  });

  it('says so when the history has no events', async () => {
    for (const history of [[], undefined]) {
      const data = await kochaniWith([]);
      if (history === undefined)
        delete data.twinCities.find((city: { id: string }) => city.id === 'kochani').history;
      const element = await mount<MuniTimeline>('muni-timeline', {
        attributes: { 'twin-city': 'kochani', lang: 'bg' },
        data,
      });
      expect(shadow(element).querySelector('[part="empty"]')!.textContent).to.equal(
        'В тази история все още няма събития.',
      );
      expect(shadow(element).querySelector('ol')).to.equal(null);
      await expect(element).to.be.accessible();
    }
  });

  // How fast is for the growth benchmark (bench/run.js); this holds what 10,000 events render.
  it('renders 10,000 events in one pass', async function () {
    // Big documents: room for a busy machine (what counts is what renders, not how fast).
    this.timeout(60_000);
    const data = await kochaniWith(manyEvents(10_000));
    const element = await mount<MuniTimeline>('muni-timeline', {
      attributes: { 'twin-city': 'kochani', lang: 'en' },
      data,
    });
    const root = shadow(element);
    expect(root.querySelectorAll('li.event')).to.have.length(10_000);
    expect(element.getBoundingClientRect().height).to.be.greaterThan(0);
    // A long history: the lists of events skip layout off screen until laid out (the one laid
    // out last here), the groups with their year headings never do.
    const groups = [...root.querySelectorAll('li.group')];
    expect(
      groups.every((group) => getComputedStyle(group).contentVisibility === 'visible'),
    ).to.equal(true);
    expect(getComputedStyle(groups.at(-2)!.querySelector('ol.events')!).contentVisibility).to.equal(
      'auto',
    );
    expect(root.querySelectorAll('li.group.undated').length).to.be.greaterThan(0);
    expect(root.querySelector('time.date')!.textContent).to.match(/^[A-Z][a-z]+ 1900$/u);
  });

  it('keeps no year heading, and soon no event, out of the accessibility tree: a long history is laid out a batch per frame', async function () {
    this.timeout(60_000);
    // Chromium leaves what content-visibility skips out of its accessibility tree.
    const shown = (element: Element) => element.checkVisibility({ contentVisibilityAuto: true });
    const element = await mount<MuniTimeline>('muni-timeline', {
      attributes: { 'twin-city': 'kochani', lang: 'en' },
      data: await kochaniWith(manyEvents(2_000)),
    });
    const root = shadow(element);
    expect(root.querySelector('ol.progressive')).to.not.equal(null);
    const headings = [...root.querySelectorAll('.year')];
    expect(headings.length).to.be.greaterThan(100);
    expect(headings.every(shown)).to.equal(true);
    const events = [...root.querySelectorAll('li.event')];
    expect(events.filter(shown).length).to.be.lessThan(1_000);
    let frames = 0;
    while (root.querySelector('.progressive > .group:not(.laid-out)') && frames++ < 600)
      await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(events.filter(shown)).to.have.length(2_000);
    // A short history is never skipped at all.
    const short = await mount<MuniTimeline>('muni-timeline', {
      attributes: { src: kazanlakUrl, 'twin-city': 'kochani', lang: 'en' },
    });
    expect(shadow(short).querySelector('.progressive')).to.equal(null);
    expect([...shadow(short).querySelectorAll('.year, li.event')].every(shown)).to.equal(true);
  });

  it('does not scroll sideways at 320 px, even with very long words', async () => {
    await viewport(320, 640);
    const long = 'Побратименоградскосътрудничествоикултуренобмен'.repeat(3);
    const element = await mount<MuniTimeline>('muni-timeline', {
      attributes: { 'twin-city': 'kochani', lang: 'bg' },
      data: await kochaniWith([
        { date: '2021-06-05', text: `${long} ${long}`, url: 'https://kazanlak.bg/' },
        { text: long },
      ]),
    });
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    expect(element.scrollWidth).to.be.at.most(element.clientWidth);
    await expect(element).to.be.accessible();
  });

  it('lays the line out at the inline start, on the right in right-to-left text', async () => {
    const element = await mount<MuniTimeline>('muni-timeline', {
      attributes: { src: kazanlakUrl, 'twin-city': 'kochani', lang: 'en' },
    });
    const event = shadow(element).querySelector('li.event')!;
    const ltrDot = getComputedStyle(event, '::before');
    expect(ltrDot.left).to.match(/^-/u);
    element.setAttribute('dir', 'rtl');
    await element.updateComplete;
    const rtlDot = getComputedStyle(event, '::before');
    expect(rtlDot.right).to.match(/^-/u);
  });

  it('renders long years and runs of short ones in order, and switches language in place', async () => {
    // 70 events in 1900 (more than one template's run), then 40 years of one event each, an
    // undated event in between, every kind of event (plain, linked, dated, dated and linked).
    const history = [
      ...Array.from({ length: 70 }, (_, i) => ({
        date:
          i % 3 === 0
            ? '1900'
            : i % 3 === 1
              ? `1900-${String((i % 12) + 1).padStart(2, '0')}`
              : '1900-02-03',
        text: { bg: `Събитие ${i}`, en: `Event ${i}` },
        ...(i % 4 === 0 ? { url: `https://kazanlak.bg/e/${i}` } : {}),
      })),
      { text: { bg: 'Без дата', en: 'Undated' } },
      ...Array.from({ length: 40 }, (_, i) => ({
        date: `${1901 + i}-11`,
        text: { bg: `Година ${i}`, en: `Year ${i}` },
        ...(i % 5 === 0 ? { url: `https://kazanlak.bg/y/${i}` } : {}),
      })),
    ];
    const element = await mount<MuniTimeline>('muni-timeline', {
      attributes: { 'twin-city': 'kochani', lang: 'bg' },
      data: await kochaniWith(history),
    });
    const root = shadow(element);
    const events = [...root.querySelectorAll('li.event')];
    expect(events).to.have.length(111);
    expect(texts(root, 'li.event a[part="link"]')).to.have.length(18 + 8);
    expect(
      events.map((e) => e.querySelector('a')?.textContent ?? e.lastChild!.textContent),
    ).to.deep.equal(history.map((event) => event.text.bg));
    const groups = [...root.querySelectorAll('ol[part="list"] > li.group')];
    expect(groups).to.have.length(42);
    expect(groups[0]!.querySelectorAll(':scope > ol > li.event')).to.have.length(70);
    expect(groups[1]!.classList.contains('undated')).to.equal(true);
    expect(texts(root, 'h3.year')).to.deep.equal([
      '1900',
      ...Array.from({ length: 40 }, (_, i) => String(1901 + i)),
    ]);
    expect(texts(root, 'time.date').slice(0, 3)).to.deep.equal([
      'февруари 1900',
      '3 февруари 1900',
      'май 1900',
    ]);
    expect(attributes(root, 'time.date', 'datetime').slice(0, 2)).to.deep.equal([
      '1900-02',
      '1900-02-03',
    ]);
    expect(root.querySelector('li.event a')!.getAttribute('href')).to.equal(
      'https://kazanlak.bg/e/0',
    );

    element.setAttribute('lang', 'en');
    await new Promise((resolve) => setTimeout(resolve));
    await element.updateComplete;
    const after = [...root.querySelectorAll('li.event')];
    // The same elements, with their text in English.
    expect(after.every((e, i) => e === events[i])).to.equal(true);
    expect(texts(root, 'time.date').slice(0, 3)).to.deep.equal([
      'February 1900',
      '3 February 1900',
      'May 1900',
    ]);
    expect(after.at(-1)!.textContent).to.equal('November 1940\nYear 39');
  });
});
