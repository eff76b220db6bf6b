import { adminFeature } from './admin/index.ts';
import { deadlinesFeature } from './deadlines/index.ts';
import { digestFeature } from './digest/index.ts';
import { policyQaFeature } from './policy-qa/index.ts';
import { weeklyReportFeature } from './weekly-report/index.ts';
import type { Feature } from './types.ts';

/** Every feature, in the order their commands are tried. Adding a feature is one line here. */
// policyQaFeature stays last: its fallback answers whatever no command matched.
export const features: readonly Feature[] = [adminFeature, weeklyReportFeature, deadlinesFeature, digestFeature, policyQaFeature];
