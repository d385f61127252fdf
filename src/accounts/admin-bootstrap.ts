import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { AccountsService } from './accounts.service';

/** Creates the configured admin when the API starts (never from the worker). */
@Injectable()
export class AdminBootstrap implements OnApplicationBootstrap {
  constructor(private readonly accounts: AccountsService) {}

  onApplicationBootstrap(): Promise<void> {
    return this.accounts.bootstrapAdmin();
  }
}
