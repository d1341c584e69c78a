import type { GraphQLResolveInfo } from 'graphql';
import type { InstitutionRow, SocialWorkerRow, ProgramRow, FigureRow, TargetRow, SourceRow, HistoryPointValue, InstitutionPage, SocialWorkerPage, ProgramPage, InstitutionEdgeValue, SocialWorkerEdgeValue, ProgramEdgeValue, RecordStateValue, RegistryRef } from '../mappers.js';
import type { RegistryContext } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

/** An earlier value a figure is compared with. */
export type Baseline = {
  __typename?: 'Baseline';
  /** True when the value is computed from a published growth rate rather than published itself. */
  derived: Scalars['Boolean']['output'];
  value?: Maybe<Scalars['Float']['output']>;
  year?: Maybe<Scalars['Int']['output']>;
  /** True when the page does not state the year and it was inferred; the figure's note says how. */
  yearInferred: Scalars['Boolean']['output'];
};

/** National social work qualification. */
export type CertificateLevel =
  /** 助理社会工作师 */
  | 'ASSISTANT'
  /** 社会工作师 */
  | 'INTERMEDIATE'
  | 'NONE'
  /** 高级社会工作师 */
  | 'SENIOR';

/** One audited change to a registry record. */
export type Change = {
  __typename?: 'Change';
  /** For example createInstitution. */
  action: Scalars['String']['output'];
  /** The token subject that made it. */
  actor: Scalars['String']['output'];
  /** The record after the change. */
  after: RecordState;
  /** When it was committed (ISO 8601). */
  at: Scalars['String']['output'];
  /** The record before the change (null for a creation). */
  before?: Maybe<RecordState>;
  /** The fields of the record's state whose values changed, named as in its state type. */
  changedFields: Array<Scalars['String']['output']>;
  /** institution, social_worker, program, figure or target. */
  entity: Scalars['String']['output'];
  entityId: Scalars['ID']['output'];
  /** Increasing: pass the last one seen as `after` to pull the next changes. */
  id: Scalars['ID']['output'];
};

/** One page of the change feed. */
export type ChangeFeed = {
  __typename?: 'ChangeFeed';
  /** Oldest first. */
  changes: Array<Change>;
  /** More changes follow this page: ask again with `after: lastId`. */
  hasMore: Scalars['Boolean']['output'];
  /** The id of the page's last change (null for an empty page): the next page's `after`. */
  lastId?: Maybe<Scalars['ID']['output']>;
};

/** A published figure beside the registry's measure of the same thing. */
export type DataQualityCheck = {
  __typename?: 'DataQualityCheck';
  /** False when the figure is not set beside a measure; `notComparedReason` says why. */
  compared: Scalars['Boolean']['output'];
  /** measured − published. */
  difference?: Maybe<Scalars['Float']['output']>;
  differencePercent?: Maybe<Scalars['Float']['output']>;
  figure: Figure;
  flagged: Scalars['Boolean']['output'];
  indicator: Indicator;
  /** The values the figure allows; a measure outside them is flagged. */
  interval: ValueInterval;
  /** Null when the registry has no records to measure it from. */
  measured?: Maybe<Scalars['Float']['output']>;
  /** The day measured as of: the end of the figure's date, or today for a figure of this year. */
  measuredAsOf?: Maybe<Scalars['String']['output']>;
  /** For a cumulative figure, the first day of the flow measured (YYYY-MM-DD): the start of its period. */
  measuredSince?: Maybe<Scalars['String']['output']>;
  notComparedReason?: Maybe<Scalars['String']['output']>;
  published: Scalars['Float']['output'];
  /** The rule applied, with its tolerance or the figure's interval. */
  rule: Scalars['String']['output'];
};

/** A dimension a measure can be broken down by. */
export type Dimension =
  /** Social workers only. */
  | 'CERTIFICATE_LEVEL'
  /** Prefecture city of the institution. */
  | 'CITY'
  /** County or district of the institution. */
  | 'COUNTY'
  | 'HOSPITAL_GRADE'
  /** Of the institution (for social workers, their employer; for programmes, their host). */
  | 'INSTITUTION_KIND'
  /** Programmes only: demonstration, cultivation, stationed workers and so on. */
  | 'PROGRAM_KIND'
  | 'PROVENANCE'
  /** A record serving several fields counts once in each. */
  | 'SERVICE_FIELD'
  /** The value at the end of each year (the last year: as of the day measured); see `measure(from:, to:)`. */
  | 'YEAR';

export type DimensionValue = {
  __typename?: 'DimensionValue';
  dimension: Dimension;
  /**
   * For CITY and COUNTY, the place's English name (pinyin and the kind of division: 南宁市, Nanning);
   * null for the other dimensions, whose values are codes, and where value is null.
   */
  nameEn?: Maybe<Scalars['String']['output']>;
  /** Null when the records leave it unset (for example a worker without an institution). */
  value?: Maybe<Scalars['String']['output']>;
};

/** Administrative division of a record: prefecture city, county or district, township or street. */
export type Division = {
  __typename?: 'Division';
  city?: Maybe<Scalars['String']['output']>;
  /** The city's English name: pinyin and the kind of division (南宁市: Nanning); null where city is. */
  cityEn?: Maybe<Scalars['String']['output']>;
  county?: Maybe<Scalars['String']['output']>;
  /** The county's or district's English name (西城区: Xicheng District); null where county is. */
  countyEn?: Maybe<Scalars['String']['output']>;
  township?: Maybe<Scalars['String']['output']>;
};

export type Employment =
  /** Dispatched to the institution, or provided through a purchased service. */
  | 'DISPATCHED'
  | 'FULL_TIME'
  | 'PART_TIME';

/** A number published about a region, with where it came from. */
export type Figure = {
  __typename?: 'Figure';
  /** When the figure holds: a year, year-month or date. */
  asOf: Scalars['String']['output'];
  /** True when the page does not print the date and it was inferred; the note says how. */
  asOfInferred: Scalars['Boolean']['output'];
  baseline?: Maybe<Baseline>;
  /** Set when the figure is one part of a total, for example the general hospitals among all institutions. */
  breakdown?: Maybe<FigureBreakdown>;
  /** Published growth over the baseline, in percent. */
  changePercent?: Maybe<Scalars['Float']['output']>;
  /** The figure that corrects this one. */
  correctedBy?: Maybe<Figure>;
  id: Scalars['ID']['output'];
  indicator: Indicator;
  /** The values the figure allows, from its value and qualifier. */
  interval: ValueInterval;
  /** REPORTED, or a plan or announcement, which histories, statuses and data quality do not read as counts. */
  kind: FigureKind;
  note?: Maybe<Scalars['String']['output']>;
  /** For cumulative figures, the year counting started. */
  periodStart?: Maybe<Scalars['String']['output']>;
  qualifier: Qualifier;
  /** The qualifier's word as the source prints it (余, 超, 近, 约), where it has one. */
  qualifierWord?: Maybe<Scalars['String']['output']>;
  /** The original Chinese sentence. */
  quote: Scalars['String']['output'];
  /** What exactly is counted, in English. */
  scope?: Maybe<Scalars['String']['output']>;
  /**
   * The programme (with the projects under it) a figure counts, where it counts no more than that
   * ("the 'three areas' plan has benefited more than 9,000 people"); data quality measures the same.
   */
  scopeProgram?: Maybe<Program>;
  source: Source;
  unit: Scalars['String']['output'];
  value: Scalars['Float']['output'];
  withdrawalReason?: Maybe<Scalars['String']['output']>;
  /** When the figure was withdrawn or corrected (ISO 8601); null while it stands. A withdrawn figure is kept but read nowhere. */
  withdrawnAt?: Maybe<Scalars['String']['output']>;
};

/** The part of a total that a figure counts. */
export type FigureBreakdown = {
  __typename?: 'FigureBreakdown';
  /** For example INSTITUTION_KIND. */
  dimension: Scalars['String']['output'];
  /** For example GENERAL_HOSPITAL. */
  value: Scalars['String']['output'];
};

export type FigureBreakdownInput = {
  dimension: Scalars['String']['input'];
  value: Scalars['String']['input'];
};

export type FigureInput = {
  asOf: Scalars['String']['input'];
  baselineValue?: InputMaybe<Scalars['Float']['input']>;
  baselineYear?: InputMaybe<Scalars['Int']['input']>;
  breakdown?: InputMaybe<FigureBreakdownInput>;
  changePercent?: InputMaybe<Scalars['Float']['input']>;
  /** An indicator code of the national catalog. */
  indicator: Scalars['String']['input'];
  /** PLANNED for a plan (将, 计划, 力争), ANNOUNCED for something started, not finished. */
  kind?: InputMaybe<FigureKind>;
  note?: InputMaybe<Scalars['String']['input']>;
  periodStart?: InputMaybe<Scalars['String']['input']>;
  qualifier?: InputMaybe<Qualifier>;
  /** The qualifier's word as the source prints it: 余, 超, 近, 约. */
  qualifierWord?: InputMaybe<Scalars['String']['input']>;
  /** The original sentence, 1 to 2,000 characters. */
  quote: Scalars['String']['input'];
  scope?: InputMaybe<Scalars['String']['input']>;
  /** The programme of this registry the figure counts, where it counts no more than that. */
  scopeProgramId?: InputMaybe<Scalars['ID']['input']>;
  source: SourceInput;
  /** The catalog's unit of the indicator; may be left out. Any other unit is refused. */
  unit?: InputMaybe<Scalars['String']['input']>;
  /** As the catalog's kind says: a percentage from 0 to 100, a count whole and not negative, an amount not negative. */
  value: Scalars['Float']['input'];
};

/** What a published number states: something that has happened, or an intention. */
export type FigureKind =
  /** Something the source says has been started, not finished (启动): not yet a count. */
  | 'ANNOUNCED'
  /** A plan or goal the source states (将, 计划, 力争): evidence of a plan, never of achievement. */
  | 'PLANNED'
  /** A count or amount the source reports as done or standing. */
  | 'REPORTED';

/** A published figure as it was at a change (see Figure). */
export type FigureState = {
  __typename?: 'FigureState';
  asOf: Scalars['String']['output'];
  asOfInferred: Scalars['Boolean']['output'];
  baselineValue?: Maybe<Scalars['Float']['output']>;
  baselineYear?: Maybe<Scalars['Int']['output']>;
  baselineYearInferred: Scalars['Boolean']['output'];
  breakdown?: Maybe<FigureBreakdown>;
  changePercent?: Maybe<Scalars['Float']['output']>;
  correctedById?: Maybe<Scalars['ID']['output']>;
  indicator: Indicator;
  note?: Maybe<Scalars['String']['output']>;
  periodStart?: Maybe<Scalars['String']['output']>;
  qualifier: Qualifier;
  quote: Scalars['String']['output'];
  scope?: Maybe<Scalars['String']['output']>;
  unit: Scalars['String']['output'];
  value: Scalars['Float']['output'];
  withdrawalReason?: Maybe<Scalars['String']['output']>;
  withdrawnAt?: Maybe<Scalars['String']['output']>;
};

/** A year's value in the history of an indicator. */
export type HistoryPoint = {
  __typename?: 'HistoryPoint';
  basis: ValueBasis;
  /** The share of a MEASURED value that demo records make (0 for a PUBLISHED one). */
  demoShare?: Maybe<Scalars['Float']['output']>;
  /** A baseline implied by a published growth rate, not published itself. */
  derived: Scalars['Boolean']['output'];
  /** True when the trend was fitted on this point: not a year after the last change of the registry. */
  evidence: Scalars['Boolean']['output'];
  /** The published figure a PUBLISHED point comes from, with its source and quote. */
  figure?: Maybe<Figure>;
  value: Scalars['Float']['output'];
  year: Scalars['Int']['output'];
};

/** Hospital grade of a medical institution (等级). */
export type HospitalGrade =
  | 'PRIMARY'
  | 'SECONDARY'
  | 'TERTIARY'
  | 'UNGRADED';

/**
 * An indicator of the national catalog. It is owned by the national subgraph, which resolves its
 * name, unit and definition; regional subgraphs only refer to it by code.
 */
export type Indicator = {
  __typename?: 'Indicator';
  code: Scalars['String']['output'];
};

