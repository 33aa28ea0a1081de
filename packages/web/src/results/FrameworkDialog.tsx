import {
  ActionIcon,
  Alert,
  Button,
  Fieldset,
  Group,
  NativeSelect,
  NumberInput,
  Stack,
  TextInput,
} from '@mantine/core';
import {
  automaticActuals,
  indicatorCatalogue,
  parentLevels,
  type ResultLevel,
  type ResultUnit,
  resultFrequencies,
  resultLevels,
  resultUnits,
} from '@reintegra/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMissions } from '../admin/organisation/queries.ts';
import { ApiError } from '../api/client.ts';
import { useMe } from '../auth/session.tsx';
import { ResponsiveModal } from '../ui/ResponsiveModal.tsx';
import { StaleVersionNotice } from '../ui/StaleVersionNotice.tsx';
import { useSaveFramework } from './queries.ts';
import type { Framework, FrameworkRowInput } from './types.ts';
import { useResultError, useResultFieldErrors } from './words.ts';

const blankRow: FrameworkRowInput = {
  level: 'output',
  statement: '',
  parent: null,
  indicatorCode: null,
  indicatorText: '',
  baseline: null,
  target: null,
  unit: 'count',
  frequency: 'quarterly',
  responsible: '',
  dataSource: '',
  dataAnalysis: '',
  assumptions: '',
};

const toNumber = (v: number | string) => (typeof v === 'number' ? v : null);

