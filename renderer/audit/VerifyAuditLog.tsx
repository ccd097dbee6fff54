import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from '../i18n/use-translation';
import { describeAuditBreak } from '../../shared/domain/audit';
import { call } from '../api/client';
import { errorMessage } from '../api/error-message';
import { queryKeys } from '../app/query-keys';
import { ErrorAlert, StatusNote } from '../ui/Alert';
import { Button } from '../ui/Button';
import { useFormatInstant } from './audit-words';

/** The "Verify log" button and, once pressed, what it found, in words. */
export function VerifyAuditLog() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const formatInstant = useFormatInstant();
  const verify = useMutation({
    mutationFn: () => call('verifyAuditLog', {}),
    // The check is itself an entry: the list shows it.
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.auditLog }),
  });
  const found = verify.data;
  const where = found?.firstBreak && describeAuditBreak(found.firstBreak, formatInstant);
  return (
    <div className="audit-verify">
      <Button variant="primary" isPending={verify.isPending} onPress={() => verify.mutate()}>
        {verify.isPending ? t('audit.verifying') : t('audit.verify')}
      </Button>
      {verify.error && (
        <ErrorAlert>
          <p>{errorMessage(t, verify.error)}</p>
        </ErrorAlert>
      )}
      {found && !where && <StatusNote>{t('audit.verified', { count: found.checked })}</StatusNote>}
      {where && (
        <ErrorAlert>
          <p>
            <strong>{t(where.key, where.params)}</strong>
          </p>
          <p>{t('audit.broken')}</p>
        </ErrorAlert>
      )}
    </div>
  );
}
