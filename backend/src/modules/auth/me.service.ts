import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import type { Caller } from '../../common/caller.js';
import { permissionsOf, platformPermissionsOf } from '../../domain/access/permissions.js';
import { Commune } from '../territory/commune.entity.js';
import { Epci } from '../territory/epci.entity.js';
import type { MeModel } from './models/me.models.js';
import { User } from './user.entity.js';

@Injectable()
export class MeService {
  constructor(private readonly dataSource: DataSource) {}

  /** The caller with their memberships: what the page needs to show and hide. */
  async me(caller: Caller): Promise<MeModel> {
    const user = await this.dataSource.getRepository(User).findOneByOrFail({ id: caller.userId });
    const epciIds = caller.memberships.map((m) => m.epciId);
    const communeIds = caller.memberships.flatMap((m) => (m.communeId ? [m.communeId] : []));
    const [epcis, communes] = await Promise.all([
      epciIds.length ? this.dataSource.getRepository(Epci).findBy({ id: In(epciIds) }) : [],
      communeIds.length ? this.dataSource.getRepository(Commune).findBy({ id: In(communeIds) }) : [],
    ]);
    const byId = <T extends { id: string }>(rows: T[]) => new Map(rows.map((r) => [r.id, r]));
    const epciById = byId(epcis);
    const communeById = byId(communes);
    return {
      id: user.id,
      email: user.email,
      name: user.name,
      isOperator: user.isOperator,
      platformPermissions: platformPermissionsOf(caller),
      memberships: caller.memberships
        .map((m) => ({
          epci: epciById.get(m.epciId)!,
          role: m.role,
          commune: m.communeId ? (communeById.get(m.communeId) ?? null) : null,
          permissions: permissionsOf(m.role),
        }))
        .sort((a, b) => a.epci.name.localeCompare(b.epci.name, 'fr')),
    };
  }
}
