import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Role } from '../enums';
import type { GraphQLContext } from '../graphql/context';
import { UnauthenticatedError } from '../errors/domain-error';
import type { Viewer } from './viewer';

export const PUBLIC_KEY = 'jobcenter:public';
export const ROLES_KEY = 'jobcenter:roles';

/** Anyone may call this operation, signed in or not. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(PUBLIC_KEY, true);

/** Only these roles may call the operation. Operations with neither @Public nor @Roles need any signed-in user. */
export const Roles = (...roles: Role[]): MethodDecorator & ClassDecorator => SetMetadata(ROLES_KEY, roles);

export function contextOf(context: ExecutionContext): GraphQLContext {
  return GqlExecutionContext.create(context).getContext<GraphQLContext>();
}

/** The signed-in caller; the guard has already refused anonymous callers on non-public operations. */
export const CurrentViewer = createParamDecorator((_data: unknown, context: ExecutionContext): Viewer => {
  const viewer = contextOf(context).viewer;
  if (!viewer) throw new UnauthenticatedError();
  return viewer;
});

/** The whole request context (loaders, language). */
export const Ctx = createParamDecorator((_data: unknown, context: ExecutionContext): GraphQLContext =>
  contextOf(context),
);
