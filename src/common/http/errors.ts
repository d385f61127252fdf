import { ErrorCode, type FieldProblem } from '../errors/domain-error';

export interface ContractErrorBody {
  errors: { message: string; extensions: Record<string, unknown> }[];
}

/**
 * A failure outside GraphQL (the request's body, headers or URL, an unknown path) in the contract's error shape:
 * one error with its code, and for input problems the field list.
 */
export function contractErrorBody(message: string, code: ErrorCode, field?: FieldProblem): ContractErrorBody {
  return { errors: [{ message, extensions: field ? { code, fields: [field] } : { code } }] };
}
