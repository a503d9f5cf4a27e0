import { Logger, Module } from '@nestjs/common';
import { type ConfigType } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { databaseConfig } from '../config/database.config';
import { dataSourceOptions } from './data-source-options';
import { serializeTransactions } from './serialized-transactions';

const sqlLogger = new Logger('SQL');

/** The one DataSource. Migrations run on start, so a new file is created and brought up to date. */
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [databaseConfig.KEY],
      useFactory: (config: ConfigType<typeof databaseConfig>) => ({
        ...dataSourceOptions(config.target, (message) => sqlLogger.verbose(message)),
        migrationsRun: true,
        migrationsTransactionMode: 'each',
      }),
      // One SQLite connection: its transactions must not overlap (see serialized-transactions.ts).
      dataSourceFactory: (options?: DataSourceOptions) => {
        const dataSource = new DataSource(options!);
        return Promise.resolve(
          options!.type === 'better-sqlite3' ? serializeTransactions(dataSource) : dataSource,
        );
      },
    }),
  ],
})
export class DatabaseModule {}
