// Code written against the generated types; `tsc --noEmit --strict` compiles it beside them, so a
// type that drifts (a nullable turned non-null, a union member lost) breaks the test.
import type {
  CreateCustomerInput,
  CreateCustomerMutation,
  CustomerType,
  CustomersPageQuery,
  CustomersPageQueryVariables,
  NodeByIdQuery,
} from './operations';
import type { Customer, CustomerType as SchemaCustomerType } from './schema-types';

export const firstPage: CustomersPageQueryVariables = { first: 20 };

export function nextPage(page: CustomersPageQuery): CustomersPageQueryVariables | null {
  const { hasNextPage, endCursor } = page.customers.pageInfo;
  return hasNextPage && endCursor !== null ? { first: 20, after: endCursor } : null;
}

export function customerNames(page: CustomersPageQuery): string[] {
  return page.customers.nodes.map((customer) => `${customer.name} (${customer.address?.country ?? '?'})`);
}

export const rentalCompany: CustomerType = 'RENTAL_COMPANY';

// The standalone operations file and the schema's types agree on the enum.
export const sameEnum: SchemaCustomerType = rentalCompany;

export function isRentalCompany(customer: Pick<Customer, 'type'>): boolean {
  return customer.type === rentalCompany;
}

export const newCustomer: CreateCustomerInput = {
  name: 'Nordic Rentals',
  type: rentalCompany,
  address: { country: 'DK' },
};

export function fieldErrors(result: CreateCustomerMutation): string[] {
  return (result.createCustomer.errors ?? []).map((error) =>
    error.__typename === 'ValidationError' ? `${error.field}: ${error.code}` : `${error.__typename}: ${error.message}`,
  );
}

export function nodeName(result: NodeByIdQuery): string | null {
  return result.node?.__typename === 'Customer' ? result.node.name : null;
}
