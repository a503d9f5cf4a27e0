// Entry point for the TypeORM CLI (migration generation): `typeorm -d dist/database/data-source.js`.
import { DataSource } from 'typeorm';
import { databaseTargetFromEnvironment } from '../config/database.config';
import { dataSourceOptions } from './data-source-options';

export default new DataSource(dataSourceOptions(databaseTargetFromEnvironment()));
