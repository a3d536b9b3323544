// Data documents for the growth benchmark, generated from the reference data file: the same
// municipality with a longer history, a bigger menu or more twin cities. All stay valid
// municipality documents (they decode).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './server.js';

export const loadReference = () =>
  JSON.parse(readFileSync(join(repoRoot, 'packages/domain/data/kazanlak.json'), 'utf8'));

const clone = (value) => structuredClone(value);
const pad = (n) => String(n).padStart(2, '0');

/** The reference document with `count` events in Kochani's history (years 1000–2999). */
export const timelineDocument = (reference, count) => {
  const doc = clone(reference);
  const city = doc.twinCities.find((c) => c.id === 'kochani');
  const texts = city.history.map((event) => event.text);
  const perYear = Math.max(1, Math.ceil(count / 1000));
  city.history = Array.from({ length: count }, (_, i) => {
    const year = 1000 + Math.floor(i / perYear);
    const month = (i % 12) + 1;
    const day = (i % 28) + 1;
    const date =
      i % 3 === 0
        ? `${year}`
        : i % 3 === 1
          ? `${year}-${pad(month)}`
          : `${year}-${pad(month)}-${pad(day)}`;
    const text = texts[i % texts.length];
    const event = { date, text: { bg: `${text.bg} (${i + 1})`, en: `${text.en} (${i + 1})` } };
    if (i % 10 === 9) event.url = `/novini/sabitie-${i + 1}`;
    return event;
  });
  return doc;
};

/** How a menu of `count` links splits: `top` items, each with `groups` groups of links. */
export const menuShape = (count, top = 5) => {
  const perTop = Math.max(1, Math.round(count / top) - 1); // links under one top-level item
  const groups = Math.min(perTop, Math.max(1, Math.round(Math.sqrt(perTop / 8))));
  const leaves = perTop - groups; // spread over the groups, the first ones get one more
  return { top, groups, leaves, links: top * (1 + perTop) };
};

/** The reference document whose main navigation has `count` links (3 levels). */
export const menuDocument = (reference, count, top = 5) => {
  const doc = clone(reference);
  const shape = menuShape(count, top);
  const labels = reference.mainNavigation.flatMap(function walk(item) {
    return [item.label, ...(item.children ?? []).flatMap(walk)];
  });
  const label = (i) => {
    const l = labels[i % labels.length];
    return { bg: `${l.bg} ${i + 1}`, en: `${l.en} ${i + 1}` };
  };
  let n = 0;
  doc.mainNavigation = Array.from({ length: shape.top }, (_, t) => ({
    label: label(n++),
    url: `/razdel-${t + 1}`,
    children: Array.from({ length: shape.groups }, (_, g) => ({
      label: label(n++),
      url: `/razdel-${t + 1}/grupa-${g + 1}`,
      children: Array.from(
        {
          length:
            Math.floor(shape.leaves / shape.groups) + (g < shape.leaves % shape.groups ? 1 : 0),
        },
        (_, leaf) => ({
          label: label(n++),
          url: `/razdel-${t + 1}/grupa-${g + 1}/stranitsa-${leaf + 1}`,
          ...(leaf % 7 === 0 ? { description: label(n) } : {}),
        }),
      ),
    })),
  }));
  return { doc, shape };
};

/** The reference document with `count` twin cities (the 18 repeated with new ids). */
export const citiesDocument = (reference, count) => {
  const doc = clone(reference);
  const originals = reference.twinCities;
  doc.twinCities = Array.from({ length: count }, (_, i) => {
    const city = clone(originals[i % originals.length]);
    if (i >= originals.length) {
      const round = Math.floor(i / originals.length);
      city.id = `${city.id}-${round + 1}`;
      city.places = city.places.map((p) => ({
        ...p,
        name: { bg: `${p.name.bg} ${round + 1}`, en: `${p.name.en} ${round + 1}` },
      }));
      if (city.pageUrl) city.pageUrl = `${city.pageUrl}-${round + 1}`;
      delete city.history;
    }
    return city;
  });
  return doc;
};
