/** The admin that `npm run test:e2e` creates on first start (ADMIN_EMAIL + ADMIN_PASSWORD) and the demo editor. */
export const E2E_ADMIN = { email: 'admin@anews.test', password: 'e2e-admin-password' } as const;
export const DEMO_EDITOR = { email: 'editor@anews.test', password: 'demo-editor-2026' } as const;
