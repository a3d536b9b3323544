/**
 * Live weather for the header's "today" line: the feed document a municipality's
 * `weather.src` points at, in Open-Meteo's forecast format, decoded into the current
 * temperature and condition, and the rule that a reading older than three hours is not shown.
 *
 *   https://api.open-meteo.com/v1/forecast?latitude=42.6194&longitude=25.3930&current=temperature_2m,weather_code&timezone=Europe%2FSofia
 *
 * answers (other keys are ignored)
 *
 *   { "utc_offset_seconds": 7200, "timezone": "Europe/Sofia",
 *     "current": { "time": "2026-12-04T10:15", "temperature_2m": 4.1, "weather_code": 3 } }
 *
 * `current.time` is a wall-clock time without offset, in the zone the request named
 * (`timezone=`, GMT without it); `utc_offset_seconds` is that zone's offset at the time, which
 * turns it into an instant. Weather codes are the WMO codes of Open-Meteo's documentation.
 */
import * as Schema from 'effect/Schema';
import { weatherFeedJsonSchema } from './generated/weather-feed-json-schema.js';
import { type Definition, makeSchemaDecoder } from './json-schema-decoder.js';
import { formatPath, type DecodeIssue } from './municipality.js';

const localDateTimePattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/u;

/** The parts of a local "YYYY-MM-DDTHH:MM[:SS]" that exists, or undefined. */
const parseLocalDateTime = (
  text: string,
): readonly [number, number, number, number, number, number] | undefined => {
  const match = localDateTimePattern.exec(text);
  if (!match) return undefined;
  const [year, month, day, hour, minute, second] = match
    .slice(1)
    .map((part) => Number(part ?? 0)) as [number, number, number, number, number, number];
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate(); // day 0 of the next month: this month's length
  if (month < 1 || month > 12 || day < 1 || day > days || hour > 23 || minute > 59 || second > 59)
    return undefined;
  return [year, month, day, hour, minute, second];
};

/** A wall-clock time that exists: "2026-12-04T10:15" (seconds optional), never "2026-02-30T25:00". */
export const checkLocalDateTime = (text: string): true | string =>
  parseLocalDateTime(text) !== undefined || 'Expected a local date and time as YYYY-MM-DDTHH:MM';

