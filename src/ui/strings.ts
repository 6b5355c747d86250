/** User-visible strings in one place, for localisation. */
export const strings = {
  productName: 'Shadow AI Guard',
  popup: {
    loading: 'Loading…',
    unavailable: 'Protection status is unavailable. Reload the extension or contact your IT team.',
    interceptedLabel: 'Prompts stopped on this device',
    lastHost: (host: string) => `Last on ${host}`,
    version: (v: string) => `Version ${v}`,
  },
} as const;
