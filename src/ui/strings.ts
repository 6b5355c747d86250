/** User-visible strings in one place, for localisation. */
export const strings = {
  productName: 'Shadow AI Guard',
  inline: {
    title: {
      block: 'This prompt was not sent',
      redact: 'Sensitive data in this prompt',
      justify: 'A reason is needed to send this',
      warn: 'Check before sending',
    },
    lead: {
      block: 'Your organisation does not allow sending this to an AI app.',
      redact: 'You can remove it and send the rest.',
      justify: 'Your organisation asks for a business reason before this is sent.',
      warn: 'This may be sensitive. Send only if you are sure.',
    },
    found: 'Found',
    why: 'Why',
    onLine: (line: number) => `line ${line}`,
    redactAndSend: 'Redact and send',
    sendAnyway: 'Send anyway',
    edit: 'Edit prompt',
    cancel: 'Cancel',
    close: 'Close',
    justificationLabel: 'Business reason',
    justificationHint: 'Shared with your security team as part of the event, not the prompt.',
    justificationRequired: 'Please enter a reason (at least 10 characters).',
    checking: 'Checking…',
    sensitiveCount: (n: number) => (n === 1 ? '1 sensitive item' : `${n} sensitive items`),
    appBlocked: 'This AI app is blocked by your organisation.',
  },
  popup: {
    loading: 'Loading…',
    unavailable: 'Protection status is unavailable. Reload the extension or contact your IT team.',
    interceptedLabel: 'Prompts stopped on this device',
    lastHost: (host: string) => `Last on ${host}`,
    version: (v: string) => `Version ${v}`,
  },
} as const;
