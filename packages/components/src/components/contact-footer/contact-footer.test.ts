import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import sinon from 'sinon';
import './contact-footer.js';
import type { MuniContactFooter } from './contact-footer.js';
import {
  describeDataContract,
  inPrint,
  kazanlak,
  kazanlakUrl,
  mount,
  shadow,
  viewport,
} from '../../test/kit.js';

describeDataContract({
  tag: 'muni-contact-footer',
  expectedText: { bg: 'Горещ телефон за сигнали', en: 'Hotline for reports' },
});

/** Instants in Sofia (UTC+3 in summer, UTC+2 in winter). Monday 23 June 2025 unless said. */
const sofia = {
  monday10: new Date('2025-06-23T07:00:00Z'),
  monday1245: new Date('2025-06-23T09:45:00Z'),
  monday1715: new Date('2025-06-23T14:15:00Z'),
  monday23: new Date('2025-06-23T20:00:00Z'),
  saturday11: new Date('2025-06-28T08:00:00Z'),
};

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/gu, ' ').trim();

const footer = (
  lang: string,
  now?: Date | (() => Date),
  data?: unknown,
  attributes: Record<string, string> = {},
) =>
  mount<MuniContactFooter>('muni-contact-footer', {
    attributes: { lang, ...(data ? {} : { src: kazanlakUrl }), ...attributes },
    ...(data ? { data } : {}),
  }).then(async (element) => {
    if (now) {
      element.now = now;
      await element.updateComplete;
    }
    return element;
  });

/** The status line of each schedule, in order. */
const statuses = (element: Element) =>
  [...shadow(element).querySelectorAll('[part="status"]')].map((p) => squash(p.textContent));

const hrefs = (root: ParentNode, selector: string) =>
  [...root.querySelectorAll<HTMLAnchorElement>(selector)].map((a) => a.getAttribute('href'));

