import { Environment, InvalidEnvironmentError, parseEnvironment } from './environment';

describe(parseEnvironment.name, () => {
  it('should give the documented defaults for an empty environment', () => {
    const sut = parseEnvironment({});

    expect({ ...sut }).toEqual({
      PORT: 3000,
      DATABASE_URL: 'sqlite:data/registry.sqlite',
      DEMO_DATA: true,
      TIME_ZONE: 'Europe/Stockholm',
      LOG_LEVEL: 'info',
      REQUEST_BODY_LIMIT_MB: 4,
      DPA_EXPIRY_WINDOW_DAYS: 60,
    });
    expect(sut).toBeInstanceOf(Environment);
  });

  it('should treat empty strings as unset and ignore unrelated variables', () => {
    const sut = parseEnvironment({ PORT: '', TIME_ZONE: '', HOME: '/root', PATH: '/bin' });

    expect(sut.PORT).toBe(3000);
    expect(sut.TIME_ZONE).toBe('Europe/Stockholm');
    expect(sut).not.toHaveProperty('HOME');
  });

  it.each([
    ['PORT', '8080', 8080],
    ['PORT', ' 0 ', 0],
    ['DATABASE_URL', 'sqlite::memory:', 'sqlite::memory:'],
    ['DATABASE_URL', 'sqlite:/var/lib/registry.sqlite', 'sqlite:/var/lib/registry.sqlite'],
    ['DEMO_DATA', 'false', false],
    ['DEMO_DATA', 'NO', false],
    ['DEMO_DATA', '1', true],
    ['DEMO_DATA', ' on ', true],
    ['TIME_ZONE', 'UTC', 'UTC'],
    ['TIME_ZONE', 'America/New_York', 'America/New_York'],
    ['LOG_LEVEL', 'verbose', 'verbose'],
    ['REQUEST_BODY_LIMIT_MB', '512', 512],
    ['DPA_EXPIRY_WINDOW_DAYS', '0', 0],
  ])('should accept %s=%p as %p', (name, value, expected) => {
    expect(parseEnvironment({ [name]: value })[name as keyof Environment]).toBe(expected);
  });

  it.each([
    ['PORT', 'abc', 'PORT must be an integer between 0 and 65535, got abc'],
    ['PORT', '70000', 'PORT must be an integer between 0 and 65535, got 70000'],
    ['PORT', '-1', 'PORT must be an integer between 0 and 65535, got -1'],
    ['PORT', '80.5', 'PORT must be an integer between 0 and 65535, got 80.5'],
    [
      'DATABASE_URL',
      'mysql://x',
      'DATABASE_URL must start with sqlite: (e.g. sqlite:data/registry.sqlite or sqlite::memory:), got "mysql://x"',
    ],
    [
      'DATABASE_URL',
      'postgres://x',
      'DATABASE_URL postgres: is not supported yet (planned); use sqlite:<file> or sqlite::memory:',
    ],
    ['DATABASE_URL', 'sqlite:', 'DATABASE_URL sqlite: needs a file path, e.g. sqlite:data/registry.sqlite'],
    ['DEMO_DATA', 'maybe', 'DEMO_DATA must be true or false, got "maybe"'],
    [
      'TIME_ZONE',
      'Mars/Base',
      'TIME_ZONE must be an IANA time zone such as Europe/Stockholm, got "Mars/Base"',
    ],
    ['LOG_LEVEL', 'loud', 'LOG_LEVEL must be one of error, warn, info, debug, verbose, got "loud"'],
    ['REQUEST_BODY_LIMIT_MB', '0', 'REQUEST_BODY_LIMIT_MB must be an integer from 1 to 512, got 0'],
    ['REQUEST_BODY_LIMIT_MB', '513', 'REQUEST_BODY_LIMIT_MB must be an integer from 1 to 512, got 513'],
    ['DPA_EXPIRY_WINDOW_DAYS', '-1', 'DPA_EXPIRY_WINDOW_DAYS must be an integer from 0 to 3650, got -1'],
    ['DPA_EXPIRY_WINDOW_DAYS', 'soon', 'DPA_EXPIRY_WINDOW_DAYS must be an integer from 0 to 3650, got soon'],
  ])('should refuse %s=%p with a message naming the variable', (name, value, message) => {
    let error: unknown;
    try {
      parseEnvironment({ [name]: value });
    } catch (thrown) {
      error = thrown;
    }

    expect(error).toBeInstanceOf(InvalidEnvironmentError);
    expect((error as InvalidEnvironmentError).problems).toEqual([message]);
    expect((error as InvalidEnvironmentError).message).toBe(`Invalid configuration:\n  - ${message}`);
  });

  it('should list every bad variable at once', () => {
    expect(() => parseEnvironment({ PORT: 'abc', LOG_LEVEL: 'loud', TIME_ZONE: 'Mars/Base' })).toThrow(
      expect.objectContaining({
        problems: [
          'PORT must be an integer between 0 and 65535, got abc',
          'TIME_ZONE must be an IANA time zone such as Europe/Stockholm, got "Mars/Base"',
          'LOG_LEVEL must be one of error, warn, info, debug, verbose, got "loud"',
        ],
      }),
    );
  });
});
