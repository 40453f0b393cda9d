/** Where the web client under test is served (`make run`: http://localhost:5173). */
export const BASE_URL = (process.env.E2E_BASE_URL ?? 'http://localhost:5173').replace(/\/+$/, '');
