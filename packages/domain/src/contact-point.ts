import * as Schema from 'effect/Schema';
import { Email } from './email.js';
import { LocalizedText } from './localized-text.js';
import { PhoneNumber, phoneNumberField } from './phone-number.js';

/** A labelled telephone line: "0431/98201 – technical assistant to the mayor". */
export const LabelledPhone = /*#__PURE__*/ (() =>
  Schema.Struct({
    number: phoneNumberField(
      'The number as the municipality writes it; links use its international (E.164) form.',
    ),
    label: Schema.optionalKey(LocalizedText).annotateKey({ description: 'What the line is for.' }),
    kind: Schema.optionalKey(Schema.Literals(['voice', 'fax'])).annotateKey({
      description: '`voice` (the default) or `fax`.',
    }),
  }).annotate({
    identifier: 'LabelledPhone',
    description:
      'A telephone line with an optional label: "0431/98201 – technical assistant to the mayor".',
  }))();
export type LabelledPhone = typeof LabelledPhone.Type;

/** An entry of the footer's contacts directory: a service with its phones and e-mails. */
export const ContactPoint = /*#__PURE__*/ (() =>
  Schema.Struct({
    label: LocalizedText.annotateKey({ description: 'The service: "Local taxes and fees".' }),
    phones: Schema.Array(PhoneNumber).annotateKey({ description: 'Its telephone numbers.' }),
    emails: Schema.optionalKey(Schema.Array(Email)).annotateKey({
      description: 'Its e-mail addresses.',
    }),
    notes: Schema.optionalKey(LocalizedText).annotateKey({
      description: 'A note shown under the entry.',
    }),
  }).annotate({
    identifier: 'ContactPoint',
    description:
      "An entry of the footer's contacts directory: a service with its phones and e-mails.",
  }))();
export type ContactPoint = typeof ContactPoint.Type;
