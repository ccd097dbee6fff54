import { within } from '@testing-library/react';
import { PrintContext, type PrintContextValue } from '../../../../renderer/print/print-context';
import { MeetingDayTable } from '../../../../renderer/print/lists/MeetingDayTable';
import type { PublicGroup } from '../../../../shared/domain/public-snapshot';
import { publicGroup } from '../../support/public-data';
import { renderWithProviders } from '../../support/render';

/** The place cell of each group's row, as the meeting list prints it in `language`. */
function placesOf(groups: PublicGroup[], language: 'en' | 'ar' = 'en') {
  const { i18n } = renderWithProviders(<></>);
  const value = {
    printable: 'meeting-list',
    language,
    locale: `${language}-GB`,
    t: i18n.getFixedT(language),
    today: '2026-11-30',
  } as PrintContextValue;
  const { container } = renderWithProviders(
    <PrintContext.Provider value={value}>
      <MeetingDayTable heading="Thursday" groups={groups} />
    </PrintContext.Provider>,
  );
  return within(container)
    .getAllByRole('row')
    .slice(2)
    .map((row) => within(row).getAllByRole('cell')[2]!);
}

const LINK = { onlineLink: 'https://meet.example.org/carers/', dialIn: '+44 20 7946 0000' };

describe('the meeting list’s online groups', () => {
  it('prints the link and dial-in a group chose to publish, else who to ask', () => {
    const cells = placesOf([
      publicGroup({ name: 'Online', format: 'online', location: null, ...LINK }),
      publicGroup({ name: 'Hybrid', format: 'hybrid', onlineLink: LINK.onlineLink }),
      publicGroup({ name: 'Asked', format: 'online', location: null }),
      publicGroup({ name: 'Hybrid asked', format: 'hybrid' }),
    ]);
    expect(cells.map((cell) => cell.textContent)).toEqual([
      'Online:meet.example.org/carersBy phone: +44 20 7946 0000',
      'Main HallRoom 21 River RoadAlso online:meet.example.org/carers',
      'Online: ask the contact for the link',
      'Main HallRoom 21 River RoadAlso online: ask the contact for the link',
    ]);
  });

  it('keeps the link and number left to right in an Arabic printout', () => {
    const [cell] = placesOf(
      [publicGroup({ name: 'Online', format: 'online', location: null, ...LINK })],
      'ar',
    );
    const isolated = [...cell!.querySelectorAll('bdi[dir="ltr"]')].map((b) => b.textContent);
    expect(isolated).toEqual(['meet.example.org/carers', '+44 20 7946 0000']);
  });
});
