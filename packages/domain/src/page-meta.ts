import * as Schema from 'effect/Schema';
import { LocalizedText } from './localized-text.js';
import { NavigationItem } from './navigation.js';
import { PartialDate } from './partial-date.js';
import { SafeUrl } from './safe-url.js';
import { Slug } from './twin-city.js';

/** An article of the site: its title, when it was published, how often read, and where it sits. */
export const PageMeta = /*#__PURE__*/ (() =>
  Schema.Struct({
    id: Slug.annotateKey({
      description: 'The page\'s id, used in `page="…"` on `muni-breadcrumbs`.',
    }),
    title: LocalizedText.annotateKey({ description: "The page's title." }),
    url: SafeUrl.annotateKey({ description: "The page's URL." }),
    published: Schema.optionalKey(PartialDate).annotateKey({
      description: 'When the page was published.',
    }),
    views: Schema.optionalKey(
      Schema.Int.pipe(Schema.check(Schema.isGreaterThanOrEqualTo(0))),
    ).annotateKey({
      description: 'How many times the page was read.',
    }),
    breadcrumbs: Schema.Array(NavigationItem).annotateKey({
      description: 'The trail from the home page down to this page, which is the last item.',
    }),
    twinCity: Schema.optionalKey(Slug).annotateKey({
      description: 'The id of the twin city the page is about, if any.',
    }),
  }).annotate({
    identifier: 'PageMeta',
    description: 'An article of the site: its title, publication date, views and breadcrumb trail.',
  }))();
export type PageMeta = typeof PageMeta.Type;
