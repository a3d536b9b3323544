import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { countItems, findTrail, NavigationItem } from './navigation.js';
import { decodeOrThrow, issuesOf, pathsOf } from './test-fixtures.js';

const menu = [
  {
    label: { bg: 'Общината', en: 'The municipality' },
    children: [
      { label: { bg: 'Кмет', en: 'Mayor' }, url: '/bg/mayor' },
      {
        label: { bg: 'Международно сътрудничество', en: 'International cooperation' },
        url: '/bg/international/',
        children: [
          { label: { bg: 'Побратимени градове', en: 'Twin cities' }, url: '/bg/twin-cities' },
          {
            label: 'Кочани',
            url: '/bg/twin-cities/kochani#history',
            description: { bg: 'Северна Македония' },
          },
        ],
      },
    ],
  },
  { label: { bg: 'Услуги', en: 'Services' }, url: '/bg/services' },
].map((item) => decodeOrThrow(NavigationItem, item));

describe('NavigationItem', () => {
  it('accepts a tree of any depth', () => {
    let deep: Record<string, unknown> = { label: 'leaf', url: '/leaf' };
    for (let depth = 0; depth < 12; depth++) deep = { label: `level ${depth}`, children: [deep] };
    assert.equal(countItems([decodeOrThrow(NavigationItem, deep)]), 13);
  });

  it('reports a bad URL deep in the tree with its full path', () => {
    const tree = {
      label: 'Menu',
      children: [
        { label: 'A', url: '/a' },
        {
          label: 'B',
          children: [
            { label: 'B1', url: '/b1' },
            { label: 'B2', url: 'javascript:alert(1)' },
          ],
        },
      ],
    };
    assert.deepEqual(issuesOf(NavigationItem, tree), [
      {
        path: 'children[1].children[1].url',
        message: 'Expected an http(s), mailto, tel or relative URL',
      },
    ]);
  });

  it('reports a missing label, a wrong description and a non-array children list', () => {
    assert.deepEqual(pathsOf(NavigationItem, { url: '/a' }), ['label']);
    assert.deepEqual(pathsOf(NavigationItem, { label: 'A', description: '' }), ['description']);
    assert.deepEqual(pathsOf(NavigationItem, { label: 'A', children: {} }), ['children']);
    assert.deepEqual(pathsOf(NavigationItem, { label: 'A', children: [{ label: 'B' }, 'C'] }), [
      'children[1]',
    ]);
  });
});

describe('findTrail', () => {
  it('returns the chain from a root to the current page', () => {
    const trail = findTrail(menu, '/bg/twin-cities');
    assert.deepEqual(
      trail.map((item) => item.label),
      [
        { bg: 'Общината', en: 'The municipality' },
        { bg: 'Международно сътрудничество', en: 'International cooperation' },
        { bg: 'Побратимени градове', en: 'Twin cities' },
      ],
    );
  });

  it('ignores a trailing slash and the fragment on either side', () => {
    assert.equal(findTrail(menu, '/bg/international').length, 2);
    assert.equal(findTrail(menu, '/bg/twin-cities/kochani/').at(-1)?.label, 'Кочани');
    assert.equal(findTrail(menu, '/bg/services#top').length, 1);
    assert.equal(findTrail(menu, '/').length, 0);
  });

  it('returns [] when nothing matches or no URL is given', () => {
    assert.deepEqual(findTrail(menu, '/bg/nowhere'), []);
    assert.deepEqual(findTrail(menu, undefined), []);
    assert.deepEqual(findTrail(menu, ''), []);
    assert.deepEqual(findTrail([], '/bg/services'), []);
  });
});

describe('findTrail with a base URL', () => {
  it('resolves both sides against the base, so relative data matches an absolute address', () => {
    const base = 'https://example.org/bg/services?x=1';
    assert.equal(findTrail(menu, 'https://example.org/bg/twin-cities', base).length, 3);
    assert.equal(findTrail(menu, '/bg/twin-cities/', base).length, 3);
    assert.equal(findTrail(menu, 'https://example.org/bg/services#top', base).length, 1);
    assert.deepEqual(findTrail(menu, 'https://other.example/bg/services', base), []);
  });

  it('compares the raw strings when the base cannot be parsed', () => {
    assert.equal(findTrail(menu, '/bg/services', 'not a url').length, 1);
    assert.deepEqual(findTrail(menu, 'https://example.org/bg/services', 'not a url'), []);
  });
});

describe('countItems', () => {
  it('counts the items at every depth', () => {
    assert.equal(countItems(menu), 6);
    assert.equal(countItems([]), 0);
  });
});
