import { useEffect, useMemo, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from '../i18n/use-translation';
import type { CsvSheet } from '../../shared/csv/read-csv';
import { guessColumns, type ColumnMapping } from '../../shared/csv/volunteer-columns';
import type { ImportRow } from '../../shared/domain/volunteer-import';
import { call } from '../api/client';
import { queryKeys } from '../app/query-keys';
import { dropDraft, findDraft, keepDraft } from '../forms/draft-store';
import { useLeaveQuestion } from '../forms/useLeaveQuestion';
import { PageHeader } from '../ui/PageHeader';
import { CheckStep } from './CheckStep';
import { ChooseFileStep } from './ChooseFileStep';
import { ColumnMappingStep } from './ColumnMappingStep';
import {
  findMappingProblems,
  hasMappingProblems,
  toImportRows,
  withColumnField,
} from './column-mapping';
import { ImportDone } from './ImportDone';
import { ImportStep } from './ImportStep';
import { readChosenFile } from './import-file';
import { MappingActions } from './MappingActions';
import { PreviewStep } from './PreviewTable';

/**
 * Marks a chosen file not yet imported. Only a flag, never the file: it lives in the draft
 * store so that signing out (which empties it) leaves without asking.
 */
const PENDING_IMPORT = 'volunteerImport';

interface ChosenFile {
  /** Counts the files chosen, so each new one starts its steps afresh. */
  serial: number;
  name: string;
  sheet: CsvSheet;
}

// Choose → preview → match columns → check (a dry run) → import, on one page (issue 12).
export function ImportVolunteersScreen() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [isReading, setIsReading] = useState(false);
  const [mapping, setMapping] = useState<ColumnMapping>([]);
  const [confirmed, setConfirmed] = useState<ReadonlySet<number>>(new Set());
  const [hasImportedOnce, setHasImportedOnce] = useState(false);

  const rows = useMemo(() => (file ? toImportRows(file.sheet, mapping) : []), [file, mapping]);
  const problems = findMappingProblems(mapping);
  const check = useMutation({
    mutationFn: (checked: ImportRow[]) => call('importVolunteers', { rows: checked, dryRun: true }),
  });
  const runImport = useMutation({
    mutationFn: (confirmDuplicates: number[]) =>
      call('importVolunteers', { rows: check.variables ?? [], confirmDuplicates }),
    onSuccess: async () => {
      dropDraft(PENDING_IMPORT);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.volunteers }),
        queryClient.invalidateQueries({ queryKey: queryKeys.dashboard }),
      ]);
    },
  });

  const { dialog } = useLeaveQuestion({
    shouldAsk: () => findDraft(PENDING_IMPORT) !== undefined,
    lostText: t('importScreen.leaveWarning'),
    onLeave: () => dropDraft(PENDING_IMPORT),
  });
  useEffect(() => () => dropDraft(PENDING_IMPORT), []);

  const forgetCheck = () => {
    check.reset();
    runImport.reset();
    setConfirmed(new Set());
  };
  const chooseFile = async (chosen: File) => {
    forgetCheck();
    setFile(null);
    setFileProblem(null);
    setIsReading(true);
    // A frame first, so "Reading the file…" shows before the parsing takes the thread.
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const reading = await readChosenFile(chosen);
    setIsReading(false);
    if (!reading.ok) {
      dropDraft(PENDING_IMPORT);
      setFileProblem(t(reading.messageKey, reading.params ?? {}));
      return;
    }
    keepDraft(PENDING_IMPORT, true);
    setMapping(guessColumns(reading.sheet.header));
    setFile((last) => ({
      serial: (last?.serial ?? 0) + 1,
      name: chosen.name,
      sheet: reading.sheet,
    }));
  };
  const startAgain = () => {
    forgetCheck();
    setFile(null);
    setHasImportedOnce(true);
  };

  if (runImport.data) {
    return (
      <>
        <PageHeader title={t('importScreen.title')} intro={t('importScreen.intro')} />
        <ImportDone
          result={runImport.data}
          confirmed={runImport.variables ?? []}
          onImportAnother={startAgain}
        />
        {dialog}
      </>
    );
  }

  const isBusy = check.isPending || runImport.isPending;
  const hasCheckRun = check.isSuccess || check.isError;
  const importCount = check.data ? check.data.imported + confirmed.size : null;
  return (
    <>
      <PageHeader title={t('importScreen.title')} intro={t('importScreen.intro')} />
      <ChooseFileStep
        chosen={file && { name: file.name, rowCount: file.sheet.records.length }}
        isReading={isReading}
        problem={fileProblem}
        onChoose={(chosen) => void chooseFile(chosen)}
        isFocusedOnArrival={hasImportedOnce}
      />
      {file && (
        <div key={file.serial}>
          <PreviewStep sheet={file.sheet} />
          <ColumnMappingStep
            sheet={file.sheet}
            mapping={mapping}
            problems={problems}
            isDisabled={isBusy}
            onChange={(column, value) => {
              forgetCheck();
              setMapping(withColumnField(mapping, column, value));
            }}
          >
            <MappingActions
              isBlocked={hasMappingProblems(problems)}
              isChecking={check.isPending}
              isDisabled={isBusy}
              onCheck={() => {
                forgetCheck();
                check.mutate(rows);
              }}
            />
          </ColumnMappingStep>
          {hasCheckRun && (
            <CheckStep
              key={check.submittedAt}
              rows={check.variables ?? []}
              result={check.data}
              error={check.error}
              confirmed={confirmed}
              isDisabled={isBusy}
              onConfirmedChange={(rowNumber, isConfirmed) => {
                const next = new Set(confirmed);
                if (isConfirmed) next.add(rowNumber);
                else next.delete(rowNumber);
                setConfirmed(next);
              }}
            />
          )}
          {hasCheckRun && (
            <ImportStep
              count={importCount}
              isImporting={runImport.isPending}
              error={runImport.error}
              onImport={() => runImport.mutate([...confirmed])}
            />
          )}
        </div>
      )}
      {dialog}
    </>
  );
}
