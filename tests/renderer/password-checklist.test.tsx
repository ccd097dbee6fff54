import { screen } from '@testing-library/react';
import { PasswordChecklist } from '../../renderer/ui/PasswordChecklist';
import { renderWithProviders } from './support/render';

const ruleItem = (rule: string) => document.querySelector(`[data-rule="${rule}"]`)!;

describe('PasswordChecklist', () => {
  it('ticks off the rules the password meets', () => {
    const { rerender } = renderWithProviders(
      <PasswordChecklist password="short" username="maria" />,
    );
    expect(screen.getByText('At least 10 characters')).toBeTruthy();
    expect(ruleItem('length').className).toBe('is-unmet');
    expect(ruleItem('notUsername').className).toBe('is-met');
    expect(ruleItem('length').textContent).toContain('(not met yet)');

    rerender(<PasswordChecklist password="maria-is-here-2026" username="maria" />);
    expect(ruleItem('length').className).toBe('is-met');
    expect(ruleItem('notUsername').className).toBe('is-unmet');
  });
});
