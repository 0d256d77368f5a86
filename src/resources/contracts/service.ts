import { findById, hashOf, insertResource, listResources, type Conn, type Page, type Stored } from '../../core/store.js';
import { nowIso, toApiDate } from '../../core/time.js';
import type { RequestContext } from '../../core/context.js';
import { AppError } from '../../core/errors.js';
import { requireSubscription } from '../subscriptions/service.js';
import { contractsTable, type Contract, type ContractCreate, type StoredContract } from './schema.js';

function publicContract(contract: StoredContract): Contract {
  const { subscription_id: _subscriptionId, ...answer } = contract;
  return answer;
}

/** K1: any subscription takes a contract, whatever its status (1.14); the update stamps equal the creation ones. */
export async function createContract(c: Conn, context: RequestContext, subscriptionId: string, body: ContractCreate) {
  await requireSubscription(c, context.org, subscriptionId);
  const date = toApiDate(nowIso());
  const contract: StoredContract = {
    id: body.id.toLowerCase(),
    documents_contract_id: body.documents_contract_id,
    documents_owner_id: body.documents_owner_id,
    creation_date: date,
    creation_user: context.identity.user,
    creation_system: context.identity.system,
    last_updated_date: date,
    last_updated_user: context.identity.user,
    subscription_id: subscriptionId,
  };
  const clientFields = { subscriptionId, id: contract.id, documents_contract_id: body.documents_contract_id, documents_owner_id: body.documents_owner_id };
  const result = await insertResource(c, contractsTable, context.org, contract, hashOf(clientFields));
  return { stored: { resource: publicContract(result.stored.resource), version: result.stored.version }, replayed: result.replayed };
}

export async function listContracts(c: Conn, org: string, subscriptionId: string, page: Page) {
  await requireSubscription(c, org, subscriptionId);
  const result = await listResources(c, contractsTable, org, [['subscription_id', '=', subscriptionId]], page);
  return { items: result.items.map(publicContract), total: result.total };
}

export async function getContract(c: Conn, org: string, subscriptionId: string, contractId: string): Promise<Stored<Contract>> {
  await requireSubscription(c, org, subscriptionId);
  const stored = await findById(c, contractsTable, org, contractId, { scope: { subscription_id: subscriptionId } });
  if (!stored) throw new AppError('CONTRACT_NOT_FOUND', 'Contract not found');
  return { resource: publicContract(stored.resource), version: stored.version };
}
