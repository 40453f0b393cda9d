import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { env } from '@/config/env';
import { App } from './App';

describe('App', () => {
  it('shows the platform heading, the API URL and a link to the contract', () => {
    render(<App />);

    expect(
      screen.getByRole('heading', { level: 1, name: 'Learning Collaborative Platform' }),
    ).toBeInTheDocument();
    expect(screen.getByText(env.apiUrl)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /contract/i })).toHaveAttribute(
      'href',
      `${env.apiUrl}/q/openapi`,
    );
  });
});
