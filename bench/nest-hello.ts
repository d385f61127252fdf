/**
 * The read benchmark's anchor: the smallest NestJS 12 app this stack allows, @nestjs/apollo on Fastify answering
 * `{ hello }` with one code-first resolver, started by the bench as its own process on the port given as the first
 * argument. The API's figures are given as ratios to it: what our own work costs above the framework's floor.
 */
import 'reflect-metadata';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { GraphQLModule, Query, Resolver } from '@nestjs/graphql';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';

@Resolver()
class HelloResolver {
  @Query(() => String)
  hello(): string {
    return 'world';
  }
}

@Module({
  imports: [GraphQLModule.forRoot<ApolloDriverConfig>({ driver: ApolloDriver, autoSchemaFile: true, graphiql: false })],
  providers: [HelloResolver],
})
class HelloModule {}

async function main(): Promise<void> {
  const app = await NestFactory.create<NestFastifyApplication>(HelloModule, new FastifyAdapter(), { logger: false });
  app.enableShutdownHooks();
  await app.listen(Number(process.argv[2]), '127.0.0.1');
  process.stdout.write(`nest hello listening on ${await app.getUrl()}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
