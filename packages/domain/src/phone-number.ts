import * as Schema from 'effect/Schema';
import * as SchemaGetter from 'effect/SchemaGetter';

/**
 * A telephone number: `e164` for `tel:` links ("+35943198201"), `display` for people, in the
 * local form the municipality writes ("0431/98201", "0 700 400 56", "0887 311 884").
 */
export interface PhoneNumber {
  readonly e164: string;
  readonly display: string;
}

const bulgaria = '359';

/**
 * Parses a number as Bulgarian sites write it: national numbers with a trunk 0 and any of
 * space, slash, dot, dash or brackets between groups, or international ones with `+` or `00`.
 * Returns undefined for anything that is not 6 to 15 digits long.
 */
export const parsePhoneNumber = (written: string): PhoneNumber | undefined => {
  const trimmed = written.trim();
  if (!/^\+?[\d\s/.()-]+$/u.test(trimmed)) return undefined;
  const digits = trimmed.replace(/\D/gu, '');
  let international: string;
  if (trimmed.startsWith('+')) international = digits;
  else if (digits.startsWith('00')) international = digits.slice(2);
  else if (digits.startsWith('0')) international = bulgaria + digits.slice(1);
  else return undefined;
  const national = international.startsWith(bulgaria)
    ? international.slice(bulgaria.length)
    : undefined;
  // E.164 numbers start with a country code, never with 0 ("+0431…" is a typo).
  if (
    !/^[1-9]/u.test(international) ||
    international.length > 15 ||
    (national ?? international).length < 6
  )
    return undefined;
  const e164 = `+${international}`;
  return {
    e164,
    display: hasGrouping(trimmed) ? trimmed.replace(/\s+/gu, ' ') : formatPhoneForDisplay(e164),
  };
};

const hasGrouping = (written: string): boolean => /[\s/.()-]/u.test(written.replace(/^\+/u, ''));

/**
 * Groups a number for reading aloud and at a glance: Bulgarian mobile numbers as
 * "0887 311 884", national service numbers as "0700 400 56", other Bulgarian numbers with the
 * area code apart ("0431 98201"), foreign numbers in their international form.
 */
export const formatPhoneForDisplay = (e164: string): string => {
  if (!e164.startsWith(`+${bulgaria}`)) return e164;
  const national = `0${e164.slice(1 + bulgaria.length)}`;
  if (/^08[789]\d{7}$/u.test(national))
    return `${national.slice(0, 4)} ${national.slice(4, 7)} ${national.slice(7)}`;
  if (/^0[789]00\d+$/u.test(national))
    return `${national.slice(0, 4)} ${national.slice(4, 7)} ${national.slice(7)}`.trim();
  if (national.startsWith('02')) return `02 ${national.slice(2)}`;
  return `${national.slice(0, 4)} ${national.slice(4)}`;
};

export const telHref = (phone: PhoneNumber): string => `tel:${phone.e164}`;

export const checkPhoneNumber = (written: string): true | string =>
  parsePhoneNumber(written) !== undefined ||
  'Expected a telephone number such as 0431/98201 or +359 431 98201';

/**
 * True for a number already decoded into its E.164 and display forms. The E.164 form must be
 * one (it goes into a `tel:` link), and the display form must not be empty.
 */
export const isPhoneNumber = (value: unknown): value is PhoneNumber =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as PhoneNumber).e164 === 'string' &&
  /^\+[1-9]\d{5,14}$/u.test((value as PhoneNumber).e164) &&
  typeof (value as PhoneNumber).display === 'string' &&
  (value as PhoneNumber).display.trim() !== '';

const PhoneNumberType = /*#__PURE__*/ (() =>
  Schema.Struct({ e164: Schema.String, display: Schema.String }))();

/** A number as written ("0431/98201"): what a document holds. */
const PhoneNumberWritten = /*#__PURE__*/ (() =>
  Schema.String.pipe(
    Schema.check(
      Schema.makeFilter(checkPhoneNumber, {
        title: 'PhoneNumber',
        description:
          'A telephone number as written locally (0431/98201, 0 700 400 56, 0887311884) or internationally (+359…).',
        toJsonSchema: () => ({ pattern: '^\\s*\\+?[\\d\\s/.()-]+$' }),
      }),
    ),
  ))();

const decodePhoneNumber = (written: typeof PhoneNumberWritten) =>
  written
    .pipe(
      Schema.decodeTo(PhoneNumberType, {
        decode: SchemaGetter.transform((text: string) => parsePhoneNumber(text) as PhoneNumber),
        encode: SchemaGetter.transform((phone: PhoneNumber) => phone.display),
      }),
    )
    .annotate({ identifier: 'PhoneNumber' });

/** Decodes a number as written ("0431/98201") into its E.164 and display forms. */
export const PhoneNumber = /*#__PURE__*/ (() => decodePhoneNumber(PhoneNumberWritten))();

/**
 * A field holding a PhoneNumber, described: the description of a transformed schema's key
 * reaches the JSON Schema only from its encoded side, which `PhoneNumber.annotateKey` misses.
 */
export const phoneNumberField = (description: string): typeof PhoneNumber =>
  decodePhoneNumber(PhoneNumberWritten.annotateKey({ description }));
