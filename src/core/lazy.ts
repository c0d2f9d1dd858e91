/**
 * A value made on first use and kept. Top-level work that only some requests need (schemas of
 * one route, tables of one repair) then costs nothing at start-up, which every cold start pays.
 *
 * @example export const blockSchema = lazy(() => z.object({ … })); blockSchema().parse(value)
 */
export function lazy<T>(make: () => T): () => T {
  let made = false;
  let value: T | undefined;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value as T;
  };
}
