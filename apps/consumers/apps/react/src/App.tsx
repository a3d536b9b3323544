// A React 19 app as a developer writes it: the elements' JSX types come from the package
// (tsconfig "types": ["@muni-kit/components/jsx"]), nothing is declared by hand.
import { useState } from 'react';
import '@muni-kit/components/muni-site-header.js';
import '@muni-kit/components/muni-contact-footer.js';
import '@muni-kit/components/muni-timeline.js';
import kazanlak from '@muni-kit/domain/data/kazanlak.json';

export function App() {
  const [error, setError] = useState('');
  return (
    <>
      {/* The raw JSON as data; its images are served from data/ (copied from @muni-kit/domain). */}
      <muni-site-header data={kazanlak} base-url="data/"></muni-site-header>
      <muni-contact-footer data={kazanlak} base-url="data/" heading-level={2}></muni-contact-footer>
      <muni-timeline
        id="bad"
        data={{ name: 42 }}
        onmuni-error={(event) => setError(event.detail.message)}
      ></muni-timeline>
      <output id="framework-error">{error}</output>
    </>
  );
}
