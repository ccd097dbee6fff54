import { useQuery } from '@tanstack/react-query';
import { useTranslation } from '../i18n/use-translation';
import { closureInputSchema, type ClosureInput } from '../../shared/domain/closures';
import { call } from '../api/client';
import { queryKeys } from '../app/query-keys';
import { useDebouncedValue } from '../ui/useDebouncedValue';

/**
 * "This cancels 14 sessions", worked out by the core as the dates and place change, so the
 * person knows what a closure does before saving it. Says nothing while the input is incomplete.
 */
export function ClosurePreviewNote({ input }: { input: ClosureInput | null }) {
  const { t } = useTranslation();
  // Compared as text: the form hands over a new object at every keystroke.
  const settled = useDebouncedValue(JSON.stringify(input));
  const parsed = closureInputSchema.safeParse(JSON.parse(settled));
  const preview = useQuery({
    queryKey: [...queryKeys.closures, 'preview', settled],
    queryFn: () => call('previewClosure', parsed.data!),
    enabled: parsed.success,
  });
  const count = parsed.success ? preview.data?.sessions : undefined;
  return (
    <div role="status" className="form__wide">
      {count !== undefined && (
        <p className="alert alert--info">
          <strong>{t('closures.preview', { count })}</strong> {t('closures.previewNote')}
        </p>
      )}
    </div>
  );
}
