/**
 * The embed bundle: every muni-kit element in one self-contained ES module, for a CMS page.
 *
 *   <script type="module" src="https://cdn.example/muni-kit@0.1.0/muni-kit.js"></script>
 */
// First, before anything imports lit: lets elements that arrive server-rendered (declarative
// shadow DOM from `muni-render` or a prerendered page) hydrate that HTML instead of replacing it.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { followLanguageParameter } from './language-parameter.js';

followLanguageParameter(document);

export * from '@muni-kit/components';
