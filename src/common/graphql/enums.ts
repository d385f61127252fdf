import { registerEnumType } from '@nestjs/graphql';
import { Language, OrganisationKind, Role, Weekday } from '../enums';

registerEnumType(Role, { name: 'Role' });
registerEnumType(Language, { name: 'Language' });
registerEnumType(OrganisationKind, { name: 'OrganisationKind' });
registerEnumType(Weekday, { name: 'Weekday' });

export { Language, OrganisationKind, Role, Weekday };