/** A few frames: the resize observer reports after layout and the element measures in the frame after. */
const nextFrame = async () => {
  for (let i = 0; i < 4; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
};

describe('muni-contact-footer', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it("adds no contentinfo landmark inside the page's own footer", async () => {
    const page = await fixture<HTMLElement>(
      html`<footer><p>CMS theme footer</p><div class="slot"></div></footer>`,
    );
    const element = document.createElement('muni-contact-footer');
    element.setAttribute('src', kazanlakUrl);
    element.setAttribute('lang', 'bg');
    page.querySelector('.slot')!.append(element);
    await waitUntil(() => shadow(element).querySelector('footer'), 'rendered', { timeout: 10_000 });
    expect(shadow(element).querySelector('footer')!.getAttribute('role')).to.equal('none');
    await expect(page).to.be.accessible();
  });

  it('is a contentinfo landmark with every documented part', async () => {
    const element = await footer('bg', sofia.monday10);
    const root = shadow(element);
    const landmark = root.querySelector('footer')!;
    expect(landmark.getAttribute('role')).to.equal('contentinfo');
    expect(landmark.getAttribute('part')).to.equal('footer');
    for (const part of [
      'brand',
      'address',
      'phones',
      'office-hours',
      'status',
      'hotline',
      'contacts',
      'social',
      'legal',
      'copyright',
    ]) {
      expect(root.querySelector(`[part~="${part}"]`), part).to.exist;
    }
    expect(root.querySelector('[part="address"]')!.localName).to.equal('address');
    expect(root.querySelector('[part="legal"]')!.localName).to.equal('nav');
    expect(root.querySelector('[part="legal"]')!.getAttribute('aria-label')).to.equal(
      'Информация за сайта',
    );
  });

  it('shows the coat of arms, the name and tagline, and the postal address in both languages', async () => {
    const bg = shadow(await footer('bg'));
    const arms = bg.querySelector<HTMLImageElement>('[part="brand"] img')!;
    expect(arms.getAttribute('src')).to.equal(
      new URL('kazanlak-coat-of-arms.svg', kazanlakUrl).href,
    );
    expect(arms.alt).to.equal('Герб на община Казанлък');
    expect(arms.getAttribute('width')).to.equal('100');
    expect(squash(bg.querySelector('[part="brand"]')!.textContent)).to.equal(
      'Община Казанлък официален уеб сайт',
    );
    expect(squash(bg.querySelector('.postal')!.textContent)).to.equal(
      'бул. "Розова Долина" 6 6100 гр. Казанлък',
    );
    const en = shadow(await footer('en'));
    expect(squash(en.querySelector('[part="brand"]')!.textContent)).to.equal(
      'Kazanlak Municipality official website',
    );
    expect(squash(en.querySelector('.postal')!.textContent)).to.equal(
      '6 Rozova Dolina Blvd. 6100 Kazanlak',
    );
  });

  it('links phones with E.164 tel: URLs, shows them as written, and keeps the fax as text', async () => {
    const root = shadow(await footer('bg'));
    const phones = root.querySelector('[part="phones"]')!;
    const lines = [...phones.querySelectorAll('li')].map((li) => squash(li.textContent));
    expect(lines).to.deep.equal([
      '0431/98201 – Технически сътрудник на кмета',
      '0431/98201 – факс',
    ]);
    expect(hrefs(phones, 'a')).to.deep.equal(['tel:+35943198201']);
    expect(phones.querySelector('a')!.textContent).to.equal('0431/98201');
    expect(phones.querySelector('li.fax a')).to.equal(null);
    for (const href of hrefs(root, 'a[href^="tel:"]')) expect(href).to.match(/^tel:\+359\d{8,9}$/u);
    const hotline = root.querySelector<HTMLAnchorElement>('[part="hotline"] a')!;
    expect(hotline.getAttribute('href')).to.equal('tel:+35970040056');
    expect(hotline.textContent).to.equal('0 700 400 56');
    const directory = root.querySelector('[part="contacts"]')!;
    expect(hrefs(directory, 'a[href^="tel:"]')).to.include.members([
      'tel:+35943198346',
      'tel:+35943198373',
      'tel:+35943198497',
      'tel:+359887311884',
    ]);
    const shelter = [...directory.querySelectorAll('a')].find(
      (a) => a.getAttribute('href') === 'tel:+359887311884',
    )!;
    expect(shelter.textContent).to.equal('0887 311 884');
  });

  it('says a fax is a fax whatever its label, and shows a phone without label', async () => {
    const data = await kazanlak();
    data.phones = [
      { number: '0431/98202', kind: 'fax' },
      { number: '0431/98203', kind: 'fax', label: { bg: 'Деловодство', en: 'Registry' } },
      { number: '0431/98204' },
    ];
    const bg = shadow(await footer('bg', undefined, data));
    expect(
      [...bg.querySelectorAll('[part="phones"] li')].map((li) => squash(li.textContent)),
    ).to.deep.equal(['0431/98202 – факс', '0431/98203 – Деловодство, факс', '0431/98204']);
    expect(hrefs(bg, '[part="phones"] a')).to.deep.equal(['tel:+35943198204']);
    const en = shadow(await footer('en', undefined, data));
    expect(squash(en.querySelector('[part="phones"] li')!.textContent)).to.equal(
      '0431/98202 – fax',
    );
  });

  it('links e-mails with mailto:', async () => {
    const root = shadow(await footer('bg'));
    expect(hrefs(root, '[part="address"] a[href^="mailto:"]')).to.deep.equal([
      'mailto:mayor@kazanlak.bg',
    ]);
    expect(hrefs(root, '[part="contacts"] a[href^="mailto:"]')).to.deep.equal([
      'mailto:delovodstvo@kazanlak.bg',
    ]);
    expect(root.querySelector('a[href="mailto:mayor@kazanlak.bg"]')!.textContent).to.equal(
      'mayor@kazanlak.bg',
    );
  });

  it('lists the social networks under a heading, named by the data, with decorative icons', async () => {
    const bg = shadow(await footer('bg'));
    expect(squash(bg.querySelector('[part="social"] h2')!.textContent)).to.equal(
      'Община Казанлък в социалните медии',
    );
    const links = [...bg.querySelectorAll<HTMLAnchorElement>('[part="social"] a')];
    expect(links.map((a) => squash(a.textContent))).to.deep.equal([
      'Община Казанлък във Facebook',
      'Община Казанлък в YouTube',
    ]);
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([
      'https://www.facebook.com/obshtinakazanlak',
      'https://www.youtube.com/@obshtinakazanlak',
    ]);
    for (const link of links) {
      const icon = link.querySelector('svg')!;
      expect(icon.getAttribute('aria-hidden')).to.equal('true');
      expect(icon.querySelector('path')).to.exist;
    }
    const en = shadow(await footer('en'));
    expect(squash(en.querySelector('[part="social"] h2')!.textContent)).to.equal(
      'Kazanlak Municipality on social media',
    );
  });

  it('draws an icon for every network', async () => {
    const data = await kazanlak();
    data.socialLinks = ['facebook', 'instagram', 'youtube', 'x', 'linkedin', 'tiktok', 'other'].map(
      (network) => ({
        network,
        label: `Kazanlak on ${network}`,
        url: `https://example.org/${network}`,
      }),
    );
    const root = shadow(await footer('en', undefined, data));
    const paths = [...root.querySelectorAll('[part="social"] svg path')].map((path) =>
      path.getAttribute('d'),
    );
    expect(paths).to.have.length(7);
    expect(new Set(paths).size).to.equal(7);
  });

  it('summarizes each schedule in words', async () => {
    const bg = shadow(await footer('bg', sofia.monday10));
    const names = [...bg.querySelectorAll('[part="office-hours"] h3')].map((h) =>
      squash(h.textContent),
    );
    expect(names).to.deep.equal([
      'Център за административно обслужване на гражданите',
      'Кметства',
      'Общинска администрация',
    ]);
    expect([...bg.querySelectorAll('.summary')].map((p) => squash(p.textContent))).to.deep.equal([
      'Делнични дни от 8:30 до 17:00',
      'Делнични дни от 8:00 до 17:00',
      'Делнични дни от 8:30 до 17:30, почивка 12:30–13:30',
    ]);
    const en = shadow(await footer('en', sofia.monday10));
    expect(squash(en.querySelector('[part="office-hours"] h2')!.textContent)).to.equal(
      'Working hours',
    );
    expect(squash(en.querySelectorAll('.summary')[2]!.textContent)).to.equal(
      'Weekdays from 8:30 to 17:30, break 12:30–13:30',
    );
  });

  it('names the days when a schedule is not Monday to Friday, and joins several periods', async () => {
    const data = await kazanlak();
    data.officeHours = [
      {
        id: 'archive',
        name: { bg: 'Архив', en: 'Archive' },
        periods: [
          { days: ['tue', 'thu'], opens: '09:00', closes: '12:00' },
          { days: ['sat'], opens: '10:00', closes: '13:00' },
        ],
      },
    ];
    const root = shadow(await footer('en', sofia.monday10, data));
    expect(squash(root.querySelector('.summary')!.textContent)).to.equal(
      'Tue, Thu from 9:00 to 12:00; Sat from 10:00 to 13:00',
    );
    expect(statuses(root.host)).to.deep.equal(['Closed — opens tomorrow at 9:00']);
  });

  describe('the live status, at fixed instants', () => {
    it('Monday 10:00: all three open', async () => {
      // The administration closes next for its lunch break.
      expect(statuses(await footer('en', sofia.monday10))).to.deep.equal([
        'Open now — closes at 17:00',
        'Open now — closes at 17:00',
        'Open now — closes at 12:30',
      ]);
      expect(statuses(await footer('bg', sofia.monday10))).to.deep.equal([
        'Отворено сега — затваря в 17:00',
        'Отворено сега — затваря в 17:00',
        'Отворено сега — затваря в 12:30',
      ]);
    });

    it('Monday 12:45: the administration is on its break until 13:30, the others are open', async () => {
      expect(statuses(await footer('en', sofia.monday1245))).to.deep.equal([
        'Open now — closes at 17:00',
        'Open now — closes at 17:00',
        'Closed — opens at 13:30',
      ]);
      expect(statuses(await footer('bg', sofia.monday1245))[2]).to.equal(
        'Затворено — отваря в 13:30',
      );
    });

    it('Monday 17:15: the service centre and mayoralties closed until tomorrow, the administration open till 17:30', async () => {
      expect(statuses(await footer('en', sofia.monday1715))).to.deep.equal([
        'Closed — opens tomorrow at 8:30',
        'Closed — opens tomorrow at 8:00',
        'Open now — closes at 17:30',
      ]);
      expect(statuses(await footer('bg', sofia.monday1715))[0]).to.equal(
        'Затворено — отваря утре в 8:30',
      );
    });

    it('Saturday: closed, opens Monday', async () => {
      expect(statuses(await footer('en', sofia.saturday11))).to.deep.equal([
        'Closed — opens Monday at 8:30',
        'Closed — opens Monday at 8:00',
        'Closed — opens Monday at 8:30',
      ]);
      expect(statuses(await footer('bg', sofia.saturday11))).to.deep.equal([
        'Затворено — отваря в понеделник в 8:30',
        'Затворено — отваря в понеделник в 8:00',
        'Затворено — отваря в понеделник в 8:30',
      ]);
    });

    it('conveys the status in words, with a mark that differs in shape as well as colour', async () => {
      const root = shadow(await footer('en', sofia.monday1245));
      const [open, , closed] = [...root.querySelectorAll<HTMLElement>('[part="status"]')];
      expect(open!.classList.contains('open')).to.equal(true);
      expect(closed!.classList.contains('closed')).to.equal(true);
      const openMark = getComputedStyle(open!.querySelector('.indicator')!);
      const closedMark = getComputedStyle(closed!.querySelector('.indicator')!);
      expect(open!.querySelector('.indicator')!.getAttribute('aria-hidden')).to.equal('true');
      expect(openMark.backgroundColor).not.to.equal(closedMark.backgroundColor);
      expect(closedMark.backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      await expect(root.host).to.be.accessible();
    });

    it('names each day of the week, a date a week or more away, and says only "Closed" when it never opens', async () => {
      const data = await kazanlak();
      const days = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
      data.officeHours = [
        ...days.map((day) => ({
          id: `only-${day}`,
          name: day,
          periods: [{ days: [day], opens: '09:00', closes: '10:00' }],
        })),
        {
          id: 'holidays',
          name: 'holidays',
          periods: [{ days: ['tue'], opens: '09:00', closes: '10:00' }],
          closedOn: ['2025-06-24'],
        },
        { id: 'never', name: 'never', periods: [] },
        {
          id: 'utc',
          name: 'utc',
          timeZone: 'UTC',
          periods: [{ days: ['mon'], opens: '06:00', closes: '08:00' }],
        },
      ];
      // Monday 10:00 in Sofia, 07:00 in UTC.
      const en = statuses(await footer('en', sofia.monday10, data));
      expect(en).to.deep.equal([
        'Closed — opens Sunday at 9:00',
        'Closed — opens on 30 June at 9:00',
        'Closed — opens tomorrow at 9:00',
        'Closed — opens Wednesday at 9:00',
        'Closed — opens Thursday at 9:00',
        'Closed — opens Friday at 9:00',
        'Closed — opens Saturday at 9:00',
        'Closed — opens on 1 July at 9:00',
        'Closed',
        'Open now — closes at 8:00',
      ]);
      const bg = statuses(await footer('bg', sofia.saturday11, data));
      expect(bg.slice(0, 8)).to.deep.equal([
        'Затворено — отваря утре в 9:00',
        'Затворено — отваря в понеделник в 9:00',
        'Затворено — отваря във вторник в 9:00',
        'Затворено — отваря в сряда в 9:00',
        'Затворено — отваря в четвъртък в 9:00',
        'Затворено — отваря в петък в 9:00',
        'Затворено — отваря на 5 юли в 9:00',
        'Затворено — отваря във вторник в 9:00',
      ]);
      const root = shadow(await footer('bg', sofia.monday10, data));
      expect(root.querySelectorAll('.summary')).to.have.length(9); // not for the schedule without periods
    });

    it('closes at 24:00 rather than at 0:00 tomorrow', async () => {
      const data = await kazanlak();
      data.officeHours = [
        { id: 'late', name: 'late', periods: [{ days: ['mon'], opens: '20:00', closes: '24:00' }] },
      ];
      expect(statuses(await footer('en', sofia.monday23, data))).to.deep.equal([
        'Open now — closes at 24:00',
      ]);
    });
  });

  it('writes the copyright line with the year of the clock, in Sofia', async () => {
    const bg = await footer('bg', new Date('2031-03-01T10:00:00Z'));
    expect(squash(shadow(bg).querySelector('[part="copyright"]')!.textContent)).to.equal(
      'Община Казанлък © 2031. Всички права запазени.',
    );
    // 23:30 on New Year's Eve in UTC is already the new year in Sofia.
    const en = await footer('en', new Date('2029-12-31T23:30:00Z'));
    expect(squash(shadow(en).querySelector('[part="copyright"]')!.textContent)).to.equal(
      'Kazanlak Municipality © 2030. All rights reserved.',
    );
  });

  it('uses the real clock by default', async () => {
    const element = await footer('en');
    expect(shadow(element).querySelector('[part="copyright"]')!.textContent).to.include(
      `© ${new Date().getFullYear()}`,
    );
    expect(statuses(element)).to.have.length(3);
  });

  describe('the clock', () => {
    // Fake timers and Date: time moves only when the test moves it, however busy the machine.
    let clock: sinon.SinonFakeTimers | undefined;
    afterEach(() => {
      clock?.restore();
      clock = undefined;
    });
    /** A footer rendered at `instant`, then following the (fake) running clock from there. */
    const runningFrom = async (instant: string) => {
      const element = await footer('en', new Date(instant));
      clock = sinon.useFakeTimers({
        now: Date.parse(instant),
        toFake: ['Date', 'setTimeout', 'clearTimeout'],
      });
      element.now = () => new Date();
      await element.updateComplete;
      return element;
    };

    it('updates the status by itself when the clock passes a change', async () => {
      // 1.5 s before the service centre closes at 17:00 in Sofia.
      const element = await runningFrom('2025-06-23T13:59:58.500Z');
      expect(statuses(element)[0]).to.equal('Open now — closes at 17:00');
      await clock!.tickAsync(1499);
      await element.updateComplete;
      expect(statuses(element)[0]).to.equal('Open now — closes at 17:00');
      await clock!.tickAsync(1);
      await element.updateComplete;
      expect(statuses(element)[0]).to.equal('Closed — opens tomorrow at 8:30');
      expect(statuses(element)[2]).to.equal('Open now — closes at 17:30');
    });

    it('stops its timer when the element leaves the page and catches up when it comes back', async () => {
      const element = await runningFrom('2025-06-23T13:59:58.500Z');
      expect(clock!.countTimers(), 'a timer for the next change').to.equal(1);
      const parent = element.parentElement!;
      element.remove();
      expect(clock!.countTimers(), 'no timer off the page').to.equal(0);
      await clock!.tickAsync(1800);
      await element.updateComplete;
      expect(statuses(element)[0]).to.equal('Open now — closes at 17:00');
      parent.append(element);
      await element.updateComplete;
      expect(statuses(element)[0]).to.equal('Closed — opens tomorrow at 8:30');
      expect(clock!.countTimers(), 'a timer again, for the next change').to.equal(1);
    });

    it('sets no timer for a fixed Date, which never moves', async () => {
      const element = await footer('en', sofia.monday10);
      clock = sinon.useFakeTimers({
        now: sofia.monday10,
        toFake: ['Date', 'setTimeout', 'clearTimeout'],
      });
      element.now = new Date(sofia.monday1245);
      await element.updateComplete;
      expect(clock.countTimers()).to.equal(0);
      element.now = () => new Date();
      await element.updateComplete;
      expect(clock.countTimers()).to.equal(1);
    });
  });

  describe('on a phone', () => {
    it('keeps the group headings as headings, each holding a collapse button', async () => {
      await setViewport({ width: 375, height: 800 });
      const element = await footer('bg', sofia.monday10);
      await nextFrame();
      await element.updateComplete;
      const root = shadow(element);
      const headings = [...root.querySelectorAll('h2')].map((h) => squash(h.textContent));
      expect(headings).to.deep.equal([
        'Община Казанлък в социалните медии',
        'Работно време',
        'Горещ телефон за сигнали',
        'Контакти',
      ]);
      const buttons = [...root.querySelectorAll<HTMLButtonElement>('h2 > button')];
      expect(buttons.map((b) => squash(b.textContent))).to.deep.equal([
        'Работно време',
        'Контакти',
      ]);
      for (const button of buttons) {
        expect(button.getAttribute('aria-expanded')).to.equal('false');
        const body = root.getElementById(button.getAttribute('aria-controls')!)!;
        expect(getComputedStyle(body).display).to.equal('none');
      }
      expect(root.querySelectorAll('h3')).to.have.length(3); // the schedules stay in the outline, hidden
      await expect(element).to.be.accessible();

      buttons[1]!.click();
      await element.updateComplete;
      expect(buttons[1]!.getAttribute('aria-expanded')).to.equal('true');
      const contacts = root.getElementById(buttons[1]!.getAttribute('aria-controls')!)!;
      expect(getComputedStyle(contacts).display).not.to.equal('none');
      expect(contacts.querySelectorAll('li')).to.have.length(9);
      expect(buttons[0]!.getAttribute('aria-expanded')).to.equal('false');
      await expect(element).to.be.accessible();

      buttons[1]!.click();
      await element.updateComplete;
      expect(buttons[1]!.getAttribute('aria-expanded')).to.equal('false');
      expect(getComputedStyle(contacts).display).to.equal('none');
    });

    it('opens a group with the keyboard: the button is a real button in the tab order', async () => {
      await setViewport({ width: 375, height: 800 });
      const element = await footer('en', sofia.monday10);
      await nextFrame();
      await element.updateComplete;
      const button = shadow(element).querySelector<HTMLButtonElement>('h2 > button')!;
      expect(button.type).to.equal('button');
      expect(button.tabIndex).to.equal(0);
      button.focus();
      const { sendKeys } = await import('@web/test-runner-commands');
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      await sendKeys({ press: ' ' });
      await element.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
    });

    it('stacks without horizontal scrolling at 320 px, groups open or closed, even with long text', async () => {
      await viewport(320, 640);
      const data = await kazanlak();
      const long = 'Общинскопредприятиезакултурнодейностиипроектиисоциалниуслуги';
      data.contacts[0].label = { bg: long, en: long };
      data.officeHours[0].name = { bg: long, en: long };
      const element = await footer('bg', sofia.monday10, data);
      await nextFrame();
      await element.updateComplete;
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      for (const button of shadow(element).querySelectorAll<HTMLButtonElement>('h2 > button'))
        button.click();
      await element.updateComplete;
      await nextFrame();
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      const columns = getComputedStyle(
        shadow(element).querySelector('.columns')!,
      ).gridTemplateColumns.split(' ');
      expect(columns).to.have.length(1);
      await expect(element).to.be.accessible();
    });

    it('shows every group in print, and drops the social and legal links', async () => {
      await setViewport({ width: 375, height: 800 });
      const element = await footer('bg', sofia.monday10);
      await nextFrame();
      await element.updateComplete;
      const root = shadow(element);
      await inPrint(
        element,
        () => {
          for (const body of root.querySelectorAll('.group-body'))
            expect(getComputedStyle(body).display).not.to.equal('none');
          for (const part of ['social', 'legal', 'status'])
            expect(
              getComputedStyle(root.querySelector(`[part="${part}"]`)!).display,
              part,
            ).to.equal('none');
          expect(getComputedStyle(root.querySelector('[part="hotline"]')!).display).not.to.equal(
            'none',
          );
        },
        (printRules) => {
          for (const part of ['social', 'legal', 'status']) expect(printRules).to.include(part);
          expect(printRules).to.match(/display:\s*none/u);
        },
      );
    });
  });

  describe('on a wide screen', () => {
    it('shows every group open, with plain headings and three columns', async () => {
      await setViewport({ width: 1280, height: 900 });
      const element = await footer('en', sofia.monday10);
      await nextFrame();
      await element.updateComplete;
      const root = shadow(element);
      expect(root.querySelector('button')).to.equal(null);
      expect([...root.querySelectorAll('h2')].map((h) => squash(h.textContent))).to.deep.equal([
        'Kazanlak Municipality on social media',
        'Working hours',
        'Hotline for reports',
        'Contacts',
      ]);
      for (const body of root.querySelectorAll('.group-body'))
        expect(getComputedStyle(body).display).not.to.equal('none');
      expect(
        getComputedStyle(root.querySelector('.columns')!).gridTemplateColumns.split(' '),
      ).to.have.length(3);
      await expect(element).to.be.accessible();
    });

    it('collapses the groups when the footer becomes narrow, and opens them when it widens', async () => {
      await setViewport({ width: 1280, height: 900 });
      const element = await footer('en', sofia.monday10);
      // Resize observers report after layout, a browser-dependent number of frames later.
      await setViewport({ width: 375, height: 800 });
      await waitUntil(
        () => shadow(element).querySelectorAll('h2 > button').length === 2,
        'two collapsible groups',
      );
      await setViewport({ width: 1000, height: 800 });
      await waitUntil(
        () => shadow(element).querySelectorAll('h2 > button').length === 0,
        'no collapse buttons',
      );
    });
  });

  it('keeps its layout while hidden and measures again once shown', async () => {
    await setViewport({ width: 375, height: 800 });
    const element = await footer('en', sofia.monday10, undefined, { hidden: '' });
    await nextFrame();
    await element.updateComplete;
    const buttons = () => shadow(element).querySelectorAll('h2 > button').length;
    expect(buttons(), 'hidden: not measured, the wide layout it starts with').to.equal(0);
    element.hidden = false;
    await waitUntil(() => buttons() === 2, 'measured once shown: two collapsible groups');
  });

  it('puts its headings at the level the page asks for', async () => {
    const element = await footer('en', sofia.monday10, undefined, { 'heading-level': '3' });
    const root = shadow(element);
    expect(root.querySelectorAll('h3')).to.have.length(4);
    expect(root.querySelectorAll('h4')).to.have.length(3);
    expect(root.querySelector('h2')).to.equal(null);
    element.headingLevel = 9;
    await element.updateComplete;
    expect(root.querySelectorAll('h6')).to.have.length(7);
    element.headingLevel = Number.NaN;
    await element.updateComplete;
    expect(root.querySelectorAll('h2')).to.have.length(4);
  });

  it('leaves out what the data does not have', async () => {
    const data = await kazanlak();
    data.contacts = [];
    data.officeHours = [];
    data.phones = [];
    data.emails = [];
    data.socialLinks = [];
    data.footer.legalLinks = [];
    delete data.hotline;
    delete data.tagline;
    delete data.coatOfArms.width;
    delete data.coatOfArms.height;
    const element = await footer('bg', sofia.monday10, data);
    const root = shadow(element);
    for (const part of [
      'phones',
      'office-hours',
      'status',
      'hotline',
      'contacts',
      'social',
      'legal',
    ]) {
      expect(root.querySelector(`[part~="${part}"]`), part).to.equal(null);
    }
    expect(root.querySelector('.tagline')).to.equal(null);
    expect(root.querySelector('[part="brand"] img')!.hasAttribute('width')).to.equal(false);
    expect(squash(root.querySelector('[part="copyright"]')!.textContent)).to.equal(
      'Община Казанлък © 2025. Всички права запазени.',
    );
    await expect(element).to.be.accessible();
  });

  it('shows the data’s extra link groups, a contact’s notes, and legal entries without a URL as text', async () => {
    const data = await kazanlak();
    data.footer.linkGroups = [
      {
        heading: { bg: 'Услуги', en: 'Services' },
        links: [
          { label: { bg: 'Данъци', en: 'Taxes' }, url: '/taxes' },
          { label: { bg: 'Скоро', en: 'Soon' } },
        ],
      },
    ];
    data.footer.legalLinks.push({ label: { bg: 'Без връзка', en: 'No link' } });
    data.contacts[0].notes = { bg: 'само в делнични дни', en: 'weekdays only' };
    data.contacts[1].label = { bg: 'Само на български' };
    const root = shadow(await footer('en', sofia.monday10, data));
    const group = root.querySelector('.link-group')!;
    expect(squash(group.querySelector('h2')!.textContent)).to.equal('Services');
    expect(hrefs(group, 'a')).to.deep.equal([new URL('/taxes', kazanlakUrl).href]);
    expect(squash(group.querySelectorAll('li')[1]!.textContent)).to.equal('Soon');
    const legal = [...root.querySelectorAll('[part="legal"] li')];
    expect(legal).to.have.length(5);
    expect(legal[4]!.querySelector('a')).to.equal(null);
    expect(squash(root.querySelector('.contact-notes')!.textContent)).to.equal('weekdays only');
    // A label only in Bulgarian is marked as such for screen readers.
    expect(
      root.querySelector('[part="contacts"] li:nth-child(2) [lang="bg"]')!.textContent,
    ).to.equal('Само на български');
    await expect(root.host).to.be.accessible();
  });
});
