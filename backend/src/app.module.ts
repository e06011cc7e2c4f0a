import { DynamicModule, Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { MercuriusDriver, type MercuriusDriverConfig } from '@nestjs/mercurius';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { NoSchemaIntrospectionCustomRule } from 'graphql';
import path from 'node:path';
import { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import type { RequestContext } from './common/caller.js';
import { formatGraphQLErrors } from './common/graphql-errors.js';
import { enforceGraphQLLimits } from './common/graphql-limits.js';
import { createLoaders } from './common/loaders.js';
import { memoiser } from './common/memo.js';
import { DomainError } from './domain/errors.js';
import type { AppConfig } from './config/config.js';
import { CoreModule } from './config/config.module.js';
import { AccountsModule } from './modules/accounts/accounts.module.js';
import { AuditModule } from './modules/audit/audit.module.js';
import { ExportsModule } from './modules/exports/exports.module.js';
import { AuthModule } from './modules/auth/auth.module.js';
import { CommuneProfilesModule } from './modules/commune-profiles/commune-profiles.module.js';
import { ConsultationModule } from './modules/consultation/consultation.module.js';
import { OpsnModule } from './modules/opsn/opsn.module.js';
import { SchemesModule } from './modules/schemes/schemes.module.js';
import { VersionsModule } from './modules/versions/versions.module.js';
import { SESSION_COOKIE } from './modules/auth/session-cookie.js';
import { SessionService } from './modules/auth/session.service.js';
import { HealthModule } from './modules/health/health.module.js';
import { InvitationsModule } from './modules/invitations/invitations.module.js';
import { MailModule } from './modules/mail/mail.module.js';
import { TerritoryModule } from './modules/territory/territory.module.js';

/** Where the committed schema lives; development start-ups rewrite it, CI checks it is current. */
export const SCHEMA_FILE = path.resolve(import.meta.dirname, '../schema.gql');

@Module({})
export class AppModule {
  static register(config: AppConfig, dataSource: DataSource, logger: Logger): DynamicModule {
    const production = config.nodeEnv === 'production';
    return {
      module: AppModule,
      imports: [
        CoreModule.register(config, dataSource),
        GraphQLModule.forRootAsync<MercuriusDriverConfig>({
          driver: MercuriusDriver,
          imports: [AuthModule],
          inject: [SessionService],
          useFactory: (sessions: SessionService) => ({
            autoSchemaFile: config.nodeEnv === 'development' ? SCHEMA_FILE : true,
            sortSchema: true,
            path: '/graphql',
            graphiql: !production,
            jit: 1,
            csrfPrevention: true,
            // Our own queries stay under 8 levels; 15 is what the standard introspection query needs.
            queryDepth: 15,
            validationRules: production ? [NoSchemaIntrospectionCustomRule] : [],
            errorFormatter: formatGraphQLErrors(logger, production),
            context: async (req: FastifyRequest, reply: FastifyReply): Promise<RequestContext> => {
              const token = req.cookies[SESSION_COOKIE];
              const session = token ? await sessions.actorForRequest(token) : null;
              return {
                req,
                reply,
                ip: req.ip,
                caller: session && { ...session.actor, ip: req.ip },
                overRateLimit: (session?.requestsThisMinute ?? 0) > config.requestsPerMinute,
                loaders: createLoaders(dataSource),
                once: memoiser(),
              };
            },
            hooks: {
              // Before anything executes: the document's cost, then the caller's rate.
              preExecution: async (schema, document, context, variables) => {
                const request = (context as unknown as RequestContext).req;
                const body = (request.body ?? {}) as { operationName?: string | null };
                enforceGraphQLLimits(schema, document, variables, body.operationName);
                if ((context as unknown as RequestContext).overRateLimit) {
                  throw new DomainError('TOO_MANY_REQUESTS', 'Trop de requêtes : patientez une minute avant de continuer.');
                }
              },
            },
          }),
        }),
        AuthModule,
        AccountsModule,
        AuditModule,
        TerritoryModule,
        CommuneProfilesModule,
        OpsnModule,
        SchemesModule,
        VersionsModule,
        ExportsModule,
        ConsultationModule,
        HealthModule,
        MailModule,
        InvitationsModule,
      ],
    };
  }
}
