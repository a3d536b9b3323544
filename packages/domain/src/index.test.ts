import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as domain from './index.js';

describe('the package entry point', () => {
  it('exports the schemas, decoding and formatting the components use', () => {
    for (const name of [
      'Municipality',
      'decodeMunicipality',
      'decodeMunicipalityJson',
      'formatPath',
      'LocalizedText',
      'localize',
      'Locale',
      'resolveLocale',
      'languageSelfName',
      'SafeUrl',
      'isSafeUrl',
      'resolveUrl',
      'Email',
      'mailtoHref',
      'PhoneNumber',
      'parsePhoneNumber',
      'telHref',
      'PostalAddress',
      'NavigationItem',
      'findTrail',
      'countItems',
      'OfficeHours',
      'statusAt',
      'isOpenAt',
      'nextOpeningAt',
      'summarizePeriods',
      'formatTimeOfDay',
      'formatClockTime',
      'PartialDate',
      'formatPartialDate',
      'TimelineEvent',
      'groupByYear',
      'ContactPoint',
      'TwinCity',
      'formatTwinCityName',
      'sortTwinCities',
      'findTwinCity',
      'PageMeta',
      'formatLongDate',
      'instantOfWallClock',
      'wallClockAt',
    ]) {
      assert.ok(name in domain, `${name} is exported`);
    }
  });
});
