import { type DestinationStream, type Logger, pino } from 'pino';

/**
 * Request logs carry method, route, status, duration, organisation and request id — never bodies.
 * Redaction is the second line of defence: should a body, credential or ID number ever reach a log
 * call, these paths are censored.
 */
export const REDACT_PATHS = [
  'body',
  '*.body',
  'applicant',
  '*.applicant',
  'facts',
  '*.facts',
  'idNumber',
  '*.idNumber',
  '*.*.idNumber',
  'password',
  '*.password',
  'token',
  '*.token',
  'req.headers.authorization',
  'req.headers.cookie',
  'headers.authorization',
  'headers.cookie',
];

export function createLogger(level = 'info', destination?: DestinationStream): Logger {
  const options = { level, base: { service: 'hujifen' }, redact: { paths: REDACT_PATHS, censor: '[redacted]' } };
  return destination ? pino(options, destination) : pino(options);
}
