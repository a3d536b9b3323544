/*
 * The docs site's only script: the kit's elements make its header, menu, trail, section
 * navigation and footer (from site.json), and the stylesheets of the pages.
 */
import '@muni-kit/components';
import 'virtual:muni-docs/kochani-theme.css';
import './docs.css';

// The theme generator only on the page that has the form: the other pages do not load it.
if (document.getElementById('theme-try')) void import('./theme-try.js');
