// `npm run schema`: writes schema.gql from the code-first resolvers (an in-memory database, no demo data).
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { AppModule } from '../app.module';
import { printAppSchema } from './schema-printer';

async function main(): Promise<void> {
  process.env.DATABASE_URL = 'sqlite::memory:';
  process.env.DEMO_DATA = 'false';
  const app = await NestFactory.create(AppModule, { logger: ['error'] });
  await app.init();
  const target = resolve(process.argv[2] ?? 'schema.gql');
  writeFileSync(target, printAppSchema(app));
  await app.close();
  console.log(`Wrote ${target}`);
}

void main();
