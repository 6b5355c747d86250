import type { MatchContext } from '../types';

/**
 * Word-boundary context check for validators. The pipeline's `context.words` are plain
 * substrings over the whole rule; some forms need more: a bare 9-digit run is an SSN only right
 * after "SSN", and "sin" must not be found inside "using". `re` must not have the g/y flag.
 */
export const contextNear = (ctx: MatchContext | undefined, re: RegExp, before = 40, after = 0): boolean => {
  if (!ctx) return false;
  const from = Math.max(0, ctx.start - before);
  const to = Math.min(ctx.text.length, ctx.end + after);
  return re.test(ctx.text.slice(from, ctx.start)) || (after > 0 && re.test(ctx.text.slice(ctx.end, to)));
};
