import { Global, Module } from '@nestjs/common';
import { Clock } from './clock';

/** Tiny shared services every feature may inject. */
@Global()
@Module({ providers: [Clock], exports: [Clock] })
export class CommonModule {}
