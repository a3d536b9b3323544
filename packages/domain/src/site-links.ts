/*
 * The site's links around its content, as the municipality document gives them: its language
 * versions, the utility bar, social networks, the footer's link groups and its hotline.
 */
import * as Schema from 'effect/Schema';
import { Locale } from './locale.js';
import { LocalizedText } from './localized-text.js';
import { NavigationItem } from './navigation.js';
import { PhoneNumber } from './phone-number.js';
import { SafeUrl } from './safe-url.js';

export const LanguageVersion = /*#__PURE__*/ (() => Schema.Struct({
  /** A language of the document: its texts may be given in it. */
  locale: Locale,
  /** The page of the site in this language. */
  url: SafeUrl,
}).annotate({
  identifier: 'LanguageVersion',
  description:
    'The site in one language: its locale and the URL of its home page in that language. Write it site-relative ("/en/") or absolute: a relative URL resolves against the data file, which moves (into a CMS\'s uploads folder, for one).',
}))();

export const utilityLinkKinds = ['accessibility', 'council', 'contacts', 'report-issue', 'other'] as const;
export const UtilityLink = /*#__PURE__*/ (() => Schema.Struct({
  kind: Schema.Literals(utilityLinkKinds),
  label: LocalizedText,
  url: SafeUrl,
}).annotate({
  identifier: 'UtilityLink',
  description: 'A link of the utility bar above the header: accessibility, council, contacts, report an issue.',
}))();
export type UtilityLink = typeof UtilityLink.Type;

export const socialNetworks = ['facebook', 'instagram', 'youtube', 'x', 'linkedin', 'tiktok', 'other'] as const;
export const SocialLink = /*#__PURE__*/ (() => Schema.Struct({
  network: Schema.Literals(socialNetworks),
  /** The accessible name of the link: "Kazanlak Municipality on Facebook". */
  label: LocalizedText,
  url: SafeUrl,
}).annotate({ identifier: 'SocialLink', description: 'The municipality on a social network; the label is the accessible name of the link.' }))();
export type SocialLink = typeof SocialLink.Type;

export const LinkGroup = /*#__PURE__*/ (() => Schema.Struct({
  heading: LocalizedText,
  links: Schema.Array(NavigationItem),
}).annotate({ identifier: 'LinkGroup', description: 'A group of footer links under a heading.' }))();

export const Hotline = /*#__PURE__*/ (() => Schema.Struct({
  label: LocalizedText,
  phone: PhoneNumber,
}).annotate({ identifier: 'Hotline', description: 'The hotline shown in the footer: a label and a telephone number.' }))();
