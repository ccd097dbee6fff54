// Characters that show nothing on screen or paper: white space, controls, and Unicode's
// default-ignorable set (zero-width space and joiners, word joiner, BOM, soft hyphen, fillers).
const INVISIBLE = '[\\p{White_Space}\\p{Cc}\\p{Default_Ignorable_Code_Point}]';
const AT_ENDS = new RegExp(`^${INVISIBLE}+|${INVISIBLE}+$`, 'gu');
const IGNORABLE = /\p{Default_Ignorable_Code_Point}/gu;

/** Removes invisible characters from both ends; those inside (a ZWJ in an emoji) stay. */
export function trimInvisible(text: string): string {
  return text.replace(AT_ENDS, '');
}

/** Removes zero-width characters anywhere (spaces stay), for comparing and searching text. */
export function removeIgnorable(text: string): string {
  return text.replace(IGNORABLE, '');
}
