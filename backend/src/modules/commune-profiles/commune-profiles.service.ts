import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import { requireAccess } from '../../common/access.js';
import { auditedChange, type Change } from '../../common/audited-change.js';
import type { Caller } from '../../common/caller.js';
import { DomainError, badInput } from '../../domain/errors.js';
import { metricsUsedBy } from '../../domain/scheme/metrics-used.js';
import { applyFiguresDraft, metricKeyFor, type FiguresDraft, type ProfileProblem } from '../../domain/territory/commune-profile.js';
import { describeChanges, planProfilesImport, writeProfilesCsv, type ProfilesImportPlan } from '../../domain/territory/profiles-csv.js';
import { Commune } from '../territory/commune.entity.js';
import type { CommuneProfileInput, ProfilesImportInput, UpdateCommuneProfilesInput, UsageMetricInput } from './dto/profile.inputs.js';
import { loadLiveActions } from '../schemes/scheme-store.js';
import { deleteMetric, insertMetric, loadMetric, loadMetrics, loadProfiles, saveProfiles, updateMetric, type StoredMetric } from './profile-store.js';

/** What a row of the communes table sends, as the domain reads a draft. */
function draftOf(row: CommuneProfileInput): FiguresDraft {
  return {
    figures: {
      populationDgf: row.populationDgf,
      populationDgfYear: row.populationDgfYear,
      agentsEtp: row.agentsEtp,
      agentsYear: row.agentsYear,
      workstations: row.workstations,
      phones: row.phones,
      tablets: row.tablets,
      devicesYear: row.devicesYear,
      potentielFinancierCents: row.potentielFinancier,
      potentielFinancierYear: row.potentielFinancierYear,
    },
    dgfBelowTotalConfirmed: row.dgfBelowTotalConfirmed ?? undefined,
    metrics: Object.fromEntries((row.metrics ?? []).map((m) => [m.key, m.value])),
  };
}

function refuse(problems: readonly { message: string }[], details: Record<string, unknown>): never {
  const more = problems.length > 1 ? ` (et ${problems.length - 1} autre${problems.length > 2 ? 's' : ''} erreur${problems.length > 2 ? 's' : ''})` : '';
  throw badInput(`${problems[0].message}${more} Rien n'a été enregistré.`, details);
}

const digestOf = (plan: ProfilesImportPlan) => createHash('sha256').update(JSON.stringify(plan.changes)).digest('hex');

/** Commune profiles and usage metrics: entered by the EPCI's drafters and administrators, read by all its members. */
@Injectable()
export class CommuneProfilesService {
  constructor(private readonly dataSource: DataSource) {}

  /** Returns the communes, whose profiles then read as saved. */
  async updateProfiles(caller: Caller, input: UpdateCommuneProfilesInput): Promise<Commune[]> {
    await requireAccess(this.dataSource.manager, caller, 'COMMUNE_PROFILE_EDIT', { epci: input.epciId });
    return auditedChange(this.dataSource, caller, async (change) => {
      const { manager } = change;
      const [profiles, metrics] = await Promise.all([loadProfiles(manager, [input.epciId]), loadMetrics(manager, [input.epciId])]);
      const byId = new Map(profiles.map((p) => [p.communeId, p]));
      const problems: ProfileProblem[] = [];
      const updates = input.rows.flatMap((row) => {
        const profile = byId.get(row.communeId);
        if (!profile) throw badInput("Cette commune n'est pas membre de l'intercommunalité.", { communeId: row.communeId });
        const result = applyFiguresDraft(profile.commune, profile.figures, draftOf(row), metrics);
        problems.push(...result.problems);
        return [{ profile, expectedRevision: row.expectedRevision, figures: result.figures }];
      });
      if (problems.length > 0) refuse(problems, { problems });
      const changed = updates.filter((u) => describeChanges(u.profile, u.figures, metrics).length > 0);
      await this.save(change, caller, input.epciId, 'commune_profiles.update', changed, metrics);
      return manager.getRepository(Commune).find({ where: { id: In(input.rows.map((r) => r.communeId)) }, order: { inseeCode: 'ASC' } });
    });
  }

  async previewImport(caller: Caller, input: ProfilesImportInput) {
    await requireAccess(this.dataSource.manager, caller, 'COMMUNE_PROFILE_EDIT', { epci: input.epciId });
    const plan = await this.plan(this.dataSource.manager, input);
    const changes = plan.changes.map(({ insee, ...change }) => ({ ...change, inseeCode: insee }));
    return { ...plan, changes, communesChanged: plan.updates.length, digest: digestOf(plan) };
  }

  /** Applies a file exactly as previewed: if the profiles changed since, nothing is applied. */
  async importProfiles(caller: Caller, input: ProfilesImportInput, expectedDigest: string): Promise<number> {
    await requireAccess(this.dataSource.manager, caller, 'COMMUNE_PROFILE_EDIT', { epci: input.epciId });
    return auditedChange(this.dataSource, caller, async (change) => {
      const { manager } = change;
      const plan = await this.plan(manager, input);
      if (plan.problems.length > 0) refuse(plan.problems, { problems: plan.problems });
      if (digestOf(plan) !== expectedDigest) {
        throw new DomainError('CONFLICT', "Les profils ont changé depuis l'aperçu : relancez l'aperçu pour voir ce que l'import changerait maintenant.");
      }
      const profiles = await loadProfiles(manager, [input.epciId]);
      const byInsee = new Map(profiles.map((p) => [p.commune.insee, p]));
      const updates = plan.updates.map((u) => {
        const profile = byInsee.get(u.insee)!;
        return { profile, expectedRevision: profile.revision, figures: u.figures };
      });
      await this.save(change, caller, input.epciId, 'commune_profiles.import', updates, await loadMetrics(manager, [input.epciId]));
      return updates.length;
    });
  }

