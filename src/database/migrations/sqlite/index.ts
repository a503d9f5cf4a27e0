// SQLite migrations in order. Generated from the entities (npm run migration:generate -- Name) and
// read by a human before they are committed: TypeORM rebuilds SQLite tables through temporary copies.
import { Init1795449482526 } from './1795449482526-Init';
import { AdequacyDecisions1795450143632 } from './1795450143632-AdequacyDecisions';

export const SQLITE_MIGRATIONS: Function[] = [Init1795449482526, AdequacyDecisions1795450143632];
