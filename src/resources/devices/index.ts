import { eventView, type ResourceFamily } from '../family.js';
import { devicesTable } from './schema.js';
import { getDevice } from './service.js';
import { deviceRoutes } from './routes.js';
import { deviceChild, deviceCommitmentParent, deviceInsuranceCheck } from './service.js';

/** Devices: embedded in a line, hold commitments, are what a DEVICE_INSURANCE line insures. */
export const devicesFamily: ResourceFamily = {
  name: 'devices',
  routes: deviceRoutes,
  subscriptionChild: deviceChild,
  commitmentParent: deviceCommitmentParent,
  typeDataChecks: { DEVICE_INSURANCE: deviceInsuranceCheck },
  eventView: eventView(devicesTable, (c, context, device) => getDevice(c, context.org, device.subscription_id, device.id)),
};
