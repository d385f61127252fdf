import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../common/auth/viewer';
import { Language, Role } from '../common/enums';
import { ForbiddenError } from '../common/errors/domain-error';
import type { Connection, PageArgs } from '../common/graphql/pagination';
import { ClientEntity } from './client.entity';
import { type ClientModel, toClientModel } from './client.model';
import { ClientNotFoundError } from './clients.errors';
import { ConsentService } from './consent.service';
import type { CreateClientInput } from './dto/client.input';
import { IdentityService } from './identity.service';
import { newestFirst } from '../common/graphql/keyset';

/**
 * Which clients (and their profiles) a viewer may see: a coordinator, every client of their service provider; a
 * CLIENT, their own record only. Nobody else sees any (DESIGN.md, "Roles and what each may see").
 */
export type ClientScope =
  | { readonly kind: 'service-provider'; readonly serviceProviderId: string }
  | { readonly kind: 'own'; readonly clientId: string };

/** The clients the viewer may see, or null for none; the one place that says so. */
export function clientScopeOf(viewer: Viewer | null): ClientScope | null {
  if (viewer?.role === Role.COORDINATOR && viewer.organisationId) {
    return { kind: 'service-provider', serviceProviderId: viewer.organisationId };
  }
  if (viewer?.role === Role.CLIENT && viewer.clientId) return { kind: 'own', clientId: viewer.clientId };
  return null;
}

/** Whether a client (or a profile of it, given by its client) is inside the scope. */
export function inClientScope(
  scope: ClientScope | null,
  owner: { clientId: string; serviceProviderId: string },
): boolean {
  if (!scope) return false;
  return scope.kind === 'service-provider'
    ? owner.serviceProviderId === scope.serviceProviderId
    : owner.clientId === scope.clientId;
}

/**
 * The service provider whose clients the viewer manages (adds, changes, erases), or FORBIDDEN. Coordinators only:
 * a client reads their own record but changes nothing of it here (their consent goes through setMyConsent).
 */
export function managedServiceProviderOf(viewer: Viewer): string {
  const scope = clientScopeOf(viewer);
  if (scope?.kind !== 'service-provider') throw new ForbiddenError("Only the client's coordinators do this.");
  return scope.serviceProviderId;
}

@Injectable()
export class ClientsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly identities: IdentityService,
    private readonly consent: ConsentService,
  ) {}

  /** A client of the coordinator's service provider, with the identity encrypted in its own table. */
  async create(viewer: Viewer, input: CreateClientInput): Promise<ClientEntity> {
    const serviceProviderId = managedServiceProviderOf(viewer);
    return this.dataSource.transaction(async (manager) => {
      const client = await manager.save(
        manager.create(ClientEntity, {
          serviceProviderId,
          preferredLanguage: input.preferredLanguage ?? Language.FI,
          shareWithEmployers: false,
          consentChangedAt: null,
          createdBy: viewer.userId,
        }),
      );
      await this.identities.insert(manager, client, {
        displayName: input.displayName,
        contactEmail: input.contactEmail ?? null,
      });
      return client;
    });
  }

  /**
   * The client, when the viewer may see it (a coordinator: their service provider's; a CLIENT: their own);
   * NOT_FOUND otherwise, also for ids that are not ids at all.
   */
  async getVisible(viewer: Viewer, id: string): Promise<ClientEntity> {
    const scope = clientScopeOf(viewer);
    if (!scope || !isUUID(id)) throw new ClientNotFoundError();
    if (scope.kind === 'own' && scope.clientId !== id) throw new ClientNotFoundError();
    const where = scope.kind === 'service-provider' ? { id, serviceProviderId: scope.serviceProviderId } : { id };
    const client = await this.dataSource.getRepository(ClientEntity).findOneBy(where);
    if (!client) throw new ClientNotFoundError();
    return client;
  }

  /**
   * The viewer's service provider's clients, newest first; a list is for coordinators only. With `search`, only
   * the clients whose name has a word beginning with each word of it, in any case, found through the blind
   * index without opening any identity; words of one letter are left out, so a search of only those lists all.
   */
  async list(viewer: Viewer, page: PageArgs, search?: string | null): Promise<Connection<ClientModel>> {
    const scope = clientScopeOf(viewer);
    if (scope?.kind !== 'service-provider') {
      return { edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 };
    }
    const query = this.dataSource
      .getRepository(ClientEntity)
      .createQueryBuilder('c')
      .where('c.service_provider_id = :serviceProviderId', { serviceProviderId: scope.serviceProviderId });
    const tokens = search ? this.identities.nameIndex.tokensOfQuery(scope.serviceProviderId, search) : [];
    if (tokens.length > 0) {
      query.andWhere(
        `c.id IN (SELECT t.client_id FROM client_name_token t
                   WHERE t.service_provider_id = :serviceProviderId AND t.token = ANY(:tokens)
                   GROUP BY t.client_id HAVING count(*) = :tokenCount)`,
        { tokens, tokenCount: tokens.length },
      );
    }
    return newestFirst(query, 'c', page, toClientModel);
  }

  /** A coordinator records the consent the client gave in person. */
  async recordConsent(viewer: Viewer, clientId: string, shareWithEmployers: boolean): Promise<ClientEntity> {
    managedServiceProviderOf(viewer);
    const client = await this.getVisible(viewer, clientId);
    return this.consent.change(client.id, shareWithEmployers, viewer);
  }

  /** Clients by id, for loaders behind objects the caller was already allowed to see. */
  async clientsByIds(ids: readonly string[]): Promise<ClientEntity[]> {
    if (ids.length === 0) return [];
    return this.dataSource
      .getRepository(ClientEntity)
      .createQueryBuilder('c')
      .where('c.id IN (:...ids)', { ids })
      .getMany();
  }
}
