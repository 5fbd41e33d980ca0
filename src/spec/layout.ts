/**
 * How a supervisor spec file is laid out, and which parts Druid actually reads.
 *
 * Druid accepts three layouts of the same spec (KafkaSupervisorSpec):
 * - wrapped: `{type, id?, spec: {dataSchema, ioConfig, tuningConfig}, context?, suspended?}`;
 * - flat (legacy): `{type, dataSchema, ioConfig, tuningConfig}`;
 * - export: what GET /supervisor/{id} returns — `spec` plus deprecated top-level copies.
 * When `spec` is present Druid reads only `spec` and ignores the top-level sections.
 */
import { isPlainObject } from '../common/json.js';
import { compareVersions } from './model/version.js';

type SpecLayout = 'wrapped' | 'flat' | 'export';

export const SECTIONS = ['dataSchema', 'ioConfig', 'tuningConfig'] as const;
type SectionName = (typeof SECTIONS)[number];

export interface SupervisorView {
  layout: SpecLayout;
  /** Pointer of the object whose dataSchema/ioConfig/tuningConfig Druid reads ('' or '/spec'). */
  sectionsPointer: '' | '/spec';
  type: unknown;
  dataSchema: Record<string, unknown> | undefined;
  ioConfig: Record<string, unknown> | undefined;
  tuningConfig: Record<string, unknown> | undefined;
  /** The top-level `id` as written (Druid 34+ reads it). */
  declaredId: unknown;
  dataSource: string | undefined;
}

export function viewSupervisor(value: Record<string, unknown>): SupervisorView {
  const wrapped = isPlainObject(value.spec);
  const hasTopLevelSections = SECTIONS.some((section) => section in value);
  const holder = wrapped ? (value.spec as Record<string, unknown>) : value;
  const section = (name: SectionName): Record<string, unknown> | undefined =>
    isPlainObject(holder[name]) ? holder[name] : undefined;
  const dataSchema = section('dataSchema');
  return {
    layout: wrapped ? (hasTopLevelSections ? 'export' : 'wrapped') : 'flat',
    sectionsPointer: wrapped ? '/spec' : '',
    type: value.type,
    dataSchema,
    ioConfig: section('ioConfig'),
    tuningConfig: section('tuningConfig'),
    declaredId: value.id,
    dataSource: typeof dataSchema?.dataSource === 'string' ? dataSchema.dataSource : undefined,
  };
}

/** Druid 34.0 added the top-level `id`; older releases ignore it and name the supervisor by datasource. */
export const SUPERVISOR_ID_SINCE = '34.0.0';

/** The id Druid gives this supervisor on the configured release, or undefined when it has none. */
export function supervisorId(view: SupervisorView, druidVersion: string): string | undefined {
  const idReadable = compareVersions(druidVersion, SUPERVISOR_ID_SINCE) >= 0;
  if (idReadable && typeof view.declaredId === 'string' && view.declaredId !== '') return view.declaredId;
  return view.dataSource;
}

/** The spec as Druid reads it, in the wrapped layout: what deploy submits and diff compares. */
export function canonicalLayout(value: Record<string, unknown>): Record<string, unknown> {
  const view = viewSupervisor(value);
  const { dataSchema: _d, ioConfig: _i, tuningConfig: _t, spec: _s, ...topLevel } = value;
  const spec: Record<string, unknown> = {};
  for (const name of SECTIONS) if (view[name] !== undefined) spec[name] = view[name];
  return { ...topLevel, spec };
}
