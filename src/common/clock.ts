import { Inject, Injectable } from '@nestjs/common';
import { type ConfigType } from '@nestjs/config';
import { appConfig } from '../config/app.config';
import { todayIn } from './dates';

/** "Now" and "today" in one injectable place, so tests and the assessor can fix the date. */
@Injectable()
export class Clock {
  constructor(@Inject(appConfig.KEY) private readonly config: ConfigType<typeof appConfig>) {}

  now(): Date {
    return new Date();
  }

  /** Today's date in the service's time zone (TIME_ZONE, default Europe/Stockholm). */
  today(): string {
    return todayIn(this.config.timeZone, this.now());
  }
}
