export type ColorToken =
  | 'primary'
  | 'primary-strong'
  | 'on-primary'
  | 'primary-subtle'
  | 'text'
  | 'text-muted'
  | 'surface'
  | 'surface-alt'
  | 'border'
  | 'link'
  | 'focus'
  | 'focus-halo'
  | 'success'
  | 'danger';
export type SchemeColors = Record<ColorToken, string>;
export type Scheme = 'light' | 'dark';
export declare const contrastPairs: ReadonlyArray<readonly [ColorToken, ColorToken, number]>;
export declare const schemeColors: (
  primary: string,
  secondary: string | undefined,
  scheme: Scheme,
) => SchemeColors;
export interface ContrastRow {
  readonly foreground: ColorToken;
  readonly background: ColorToken;
  readonly target: number;
  readonly ratio: number;
  readonly meets: boolean;
}
export declare const contrastTable: (colors: SchemeColors) => ContrastRow[];
export interface DesignTokens {
  readonly $description: string;
  readonly color: Record<string, unknown>;
}
export declare const makeTheme: (options: {
  primary: string;
  secondary?: string | undefined;
  name?: string;
}) => {
  light: SchemeColors;
  dark: SchemeColors;
  tokens: { light: DesignTokens; dark: DesignTokens };
  css: string;
};
