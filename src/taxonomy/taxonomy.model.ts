import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum AccommodationCategoryEnum {
  SCHEDULE = 'SCHEDULE',
  WORKSPACE = 'WORKSPACE',
  SUPPORT = 'SUPPORT',
  COMMUNICATION = 'COMMUNICATION',
  EQUIPMENT = 'EQUIPMENT',
  ACCESSIBILITY = 'ACCESSIBILITY',
  TASK = 'TASK',
}
registerEnumType(AccommodationCategoryEnum, { name: 'AccommodationCategory' });

@ObjectType('Accommodation', { description: 'A workplace adjustment that an employer can offer and a person may need' })
export class AccommodationModel {
  @Field(() => ID)
  code: string;

  @Field(() => AccommodationCategoryEnum)
  category: AccommodationCategoryEnum;
}

@ObjectType('Demand', {
  description: 'A functional demand of work, keyed by its WHO ICF code (for example d4300 lifting)',
})
export class DemandModel {
  @Field(() => ID)
  code: string;
}

@ObjectType('DemandLevel', {
  description: 'Level of a demand on the ICF qualifier scale: 0 none, 1 light, 2 moderate, 3 heavy, 4 very heavy',
})
export class DemandLevelModel {
  @Field(() => DemandModel)
  demand: DemandModel;

  @Field(() => Int)
  level: number;
}

@ObjectType('TaskType')
export class TaskTypeModel {
  @Field(() => ID)
  code: string;

  @Field(() => [DemandLevelModel])
  typicalDemands: DemandLevelModel[];
}
