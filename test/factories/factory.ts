/** A small test-data factory: valid defaults, and each test overrides only what it cares about. */
export interface Factory<T, Overrides = Partial<T>> {
  build(overrides?: Overrides): T;
  buildList(count: number, overrides?: Overrides): T[];
}

export function defineFactory<T, Overrides = Partial<T>>(
  make: (sequence: number, overrides: Overrides) => T,
): Factory<T, Overrides> {
  let sequence = 0;
  const build = (overrides?: Overrides): T => make(++sequence, overrides ?? ({} as Overrides));
  return { build, buildList: (count, overrides) => Array.from({ length: count }, () => build(overrides)) };
}
