// The content of the benchmark's reference page, taken from the data file once for every
// rendition of it: the plain static page (static-page.js) and the pages built with GOV.UK
// Frontend and USWDS (peer-pages.js), so that all of them show the same facts.

import { escapeHtml as escape } from '../tools/html-escape.js';

export { escape };

export const days = {
  bg: { mon: 'пн', tue: 'вт', wed: 'ср', thu: 'чт', fri: 'пт', sat: 'сб', sun: 'нд' },
  en: { mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat', sun: 'Sun' },
};
export const labels = {
  bg: {
    menu: 'Основно меню',
    breadcrumbs: 'Навигация по трохи',
    history: 'История на партньорството с',
    since: 'Побратимен град от',
    holiday: 'Празник на града',
    national: 'Национален празник',
    mayor: 'Кмет',
    website: 'Уебсайт',
    contacts: 'Контакти',
    hours: 'Работно време',
    follow: 'Последвайте ни',
    phone: 'тел.',
    weather: 'Казанлък',
  },
  en: {
    menu: 'Main menu',
    breadcrumbs: 'Breadcrumbs',
    history: 'History of the partnership with',
    since: 'Twin city since',
    holiday: 'City holiday',
    national: 'National holiday',
    mayor: 'Mayor',
    website: 'Website',
    contacts: 'Contacts',
    hours: 'Office hours',
    follow: 'Follow us',
    phone: 'tel.',
    weather: 'Kazanlak',
  },
};

/**
 * The page's content in `locale`, escaped for HTML: `t` (a localized text), `l` (the labels),
 * the page, its twin city and that city's name, the history grouped by year, the office hours
 * as one line per office, and `tel` (a phone link).
 */
export const pageContent = (data, locale) => {
  const t = (text) => escape(text?.[locale] ?? text?.[data.defaultLocale] ?? '');
  const l = labels[locale] ?? labels.en;
  const page = data.pages[0];
  const city = data.twinCities.find((c) => c.id === page.twinCity) ?? data.twinCities[0];
  const cityName = city.places.map((p) => t(p.name)).join(' – ');
  const history = (city.history ?? []).reduce((groups, event) => {
    const year = event.date?.slice(0, 4) ?? '';
    const last = groups.at(-1);
    if (last && last.year === year) last.events.push(event);
    else groups.push({ year, events: [event] });
    return groups;
  }, []);
  const hours = (data.officeHours ?? []).map((office) => ({
    name: t(office.name),
    text: office.periods
      .map(
        (p) =>
          `${p.days.map((d) => days[locale]?.[d] ?? d).join(', ')} ${escape(p.opens)}–${escape(p.closes)}${(
            p.breaks ?? []
          )
            .map((b) => ` (${escape(b.from)}–${escape(b.to)})`)
            .join('')}`,
      )
      .join('; '),
  }));
  const tel = (number, className = '') =>
    `<a${className ? ` class="${className}"` : ''} href="tel:${escape(number.replace(/[^\d+]/gu, ''))}">${escape(number)}</a>`;
  const historyTitle =
    locale === 'bg' ? 'Кратка история на побратимяването' : 'A short history of the twinning';
  return { t, l, page, city, cityName, history, hours, tel, historyTitle };
};
