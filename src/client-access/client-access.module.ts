import { Module } from '@nestjs/common';
import { AccessLogModule } from '../access-log/access-log.module';
import { AccountsModule } from '../accounts/accounts.module';
import { ClientsModule } from '../clients/clients.module';
import { MatchingRequestsModule } from '../matching/matching-requests.module';
import { ClientAccessResolver } from './client-access.resolver';
import { ClientAccessService } from './client-access.service';
import { ClientErasureService } from './client-erasure.service';

/** Clients' own access (access codes, consent, who saw their profile) and their erasure on request. */
@Module({
  imports: [AccountsModule, ClientsModule, AccessLogModule, MatchingRequestsModule],
  providers: [ClientAccessService, ClientErasureService, ClientAccessResolver],
})
export class ClientAccessModule {}
