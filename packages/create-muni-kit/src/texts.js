// The sample texts of a new document, in the languages the kit's interface ships. A document
// in other languages gets the English text under its default language, to be translated.

/** Text per language; `{name}` is the municipality's name. */
export const sampleTexts = Object.freeze({
  home: { bg: 'Начало', en: 'Home', mk: 'Почетна' },
  municipality: { bg: 'Общината', en: 'The municipality', mk: 'Општината' },
  about: { bg: 'За общината', en: 'About the municipality', mk: 'За општината' },
  aboutDescription: {
    bg: 'История, население и управление',
    en: 'History, population and government',
    mk: 'Историја, население и управа',
  },
  twinCities: { bg: 'Побратимени градове', en: 'Twin cities', mk: 'Збратимени градови' },
  contacts: { bg: 'Контакти', en: 'Contacts', mk: 'Контакти' },
  accessibility: { bg: 'Достъпност', en: 'Accessibility', mk: 'Пристапност' },
  coatOfArms: { bg: 'Герб на {name}', en: 'Coat of arms of {name}', mk: 'Грб на {name}' },
  streetAddress: {
    bg: 'адрес на общината',
    en: 'the municipality’s address',
    mk: 'адреса на општината',
  },
  sampleTwinCity: {
    bg: 'Примерен побратимен град',
    en: 'Example twin city',
    mk: 'Примерен збратимен град',
  },
  sampleCountry: { bg: 'Примерна държава', en: 'Example country', mk: 'Примерна држава' },
  sampleTwinCityDescription: {
    bg: 'Пример: заменете този град с истински побратимен град в редактора на данни.',
    en: 'An example: replace this city with a real twin city in the data editor.',
    mk: 'Пример: заменете го овој град со вистински збратимен град во уредувачот на податоци.',
  },
  sampleEvent: {
    bg: 'Пример: двата града подписват договор за побратимяване.',
    en: 'An example: the two cities sign a twinning agreement.',
    mk: 'Пример: двата града потпишуваат договор за збратимување.',
  },
});

/**
 * A text of `sampleTexts` as translations in the document's languages: those the kit knows,
 * else the English text under the default language.
 */
export const translate = (key, languages, name = '') => {
  const texts = sampleTexts[key];
  const known = languages.filter((tag) => Object.hasOwn(texts, tag.split('-')[0]));
  const pick = known.length > 0 ? known : [languages[0]];
  return Object.fromEntries(
    pick.map((tag) => [tag, (texts[tag.split('-')[0]] ?? texts.en).replaceAll('{name}', name)]),
  );
};
