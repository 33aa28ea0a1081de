import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { Page, User } from '../../api/types.ts';

export const usersKey = ['users'] as const;

export interface UserFilter {
  q: string;
  role: string;
  officeId: string;
  active: '' | 'true' | 'false';
}

export const pageSize = 25;

export function useUsers(filter: UserFilter, offset: number) {
  return useQuery({
    queryKey: [...usersKey, filter, offset],
    queryFn: () => api.get<Page<User>>('/admin/users', { ...filter, limit: pageSize, offset }),
    // Keep the current page on screen while the next one loads over a slow line.
    placeholderData: keepPreviousData,
  });
}

export function isLocked(user: User, now = Date.now()): boolean {
  return !!user.lockedUntil && new Date(user.lockedUntil).getTime() > now;
}
