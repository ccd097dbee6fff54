import { useMemo, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../shared/domain/fields';
import { todayIn } from '../../shared/domain/civil-dates';
import { PAPER_SIZES, PRINTABLES, type PrintableId } from '../../shared/print/printables';
import { organisationQuery } from '../app/organisation-query';
import { dateLocale } from '../i18n/date-locale';
import { isLanguage, LANGUAGE_NAMES } from '../i18n/i18n';
import { ErrorAlert, StatusNote } from '../ui/Alert';
import { Button } from '../ui/Button';
import { CheckboxField } from '../ui/CheckboxField';
import { localToday } from '../ui/format';
import { PageHeader } from '../ui/PageHeader';
import { SelectField } from '../ui/SelectField';
import { isDesktopApp, pdfFileName, printPage, savePdf } from './print-actions';
import { PrintContext, type PrintContextValue, type PrintMode } from './print-context';
import { PrintDocument } from './PrintDocument';
import type { PrintSearch } from './print-search';
import { PRINTABLE_MODULES } from './registry';
import { publicDataQuery } from './use-public-data';

interface PrintScreenProps {
  printable: PrintableId;
  mode: PrintMode;
  search: PrintSearch;
  setSearch(patch: Partial<PrintSearch>): void;
  /** Where "Back" goes: the print centre signed in, the print station's list otherwise. */
  backHref: string;
}

/** The organisation's paper, language and region: from the database, or the public snapshot. */
function useDefaults(mode: PrintMode) {
  const { i18n } = useTranslation();
  const organisation = useQuery({ ...organisationQuery, enabled: mode === 'signedIn' });
  const snapshot = useQuery({ ...publicDataQuery('public'), enabled: mode === 'public' });
  const screenLanguage: Language = isLanguage(i18n.language) ? i18n.language : 'en';
  if (mode === 'signedIn') {
    const org = organisation.data;
    return {
      paper: org?.paperSize ?? 'A4',
      language: org?.defaultLanguage ?? screenLanguage,
      region: org?.dateRegion ?? '',
      today: org ? todayIn(org.timeZone) : localToday(),
    };
  }
  const org = snapshot.data?.organisation;
  return {
    paper: org?.paperSize ?? 'A4',
    language: screenLanguage,
    region: org?.dateRegion ?? '',
    today: localToday(),
  };
}

function PrintOptions({ value }: { value: PrintContextValue }) {
  const { t } = useTranslation();
  const { Subject } = PRINTABLE_MODULES[value.printable];
  return (
    <div className="filter-bar print-options">
      {Subject && <Subject />}
      <SelectField
        label={t('print.options.paper')}
        value={value.paper}
        onChange={(paper) => value.setSearch({ paper: paper as PrintSearch['paper'] })}
        options={PAPER_SIZES.map((size) => ({ value: size, label: t(`enums.paperSize.${size}`) }))}
      />
      <SelectField
        label={t('print.options.language')}
        value={value.language}
        onChange={(lang) => value.setSearch({ lang: lang as Language })}
        options={LANGUAGES.map((code) => ({ value: code, label: LANGUAGE_NAMES[code] }))}
      />
      <CheckboxField
        label={t('print.options.large')}
        isSelected={value.isLargePrint}
        onChange={(large) => value.setSearch({ large: large || undefined })}
      />
    </div>
  );
}

function PrintButtons({ value, fileTitle }: { value: PrintContextValue; fileTitle: string }) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<'saved' | 'failed' | null>(null);
  const isDesktop = isDesktopApp();
  const save = async () => {
    setOutcome(null);
    const result = await savePdf(pdfFileName(fileTitle, localToday()), value.paper);
    if (isDesktop && result !== 'cancelled') setOutcome(result);
  };
  return (
    <div className="print-actions">
      <Button variant="primary" onPress={() => void printPage()}>
        {t('print.actions.print')}
      </Button>
      <Button onPress={() => void save()} aria-describedby="print-pdf-hint">
        {t('print.actions.savePdf')}
      </Button>
      <p id="print-pdf-hint" className="muted print-actions__hint">
        {isDesktop ? t('print.actions.savePdfHintDesktop') : t('print.actions.savePdfHintBrowser')}
      </p>
      {outcome === 'saved' && <StatusNote>{t('print.actions.saved')}</StatusNote>}
      {outcome === 'failed' && <ErrorAlert>{t('print.actions.failed')}</ErrorAlert>}
    </div>
  );
}

/**
 * One printable: its subject and options above (screen only), then the true preview of the
 * page. Print and Save as PDF print exactly what the preview shows.
 */
export function PrintScreen({ printable, mode, search, setSearch, backHref }: PrintScreenProps) {
  const { t, i18n } = useTranslation();
  const defaults = useDefaults(mode);
  const language = search.lang ?? defaults.language;
  const value = useMemo<PrintContextValue>(
    () => ({
      printable,
      mode,
      paper: search.paper ?? defaults.paper,
      isLargePrint: search.large === true,
      language,
      t: i18n.getFixedT(language),
      locale: dateLocale(language, navigator.languages, defaults.region),
      dir: i18n.dir(language) === 'rtl' ? 'rtl' : 'ltr',
      today: defaults.today,
      search,
      setSearch,
    }),
    [printable, mode, search, setSearch, defaults, language, i18n],
  );
  const module = PRINTABLE_MODULES[printable];
  const title = t(`print.printables.${printable}.title`);
  return (
    <PrintContext.Provider value={value}>
      <div className="print-screen">
        <div className="screen-only">
          <p className="print-screen__back">
            <a href={backHref}>
              {t(mode === 'public' ? 'print.backToStation' : 'print.backToCentre')}
            </a>
          </p>
          <PageHeader title={title} intro={t(`print.printables.${printable}.description`)} />
          {mode === 'public' && !PRINTABLES[printable].isPublic ? null : (
            <>
              <PrintOptions value={value} />
              <PrintButtons value={value} fileTitle={module.useFileTitle?.() ?? title} />
            </>
          )}
          <h2 className="print-screen__preview-heading">{t('print.preview')}</h2>
        </div>
        {/* Focusable, so keyboard users can scroll a preview taller than its box (WCAG 2.1.1). */}
        <div className="print-preview" tabIndex={0} role="region" aria-label={t('print.preview')}>
          <PrintDocument>
            <module.Document />
          </PrintDocument>
        </div>
      </div>
    </PrintContext.Provider>
  );
}
