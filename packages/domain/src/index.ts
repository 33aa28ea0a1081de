export * from './access/passwords.ts';
export * from './access/roles.ts';
export * from './access/visibility.ts';
export * from './organisation/missions.ts';
