import { Type, type Static } from '@sinclair/typebox';
import type { ResourceTable } from '../../core/store.js';
import { DateTime, ServerOwnedDate, ServerOwnedText, Text, Uuid } from '../../core/schemas.js';
import { contractPaths } from './paths.js';

/** Exactly the seed's Contract (../shared/seeds/contracts.txt): a subscription's link to its signed documents. */
export const Contract = Type.Object(
  {
    id: Uuid('Contract id'),
    documents_contract_id: Text(255, 'Documents service contract id'),
    documents_owner_id: Text(255, 'Documents service owner id'),
    creation_date: DateTime('Creation date according to ISO 8601'),
    creation_user: Type.String({ description: 'User who created the contract' }),
    creation_system: Type.String({ description: 'System that created the contract' }),
    last_updated_date: DateTime('Last update date according to ISO 8601'),
    last_updated_user: Type.String({ description: 'User who last updated the contract' }),
  },
  { additionalProperties: false, title: 'Contract' },
);
export type Contract = Static<typeof Contract>;


/** The create body: the client fields, the server-owned stamps accepted and replaced. */
export const ContractCreate = Type.Object(
  {
    id: Contract.properties.id,
    documents_contract_id: Contract.properties.documents_contract_id,
    documents_owner_id: Contract.properties.documents_owner_id,
    creation_date: ServerOwnedDate,
    creation_user: ServerOwnedText,
    creation_system: ServerOwnedText,
    last_updated_date: ServerOwnedDate,
    last_updated_user: ServerOwnedText,
  },
  { additionalProperties: false, title: 'ContractCreate' },
);
export type ContractCreate = Static<typeof ContractCreate>;

/** As stored: the answer plus the link to its subscription (answers leave it out). */
export type StoredContract = Contract & { subscription_id: string };

export const contractsTable: ResourceTable<StoredContract> = {
  table: 'contracts',
  kind: 'Contract',
  columns: (contract) => ({ subscription_id: contract.subscription_id }),
  href: (org, contract) => contractPaths.item.path({ org, subscriptionId: contract.subscription_id, contractId: contract.id }),
};
