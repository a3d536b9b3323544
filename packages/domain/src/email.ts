import * as Schema from 'effect/Schema';

/** An e-mail address: one `@`, no spaces, a dotted domain. Deliberately not the full RFC 5322. */
export const Email = /*#__PURE__*/ (() =>
  Schema.String.pipe(
    Schema.check(
      Schema.isPattern(/^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:".]{2,}$/u, {
        title: 'Email',
        description: 'An e-mail address such as mayor@kazanlak.bg',
      }),
      Schema.isMaxLength(254),
    ),
    Schema.brand('Email'),
  ).annotate({ identifier: 'Email' }))();
export type Email = typeof Email.Type;

export const mailtoHref = (email: Email): string => `mailto:${email}`;
