import { useTranslation } from '../../i18n/use-translation';
import { GROUP_FOCUSES, type GroupFocus } from '../../../shared/domain/groups';
import type { PublicGroup } from '../../../shared/domain/public-snapshot';
import { SelectField } from '../../ui/SelectField';
import { usePrint } from '../print-context';
import { placesOf } from './public-filters';

/**
 * The place and kind of group a list is narrowed to, kept in the address. Screen-only labels,
 * in the screen's language.
 */
export function PlaceAndFocusPickers({ groups }: { groups: readonly PublicGroup[] }) {
  const { t } = useTranslation();
  const { search, setSearch } = usePrint();
  const focuses = GROUP_FOCUSES.filter((focus) => groups.some((g) => g.focus === focus));
  return (
    <>
      <SelectField
        label={t('printLists.subject.place')}
        value={String(search.locationId ?? '')}
        onChange={(value) => setSearch({ locationId: value ? Number(value) : undefined })}
        options={[
          { value: '', label: t('printLists.subject.allPlaces') },
          ...placesOf(groups).map((place) => ({ value: String(place.id), label: place.name })),
        ]}
      />
      <SelectField
        label={t('printLists.subject.focus')}
        value={search.focus ?? ''}
        onChange={(value) => setSearch({ focus: (value || undefined) as GroupFocus | undefined })}
        options={[
          { value: '', label: t('printLists.subject.allFocuses') },
          ...focuses.map((focus) => ({ value: focus, label: t(`enums.focus.${focus}`) })),
        ]}
      />
    </>
  );
}
