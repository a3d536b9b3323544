/*
 * The site's links around its content, as the municipality document gives them: its language
 * versions, the utility bar, social networks, the footer's link groups and its hotline.
 */
import * as Schema from 'effect/Schema';
import { Locale } from './locale.js';
import { LocalizedText } from './localized-text.js';
import { NavigationItem } from './navigation.js';
import { phoneNumberField } from './phone-number.js';
import { SafeUrl } from './safe-url.js';

export const LanguageVersion = /*#__PURE__*/ (() =>
  Schema.Struct({
    locale: Locale.annotateKey({ description: 'The language of this version of the site.' }),
    url: SafeUrl.annotateKey({
      description: "The URL of the site's home page (or of the same page) in this language.",
    }),
  }).annotate({
    identifier: 'LanguageVersion',
    description:
      'The site in one language: its locale and the URL of its home page in that language. Write it site-relative ("/en/") or absolute: a relative URL resolves against the data file, which moves (into a CMS\'s uploads folder, for one).',
  }))();

export const utilityLinkKinds = [
  'accessibility',
  'council',
  'contacts',
  'report-issue',
  'other',
] as const;
export const UtilityLink = /*#__PURE__*/ (() =>
  Schema.Struct({
    kind: Schema.Literals(utilityLinkKinds).annotateKey({
      description:
        'What the link is: `accessibility`, `council`, `contacts`, `report-issue` or `other`.',
    }),
    label: LocalizedText.annotateKey({ description: 'The text of the link.' }),
    url: SafeUrl.annotateKey({ description: 'Where it leads.' }),
  }).annotate({
    identifier: 'UtilityLink',
    description:
      'A link of the utility bar above the header: accessibility, council, contacts, report an issue.',
  }))();
export type UtilityLink = typeof UtilityLink.Type;

export const socialNetworks = [
  'facebook',
  'instagram',
  'youtube',
  'x',
  'linkedin',
  'tiktok',
  'other',
] as const;
export const SocialLink = /*#__PURE__*/ (() =>
  Schema.Struct({
    network: Schema.Literals(socialNetworks).annotateKey({
      description: 'The network, which chooses the icon.',
    }),
    label: LocalizedText.annotateKey({
      description: 'The accessible name of the link: "Kazanlak Municipality on Facebook".',
    }),
    url: SafeUrl.annotateKey({ description: "The municipality's page on the network." }),
  }).annotate({
    identifier: 'SocialLink',
    description:
      'The municipality on a social network; the label is the accessible name of the link.',
  }))();
export type SocialLink = typeof SocialLink.Type;

export const LinkGroup = /*#__PURE__*/ (() =>
  Schema.Struct({
    heading: LocalizedText.annotateKey({ description: 'The heading of the group.' }),
    links: Schema.Array(NavigationItem).annotateKey({ description: 'The links of the group.' }),
  }).annotate({
    identifier: 'LinkGroup',
    description: 'A group of footer links under a heading.',
  }))();

export const Hotline = /*#__PURE__*/ (() =>
  Schema.Struct({
    label: LocalizedText.annotateKey({ description: 'What the hotline is for.' }),
    phone: phoneNumberField('Its telephone number.'),
  }).annotate({
    identifier: 'Hotline',
    description: 'The hotline shown in the footer: a label and a telephone number.',
  }))();
