import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DETECTOR_DOC, renderDetectorDoc } from '../../../scripts/gen-detector-docs';

describe('docs/detectors.md', () => {
  it('matches the rules (run `npm run gen:detectors` after changing a rule)', () => {
    expect(readFileSync(DETECTOR_DOC, 'utf8')).toBe(renderDetectorDoc());
  });
});
