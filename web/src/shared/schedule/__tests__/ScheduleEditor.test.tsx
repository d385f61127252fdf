import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { useState } from 'react';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { catalogues, NAMESPACES } from '../../../app/catalogues';
import type { ScheduleWindow } from '../schedule';
import { ScheduleEditor } from '../ScheduleEditor';

const i18n = i18next.createInstance();

beforeAll(async () => {
  await i18n.use(initReactI18next).init({ resources: catalogues, lng: 'en', ns: [...NAMESPACES], defaultNS: 'common' });
});

function Editor({ initial }: { initial: ScheduleWindow[] }) {
  const [value, setValue] = useState(initial);
  return (
    <I18nextProvider i18n={i18n}>
      <ScheduleEditor id="s" legend="When" value={value} onChange={setValue} />
    </I18nextProvider>
  );
}

describe('ScheduleEditor', () => {
  it('adds, changes and removes times with the keyboard alone, and keeps the total', async () => {
    const user = userEvent.setup();
    render(<Editor initial={[{ day: 'MON', start: '09:00', end: '13:00' }]} />);
    expect(screen.getByText('In all 4 hours a week')).toBeInTheDocument();

    await user.tab();
    await user.tab();
    await user.tab();
    await user.tab();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Add a time' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('group', { name: 'Time 2' })).toBeInTheDocument();
    expect(screen.getAllByLabelText('Day')[1]).toHaveDisplayValue('Tuesday');
    expect(screen.getByText('In all 8 hours a week')).toBeInTheDocument();

    await user.selectOptions(screen.getAllByLabelText('Ends')[1], '08:00');
    expect(screen.getByText('The end must be later than the start.')).toBeInTheDocument();
    expect(screen.getAllByLabelText('Ends')[1]).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('In all 4 hours a week')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Remove time 2' }));
    expect(screen.queryByRole('group', { name: 'Time 2' })).not.toBeInTheDocument();
    expect(screen.queryByText('The end must be later than the start.')).not.toBeInTheDocument();
  });

  it('says when two times of a day overlap, and writes 24:00 as the end of the day', () => {
    render(
      <Editor
        initial={[
          { day: 'FRI', start: '20:00', end: '24:00' },
          { day: 'FRI', start: '23:00', end: '24:00' },
        ]}
      />,
    );
    expect(screen.getAllByText('This time overlaps another time on the same day.')).toHaveLength(2);
    expect(screen.getAllByLabelText('Ends')[0]).toHaveDisplayValue('24:00');
  });
});
