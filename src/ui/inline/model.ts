import type { Category } from '../../contracts/findings';

/** One finding as the inline UI shows it: never the value, only a masked preview. */
export interface VerdictItem {
  rule: string;
  category: Category;
  label: string;
  preview: string;
  line: number;
  /** The file it is in, when the verdict is about files (shown locally, never reported). */
  file?: string;
}

/** What the inline panel shows after a send attempt that policy does not simply allow. */
export interface VerdictView {
  action: 'warn' | 'justify' | 'redact' | 'block';
  /**
   * What is held: the prompt (default), or files about to be attached (a file input, a drop). A
   * file cannot be rewritten, so its panel offers neither "Redact and send" nor "Edit prompt".
   */
  subject?: 'prompt' | 'file';
  items: VerdictItem[];
  /** The policy's coaching text, shown as "why". */
  coaching?: string;
  /** Whether "Redact and send" is offered. */
  canRedact: boolean;
  /** Whether "Send anyway" is offered. */
  canSendAnyway: boolean;
  /** "Send anyway" needs a written business reason. */
  needsJustification: boolean;
  /** Why the whole app is blocked (tier), when it is. */
  appBlockedReason?: string;
}

export type VerdictChoice =
  | { kind: 'redact' }
  | { kind: 'send_anyway'; justification?: string }
  | { kind: 'edit' }
  | { kind: 'cancel' };
