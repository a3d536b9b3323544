/**
 * Opt-in: `<html data-muni-lang-param="lang">` makes a page that exists once serve every
 * language its data offers, chosen by a query parameter (`?lang=en`). The page's `lang` is set
 * from the parameter, so elements, the page's own `:lang()` CSS and assistive technology all
 * agree. Pages without the attribute are never touched.
 */
export const followLanguageParameter = (document: Document): void => {
  const root = document.documentElement;
  const parameter = root.dataset['muniLangParam'];
  if (!parameter) return;
  const requested = new URLSearchParams(document.location.search).get(parameter);
  if (!requested || !/^[a-z]{2,3}(?:-[a-z0-9-]+)?$/iu.test(requested)) return;
  root.lang = requested;
  // The page's title in that language, if the page gives one: <meta name="muni-title" lang="en" content="…">
  for (const meta of document.querySelectorAll<HTMLMetaElement>('meta[name="muni-title"][lang]')) {
    if (meta.lang === requested) document.title = meta.content;
  }
};
