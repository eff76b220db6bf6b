import type { JobFactory } from '../core/job.ts';
import type { Router } from '../core/router.ts';
import { adminCommands, adminFeature } from './admin/index.ts';
import { dashboardFeature } from './dashboard/index.ts';
import { deadlinesFeature } from './deadlines/index.ts';
import { digestCommands, digestFeature } from './digest/index.ts';
import { policyQaCommands, policyQaFeature } from './policy-qa/index.ts';
import { programmesCommands } from './programmes/index.ts';
import type { Feature, FeatureCommands, FeatureContext, FeatureServices, RouteRegistration } from './types.ts';
import { weeklyReportCommands, weeklyReportFeature } from './weekly-report/index.ts';

/** Every feature, in the order their commands are tried. Adding a feature is one line here. */
// policyQaFeature stays last: its fallback answers whatever no command matched.
export const features: readonly Feature[] = [adminFeature, weeklyReportFeature, deadlinesFeature, digestFeature, dashboardFeature, policyQaFeature];

/** Every feature's command-line commands, for the CLI to register. */
export const featureCommands: readonly FeatureCommands[] = [adminCommands, digestCommands, policyQaCommands, programmesCommands, weeklyReportCommands];

/** What the features registered besides their commands: for the scheduler and the HTTP app to collect. */
export interface InstalledFeatures {
  readonly jobs: readonly JobFactory[];
  readonly routes: readonly RouteRegistration[];
}

/** Lets every feature register itself on `router`; returns the jobs and routes they added. */
export async function installFeatures(services: FeatureServices, router: Router): Promise<InstalledFeatures> {
  const jobs: JobFactory[] = [];
  const routes: RouteRegistration[] = [];
  const ctx: FeatureContext = {
    ...services,
    router,
    schedule: (job) => void jobs.push(job),
    route: (route) => void routes.push(route),
  };
  for (const feature of features) await feature(ctx);
  return { jobs, routes };
}
