/**
 * The embed bundle: every muni-kit element in one self-contained ES module, for a CMS page.
 *
 *   <script type="module" src="https://cdn.example/muni-kit@0.1.0/muni-kit.js"></script>
 */
import { followLanguageParameter } from './language-parameter.js';

followLanguageParameter(document);

export * from '@muni-kit/components';
