import type { ReactNode } from 'react';
import { DetailList, type Detail } from './DetailList';

export interface DetailSection {
  title: string;
  details?: Detail[];
  /** Anything else a section shows, below its details. */
  children?: ReactNode;
}

/** Boxes of labelled details, each with its heading, as the group page lays them out. */
export function DetailSections({
  idPrefix,
  sections,
}: {
  idPrefix: string;
  sections: DetailSection[];
}) {
  return (
    <div className="detail-sections">
      {sections.map((section, index) => (
        <section
          key={section.title}
          className="detail-section"
          aria-labelledby={`${idPrefix}-${index}`}
        >
          <h2 id={`${idPrefix}-${index}`}>{section.title}</h2>
          {section.details && <DetailList details={section.details} />}
          {section.children}
        </section>
      ))}
    </div>
  );
}
