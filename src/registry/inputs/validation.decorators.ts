import { applyDecorators } from '@nestjs/common';
import { ArrayMaxSize, IsArray, IsString, Matches, MaxLength, ValidateIf } from 'class-validator';

/** Optional in an update, but when given it must be a value: `null` is refused for required fields. */
export const OptionalButNotNull = (): PropertyDecorator =>
  ValidateIf((_object: object, value: unknown) => value !== undefined);

/** Not empty and not only spaces. */
export const NotBlank = (options: { each?: boolean } = {}): PropertyDecorator =>
  Matches(/\S/, { ...options, message: '$property must not be empty' });

/** A list of short texts (purposes, data categories, data subjects): at most 50, each 1 to 200 characters. */
export const TextList = (): PropertyDecorator =>
  applyDecorators(
    IsArray(),
    ArrayMaxSize(50),
    IsString({ each: true }),
    MaxLength(200, { each: true }),
    NotBlank({ each: true }),
  );