  async exportCsv(caller: Caller, epciId: string): Promise<string> {
    await requireAccess(this.dataSource.manager, caller, 'EPCI_READ', { epci: epciId });
    const manager = this.dataSource.manager;
    const [profiles, metrics] = await Promise.all([loadProfiles(manager, [epciId]), loadMetrics(manager, [epciId])]);
    return writeProfilesCsv(profiles, metrics);
  }

  async defineMetric(caller: Caller, epciId: string, input: UsageMetricInput): Promise<StoredMetric> {
    await requireAccess(this.dataSource.manager, caller, 'COMMUNE_PROFILE_EDIT', { epci: epciId });
    return auditedChange(this.dataSource, caller, async ({ manager, record }) => {
      const metrics = await loadMetrics(manager, [epciId]);
      this.assertLabelFree(metrics, input.label, null);
      const key = metricKeyFor(input.label, metrics.map((m) => m.key));
      const created = await insertMetric(manager, epciId, { key, label: input.label, referenceYear: input.referenceYear ?? null });
      await record({ epciId, action: 'usage_metric.define', entityType: 'usage_metric', entityId: created.id, after: created });
      return created;
    });
  }

  async updateMetric(caller: Caller, id: string, input: UsageMetricInput): Promise<StoredMetric> {
    return auditedChange(this.dataSource, caller, async ({ manager, record }) => {
      const { metric, metrics } = await this.metricToEdit(manager, caller, id);
      this.assertLabelFree(metrics, input.label, id);
      const updated = await updateMetric(manager, id, input.label, input.referenceYear ?? null);
      await record({ epciId: metric.epciId, action: 'usage_metric.update', entityType: 'usage_metric', entityId: id, before: metric, after: updated });
      return updated;
    });
  }

  /** Removes a metric and its values; the audit trail keeps the values it held. */
  async removeMetric(caller: Caller, id: string): Promise<StoredMetric> {
    return auditedChange(this.dataSource, caller, async ({ manager, record }) => {
      const { metric } = await this.metricToEdit(manager, caller, id);
      await this.assertMetricUnused(manager, metric);
      const values = await deleteMetric(manager, metric, caller.userId);
      await record({
        epciId: metric.epciId,
        action: 'usage_metric.remove',
        entityType: 'usage_metric',
        entityId: id,
        before: { ...metric, values },
      });
      return metric;
    });
  }

  /** A metric an action shares or prices by cannot go: the action would lose its figures. */
  private async assertMetricUnused(manager: EntityManager, metric: StoredMetric) {
    const actions = await loadLiveActions(manager, metric.epciId);
    const users = actions.filter((a) => metricsUsedBy(a.definition).has(metric.key));
    if (users.length === 0) return;
    const named = users.map((a) => `« ${a.definition.title} » (${a.scheme})`).join(', ');
    const [which, what] =
      users.length > 1 ? ['les actions', 'leur répartition, leur tarif ou leur situation actuelle'] : ["l'action", 'sa répartition, son tarif ou sa situation actuelle'];
    throw new DomainError('INVALID_STATE', `La métrique « ${metric.label} » est utilisée par ${which} ${named} : changez d'abord ${what}.`, {
      actions: users.map((a) => a.id),
    });
  }

  private async metricToEdit(manager: EntityManager, caller: Caller, id: string) {
    const epciId = await requireAccess(manager, caller, 'COMMUNE_PROFILE_EDIT', { metric: id });
    return { metric: await loadMetric(manager, id), metrics: await loadMetrics(manager, [epciId]) };
  }

  private assertLabelFree(metrics: readonly StoredMetric[], label: string, exceptId: string | null) {
    if (metrics.some((m) => m.id !== exceptId && m.label.toLowerCase() === label.toLowerCase())) {
      throw badInput(`Une métrique s'appelle déjà « ${label} ».`, { field: 'label' });
    }
  }

  private async plan(manager: EntityManager, input: ProfilesImportInput) {
    const [profiles, metrics] = await Promise.all([loadProfiles(manager, [input.epciId]), loadMetrics(manager, [input.epciId])]);
    return planProfilesImport(input.csv, profiles, metrics);
  }

  /** Saves the changed profiles (revision-checked) with one audit event listing every change. */
  private async save(
    { manager, record }: Change,
    caller: Caller,
    epciId: string,
    action: string,
    updates: Parameters<typeof saveProfiles>[3],
    metrics: readonly StoredMetric[],
  ) {
    if (updates.length === 0) return;
    await saveProfiles(manager, epciId, caller.userId, updates);
    await record({
      epciId,
      action,
      entityType: 'epci',
      entityId: epciId,
      after: { changes: updates.flatMap((u) => describeChanges(u.profile, u.figures, metrics)) },
    });
  }
}
