import { Module } from '@nestjs/common';
import { ClientsResolver } from './clients.resolver';
import { ClientsService } from './clients.service';
import { ConsentService } from './consent.service';
import { IdentityService } from './identity.service';

/** Clients of service providers: identity (encrypted), consent and its history. */
@Module({
  providers: [ClientsService, IdentityService, ConsentService, ClientsResolver],
  exports: [ClientsService, IdentityService, ConsentService],
})
export class ClientsModule {}
