// The editor's page: its stylesheet, the element, and the service worker that makes it open
// offline after the first visit.
import './editor.css';
import './muni-data-editor.js';

if ('serviceWorker' in navigator && import.meta.env.PROD) {
  navigator.serviceWorker.register('./sw.js').catch((error: unknown) => {
    // Offline use is a bonus: the editor works without it.
    console.warn('muni-kit editor: the service worker was not registered', error);
  });
}
