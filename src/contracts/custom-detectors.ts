import { z } from 'zod';

/** Rule-id suffix for admin-defined detectors: the finding's rule id is `custom.<id>`. */
const DetectorId = z.string().regex(/^[a-z0-9][a-z0-9_]{0,62}$/, 'lower-case letters, digits and _');

/**
 * Detectors an org adds through policy (category `custom`, except `markings`, which extend the
 * built-in `confidential` rule). Shipped inside the signed policy document.
 */
export const CustomDetectorsSchema = z.object({
  /** Keyword / dictionary detectors: project code names, customer names. */
  keywords: z
    .array(
      z.object({
        id: DetectorId,
        label: z.string().min(1).max(100),
        terms: z.array(z.string().min(2).max(200)).min(1).max(20_000),
        caseSensitive: z.boolean().default(false),
        /** Match only at word boundaries (default), so "Atlas" does not match "atlases". */
        wholeWord: z.boolean().default(true),
      }),
    )
    .default([]),
  /**
   * Admin regexes. Run by a linear-time engine (RE2 semantics: no backreferences or
   * lookaround), so a pattern from policy cannot hang the page.
   */
  patterns: z
    .array(
      z.object({
        id: DetectorId,
        label: z.string().min(1).max(100),
        regex: z.string().min(1).max(1000),
        caseInsensitive: z.boolean().default(false),
      }),
    )
    .default([]),
  /**
   * Exact-data-match fingerprints: hex SHA-256 of `salt + normalise(value)`, so the plaintext
   * list (customer ids, account numbers) never ships. Candidates are tokens of at least
   * `minLength` characters after normalisation.
   */
  fingerprints: z
    .array(
      z.object({
        id: DetectorId,
        label: z.string().min(1).max(100),
        salt: z.string().min(8).max(200),
        normalize: z.enum(['exact', 'lowercase', 'digits']).default('exact'),
        minLength: z.number().int().min(6).max(200).default(6),
        hashes: z.array(z.string().regex(/^[0-9a-f]{64}$/)).min(1).max(100_000),
      }),
    )
    .default([]),
  /** Extra classification markings for the built-in `confidential.marking` rule. */
  markings: z.array(z.string().min(3).max(100)).max(200).default([]),
});
export type CustomDetectors = z.infer<typeof CustomDetectorsSchema>;
export type CustomDetectorsInput = z.input<typeof CustomDetectorsSchema>;
