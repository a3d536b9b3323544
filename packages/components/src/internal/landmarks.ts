/**
 * Where a page already has the landmark a header or footer would add, or where a banner or
 * contentinfo is not allowed (inside main, article, aside, nav or section content): an element
 * inside one of these renders its header or footer without the landmark role.
 */
export const landmarkAncestors =
  'header, footer, main, article, aside, nav, section, [role="banner"], [role="contentinfo"], [role="main"], [role="complementary"], [role="navigation"], [role="region"]';
