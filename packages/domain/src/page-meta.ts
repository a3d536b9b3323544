import * as Schema from 'effect/Schema';
import { LocalizedText } from './localized-text.js';
import { NavigationItem } from './navigation.js';
import { PartialDate } from './partial-date.js';
import { SafeUrl } from './safe-url.js';
import { Slug } from './twin-city.js';

/** An article of the site: its title, when it was published, how often read, and where it sits. */
export const PageMeta = /*#__PURE__*/ (() => Schema.Struct({
  id: Slug,
  title: LocalizedText,
  url: SafeUrl,
  published: Schema.optionalKey(PartialDate),
  views: Schema.optionalKey(Schema.Int.pipe(Schema.check(Schema.isGreaterThanOrEqualTo(0)))),
  /** From the home page down to this page, which is the last item. */
  breadcrumbs: Schema.Array(NavigationItem),
  /** The twin city the page is about, if any. */
  twinCity: Schema.optionalKey(Slug),
}).annotate({ identifier: 'PageMeta', description: 'An article of the site: its title, publication date, views and breadcrumb trail.' }))();
export type PageMeta = typeof PageMeta.Type;
