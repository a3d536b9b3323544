import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isSafeUrl, resolveUrl, SafeUrl, safeUrlPattern } from './safe-url.js';

/** The JSON Schema's pattern for SafeUrl, as editors run it. */
const schemaPattern = new RegExp(safeUrlPattern, 'u');
import { decodeOrThrow, issuesOf } from './test-fixtures.js';

const rejection = [
  { path: '(document)', message: 'Expected an http(s), mailto, tel or relative URL' },
];

describe('SafeUrl examples', () => {
  it('accepts http(s), mailto, tel and relative URLs', () => {
    for (const url of [
      'https://www.kazanlak.bg/',
      'http://kochani.gov.mk/mk/',
      'HTTPS://EXAMPLE.ORG/Path?q=1#top',
      'mailto:mayor@kazanlak.bg',
      'mailto:obshtina@kazanlak.bg?subject=%D0%97%D0%B4%D1%80%D0%B0%D0%B2%D0%B5%D0%B9%D1%82%D0%B5',
      'tel:+35943198201',
      '/bg/twin-cities/kochani',
      'img/kochani.jpg',
      './kochani.jpg',
      '../images/kochani.jpg',
      '?page=2',
      '#main',
      'kochani?next=/a:b',
      '/search?q=%3Cscript%3E',
    ]) {
      assert.equal(decodeOrThrow(SafeUrl, url), url);
    }
  });

  it('rejects script and data URLs, other schemes, empty and oversized values', () => {
    for (const url of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      '\u0000javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      'javascript&colon;alert(1)',
      '&#106;avascript:alert(1)',
      'javascript&#x3A;alert(1)',
      'javascript&#58alert(1)',
      '%6Aavascript:alert(1)',
      'javascript%3Aalert(1)',
      'javascript%253Aalert(1)',
      'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'ftp://example.org/',
      'blob:https://example.org/1',
      'https://',
      'http://exa mple.org/',
      'https://example.org/\u200b',
      '',
      `/${'a'.repeat(4096)}`,
    ]) {
      assert.deepEqual(issuesOf(SafeUrl, url), rejection, JSON.stringify(url));
      assert.equal(isSafeUrl(url), false, JSON.stringify(url));
    }
  });

  it('rejects non-strings', () => {
    for (const input of [null, 42, { href: '/' }]) assert.equal(issuesOf(SafeUrl, input).length, 1);
  });

  // A stray "%" made the whole string undecodable, so a percent-encoded colon went unseen.
  it('rejects a percent-encoded script URL that also holds a malformed escape', () => {
    assert.equal(isSafeUrl('javascript%3Aalert("100%")'), false);
    assert.equal(isSafeUrl('javascript%3Aalert(1)%E0'), false);
  });

  // Three decoding rounds used to be the limit; deeper nesting must not slip through.
  it('rejects a script URL percent-encoded any number of times', () => {
    let url = 'javascript:alert(1)';
    for (let depth = 1; depth <= 8; depth++) {
      url = url.replace(/[%:]/gu, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
      assert.equal(isSafeUrl(url), false, url);
    }
  });
});

// --- Property tests -------------------------------------------------------------------------

const hex = (code: number, upper: boolean) => {
  const digits = code.toString(16).padStart(2, '0');
  return upper ? digits.toUpperCase() : digits;
};

interface Token {
  readonly text: string;
  /** The character the token stands for. */
  readonly char: string;
  /** A numeric entity written without its ";", which the next character must not extend. */
  readonly openEntity?: 'decimal' | 'hex';
}

const namedEntities: Record<string, readonly string[]> = {
  ':': ['&colon;'],
  '\t': ['&Tab;'],
  '\n': ['&NewLine;'],
};

/** One character, written raw (any case), percent-encoded, or as an HTML numeric or named entity. */
const disguisedChar = (ch: string): fc.Arbitrary<Token> => {
  const code = ch.charCodeAt(0);
  const options: Array<fc.Arbitrary<Token>> = [
    fc.boolean().map((upper) => ({ char: ch, text: upper ? ch.toUpperCase() : ch.toLowerCase() })),
    fc.boolean().map((upper) => ({ char: ch, text: `%${hex(code, upper)}` })),
    fc.record({ zeros: fc.nat(4), semicolon: fc.boolean() }).map(({ zeros, semicolon }): Token => ({
      char: ch,
      text: `&#${'0'.repeat(zeros)}${code};`.slice(0, semicolon ? undefined : -1),
      ...(semicolon ? {} : { openEntity: 'decimal' as const }),
    })),
    fc
      .record({
        zeros: fc.nat(4),
        upperX: fc.boolean(),
        upper: fc.boolean(),
        semicolon: fc.boolean(),
      })
      .map(({ zeros, upperX, upper, semicolon }): Token => ({
        char: ch,
        text: `&#${upperX ? 'X' : 'x'}${'0'.repeat(zeros)}${hex(code, upper)}${semicolon ? ';' : ''}`,
        ...(semicolon ? {} : { openEntity: 'hex' as const }),
      })),
  ];
  const named = namedEntities[ch];
  if (named) options.push(fc.constantFrom(...named).map((text) => ({ char: ch, text })));
  return fc.oneof(...options);
};

