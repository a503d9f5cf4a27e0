import { registerAs } from '@nestjs/config';
import { parseEnvironment } from './environment';

export const appConfig = registerAs('app', () => {
  const environment = parseEnvironment();
  return {
    port: environment.PORT,
    logLevel: environment.LOG_LEVEL,
    /** IANA zone in which "today" is computed (default date of assessments). */
    timeZone: environment.TIME_ZONE,
    /** Load the demo registry on start when the registry is empty. */
    demoData: environment.DEMO_DATA,
    requestBodyLimitBytes: environment.REQUEST_BODY_LIMIT_MB * 1024 * 1024,
  };
});

export const assessmentConfig = registerAs('assessment', () => {
  const environment = parseEnvironment();
  return {
    /** DPA_EXPIRING fires when a DPA expires within this many days of asOf. */
    dpaExpiryWindowDays: environment.DPA_EXPIRY_WINDOW_DAYS,
  };
});
