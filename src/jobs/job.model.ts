import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Paginated } from '../common/graphql/pagination';
import { JobStatus } from './job-status';

registerEnumType(JobStatus, { name: 'JobStatus' });

export { JobStatus };

/**
 * The `Job` type. Resolvers hand out JobEntity rows; the fields whose stored shape differs (hours, tasks,
 * accommodations, organisation, matching) are resolved by JobsResolver from the row.
 */
@ObjectType('Job')
export class JobModel {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field()
  description: string;

  @Field(() => JobStatus)
  status: JobStatus;

  @Field()
  municipalityCode: string;

  @Field()
  remotePossible: boolean;

  @Field(() => Float, { nullable: true })
  hourlyWage: number | null;

  @Field(() => Int)
  positions: number;

  @Field(() => Int)
  version: number;

  @Field(() => Date, { nullable: true })
  publishedAt: Date | null;

  @Field(() => Date)
  createdAt: Date;
}

/** The `JobTask` type; `taskType` and `demands` come from the taxonomy through JobTaskResolver. */
@ObjectType('JobTask')
export class JobTaskModel {
  @Field(() => ID)
  id: string;

  @Field()
  description: string;

  @Field({ description: 'true: the task may be dropped or adapted for a candidate (job carving)' })
  modifiable: boolean;

  @Field(() => Int, { nullable: true, description: 'share of the working time in percent, when the employer gives it' })
  hoursShare: number | null;
}

@ObjectType('JobConnection')
export class JobConnection extends Paginated(JobModel, 'Job') {}
