import * as Schema from 'effect/Schema';
import { LocalizedText } from './localized-text.js';

/** A postal address as printed in an `<address>`: street, postcode and locality. */
export const PostalAddress = /*#__PURE__*/ (() => Schema.Struct({
  streetAddress: LocalizedText,
  locality: LocalizedText,
  postalCode: Schema.String.pipe(Schema.check(Schema.isPattern(/^[0-9A-Za-z -]{3,10}$/u))),
  /** ISO 3166-1 alpha-2 country code. */
  country: Schema.String.pipe(Schema.check(Schema.isPattern(/^[A-Z]{2}$/u))),
}).annotate({ identifier: 'PostalAddress', description: 'A postal address: street, locality, postcode and ISO 3166-1 alpha-2 country code.' }))();
export type PostalAddress = typeof PostalAddress.Type;
