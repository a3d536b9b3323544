// The benchmark's peers: the reference page built with GOV.UK Frontend and with USWDS, the
// design systems a municipality would otherwise use, from the same content as the static page
// (page-content.js), with each system's own production files included as its documentation
// prescribes (GOV.UK Frontend: the minified stylesheet in the head, the ES module and `initAll()`
// at the end of the body, the `govuk-frontend-supported` class set by an inline script; USWDS:
// `uswds-init.min.js` and the stylesheet in the head, `uswds.min.js` at the end of the body).
//
// GOV.UK's page: header, service navigation, breadcrumbs, a summary list, the history as headed
// lists, a side list of links and the footer with navigation. USWDS's: the extended header with
// its mega menu, breadcrumb, summary box, process list, side navigation and the big footer.
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { escape, pageContent } from './page-content.js';
import { repoRoot } from './server.js';

// From the root's node_modules: USWDS exports no `./package.json` to resolve.
const packageDir = (name) => join(repoRoot, 'node_modules', name);
const govukDist = join(packageDir('govuk-frontend'), 'dist/govuk');
const uswdsDist = join(packageDir('@uswds/uswds'), 'dist');

/** Where each system's files are served: GOV.UK's stylesheet asks for its assets at /assets/. */
const govukBase = '/peers/govuk';
const uswdsBase = '/peers/uswds';

const version = (name) =>
  JSON.parse(readFileSync(join(packageDir(name), 'package.json'), 'utf8')).version;
export const peerVersions = { govuk: version('govuk-frontend'), uswds: version('@uswds/uswds') };

/**
 * The files the two pages load, as server routes (path → Buffer): the stylesheets and scripts,
 * and every font and image a stylesheet refers to (resolved as the browser would).
 */
