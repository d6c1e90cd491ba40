// @ts-check
/** Dutch number formatting: 1.299.500 and 12,5. */
const integer = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });

/** @param {number} n */
export const formatCount = (n) => integer.format(n);
/** @param {number} n */
export const formatDecimal = (n) => decimal.format(n);

/**
 * Singular or plural form with a formatted count, e.g. "1 gemeente", "12 gemeenten".
 * @param {number} n @param {string} one @param {string} many
 */
export const counted = (n, one, many) => `${formatCount(n)} ${n === 1 ? one : many}`;