/** What browsers drop inside a scheme: tabs and newlines, raw or encoded. */
const insertedBlank: fc.Arbitrary<Token | undefined> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(undefined) },
  fc
    .constantFrom('\t', '\n', '\r', '&Tab;', '&NewLine;', '&#9;', '&#x0A;', '%09', '%0a', '%0D')
    .map((text) => ({ char: '\t', text })),
);

/** Leading whitespace and C0 control characters, which URL parsers strip. */
const leadingControls: fc.Arbitrary<Token[]> = fc
  .array(fc.integer({ min: 0, max: 0x20 }), { maxLength: 4 })
  .map((codes) =>
    codes.map((code) => ({ char: String.fromCharCode(code), text: String.fromCharCode(code) })),
  );

const percentEncode = (text: string, upper: boolean) =>
  [...text].map((ch) => `%${hex(ch.charCodeAt(0), upper)}`).join('');

/** How many times each token is percent-encoded as a whole: 0 (mostly) up to 3 nested layers. */
const encodingDepth = fc.oneof(
  { weight: 4, arbitrary: fc.constant(0) },
  fc.integer({ min: 1, max: 3 }),
);

/**
 * Joins the tokens, each percent-encoded `depth` times. A numeric entity keeps no ";" only
 * before a character that is not a letter or digit however it is written, so that no reading
 * order can extend the number.
 */
const joinTokens = (tokens: ReadonlyArray<readonly [Token, number]>): string =>
  tokens
    .map(([token, depth], i) => {
      const next = tokens[i + 1]?.[0].char ?? '';
      let text =
        token.openEntity !== undefined && /[0-9a-z]/iu.test(next) ? `${token.text};` : token.text;
      for (let layer = 0; layer < depth; layer++) text = percentEncode(text, (i + layer) % 2 === 0);
      return text;
    })
    .join('');

const scriptPayloads = [
  'alert(1)',
  'alert(document.cookie)',
  'alert("100%")',
  '//%0aalert(1)',
  'text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'text/html,<script>alert(1)</script>',
  "msgbox('50%')",
];

/**
 * `javascript:`, `data:` or `vbscript:` in random case, after leading controls, with tabs and
 * newlines inside, every character possibly percent-encoded (nested up to 3 times) or written as
 * an HTML numeric or named entity.
 */
const disguisedScriptUrl: fc.Arbitrary<string> = fc
  .constantFrom('javascript', 'data', 'vbscript')
  .chain((scheme) =>
    fc.tuple(
      leadingControls,
      fc.tuple(...[...scheme, ':'].map((ch) => fc.tuple(insertedBlank, disguisedChar(ch)))),
      fc.constantFrom(...scriptPayloads),
    ),
  )
  .chain(([leading, parts, payload]) => {
    const tokens = [
      ...leading,
      ...parts.flatMap(([blank, token]) => (blank === undefined ? [token] : [blank, token])),
      { char: payload.charAt(0), text: payload },
    ];
    return fc
      .array(encodingDepth, { minLength: tokens.length, maxLength: tokens.length })
      .map((depths) =>
        joinTokens(
          tokens.map(
            (token, i) => [token, i === tokens.length - 1 ? 0 : (depths[i] ?? 0)] as const,
          ),
        ),
      );
  });

