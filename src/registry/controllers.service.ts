import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Controller } from './entities/controller.entity';
import { type CreateControllerInput } from './inputs/create-controller.input';
import { type UpdateControllerInput } from './inputs/update-controller.input';
import { type DeletedParty, PartiesService } from './parties.service';

@Injectable()
export class ControllersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly parties: PartiesService,
  ) {}

  /** Every controller, by key. A group has a handful of legal entities, so no pagination. */
  list(): Promise<Controller[]> {
    return this.dataSource.getRepository(Controller).find({ order: { key: 'ASC' } });
  }

  findByKey(key: string): Promise<Controller | null> {
    return this.parties.findByKey('CONTROLLER', key);
  }

  async create(input: CreateControllerInput): Promise<Controller> {
    return this.parties.create('CONTROLLER', {
      key: input.key,
      name: input.name,
      countryCode: input.country,
      registrationNumber: input.registrationNumber ?? null,
      parentCountryCode: null,
      publicBody: false,
      certifications: [],
    });
  }

  async update(key: string, input: UpdateControllerInput): Promise<Controller> {
    return this.parties.update(
      'CONTROLLER',
      key,
      {
        key: input.key,
        name: input.name,
        countryCode: input.country,
        registrationNumber: input.registrationNumber,
      },
      input.version,
    );
  }

  delete(key: string, cascade: boolean): Promise<DeletedParty> {
    return this.parties.delete('CONTROLLER', key, cascade);
  }
}
