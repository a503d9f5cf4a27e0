import { Matches, ValidateIf } from 'class-validator';

/** Optional in an update, but when given it must be a value: `null` is refused for required fields. */
export const OptionalButNotNull = (): PropertyDecorator =>
  ValidateIf((_object: object, value: unknown) => value !== undefined);

/** Not empty and not only spaces. */
export const NotBlank = (options: { each?: boolean } = {}): PropertyDecorator =>
  Matches(/\S/, { ...options, message: '$property must not be empty' });
