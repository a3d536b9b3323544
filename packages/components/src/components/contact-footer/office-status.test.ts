import { expect } from '@open-wc/testing';
import './contact-footer.js';
import type { MuniContactFooter } from './contact-footer.js';
import { kazanlak, kazanlakUrl, mount, shadow } from '../../test/kit.js';

/** 10:00 in Sofia on some days of 2026 (UTC+2 in winter, UTC+3 in summer). */
const sofia10 = {
  liberationDay: new Date('2026-03-03T08:00:00Z'),
  goodFriday: new Date('2026-04-10T07:00:00Z'),
  christmasEve: new Date('2026-12-24T08:00:00Z'),
  ordinaryThursday: new Date('2026-03-05T08:00:00Z'),
  saturday: new Date('2026-12-12T08:00:00Z'),
};

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/gu, ' ').trim();

const footer = async (lang: string, now: Date, data?: unknown) => {
  const element = await mount<MuniContactFooter>('muni-contact-footer', {
    attributes: { lang, ...(data ? {} : { src: kazanlakUrl }) },
    ...(data ? { data } : {}),
  });
  element.now = now;
  await element.updateComplete;
  return element;
};

const statuses = (element: Element) =>
  [...shadow(element).querySelectorAll('[part="status"]')].map((p) => squash(p.textContent));

/** Kazanlak's document with one schedule, Monday to Friday 8:30–17:00, with these exceptions. */
const withExceptions = async (exceptions: Record<string, unknown>) => {
  const data = await kazanlak();
  data.officeHours = [{ ...data.officeHours[0], ...exceptions }];
  return data;
};

describe('muni-contact-footer on holidays and special days', () => {
  it('on Liberation Day 2026 says every office is closed for the holiday, and opens the next day', async () => {
    expect(statuses(await footer('bg', sofia10.liberationDay))).to.deep.equal([
      'Затворено — официален празник (Ден на Освобождението); отваря утре в 8:30',
      'Затворено — официален празник (Ден на Освобождението); отваря утре в 8:00',
      'Затворено — официален празник (Ден на Освобождението); отваря утре в 8:30',
    ]);
    expect(statuses(await footer('en', sofia10.liberationDay))[0]).to.equal(
      'Closed — public holiday (Liberation Day); opens tomorrow at 8:30',
    );
  });

  it('on Good Friday 2026 is closed until the Tuesday after Easter', async () => {
    expect(statuses(await footer('bg', sofia10.goodFriday))[0]).to.equal(
      'Затворено — официален празник (Велики петък); отваря във вторник в 8:30',
    );
    expect(statuses(await footer('en', sofia10.goodFriday))[0]).to.equal(
      'Closed — public holiday (Good Friday); opens Tuesday at 8:30',
    );
  });

  it('on Christmas Eve 2026 is closed until after the Monday that makes up for Boxing Day on a Saturday', async () => {
    expect(statuses(await footer('en', sofia10.christmasEve))[0]).to.equal(
      'Closed — public holiday (Christmas Eve); opens Tuesday at 8:30',
    );
    expect(statuses(await footer('bg', new Date('2026-12-28T08:00:00Z')))[0]).to.equal(
      'Затворено — почивен ден след официален празник (Рождество Христово, втори ден); отваря утре в 8:30',
    );
  });

  it('on an ordinary day says nothing more than open and closing time', async () => {
    expect(statuses(await footer('bg', sofia10.ordinaryThursday))[0]).to.equal(
      'Отворено сега — затваря в 17:00',
    );
    expect(statuses(await footer('en', sofia10.ordinaryThursday))[0]).to.equal(
      'Open now — closes at 17:00',
    );
  });

  it('on an extra working Saturday is open, and says why', async () => {
    const data = await withExceptions({ extraWorkingDays: [{ date: '2026-12-12' }] });
    expect(statuses(await footer('bg', sofia10.saturday, data))).to.deep.equal([
      'Отворено сега — обявен за работен ден; затваря в 17:00',
    ]);
    expect(statuses(await footer('en', sofia10.saturday, data))).to.deep.equal([
      'Open now — extra working day; closes at 17:00',
    ]);
  });

  it('with special hours, shows them while open and after closing', async () => {
    const data = await withExceptions({
      specialHours: [
        {
          date: '2026-03-05',
          opens: '08:30',
          closes: '12:00',
          note: { bg: 'инвентаризация', en: 'stocktaking' },
        },
      ],
    });
    expect(statuses(await footer('en', sofia10.ordinaryThursday, data))).to.deep.equal([
      'Open now — special hours today: 8:30–12:00 (stocktaking); closes at 12:00',
    ]);
    expect(statuses(await footer('bg', new Date('2026-03-05T11:00:00Z'), data))).to.deep.equal([
      'Затворено — днес с променено работно време: 8:30–12:00 (инвентаризация); отваря утре в 8:30',
    ]);
  });

  it('says a one-off closure is one', async () => {
    const data = await withExceptions({ closedOn: ['2026-03-05'] });
    expect(statuses(await footer('en', sofia10.ordinaryThursday, data))).to.deep.equal([
      'Closed — no office hours today; opens tomorrow at 8:30',
    ]);
  });

  it('lists the closures of the next 30 days in a details element, accessibly', async () => {
    const data = await withExceptions({
      specialHours: [{ date: '2026-12-31', opens: '08:30', closes: '12:00' }],
    });
    const element = await footer('bg', new Date('2026-12-20T08:00:00Z'), data);
    const details = shadow(element).querySelector<HTMLDetailsElement>('details[part="closures"]')!;
    expect(details.open).to.equal(false);
    expect(squash(details.querySelector('summary')!.textContent)).to.equal(
      'Предстоящи неработни дни и промени в работното време',
    );
    const items = [...details.querySelectorAll('li')].map((li) => squash(li.textContent));
    expect(items).to.deep.equal([
      'четвъртък, 24 декември — официален празник (Бъдни вечер)',
      'петък, 25 декември — официален празник (Рождество Христово)',
      'понеделник, 28 декември — почивен ден след официален празник (Рождество Христово, втори ден)',
      'четвъртък, 31 декември — променено работно време: 8:30–12:00',
      'петък, 1 януари — официален празник (Нова година)',
    ]);
    expect(details.querySelector('time')!.getAttribute('datetime')).to.equal('2026-12-24');
    details.open = true;
    await expect(element).to.be.accessible();
    const en = await footer('en', new Date('2026-12-20T08:00:00Z'), data);
    // The date as the engine's CLDR data writes it in British English: "Thursday 24 December" in
    // Chromium and Firefox, "Thursday, 24 December" in WebKit.
    const christmasEve = new Intl.DateTimeFormat('en-GB', {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      timeZone: 'UTC',
    }).format(new Date('2026-12-24T00:00:00Z'));
    expect(christmasEve).to.match(/^Thursday,? 24 December$/u);
    expect(squash(shadow(en).querySelector('details li')!.textContent)).to.equal(
      `${christmasEve} — public holiday (Christmas Eve)`,
    );
  });

  it('shows no list when nothing changes in the next 30 days', async () => {
    expect(
      shadow(await footer('en', new Date('2026-06-01T08:00:00Z'))).querySelector('details'),
    ).to.equal(null);
  });
});
