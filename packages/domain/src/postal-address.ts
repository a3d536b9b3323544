import * as Schema from 'effect/Schema';
import { LocalizedText } from './localized-text.js';

/** A postal address as printed in an `<address>`: street, postcode and locality. */
export const PostalAddress = /*#__PURE__*/ (() =>
  Schema.Struct({
    streetAddress: LocalizedText.annotateKey({ description: 'The street and number.' }),
    locality: LocalizedText.annotateKey({ description: 'The town or city.' }),
    postalCode: Schema.String.pipe(
      Schema.check(Schema.isPattern(/^[0-9A-Za-z -]{3,10}$/u)),
    ).annotateKey({
      description: 'The postcode: 3 to 10 letters, digits, spaces or dashes.',
    }),
    country: Schema.String.pipe(Schema.check(Schema.isPattern(/^[A-Z]{2}$/u))).annotateKey({
      description: 'The ISO 3166-1 alpha-2 country code, in capitals: `BG`.',
    }),
  }).annotate({
    identifier: 'PostalAddress',
    description:
      'A postal address: street, locality, postcode and ISO 3166-1 alpha-2 country code.',
  }))();
export type PostalAddress = typeof PostalAddress.Type;
