// Plain TypeScript, no framework: createElement, properties and the muni-error event are typed
// by the package (HTMLElementTagNameMap, HTMLElementEventMap); no casts, no declarations.
import '@muni-kit/components/muni-site-header.js';
import '@muni-kit/components/muni-contact-footer.js';
import '@muni-kit/components/muni-timeline.js';
import kazanlak from '@muni-kit/domain/data/kazanlak.json';

const header = document.createElement('muni-site-header');
header.baseUrl = 'data/';
header.data = kazanlak;
const footer = document.createElement('muni-contact-footer');
footer.baseUrl = 'data/';
footer.headingLevel = 2;
footer.data = kazanlak;
const output = document.createElement('output');
output.id = 'framework-error';
const bad = document.createElement('muni-timeline');
bad.id = 'bad';
bad.addEventListener('muni-error', (event) => {
  output.textContent = event.detail.message;
});
bad.data = { name: 42 };
document.body.append(header, footer, bad, output);

/** Never called: proves the types are real (each line must be a type error). */
export const typeErrors = () => {
  // @ts-expect-error timeout is a number
  footer.timeout = 'slow';
  // @ts-expect-error the detail has no such field
  bad.addEventListener('muni-error', (event) => event.detail.nothing);
};