export const peerAssets = () => {
  const routes = {};
  const add = (route, file) => {
    if (existsSync(file)) routes[route] = readFileSync(file);
  };
  const addWithReferences = (route, file, resolve) => {
    add(route, file);
    const css = readFileSync(file, 'utf8');
    for (const [, ref] of css.matchAll(/url\(["']?([^)"'#?]+)[^)]*\)/gu)) {
      if (ref.startsWith('data:')) continue;
      const target = ref.startsWith('/') ? ref : posix.join(posix.dirname(route), ref);
      add(target, resolve(target));
    }
  };
  addWithReferences(
    `${govukBase}/govuk-frontend.min.css`,
    join(govukDist, 'govuk-frontend.min.css'),
    (target) => join(govukDist, target),
  );
  add(`${govukBase}/govuk-frontend.min.js`, join(govukDist, 'govuk-frontend.min.js'));
  addWithReferences(
    `${uswdsBase}/css/uswds.min.css`,
    join(uswdsDist, 'css/uswds.min.css'),
    (target) => join(uswdsDist, posix.relative(uswdsBase, target)),
  );
  for (const script of ['uswds-init.min.js', 'uswds.min.js']) {
    add(`${uswdsBase}/js/${script}`, join(uswdsDist, 'js', script));
  }
  return routes;
};

const head = (content, stylesheets) => `<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(content.page.title[content.locale])} | ${content.t(content.data.name)}</title>
<link rel="icon" href="/kazanlak-coat-of-arms.svg" type="image/svg+xml">
${stylesheets}`;

const coat = (data, t, className) =>
  `<img class="${className}" src="${escape(data.coatOfArms.src)}" alt="${t(data.coatOfArms.alt)}" width="${data.coatOfArms.width / 4}" height="${data.coatOfArms.height / 4}">`;

const mailto = (address, className) =>
  `<a class="${className}" href="mailto:${escape(address)}">${escape(address)}</a>`;

/** The twin city's facts as label–value pairs. */
const facts = ({ city, l, t }) =>
  [
    city.since && [l.since, escape(city.since)],
    city.cityHoliday && [l.holiday, `${t(city.cityHoliday.name)}, ${t(city.cityHoliday.period)}`],
    city.nationalHoliday && [
      l.national,
      `${t(city.nationalHoliday.name)}, ${escape(city.nationalHoliday.day)}.${escape(city.nationalHoliday.month)}`,
    ],
    city.mayor && [
      l.mayor,
      city.mayor.names
        .map((n) => `<span lang="${escape(n.lang)}">${escape(n.text)}</span>`)
        .join(' / '),
    ],
    city.url && [l.website, `<a href="${escape(city.url)}">${escape(city.url)}</a>`],
  ].filter(Boolean);

const eventText = (event, t, className) =>
  event.url
    ? `<a class="${className}" href="${escape(event.url)}">${t(event.text)}</a>`
    : t(event.text);

/** The reference page built with GOV.UK Frontend. */
export const govukPage = (data, locale = data.defaultLocale ?? 'bg') => {
  const content = { ...pageContent(data, locale), data, locale };
  const { t, l, page, city, cityName, history, hours, tel, historyTitle } = content;
  const link = (item, className) =>
    `<a class="${className}" href="${escape(item.url)}"${item.url === page.url ? ' aria-current="page"' : ''}>${t(item.label)}</a>`;
  const sideList = (items) =>
    `<ul class="govuk-list">${items.map((item) => `<li>${link(item, 'govuk-link')}${item.children ? sideList(item.children) : ''}</li>`).join('')}</ul>`;
  const footerSection = (
    heading,
    items,
  ) => `<div class="govuk-footer__section govuk-grid-column-one-third">
<h2 class="govuk-footer__heading govuk-heading-m">${heading}</h2>
<ul class="govuk-footer__list">${items.map((item) => `<li class="govuk-footer__list-item">${item}</li>`).join('')}</ul>
</div>`;
  return `<!doctype html>
<html lang="${escape(locale)}" class="govuk-template">
<head>
${head(content, `<link rel="stylesheet" href="${govukBase}/govuk-frontend.min.css">`)}
</head>
<body class="govuk-template__body">
<script>document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');</script>
<a href="#main-content" class="govuk-skip-link" data-module="govuk-skip-link">${locale === 'bg' ? 'Към основното съдържание' : 'Skip to main content'}</a>
<header class="govuk-header">
<div class="govuk-header__container govuk-width-container">
<div class="govuk-header__logo"><a href="${escape(data.homeUrl)}" class="govuk-header__homepage-link">${coat(data, t, 'govuk-header__logotype')}<span class="govuk-header__product-name">${t(data.name)}</span></a></div>
</div>
</header>
<section aria-label="${t(data.name)}" class="govuk-service-navigation" data-module="govuk-service-navigation">
<div class="govuk-width-container"><div class="govuk-service-navigation__container">
<span class="govuk-service-navigation__service-name"><a href="${escape(data.homeUrl)}" class="govuk-service-navigation__link">${t(data.tagline)}</a></span>
<nav aria-label="${l.menu}" class="govuk-service-navigation__wrapper">
<button type="button" class="govuk-service-navigation__toggle govuk-js-service-navigation-toggle" aria-controls="navigation" hidden aria-hidden="true">${locale === 'bg' ? 'Меню' : 'Menu'}</button>
<ul class="govuk-service-navigation__list" id="navigation">${data.mainNavigation
    .map(
      (top) =>
        `<li class="govuk-service-navigation__item">${link(top, 'govuk-service-navigation__link')}</li>`,
    )
    .join(
      '',
    )}${data.utilityLinks.map((u) => `<li class="govuk-service-navigation__item">${link(u, 'govuk-service-navigation__link')}</li>`).join('')}</ul>
</nav>
</div></div>
</section>
<div class="govuk-width-container">
<nav class="govuk-breadcrumbs" aria-label="${l.breadcrumbs}"><ol class="govuk-breadcrumbs__list">${page.breadcrumbs
    .map(
      (c) => `<li class="govuk-breadcrumbs__list-item">${link(c, 'govuk-breadcrumbs__link')}</li>`,
    )
    .join('')}</ol></nav>
<main class="govuk-main-wrapper" id="main-content">
<div class="govuk-grid-row">
<div class="govuk-grid-column-two-thirds">
<h1 class="govuk-heading-xl">${escape(page.title[locale])}</h1>
<p class="govuk-body-s"><time datetime="${escape(page.published)}">${escape(page.published)}</time> · ${escape(page.views)}</p>
<div class="govuk-summary-card">
<div class="govuk-summary-card__title-wrapper"><h2 class="govuk-summary-card__title">${cityName}, ${t(city.country.name)}</h2></div>
<div class="govuk-summary-card__content">
${city.description ? `<p class="govuk-body">${t(city.description)}</p>` : ''}
<dl class="govuk-summary-list">${facts(content)
    .map(
      ([key, value]) =>
        `<div class="govuk-summary-list__row"><dt class="govuk-summary-list__key">${key}</dt><dd class="govuk-summary-list__value">${value}</dd></div>`,
    )
    .join('')}</dl>
</div>
</div>
<h2 class="govuk-heading-l">${historyTitle}</h2>
${history
  .map(
    (g) =>
      `${g.year ? `<h3 class="govuk-heading-m"><time datetime="${escape(g.year)}">${escape(g.year)}</time></h3>` : ''}<ul class="govuk-list govuk-list--bullet">${g.events
        .map((e) => `<li>${eventText(e, t, 'govuk-link')}</li>`)
        .join('')}</ul>`,
  )
  .join('\n')}
</div>
<div class="govuk-grid-column-one-third">
<nav aria-labelledby="side-title"><h2 class="govuk-heading-s" id="side-title">${t(data.sectionNavigation.label)}</h2>${sideList(data.sectionNavigation.items)}</nav>
</div>
</div>
</main>
</div>
<footer class="govuk-footer">
<div class="govuk-width-container">
<div class="govuk-footer__navigation">
${footerSection(t(data.name), [
  `${t(data.address.streetAddress)}, ${escape(data.address.postalCode)} ${t(data.address.locality)}`,
  ...data.phones.map((p) => `${t(p.label)}: ${tel(p.number)}`),
  ...data.emails.map((e) => mailto(e, 'govuk-footer__link')),
  ...(data.hotline ? [`${t(data.hotline.label)}: ${tel(data.hotline.phone)}`] : []),
])}
${footerSection(
  l.contacts,
  data.contacts.map(
    (c) =>
      `${t(c.label)}: ${(c.phones ?? []).map((n) => tel(n)).join(', ')}${(c.emails ?? []).map((e) => `, ${mailto(e, 'govuk-footer__link')}`).join('')}`,
  ),
)}
${footerSection(l.hours, [...hours.map((h) => `<strong>${h.name}</strong>: ${h.text}`), ...data.socialLinks.map((s) => link(s, 'govuk-footer__link'))])}
</div>
<hr class="govuk-footer__section-break">
<div class="govuk-footer__meta"><div class="govuk-footer__meta-item govuk-footer__meta-item--grow">
<h2 class="govuk-visually-hidden">${l.contacts}</h2>
<ul class="govuk-footer__inline-list">${data.footer.legalLinks.map((x) => `<li class="govuk-footer__inline-list-item">${link(x, 'govuk-footer__link')}</li>`).join('')}</ul>
<span class="govuk-footer__licence-description">© ${t(data.copyrightHolder)}</span>
</div></div>
</div>
</footer>
<script type="module" src="${govukBase}/govuk-frontend.min.js"></script>
<script type="module">import { initAll } from '${govukBase}/govuk-frontend.min.js'; initAll();</script>
</body>
</html>
`;
};

/** The reference page built with USWDS. */
export const uswdsPage = (data, locale = data.defaultLocale ?? 'bg') => {
  const content = { ...pageContent(data, locale), data, locale };
  const { t, l, page, city, cityName, history, hours, tel, historyTitle } = content;
  const link = (item, className) =>
    `<a class="${className}${item.url === page.url ? ' usa-current' : ''}" href="${escape(item.url)}"${item.url === page.url ? ' aria-current="page"' : ''}>${t(item.label)}</a>`;
  const megaMenu = data.mainNavigation
    .map(
      (top, i) => `<li class="usa-nav__primary-item">
<button type="button" class="usa-accordion__button usa-nav__link" aria-expanded="false" aria-controls="menu-${i}"><span>${t(top.label)}</span></button>
<div id="menu-${i}" class="usa-nav__submenu usa-megamenu" hidden><div class="grid-row grid-gap-4">${(
        top.children ?? []
      )
        .map(
          (group) =>
            `<div class="usa-col"><ul class="usa-nav__submenu-list"><li class="usa-nav__submenu-item">${link(group, '')}</li>${(
              group.children ?? []
            )
              .map((leaf) => `<li class="usa-nav__submenu-item">${link(leaf, '')}</li>`)
              .join('')}</ul></div>`,
        )
        .join('')}</div></div>
</li>`,
    )
    .join('');
  const sideNav = (items, className) =>
    `<ul class="${className}">${items
      .map(
        (item) =>
          `<li class="usa-sidenav__item">${link(item, '')}${item.children ? sideNav(item.children, 'usa-sidenav__sublist') : ''}</li>`,
      )
      .join('')}</ul>`;
  const footerColumn = (heading, items) => `<div class="mobile-lg:grid-col-6 desktop:grid-col-4">
<section class="usa-footer__primary-content usa-footer__primary-content--collapsible">
<h4 class="usa-footer__primary-link">${heading}</h4>
<ul class="usa-list usa-list--unstyled">${items.map((item) => `<li class="usa-footer__secondary-link">${item}</li>`).join('')}</ul>
</section>
</div>`;
  return `<!doctype html>
<html lang="${escape(locale)}">
<head>
${head(content, `<script src="${uswdsBase}/js/uswds-init.min.js"></script>\n<link rel="stylesheet" href="${uswdsBase}/css/uswds.min.css">`)}
</head>
<body>
<a class="usa-skipnav" href="#main-content">${locale === 'bg' ? 'Към основното съдържание' : 'Skip to main content'}</a>
<div class="usa-overlay"></div>
<header class="usa-header usa-header--extended">
<div class="usa-navbar">
<div class="usa-logo"><em class="usa-logo__text"><a href="${escape(data.homeUrl)}" title="${t(data.name)}">${coat(data, t, 'usa-logo__img')} ${t(data.name)}</a></em></div>
<button type="button" class="usa-menu-btn">${locale === 'bg' ? 'Меню' : 'Menu'}</button>
</div>
<nav aria-label="${l.menu}" class="usa-nav">
<div class="usa-nav__inner">
<button type="button" class="usa-nav__close"><img src="${uswdsBase}/img/usa-icons/close.svg" role="img" alt="${locale === 'bg' ? 'Затваряне' : 'Close'}"></button>
<ul class="usa-nav__primary usa-accordion">${megaMenu}</ul>
<div class="usa-nav__secondary"><ul class="usa-nav__secondary-links">${data.utilityLinks
    .map((u) => `<li class="usa-nav__secondary-item">${link(u, '')}</li>`)
    .join('')}</ul></div>
</div>
</nav>
</header>
<main id="main-content" class="grid-container">
<nav class="usa-breadcrumb" aria-label="${l.breadcrumbs}"><ol class="usa-breadcrumb__list">${page.breadcrumbs
    .map((c) =>
      c.url === page.url
        ? `<li class="usa-breadcrumb__list-item usa-current" aria-current="page"><span>${t(c.label)}</span></li>`
        : `<li class="usa-breadcrumb__list-item"><a class="usa-breadcrumb__link" href="${escape(c.url)}"><span>${t(c.label)}</span></a></li>`,
    )
    .join('')}</ol></nav>
<div class="grid-row grid-gap">
<div class="desktop:grid-col-8 usa-prose">
<h1>${escape(page.title[locale])}</h1>
<p><time datetime="${escape(page.published)}">${escape(page.published)}</time> · ${escape(page.views)}</p>
<div class="usa-summary-box" role="region" aria-labelledby="card-title"><div class="usa-summary-box__body">
<h2 class="usa-summary-box__heading" id="card-title">${cityName}, ${t(city.country.name)}</h2>
<div class="usa-summary-box__text">${city.description ? `<p>${t(city.description)}</p>` : ''}<dl>${facts(
    content,
  )
    .map(([key, value]) => `<dt>${key}</dt><dd>${value}</dd>`)
    .join('')}</dl></div>
</div></div>
<h2>${historyTitle}</h2>
<ol class="usa-process-list">${history
    .map(
      (g) =>
        `<li class="usa-process-list__item">${g.year ? `<h3 class="usa-process-list__heading"><time datetime="${escape(g.year)}">${escape(g.year)}</time></h3>` : ''}${g.events
          .map((e) => `<p>${eventText(e, t, 'usa-link')}</p>`)
          .join('')}</li>`,
    )
    .join('')}</ol>
</div>
<div class="desktop:grid-col-4">
<nav aria-labelledby="side-title"><h2 id="side-title">${t(data.sectionNavigation.label)}</h2>${sideNav(data.sectionNavigation.items, 'usa-sidenav')}</nav>
</div>
</div>
</main>
<footer class="usa-footer usa-footer--big">
<div class="grid-container usa-footer__return-to-top"><a href="#">${locale === 'bg' ? 'Към началото' : 'Return to top'}</a></div>
<div class="usa-footer__primary-section"><div class="grid-container">
<nav class="usa-footer__nav" aria-label="${l.contacts}"><div class="grid-row grid-gap-4">
${footerColumn(
  l.contacts,
  data.contacts.map(
    (c) =>
      `${t(c.label)}: ${(c.phones ?? []).map((n) => tel(n)).join(', ')}${(c.emails ?? []).map((e) => `, ${mailto(e, 'usa-link')}`).join('')}`,
  ),
)}
${footerColumn(
  l.hours,
  hours.map((h) => `<strong>${h.name}</strong>: ${h.text}`),
)}
${footerColumn(
  l.follow,
  data.socialLinks.map((s) => link(s, 'usa-link')),
)}
</div></nav>
</div></div>
<div class="usa-footer__secondary-section"><div class="grid-container"><div class="grid-row grid-gap">
<div class="usa-footer__logo grid-row mobile-lg:grid-col-6 mobile-lg:grid-gap-2"><div class="mobile-lg:grid-col-auto">${coat(data, t, 'usa-footer__logo-img')}</div><div class="mobile-lg:grid-col-auto"><p class="usa-footer__logo-heading">${t(data.name)}</p></div></div>
<div class="usa-footer__contact-links mobile-lg:grid-col-6"><address class="usa-footer__address"><div class="usa-footer__contact-info grid-row grid-gap">
<div class="grid-col-auto">${t(data.address.streetAddress)}, ${escape(data.address.postalCode)} ${t(data.address.locality)}</div>
${data.phones.map((p) => `<div class="grid-col-auto">${t(p.label)}: ${tel(p.number)}</div>`).join('')}
${data.emails.map((e) => `<div class="grid-col-auto">${mailto(e, 'usa-link')}</div>`).join('')}
${data.hotline ? `<div class="grid-col-auto">${t(data.hotline.label)}: ${tel(data.hotline.phone)}</div>` : ''}
</div></address>
<p>© ${t(data.copyrightHolder)} · ${data.footer.legalLinks.map((x) => link(x, 'usa-link')).join(' · ')}</p></div>
</div></div></div>
</footer>
<script src="${uswdsBase}/js/uswds.min.js"></script>
</body>
</html>
`;
};