export type Institution = {
  __typename?: 'Institution';
  /** The day it closed; null while it is active. Measures as of a later day leave it out. */
  closedOn?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['String']['output'];
  /** Unified social credit code (统一社会信用代码), 18 characters: public information, and the key an import matches institutions by. */
  creditCode?: Maybe<Scalars['String']['output']>;
  division: Division;
  /** Founding date, where known: a year, year-month or date. */
  foundedOn?: Maybe<Scalars['String']['output']>;
  /** Only for medical institutions. */
  grade?: Maybe<HospitalGrade>;
  id: Scalars['ID']['output'];
  kind: InstitutionKind;
  /** Official name, as published (usually Chinese). */
  name: Scalars['String']['output'];
  nameEn?: Maybe<Scalars['String']['output']>;
  /** Programmes the institution hosts. */
  programs: Array<Program>;
  provenance: Provenance;
  /** The sentence of the source that names the institution. */
  quote?: Maybe<Scalars['String']['output']>;
  serviceFields: Array<ServiceField>;
  socialWorkSetup?: Maybe<SocialWorkSetup>;
  /** When the institution started social work: a year, year-month or date. */
  socialWorkSince?: Maybe<Scalars['String']['output']>;
  socialWorkerCount: Scalars['Int']['output'];
  /** Social workers of the institution, oldest first. */
  socialWorkers: Array<SocialWorker>;
  /** The document a PUBLISHED record was taken from. */
  source?: Maybe<Source>;
  status: InstitutionStatus;
  updatedAt: Scalars['String']['output'];
  /** Incremented on every change; updates must carry the version they read. */
  version: Scalars['Int']['output'];
};


export type InstitutionProgramsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type InstitutionSocialWorkersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type InstitutionConnection = {
  __typename?: 'InstitutionConnection';
  edges: Array<InstitutionEdge>;
  pageInfo: PageInfo;
  /** All institutions that match the filter, not only this page. */
  totalCount: Scalars['Int']['output'];
  /** Whether the list and its count hold every record the filter matches, or the published ones only. */
  visibility: Visibility;
};

export type InstitutionEdge = {
  __typename?: 'InstitutionEdge';
  cursor: Scalars['String']['output'];
  node: Institution;
};

/** Every condition given must hold; a list matches any of its values. */
export type InstitutionFilter = {
  /** Prefecture city, exact name. */
  city?: InputMaybe<Scalars['String']['input']>;
  /** Part of the prefecture city's name: 南宁 finds 南宁市. */
  cityContains?: InputMaybe<Scalars['String']['input']>;
  /** County or district, exact name. */
  county?: InputMaybe<Scalars['String']['input']>;
  /** Unified social credit code, exact (in any case). */
  creditCode?: InputMaybe<Scalars['String']['input']>;
  grade?: InputMaybe<Array<HospitalGrade>>;
  kind?: InputMaybe<Array<InstitutionKind>>;
  /** Case-insensitive part of the name. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  provenance?: InputMaybe<Provenance>;
  serviceField?: InputMaybe<ServiceField>;
  status?: InputMaybe<InstitutionStatus>;
};

export type InstitutionInput = {
  city?: InputMaybe<Scalars['String']['input']>;
  county?: InputMaybe<Scalars['String']['input']>;
  /** Unified social credit code (统一社会信用代码): 18 characters ending in its check character. */
  creditCode?: InputMaybe<Scalars['String']['input']>;
  foundedOn?: InputMaybe<Scalars['String']['input']>;
  /** Only for medical kinds (hospitals, primary care, public health). */
  grade?: InputMaybe<HospitalGrade>;
  kind?: InputMaybe<InstitutionKind>;
  /** 1 to 200 characters. */
  name?: InputMaybe<Scalars['String']['input']>;
  nameEn?: InputMaybe<Scalars['String']['input']>;
  serviceFields?: InputMaybe<Array<ServiceField>>;
  socialWorkSetup?: InputMaybe<SocialWorkSetup>;
  /** A year, year-month or date: 2021, 2021-06 or 2021-06-30. */
  socialWorkSince?: InputMaybe<Scalars['String']['input']>;
  township?: InputMaybe<Scalars['String']['input']>;
};

/** What an institution is. */
export type InstitutionKind =
  /** A county or district named as a place where social work is delivered. */
  | 'COUNTY'
  /** County-level social work guidance centre. */
  | 'COUNTY_GUIDANCE_CENTRE'
  | 'FOUNDATION_OR_ASSOCIATION'
  | 'GENERAL_HOSPITAL'
  | 'GOVERNMENT_BODY'
  | 'OTHER'
  /** Community health centre, township hospital or clinic. */
  | 'PRIMARY_CARE'
  /** Disease control, maternal and child health or another public health body. */
  | 'PUBLIC_HEALTH'
  | 'SCHOOL'
  /** Social work service agency (社会工作服务机构). */
  | 'SOCIAL_WORK_AGENCY'
  /** Township or street social work station (乡镇（街道）社工站). */
  | 'SOCIAL_WORK_STATION'
  | 'SPECIALTY_HOSPITAL'
  /** Traditional Chinese medicine hospital. */
  | 'TCM_HOSPITAL'
  /** Training, practice or incubation base. */
  | 'TRAINING_BASE'
  | 'UNIVERSITY';

/** An institution as it was at a change (see Institution). */
export type InstitutionState = {
  __typename?: 'InstitutionState';
  closedOn?: Maybe<Scalars['String']['output']>;
  division: Division;
  foundedOn?: Maybe<Scalars['String']['output']>;
  grade?: Maybe<HospitalGrade>;
  kind: InstitutionKind;
  name: Scalars['String']['output'];
  nameEn?: Maybe<Scalars['String']['output']>;
  provenance: Provenance;
  quote?: Maybe<Scalars['String']['output']>;
  serviceFields: Array<ServiceField>;
  socialWorkSetup?: Maybe<SocialWorkSetup>;
  socialWorkSince?: Maybe<Scalars['String']['output']>;
  status: InstitutionStatus;
  version: Scalars['Int']['output'];
};

export type InstitutionStatus =
  | 'ACTIVE'
  /** Closed institutions stay in the registry; a record is never deleted. */
  | 'CLOSED';

/** An indicator computed from a registry's records. */
export type Measure = {
  __typename?: 'Measure';
  /** The day the registry was measured as of (YYYY-MM-DD); for a rate, the end of its population's year. */
  asOf?: Maybe<Scalars['String']['output']>;
  breakdown: Array<MeasureCell>;
  /** False when the registry's records cannot count this indicator. */
  computable: Scalars['Boolean']['output'];
  /**
   * The share (0 to 1) of the value that generated demo records make: of a count's records (or summed
   * amounts), of a ratio's denominator, of a rate's numerator (its population is published). A value
   * built on demo records is demo however it reads; null where nothing was counted.
   */
  demoShare?: Maybe<Scalars['Float']['output']>;
  /** Ratios: the records counted below the line. Rates per 10,000 residents: the published resident population. */
  denominator?: Maybe<Scalars['Float']['output']>;
  /**
   * Rates per 10,000 residents: the published year-end resident population the rate is taken over,
   * with its source and quote; null when none is published for the year.
   */
  denominatorFigure?: Maybe<Figure>;
  indicator: Indicator;
  numerator?: Maybe<Scalars['Float']['output']>;
  /**
   * Why the indicator is not computable, or why a computable one has no value (a rate per 10,000
   * residents without a published resident population for its year); for a rate, which year's
   * population it is taken over.
   */
  reason?: Maybe<Scalars['String']['output']>;
  /** For a flow, the first day its records were counted from (YYYY-MM-DD); null for the stock at `asOf`. */
  since?: Maybe<Scalars['String']['output']>;
  /**
   * How many of the records counted are counted from a day the registry inferred because their start
   * is not known (the date of the document that first names them, or the day they were recorded). For
   * a FLOW, how many programmes holding an amount were left out because their period is not known
   * (no start, or no end), so cannot be spread over the years. Null when not computable.
   */
  undatedRecords?: Maybe<Scalars['Int']['output']>;
  /** The count, or for a ratio the percentage numerator / denominator × 100. */
  value?: Maybe<Scalars['Float']['output']>;
};

/** One combination of dimension values and its part of the measure. */
export type MeasureCell = {
  __typename?: 'MeasureCell';
  /** As Measure.demoShare, for this cell. */
  demoShare?: Maybe<Scalars['Float']['output']>;
  denominator?: Maybe<Scalars['Float']['output']>;
  /** One key per requested dimension, in the order requested. */
  keys: Array<DimensionValue>;
  numerator?: Maybe<Scalars['Float']['output']>;
  /** True for the YEAR cell of a year not yet over: its value is to date (the day measured), not the year's. */
  toDate: Scalars['Boolean']['output'];
  value?: Maybe<Scalars['Float']['output']>;
};

/** A step on the way to a target. */
export type Milestone = {
  __typename?: 'Milestone';
  description: Scalars['String']['output'];
  quote?: Maybe<Scalars['String']['output']>;
  year: Scalars['Int']['output'];
};

