/** True when a write failed on a unique constraint (SQLite today, PostgreSQL later). */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, driverError } = error as { code?: unknown; driverError?: { code?: unknown } };
  const codes = [code, driverError?.code];
  return (
    codes.includes('SQLITE_CONSTRAINT_UNIQUE') ||
    codes.includes('SQLITE_CONSTRAINT_PRIMARYKEY') ||
    codes.includes('23505')
  );
}
