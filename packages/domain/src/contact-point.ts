import * as Schema from 'effect/Schema';
import { Email } from './email.js';
import { LocalizedText } from './localized-text.js';
import { PhoneNumber } from './phone-number.js';

/** A labelled telephone line: "0431/98201 – technical assistant to the mayor". */
export const LabelledPhone = /*#__PURE__*/ (() => Schema.Struct({
  number: PhoneNumber,
  label: Schema.optionalKey(LocalizedText),
  kind: Schema.optionalKey(Schema.Literals(['voice', 'fax'])),
}).annotate({ identifier: 'LabelledPhone', description: 'A telephone line with an optional label: "0431/98201 – technical assistant to the mayor".' }))();
export type LabelledPhone = typeof LabelledPhone.Type;

/** An entry of the footer's contacts directory: a service with its phones and e-mails. */
export const ContactPoint = /*#__PURE__*/ (() => Schema.Struct({
  label: LocalizedText,
  phones: Schema.Array(PhoneNumber),
  emails: Schema.optionalKey(Schema.Array(Email)),
  notes: Schema.optionalKey(LocalizedText),
}).annotate({ identifier: 'ContactPoint', description: 'An entry of the footer\'s contacts directory: a service with its phones and e-mails.' }))();
export type ContactPoint = typeof ContactPoint.Type;
