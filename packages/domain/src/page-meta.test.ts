import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PageMeta } from './page-meta.js';
import { decodeOrThrow, pathsOf } from './test-fixtures.js';

const page = {
  id: 'kochani',
  title: { bg: 'Кочани (Северна Македония)', en: 'Kochani (North Macedonia)' },
  url: '/bg/twin-cities/kochani',
  published: '2021-06-21',
  views: 1234,
  breadcrumbs: [
    { label: { bg: 'Начало', en: 'Home' }, url: '/' },
    { label: { bg: 'Побратимени градове', en: 'Twin cities' }, url: '/bg/twin-cities' },
    { label: 'Кочани', url: '/bg/twin-cities/kochani' },
  ],
  twinCity: 'kochani',
};

describe('PageMeta', () => {
  it('accepts an article with its breadcrumb trail', () => {
    assert.deepEqual(decodeOrThrow(PageMeta, page), page);
    assert.deepEqual(
      decodeOrThrow(PageMeta, { id: 'a', title: 'A', url: '/a', breadcrumbs: [] }).breadcrumbs,
      [],
    );
  });

  it('reports each wrong field by its path', () => {
    assert.deepEqual(pathsOf(PageMeta, { ...page, id: 'Kochani' }), ['id']);
    assert.deepEqual(pathsOf(PageMeta, { ...page, published: '21.06.2021' }), ['published']);
    assert.deepEqual(pathsOf(PageMeta, { ...page, views: -1 }), ['views']);
    assert.deepEqual(pathsOf(PageMeta, { ...page, views: 1.5 }), ['views']);
    assert.deepEqual(pathsOf(PageMeta, { ...page, twinCity: 'Кочани' }), ['twinCity']);
    assert.deepEqual(
      pathsOf(PageMeta, {
        ...page,
        breadcrumbs: [page.breadcrumbs[0], { label: 'x', url: 'data:,x' }],
      }),
      ['breadcrumbs[1].url'],
    );
    assert.deepEqual(pathsOf(PageMeta, {}), ['id', 'title', 'url', 'breadcrumbs']);
  });
});
