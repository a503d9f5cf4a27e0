// The only place that reads process.env. Every variable is validated at boot: a wrong value stops
// the service with a message naming the variable. Documented in .env.example and the README.
import { plainToInstance, Transform } from 'class-transformer';
import {
  IsIn,
  IsInt,
  Max,
  Min,
  validateSync,
  Validate,
  type ValidationArguments,
  ValidatorConstraint,
} from 'class-validator';
import { isValidTimeZone } from '../common/dates';
import { parseDatabaseUrl } from './database-url';

export const LOG_LEVELS = ['error', 'warn', 'info', 'debug', 'verbose'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

const toBoolean = ({ value }: { value: unknown }): unknown => {
  if (typeof value !== 'string') return value;
  const normalised = value.trim().toLowerCase();
  if (['true', '1', 'yes', 'on'].includes(normalised)) return true;
  if (['false', '0', 'no', 'off'].includes(normalised)) return false;
  return value;
};
const toInteger = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' && /^\s*-?\d+\s*$/.test(value) ? Number(value) : value;

// @ValidatorConstraint registers the class: without it, @Validate silently checks nothing.
@ValidatorConstraint({ name: 'timeZone' })
class TimeZoneConstraint {
  validate(value: unknown): boolean {
    return typeof value === 'string' && isValidTimeZone(value);
  }
  defaultMessage(args: ValidationArguments): string {
    return `TIME_ZONE must be an IANA time zone such as Europe/Stockholm, got ${JSON.stringify(args.value)}`;
  }
}

@ValidatorConstraint({ name: 'databaseUrl' })
class DatabaseUrlConstraint {
  validate(value: unknown): boolean {
    return typeof value === 'string' && parseDatabaseUrl(value).ok;
  }
  defaultMessage(args: ValidationArguments): string {
    const result = typeof args.value === 'string' ? parseDatabaseUrl(args.value) : undefined;
    return `DATABASE_URL ${result && !result.ok ? result.error : 'must be a string'}`;
  }
}

export class Environment {
  @Transform(toInteger)
  @IsInt({ message: 'PORT must be an integer between 0 and 65535, got $value' })
  @Min(0, { message: 'PORT must be an integer between 0 and 65535, got $value' })
  @Max(65535, { message: 'PORT must be an integer between 0 and 65535, got $value' })
  PORT = 3000;

  @Validate(DatabaseUrlConstraint)
  DATABASE_URL = 'sqlite:data/registry.sqlite';

  @Transform(toBoolean)
  @IsIn([true, false], { message: 'DEMO_DATA must be true or false, got "$value"' })
  DEMO_DATA = true;

  @Validate(TimeZoneConstraint)
  TIME_ZONE = 'Europe/Stockholm';

  @IsIn(LOG_LEVELS, { message: `LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "$value"` })
  LOG_LEVEL: LogLevel = 'info';

  @Transform(toInteger)
  @IsInt({ message: 'REQUEST_BODY_LIMIT_MB must be an integer from 1 to 512, got $value' })
  @Min(1, { message: 'REQUEST_BODY_LIMIT_MB must be an integer from 1 to 512, got $value' })
  @Max(512, { message: 'REQUEST_BODY_LIMIT_MB must be an integer from 1 to 512, got $value' })
  REQUEST_BODY_LIMIT_MB = 4;

  @Transform(toInteger)
  @IsInt({ message: 'DPA_EXPIRY_WINDOW_DAYS must be an integer from 0 to 3650, got $value' })
  @Min(0, { message: 'DPA_EXPIRY_WINDOW_DAYS must be an integer from 0 to 3650, got $value' })
  @Max(3650, { message: 'DPA_EXPIRY_WINDOW_DAYS must be an integer from 0 to 3650, got $value' })
  DPA_EXPIRY_WINDOW_DAYS = 60;
}

export class InvalidEnvironmentError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'InvalidEnvironmentError';
  }
}

const KNOWN = Object.keys(new Environment());

/**
 * Validate the environment and return typed settings. Empty strings count as unset, so
 * `PORT= npm start` means the default rather than an error.
 */
export function parseEnvironment(source: Record<string, unknown> = process.env): Environment {
  const relevant: Record<string, unknown> = {};
  for (const name of KNOWN) {
    const value = source[name];
    if (value !== undefined && value !== '') relevant[name] = value;
  }
  const environment = plainToInstance(Environment, relevant, { exposeDefaultValues: true });
  const errors = validateSync(environment, { forbidUnknownValues: true });
  if (errors.length > 0) {
    // One message per variable: IsInt, Min and Max say the same thing about one bad PORT.
    throw new InvalidEnvironmentError([
      ...new Set(errors.flatMap((error) => Object.values(error.constraints ?? {}))),
    ]);
  }
  return environment;
}
