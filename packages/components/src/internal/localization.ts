import { configureReentrantLocalization } from '@lit/localize/init/reentrant.js';
import type { Locale } from '@muni-kit/domain/locale.js';
import * as bg from '../generated/locales/bg.js';

/*
 * Every element renders in its own language (its `lang`, an ancestor's, or the page's), so two
 * elements on one page may differ. @lit/localize's runtime mode keeps one global locale; its
 * reentrant mode asks for the locale at each msg() call instead, which lets a render run in the
 * element's locale. Both locales are bundled: the Bulgarian strings cost about 1 KB.
 */
let renderLocale: Locale = 'en';

try {
  configureReentrantLocalization({
    sourceLocale: 'en',
    targetLocales: ['bg'],
    getLocale: () => renderLocale,
    loadLocaleSync: (locale) => (locale === 'bg' ? bg : undefined),
  });
} catch {
  // The host application configured @lit/localize itself (one shared copy): its msg() is used.
}

/** Runs `render` with msg() answering in `locale`, and restores the previous locale after. */
export const inLocale = <T>(locale: Locale, render: () => T): T => {
  const previous = renderLocale;
  renderLocale = locale;
  try {
    return render();
  } finally {
    renderLocale = previous;
  }
};