const LocalDateTime = /*#__PURE__*/ (() =>
  Schema.String.pipe(
    Schema.check(
      Schema.makeFilter(checkLocalDateTime, {
        toJsonSchema: () => ({ pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?::\\d{2})?$' }),
      }),
    ),
  ).annotate({
    identifier: 'LocalDateTime',
    description: 'A wall-clock date and time without offset, as YYYY-MM-DDTHH:MM.',
  }))();

/** The part of Open-Meteo's forecast document the header reads. */
export const WeatherFeed = /*#__PURE__*/ (() =>
  Schema.Struct({
    /** The offset from UTC of the requested `timezone` at `current.time`, in seconds. */
    utc_offset_seconds: Schema.Int.pipe(
      Schema.check(Schema.isBetween({ minimum: -64_800, maximum: 64_800 })),
    ).annotate({
      description: 'The offset from UTC, in seconds, of the zone current.time is written in.',
    }),
    /** The zone `current.time` is written in ("Europe/Sofia"); informative, the offset decides. */
    timezone: Schema.optionalKey(Schema.String),
    current: Schema.Struct({
      time: LocalDateTime,
      temperature_2m: Schema.Finite.annotate({
        description: 'Air temperature 2 m above ground, in degrees Celsius.',
      }),
      weather_code: Schema.Int.pipe(
        Schema.check(Schema.isBetween({ minimum: 0, maximum: 99 })),
      ).annotate({
        description: 'The WMO weather interpretation code.',
      }),
    }),
  }).annotate({
    identifier: 'WeatherFeed',
    title: 'Weather feed (Open-Meteo forecast format)',
    description:
      "The current weather as Open-Meteo's forecast API answers it for current=temperature_2m,weather_code.",
  }))();
export type WeatherFeed = typeof WeatherFeed.Type;

/** What a weather code says, as a key the interface translates. */
export const weatherConditions = [
  'clear',
  'mainly-clear',
  'partly-cloudy',
  'overcast',
  'fog',
  'drizzle',
  'freezing-drizzle',
  'rain',
  'freezing-rain',
  'snow',
  'snow-grains',
  'rain-showers',
  'snow-showers',
  'thunderstorm',
  'thunderstorm-hail',
] as const;
export type WeatherCondition = (typeof weatherConditions)[number];

/** WMO weather interpretation codes (WMO 4677, as Open-Meteo documents the ones it sends). */
const conditionByCode: ReadonlyMap<number, WeatherCondition> = /*#__PURE__*/ new Map([
  [0, 'clear'],
  [1, 'mainly-clear'],
  [2, 'partly-cloudy'],
  [3, 'overcast'],
  [45, 'fog'],
  [48, 'fog'], // depositing rime fog
  [51, 'drizzle'],
  [53, 'drizzle'],
  [55, 'drizzle'],
  [56, 'freezing-drizzle'],
  [57, 'freezing-drizzle'],
  [61, 'rain'],
  [63, 'rain'],
  [65, 'rain'],
  [66, 'freezing-rain'],
  [67, 'freezing-rain'],
  [71, 'snow'],
  [73, 'snow'],
  [75, 'snow'],
  [77, 'snow-grains'],
  [80, 'rain-showers'],
  [81, 'rain-showers'],
  [82, 'rain-showers'],
  [85, 'snow-showers'],
  [86, 'snow-showers'],
  [95, 'thunderstorm'],
  [96, 'thunderstorm-hail'],
  [99, 'thunderstorm-hail'],
]);

/** The condition of a WMO weather code, or undefined for a code Open-Meteo does not send. */
export const weatherConditionOf = (code: number): WeatherCondition | undefined =>
  conditionByCode.get(code);

/** The current weather, as the header shows it. */
export interface CurrentWeather {
  /** The instant the reading is for. */
  readonly time: Date;
  readonly temperatureCelsius: number;
  /** The WMO code as sent. */
  readonly weatherCode: number;
  /** What the code says; undefined for an unknown code (the temperature is shown alone). */
  readonly condition: WeatherCondition | undefined;
}

export type WeatherDecodeResult =
  | { readonly ok: true; readonly value: CurrentWeather }
  | { readonly ok: false; readonly issues: readonly DecodeIssue[] };

const definitions: Readonly<Record<string, Definition>> = {
  LocalDateTime: { checks: [checkLocalDateTime] },
};

// The JSON Schema decoder, not effect's: the browser decodes every feed (see json-schema-decoder.ts).
const decode = /*#__PURE__*/ makeSchemaDecoder(weatherFeedJsonSchema, 'WeatherFeed', definitions);

/**
 * Decodes a feed document into the current weather. Never throws: returns the reading, or
 * every problem with its path (`current.temperature_2m`).
 */
export const decodeWeatherFeed = (input: unknown): WeatherDecodeResult => {
  let result: ReturnType<typeof decode>;
  try {
    result = decode(input);
  } catch (error) {
    return {
      ok: false,
      issues: [
        { path: '(document)', message: error instanceof Error ? error.message : String(error) },
      ],
    };
  }
  if (!result.ok)
    return {
      ok: false,
      issues: result.issues.map(({ path, message }) => ({ path: formatPath(path), message })),
    };
  const feed = result.value as WeatherFeed;
  const [year, month, day, hour, minute, second] = parseLocalDateTime(feed.current.time)!;
  const wallClockAsUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  return {
    ok: true,
    value: {
      time: new Date(wallClockAsUtc - feed.utc_offset_seconds * 1000),
      temperatureCelsius: feed.current.temperature_2m,
      weatherCode: feed.current.weather_code,
      condition: weatherConditionOf(feed.current.weather_code),
    },
  };
};

/** Parses JSON text and decodes it; a syntax error is an issue, not an exception. */
export const decodeWeatherFeedJson = (text: string): WeatherDecodeResult => {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      issues: [
        {
          path: '(document)',
          message: `Invalid JSON: ${error instanceof Error ? error.message : String(error)}`,
        },
      ],
    };
  }
  return decodeWeatherFeed(parsed);
};

/** A reading older than this is not the weather any more: it is not shown. */
export const maxWeatherAge = 3 * 60 * 60 * 1000;

/**
 * How far ahead of `now` a reading may be: Open-Meteo's "current" is the start of a
 * 15-minute interval, and a visitor's clock may be a few minutes slow. A reading further
 * ahead has a wrong offset or date, and is not shown either.
 */
export const maxWeatherLead = 30 * 60 * 1000;

/** Whether `weather` may be shown at `now`: at most three hours old, not from the future. */
export const isWeatherFresh = (weather: CurrentWeather, now: Date): boolean => {
  const age = now.getTime() - weather.time.getTime();
  return age <= maxWeatherAge && age >= -maxWeatherLead;
};

/** `weather` when it may be shown at `now` (see `isWeatherFresh`), else undefined. */
export const freshWeather = (
  weather: CurrentWeather | undefined,
  now: Date,
): CurrentWeather | undefined =>
  weather !== undefined && isWeatherFresh(weather, now) ? weather : undefined;
