import '@mantine/core/styles.css';
import '@/styles/global.css';

import { MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { AuthProvider } from 'react-oidc-context';

import { configureApiAuth } from '@/lib/api/client';
import { getUserManager } from '@/lib/auth/oidc';
import { createQueryClient } from '@/lib/react-query';
import { cssVariablesResolver, theme } from './theme';

const userManager = getUserManager();

// The API client sends the current access token; a 401 forgets the user, which sends the
// person through sign-in again (RequireAuth) and back to the page they were on.
configureApiAuth({
  getAccessToken: async () => {
    const user = await userManager.getUser();
    return user && !user.expired ? user.access_token : null;
  },
  onUnauthorized: () => {
    void userManager.removeUser();
  },
});

export function AppProvider({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      <AuthProvider userManager={userManager}>
        <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
      </AuthProvider>
    </MantineProvider>
  );
}