export type MilestoneInput = {
  description: Scalars['String']['input'];
  quote?: InputMaybe<Scalars['String']['input']>;
  year: Scalars['Int']['input'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** A policy document that sets targets. */
export type Policy = {
  __typename?: 'Policy';
  id: Scalars['ID']['output'];
  issuedOn?: Maybe<Scalars['String']['output']>;
  issuers: Array<Scalars['String']['output']>;
  title: Scalars['String']['output'];
};

export type PolicyInput = {
  issuedOn?: InputMaybe<Scalars['String']['input']>;
  issuers: Array<Scalars['String']['input']>;
  title: Scalars['String']['input'];
};

export type Program = {
  __typename?: 'Program';
  /** Batch within the year or the programme, as published (for example 3 for 第三批). */
  batch?: Maybe<Scalars['String']['output']>;
  beneficiaries?: Maybe<Scalars['Int']['output']>;
  /** Participants in community services, in person-times (社区服务…人次). */
  communityServicePersonTimes?: Maybe<Scalars['Int']['output']>;
  /** Community activities held (社区活动…场), not their participants. */
  communityServices?: Maybe<Scalars['Int']['output']>;
  createdAt: Scalars['String']['output'];
  fundingYuan?: Maybe<Scalars['Float']['output']>;
  /** Participants in group work, in person-times (小组服务…人次). */
  groupServicePersonTimes?: Maybe<Scalars['Int']['output']>;
  /** Group work sessions held (小组活动…次), not their participants. */
  groupSessions?: Maybe<Scalars['Int']['output']>;
  hostInstitution?: Maybe<Institution>;
  id: Scalars['ID']['output'];
  /** Individual casework, in person-times (个案服务…人次). */
  individualCases?: Maybe<Scalars['Int']['output']>;
  kind: ProgramKind;
  name: Scalars['String']['output'];
  nameEn?: Maybe<Scalars['String']['output']>;
  /** The scheme this project belongs to. */
  parent?: Maybe<Program>;
  periodEnd?: Maybe<Scalars['String']['output']>;
  periodStart?: Maybe<Scalars['String']['output']>;
  provenance: Provenance;
  quote?: Maybe<Scalars['String']['output']>;
  role: ProgramRole;
  serviceFields: Array<ServiceField>;
  source?: Maybe<Source>;
  updatedAt: Scalars['String']['output'];
  version: Scalars['Int']['output'];
  year?: Maybe<Scalars['Int']['output']>;
};

export type ProgramConnection = {
  __typename?: 'ProgramConnection';
  edges: Array<ProgramEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
  /** Whether the list and its count hold every record the filter matches, or the published ones only. */
  visibility: Visibility;
};

export type ProgramEdge = {
  __typename?: 'ProgramEdge';
  cursor: Scalars['String']['output'];
  node: Program;
};

export type ProgramFilter = {
  hostInstitutionId?: InputMaybe<Scalars['ID']['input']>;
  kind?: InputMaybe<Array<ProgramKind>>;
  nameContains?: InputMaybe<Scalars['String']['input']>;
  provenance?: InputMaybe<Provenance>;
  serviceField?: InputMaybe<ServiceField>;
  year?: InputMaybe<Scalars['Int']['input']>;
};

export type ProgramInput = {
  batch?: InputMaybe<Scalars['String']['input']>;
  beneficiaries?: InputMaybe<Scalars['Int']['input']>;
  /** Participants in community services, in person-times (社区服务…人次). */
  communityServicePersonTimes?: InputMaybe<Scalars['Int']['input']>;
  /** Community activities held (社区活动…场), not their participants. */
  communityServices?: InputMaybe<Scalars['Int']['input']>;
  fundingYuan?: InputMaybe<Scalars['Float']['input']>;
  /** Participants in group work, in person-times (小组服务…人次). */
  groupServicePersonTimes?: InputMaybe<Scalars['Int']['input']>;
  /** Group work sessions held (小组活动…次), not their participants. */
  groupSessions?: InputMaybe<Scalars['Int']['input']>;
  hostInstitutionId?: InputMaybe<Scalars['ID']['input']>;
  /** Individual casework, in person-times (个案服务…人次). */
  individualCases?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<ProgramKind>;
  name?: InputMaybe<Scalars['String']['input']>;
  nameEn?: InputMaybe<Scalars['String']['input']>;
  periodEnd?: InputMaybe<Scalars['String']['input']>;
  periodStart?: InputMaybe<Scalars['String']['input']>;
  serviceFields?: InputMaybe<Array<ServiceField>>;
  year?: InputMaybe<Scalars['Int']['input']>;
};

export type ProgramKind =
  | 'CULTIVATION'
  | 'DEMONSTRATION'
  | 'DISPATCHED_WORKER'
  | 'GOVERNMENT_PURCHASED_SERVICE'
  | 'OTHER'
  | 'PILOT'
  /** Social workers stationed in an institution (驻点). */
  | 'RESIDENT_WORKER'
  | 'SUBSIDY'
  | 'TALENT_SUPPORT_PLAN'
  | 'TRAINING'
  | 'TRAINING_BASE';

/** What a programme record stands for. */
export type ProgramRole =
  /** A service project: what project counts count. */
  | 'PROJECT'
  /** A scheme that stands for a group of projects (the 25 demonstration projects of 2023); not itself one of them. */
  | 'SCHEME'
  /** A plan, manual, model, workshop or base that supports the work; not a service project. */
  | 'SUPPORT';

/** A programme as it was at a change (see Program). */
export type ProgramState = {
  __typename?: 'ProgramState';
  batch?: Maybe<Scalars['String']['output']>;
  beneficiaries?: Maybe<Scalars['Int']['output']>;
  communityServicePersonTimes?: Maybe<Scalars['Int']['output']>;
  communityServices?: Maybe<Scalars['Int']['output']>;
  fundingYuan?: Maybe<Scalars['Float']['output']>;
  groupServicePersonTimes?: Maybe<Scalars['Int']['output']>;
  groupSessions?: Maybe<Scalars['Int']['output']>;
  hostInstitutionId?: Maybe<Scalars['ID']['output']>;
  individualCases?: Maybe<Scalars['Int']['output']>;
  kind: ProgramKind;
  name: Scalars['String']['output'];
  nameEn?: Maybe<Scalars['String']['output']>;
  parentId?: Maybe<Scalars['ID']['output']>;
  periodEnd?: Maybe<Scalars['String']['output']>;
  periodStart?: Maybe<Scalars['String']['output']>;
  provenance: Provenance;
  quote?: Maybe<Scalars['String']['output']>;
  role: ProgramRole;
  serviceFields: Array<ServiceField>;
  version: Scalars['Int']['output'];
  year?: Maybe<Scalars['Int']['output']>;
};

/** Where a region stands toward one of its targets. */
export type Progress = {
  __typename?: 'Progress';
  /** When the value holds: the time of measuring, or the figure's date. */
  asOf?: Maybe<Scalars['String']['output']>;
  basis?: Maybe<ValueBasis>;
  /**
   * The share (0 to 1) of the value that demo records make: generated records, not real ones. 0 for a
   * published value; null without a value. A status judged on a value that is mostly demo is demo.
   */
  demoShare?: Maybe<Scalars['Float']['output']>;
  /** The published figure the value comes from, when it is PUBLISHED. */
  figure?: Maybe<Figure>;
  /** What is still missing to reach the target (0 once reached). */
  gap?: Maybe<Scalars['Float']['output']>;
  /** The registry's year-end values (MEASURED, one a year, the last as of today), published figures and baselines (PUBLISHED). */
  history: Array<HistoryPoint>;
  /**
   * Today's value carried on by the trend to the end of the target year, kept within what the value
   * can be (a coverage within 0–100 and not below today's, a count of everything placed not below
   * today's); null with fewer than two years of evidence.
   */
  projectedValue?: Maybe<Scalars['Float']['output']>;
  /** Which rule gave the status, with its numbers. */
  reason: StatusReason;
  /** Growth per year still needed, in the indicator's unit. */
  requiredAnnualGrowth?: Maybe<Scalars['Float']['output']>;
  /** Compound growth per year still needed, in percent. */
  requiredAnnualGrowthPercent?: Maybe<Scalars['Float']['output']>;
  /** True when half or more of the value judged is demo records: the status says nothing about the region. */
  restsMostlyOnDemo: Scalars['Boolean']['output'];
  status: TargetStatus;
  /** @deprecated English only: word `reason` in the reader's language. */
  statusReason: Scalars['String']['output'];
  /** Slope of the trend, per year: the median of the slopes between the years with evidence (Theil–Sen). */
  trendPerYear?: Maybe<Scalars['Float']['output']>;
  /** The current value: measured where the registry can count it, otherwise the latest reported figure. */
  value?: Maybe<Scalars['Float']['output']>;
  /** Years until the end of the target year; negative once it has passed. */
  yearsLeft: Scalars['Int']['output'];
};

/** Where a record comes from. */
export type Provenance =
  /** Generated demo data: not real. */
  | 'DEMO'
  /** Named or stated in a published source document. */
  | 'PUBLISHED'
  /** Registered by the region's own team. */
  | 'REGISTERED';

/**
 * How a published number is rounded, by the word the source prints beside it. Each stands for an
 * interval of values (`Figure.interval`), to the next step of the figure's last significant digit.
 */
export type Qualifier =
  /** 约, 左右 ("about"): within half a step either side, 约500 is [450, 550]. */
  | 'ABOUT'
  | 'APPROXIMATELY'
  /** 以上, 不少于: the value or more, with no upper end. */
  | 'AT_LEAST'
  | 'EXACT'
  /** 超, 逾 ("more than"): above the value, below the next step, 超9000 is (9,000, 10,000). */
  | 'MORE_THAN'
  /** 近 ("nearly"): short of the value by less than half a step, 近700万 is [6.5 M, 7 M). */
  | 'NEARLY'
  /** 余, 多 ("4,000-odd"): from the value up to the next step, 4000余 is [4,000, 5,000). */
  | 'ODD';

/**
 * What a record held at a change: its public fields as they were then, references as ids. Personal
 * data (a social worker's name and certificate number) only for the region's editors and admins.
 */
export type RecordState = FigureState | InstitutionState | ProgramState | SocialWorkerState | TargetState;

/** How a social worker came to the post. */
export type RecruitmentSource =
  | 'INTERNAL_TRANSFER'
  | 'PURCHASED_SERVICE'
  | 'RECRUITMENT';

/** Code of a region of the federation. */
export type RegionCode =
  /** Beijing (北京市) */
  | 'BJ'
  /** Guangxi (广西壮族自治区) */
  | 'GX'
  /** Ningxia (宁夏回族自治区) */
  | 'NX'
  /** Sichuan (四川省) */
  | 'SC'
  /** Tianjin (天津市) */
  | 'TJ'
  /** Xiong'an (雄安新区) */
  | 'XA';

/** The registry of a region (一个地区). */
export type RegionRegistry = Registry & {
  __typename?: 'RegionRegistry';
  /**
   * The feed of changes to the registry, oldest first, for consumers that pull: pass the page's
   * `lastId` as `after` while `hasMore` is true. Signed-in callers only.
   */
  changes?: Maybe<ChangeFeed>;
  /** The region's code. */
  code: RegionCode;
  /**
   * Every reported figure of an indicator the registry also measures, beside the measure of the same
   * scope (the part of a total, the programme it counts) as of the figure's own date: an exact figure
   * flagged where they disagree beyond the tolerance, a rounded one ("4,000-odd", "more than 9,000")
   * where the measure lies outside its interval. A cumulative figure ("since 2013") is beside the flow
   * measured from the start of its period (`measure(since:)`). A planned figure, a flow with no start
   * to its period, or a scope the registry cannot measure is listed with `compared: false` and why.
   */
  dataQuality?: Maybe<Array<DataQualityCheck>>;
  /** Figures published about the region, each with its source and the original sentence. */
  figures?: Maybe<Array<Figure>>;
  /** One institution by its id. */
  institution?: Maybe<Institution>;
  /**
   * Institutions registered in the region, newest last. Without a token, published records only: an
   * anonymous `totalCount` counts fewer than a measure, which counts every record (demo ones too, see
   * `Measure.demoShare`).
   */
  institutions?: Maybe<InstitutionConnection>;
  /**
   * The latest figure published for the whole indicator (not a part of it, such as one kind of
   * institution): the one to show beside the measure. Of two of the same date, the count now wins
   * over a count since some year. Null when none was published.
   */
  latestFigure?: Maybe<Figure>;
  /**
   * An indicator of the national catalog computed from the registry's records by the database, in
   * total and broken down by the given dimensions, as the registry stood at the end of a day (today
   * unless `asOf` says otherwise): a record counts when it started on or before that day and had not
   * ended or closed before it. A record whose start is not known counts from the earliest day the
   * registry knows it existed (the date of the document that names it, or the day it was recorded;
   * `Measure.undatedRecords`); one whose end is not known has not ended. With `since`, a count of
   * records counts every record that counted at any time from the start of `since` to the end of
   * `asOf` ("465 postings since 2013"). The YEAR dimension gives the series of year-end values.
   * An indicator the catalog calls a FLOW (`Indicator.stockOrFlow`: funding, cases, beneficiaries) is
   * an amount over a period instead, each programme's amount spread over its period by days: the
   * year to date of `asOf` without `since`, from the start of `since` to the end of `asOf` with it,
   * and each year's amount in a YEAR series. An indicator the registry cannot count comes back with
   * `computable: false` and no value. A rate per 10,000 residents (kind RATE) is the count at the end
   * of a year × 10,000 / that year's published year-end resident population (RESIDENT_POPULATION):
   * the latest year with one, or the year of `asOf`; it breaks down by YEAR only, with a value for
   * each year whose population is published and null for the others.
   */
  measure?: Maybe<Measure>;
  /** One programme by id. */
  program?: Maybe<Program>;
  /** Programmes and projects run in the region. Without a token, published records only, as for institutions. */
  programs?: Maybe<ProgramConnection>;
  /** One social worker by id. */
  socialWorker?: Maybe<SocialWorker>;
  /** Social workers registered in the region. Signed-in callers only; names and certificate numbers for the region's editors. */
  socialWorkers?: Maybe<SocialWorkerConnection>;
  /** Policy targets the region has set, with their milestones and policy documents. */
  targets?: Maybe<Array<Target>>;
};


/** The registry of a region (一个地区). */
export type RegionRegistryChangesArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  since?: InputMaybe<Scalars['String']['input']>;
};


/** The registry of a region (一个地区). */
export type RegionRegistryDataQualityArgs = {
  tolerancePercent?: InputMaybe<Scalars['Float']['input']>;
};


/** The registry of a region (一个地区). */
export type RegionRegistryFiguresArgs = {
  includeWithdrawn?: InputMaybe<Scalars['Boolean']['input']>;
  indicator?: InputMaybe<Scalars['String']['input']>;
};


/** The registry of a region (一个地区). */
export type RegionRegistryInstitutionArgs = {
  id: Scalars['ID']['input'];
};


/** The registry of a region (一个地区). */
export type RegionRegistryInstitutionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<InstitutionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The registry of a region (一个地区). */
export type RegionRegistryLatestFigureArgs = {
  indicator: Scalars['String']['input'];
};


/** The registry of a region (一个地区). */
export type RegionRegistryMeasureArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  by?: InputMaybe<Array<Dimension>>;
  from?: InputMaybe<Scalars['Int']['input']>;
  indicator: Scalars['String']['input'];
  since?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['Int']['input']>;
};


