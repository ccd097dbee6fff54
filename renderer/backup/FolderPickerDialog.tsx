import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { call } from '../api/client';
import { errorMessage } from '../api/error-message';
import { useDateLocale } from '../i18n/date-locale';
import { ErrorAlert } from '../ui/Alert';
import { Button } from '../ui/Button';
import { FormDialog } from '../ui/FormDialog';
import { TextInputField } from '../ui/TextInputField';
import { formatBytes, formatInstant } from './backup-words';

interface FolderPickerDialogProps {
  /** 'folder': choose where to write; 'file': choose a backup file to restore. */
  mode: 'folder' | 'file';
  startPath: string;
  onChoose: (path: string) => void;
  onClose: () => void;
}

/**
 * Browses this PC's folders through the core: the browser host cannot open the system's own
 * dialog, and the core runs on the same PC. Every entry is a button, so Tab and Enter do it all.
 */
export function FolderPickerDialog({
  mode,
  startPath,
  onChoose,
  onClose,
}: FolderPickerDialogProps) {
  const { t } = useTranslation();
  const locale = useDateLocale();
  const [path, setPath] = useState(startPath);
  const [typed, setTyped] = useState(startPath);
  const goTo = (next: string) => {
    setPath(next);
    setTyped(next);
  };
  const listing = useQuery({
    queryKey: ['folder', path],
    queryFn: () => call('listFolder', { path }),
    retry: false,
    // A drive's contents change under us (a backup just written, a stick swapped): read afresh.
    staleTime: 0,
    gcTime: 0,
  });
  const data = listing.data;
  return (
    <FormDialog
      isOpen
      onOpenChange={(isOpen) => !isOpen && onClose()}
      title={t(mode === 'folder' ? 'backup.picker.folderTitle' : 'backup.picker.fileTitle')}
    >
      <form
        className="folder-picker__go"
        onSubmit={(event) => {
          event.preventDefault();
          if (typed.trim()) setPath(typed.trim());
        }}
      >
        <TextInputField
          label={t('backup.picker.pathLabel')}
          value={typed}
          onChange={setTyped}
          spellCheck={false}
          autoComplete="off"
        />
        <Button type="submit">{t('backup.picker.go')}</Button>
      </form>
      <p className="folder-picker__path">
        {t('backup.picker.current')} <bdi dir="ltr">{data?.path ?? path}</bdi>
      </p>
      <ErrorAlert>{listing.error ? errorMessage(t, listing.error) : null}</ErrorAlert>
      <div className="folder-picker__list" aria-busy={listing.isPending}>
        <ul aria-label={t('backup.picker.foldersLabel')}>
          {data?.parent && (
            <li>
              <Button variant="quiet" onPress={() => goTo(data.parent!)}>
                {t('backup.picker.up')}
              </Button>
            </li>
          )}
          {data?.folders.map((folder) => (
            <li key={folder.path}>
              <Button variant="quiet" onPress={() => goTo(folder.path)}>
                <span aria-hidden="true">📁 </span>
                <bdi>{folder.name}</bdi>
              </Button>
            </li>
          ))}
          {mode === 'file' &&
            data?.backups.map((file) => (
              <li key={file.path}>
                <Button variant="quiet" onPress={() => onChoose(file.path)}>
                  <bdi>{file.name}</bdi>
                  <span className="folder-picker__meta">
                    {' '}
                    · {formatInstant(file.modifiedAt, locale)} ·{' '}
                    {formatBytes(file.sizeBytes, locale)}
                  </span>
                </Button>
              </li>
            ))}
        </ul>
        {data && data.folders.length === 0 && (mode === 'folder' || data.backups.length === 0) && (
          <p className="field__description">
            {t(mode === 'folder' ? 'backup.picker.noFolders' : 'backup.picker.noBackups')}
          </p>
        )}
      </div>
      <div className="dialog__actions">
        <Button onPress={onClose}>{t('common.cancel')}</Button>
        {mode === 'folder' && (
          <Button variant="primary" isDisabled={!data} onPress={() => data && onChoose(data.path)}>
            {t('backup.picker.useThisFolder')}
          </Button>
        )}
      </div>
    </FormDialog>
  );
}
