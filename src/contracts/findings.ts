import { z } from 'zod';

/** The six categories policy acts on. Order is the display order. */
export const CATEGORIES = ['credential', 'financial', 'pii', 'source_code', 'confidential', 'custom'] as const;
export const CategorySchema = z.enum(CATEGORIES);
export type Category = z.infer<typeof CategorySchema>;

/**
 * One sensitive item found in a text. Offsets are JavaScript string (UTF-16) offsets into the
 * ORIGINAL text (before normalisation), end exclusive. A Finding never carries the matched value:
 * `preview` is masked (see engine `mask()`), so findings can cross message boundaries safely.
 */
export const FindingSchema = z.object({
  /** Stable rule id, e.g. `credential.aws_access_key_id`. Policies reference it. */
  rule: z.string().min(1).max(100),
  category: CategorySchema,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** Confidence 0..1 after validators and context scoring. */
  score: z.number().min(0).max(1),
  /** Human label of what was found, e.g. "AWS access key ID". */
  label: z.string().max(200),
  /** Masked preview, e.g. `AKIA••••••••MPLE`; never the full value. */
  preview: z.string().max(80),
  /** 1-based line of `start` in the original text, for "AWS secret key, line 3". */
  line: z.number().int().positive(),
});
export type Finding = z.infer<typeof FindingSchema>;
