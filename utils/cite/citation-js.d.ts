// Minimal types for the parts of Citation.js DiploLens uses (the packages ship none).
declare module '@citation-js/core' {
  export interface FormatOptions {
    format?: 'text' | 'html';
    template?: string;
    lang?: string;
  }
  export class Cite {
    constructor(data: unknown);
    format(format: 'bibliography', options?: FormatOptions): string;
    format(format: 'bibtex' | 'ris' | 'data', options?: { format?: 'text' | 'object' }): string;
  }
  interface Register {
    add(name: string, value: string): void;
    has(name: string): boolean;
  }
  export const plugins: {
    config: {
      get(name: '@csl'): { styles: Register; locales: Register };
      get(name: '@bibtex'): { format: { useIdAsLabel: boolean; checkLabel: boolean; asciiOnly: boolean } };
    };
  };
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
