import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import * as Schema from 'effect/Schema';
import { decodeMunicipality, weatherWarnings } from './municipality.js';
import { minimalMunicipality } from './test-fixtures.js';
import {
  checkLocalDateTime,
  decodeWeatherFeed,
  decodeWeatherFeedJson,
  freshWeather,
  isWeatherFresh,
  maxWeatherAge,
  weatherConditionOf,
  weatherConditions,
  WeatherFeed,
  type CurrentWeather,
} from './weather.js';

/** A document as Open-Meteo answers `current=temperature_2m,weather_code&timezone=Europe/Sofia`. */
const openMeteo = (current: Record<string, unknown> = {}, rest: Record<string, unknown> = {}) => ({
  latitude: 42.625,
  longitude: 25.375,
  generationtime_ms: 0.05,
  utc_offset_seconds: 7200,
  timezone: 'Europe/Sofia',
  timezone_abbreviation: 'GMT+2',
  elevation: 374,
  current_units: {
    time: 'iso8601',
    interval: 'seconds',
    temperature_2m: '°C',
    weather_code: 'wmo code',
  },
  current: {
    time: '2026-12-04T10:15',
    interval: 900,
    temperature_2m: 4.1,
    weather_code: 3,
    ...current,
  },
  ...rest,
});

const decoded = (input: unknown): CurrentWeather => {
  const result = decodeWeatherFeed(input);
  assert.ok(result.ok, JSON.stringify(!result.ok && result.issues));
  return result.value;
};

describe('decodeWeatherFeed', () => {
  it("reads Open-Meteo's current weather, its local time turned into an instant by the offset", () => {
    assert.deepEqual(decoded(openMeteo()), {
      time: new Date('2026-12-04T08:15:00Z'),
      temperatureCelsius: 4.1,
      weatherCode: 3,
      condition: 'overcast',
    });
    // Summer time in Skopje, GMT (no timezone asked for), seconds, and a zone east of UTC+12.
    assert.deepEqual(
      decoded(
        openMeteo(
          { time: '2026-07-01T00:30' },
          { utc_offset_seconds: 7200, timezone: 'Europe/Skopje' },
        ),
      ).time,
      new Date('2026-06-30T22:30:00Z'),
    );
    assert.deepEqual(
      decoded(
        openMeteo({ time: '2026-12-04T08:15:30' }, { utc_offset_seconds: 0, timezone: 'GMT' }),
      ).time,
      new Date('2026-12-04T08:15:30Z'),
    );
    assert.deepEqual(
      decoded(openMeteo({ time: '2026-01-01T00:00' }, { utc_offset_seconds: 46_800 })).time,
      new Date('2025-12-31T11:00:00Z'),
    );
  });

  it('keeps a temperature below zero and an unknown code (no condition)', () => {
    const weather = decoded(openMeteo({ temperature_2m: -12.5, weather_code: 4 }));
    assert.equal(weather.temperatureCelsius, -12.5);
    assert.equal(weather.condition, undefined);
  });

  it('reports every problem with its path, and never throws', () => {
    const paths = (input: unknown) => {
      const result = decodeWeatherFeed(input);
      assert.equal(result.ok, false);
      return result.ok ? [] : result.issues.map((issue) => issue.path);
    };
    assert.deepEqual(paths(openMeteo({ temperature_2m: '4.1' })), ['current.temperature_2m']);
    assert.deepEqual(paths(openMeteo({ temperature_2m: null, weather_code: 3.5 })), [
      'current.temperature_2m',
      'current.weather_code',
    ]);
    assert.deepEqual(paths(openMeteo({ time: '2026-02-30T10:15' })), ['current.time']);
    assert.deepEqual(paths(openMeteo({ time: '2026-12-04 10:15' })), ['current.time']);
    assert.deepEqual(paths(openMeteo({ time: 1_796_372_100 })), ['current.time']);
    assert.deepEqual(paths(openMeteo({}, { utc_offset_seconds: undefined })), [
      'utc_offset_seconds',
    ]);
    assert.deepEqual(paths({ current: undefined, utc_offset_seconds: 0 }), ['current']);
    // An Open-Meteo error answer: { "error": true, "reason": "…" }.
    assert.deepEqual(paths({ error: true, reason: 'Latitude must be in range of -90 to 90°.' }), [
      'utc_offset_seconds',
      'current',
    ]);
    for (const input of [null, [], 'cloudy', 42]) assert.deepEqual(paths(input), ['(document)']);
    const hostile = {
      get current(): never {
        throw new Error('no');
      },
      utc_offset_seconds: 0,
    };
    assert.deepEqual(paths(hostile), ['(document)']);
  });

  it('parses JSON text, reporting a syntax error as an issue', () => {
    assert.equal(decodeWeatherFeedJson(JSON.stringify(openMeteo())).ok, true);
    const broken = decodeWeatherFeedJson('{"current": ');
    assert.equal(broken.ok, false);
    assert.match(!broken.ok ? broken.issues[0]!.message : '', /^Invalid JSON/u);
  });

  it("decides as effect's decoder of the WeatherFeed schema does", () => {
    const effect = Schema.decodeUnknownResult(WeatherFeed);
    const value = fc.oneof(
      fc.constant(undefined),
      fc.string(),
      fc.integer({ min: -100, max: 100_000 }),
      fc.double(),
      fc.constant(null),
    );
    fc.assert(
      fc.property(
        fc.record({
          time: fc.oneof(
            value,
            fc.constantFrom(
              '2026-12-04T10:15',
              '2026-13-04T10:15',
              '2026-12-04T24:00',
              '2024-02-29T23:59:59',
            ),
          ),
          temperature_2m: value,
          weather_code: value,
        }),
        fc.oneof(value, fc.integer({ min: -70_000, max: 70_000 })),
        (current, offset) => {
          const input = { current, utc_offset_seconds: offset };
          assert.equal(
            decodeWeatherFeed(input).ok,
            effect(input)._tag === 'Success',
            JSON.stringify(input),
          );
        },
      ),
      { seed: 11, numRuns: 500 },
    );
  });
});

