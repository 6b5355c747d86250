import type { InventoryEvent } from '../../contracts/events';

/**
 * Maps inventory events to an OTLP/HTTP JSON `ExportLogsServiceRequest` so an OpenTelemetry
 * Collector can route them (`POST {otlpEndpoint}/v1/logs`, `Content-Type: application/json`).
 *
 *   resourceLogs[0].resource.attributes: service.name = shadow-ai-guard, service.version
 *   scopeLogs[0].scope: { name: shadow-ai-guard.events, version: <schemaVersion> }
 *   logRecords[i]: timeUnixNano (event ts), observedTimeUnixNano (send time), severity,
 *                  body = event type, attributes = the event's fields flattened with dots
 *                  (`categories.pii`, `dropped.ai_app_used`), arrays as arrayValue,
 *                  null/undefined fields left out.
 *
 * 64-bit integers are JSON strings, as the protobuf JSON mapping (and OTLP/JSON) specifies.
 */

export const OTLP_SERVICE_NAME = 'shadow-ai-guard';
export const OTLP_SCOPE_NAME = 'shadow-ai-guard.events';

export type AnyValue =
  | { stringValue: string }
  | { boolValue: boolean }
  | { intValue: string }
  | { doubleValue: number }
  | { arrayValue: { values: AnyValue[] } };

export interface KeyValue {
  key: string;
  value: AnyValue;
}

export interface OtlpLogRecord {
  timeUnixNano: string;
  observedTimeUnixNano: string;
  severityNumber: number;
  severityText: string;
  body: { stringValue: string };
  attributes: KeyValue[];
}

export interface ExportLogsServiceRequest {
  resourceLogs: {
    resource: { attributes: KeyValue[] };
    scopeLogs: { scope: { name: string; version: string }; logRecords: OtlpLogRecord[] }[];
  }[];
}

const SEVERITY = { INFO: 9, WARN: 13 } as const;

function severityOf(e: InventoryEvent): keyof typeof SEVERITY {
  switch (e.type) {
    case 'prompt_checked':
      return e.action === 'block' || e.userDecision === 'sent_anyway' ? 'WARN' : 'INFO';
    case 'policy_refused':
    case 'queue_overflow':
      return 'WARN';
    case 'protection_status':
      return e.interceptionAlive ? 'INFO' : 'WARN';
    default:
      return 'INFO';
  }
}

function anyValue(v: unknown): AnyValue | null {
  if (typeof v === 'string') return { stringValue: v };
  if (typeof v === 'boolean') return { boolValue: v };
  if (typeof v === 'number') return Number.isInteger(v) ? { intValue: String(v) } : { doubleValue: v };
  if (Array.isArray(v)) {
    const values = v.map(anyValue).filter((x): x is AnyValue => x !== null);
    return { arrayValue: { values } };
  }
  return null;
}

function flatten(prefix: string, value: unknown, out: KeyValue[]): void {
  if (value === null || value === undefined) return;
  if (typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) flatten(prefix ? `${prefix}.${k}` : k, v, out);
    return;
  }
  const av = anyValue(value);
  if (av) out.push({ key: prefix, value: av });
}

const msToNanos = (ms: number): string => (BigInt(Math.trunc(ms)) * 1_000_000n).toString();

export function toOtlpLogRecord(e: InventoryEvent, observedAtMs: number): OtlpLogRecord {
  const attributes: KeyValue[] = [];
  flatten('', e, attributes);
  const sev = severityOf(e);
  return {
    timeUnixNano: msToNanos(Date.parse(e.ts)),
    observedTimeUnixNano: msToNanos(observedAtMs),
    severityNumber: SEVERITY[sev],
    severityText: sev,
    body: { stringValue: e.type },
    attributes,
  };
}

export function toOtlpLogsRequest(events: readonly InventoryEvent[], serviceVersion: string, observedAtMs: number): ExportLogsServiceRequest {
  return {
    resourceLogs: [
      {
        resource: {
          attributes: [
            { key: 'service.name', value: { stringValue: OTLP_SERVICE_NAME } },
            { key: 'service.version', value: { stringValue: serviceVersion } },
          ],
        },
        scopeLogs: [
          {
            scope: { name: OTLP_SCOPE_NAME, version: String(events[0]?.schemaVersion ?? 1) },
            logRecords: events.map((e) => toOtlpLogRecord(e, observedAtMs)),
          },
        ],
      },
    ],
  };
}