/** The registry of a region (一个地区). */
export type RegionRegistryProgramArgs = {
  id: Scalars['ID']['input'];
};


/** The registry of a region (一个地区). */
export type RegionRegistryProgramsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProgramFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The registry of a region (一个地区). */
export type RegionRegistrySocialWorkerArgs = {
  id: Scalars['ID']['input'];
};


/** The registry of a region (一个地区). */
export type RegionRegistrySocialWorkersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SocialWorkerFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The registry of a region (一个地区). */
export type RegionRegistryTargetsArgs = {
  includeWithdrawn?: InputMaybe<Scalars['Boolean']['input']>;
  indicator?: InputMaybe<Scalars['String']['input']>;
};

/**
 * A region's social work registry: its institutions, social workers and programmes, the figures
 * published about it and the policy targets it has set. Each region's subgraph owns its own registry.
 * Every field here is nullable so that a region that cannot answer nulls only its own fields in a
 * national query, never the whole answer.
 */
export type Registry = {
  /**
   * The feed of changes to the registry, oldest first, for consumers that pull: pass the page's
   * `lastId` as `after` while `hasMore` is true. Signed-in callers only.
   */
  changes?: Maybe<ChangeFeed>;
  /** The region's code. */
  code: RegionCode;
  /**
   * Every reported figure of an indicator the registry also measures, beside the measure of the same
   * scope (the part of a total, the programme it counts) as of the figure's own date: an exact figure
   * flagged where they disagree beyond the tolerance, a rounded one ("4,000-odd", "more than 9,000")
   * where the measure lies outside its interval. A cumulative figure ("since 2013") is beside the flow
   * measured from the start of its period (`measure(since:)`). A planned figure, a flow with no start
   * to its period, or a scope the registry cannot measure is listed with `compared: false` and why.
   */
  dataQuality?: Maybe<Array<DataQualityCheck>>;
  /** Figures published about the region, each with its source and the original sentence. */
  figures?: Maybe<Array<Figure>>;
  /** One institution by its id. */
  institution?: Maybe<Institution>;
  /**
   * Institutions registered in the region, newest last. Without a token, published records only: an
   * anonymous `totalCount` counts fewer than a measure, which counts every record (demo ones too, see
   * `Measure.demoShare`).
   */
  institutions?: Maybe<InstitutionConnection>;
  /**
   * The latest figure published for the whole indicator (not a part of it, such as one kind of
   * institution): the one to show beside the measure. Of two of the same date, the count now wins
   * over a count since some year. Null when none was published.
   */
  latestFigure?: Maybe<Figure>;
  /**
   * An indicator of the national catalog computed from the registry's records by the database, in
   * total and broken down by the given dimensions, as the registry stood at the end of a day (today
   * unless `asOf` says otherwise): a record counts when it started on or before that day and had not
   * ended or closed before it. A record whose start is not known counts from the earliest day the
   * registry knows it existed (the date of the document that names it, or the day it was recorded;
   * `Measure.undatedRecords`); one whose end is not known has not ended. With `since`, a count of
   * records counts every record that counted at any time from the start of `since` to the end of
   * `asOf` ("465 postings since 2013"). The YEAR dimension gives the series of year-end values.
   * An indicator the catalog calls a FLOW (`Indicator.stockOrFlow`: funding, cases, beneficiaries) is
   * an amount over a period instead, each programme's amount spread over its period by days: the
   * year to date of `asOf` without `since`, from the start of `since` to the end of `asOf` with it,
   * and each year's amount in a YEAR series. An indicator the registry cannot count comes back with
   * `computable: false` and no value. A rate per 10,000 residents (kind RATE) is the count at the end
   * of a year × 10,000 / that year's published year-end resident population (RESIDENT_POPULATION):
   * the latest year with one, or the year of `asOf`; it breaks down by YEAR only, with a value for
   * each year whose population is published and null for the others.
   */
  measure?: Maybe<Measure>;
  /** One programme by id. */
  program?: Maybe<Program>;
  /** Programmes and projects run in the region. Without a token, published records only, as for institutions. */
  programs?: Maybe<ProgramConnection>;
  /** One social worker by id. */
  socialWorker?: Maybe<SocialWorker>;
  /** Social workers registered in the region. Signed-in callers only; names and certificate numbers for the region's editors. */
  socialWorkers?: Maybe<SocialWorkerConnection>;
  /** Policy targets the region has set, with their milestones and policy documents. */
  targets?: Maybe<Array<Target>>;
};


/**
 * A region's social work registry: its institutions, social workers and programmes, the figures
 * published about it and the policy targets it has set. Each region's subgraph owns its own registry.
 * Every field here is nullable so that a region that cannot answer nulls only its own fields in a
 * national query, never the whole answer.
 */
export type RegistryChangesArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  since?: InputMaybe<Scalars['String']['input']>;
};


/**
 * A region's social work registry: its institutions, social workers and programmes, the figures
 * published about it and the policy targets it has set. Each region's subgraph owns its own registry.
 * Every field here is nullable so that a region that cannot answer nulls only its own fields in a
 * national query, never the whole answer.
 */
export type RegistryDataQualityArgs = {
  tolerancePercent?: InputMaybe<Scalars['Float']['input']>;
};


/**
 * A region's social work registry: its institutions, social workers and programmes, the figures
 * published about it and the policy targets it has set. Each region's subgraph owns its own registry.
 * Every field here is nullable so that a region that cannot answer nulls only its own fields in a
 * national query, never the whole answer.
 */
export type RegistryFiguresArgs = {
  includeWithdrawn?: InputMaybe<Scalars['Boolean']['input']>;
  indicator?: InputMaybe<Scalars['String']['input']>;
};


/**
 * A region's social work registry: its institutions, social workers and programmes, the figures
 * published about it and the policy targets it has set. Each region's subgraph owns its own registry.
 * Every field here is nullable so that a region that cannot answer nulls only its own fields in a
 * national query, never the whole answer.
 */
export type RegistryInstitutionArgs = {
  id: Scalars['ID']['input'];
};


/**
 * A region's social work registry: its institutions, social workers and programmes, the figures
 * published about it and the policy targets it has set. Each region's subgraph owns its own registry.
 * Every field here is nullable so that a region that cannot answer nulls only its own fields in a
 * national query, never the whole answer.
 */
export type RegistryInstitutionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<InstitutionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A region's social work registry: its institutions, social workers and programmes, the figures
 * published about it and the policy targets it has set. Each region's subgraph owns its own registry.
 * Every field here is nullable so that a region that cannot answer nulls only its own fields in a
 * national query, never the whole answer.
 */
export type RegistryLatestFigureArgs = {
  indicator: Scalars['String']['input'];
};


/**
 * A region's social work registry: its institutions, social workers and programmes, the figures
 * published about it and the policy targets it has set. Each region's subgraph owns its own registry.
 * Every field here is nullable so that a region that cannot answer nulls only its own fields in a
 * national query, never the whole answer.
 */
export type RegistryMeasureArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  by?: InputMaybe<Array<Dimension>>;
  from?: InputMaybe<Scalars['Int']['input']>;
  indicator: Scalars['String']['input'];
  since?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A region's social work registry: its institutions, social workers and programmes, the figures
 * published about it and the policy targets it has set. Each region's subgraph owns its own registry.
 * Every field here is nullable so that a region that cannot answer nulls only its own fields in a
 * national query, never the whole answer.
 */
export type RegistryProgramArgs = {
  id: Scalars['ID']['input'];
};


/**
 * A region's social work registry: its institutions, social workers and programmes, the figures
 * published about it and the policy targets it has set. Each region's subgraph owns its own registry.
 * Every field here is nullable so that a region that cannot answer nulls only its own fields in a
 * national query, never the whole answer.
 */
export type RegistryProgramsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProgramFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A region's social work registry: its institutions, social workers and programmes, the figures
 * published about it and the policy targets it has set. Each region's subgraph owns its own registry.
 * Every field here is nullable so that a region that cannot answer nulls only its own fields in a
 * national query, never the whole answer.
 */
export type RegistrySocialWorkerArgs = {
  id: Scalars['ID']['input'];
};


/**
 * A region's social work registry: its institutions, social workers and programmes, the figures
 * published about it and the policy targets it has set. Each region's subgraph owns its own registry.
 * Every field here is nullable so that a region that cannot answer nulls only its own fields in a
 * national query, never the whole answer.
 */
export type RegistrySocialWorkersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SocialWorkerFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A region's social work registry: its institutions, social workers and programmes, the figures
 * published about it and the policy targets it has set. Each region's subgraph owns its own registry.
 * Every field here is nullable so that a region that cannot answer nulls only its own fields in a
 * national query, never the whole answer.
 */
export type RegistryTargetsArgs = {
  includeWithdrawn?: InputMaybe<Scalars['Boolean']['input']>;
  indicator?: InputMaybe<Scalars['String']['input']>;
};

/**
 * The writes of a region's registry, under the root mutation field named after the region
 * (`mutation { guangxi { createInstitution(...) { id version } } }`). Only the region's editors and
 * admins may write. Each write runs in one transaction with its audit record: all or nothing. Updates
 * carry the `version` that was read, and a stale one is a CONFLICT that changes nothing. A write
 * retried with the same `idempotencyKey` returns the first result and writes nothing again.
 */
export type RegistryMutations = {
  __typename?: 'RegistryMutations';
  /**
   * Closes an institution: its status becomes CLOSED and `closedOn` the day it closed. Records are never
   * deleted; measures as of a date before that day still count it.
   */
  closeInstitution: Institution;
  /**
   * Corrects a figure: records the corrected one (as `recordFigure`) and withdraws this one, pointing
   * to it, in one write. Nothing is deleted.
   */
  correctFigure: Figure;
  /** Registers an institution; `name` and `kind` are required. */
  createInstitution: Institution;
  /** Creates a programme; `name` and `kind` are required. */
  createProgram: Program;
  /** Records a newly published figure with its source and original sentence. */
  recordFigure: Figure;
  /** Registers a social worker; `name` is required. */
  registerSocialWorker: SocialWorker;
  /**
   * Reopens a closed institution (closed by mistake, or open again): its status becomes ACTIVE and
   * `closedOn` is cleared, so that measures count it at every date from its founding again. The
   * closing stays in the audit and the change feed.
   */
  reopenInstitution: Institution;
  /** Sets a new target (without `id`) or revises one (with `id` and the `version` read). */
  setTarget: Target;
  /** Moves a social worker to another active institution of the same region. */
  transferSocialWorker: SocialWorker;
  /** Changes the given fields; omitted fields keep their values. */
  updateInstitution: Institution;
  updateProgram: Program;
  updateSocialWorker: SocialWorker;
  /** Withdraws a figure recorded in error: it is kept, with the reason, but lists, histories and data quality leave it out. */
  withdrawFigure: Figure;
  /** Withdraws a target set in error or abandoned: it is kept, with the reason, but no longer listed or compared. */
  withdrawTarget: Target;
};


/**
 * The writes of a region's registry, under the root mutation field named after the region
 * (`mutation { guangxi { createInstitution(...) { id version } } }`). Only the region's editors and
 * admins may write. Each write runs in one transaction with its audit record: all or nothing. Updates
 * carry the `version` that was read, and a stale one is a CONFLICT that changes nothing. A write
 * retried with the same `idempotencyKey` returns the first result and writes nothing again.
 */
export type RegistryMutationsCloseInstitutionArgs = {
  closedOn?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};


/**
 * The writes of a region's registry, under the root mutation field named after the region
 * (`mutation { guangxi { createInstitution(...) { id version } } }`). Only the region's editors and
 * admins may write. Each write runs in one transaction with its audit record: all or nothing. Updates
 * carry the `version` that was read, and a stale one is a CONFLICT that changes nothing. A write
 * retried with the same `idempotencyKey` returns the first result and writes nothing again.
 */
export type RegistryMutationsCorrectFigureArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: FigureInput;
  reason: Scalars['String']['input'];
};


