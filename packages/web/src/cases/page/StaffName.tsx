import { createContext, useContext } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseFile } from '../../api/types.ts';
import { useStaffName } from '../queries.ts';

/**
 * The names the open case file carries (its `staff`), by id. Provided once by
 * the case page so that each name on it needs no request of its own.
 */
export const CaseStaffNames = createContext<ReadonlyMap<string, string>>(new Map());

export function staffNamesOf(file: CaseFile): ReadonlyMap<string, string> {
  return new Map(file.staff.map((s) => [s.id, s.displayName]));
}

/** A colleague's name, or a neutral word where the reader may not look them up. */
export function StaffName({ id }: { id: string | null }) {
  const { t } = useTranslation();
  const known = useContext(CaseStaffNames);
  const name = useStaffName(id, id ? known.get(id) : undefined);
  if (!id) return <>{t('cases.system')}</>;
  return <>{name ?? t('cases.colleague')}</>;
}
