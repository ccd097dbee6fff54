import type { Kysely } from 'kysely';
import type {
  Incident,
  IncidentCategory,
  IncidentNote,
  IncidentSeverity,
  IncidentStatus,
  IncidentSummary,
} from '../../shared/domain/incidents';
import type { Database } from './schema';
import { fromFlag, nowIso, toFlag } from './rows';

export interface NewIncident {
  sessionId: number;
  groupId: number;
  occurredOn: string;
  category: IncidentCategory;
  severity: IncidentSeverity;
  description: string;
  actionsTaken: string;
  isReferralMade: boolean;
  reportedBy: number;
}

/** Which incidents a read may reach; `reportedBy` set limits it to that person's own reports. */
export interface IncidentFilter {
  status: IncidentStatus | null;
  sessionId: number | null;
  reportedBy: number | null;
}

export interface NewIncidentNote {
  incidentId: number;
  writtenBy: number;
  note: string;
  /** The status the incident moves to with this note; null when only a note is added. */
  statusTo: IncidentStatus | null;
}

/** Safeguarding incidents and their notes (issue 10 item 5). Only main/incidents reads them. */
export class IncidentsRepository {
  constructor(protected readonly db: Kysely<Database>) {}

  async insert(incident: NewIncident): Promise<number> {
    const now = nowIso();
    const row = await this.db
      .insertInto('incident')
      .values({
        session_id: incident.sessionId,
        group_id: incident.groupId,
        occurred_on: incident.occurredOn,
        category: incident.category,
        severity: incident.severity,
        description: incident.description,
        actions_taken: incident.actionsTaken,
        is_referral_made: toFlag(incident.isReferralMade),
        status: 'open',
        reported_by: incident.reportedBy,
        created_at: now,
        updated_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  private selectSummaries() {
    return this.db
      .selectFrom('incident as i')
      .innerJoin('support_group as g', 'g.id', 'i.group_id')
      .innerJoin('app_user as u', 'u.id', 'i.reported_by')
      .select([
        'i.id',
        'i.session_id',
        'i.group_id',
        'g.name as group_name',
        'i.occurred_on',
        'i.category',
        'i.severity',
        'i.status',
        'u.display_name as reported_by_name',
      ]);
  }

  /** Newest first, without what happened: a list never shows the content. */
  async list(filter: IncidentFilter): Promise<IncidentSummary[]> {
    let query = this.selectSummaries();
    if (filter.status !== null) query = query.where('i.status', '=', filter.status);
    if (filter.sessionId !== null) query = query.where('i.session_id', '=', filter.sessionId);
    if (filter.reportedBy !== null) query = query.where('i.reported_by', '=', filter.reportedBy);
    const rows = await query.orderBy('i.occurred_on', 'desc').orderBy('i.id', 'desc').execute();
    return rows.map(toSummary);
  }

  /** One incident with its notes (oldest first), if it exists and `filter` reaches it. */
  async find(id: number, reportedBy: number | null): Promise<Incident | undefined> {
    let query = this.selectSummaries()
      .select(['i.description', 'i.actions_taken', 'i.is_referral_made', 'i.created_at'])
      .where('i.id', '=', id);
    if (reportedBy !== null) query = query.where('i.reported_by', '=', reportedBy);
    const row = await query.executeTakeFirst();
    if (!row) return undefined;
    return {
      ...toSummary(row),
      description: row.description,
      actionsTaken: row.actions_taken,
      isReferralMade: fromFlag(row.is_referral_made),
      createdAt: row.created_at,
      notes: await this.notesOf(id),
    };
  }

  private async notesOf(incidentId: number): Promise<IncidentNote[]> {
    const rows = await this.db
      .selectFrom('incident_note as n')
      .innerJoin('app_user as u', 'u.id', 'n.written_by')
      .select(['n.id', 'u.display_name', 'n.note', 'n.status_to', 'n.created_at'])
      .where('n.incident_id', '=', incidentId)
      .orderBy('n.id')
      .execute();
    return rows.map((row) => ({
      id: row.id,
      writtenByName: row.display_name,
      note: row.note,
      statusTo: row.status_to as IncidentStatus | null,
      at: row.created_at,
    }));
  }

  /** Adds a follow-up note and, when it names one, moves the incident to that status. */
  async addNote(note: NewIncidentNote): Promise<void> {
    const now = nowIso();
    await this.db
      .insertInto('incident_note')
      .values({
        incident_id: note.incidentId,
        written_by: note.writtenBy,
        note: note.note,
        status_to: note.statusTo,
        created_at: now,
      })
      .execute();
    const status = note.statusTo;
    await this.db
      .updateTable('incident')
      .set(status === null ? { updated_at: now } : { status, updated_at: now })
      .where('id', '=', note.incidentId)
      .execute();
  }
}

type SummaryRow = Awaited<
  ReturnType<ReturnType<IncidentsRepository['selectSummaries']>['executeTakeFirstOrThrow']>
>;

function toSummary(row: SummaryRow): IncidentSummary {
  return {
    id: row.id,
    sessionId: row.session_id,
    groupId: row.group_id,
    groupName: row.group_name,
    occurredOn: row.occurred_on,
    category: row.category as IncidentCategory,
    severity: row.severity as IncidentSeverity,
    status: row.status as IncidentStatus,
    reportedByName: row.reported_by_name,
  };
}
