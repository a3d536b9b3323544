import {
  isoDate,
  orthodoxEaster,
  shiftIsoDate,
  holidaysWithSubstitutes,
  type FixedHoliday,
} from './holiday-dates.js';
import type { HolidayCalendar, HolidayName, PublicHoliday } from './public-holidays.js';

/**
 * North Macedonia's non-working days for all citizens, by the Law on Holidays of the Republic of
 * North Macedonia (Закон за празниците, Сл. весник 21/1998 and amendments, 18/2007 the main
 * one), art. 2 and the list of non-working days it refers to:
 *
 * - 1 January (New Year), 7 January (Orthodox Christmas), Orthodox Easter Monday, 1 May
 *   (Labour Day), 24 May (Saints Cyril and Methodius), 2 August (Republic Day, Ilinden),
 *   8 September (Independence Day), 11 October (Day of the People's Uprising), 23 October (Day
 *   of the Macedonian Revolutionary Struggle), 8 December (St Clement of Ohrid), and the first
 *   day of Eid al-Fitr (Рамазан Бајрам).
 * - A holiday that falls on a Sunday gives the next working day (Monday) off, as the
 *   government announces every year; a holiday on a Saturday does not move.
 *
 * Left out: days off only for members of a faith or community (Good Friday and other
 * Orthodox days for the Orthodox, Catholic Christmas, Eid al-Adha, Yom Kippur, the days of the
 * Albanian, Turkish, Roma, Vlach, Serbian and Bosniak communities): a municipal office stays
 * open on them. Eid al-Fitr follows the Islamic lunar calendar and is taken from the
 * platform's Umm al-Qura calendar (`Intl`, `islamic-umalqura`); the Islamic Religious
 * Community announces the real date, which may differ by a day, and a schedule corrects it
 * with `closedOn` and `extraWorkingDays`. Where the platform has no Islamic calendar the day is
 * left out rather than guessed.
 */
const names: Readonly<Record<string, HolidayName>> = {
  newYear: { mk: 'Нова година', en: "New Year's Day", bg: 'Нова година' },
  christmas: { mk: 'Божиќ', en: 'Orthodox Christmas', bg: 'Рождество Христово (православно)' },
  easterMonday: {
    mk: 'Велигден, втор ден',
    en: 'Orthodox Easter Monday',
    bg: 'Великден, втори ден',
  },
  labour: { mk: 'Ден на трудот', en: 'Labour Day', bg: 'Ден на труда' },
  letters: {
    mk: 'Свети Кирил и Методиј, Ден на сесловенските просветители',
    en: 'Saints Cyril and Methodius Day',
    bg: 'Ден на светите Кирил и Методий',
  },
  ilinden: { mk: 'Ден на Републиката (Илинден)', en: 'Republic Day (Ilinden)', bg: 'Илинден' },
  independence: { mk: 'Ден на независноста', en: 'Independence Day', bg: 'Ден на независимостта' },
  uprising: {
    mk: 'Ден на народното востание',
    en: "Day of the People's Uprising",
    bg: 'Ден на народното въстание',
  },
  struggle: {
    mk: 'Ден на македонската револуционерна борба',
    en: 'Day of the Macedonian Revolutionary Struggle',
    bg: 'Ден на македонската революционна борба',
  },
  clement: {
    mk: 'Свети Климент Охридски',
    en: 'St Clement of Ohrid Day',
    bg: 'Свети Климент Охридски',
  },
  eid: { mk: 'Рамазан Бајрам', en: 'Eid al-Fitr', bg: 'Рамазан Байрам' },
};

const fixed: ReadonlyArray<readonly [string, string]> = [
  ['01-01', 'newYear'],
  ['01-07', 'christmas'],
  ['05-01', 'labour'],
  ['05-24', 'letters'],
  ['08-02', 'ilinden'],
  ['09-08', 'independence'],
  ['10-11', 'uprising'],
  ['10-23', 'struggle'],
  ['12-08', 'clement'],
];

let islamicDays: Intl.DateTimeFormat | null | undefined;

/** Month and day in the Umm al-Qura calendar, or null where the platform has not got it. */
const islamicCalendar = (): Intl.DateTimeFormat | null => {
  if (islamicDays !== undefined) return islamicDays;
  try {
    const format = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', {
      month: 'numeric',
      day: 'numeric',
      timeZone: 'UTC',
    });
    islamicDays = format.resolvedOptions().calendar === 'islamic-umalqura' ? format : null;
  } catch {
    islamicDays = null;
  }
  return islamicDays;
};

/** The dates of 1 Shawwal (Eid al-Fitr) in `year`: one, or two in a year such as 2033. */
export const eidAlFitrDates = (year: number): string[] => {
  const format = islamicCalendar();
  if (!format) return [];
  const dates: string[] = [];
  for (let t = Date.UTC(year, 0, 1); new Date(t).getUTCFullYear() === year; t += 86_400_000) {
    const parts = format.formatToParts(new Date(t));
    const month = parts.find((part) => part.type === 'month')?.value;
    const day = parts.find((part) => part.type === 'day')?.value;
    if (month === '10' && day === '1') {
      const d = new Date(t);
      dates.push(isoDate({ year, month: d.getUTCMonth() + 1, day: d.getUTCDate() }));
    }
  }
  return dates;
};

const holidaysOf = (year: number): readonly PublicHoliday[] => {
  const days: FixedHoliday[] = [
    ...fixed.map(([monthDay, key]) => ({ date: `${year}-${monthDay}`, key, movable: true })),
    { date: shiftIsoDate(orthodoxEaster(year), 1), key: 'easterMonday', movable: false },
    ...eidAlFitrDates(year).map((date) => ({ date, key: 'eid', movable: true })),
  ];
  // Only Sunday is a rest day here: a Saturday holiday is not made up for.
  return holidaysWithSubstitutes(days, names, [0]);
};

/** North Macedonia's non-working days for all citizens (Law on Holidays). */
export const northMacedonia: HolidayCalendar = {
  id: 'mk',
  name: { mk: 'Северна Македонија', en: 'North Macedonia', bg: 'Северна Македония' },
  holidaysOf,
};
