// A muni-kit theme from one or two brand colours: the colour tokens of a light and a dark
// scheme, every text/surface pair the elements use brought to its WCAG contrast target by
// moving lightness in OKLCH (hue and chroma kept, so the brand stays recognisable).
import Color from 'colorjs.io';

/**
 * The pairs the elements draw: [foreground token, background token, minimum contrast]. 4.5:1
 * for text, 3:1 for UI boundaries (borders, focus rings) and large text.
 */
export const contrastPairs = [
  ['text', 'surface', 4.5],
  ['text', 'surface-alt', 4.5],
  ['text', 'primary-subtle', 4.5],
  ['text-muted', 'surface', 4.5],
  ['text-muted', 'surface-alt', 4.5],
  ['link', 'surface', 4.5],
  ['link', 'surface-alt', 4.5],
  ['link', 'primary-subtle', 4.5],
  ['primary', 'surface', 4.5],
  ['on-primary', 'primary', 4.5],
  ['on-primary', 'primary-strong', 4.5],
  ['success', 'surface', 4.5],
  ['success', 'surface-alt', 4.5],
  ['danger', 'surface', 4.5],
  ['danger', 'surface-alt', 4.5],
  ['border', 'surface', 3],
  ['border', 'surface-alt', 3],
  ['focus', 'surface', 3],
  ['focus', 'surface-alt', 3],
];

const oklch = (l, c, h) => new Color('oklch', [l, c, h]);
const hex = (color) =>
  color.clone().toGamut({ space: 'srgb' }).to('srgb').toString({ format: 'hex', collapse: false });
const contrast = (a, b) => Color.contrast(a, b, 'WCAG21');

/**
 * Checkers differ in the fifth digit of the WCAG ratio (the luminance coefficients of sRGB and
 * of XYZ differ slightly): a colour aims this far above its target so that none measures it below.
 */
const contrastMargin = 0.01;

/** `color` moved in lightness (darker when `darken`) until it reaches `target` against every colour of `against`. */
const untilContrast = (color, against, target, darken) => {
  let [l, c, h] = color.to('oklch').coords;
  h = Number.isNaN(h) ? 0 : h;
  const meets = (candidate) =>
    against.every((other) => contrast(candidate, other) >= target + contrastMargin);
  let candidate = new Color(hex(oklch(l, c, h)));
  for (let step = 0; !meets(candidate) && step < 200; step += 1) {
    l = Math.min(1, Math.max(0, l + (darken ? -0.005 : 0.005)));
    candidate = new Color(hex(oklch(l, c, h)));
  }
  return candidate;
};

/**
 * The colour tokens of `scheme` ("light" or "dark") for a brand `primary` and an optional
 * `secondary` (used for the tinted surfaces; the primary's hue otherwise). Values are hex.
 */
export const schemeColors = (primary, secondary, scheme) => {
  const brand = new Color(primary).to('oklch');
  const [, brandChroma, brandHue = 0] = brand.coords;
  const tint = new Color(secondary ?? primary).to('oklch');
  const tintHue = Number.isNaN(tint.coords[2]) ? 0 : tint.coords[2];
  const hue = Number.isNaN(brandHue) ? 0 : brandHue;
  const chroma = Math.min(brandChroma, 0.2);
  const dark = scheme === 'dark';

  const surface = new Color(hex(dark ? oklch(0.2, 0.012, tintHue) : oklch(1, 0, 0)));
  const surfaceAlt = new Color(
    hex(dark ? oklch(0.25, 0.015, tintHue) : oklch(0.975, 0.008, tintHue)),
  );
  const primarySubtle = new Color(
    hex(dark ? oklch(0.3, Math.min(chroma, 0.05), hue) : oklch(0.96, Math.min(chroma, 0.03), hue)),
  );
  const surfaces = [surface, surfaceAlt, primarySubtle];
  // On a light surface the brand darkens, on a dark one it lightens.
  const onSurfaces = (color, target = 4.5) => untilContrast(color, surfaces, target, !dark);

  const brandColor = onSurfaces(
    oklch(dark ? Math.max(brand.coords[0], 0.72) : brand.coords[0], chroma, hue),
  );
  const onPrimary = new Color(dark ? '#000000' : '#ffffff');
  const strong = untilContrast(
    oklch(brandColor.to('oklch').coords[0] + (dark ? 0.08 : -0.08), chroma, hue),
    [onPrimary],
    4.5,
    !dark,
  );
  // The header text sits on primary: primary must also carry on-primary.
  const primaryColor = untilContrast(brandColor, [onPrimary, ...surfaces], 4.5, !dark);
  return {
    primary: hex(primaryColor),
    'primary-strong': hex(strong),
    'on-primary': hex(onPrimary),
    'primary-subtle': hex(primarySubtle),
    text: hex(onSurfaces(oklch(dark ? 0.95 : 0.22, 0.01, hue), 7)),
    'text-muted': hex(onSurfaces(oklch(dark ? 0.8 : 0.45, 0.02, hue))),
    surface: hex(surface),
    'surface-alt': hex(surfaceAlt),
    border: hex(
      untilContrast(oklch(dark ? 0.55 : 0.65, 0.02, tintHue), [surface, surfaceAlt], 3, !dark),
    ),
    link: hex(primaryColor),
    focus: dark ? '#ffffff' : '#0b0c0c',
    'focus-halo': '#ffdd00',
    success: hex(onSurfaces(oklch(dark ? 0.75 : 0.5, 0.13, 145))),
    danger: hex(onSurfaces(oklch(dark ? 0.72 : 0.5, 0.18, 27))),
  };
};

/** WCAG contrast of every pair of `colors`, with its target and whether it meets it. */
export const contrastTable = (colors) =>
  contrastPairs.map(([foreground, background, target]) => {
    const ratio = contrast(colors[foreground], colors[background]);
    return { foreground, background, target, ratio, meets: ratio >= target };
  });

/** The theme: DTCG token documents and a stylesheet, light and dark. */
export const makeTheme = ({ primary, secondary, name = 'custom' }) => {
  const light = schemeColors(primary, secondary, 'light');
  const dark = schemeColors(primary, secondary, 'dark');
  const tokens = (colors, scheme) => ({
    $description: `muni-kit theme "${name}", ${scheme} scheme, generated by muni-theme from ${[primary, secondary].filter(Boolean).join(' and ')}. Every text/surface pair meets WCAG AA.`,
    color: {
      $type: 'color',
      ...Object.fromEntries(
        Object.entries(colors).map(([token, value]) => [token, { $value: value }]),
      ),
    },
  });
  const properties = (colors, indent) =>
    Object.entries(colors)
      .map(([token, value]) => `${indent}--muni-color-${token}: ${value};`)
      .join('\n');
  const css = `/* muni-kit theme "${name}", generated by muni-theme. Light by default; dark when the reader's system asks for it. */
:root {
  color-scheme: light dark;
${properties(light, '  ')}
}
@media (prefers-color-scheme: dark) {
  :root {
${properties(dark, '    ')}
  }
}
`;
  return {
    light,
    dark,
    tokens: { light: tokens(light, 'light'), dark: tokens(dark, 'dark') },
    css,
  };
};
