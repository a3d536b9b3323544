/*
 * Whether data can be server-rendered as asked, checked before rendering (a CMS must never
 * cache an error message).
 */
import {
  decodeMunicipality,
  type DecodeIssue,
  type Municipality,
} from '@muni-kit/domain/municipality.js';

export type Renderable =
  | { readonly ok: true; readonly value: Municipality }
  | { readonly ok: false; readonly issues: readonly DecodeIssue[] };

/**
 * Checks that the data decodes and holds what the options select (twin city, page), with the
 * validator's path-bearing issues, so that a CMS never caches an error message.
 */
export const checkRenderable = (
  data: unknown,
  select: { readonly twinCity?: string | undefined; readonly page?: string | undefined } = {},
): Renderable => {
  const decoded = decodeMunicipality(data);
  if (!decoded.ok) return decoded;
  const m = decoded.value;
  const issues: DecodeIssue[] = [];
  if (select.twinCity !== undefined && !m.twinCities.some((city) => city.id === select.twinCity))
    issues.push({
      path: 'twinCities',
      message: `no twin city with the id ${JSON.stringify(select.twinCity)}`,
    });
  if (select.page !== undefined && !(m.pages ?? []).some((page) => page.id === select.page))
    issues.push({ path: 'pages', message: `no page with the id ${JSON.stringify(select.page)}` });
  return issues.length ? { ok: false, issues } : decoded;
};
