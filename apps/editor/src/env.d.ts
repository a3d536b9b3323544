/// <reference types="vite/client" />

// The starter's document maker (packages/create-muni-kit, plain JavaScript).
declare module 'create-muni-kit/document.js' {
  /** A new municipality document with the parts the domain requires. */
  export const makeDocument: (
    options: { name: string; languages: string[]; id: string; country: string },
    coatOfArmsFile: string,
  ) => object;
}
