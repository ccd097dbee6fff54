// Conversions between SQLite rows (integers for booleans, JSON text for lists) and domain values.
export const toFlag = (value: boolean): number => (value ? 1 : 0);
export const fromFlag = (value: number): boolean => value === 1;
export const nowIso = (): string => new Date().toISOString();

export function parseStringList(json: string): string[] {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}
