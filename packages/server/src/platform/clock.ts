/** Time as a dependency, so that session expiry and lockout can be tested at a chosen instant. */
export interface Clock {
  now(): Date;
}
export const systemClock: Clock = { now: () => new Date() };
