/*
 * muni-kit-head.js — the reader's display settings before the first paint. A classic script
 * (a file, for a strict Content-Security-Policy: no inline script) for the page's <head>, before
 * the stylesheets, with no defer or async:
 *
 *   <script src="https://cdn.example/muni-kit@0.1.0/muni-kit-head.js"></script>
 *   <link rel="stylesheet" href="https://cdn.example/muni-kit@0.1.0/muni-kit.css">
 *
 * It copies the choice muni-display-settings remembered (localStorage) onto <html> as
 * data-muni-color-scheme and data-muni-text-size, which muni-kit.css turns into the properties
 * every element reads, server-rendered ones included. The key and values are those of
 * packages/components/src/internal/page-settings.ts (this file cannot import it). Storage that
 * is refused or holds anything else changes nothing.
 */
(function () {
  var settings;
  try {
    settings = JSON.parse(window.localStorage.getItem('muni-kit:display-settings') || 'null');
  } catch (error) {
    return;
  }
  if (!settings || typeof settings !== 'object') return;
  var root = document.documentElement;
  if (/^(light|dark|auto)$/.test(settings.colorScheme))
    root.setAttribute('data-muni-color-scheme', settings.colorScheme);
  if (/^(100|125|150|200)$/.test(settings.textSize))
    root.setAttribute('data-muni-text-size', settings.textSize);
})();
