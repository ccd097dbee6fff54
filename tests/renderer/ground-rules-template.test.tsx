import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GroupForm } from '../../renderer/groups/GroupForm';
import { emptyGroupValues } from '../../renderer/groups/group-form-values';
import { en } from '../../shared/i18n/en';
import { defaultGroundRules } from '../../shared/templates/ground-rules';
import { fakeCore, ok, renderInRouter } from './support/render';

// A whole form with react-aria pickers renders slowly in jsdom on a shared, busy machine.
jest.setTimeout(30_000);

async function renderForm() {
  fakeCore({ listLocations: () => ok([]) });
  await renderInRouter(
    <GroupForm
      draftKey="group:new"
      initialValues={emptyGroupValues(new Date(2026, 11, 1, 9, 0))}
      onSave={jest.fn(async () => undefined)}
      onCancel={jest.fn()}
    />,
  );
  await screen.findByLabelText('Ground rules');
}

const rulesField = () => screen.getByLabelText('Ground rules') as HTMLTextAreaElement;
const startFromTemplate = () =>
  act(async () =>
    fireEvent.click(
      screen.getByRole('button', { name: 'Start the ground rules from the template' }),
    ),
  );
const words = (keys: readonly string[]) =>
  keys.map((key) => en.ruleTemplates.rules[key as keyof typeof en.ruleTemplates.rules]).join('\n');

describe('the group form’s ground rules template', () => {
  it('fills the empty field with the rules for the chosen focus and format', async () => {
    await renderForm();
    fireEvent.change(screen.getByLabelText('Focus'), { target: { value: 'grief' } });
    fireEvent.change(screen.getByLabelText('Format'), { target: { value: 'online' } });
    await startFromTemplate();
    expect(rulesField().value).toBe(words(defaultGroundRules('grief', 'online')));
    expect(rulesField().value).toContain(en.ruleTemplates.rules.waitingRoom);
  });

  it('asks before replacing rules already typed, and keeps them on Cancel', async () => {
    await renderForm();
    fireEvent.change(rulesField(), { target: { value: 'Our own first rule' } });
    await startFromTemplate();
    const dialog = await screen.findByRole('alertdialog', { name: 'Replace these ground rules?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(rulesField().value).toBe('Our own first rule');

    await startFromTemplate();
    fireEvent.click(await screen.findByRole('button', { name: 'Replace with the template' }));
    await waitFor(() =>
      expect(rulesField().value).toBe(words(defaultGroundRules('other', 'in_person'))),
    );
  });
});
