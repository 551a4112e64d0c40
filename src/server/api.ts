/**
 * The shapes of the app's JSON API (types only: the front end in web/ imports them too).
 *
 * - `GET /api/status` -> {@link StatusResponse}
 * - `GET /api/events?q=&limit=&offset=` -> `Page<EventSummary>` (with `q`: `Page<EventHit>`, best match first)
 * - `GET /api/events/:id` -> {@link EventResponse}
 * - `GET /api/documents?limit=&offset=` -> `Page<DocumentMeta>`, newest added first
 * - `GET /api/documents/:id` -> `DossierDocument` (with its text)
 * - `POST /api/reports` (JSON {@link PastedReport}, or multipart with files and the same fields) -> {@link AddReportsResponse}
 * - `GET /export/dossier.{json,md,html,csv,geojson}` -> the whole dossier as a download
 *
 * Errors come back as `{ statusCode, error, message }` with a 4xx/5xx status.
 */
import type { DossierEvent, DossierLineage } from '../model/dossier.js';
import type { DocumentMeta } from '../store/types.js';

/** What the store holds, and the app's limits. */
export interface StatusResponse {
  readonly documents: number;
  readonly events: number;
  /** When the dossier was last built (ISO 8601), `null` before the first build. */
  readonly builtAt: string | null;
  /** Largest report accepted (a pasted text, or one uploaded file), in bytes. */
  readonly maxUploadBytes: number;
}

/** An event page: the event, its documents without their text, and the lineage links among them. */
export interface EventResponse {
  readonly event: DossierEvent;
  readonly documents: readonly DocumentMeta[];
  readonly lineage: readonly DossierLineage[];
}

/** A report pasted into the form. `published` is ISO 8601 (`2020-01-20`, `2020-01`, `2020`). */
export interface PastedReport {
  readonly text: string;
  readonly title?: string;
  readonly published?: string;
  readonly url?: string;
  readonly id?: string;
}

/** A problem met while adding reports (an unreadable upload, a bad JSONL line, a bad field). */
export interface AddProblem {
  readonly severity: 'error' | 'warning' | 'info';
  readonly message: string;
  readonly rule: string;
  readonly file?: string;
  readonly line?: number;
}

/** What `POST /api/reports` did. */
export interface AddReportsResponse {
  readonly added: readonly { readonly id: string; readonly title: string | null }[];
  /** Reports whose id was already in the store (not added again). */
  readonly duplicates: readonly { readonly id: string; readonly title: string | null }[];
  readonly problems: readonly AddProblem[];
  readonly rebuilt: boolean;
  /** Time spent analysing, assembling and saving the dossier, in milliseconds. */
  readonly buildMs: number;
}
