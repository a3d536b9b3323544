import {
  orthodoxEaster,
  shiftIsoDate,
  holidaysWithSubstitutes,
  type FixedHoliday,
} from './holiday-dates.js';
import type { HolidayCalendar, HolidayName, PublicHoliday } from './public-holidays.js';

/**
 * Bulgaria's official holidays, by the Labour Code (Кодекс на труда), art. 154, as amended up to
 * ДВ бр. 107 от 2020 г.:
 *
 * - art. 154(1): 1 January, 3 March, 1 May, 6 May, 24 May, 6 September, 22 September,
 *   24 December, 25 and 26 December, and Good Friday, Holy Saturday and Easter (Sunday and
 *   Monday) of the Orthodox Church. 1 November (Day of the National Awakeners) is a day off
 *   only for schools and universities, so it is not here.
 * - art. 154(2) (in force since 1 January 2017): "when the official holidays under para. 1,
 *   except the Easter holidays, fall on a Saturday and/or Sunday, the first or the first two
 *   working days after them are days off". So each such holiday gives the first working day
 *   after it that is not itself a holiday or another's substitute: 1 May 2021 (a Saturday, and
 *   Holy Saturday) gives 4 May, after Easter Monday; 25–26 December 2021 (Sat–Sun) give 27–28
 *   December; 24–26 December 2026 (Thu–Sat) give 28 December. The Easter days never move.
 *
 * Not here: days the Council of Ministers moves by decision (a Friday off, a Saturday worked
 * instead). A schedule lists those as `closedOn` and `extraWorkingDays`. Years before 2017
 * followed other rules (substitutes were set by decision); the calendar applies today's text to
 * every year.
 */
const names: Readonly<Record<string, HolidayName>> = {
  newYear: { bg: 'Нова година', en: "New Year's Day", mk: 'Нова година' },
  liberation: {
    bg: 'Ден на Освобождението',
    en: 'Liberation Day',
    mk: 'Ден на ослободувањето на Бугарија',
  },
  labour: { bg: 'Ден на труда', en: 'Labour Day', mk: 'Ден на трудот' },
  stGeorge: { bg: 'Гергьовден', en: "St George's Day", mk: 'Ѓурѓовден' },
  letters: {
    bg: 'Ден на светите братя Кирил и Методий',
    en: 'Day of Saints Cyril and Methodius',
    mk: 'Ден на светите браќа Кирил и Методиј',
  },
  unification: {
    bg: 'Ден на Съединението',
    en: 'Unification Day',
    mk: 'Ден на обединувањето на Бугарија',
  },
  independence: {
    bg: 'Ден на Независимостта',
    en: 'Independence Day',
    mk: 'Ден на независноста на Бугарија',
  },
  christmasEve: { bg: 'Бъдни вечер', en: 'Christmas Eve', mk: 'Бадник' },
  christmas: { bg: 'Рождество Христово', en: 'Christmas Day', mk: 'Божиќ' },
  christmas2: {
    bg: 'Рождество Христово, втори ден',
    en: 'Second day of Christmas',
    mk: 'Божиќ, втор ден',
  },
  goodFriday: { bg: 'Велики петък', en: 'Good Friday', mk: 'Велики петок' },
  holySaturday: { bg: 'Велика събота', en: 'Holy Saturday', mk: 'Велика сабота' },
  easter: { bg: 'Великден', en: 'Easter Sunday', mk: 'Велигден' },
  easterMonday: { bg: 'Великден, втори ден', en: 'Easter Monday', mk: 'Велигден, втор ден' },
};

const fixed: ReadonlyArray<readonly [string, string]> = [
  ['01-01', 'newYear'],
  ['03-03', 'liberation'],
  ['05-01', 'labour'],
  ['05-06', 'stGeorge'],
  ['05-24', 'letters'],
  ['09-06', 'unification'],
  ['09-22', 'independence'],
  ['12-24', 'christmasEve'],
  ['12-25', 'christmas'],
  ['12-26', 'christmas2'],
];

/** Saturday and Sunday, the rest days of art. 153. */
const weekend = [0, 6];

const holidaysOf = (year: number): readonly PublicHoliday[] => {
  const easter = orthodoxEaster(year);
  const days: FixedHoliday[] = [
    ...fixed.map(([monthDay, key]) => ({ date: `${year}-${monthDay}`, key, movable: true })),
    { date: shiftIsoDate(easter, -2), key: 'goodFriday', movable: false },
    { date: shiftIsoDate(easter, -1), key: 'holySaturday', movable: false },
    { date: easter, key: 'easter', movable: false },
    { date: shiftIsoDate(easter, 1), key: 'easterMonday', movable: false },
  ];
  return holidaysWithSubstitutes(days, names, weekend);
};

/** Bulgaria's official holidays and their substitute days (Labour Code, art. 154). */
export const bulgaria: HolidayCalendar = {
  id: 'bg',
  name: { bg: 'България', en: 'Bulgaria', mk: 'Бугарија' },
  holidaysOf,
};
