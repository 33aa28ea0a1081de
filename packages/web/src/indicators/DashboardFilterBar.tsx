import { NativeSelect, TextInput } from '@mantine/core';
import { ageBands } from '@reintegra/domain';
import { useTranslation } from 'react-i18next';
import { useOrganisation } from '../admin/organisation/queries.ts';
import { useSession } from '../auth/session.tsx';
import { FilterBar } from '../ui/FilterBar.tsx';
import { backwards, type DashboardFilters, sexes } from './filters.ts';
import { useCaseworkers } from './queries.ts';

/**
 * The period and the groups looked at. The period and the place come first;
 * the groups of people behind "more filters", opened when one is set. The
 * caseworker choice is only for readers of the staff directory.
 */
export function DashboardFilterBar({
  filters,
  onChange,
  fieldErrors,
}: {
  filters: DashboardFilters;
  onChange: (changes: Partial<DashboardFilters>) => void;
  /** What the server refused, by field name. */
  fieldErrors: Record<string, string>;
}) {
  const { t } = useTranslation();
  const { can } = useSession();
  const { missions, offices, officeGroups } = useOrganisation();
  const caseworkers = useCaseworkers(filters.missionId, filters.officeId);
  const officeChoices = filters.missionId
    ? offices.filter((o) => o.missionId === filters.missionId).map((o) => ({ value: o.id, label: o.name }))
    : officeGroups(null, true);
  const people = [filters.sex, filters.ageBand, filters.vulnerable, filters.caseworkerId];

  return (
    <FilterBar
      label={t('dashboard.filters')}
      moreInUse={people.filter(Boolean).length}
      more={
        <>
          <NativeSelect
            label={t('dashboard.sex')}
            value={filters.sex}
            onChange={(e) => onChange({ sex: e.currentTarget.value as DashboardFilters['sex'] })}
            data={[
              { value: '', label: t('dashboard.anySex') },
              ...sexes.map((s) => ({ value: s, label: t(`sexes.${s}`) })),
            ]}
          />
          <NativeSelect
            label={t('dashboard.ageBand')}
            description={t('dashboard.ageBandHelp')}
            value={filters.ageBand}
            onChange={(e) => onChange({ ageBand: e.currentTarget.value as DashboardFilters['ageBand'] })}
            data={[
              { value: '', label: t('dashboard.anyAge') },
              ...ageBands.map((b) => ({ value: b, label: t(`ageBands.${b}`) })),
              { value: 'unknown', label: t('dashboard.unknownAge') },
            ]}
          />
          <NativeSelect
            label={t('dashboard.vulnerable')}
            value={filters.vulnerable}
            onChange={(e) =>
              onChange({ vulnerable: e.currentTarget.value as DashboardFilters['vulnerable'] })
            }
            data={[
              { value: '', label: t('dashboard.anyVulnerability') },
              { value: 'true', label: t('dashboard.vulnerableYes') },
              { value: 'false', label: t('dashboard.vulnerableNo') },
            ]}
          />
          {can('staff.read') && (
            <NativeSelect
              label={t('dashboard.caseworker')}
              value={filters.caseworkerId}
              onChange={(e) => onChange({ caseworkerId: e.currentTarget.value })}
              data={[
                { value: '', label: t('dashboard.anyCaseworker') },
                ...(caseworkers.data?.items ?? []).map((c) => ({ value: c.id, label: c.displayName })),
              ]}
            />
          )}
        </>
      }
    >
      <TextInput
        type="date"
        label={t('dashboard.from')}
        value={filters.from}
        onChange={(e) => onChange({ from: e.currentTarget.value })}
        error={fieldErrors.from}
      />
      <TextInput
        type="date"
        label={t('dashboard.to')}
        value={filters.to}
        onChange={(e) => onChange({ to: e.currentTarget.value })}
        error={backwards(filters) ? t('dashboard.backwards') : fieldErrors.to}
      />
      <NativeSelect
        label={t('dashboard.mission')}
        value={filters.missionId}
        onChange={(e) => onChange({ missionId: e.currentTarget.value, officeId: '', caseworkerId: '' })}
        data={[
          { value: '', label: t('dashboard.allMissions') },
          ...missions.map((m) => ({ value: m.id, label: m.name })),
        ]}
      />
      <NativeSelect
        label={t('dashboard.office')}
        value={filters.officeId}
        onChange={(e) => onChange({ officeId: e.currentTarget.value, caseworkerId: '' })}
        data={[{ value: '', label: t('dashboard.allOffices') }, ...officeChoices]}
      />
    </FilterBar>
  );
}
