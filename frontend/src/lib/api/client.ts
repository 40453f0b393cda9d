import createClient from 'openapi-fetch';

import { env } from '@/config/env';
import type { paths } from './schema';

/** Typed client of the platform's API; its types are generated from ../openapi.yaml (npm run gen:api). */
export const api = createClient<paths>({ baseUrl: env.apiUrl });
