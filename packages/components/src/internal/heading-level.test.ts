import { expect } from '@open-wc/testing';
import { html as staticHtml } from 'lit/static-html.js';
import { render } from 'lit';
import { headingLevel, headingTag } from './heading-level.js';

describe('headingLevel', () => {
  it('keeps the levels 1 to 6', () => {
    for (const level of [1, 2, 3, 4, 5, 6]) expect(headingLevel(level, 2)).to.equal(level);
  });

  it('clamps below 1 to 1 and above 6 to 6, 0 included', () => {
    expect(headingLevel(0, 2)).to.equal(1);
    expect(headingLevel(-3, 2)).to.equal(1);
    expect(headingLevel(7, 2)).to.equal(6);
    expect(headingLevel(900, 3)).to.equal(6);
  });

  it('rounds a fraction to the nearest level', () => {
    expect(headingLevel(2.4, 2)).to.equal(2);
    expect(headingLevel(2.5, 2)).to.equal(3);
    expect(headingLevel(0.4, 2)).to.equal(1);
  });

  it("gives the element's default for anything that is not a finite number", () => {
    for (const level of [
      Number.NaN,
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
      null,
      undefined,
    ]) {
      expect(headingLevel(level, 3), String(level)).to.equal(3);
      expect(headingLevel(level, 2), String(level)).to.equal(2);
    }
  });
});

describe('headingTag', () => {
  const rendered = (level: number) => {
    const host = document.createElement('div');
    const tag = headingTag(level);
    render(staticHtml`<${tag}>x</${tag}>`, host);
    return host.firstElementChild!.localName;
  };

  it('renders the heading of each level, clamped', () => {
    expect([1, 2, 3, 4, 5, 6].map(rendered)).to.deep.equal(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
    expect(rendered(7)).to.equal('h6');
    expect(rendered(0)).to.equal('h1');
  });
});
