#!/usr/bin/env node
// The benchmark's reference: the demo page's content as plain static HTML, written from the same
// data file by a simple template, with no JavaScript at all (a dropdown is a <details>).
//
//   node bench/static-page.js [--data=packages/domain/data/kazanlak.json] [--out=bench/static.html]
//
// The page is served beside the demo (apps/embed/dist) so that it uses the same demo.css and
// images; its own styles are inline, about what a CMS theme would ship for these blocks.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { escape, pageContent } from './page-content.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const css = `
.bar{background:#faf6f3;font-size:.875em}.bar ul,.menu ul,.crumbs ol,.foot ul,.side ul{list-style:none;margin:0;padding:0}
.bar ul{display:flex;flex-wrap:wrap;gap:.25em 1.5em;max-inline-size:75em;margin-inline:auto;padding:.5em 1em}
a{color:#8c1d40}a:focus-visible,summary:focus-visible{outline:3px solid #0b0c0c;box-shadow:0 0 0 6px #fd0}
.head{display:flex;align-items:center;gap:1em;max-inline-size:75em;margin-inline:auto;padding:1em}
.head .name{font-size:1.5em;font-weight:700;margin:0;line-height:1.2}.head .name a{color:inherit;text-decoration:none}
.head p{margin:0;color:#5a4f53}.lang{margin-inline-start:auto}
.menu{background:#8c1d40;color:#fff}.menu>ul{display:flex;flex-wrap:wrap;max-inline-size:75em;margin-inline:auto;padding:0 1em}
.menu summary{cursor:pointer;padding:.75em 1em;font-weight:600}.menu details[open] summary{background:#6b1531}
.menu .panel{position:absolute;inset-inline:0;background:#fff;color:#1f1a1c;box-shadow:0 8px 16px #0003;padding:1.5em;display:grid;grid-template-columns:repeat(auto-fill,minmax(14em,1fr));gap:1.5em;z-index:1}
.menu h2{font-size:1em;margin:0 0 .5em}.menu .panel li{margin-block:.25em}.menu small{display:block;color:#5a4f53}
.line{max-inline-size:75em;margin-inline:auto;padding:.5em 1em;color:#5a4f53;font-size:.875em}
.crumbs ol{display:flex;flex-wrap:wrap;gap:.25em .5em;font-size:.875em;padding-block:.75em}
.crumbs li+li::before{content:'›';margin-inline-end:.5em;color:#5a4f53}.crumbs [aria-current]{color:#1f1a1c;text-decoration:none}
.card{border:1px solid #cfc3bd;background:#faf6f3;border-radius:.5em;padding:1.5em}.card h2{margin-top:0}
.card dl{display:grid;grid-template-columns:max-content 1fr;gap:.5em 1.5em}.card dt{font-weight:600}.card dd{margin:0}
.history{list-style:none;padding:0;border-inline-start:2px solid #cfc3bd;margin-inline-start:.5em}
.history>li{padding-inline-start:1.5em;margin-block-end:1.5em}.history h3{color:#8c1d40;font-size:1.25em;margin:0 0 .25em}
.history ol{list-style:none;padding:0}.history p{margin:0 0 .75em}
.side{border-inline-start:4px solid #8c1d40;padding-inline-start:1em}.side h2{font-size:1.125em;margin:0 0 .5em}
.side ul ul{padding-inline-start:1em}.side li{margin-block:.35em}.side [aria-current]{font-weight:700;color:#1f1a1c}
.foot{background:#6b1531;color:#fff;margin-block-start:2em}.foot a{color:#fff}
.foot .cols{max-inline-size:75em;margin-inline:auto;padding:2em 1em;display:grid;gap:2em;grid-template-columns:repeat(auto-fit,minmax(16em,1fr))}
.foot h2{font-size:1.125em;margin:0 0 .5em}.foot li{margin-block:.25em}.foot p{margin:0 0 .5em}
.foot .legal{max-inline-size:75em;margin-inline:auto;padding:1em;border-top:1px solid #fff5;display:flex;flex-wrap:wrap;gap:.5em 1.5em;font-size:.875em}
@media (max-width:47.99em){.menu>ul{flex-direction:column}.menu .panel{position:static}.head{flex-wrap:wrap}}
@media print{.menu,.bar,.side,.crumbs{display:none}}
`.trim();

/** The static page for `data` in `locale`, as one HTML string. */
export const staticPage = (data, locale = data.defaultLocale ?? 'bg') => {
  const { t, l, page, city, cityName, history, hours, tel, historyTitle } = pageContent(
    data,
    locale,
  );
  const link = (item, current) =>
    `<a href="${escape(item.url)}"${item.url === current ? ' aria-current="page"' : ''}>${t(item.label)}</a>`;
  const tree = (items, current) =>
    `<ul>${items
      .map(
        (item) =>
          `<li>${link(item, current)}${item.children ? tree(item.children, current) : ''}</li>`,
      )
      .join('')}</ul>`;

  const menu = data.mainNavigation
    .map(
      (top) =>
        `<li><details><summary>${t(top.label)}</summary><div class="panel">${(top.children ?? [])
          .map(
            (group) =>
              `<section><h2>${link(group)}</h2>${
                group.children
                  ? `<ul>${group.children
                      .map(
                        (leaf) =>
                          `<li>${link(leaf)}${leaf.description ? `<small>${t(leaf.description)}</small>` : ''}</li>`,
                      )
                      .join('')}</ul>`
                  : ''
              }</section>`,
          )
          .join('')}</div></details></li>`,
    )
    .join('');

  return `<!doctype html>
<html lang="${escape(locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(page.title[locale])} | ${t(data.name)}</title>
<meta name="description" content="${cityName}">
<link rel="icon" href="kazanlak-coat-of-arms.svg" type="image/svg+xml">
<link rel="stylesheet" href="demo.css">
<style>${css}</style>
</head>
<body>
<header>
<nav class="bar" aria-label="${t(data.name)}"><ul>${data.utilityLinks.map((u) => `<li>${link(u)}</li>`).join('')}</ul></nav>
<div class="head">
<img src="${escape(data.coatOfArms.src)}" alt="${t(data.coatOfArms.alt)}" width="${data.coatOfArms.width / 2}" height="${data.coatOfArms.height / 2}">
<div><p class="name"><a href="${escape(data.homeUrl)}">${t(data.name)}</a></p><p>${t(data.tagline)}</p></div>
<ul class="lang">${data.languageVersions
    .filter((v) => v.locale !== locale)
    .map(
      (v) =>
        `<li><a href="${escape(v.url)}" hreflang="${escape(v.locale)}" lang="${escape(v.locale)}">${v.locale === 'en' ? 'English' : 'Български'}</a></li>`,
    )
    .join('')}</ul>
</div>
<nav class="menu" aria-label="${l.menu}"><ul>${menu}</ul></nav>
<p class="line">${l.weather}</p>
</header>
<div class="page">
<nav class="crumbs" aria-label="${l.breadcrumbs}"><ol>${page.breadcrumbs
    .map((c) => `<li>${link(c, page.url)}</li>`)
    .join('')}</ol></nav>
<div class="layout">
<main id="main" tabindex="-1">
<article>
<h1>${escape(page.title[locale])}</h1>
<p class="meta"><time datetime="${escape(page.published)}">${escape(page.published)}</time> · ${escape(page.views)}</p>
<section class="card" aria-labelledby="card-title">
<h2 id="card-title">${cityName}, ${t(city.country.name)}</h2>
${city.description ? `<p>${t(city.description)}</p>` : ''}
<dl>
${city.since ? `<dt>${l.since}</dt><dd>${escape(city.since)}</dd>` : ''}
${city.cityHoliday ? `<dt>${l.holiday}</dt><dd>${t(city.cityHoliday.name)}, ${t(city.cityHoliday.period)}</dd>` : ''}
${city.nationalHoliday ? `<dt>${l.national}</dt><dd>${t(city.nationalHoliday.name)}, ${escape(city.nationalHoliday.day)}.${escape(city.nationalHoliday.month)}</dd>` : ''}
${city.mayor ? `<dt>${l.mayor}</dt><dd>${city.mayor.names.map((n) => `<span lang="${escape(n.lang)}">${escape(n.text)}</span>`).join(' / ')}</dd>` : ''}
${city.url ? `<dt>${l.website}</dt><dd><a href="${escape(city.url)}">${escape(city.url)}</a></dd>` : ''}
</dl>
</section>
<h2>${historyTitle}</h2>
<ol class="history" aria-label="${l.history} ${cityName}">${history
    .map(
      (g) =>
        `<li>${g.year ? `<h3><time datetime="${escape(g.year)}">${escape(g.year)}</time></h3>` : ''}<ol>${g.events
          .map(
            (e) =>
              `<li><p>${e.url ? `<a href="${escape(e.url)}">${t(e.text)}</a>` : t(e.text)}</p></li>`,
          )
          .join('')}</ol></li>`,
    )
    .join('')}</ol>
</article>
</main>
<aside class="sidebar">
<nav class="side" aria-labelledby="side-title"><h2 id="side-title">${t(data.sectionNavigation.label)}</h2>${tree(data.sectionNavigation.items, page.url)}</nav>
</aside>
</div>
</div>
<footer class="foot">
<div class="cols">
<section><h2>${t(data.name)}</h2><address><p>${t(data.address.streetAddress)}, ${escape(data.address.postalCode)} ${t(data.address.locality)}</p></address>
<ul>${data.phones.map((p) => `<li>${t(p.label)}: ${tel(p.number)}</li>`).join('')}${data.emails.map((e) => `<li><a href="mailto:${escape(e)}">${escape(e)}</a></li>`).join('')}</ul>
${data.hotline ? `<p>${t(data.hotline.label)}: ${tel(data.hotline.phone)}</p>` : ''}</section>
<section><h2>${l.contacts}</h2><ul>${data.contacts
    .map(
      (c) =>
        `<li>${t(c.label)}: ${(c.phones ?? []).map((n) => tel(n)).join(', ')}${(c.emails ?? []).map((e) => `, <a href="mailto:${escape(e)}">${escape(e)}</a>`).join('')}</li>`,
    )
    .join('')}</ul></section>
<section><h2>${l.hours}</h2><ul>${hours.map((h) => `<li><strong>${h.name}</strong>: ${h.text}</li>`).join('')}</ul>
<h2>${l.follow}</h2><ul>${data.socialLinks.map((s) => `<li>${link(s)}</li>`).join('')}</ul></section>
</div>
<div class="legal"><span>© ${t(data.copyrightHolder)}</span>${data.footer.legalLinks.map((x) => link(x)).join('')}</div>
</footer>
</body>
</html>
`;
};

const main = () => {
  const { values } = parseArgs({
    options: {
      data: { type: 'string', default: join(root, 'packages/domain/data/kazanlak.json') },
      out: { type: 'string', default: join(root, 'bench/static.html') },
      locale: { type: 'string' },
    },
  });
  const data = JSON.parse(readFileSync(values.data, 'utf8'));
  const html = staticPage(data, values.locale);
  writeFileSync(values.out, html);
  console.log(`wrote ${values.out} (${Buffer.byteLength(html)} bytes, no JavaScript)`);
};

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
