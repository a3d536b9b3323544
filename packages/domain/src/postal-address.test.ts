import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PostalAddress } from './postal-address.js';
import { decodeOrThrow, pathsOf } from './test-fixtures.js';

const address = {
  streetAddress: { bg: 'ул. „Розова долина“ 6', en: '6 Rozova Dolina St' },
  locality: { bg: 'Казанлък', en: 'Kazanlak' },
  postalCode: '6100',
  country: 'BG',
};

describe('PostalAddress', () => {
  it('accepts a Bulgarian address and foreign postcodes', () => {
    assert.deepEqual(decodeOrThrow(PostalAddress, address), address);
    assert.equal(
      decodeOrThrow(PostalAddress, { ...address, postalCode: 'SW1A 1AA', country: 'GB' })
        .postalCode,
      'SW1A 1AA',
    );
    assert.equal(
      decodeOrThrow(PostalAddress, { ...address, postalCode: '02-495', country: 'PL' }).postalCode,
      '02-495',
    );
  });

  it('reports each wrong field by name', () => {
    assert.deepEqual(pathsOf(PostalAddress, { ...address, postalCode: '61' }), ['postalCode']);
    assert.deepEqual(pathsOf(PostalAddress, { ...address, country: 'bg' }), ['country']);
    assert.deepEqual(pathsOf(PostalAddress, { ...address, country: 'BGR' }), ['country']);
    assert.deepEqual(pathsOf(PostalAddress, { ...address, streetAddress: '' }), ['streetAddress']);
    assert.deepEqual(pathsOf(PostalAddress, { ...address, locality: {} }), ['locality']);
  });

  it('reports every missing field', () => {
    assert.deepEqual(pathsOf(PostalAddress, {}), [
      'streetAddress',
      'locality',
      'postalCode',
      'country',
    ]);
    assert.deepEqual(pathsOf(PostalAddress, 'ул. Розова долина 6'), ['(document)']);
  });
});
