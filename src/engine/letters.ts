/**
 * Character-class bodies for scripts the rules test for, shared so each range is written once
 * (raw characters: they work in a `new RegExp` source and in a regex literal's class alike).
 */

/** Kana, CJK ideographs and Hangul: Japanese, Chinese and Korean text. */
export const CJK_LETTERS = '\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af';
