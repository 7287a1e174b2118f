/** The lengths of password the server accepts, which the sign-up form checks before sending (strength is the server's). */
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 200;