/** Sets up a framework, or edits one: the programme's name and its rows, added and removed freely. */
export function FrameworkDialog({
  framework,
  onClose,
  onSaved,
}: {
  framework: Framework | null;
  onClose: () => void;
  onSaved: (framework: Framework) => void;
}) {
  const { t } = useTranslation();
  const me = useMe();
  const missions = useMissions().data?.items ?? [];
  const fieldErrors = useResultFieldErrors();
  const describe = useResultError();
  const [programme, setProgramme] = useState(framework?.programme ?? '');
  const [missionId, setMissionId] = useState(framework?.missionId ?? me.user.missionId ?? '');
  const [rows, setRows] = useState<FrameworkRowInput[]>(
    framework?.rows.map(({ actual: _actual, entered: _entered, ...row }) => row) ?? [blankRow],
  );
  const save = useSaveFramework(t('results.saved'), (saved) => {
    onSaved(saved);
    onClose();
  });
  const errors = fieldErrors(save.error);
  const stale = save.error instanceof ApiError && save.error.code === 'stale_version';

  const change = (i: number, changes: Partial<FrameworkRowInput>) =>
    setRows(rows.map((r, j) => (j === i ? { ...r, ...changes } : r)));
  // A row of another level links to another level above: the old link would be refused.
  const chooseLevel = (i: number, level: ResultLevel) => {
    const parent = rows[i]?.parent;
    const keeps = parent != null && rows[parent]?.level === parentLevels[level];
    change(i, { level, ...(keeps ? {} : { parent: null }) });
  };
  // Links are positions: removing a row unlinks the rows under it and moves the later links up by one.
  const remove = (i: number) =>
    setRows(
      rows
        .filter((_, j) => j !== i)
        .map((r) =>
          r.parent === null || r.parent < i ? r : { ...r, parent: r.parent === i ? null : r.parent - 1 },
        ),
    );
  // A filled-in indicator comes in one unit: choosing it sets the unit the server will ask for.
  const chooseIndicator = (i: number, code: string) => {
    const auto = code ? automaticActuals[code] : undefined;
    change(i, {
      indicatorCode: code || null,
      ...(code ? { indicatorText: '' } : {}),
      ...(auto ? { unit: auto.unit } : {}),
    });
  };

  const submit = () =>
    save.mutate(
      framework
        ? { id: framework.id, version: framework.version, programme, rows }
        : { id: null, missionId, programme, rows },
    );

  return (
    <ResponsiveModal
      opened
      onClose={onClose}
      size="xl"
      title={framework ? t('results.edit') : t('results.create')}
    >
      <Stack>
        <TextInput
          label={t('results.programme')}
          value={programme}
          onChange={(e) => setProgramme(e.currentTarget.value)}
          error={errors.programme}
          required
          dir="auto"
        />
        {!framework && (
          <NativeSelect
            label={t('results.mission')}
            value={missionId}
            onChange={(e) => setMissionId(e.currentTarget.value)}
            error={errors.missionId}
            data={[
              { value: '', label: '' },
              ...missions
                .filter((m) => me.user.scope === 'all' || m.id === me.user.missionId)
                .map((m) => ({ value: m.id, label: m.name })),
            ]}
          />
        )}
        {rows.map((row, i) => {
          const at = (field: keyof FrameworkRowInput) => errors[`rows.${i}.${field}`];
          const n = i + 1;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id until saved; their position is who they are.
            <Fieldset key={i} legend={t('results.row', { n })}>
              <Stack gap="xs">
                <Group grow align="flex-start" wrap="wrap">
                  <NativeSelect
                    label={t('results.columns.level')}
                    value={row.level}
                    onChange={(e) => chooseLevel(i, e.currentTarget.value as ResultLevel)}
                    data={resultLevels.map((l) => ({ value: l, label: t(`results.levels.${l}`) }))}
                    error={at('level')}
                    miw={140}
                  />
                  <NativeSelect
                    label={t('results.columns.frequency')}
                    value={row.frequency}
                    onChange={(e) =>
                      change(i, { frequency: e.currentTarget.value as FrameworkRowInput['frequency'] })
                    }
                    data={resultFrequencies.map((f) => ({ value: f, label: t(`results.frequencies.${f}`) }))}
                    error={at('frequency')}
                    miw={140}
                  />
                </Group>
                <TextInput
                  label={t('results.columns.statement')}
                  value={row.statement}
                  onChange={(e) => change(i, { statement: e.currentTarget.value })}
                  error={at('statement')}
                  dir="auto"
                />
                {parentLevels[row.level] && (
                  <NativeSelect
                    label={t('results.columns.parent')}
                    description={t('results.parentHint')}
                    value={row.parent === null ? '' : String(row.parent)}
                    onChange={(e) =>
                      change(i, {
                        parent: e.currentTarget.value === '' ? null : Number(e.currentTarget.value),
                      })
                    }
                    data={[
                      { value: '', label: t('results.noParent') },
                      ...rows.flatMap((other, j) =>
                        j !== i && (other.level === parentLevels[row.level] || j === row.parent)
                          ? [
                              {
                                value: String(j),
                                label: t('results.rowOption', { n: j + 1, statement: other.statement }),
                              },
                            ]
                          : [],
                      ),
                    ]}
                    error={at('parent')}
                  />
                )}
                <Group grow align="flex-start" wrap="wrap">
                  <NativeSelect
                    label={t('results.indicatorCode')}
                    value={row.indicatorCode ?? ''}
                    onChange={(e) => chooseIndicator(i, e.currentTarget.value)}
                    data={[
                      { value: '', label: t('results.ownIndicator') },
                      ...indicatorCatalogue.map((d) => ({
                        value: d.code,
                        label: automaticActuals[d.code] ? t('results.filledCode', { code: d.code }) : d.code,
                      })),
                    ]}
                    error={at('indicatorCode')}
                    miw={140}
                  />
                  <NativeSelect
                    label={t('results.unit')}
                    value={row.unit}
                    onChange={(e) => change(i, { unit: e.currentTarget.value as ResultUnit })}
                    data={resultUnits.map((u) => ({ value: u, label: t(`results.units.${u}`) }))}
                    error={at('unit')}
                    miw={140}
                  />
                </Group>
                {row.indicatorCode === null && (
                  <TextInput
                    label={t('results.indicatorText')}
                    value={row.indicatorText}
                    onChange={(e) => change(i, { indicatorText: e.currentTarget.value })}
                    error={at('indicatorText')}
                    dir="auto"
                  />
                )}
                <Group grow align="flex-start" wrap="wrap">
                  <NumberInput
                    label={t('results.columns.baseline')}
                    value={row.baseline ?? ''}
                    onChange={(v) => change(i, { baseline: toNumber(v) })}
                    error={at('baseline')}
                    min={0}
                    miw={120}
                  />
                  <NumberInput
                    label={t('results.columns.target')}
                    value={row.target ?? ''}
                    onChange={(v) => change(i, { target: toNumber(v) })}
                    error={at('target')}
                    min={0}
                    required
                    miw={120}
                  />
                </Group>
                <TextInput
                  label={t('results.columns.dataSource')}
                  description={t('results.dataSourceHint')}
                  value={row.dataSource}
                  onChange={(e) => change(i, { dataSource: e.currentTarget.value })}
                  error={at('dataSource')}
                  dir="auto"
                />
                <TextInput
                  label={t('results.columns.dataAnalysis')}
                  description={t('results.dataAnalysisHint')}
                  value={row.dataAnalysis}
                  onChange={(e) => change(i, { dataAnalysis: e.currentTarget.value })}
                  error={at('dataAnalysis')}
                  dir="auto"
                />
                <TextInput
                  label={t('results.columns.assumptions')}
                  description={t('results.assumptionsHint')}
                  value={row.assumptions}
                  onChange={(e) => change(i, { assumptions: e.currentTarget.value })}
                  error={at('assumptions')}
                  dir="auto"
                />
                <TextInput
                  label={t('results.columns.responsible')}
                  value={row.responsible}
                  onChange={(e) => change(i, { responsible: e.currentTarget.value })}
                  error={at('responsible')}
                  dir="auto"
                />
                <Group justify="flex-end">
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={t('results.removeRow', { n })}
                    onClick={() => remove(i)}
                  >
                    ×
                  </ActionIcon>
                </Group>
              </Stack>
            </Fieldset>
          );
        })}
        <Group>
          <Button variant="default" onClick={() => setRows([...rows, blankRow])}>
            {t('results.addRow')}
          </Button>
        </Group>
        {stale ? (
          <StaleVersionNotice onReload={onClose} />
        ) : (
          !Object.keys(errors).length &&
          save.error && (
            <Alert color="red" variant="light" role="alert">
              {describe(save.error)}
            </Alert>
          )
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={submit} loading={save.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </ResponsiveModal>
  );
}
