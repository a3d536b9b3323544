/** The kit's version, compared when two copies define the same elements on one page. */
export const version = '0.1.0';