describe('checkLocalDateTime', () => {
  it('accepts times that exist and rejects others', () => {
    for (const text of ['2026-12-04T10:15', '2024-02-29T00:00', '2026-12-31T23:59:59'])
      assert.equal(checkLocalDateTime(text), true);
    for (const text of [
      '2025-02-29T10:00',
      '2026-12-04T24:00',
      '2026-12-04T10:60',
      '2026-00-04T10:15',
      '2026-12-04T10:15:60',
      '2026-12-04T10:15Z',
    ])
      assert.equal(typeof checkLocalDateTime(text), 'string', text);
  });
});

describe('weatherConditionOf', () => {
  it('maps the WMO codes Open-Meteo sends', () => {
    // Open-Meteo's documentation of weather_code (WMO 4677), a row per group of codes.
    const documented: Readonly<Record<string, readonly number[]>> = {
      clear: [0],
      'mainly-clear': [1],
      'partly-cloudy': [2],
      overcast: [3],
      fog: [45, 48],
      drizzle: [51, 53, 55],
      'freezing-drizzle': [56, 57],
      rain: [61, 63, 65],
      'freezing-rain': [66, 67],
      snow: [71, 73, 75],
      'snow-grains': [77],
      'rain-showers': [80, 81, 82],
      'snow-showers': [85, 86],
      thunderstorm: [95],
      'thunderstorm-hail': [96, 99],
    };
    for (const [condition, codes] of Object.entries(documented))
      for (const code of codes) assert.equal(weatherConditionOf(code), condition, String(code));
    // Every condition is documented, and every other code of 0–99 has none.
    assert.deepEqual(new Set(Object.keys(documented)), new Set(weatherConditions));
    const known = new Set(Object.values(documented).flat());
    for (let code = 0; code <= 99; code++)
      if (!known.has(code)) assert.equal(weatherConditionOf(code), undefined, String(code));
  });
});

describe('freshness', () => {
  const reading = decoded(openMeteo()); // 08:15 UTC
  const at = (iso: string) => new Date(iso);

  it('shows a reading up to three hours old, and not a minute older', () => {
    assert.equal(maxWeatherAge, 3 * 60 * 60 * 1000);
    assert.equal(isWeatherFresh(reading, at('2026-12-04T08:15:00Z')), true);
    assert.equal(isWeatherFresh(reading, at('2026-12-04T11:15:00Z')), true);
    assert.equal(isWeatherFresh(reading, at('2026-12-04T11:16:00Z')), false);
    assert.equal(isWeatherFresh(reading, at('2026-12-05T08:15:00Z')), false);
    assert.equal(freshWeather(reading, at('2026-12-04T09:00:00Z')), reading);
    assert.equal(freshWeather(reading, at('2026-12-04T12:00:00Z')), undefined);
    assert.equal(freshWeather(undefined, at('2026-12-04T09:00:00Z')), undefined);
  });

  it('allows a slow clock half an hour, not a reading from further ahead (a wrong offset)', () => {
    assert.equal(isWeatherFresh(reading, at('2026-12-04T07:45:00Z')), true);
    assert.equal(isWeatherFresh(reading, at('2026-12-04T07:44:00Z')), false);
    // The Sofia wall-clock time read as UTC: two hours ahead, not shown.
    const misread = decoded(openMeteo({}, { utc_offset_seconds: 0 }));
    assert.equal(isWeatherFresh(misread, at('2026-12-04T08:20:00Z')), false);
  });
});

describe('weather in the municipality document', () => {
  it('takes a safe feed URL, relative ones resolved against the data file', () => {
    const doc = { ...minimalMunicipality(), weather: { src: 'weather/current.json' } };
    const result = decodeMunicipality(doc, { baseUrl: 'https://kazanlak.bg/data/kazanlak.json' });
    assert.ok(result.ok);
    assert.equal(result.value.weather?.src, 'https://kazanlak.bg/data/weather/current.json');
    const unsafe = decodeMunicipality({ ...doc, weather: { src: 'javascript:alert(1)' } });
    assert.deepEqual(!unsafe.ok && unsafe.issues.map((issue) => issue.path), ['weather.src']);
  });

  it('still decodes an old fixed temperature, ignores it and warns about it', () => {
    const oldDocument = { ...minimalMunicipality(), weather: { temperatureCelsius: 0 } };
    const old = decodeMunicipality(oldDocument);
    assert.ok(old.ok);
    assert.equal(old.value.weather?.src, undefined);
    assert.equal(
      JSON.stringify(old.value).includes('temperatureCelsius'),
      false,
      'not in the decoded value',
    );
    assert.deepEqual(
      weatherWarnings(oldDocument).map((warning) => warning.path),
      ['weather.temperatureCelsius'],
    );
    assert.deepEqual(
      weatherWarnings({ ...minimalMunicipality(), weather: { src: '/weather.json' } }),
      [],
    );
    for (const document of [minimalMunicipality(), null, 'x', { weather: null }])
      assert.deepEqual(weatherWarnings(document), []);
  });
});
