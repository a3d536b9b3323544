import { msg, str } from '@lit/localize';
import type { LoadFailure } from './municipality-source.js';

/** The alert a reader sees for a failure, in the interface language (call inside `inLocale`). */
export const errorMessage = (failure: LoadFailure): string => {
  switch (failure.kind) {
    case 'http':
    case 'network':
      return msg('The municipality information could not be loaded. Please try again later.');
    case 'timeout':
      return msg('The municipality information took too long to load. Please try again later.');
    case 'invalid':
      return msg('The municipality information contains errors and cannot be shown.');
    case 'not-found':
      return failure.what === 'twin-city'
        ? msg(str`There is no twin city "${failure.id}" in the municipality information.`)
        : msg(str`There is no page "${failure.id}" in the municipality information.`);
    case 'no-data':
      return msg('No municipality information was given to this element.');
  }
};
