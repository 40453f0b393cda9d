import { env } from '@/config/env';

export function App() {
  const contractUrl = `${env.apiUrl}/q/openapi`;

  return (
    <main>
      <h1>Learning Collaborative Platform</h1>
      <p>
        This web client is being built. The API it talks to is at <code>{env.apiUrl}</code>; you
        can read <a href={contractUrl}>the API&apos;s contract (OpenAPI)</a>.
      </p>
    </main>
  );
}