/** An independent model of how a browser (and a careless decoder) could read the string. */
const browserReading = (url: string): string => {
  let text = url;
  for (let i = 0; i < 10; i++) {
    const before = text;
    text = text
      .replace(/&#x([0-9a-f]+);?/giu, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
      .replace(/&#([0-9]+);?/gu, (_, d: string) => String.fromCodePoint(parseInt(d, 10)))
      .replace(/&colon;/gu, ':')
      .replace(/&Tab;/gu, '\t')
      .replace(/&NewLine;/gu, '\n')
      .replace(/%([0-9a-f]{2})/giu, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
    if (text === before) break;
  }
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\t\n\r]/gu, '').replace(/^[\u0000-\u0020]+/u, '');
};

const lettersAndDigits = fc.string({
  unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789-_'),
  minLength: 1,
  maxLength: 12,
});

const relativeUrl: fc.Arbitrary<string> = fc.oneof(
  fc.webPath().map((path) => (path.startsWith('/') ? path : `/${path}`)),
  fc
    .tuple(
      fc.constantFrom('', './', '../', '../../'),
      lettersAndDigits,
      fc.constantFrom('', '.svg', '.jpg', '/'),
    )
    .map((parts) => parts.join('')),
  fc.webQueryParameters().map((query) => `?${query}`),
  fc.webFragments().map((fragment) => `#${fragment}`),
  fc
    .tuple(fc.webPath(), fc.webQueryParameters(), fc.webFragments())
    .map(([path, q, f]) => `/${path.replace(/^\//u, '')}?${q}#${f}`),
);

const safeUrl: fc.Arbitrary<string> = fc.oneof(
  fc.webUrl({
    validSchemes: ['http', 'https', 'HTTP', 'Https'],
    withQueryParameters: true,
    withFragments: true,
  }),
  fc.emailAddress().map((email) => `mailto:${email}`),
  fc.stringMatching(/^\+?[1-9][0-9]{5,13}$/u).map((digits) => `tel:${digits}`),
  relativeUrl,
);

describe('SafeUrl properties', () => {
  it('the generator really builds script URLs (browser reading starts with the scheme)', () => {
    fc.assert(
      fc.property(disguisedScriptUrl, (url) => {
        assert.match(browserReading(url), /^(?:javascript|data|vbscript):/iu);
      }),
      { numRuns: 2000 },
    );
  });

  it('never accepts a script URL however disguised', () => {
    fc.assert(
      fc.property(disguisedScriptUrl, (url) => {
        assert.equal(isSafeUrl(url), false, JSON.stringify(url));
        assert.equal(issuesOf(SafeUrl, url).length, 1);
      }),
      { numRuns: 5000 },
    );
  });

  it('accepts generated http(s), mailto, tel and relative URLs', () => {
    fc.assert(
      fc.property(safeUrl, (url) => {
        assert.equal(isSafeUrl(url), true, JSON.stringify(url));
        assert.match(url, schemaPattern);
      }),
      { numRuns: 3000 },
    );
  });

  it('never throws on arbitrary strings, and accepts none with whitespace or control characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        const accepted = isSafeUrl(text);
        // eslint-disable-next-line no-control-regex
        if (/[\u0000-\u0020\u007f]/u.test(text)) assert.equal(accepted, false);
        // The JSON Schema pattern never rejects what the validator accepts.
        if (accepted) assert.match(text, schemaPattern);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('the JSON Schema pattern of SafeUrl', () => {
  it('rejects plain and lightly disguised script URLs, as editors will show', () => {
    for (const url of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,x',
      'vbscript:x',
      'file:///etc/passwd',
    ]) {
      assert.doesNotMatch(url, schemaPattern, url);
    }
  });

  it('accepts the examples the validator accepts', () => {
    for (const url of [
      'https://kazanlak.bg/',
      'mailto:a@b.bg',
      'tel:+35943198201',
      '/a',
      'img/a.svg',
      '?q=1',
      '#top',
      'a?b=c:d',
    ]) {
      assert.match(url, schemaPattern, url);
    }
  });
});

describe('resolveUrl', () => {
  const base = 'https://x.bg/data/k.json';
  const url = (value: string) => decodeOrThrow(SafeUrl, value);

  it('resolves document-relative and root-relative URLs against the document URL', () => {
    assert.equal(resolveUrl(url('img.svg'), base), 'https://x.bg/data/img.svg');
    assert.equal(resolveUrl(url('../img/a.svg'), base), 'https://x.bg/img/a.svg');
    assert.equal(resolveUrl(url('/a'), base), 'https://x.bg/a');
    assert.equal(resolveUrl(url('#top'), base), 'https://x.bg/data/k.json#top');
  });

  it('leaves absolute URLs, and everything when there is no base, unchanged', () => {
    assert.equal(resolveUrl(url('https://kochani.gov.mk/'), base), 'https://kochani.gov.mk/');
    assert.equal(resolveUrl(url('mailto:a@b.bg'), base), 'mailto:a@b.bg');
    assert.equal(resolveUrl(url('tel:+35943198201'), base), 'tel:+35943198201');
    assert.equal(resolveUrl(url('img.svg'), undefined), 'img.svg');
  });

  it('never produces an unsafe URL from a strange base', () => {
    assert.equal(resolveUrl(url('img.svg'), 'not a url'), 'img.svg');
    assert.equal(resolveUrl(url('img.svg'), 'javascript:alert(1)'), 'img.svg');
    assert.equal(resolveUrl(url('img.svg'), 'file:///srv/data/k.json'), 'img.svg');
  });
});
