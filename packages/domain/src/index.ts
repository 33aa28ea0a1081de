export * from './access/passwords.ts';
export * from './access/placement.ts';
export * from './access/roles.ts';
export * from './access/visibility.ts';
export * from './cases/case-management.ts';
export * from './cases/closure.ts';
export * from './cases/lifecycle.ts';
export * from './organisation/missions.ts';
