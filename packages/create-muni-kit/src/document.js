// A new municipality document: the parts the domain requires, a menu, one page with its
// breadcrumbs and one example twin city, so that every element has something to show.
import { translate } from './texts.js';

/** The id of the example twin city and of the page about the twin cities. */
export const sampleTwinCityId = 'example-twin-city';
export const twinCitiesPageId = 'twin-cities';

/**
 * The document for `options` (`name`, `languages`, `id`, `country`), its coat of arms at
 * `coatOfArmsFile` (relative to the document). The page is `index.html`; other languages
 * than the default are its `?lang=` versions.
 */
export const makeDocument = ({ name, languages, id, country }, coatOfArmsFile) => {
  const t = (key) => translate(key, languages, name);
  const inDefault = { [languages[0]]: name };
  const home = { label: t('home'), url: '/' };
  const municipality = { label: t('municipality'), url: '/municipality' };
  const twinCities = { label: t('twinCities'), url: '/municipality/twin-cities' };
  return {
    $schema: 'https://cdn.jsdelivr.net/npm/@muni-kit/domain@0.1.0/schema/municipality.schema.json',
    id,
    defaultLocale: languages[0],
    languageVersions: languages.map((locale, index) => ({
      locale,
      url: index === 0 ? './index.html' : `./index.html?lang=${locale}`,
    })),
    name: inDefault,
    homeUrl: '/',
    coatOfArms: { src: coatOfArmsFile, alt: t('coatOfArms') },
    utilityLinks: [{ kind: 'accessibility', label: t('accessibility'), url: '/accessibility' }],
    mainNavigation: [
      {
        ...municipality,
        children: [
          { label: t('about'), url: '/municipality/about', description: t('aboutDescription') },
          {
            ...twinCities,
            children: [{ label: t('sampleTwinCity'), url: '/municipality/twin-cities/example' }],
          },
        ],
      },
      { label: t('contacts'), url: '/contacts', children: [] },
    ],
    sectionNavigation: {
      label: t('twinCities'),
      items: [{ label: t('sampleTwinCity'), url: '/municipality/twin-cities/example' }],
    },
    footer: { legalLinks: [{ label: t('accessibility'), url: '/accessibility' }] },
    address: {
      streetAddress: t('streetAddress'),
      locality: inDefault,
      postalCode: '0000',
      country,
    },
    phones: [],
    emails: [],
    socialLinks: [],
    officeHours: [],
    contacts: [],
    twinCities: [
      {
        id: sampleTwinCityId,
        kind: 'twin',
        places: [{ name: t('sampleTwinCity') }],
        country: { code: country, name: t('sampleCountry') },
        description: t('sampleTwinCityDescription'),
        pageUrl: '/municipality/twin-cities/example',
        history: [{ date: String(new Date().getFullYear()), text: t('sampleEvent') }],
      },
    ],
    copyrightHolder: inDefault,
    pages: [
      {
        id: twinCitiesPageId,
        title: t('twinCities'),
        url: '/municipality/twin-cities',
        breadcrumbs: [home, municipality, twinCities],
      },
    ],
  };
};
