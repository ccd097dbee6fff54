import { useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { isWebLink, linkForDisplay } from '../../shared/text/web-link';
import { openWebLink } from '../api/open-web-link';
import { ConfirmDialog } from './ConfirmDialog';
import { LtrText } from './LtrText';

/**
 * A stored web address, clickable only when it is http(s). Opening it asks first and shows
 * where it goes: a link is easy to mistype, and on a shared PC a page should not open by accident.
 */
export function ExternalLink({ url }: { url: string }) {
  const { t } = useTranslation();
  const [isAsking, setIsAsking] = useState(false);
  if (!isWebLink(url)) return <LtrText>{url}</LtrText>;
  const open = () => {
    setIsAsking(false);
    void openWebLink(url);
  };
  return (
    <>
      <a
        href={url}
        rel="noopener noreferrer"
        onClick={(event) => {
          event.preventDefault();
          setIsAsking(true);
        }}
      >
        <LtrText>{url}</LtrText>
      </a>
      <ConfirmDialog
        isOpen={isAsking}
        onOpenChange={setIsAsking}
        title={t('externalLink.title')}
        confirmLabel={t('externalLink.open')}
        onConfirm={open}
      >
        <p className="external-link__address">{linkForDisplay(url)}</p>
      </ConfirmDialog>
    </>
  );
}