/**
 * The writes of a region's registry, under the root mutation field named after the region
 * (`mutation { guangxi { createInstitution(...) { id version } } }`). Only the region's editors and
 * admins may write. Each write runs in one transaction with its audit record: all or nothing. Updates
 * carry the `version` that was read, and a stale one is a CONFLICT that changes nothing. A write
 * retried with the same `idempotencyKey` returns the first result and writes nothing again.
 */
export type RegistryMutationsCreateInstitutionArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: InstitutionInput;
};


/**
 * The writes of a region's registry, under the root mutation field named after the region
 * (`mutation { guangxi { createInstitution(...) { id version } } }`). Only the region's editors and
 * admins may write. Each write runs in one transaction with its audit record: all or nothing. Updates
 * carry the `version` that was read, and a stale one is a CONFLICT that changes nothing. A write
 * retried with the same `idempotencyKey` returns the first result and writes nothing again.
 */
export type RegistryMutationsCreateProgramArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: ProgramInput;
};


/**
 * The writes of a region's registry, under the root mutation field named after the region
 * (`mutation { guangxi { createInstitution(...) { id version } } }`). Only the region's editors and
 * admins may write. Each write runs in one transaction with its audit record: all or nothing. Updates
 * carry the `version` that was read, and a stale one is a CONFLICT that changes nothing. A write
 * retried with the same `idempotencyKey` returns the first result and writes nothing again.
 */
export type RegistryMutationsRecordFigureArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: FigureInput;
};


/**
 * The writes of a region's registry, under the root mutation field named after the region
 * (`mutation { guangxi { createInstitution(...) { id version } } }`). Only the region's editors and
 * admins may write. Each write runs in one transaction with its audit record: all or nothing. Updates
 * carry the `version` that was read, and a stale one is a CONFLICT that changes nothing. A write
 * retried with the same `idempotencyKey` returns the first result and writes nothing again.
 */
export type RegistryMutationsRegisterSocialWorkerArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: SocialWorkerInput;
};


/**
 * The writes of a region's registry, under the root mutation field named after the region
 * (`mutation { guangxi { createInstitution(...) { id version } } }`). Only the region's editors and
 * admins may write. Each write runs in one transaction with its audit record: all or nothing. Updates
 * carry the `version` that was read, and a stale one is a CONFLICT that changes nothing. A write
 * retried with the same `idempotencyKey` returns the first result and writes nothing again.
 */
export type RegistryMutationsReopenInstitutionArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};


/**
 * The writes of a region's registry, under the root mutation field named after the region
 * (`mutation { guangxi { createInstitution(...) { id version } } }`). Only the region's editors and
 * admins may write. Each write runs in one transaction with its audit record: all or nothing. Updates
 * carry the `version` that was read, and a stale one is a CONFLICT that changes nothing. A write
 * retried with the same `idempotencyKey` returns the first result and writes nothing again.
 */
export type RegistryMutationsSetTargetArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: TargetInput;
  version?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The writes of a region's registry, under the root mutation field named after the region
 * (`mutation { guangxi { createInstitution(...) { id version } } }`). Only the region's editors and
 * admins may write. Each write runs in one transaction with its audit record: all or nothing. Updates
 * carry the `version` that was read, and a stale one is a CONFLICT that changes nothing. A write
 * retried with the same `idempotencyKey` returns the first result and writes nothing again.
 */
export type RegistryMutationsTransferSocialWorkerArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  institutionId: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


/**
 * The writes of a region's registry, under the root mutation field named after the region
 * (`mutation { guangxi { createInstitution(...) { id version } } }`). Only the region's editors and
 * admins may write. Each write runs in one transaction with its audit record: all or nothing. Updates
 * carry the `version` that was read, and a stale one is a CONFLICT that changes nothing. A write
 * retried with the same `idempotencyKey` returns the first result and writes nothing again.
 */
export type RegistryMutationsUpdateInstitutionArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: InstitutionInput;
  version: Scalars['Int']['input'];
};


/**
 * The writes of a region's registry, under the root mutation field named after the region
 * (`mutation { guangxi { createInstitution(...) { id version } } }`). Only the region's editors and
 * admins may write. Each write runs in one transaction with its audit record: all or nothing. Updates
 * carry the `version` that was read, and a stale one is a CONFLICT that changes nothing. A write
 * retried with the same `idempotencyKey` returns the first result and writes nothing again.
 */
export type RegistryMutationsUpdateProgramArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: ProgramInput;
  version: Scalars['Int']['input'];
};


/**
 * The writes of a region's registry, under the root mutation field named after the region
 * (`mutation { guangxi { createInstitution(...) { id version } } }`). Only the region's editors and
 * admins may write. Each write runs in one transaction with its audit record: all or nothing. Updates
 * carry the `version` that was read, and a stale one is a CONFLICT that changes nothing. A write
 * retried with the same `idempotencyKey` returns the first result and writes nothing again.
 */
export type RegistryMutationsUpdateSocialWorkerArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: SocialWorkerInput;
  version: Scalars['Int']['input'];
};


/**
 * The writes of a region's registry, under the root mutation field named after the region
 * (`mutation { guangxi { createInstitution(...) { id version } } }`). Only the region's editors and
 * admins may write. Each write runs in one transaction with its audit record: all or nothing. Updates
 * carry the `version` that was read, and a stale one is a CONFLICT that changes nothing. A write
 * retried with the same `idempotencyKey` returns the first result and writes nothing again.
 */
export type RegistryMutationsWithdrawFigureArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  reason: Scalars['String']['input'];
};


/**
 * The writes of a region's registry, under the root mutation field named after the region
 * (`mutation { guangxi { createInstitution(...) { id version } } }`). Only the region's editors and
 * admins may write. Each write runs in one transaction with its audit record: all or nothing. Updates
 * carry the `version` that was read, and a stale one is a CONFLICT that changes nothing. A write
 * retried with the same `idempotencyKey` returns the first result and writes nothing again.
 */
export type RegistryMutationsWithdrawTargetArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  reason: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};

/**
 * Fields of social work service: the ten of Sichuan's 2025 plan plus rural revitalisation and
 * relocation resettlement.
 */
export type ServiceField =
  | 'CHILDREN'
  | 'COMMUNITY_CORRECTION'
  | 'DISASTER'
  | 'DRUG_REHABILITATION'
  | 'ELDERLY'
  | 'MEDICAL'
  | 'NEW_EMPLOYMENT_GROUPS'
  | 'PETITIONS'
  | 'RELOCATION_RESETTLEMENT'
  | 'RURAL_REVITALISATION'
  | 'SCHOOL'
  | 'WOMEN';

/** How an institution has organised social work. */
export type SocialWorkSetup =
  /** A dedicated social work department. */
  | 'DEPARTMENT'
  | 'NONE'
  /** Social work posts without a department. */
  | 'POSTS';

