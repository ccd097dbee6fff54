import { z } from 'zod';

// Codes CLDR names that are groupings or test data, not places a centre can be in.
const NOT_A_COUNTRY = new Set(['EU', 'EZ', 'QO', 'UN', 'XA', 'XB', 'ZZ']);

function isCurrentRegion(code: string, names: Intl.DisplayNames): boolean {
  if (NOT_A_COUNTRY.has(code) || names.of(code) === undefined) return false;
  // Retired codes (ZR, YU…) are renamed by Intl.Locale to their successor: keep only the successor.
  return new Intl.Locale('en', { region: code }).region === code;
}

function allRegionCodes(): readonly string[] {
  const names = new Intl.DisplayNames('en', { type: 'region', fallback: 'none' });
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const codes: string[] = [];
  for (const first of letters) {
    for (const second of letters) {
      if (isCurrentRegion(first + second, names)) codes.push(first + second);
    }
  }
  return codes;
}

/** Every ISO 3166 region the date and time formats know (GB, MX, MA…), alphabetical by code. */
export const REGION_CODES = allRegionCodes();
const regionCodes = new Set(REGION_CODES);

/**
 * The region whose habits dates and times follow (24-hour clock, day before month), or empty for
 * "whatever this computer is set up for".
 */
export const dateRegion = z
  .string()
  .refine((code) => code === '' || regionCodes.has(code), { error: 'validation.region' })
  .default('');
