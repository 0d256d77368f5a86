import { eventView, type ResourceFamily } from '../family.js';
import { paymentPlansTable } from './schema.js';
import { getPaymentPlan } from './service.js';
import { paymentPlanRoutes } from './routes.js';

/** Payment plans of financed devices. */
export const paymentPlansFamily: ResourceFamily = {
  name: 'payment_plans',
  routes: paymentPlanRoutes,
  eventView: eventView(paymentPlansTable, (c, context, plan) => getPaymentPlan(c, context.org, plan.subscription_id, plan.device_id, plan.id)),
};
