/**
 * The header's live weather: the temperature, the condition in words and an icon, rendered
 * from a reading of the feed. The icon is decorative (`aria-hidden`): the words beside it say
 * the same. The reading's values are kept as data attributes, so that the browser can hydrate
 * a server-rendered header with the reading the server showed (see `readRenderedWeather`).
 */
import { css, html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { intlLocale, numberFormat } from '@muni-kit/domain/intl.js';
import {
  decodeWeatherFeed,
  weatherConditionOf,
  type CurrentWeather,
  type WeatherCondition,
} from '@muni-kit/domain/weather.js';

/** The condition in words, in the interface language. */
const conditionText = (condition: WeatherCondition): string => {
  switch (condition) {
    case 'clear':
      return msg('clear', { id: 'weather-clear' });
    case 'mainly-clear':
      return msg('mainly clear', { id: 'weather-mainly-clear' });
    case 'partly-cloudy':
      return msg('partly cloudy', { id: 'weather-partly-cloudy' });
    case 'overcast':
      return msg('cloudy', { id: 'weather-overcast' });
    case 'fog':
      return msg('fog', { id: 'weather-fog' });
    case 'drizzle':
      return msg('drizzle', { id: 'weather-drizzle' });
    case 'freezing-drizzle':
      return msg('freezing drizzle', { id: 'weather-freezing-drizzle' });
    case 'rain':
      return msg('rain', { id: 'weather-rain' });
    case 'freezing-rain':
      return msg('freezing rain', { id: 'weather-freezing-rain' });
    case 'snow':
      return msg('snow', { id: 'weather-snow' });
    case 'snow-grains':
      return msg('snow grains', { id: 'weather-snow-grains' });
    case 'rain-showers':
      return msg('rain showers', { id: 'weather-rain-showers' });
    case 'snow-showers':
      return msg('snow showers', { id: 'weather-snow-showers' });
    case 'thunderstorm':
      return msg('thunderstorm', { id: 'weather-thunderstorm' });
    case 'thunderstorm-hail':
      return msg('thunderstorm with hail', { id: 'weather-thunderstorm-hail' });
  }
};

// Icons on a 24-unit grid, drawn with the text colour (stroke="currentColor").
const sun = svg`<circle cx="12" cy="12" r="4"/><path d="M12 2v2M12 20v2M2 12h2M20 12h2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4"/>`;
const cloud = svg`<path d="M7 18a4 4 0 0 1-.5-8A6 6 0 0 1 18 9.5a4.25 4.25 0 0 1-.5 8.5z"/>`;
const smallSun = svg`<circle cx="8" cy="8" r="3"/><path d="M8 2v1M2 8h1M3.8 3.8l.7.7M12.2 3.8l-.7.7"/>`;
const cloudBehindSun = svg`<path d="M9 20a3.5 3.5 0 0 1-.4-7A5 5 0 0 1 18 12.5a3.75 3.75 0 0 1-.5 7.5z"/>`;
const upperCloud = svg`<path d="M7 14a4 4 0 0 1-.5-8A6 6 0 0 1 18 5.5a4.25 4.25 0 0 1-.5 8.5z"/>`;

const iconShapes: Record<WeatherCondition, SVGTemplateResult> = {
  clear: sun,
  'mainly-clear': svg`${smallSun}${cloudBehindSun}`,
  'partly-cloudy': svg`${smallSun}${cloudBehindSun}`,
  overcast: cloud,
  fog: svg`<path d="M4 9h16M2 13h20M4 17h16"/>`,
  drizzle: svg`${upperCloud}<path d="M9 18v1M13 18v1M17 18v1"/>`,
  'freezing-drizzle': svg`${upperCloud}<path d="M9 18v1M13 18v1M17 18v1"/>`,
  rain: svg`${upperCloud}<path d="M9 17l-1 4M13 17l-1 4M17 17l-1 4"/>`,
  'freezing-rain': svg`${upperCloud}<path d="M9 17l-1 4M13 17l-1 4M17 17l-1 4"/>`,
  'rain-showers': svg`${upperCloud}<path d="M9 17l-1 4M13 17l-1 4M17 17l-1 4"/>`,
  snow: svg`${upperCloud}<path d="M9 18h.01M13 20h.01M17 18h.01M11 22h.01M15 22h.01"/>`,
  'snow-grains': svg`${upperCloud}<path d="M9 18h.01M13 20h.01M17 18h.01M11 22h.01M15 22h.01"/>`,
  'snow-showers': svg`${upperCloud}<path d="M9 18h.01M13 20h.01M17 18h.01M11 22h.01M15 22h.01"/>`,
  thunderstorm: svg`${upperCloud}<path d="M13 14l-3 4h4l-3 4"/>`,
  'thunderstorm-hail': svg`${upperCloud}<path d="M13 14l-3 4h4l-3 4M8 19h.01M17 19h.01"/>`,
};

const icon = (condition: WeatherCondition): TemplateResult =>
  html`<svg
    class="weather-icon"
    viewBox="0 0 24 24"
    width="20"
    height="20"
    fill="none"
    stroke="currentColor"
    stroke-width="1.75"
    stroke-linecap="round"
    stroke-linejoin="round"
    aria-hidden="true"
    focusable="false"
  >
    ${iconShapes[condition]}
  </svg>`;

/** The reading as the "today" line shows it: icon, "4,1 °C" and "облачно" (no condition for an unknown code). */
export const renderWeatherReading = (reading: CurrentWeather, locale: string): TemplateResult => {
  const temperature = numberFormat(intlLocale(locale), {
    style: 'unit',
    unit: 'celsius',
    maximumFractionDigits: 1,
  }).format(reading.temperatureCelsius);
  const { condition } = reading;
  return html`<span
    class="weather-reading"
    data-time=${reading.time.toISOString()}
    data-temperature=${String(reading.temperatureCelsius)}
    data-code=${String(reading.weatherCode)}
    >${condition ? icon(condition) : nothing}<span class="temperature">${temperature}</span>${
      condition ? html` <span class="condition">${conditionText(condition)}</span>` : nothing
    }</span
  >`;
};

/** The reading of a feed document, or undefined when it is malformed. */
export const readingOf = (document: unknown): CurrentWeather | undefined => {
  const decoded = decodeWeatherFeed(document);
  return decoded.ok ? decoded.value : undefined;
};

/**
 * The reading a server-rendered header shows, read back from its data attributes before the
 * element hydrates, or undefined.
 */
export const readRenderedWeather = (root: ParentNode | null): CurrentWeather | undefined => {
  const element = root?.querySelector<HTMLElement>('[part="weather"] .weather-reading');
  if (!element) return undefined;
  const time = new Date(element.dataset.time ?? '');
  const temperatureCelsius = Number(element.dataset.temperature);
  const weatherCode = Number(element.dataset.code);
  if (
    Number.isNaN(time.getTime()) ||
    !Number.isFinite(temperatureCelsius) ||
    !Number.isInteger(weatherCode)
  )
    return undefined;
  return { time, temperatureCelsius, weatherCode, condition: weatherConditionOf(weatherCode) };
};

export const weatherStyles = css`
  .weather-reading {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
  }
  .weather-icon {
    flex: none;
    width: 1.25em;
    height: 1.25em;
  }
`;