export type SocialWorker = {
  __typename?: 'SocialWorker';
  certificateLevel: CertificateLevel;
  /** Personal data. */
  certificateNumber?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['String']['output'];
  employment?: Maybe<Employment>;
  /** Last day of work; null while the worker is in post. */
  endedOn?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  institution?: Maybe<Institution>;
  /** Personal data. */
  name?: Maybe<Scalars['String']['output']>;
  /** The programme that placed the worker (a dispatch posting), if any. */
  program?: Maybe<Program>;
  provenance: Provenance;
  recruitmentSource?: Maybe<RecruitmentSource>;
  serviceFields: Array<ServiceField>;
  /** First day of work; null when not known. */
  startedOn?: Maybe<Scalars['String']['output']>;
  supervisorRank?: Maybe<SupervisorRank>;
  updatedAt: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type SocialWorkerConnection = {
  __typename?: 'SocialWorkerConnection';
  edges: Array<SocialWorkerEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
  /** Always ALL: social workers are listed to signed-in callers only. */
  visibility: Visibility;
};

export type SocialWorkerEdge = {
  __typename?: 'SocialWorkerEdge';
  cursor: Scalars['String']['output'];
  node: SocialWorker;
};

export type SocialWorkerFilter = {
  certificateLevel?: InputMaybe<Array<CertificateLevel>>;
  /** Prefecture city of the worker's institution. */
  city?: InputMaybe<Scalars['String']['input']>;
  /** County of the worker's institution. */
  county?: InputMaybe<Scalars['String']['input']>;
  employment?: InputMaybe<Array<Employment>>;
  institutionId?: InputMaybe<Scalars['ID']['input']>;
  /** Case-insensitive part of the name (editors of the region only). */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  provenance?: InputMaybe<Provenance>;
  serviceField?: InputMaybe<ServiceField>;
};

export type SocialWorkerInput = {
  certificateLevel?: InputMaybe<CertificateLevel>;
  /** Personal data: 6 to 40 capital letters, digits or hyphens; only with a certificate level. */
  certificateNumber?: InputMaybe<Scalars['String']['input']>;
  employment?: InputMaybe<Employment>;
  endedOn?: InputMaybe<Scalars['String']['input']>;
  /** An active institution of the same region. */
  institutionId?: InputMaybe<Scalars['ID']['input']>;
  /** Personal data, 1 to 100 characters. */
  name?: InputMaybe<Scalars['String']['input']>;
  recruitmentSource?: InputMaybe<RecruitmentSource>;
  serviceFields?: InputMaybe<Array<ServiceField>>;
  /** A date, 2024-03-01. */
  startedOn?: InputMaybe<Scalars['String']['input']>;
  supervisorRank?: InputMaybe<SupervisorRank>;
};

/** A social worker as it was at a change (see SocialWorker). */
export type SocialWorkerState = {
  __typename?: 'SocialWorkerState';
  certificateLevel: CertificateLevel;
  /** Personal data: null for readers without the right. */
  certificateNumber?: Maybe<Scalars['String']['output']>;
  employment?: Maybe<Employment>;
  endedOn?: Maybe<Scalars['String']['output']>;
  institutionId?: Maybe<Scalars['ID']['output']>;
  /** Personal data: null for readers without the right. */
  name?: Maybe<Scalars['String']['output']>;
  programId?: Maybe<Scalars['ID']['output']>;
  provenance: Provenance;
  recruitmentSource?: Maybe<RecruitmentSource>;
  serviceFields: Array<ServiceField>;
  startedOn?: Maybe<Scalars['String']['output']>;
  supervisorRank?: Maybe<SupervisorRank>;
  version: Scalars['Int']['output'];
};

/** A published document (one article of a newspaper page, a policy text, or a statistical communiqué). */
export type Source = {
  __typename?: 'Source';
  /** File name of the source document in the collection of seeds; null for a page read on the web (see `url`). */
  document?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** How missing details (a date, a title) were established, and where a page read is not the publisher's own. */
  note?: Maybe<Scalars['String']['output']>;
  /** A year, year-month or date. */
  publishedOn?: Maybe<Scalars['String']['output']>;
  publisher?: Maybe<Scalars['String']['output']>;
  /** Outlet the article was reprinted from, where the page says so. */
  reprintedFrom?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  /** The address of the page the source was read at: the publisher's own, or a reprint (the note says which). Null for a document of the collection of seeds. */
  url?: Maybe<Scalars['String']['output']>;
};

/** A source document: an existing one by `id`, or a new one with at least `title` and `document`. */
export type SourceInput = {
  /** A document of the collection of seeds; a new source gives it, or its `url`, or both. */
  document?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
  publishedOn?: InputMaybe<Scalars['String']['input']>;
  publisher?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  /** The address (http or https) of the page the source was read at. */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** A status rule with the numbers it was applied to. */
export type StatusReason = {
  __typename?: 'StatusReason';
  code: StatusReasonCode;
  projectedValue?: Maybe<Scalars['Float']['output']>;
  /** The first year whose value reached the threshold; null while none has. */
  reachedYear?: Maybe<Scalars['Int']['output']>;
  targetValue: Scalars['Float']['output'];
  targetYear: Scalars['Int']['output'];
  /** The value that counts as reaching the target: all of it, or the basic share of it. */
  threshold: Scalars['Float']['output'];
  tolerancePercent: Scalars['Float']['output'];
  /** The years the trend was fitted on. */
  trendYears: Array<Scalars['Int']['output']>;
  value?: Maybe<Scalars['Float']['output']>;
};

/** Which status rule applied; each code is worded by the client in its own language. */
export type StatusReasonCode =
  /** Not reached, and the evidence holds a single year: no trend to project. */
  | 'NO_TREND'
  /** No measured value and no published figure. */
  | 'NO_VALUE'
  /** The trend falls short by more than `tolerancePercent` of the target. */
  | 'PROJECTED_SHORT'
  /** The trend falls short by at most `tolerancePercent` of the target. */
  | 'PROJECTED_SHORT_WITHIN_TOLERANCE'
  /** The trend reaches the target by the target year. */
  | 'PROJECTED_TO_REACH'
  /** The value has reached the threshold of a target to be reached basically, not the target itself. */
  | 'TARGET_BASICALLY_REACHED'
  /** The value has reached the target. */
  | 'TARGET_REACHED'
  /** The value reached the threshold after the target year (`reachedYear`). */
  | 'TARGET_REACHED_LATE'
  /** The target year has passed short of the target. */
  | 'TARGET_YEAR_PASSED';

export type SupervisorRank =
  | 'ASSISTANT_SUPERVISOR'
  | 'SUPERVISOR'
  | 'SUPERVISOR_MENTOR';

/** A target a region has set for an indicator. */
export type Target = {
  __typename?: 'Target';
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  indicator: Indicator;
  milestones: Array<Milestone>;
  policy?: Maybe<Policy>;
  /** Where the region stands toward the target now, and whether it will get there. */
  progress: Progress;
  qualifier: TargetQualifier;
  quote?: Maybe<Scalars['String']['output']>;
  /** Null when the target counts the whole indicator. */
  scope?: Maybe<TargetScope>;
  source?: Maybe<Source>;
  targetValue: Scalars['Float']['output'];
  targetYear: Scalars['Int']['output'];
  unit: Scalars['String']['output'];
  version: Scalars['Int']['output'];
  withdrawalReason?: Maybe<Scalars['String']['output']>;
  /** When the target was withdrawn (ISO 8601); null while it stands. A withdrawn target is kept but read nowhere. */
  withdrawnAt?: Maybe<Scalars['String']['output']>;
};

export type TargetInput = {
  description: Scalars['String']['input'];
  /** Omit to set a new target; give it, with `version`, to revise one. */
  id?: InputMaybe<Scalars['ID']['input']>;
  indicator: Scalars['String']['input'];
  milestones?: InputMaybe<Array<MilestoneInput>>;
  policy?: InputMaybe<PolicyInput>;
  quote?: InputMaybe<Scalars['String']['input']>;
  /** As the catalog's kind says: a percentage from 0 to 100, a count whole and not negative, an amount not negative. */
  targetValue: Scalars['Float']['input'];
  targetYear: Scalars['Int']['input'];
  /** The catalog's unit of the indicator; may be left out. Any other unit is refused. */
  unit?: InputMaybe<Scalars['String']['input']>;
};

/** How firmly a target's value is to be reached. */
export type TargetQualifier =
  /** The policy aims to reach it basically (基本实现): nearly, not to the last unit. */
  | 'BASICALLY'
  | 'EXACT';

/**
 * Fewer records than the whole indicator, as the target's policy counts them: a programme's own
 * records (its postings and counties, its pilot units), or some kinds of institution.
 */
export type TargetScope = {
  __typename?: 'TargetScope';
  /** Only institutions of these kinds; empty when the kind is not limited. */
  kinds: Array<InstitutionKind>;
  /** Only the records of this programme and the projects under it. */
  program?: Maybe<Program>;
};

/** A target as it was at a change (see Target). */
export type TargetState = {
  __typename?: 'TargetState';
  description: Scalars['String']['output'];
  indicator: Indicator;
  milestones: Array<Milestone>;
  /** The policy the target comes from, by its id. */
  policyId?: Maybe<Scalars['ID']['output']>;
  qualifier: TargetQualifier;
  quote?: Maybe<Scalars['String']['output']>;
  /** The institution kinds the target is scoped to; empty when not limited. */
  scopeKinds: Array<InstitutionKind>;
  /** The programme the target is scoped to, if any. */
  scopeProgramId?: Maybe<Scalars['ID']['output']>;
  targetValue: Scalars['Float']['output'];
  targetYear: Scalars['Int']['output'];
  unit: Scalars['String']['output'];
  version: Scalars['Int']['output'];
  withdrawalReason?: Maybe<Scalars['String']['output']>;
  withdrawnAt?: Maybe<Scalars['String']['output']>;
};

/**
 * Status of a target. The threshold is the target, or for a target to be reached basically (基本实现)
 * the catalog's share of it (90% unless the indicator sets another; `StatusReason.threshold`). The rules, in this order: NO_DATA without
 * any value; ACHIEVED when the value has reached the threshold in or before the target year,
 * ACHIEVED_LATE when after it; OFF_TRACK when the target year has passed; AT_RISK when the evidence
 * holds a single year; otherwise the trend (Theil–Sen slope of the years with evidence) carried on
 * from today's value to the target year: ON_TRACK at or above the threshold, AT_RISK short of it by
 * at most 10%, OFF_TRACK beyond. A planned or announced figure is never a value.
 */
export type TargetStatus =
  | 'ACHIEVED'
  /** The threshold was reached, but after the target year. */
  | 'ACHIEVED_LATE'
  | 'AT_RISK'
  | 'NO_DATA'
  | 'OFF_TRACK'
  | 'ON_TRACK';

/** Whether a value was counted from the registry or taken from a published figure. */
export type ValueBasis =
  | 'MEASURED'
  | 'PUBLISHED';

/** The values a published figure allows, from its qualifier. A null end is open. */
export type ValueInterval = {
  __typename?: 'ValueInterval';
  lower?: Maybe<Scalars['Float']['output']>;
  lowerInclusive: Scalars['Boolean']['output'];
  upper?: Maybe<Scalars['Float']['output']>;
  upperInclusive: Scalars['Boolean']['output'];
};

/** Which records a list and its totalCount hold for the caller. */
export type Visibility =
  /** Every record the filter matches. */
  | 'ALL'
  /**
   * Published records only: the caller is anonymous, and demo and registered records are left out.
   * A signed-in caller (an analyst's token) sees every record.
   */
  | 'PUBLISHED_ONLY';



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  RegionRegistry: RegionRegistry;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  RegionRegistry:
    ( { __typename: 'RegionRegistry' }
    & GraphQLRecursivePick<FederationTypes['RegionRegistry'], {"code":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Baseline: ResolverTypeWrapper<Baseline>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  CertificateLevel: CertificateLevel;
  Change: ResolverTypeWrapper<Omit<Change, 'after' | 'before'> & { after: ResolversTypes['RecordState'], before?: Maybe<ResolversTypes['RecordState']> }>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ChangeFeed: ResolverTypeWrapper<Omit<ChangeFeed, 'changes'> & { changes: Array<ResolversTypes['Change']> }>;
  DataQualityCheck: ResolverTypeWrapper<Omit<DataQualityCheck, 'figure'> & { figure: ResolversTypes['Figure'] }>;
  Dimension: Dimension;
  DimensionValue: ResolverTypeWrapper<DimensionValue>;
  Division: ResolverTypeWrapper<Division>;
  Employment: Employment;
  Figure: ResolverTypeWrapper<FigureRow>;
  FigureBreakdown: ResolverTypeWrapper<FigureBreakdown>;
  FigureBreakdownInput: FigureBreakdownInput;
  FigureInput: FigureInput;
  FigureKind: FigureKind;
  FigureState: ResolverTypeWrapper<FigureState>;
  HistoryPoint: ResolverTypeWrapper<HistoryPointValue>;
  HospitalGrade: HospitalGrade;
  Indicator: ResolverTypeWrapper<Indicator>;
  Institution: ResolverTypeWrapper<InstitutionRow>;
  InstitutionConnection: ResolverTypeWrapper<InstitutionPage>;
  InstitutionEdge: ResolverTypeWrapper<InstitutionEdgeValue>;
  InstitutionFilter: InstitutionFilter;
  InstitutionInput: InstitutionInput;
  InstitutionKind: InstitutionKind;
  InstitutionState: ResolverTypeWrapper<InstitutionState>;
  InstitutionStatus: InstitutionStatus;
  Measure: ResolverTypeWrapper<Omit<Measure, 'denominatorFigure'> & { denominatorFigure?: Maybe<ResolversTypes['Figure']> }>;
  MeasureCell: ResolverTypeWrapper<MeasureCell>;
  Milestone: ResolverTypeWrapper<Milestone>;
  MilestoneInput: MilestoneInput;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Policy: ResolverTypeWrapper<Policy>;
  PolicyInput: PolicyInput;
  Program: ResolverTypeWrapper<ProgramRow>;
  ProgramConnection: ResolverTypeWrapper<ProgramPage>;
  ProgramEdge: ResolverTypeWrapper<ProgramEdgeValue>;
  ProgramFilter: ProgramFilter;
  ProgramInput: ProgramInput;
  ProgramKind: ProgramKind;
  ProgramRole: ProgramRole;
  ProgramState: ResolverTypeWrapper<ProgramState>;
  Progress: ResolverTypeWrapper<Omit<Progress, 'figure' | 'history'> & { figure?: Maybe<ResolversTypes['Figure']>, history: Array<ResolversTypes['HistoryPoint']> }>;
  Provenance: Provenance;
  Qualifier: Qualifier;
  RecordState: ResolverTypeWrapper<RecordStateValue>;
  RecruitmentSource: RecruitmentSource;
  RegionCode: RegionCode;
  RegionRegistry: ResolverTypeWrapper<RegistryRef>;
  Registry: ResolverTypeWrapper<RegistryRef>;
  RegistryMutations: ResolverTypeWrapper<Omit<RegistryMutations, 'closeInstitution' | 'correctFigure' | 'createInstitution' | 'createProgram' | 'recordFigure' | 'registerSocialWorker' | 'reopenInstitution' | 'setTarget' | 'transferSocialWorker' | 'updateInstitution' | 'updateProgram' | 'updateSocialWorker' | 'withdrawFigure' | 'withdrawTarget'> & { closeInstitution: ResolversTypes['Institution'], correctFigure: ResolversTypes['Figure'], createInstitution: ResolversTypes['Institution'], createProgram: ResolversTypes['Program'], recordFigure: ResolversTypes['Figure'], registerSocialWorker: ResolversTypes['SocialWorker'], reopenInstitution: ResolversTypes['Institution'], setTarget: ResolversTypes['Target'], transferSocialWorker: ResolversTypes['SocialWorker'], updateInstitution: ResolversTypes['Institution'], updateProgram: ResolversTypes['Program'], updateSocialWorker: ResolversTypes['SocialWorker'], withdrawFigure: ResolversTypes['Figure'], withdrawTarget: ResolversTypes['Target'] }>;
  ServiceField: ServiceField;
  SocialWorkSetup: SocialWorkSetup;
  SocialWorker: ResolverTypeWrapper<SocialWorkerRow>;
  SocialWorkerConnection: ResolverTypeWrapper<SocialWorkerPage>;
  SocialWorkerEdge: ResolverTypeWrapper<SocialWorkerEdgeValue>;
  SocialWorkerFilter: SocialWorkerFilter;
  SocialWorkerInput: SocialWorkerInput;
  SocialWorkerState: ResolverTypeWrapper<SocialWorkerState>;
  Source: ResolverTypeWrapper<SourceRow>;
  SourceInput: SourceInput;
  StatusReason: ResolverTypeWrapper<StatusReason>;
  StatusReasonCode: StatusReasonCode;
  SupervisorRank: SupervisorRank;
  Target: ResolverTypeWrapper<TargetRow>;
  TargetInput: TargetInput;
  TargetQualifier: TargetQualifier;
  TargetScope: ResolverTypeWrapper<TargetRow>;
  TargetState: ResolverTypeWrapper<TargetState>;
  TargetStatus: TargetStatus;
  ValueBasis: ValueBasis;
  ValueInterval: ResolverTypeWrapper<ValueInterval>;
  Visibility: Visibility;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Baseline: Baseline;
  Float: Scalars['Float']['output'];
  Int: Scalars['Int']['output'];
  Change: Omit<Change, 'after' | 'before'> & { after: ResolversParentTypes['RecordState'], before?: Maybe<ResolversParentTypes['RecordState']> };
  ID: Scalars['ID']['output'];
  ChangeFeed: Omit<ChangeFeed, 'changes'> & { changes: Array<ResolversParentTypes['Change']> };
  DataQualityCheck: Omit<DataQualityCheck, 'figure'> & { figure: ResolversParentTypes['Figure'] };
  DimensionValue: DimensionValue;
  Division: Division;
  Figure: FigureRow;
  FigureBreakdown: FigureBreakdown;
  FigureBreakdownInput: FigureBreakdownInput;
  FigureInput: FigureInput;
  FigureState: FigureState;
  HistoryPoint: HistoryPointValue;
  Indicator: Indicator;
  Institution: InstitutionRow;
  InstitutionConnection: InstitutionPage;
  InstitutionEdge: InstitutionEdgeValue;
  InstitutionFilter: InstitutionFilter;
  InstitutionInput: InstitutionInput;
  InstitutionState: InstitutionState;
  Measure: Omit<Measure, 'denominatorFigure'> & { denominatorFigure?: Maybe<ResolversParentTypes['Figure']> };
  MeasureCell: MeasureCell;
  Milestone: Milestone;
  MilestoneInput: MilestoneInput;
  PageInfo: PageInfo;
  Policy: Policy;
  PolicyInput: PolicyInput;
  Program: ProgramRow;
  ProgramConnection: ProgramPage;
  ProgramEdge: ProgramEdgeValue;
  ProgramFilter: ProgramFilter;
  ProgramInput: ProgramInput;
  ProgramState: ProgramState;
  Progress: Omit<Progress, 'figure' | 'history'> & { figure?: Maybe<ResolversParentTypes['Figure']>, history: Array<ResolversParentTypes['HistoryPoint']> };
  RecordState: RecordStateValue;
  RegionRegistry: RegistryRef;
  Registry: RegistryRef;
  RegistryMutations: Omit<RegistryMutations, 'closeInstitution' | 'correctFigure' | 'createInstitution' | 'createProgram' | 'recordFigure' | 'registerSocialWorker' | 'reopenInstitution' | 'setTarget' | 'transferSocialWorker' | 'updateInstitution' | 'updateProgram' | 'updateSocialWorker' | 'withdrawFigure' | 'withdrawTarget'> & { closeInstitution: ResolversParentTypes['Institution'], correctFigure: ResolversParentTypes['Figure'], createInstitution: ResolversParentTypes['Institution'], createProgram: ResolversParentTypes['Program'], recordFigure: ResolversParentTypes['Figure'], registerSocialWorker: ResolversParentTypes['SocialWorker'], reopenInstitution: ResolversParentTypes['Institution'], setTarget: ResolversParentTypes['Target'], transferSocialWorker: ResolversParentTypes['SocialWorker'], updateInstitution: ResolversParentTypes['Institution'], updateProgram: ResolversParentTypes['Program'], updateSocialWorker: ResolversParentTypes['SocialWorker'], withdrawFigure: ResolversParentTypes['Figure'], withdrawTarget: ResolversParentTypes['Target'] };
  SocialWorker: SocialWorkerRow;
  SocialWorkerConnection: SocialWorkerPage;
  SocialWorkerEdge: SocialWorkerEdgeValue;
  SocialWorkerFilter: SocialWorkerFilter;
  SocialWorkerInput: SocialWorkerInput;
  SocialWorkerState: SocialWorkerState;
  Source: SourceRow;
  SourceInput: SourceInput;
  StatusReason: StatusReason;
  Target: TargetRow;
  TargetInput: TargetInput;
  TargetScope: TargetRow;
  TargetState: TargetState;
  ValueInterval: ValueInterval;
  String: Scalars['String']['output'];
  Boolean: Scalars['Boolean']['output'];
};

export type LinkDirectiveArgs = {
  import?: Maybe<Array<Scalars['String']['input']>>;
  url: Scalars['String']['input'];
};

export type LinkDirectiveResolver<Result, Parent, ContextType = RegistryContext, Args = LinkDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ShareableDirectiveArgs = { };

export type ShareableDirectiveResolver<Result, Parent, ContextType = RegistryContext, Args = ShareableDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type BaselineResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['Baseline'] = ResolversParentTypes['Baseline']> = {
  derived?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  yearInferred?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ChangeResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['Change'] = ResolversParentTypes['Change']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  after?: Resolver<ResolversTypes['RecordState'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['RecordState']>, ParentType, ContextType>;
  changedFields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entityId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type ChangeFeedResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['ChangeFeed'] = ResolversParentTypes['ChangeFeed']> = {
  changes?: Resolver<Array<ResolversTypes['Change']>, ParentType, ContextType>;
  hasMore?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  lastId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type DataQualityCheckResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['DataQualityCheck'] = ResolversParentTypes['DataQualityCheck']> = {
  compared?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  difference?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  differencePercent?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  figure?: Resolver<ResolversTypes['Figure'], ParentType, ContextType>;
  flagged?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  indicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType>;
  interval?: Resolver<ResolversTypes['ValueInterval'], ParentType, ContextType>;
  measured?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  measuredAsOf?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  measuredSince?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  notComparedReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  published?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DimensionValueResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['DimensionValue'] = ResolversParentTypes['DimensionValue']> = {
  dimension?: Resolver<ResolversTypes['Dimension'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DivisionResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['Division'] = ResolversParentTypes['Division']> = {
  city?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  cityEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  county?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  countyEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  township?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type FigureResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['Figure'] = ResolversParentTypes['Figure']> = {
  asOf?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  asOfInferred?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  baseline?: Resolver<Maybe<ResolversTypes['Baseline']>, ParentType, ContextType>;
  breakdown?: Resolver<Maybe<ResolversTypes['FigureBreakdown']>, ParentType, ContextType>;
  changePercent?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  correctedBy?: Resolver<Maybe<ResolversTypes['Figure']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType>;
  interval?: Resolver<ResolversTypes['ValueInterval'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['FigureKind'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  periodStart?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  qualifier?: Resolver<ResolversTypes['Qualifier'], ParentType, ContextType>;
  qualifierWord?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  scope?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  scopeProgram?: Resolver<Maybe<ResolversTypes['Program']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  withdrawalReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  withdrawnAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type FigureBreakdownResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['FigureBreakdown'] = ResolversParentTypes['FigureBreakdown']> = {
  dimension?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FigureStateResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['FigureState'] = ResolversParentTypes['FigureState']> = {
  asOf?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  asOfInferred?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  baselineValue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  baselineYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  baselineYearInferred?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  breakdown?: Resolver<Maybe<ResolversTypes['FigureBreakdown']>, ParentType, ContextType>;
  changePercent?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  correctedById?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  indicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  periodStart?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  qualifier?: Resolver<ResolversTypes['Qualifier'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  scope?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  withdrawalReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  withdrawnAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type HistoryPointResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['HistoryPoint'] = ResolversParentTypes['HistoryPoint']> = {
  basis?: Resolver<ResolversTypes['ValueBasis'], ParentType, ContextType>;
  demoShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  derived?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  figure?: Resolver<Maybe<ResolversTypes['Figure']>, ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type IndicatorResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['Indicator'] = ResolversParentTypes['Indicator']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type InstitutionResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['Institution'] = ResolversParentTypes['Institution']> = {
  closedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  creditCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  division?: Resolver<ResolversTypes['Division'], ParentType, ContextType>;
  foundedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  grade?: Resolver<Maybe<ResolversTypes['HospitalGrade']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['InstitutionKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  programs?: Resolver<Array<ResolversTypes['Program']>, ParentType, ContextType, RequireFields<InstitutionProgramsArgs, 'first'>>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  serviceFields?: Resolver<Array<ResolversTypes['ServiceField']>, ParentType, ContextType>;
  socialWorkSetup?: Resolver<Maybe<ResolversTypes['SocialWorkSetup']>, ParentType, ContextType>;
  socialWorkSince?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  socialWorkerCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  socialWorkers?: Resolver<Array<ResolversTypes['SocialWorker']>, ParentType, ContextType, RequireFields<InstitutionSocialWorkersArgs, 'first'>>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['InstitutionStatus'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type InstitutionConnectionResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['InstitutionConnection'] = ResolversParentTypes['InstitutionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['InstitutionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  visibility?: Resolver<ResolversTypes['Visibility'], ParentType, ContextType>;
};

export type InstitutionEdgeResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['InstitutionEdge'] = ResolversParentTypes['InstitutionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Institution'], ParentType, ContextType>;
};

export type InstitutionStateResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['InstitutionState'] = ResolversParentTypes['InstitutionState']> = {
  closedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  division?: Resolver<ResolversTypes['Division'], ParentType, ContextType>;
  foundedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  grade?: Resolver<Maybe<ResolversTypes['HospitalGrade']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['InstitutionKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  serviceFields?: Resolver<Array<ResolversTypes['ServiceField']>, ParentType, ContextType>;
  socialWorkSetup?: Resolver<Maybe<ResolversTypes['SocialWorkSetup']>, ParentType, ContextType>;
  socialWorkSince?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['InstitutionStatus'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MeasureResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['Measure'] = ResolversParentTypes['Measure']> = {
  asOf?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  breakdown?: Resolver<Array<ResolversTypes['MeasureCell']>, ParentType, ContextType>;
  computable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  demoShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  denominator?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  denominatorFigure?: Resolver<Maybe<ResolversTypes['Figure']>, ParentType, ContextType>;
  indicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType>;
  numerator?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  since?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  undatedRecords?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type MeasureCellResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['MeasureCell'] = ResolversParentTypes['MeasureCell']> = {
  demoShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  denominator?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  keys?: Resolver<Array<ResolversTypes['DimensionValue']>, ParentType, ContextType>;
  numerator?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  toDate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type MilestoneResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['Milestone'] = ResolversParentTypes['Milestone']> = {
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PolicyResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['Policy'] = ResolversParentTypes['Policy']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issuedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  issuers?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ProgramResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['Program'] = ResolversParentTypes['Program']> = {
  batch?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  beneficiaries?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  communityServicePersonTimes?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  communityServices?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fundingYuan?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  groupServicePersonTimes?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  groupSessions?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  hostInstitution?: Resolver<Maybe<ResolversTypes['Institution']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  individualCases?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ProgramKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Program']>, ParentType, ContextType>;
  periodEnd?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  periodStart?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['ProgramRole'], ParentType, ContextType>;
  serviceFields?: Resolver<Array<ResolversTypes['ServiceField']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type ProgramConnectionResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['ProgramConnection'] = ResolversParentTypes['ProgramConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ProgramEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  visibility?: Resolver<ResolversTypes['Visibility'], ParentType, ContextType>;
};

export type ProgramEdgeResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['ProgramEdge'] = ResolversParentTypes['ProgramEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Program'], ParentType, ContextType>;
};

export type ProgramStateResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['ProgramState'] = ResolversParentTypes['ProgramState']> = {
  batch?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  beneficiaries?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  communityServicePersonTimes?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  communityServices?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  fundingYuan?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  groupServicePersonTimes?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  groupSessions?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  hostInstitutionId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  individualCases?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ProgramKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  parentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  periodEnd?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  periodStart?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['ProgramRole'], ParentType, ContextType>;
  serviceFields?: Resolver<Array<ResolversTypes['ServiceField']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ProgressResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['Progress'] = ResolversParentTypes['Progress']> = {
  asOf?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  basis?: Resolver<Maybe<ResolversTypes['ValueBasis']>, ParentType, ContextType>;
  demoShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  figure?: Resolver<Maybe<ResolversTypes['Figure']>, ParentType, ContextType>;
  gap?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['HistoryPoint']>, ParentType, ContextType>;
  projectedValue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['StatusReason'], ParentType, ContextType>;
  requiredAnnualGrowth?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  requiredAnnualGrowthPercent?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  restsMostlyOnDemo?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TargetStatus'], ParentType, ContextType>;
  statusReason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  trendPerYear?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  yearsLeft?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RecordStateResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['RecordState'] = ResolversParentTypes['RecordState']> = {
  __resolveType: TypeResolveFn<'FigureState' | 'InstitutionState' | 'ProgramState' | 'SocialWorkerState' | 'TargetState', ParentType, ContextType>;
};

export type RegionRegistryResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['RegionRegistry'] = ResolversParentTypes['RegionRegistry'], FederationReferenceType extends FederationReferenceTypes['RegionRegistry'] = FederationReferenceTypes['RegionRegistry']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['RegionRegistry']> | FederationReferenceType, FederationReferenceType, ContextType>;
  changes?: Resolver<Maybe<ResolversTypes['ChangeFeed']>, ParentType, ContextType, RequireFields<RegionRegistryChangesArgs, 'first'>>;
  code?: Resolver<ResolversTypes['RegionCode'], ParentType, ContextType>;
  dataQuality?: Resolver<Maybe<Array<ResolversTypes['DataQualityCheck']>>, ParentType, ContextType, RequireFields<RegionRegistryDataQualityArgs, 'tolerancePercent'>>;
  figures?: Resolver<Maybe<Array<ResolversTypes['Figure']>>, ParentType, ContextType, RequireFields<RegionRegistryFiguresArgs, 'includeWithdrawn'>>;
  institution?: Resolver<Maybe<ResolversTypes['Institution']>, ParentType, ContextType, RequireFields<RegionRegistryInstitutionArgs, 'id'>>;
  institutions?: Resolver<Maybe<ResolversTypes['InstitutionConnection']>, ParentType, ContextType, RequireFields<RegionRegistryInstitutionsArgs, 'first'>>;
  latestFigure?: Resolver<Maybe<ResolversTypes['Figure']>, ParentType, ContextType, RequireFields<RegionRegistryLatestFigureArgs, 'indicator'>>;
  measure?: Resolver<Maybe<ResolversTypes['Measure']>, ParentType, ContextType, RequireFields<RegionRegistryMeasureArgs, 'indicator'>>;
  program?: Resolver<Maybe<ResolversTypes['Program']>, ParentType, ContextType, RequireFields<RegionRegistryProgramArgs, 'id'>>;
  programs?: Resolver<Maybe<ResolversTypes['ProgramConnection']>, ParentType, ContextType, RequireFields<RegionRegistryProgramsArgs, 'first'>>;
  socialWorker?: Resolver<Maybe<ResolversTypes['SocialWorker']>, ParentType, ContextType, RequireFields<RegionRegistrySocialWorkerArgs, 'id'>>;
  socialWorkers?: Resolver<Maybe<ResolversTypes['SocialWorkerConnection']>, ParentType, ContextType, RequireFields<RegionRegistrySocialWorkersArgs, 'first'>>;
  targets?: Resolver<Maybe<Array<ResolversTypes['Target']>>, ParentType, ContextType, RequireFields<RegionRegistryTargetsArgs, 'includeWithdrawn'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RegistryResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['Registry'] = ResolversParentTypes['Registry']> = {
  __resolveType: TypeResolveFn<'RegionRegistry', ParentType, ContextType>;
};

export type RegistryMutationsResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['RegistryMutations'] = ResolversParentTypes['RegistryMutations']> = {
  closeInstitution?: Resolver<ResolversTypes['Institution'], ParentType, ContextType, RequireFields<RegistryMutationsCloseInstitutionArgs, 'id' | 'version'>>;
  correctFigure?: Resolver<ResolversTypes['Figure'], ParentType, ContextType, RequireFields<RegistryMutationsCorrectFigureArgs, 'id' | 'input' | 'reason'>>;
  createInstitution?: Resolver<ResolversTypes['Institution'], ParentType, ContextType, RequireFields<RegistryMutationsCreateInstitutionArgs, 'input'>>;
  createProgram?: Resolver<ResolversTypes['Program'], ParentType, ContextType, RequireFields<RegistryMutationsCreateProgramArgs, 'input'>>;
  recordFigure?: Resolver<ResolversTypes['Figure'], ParentType, ContextType, RequireFields<RegistryMutationsRecordFigureArgs, 'input'>>;
  registerSocialWorker?: Resolver<ResolversTypes['SocialWorker'], ParentType, ContextType, RequireFields<RegistryMutationsRegisterSocialWorkerArgs, 'input'>>;
  reopenInstitution?: Resolver<ResolversTypes['Institution'], ParentType, ContextType, RequireFields<RegistryMutationsReopenInstitutionArgs, 'id' | 'version'>>;
  setTarget?: Resolver<ResolversTypes['Target'], ParentType, ContextType, RequireFields<RegistryMutationsSetTargetArgs, 'input'>>;
  transferSocialWorker?: Resolver<ResolversTypes['SocialWorker'], ParentType, ContextType, RequireFields<RegistryMutationsTransferSocialWorkerArgs, 'id' | 'institutionId' | 'version'>>;
  updateInstitution?: Resolver<ResolversTypes['Institution'], ParentType, ContextType, RequireFields<RegistryMutationsUpdateInstitutionArgs, 'id' | 'input' | 'version'>>;
  updateProgram?: Resolver<ResolversTypes['Program'], ParentType, ContextType, RequireFields<RegistryMutationsUpdateProgramArgs, 'id' | 'input' | 'version'>>;
  updateSocialWorker?: Resolver<ResolversTypes['SocialWorker'], ParentType, ContextType, RequireFields<RegistryMutationsUpdateSocialWorkerArgs, 'id' | 'input' | 'version'>>;
  withdrawFigure?: Resolver<ResolversTypes['Figure'], ParentType, ContextType, RequireFields<RegistryMutationsWithdrawFigureArgs, 'id' | 'reason'>>;
  withdrawTarget?: Resolver<ResolversTypes['Target'], ParentType, ContextType, RequireFields<RegistryMutationsWithdrawTargetArgs, 'id' | 'reason' | 'version'>>;
};

export type SocialWorkerResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['SocialWorker'] = ResolversParentTypes['SocialWorker']> = {
  certificateLevel?: Resolver<ResolversTypes['CertificateLevel'], ParentType, ContextType>;
  certificateNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  employment?: Resolver<Maybe<ResolversTypes['Employment']>, ParentType, ContextType>;
  endedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  institution?: Resolver<Maybe<ResolversTypes['Institution']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  program?: Resolver<Maybe<ResolversTypes['Program']>, ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  recruitmentSource?: Resolver<Maybe<ResolversTypes['RecruitmentSource']>, ParentType, ContextType>;
  serviceFields?: Resolver<Array<ResolversTypes['ServiceField']>, ParentType, ContextType>;
  startedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  supervisorRank?: Resolver<Maybe<ResolversTypes['SupervisorRank']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SocialWorkerConnectionResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['SocialWorkerConnection'] = ResolversParentTypes['SocialWorkerConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SocialWorkerEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  visibility?: Resolver<ResolversTypes['Visibility'], ParentType, ContextType>;
};

export type SocialWorkerEdgeResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['SocialWorkerEdge'] = ResolversParentTypes['SocialWorkerEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SocialWorker'], ParentType, ContextType>;
};

export type SocialWorkerStateResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['SocialWorkerState'] = ResolversParentTypes['SocialWorkerState']> = {
  certificateLevel?: Resolver<ResolversTypes['CertificateLevel'], ParentType, ContextType>;
  certificateNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  employment?: Resolver<Maybe<ResolversTypes['Employment']>, ParentType, ContextType>;
  endedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  institutionId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  programId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  recruitmentSource?: Resolver<Maybe<ResolversTypes['RecruitmentSource']>, ParentType, ContextType>;
  serviceFields?: Resolver<Array<ResolversTypes['ServiceField']>, ParentType, ContextType>;
  startedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  supervisorRank?: Resolver<Maybe<ResolversTypes['SupervisorRank']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SourceResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = {
  document?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publishedOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  publisher?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reprintedFrom?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type StatusReasonResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['StatusReason'] = ResolversParentTypes['StatusReason']> = {
  code?: Resolver<ResolversTypes['StatusReasonCode'], ParentType, ContextType>;
  projectedValue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  reachedYear?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  targetValue?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  targetYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  threshold?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  tolerancePercent?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  trendYears?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type TargetResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['Target'] = ResolversParentTypes['Target']> = {
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType>;
  milestones?: Resolver<Array<ResolversTypes['Milestone']>, ParentType, ContextType>;
  policy?: Resolver<Maybe<ResolversTypes['Policy']>, ParentType, ContextType>;
  progress?: Resolver<ResolversTypes['Progress'], ParentType, ContextType>;
  qualifier?: Resolver<ResolversTypes['TargetQualifier'], ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  scope?: Resolver<Maybe<ResolversTypes['TargetScope']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['Source']>, ParentType, ContextType>;
  targetValue?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  targetYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  withdrawalReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  withdrawnAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type TargetScopeResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['TargetScope'] = ResolversParentTypes['TargetScope']> = {
  kinds?: Resolver<Array<ResolversTypes['InstitutionKind']>, ParentType, ContextType>;
  program?: Resolver<Maybe<ResolversTypes['Program']>, ParentType, ContextType>;
};

export type TargetStateResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['TargetState'] = ResolversParentTypes['TargetState']> = {
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  indicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType>;
  milestones?: Resolver<Array<ResolversTypes['Milestone']>, ParentType, ContextType>;
  policyId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  qualifier?: Resolver<ResolversTypes['TargetQualifier'], ParentType, ContextType>;
  quote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  scopeKinds?: Resolver<Array<ResolversTypes['InstitutionKind']>, ParentType, ContextType>;
  scopeProgramId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  targetValue?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  targetYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  withdrawalReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  withdrawnAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ValueIntervalResolvers<ContextType = RegistryContext, ParentType extends ResolversParentTypes['ValueInterval'] = ResolversParentTypes['ValueInterval']> = {
  lower?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  lowerInclusive?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  upper?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  upperInclusive?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type Resolvers<ContextType = RegistryContext> = {
  Baseline?: BaselineResolvers<ContextType>;
  Change?: ChangeResolvers<ContextType>;
  ChangeFeed?: ChangeFeedResolvers<ContextType>;
  DataQualityCheck?: DataQualityCheckResolvers<ContextType>;
  DimensionValue?: DimensionValueResolvers<ContextType>;
  Division?: DivisionResolvers<ContextType>;
  Figure?: FigureResolvers<ContextType>;
  FigureBreakdown?: FigureBreakdownResolvers<ContextType>;
  FigureState?: FigureStateResolvers<ContextType>;
  HistoryPoint?: HistoryPointResolvers<ContextType>;
  Indicator?: IndicatorResolvers<ContextType>;
  Institution?: InstitutionResolvers<ContextType>;
  InstitutionConnection?: InstitutionConnectionResolvers<ContextType>;
  InstitutionEdge?: InstitutionEdgeResolvers<ContextType>;
  InstitutionState?: InstitutionStateResolvers<ContextType>;
  Measure?: MeasureResolvers<ContextType>;
  MeasureCell?: MeasureCellResolvers<ContextType>;
  Milestone?: MilestoneResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Policy?: PolicyResolvers<ContextType>;
  Program?: ProgramResolvers<ContextType>;
  ProgramConnection?: ProgramConnectionResolvers<ContextType>;
  ProgramEdge?: ProgramEdgeResolvers<ContextType>;
  ProgramState?: ProgramStateResolvers<ContextType>;
  Progress?: ProgressResolvers<ContextType>;
  RecordState?: RecordStateResolvers<ContextType>;
  RegionRegistry?: RegionRegistryResolvers<ContextType>;
  Registry?: RegistryResolvers<ContextType>;
  RegistryMutations?: RegistryMutationsResolvers<ContextType>;
  SocialWorker?: SocialWorkerResolvers<ContextType>;
  SocialWorkerConnection?: SocialWorkerConnectionResolvers<ContextType>;
  SocialWorkerEdge?: SocialWorkerEdgeResolvers<ContextType>;
  SocialWorkerState?: SocialWorkerStateResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  StatusReason?: StatusReasonResolvers<ContextType>;
  Target?: TargetResolvers<ContextType>;
  TargetScope?: TargetScopeResolvers<ContextType>;
  TargetState?: TargetStateResolvers<ContextType>;
  ValueInterval?: ValueIntervalResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = RegistryContext> = {
  link?: LinkDirectiveResolver<any, any, ContextType>;
  shareable?: ShareableDirectiveResolver<any, any, ContextType>;
};
