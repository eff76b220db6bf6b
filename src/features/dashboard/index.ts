import type { Feature } from '../types.ts';

/** The read-only dashboard at /dashboard, only when DASHBOARD_TOKEN is configured: never open by default. */
export const dashboardFeature: Feature = (ctx) => {
  const token = ctx.config.DASHBOARD_TOKEN;
  if (!token) return;
  ctx.route({
    path: '/dashboard',
    async load() {
      // Loaded only when on: the page and the ledger are not needed otherwise.
      const { createDashboardRouter } = await import('./router.ts');
      return createDashboardRouter(ctx, token);
    },
  });
};
