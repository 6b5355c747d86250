import { z } from 'zod';
import { CustomDetectorsSchema } from './custom-detectors';
import type { Finding } from './findings';

/** What the scanner worker exposes over comlink (and the background's fallback mirrors). */
export interface ScannerApi {
  /** Replaces the scanner's configuration (custom detectors from the policy in force). */
  configure(config: ScannerConfig): void;
  scan(text: string): Finding[];
  /**
   * Replaces findings with typed placeholders (`[EMAIL_1]`). The value→placeholder mapping stays
   * in the worker for this conversation (same value, same placeholder) and never leaves it.
   */
  redact(text: string, findings: Finding[]): RedactionResult;
}

export interface RedactionResult {
  text: string;
  replacements: { placeholder: string; start: number; end: number; rule: string }[];
}

export const ScannerConfigSchema = z.object({
  custom: CustomDetectorsSchema.optional(),
  disabledRules: z.array(z.string().max(100)).max(500).optional(),
});
export type ScannerConfig = z.input<typeof ScannerConfigSchema>;

/** postMessage envelope the content script uses to hand the frame a MessagePort. */
export const SCANNER_PORT_MESSAGE = 'sag/scanner-port';
