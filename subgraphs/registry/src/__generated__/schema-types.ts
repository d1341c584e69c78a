export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

/** 公布数字用于比较的此前数值。An earlier value a figure is compared with. */
export type Baseline = {
  __typename?: 'Baseline';
  /** 该值系根据公布的增长率计算得出、而非直接公布时为 true；此时按该数字和增长率末位数字所带的误差取整（54、+184% 推算为 19，而非 19.01）。True when the value is computed from a published growth rate rather than published itself; it is then rounded to the place the error of the figure's and the rate's last printed digits allows (54 at +184% gives 19, not 19.01). */
  derived: Scalars['Boolean']['output'];
  /** 此前数值，以该数字的单位计；仅知其年份时为 null。The earlier value, in the figure's unit; null when only its year is known. */
  value?: Maybe<Scalars['Float']['output']>;
  /** 此前数值所属的年份；不详时为 null。The year of the earlier value; null when not known. */
  year?: Maybe<Scalars['Int']['output']>;
  /** 页面未载明年份、年份系推算得出时为 true；推算方法见该数字的备注。True when the page does not state the year and it was inferred; the figure's note says how. */
  yearInferred: Scalars['Boolean']['output'];
};

/** 国家社会工作者职业资格。National social work qualification. */
export type CertificateLevel =
  /** 助理社会工作师。Assistant social worker. */
  | 'ASSISTANT'
  /** 社会工作师。Social worker (intermediate). */
  | 'INTERMEDIATE'
  /** 无证书：未取得国家社会工作者职业资格。None: no national social work qualification. */
  | 'NONE'
  /** 高级社会工作师。Senior social worker. */
  | 'SENIOR';

/** 登记库记录的一次变更，已记入审计记录。One audited change to a registry record. */
export type Change = {
  __typename?: 'Change';
  /** 变更所用的变更操作名，例如 createInstitution；公开数据的更正为 correctFigure、withdrawFigure、只更改统计口径说明、注释和推定标记的 annotateFigure，以及 setTarget、updateProgram 和撤回项目的 withdrawProgram。The mutation that made it, for example createInstitution; for a correction of the published data correctFigure, withdrawFigure, annotateFigure where only the scope wording, the note or the inferred flags changed, setTarget, updateProgram, and withdrawProgram for a programme it withdraws. */
  action: Scalars['String']['output'];
  /** 作出该变更的令牌主体；公开数据的更正（地区子图启动时据数据文件作出）为 `published-data`。The token subject that made it; `published-data` for a correction of the published data, made by the subgraph on start from its data files. */
  actor: Scalars['String']['output'];
  /** 变更后的记录。The record after the change. */
  after: RecordState;
  /** 提交时间（ISO 8601）。When it was committed (ISO 8601). */
  at: Scalars['String']['output'];
  /** 变更前的记录（新建时为 null）。The record before the change (null for a creation). */
  before?: Maybe<RecordState>;
  /** 记录状态中值发生变化的字段，名称与其状态类型中的字段名一致。The fields of the record's state whose values changed, named as in its state type. */
  changedFields: Array<Scalars['String']['output']>;
  /** `institution`、`social_worker`、`program`、`figure` 或 `target`。institution, social_worker, program, figure or target. */
  entity: Scalars['String']['output'];
  /** 被变更记录的 id，与该记录在 API 中的 `id` 相同。The id of the changed record, the same as its `id` in the API. */
  entityId: Scalars['ID']['output'];
  /** 递增：将已获取的最后一个 id 作为 `after` 传入，即可拉取后续变更。Increasing: pass the last one seen as `after` to pull the next changes. */
  id: Scalars['ID']['output'];
};

/** 变更流中的一页。One page of the change feed. */
export type ChangeFeed = {
  __typename?: 'ChangeFeed';
  /** 按时间先后排列，最早的在前。Oldest first. */
  changes: Array<Change>;
  /** 本页之后还有更多变更：以 `after: lastId` 再次请求。More changes follow this page: ask again with `after: lastId`. */
  hasMore: Scalars['Boolean']['output'];
  /** 本页最后一条变更的 id（空页时为 null），即下一页请求的 `after`。The id of the page's last change (null for an empty page): the next page's `after`. */
  lastId?: Maybe<Scalars['ID']['output']>;
};

/** 公布数字与登记库对同一事项的测算值的对照。A published figure beside the registry's measure of the same thing. */
export type DataQualityCheck = {
  __typename?: 'DataQualityCheck';
  /** 公布数字未与测算值对照时为 false；原因见 `notComparedReason`。False when the figure is not set beside a measure; `notComparedReason` says why. */
  compared: Scalars['Boolean']['output'];
  /**
   * 测算值中演示记录（生成的记录，而非真实记录）所占的比例（0 至 1）；未测算到任何记录时为 null。测算值与公布数字相符而演示记录占多数时，这种相符只说明演示数据是按该数字生成的，并不证实该数字。
   *
   * The share (0 to 1) of `measured` that demo records make: generated records, not real ones; null
   * where nothing was counted. A measure that agrees with the figure while resting mostly on demo
   * records says only that the demo data was built on the figure; it confirms nothing.
   */
  demoShare?: Maybe<Scalars['Float']['output']>;
  /**
   * 测算值与公布数字之差。精确数字为测算值减公布值；取整或带修饰词的数字代表一个区间（超9000 为 (9000, 10000)），差值从测算值越过的区间端点算起，落在区间内为 0（恰在区间不含的端点上也为 0，此时 `flagged` 为 true）：测算值 12000 对超9000 为 2000（高出上界 10000）。
   *
   * How far the measure is from the figure. For an exact figure, measured − published; a rounded or
   * qualified figure stands for an interval (超9000 is (9000, 10000)), and the difference runs from the
   * end of it the measure passes, 0 within it (and 0 at an end it leaves out, `flagged` then true):
   * a measured 12,000 against 超9000 is 2,000 (above its upper end, 10,000).
   */
  difference?: Maybe<Scalars['Float']['output']>;
  /** `difference` 占其起算值（精确数字的公布值，或所越过的区间端点）的百分比，保留两位小数；未对照、无测算值或起算值为 0 而差值不为 0 时为 null。`difference` in percent of what it runs from (an exact figure's value, or the end of the interval passed), rounded to hundredths; null when not compared, when nothing was measured, or when that is 0 and the difference is not. */
  differencePercent?: Maybe<Scalars['Float']['output']>;
  /** 所核对的公布数字。The published figure checked. */
  figure: Figure;
  /** 测算值与公布数字不符时为 true：精确数字差异超出容差，取整数字的测算值落在其区间之外，或无测算值；未对照的数字为 false。True when the measure disagrees with the figure: beyond the tolerance for an exact figure, outside its interval for a rounded one, or missing; false for a figure not compared. */
  flagged: Scalars['Boolean']['output'];
  /** 该公布数字所属的指标。The indicator of the figure. */
  indicator: Indicator;
  /** 公布数字所允许的取值范围；测算值超出此范围即被标记。The values the figure allows; a measure outside them is flagged. */
  interval: ValueInterval;
  /** 测算值。该数字不作比较（`compared` 为 false）时，或比率没有可作分母的记录时为 null；计数没有记录时为 0。The measure. Null when the figure is not compared (`compared: false`), or for a ratio with nothing below the line; a count with no records is 0. */
  measured?: Maybe<Scalars['Float']['output']>;
  /** 测算所截至的日期：公布数字所指日期（年份、年月或日期）的最后一天；若为本年度的数字，则为今日。The day measured as of: the end of the figure's date, or today for a figure of this year. */
  measuredAsOf?: Maybe<Scalars['String']['output']>;
  /** 对于累计数字，为所测算时期（流量）的第一天（YYYY-MM-DD），即其统计期的起点。For a cumulative figure, the first day of the flow measured (YYYY-MM-DD): the start of its period. */
  measuredSince?: Maybe<Scalars['String']['output']>;
  /** 该数字未与测算值对照的原因，先中文，后英文；已对照时为 null。Why the figure is not set beside a measure, in Chinese, then English; null when it is. */
  notComparedReason?: Maybe<Scalars['String']['output']>;
  /** 公布数字的数值，以该指标的单位计。The figure's published value, in the indicator's unit. */
  published: Scalars['Float']['output'];
  /** 测算值中一半或以上来自演示记录时为 true：此时核对结果（无论是否标记）不能反映该地区的任何情况。True when half or more of `measured` is demo records: the check, flagged or not, says nothing about the region. */
  restsMostlyOnDemo: Scalars['Boolean']['output'];
  /** 所适用的规则，附其容差或该公布数字的区间，先中文，后英文。The rule applied, with its tolerance or the figure's interval, in Chinese, then English. */
  rule: Scalars['String']['output'];
};

/** 测算值可据以分解的维度。A dimension a measure can be broken down by. */
export type Dimension =
  /** 仅适用于社会工作者。Social workers only. */
  | 'CERTIFICATE_LEVEL'
  /** 机构所在地市。Prefecture city of the institution. */
  | 'CITY'
  /** 机构所在县（区）。County or district of the institution. */
  | 'COUNTY'
  /** 机构的医院等级（对社会工作者而言指其工作单位；对项目而言指其承办机构）；仅医疗机构有等级。Hospital grade of the institution (for social workers, their employer; for programmes, their host); only medical institutions have one. */
  | 'HOSPITAL_GRADE'
  /** 机构的类型（对社会工作者而言指其工作单位；对项目而言指其承办机构）。Of the institution (for social workers, their employer; for programmes, their host). */
  | 'INSTITUTION_KIND'
  /** 仅适用于项目：示范、培育、驻点社工等。Programmes only: demonstration, cultivation, stationed workers and so on. */
  | 'PROGRAM_KIND'
  /** 所计记录本身的来源：公开发布、演示数据或本地区登记（见 `Provenance`）。Where the counted record itself comes from: published, demo or registered (see `Provenance`). */
  | 'PROVENANCE'
  /** 服务于多个领域的记录在每个领域各计一次。A record serving several fields counts once in each. */
  | 'SERVICE_FIELD'
  /** 每年年末的值（最后一年为截至测算当日的值）；见 `measure(from:, to:)`。The value at the end of each year (the last year: as of the day measured); see `measure(from:, to:)`. */
  | 'YEAR';

/** 单元格键中一个维度的取值。One dimension's value in a cell's key. */
export type DimensionValue = {
  __typename?: 'DimensionValue';
  /** 该取值所属的维度。The dimension the value is of. */
  dimension: Dimension;
  /** 取值的英文名称：代码为其英文标签（GENERAL_HOSPITAL：General hospital），地名为其英文名称，年份为其本身；value 为 null 时为 Not recorded。The value in English: a code's label (General hospital), a place's English name, a year as it is; Not recorded where value is null. */
  labelEn: Scalars['String']['output'];
  /** 取值的中文名称：代码为其中文标签（GENERAL_HOSPITAL：综合医院），地名和年份为其本身；value 为 null 时为“未填写”。The value in Chinese: a code's label (GENERAL_HOSPITAL: 综合医院), a place or a year as it is; 未填写 where value is null. */
  labelZh: Scalars['String']['output'];
  /**
   * 对于 CITY 和 COUNTY，为该地的英文名称（拼音及行政区划类型：南宁市, Nanning）；其他维度（其值为代码）以及 value 为 null 时，为 null。
   *
   * For CITY and COUNTY, the place's English name (pinyin and the kind of division: 南宁市, Nanning);
   * null for the other dimensions, whose values are codes, and where value is null.
   */
  nameEn?: Maybe<Scalars['String']['output']>;
  /** 记录中未设置时为 null（例如未隶属任何机构的社工）。Null when the records leave it unset (for example a worker without an institution). */
  value?: Maybe<Scalars['String']['output']>;
};

/** 记录所属的行政区划：地级市、县（区）、乡镇（街道）。Administrative division of a record: prefecture city, county or district, township or street. */
export type Division = {
  __typename?: 'Division';
  /** 地级市的中文名称（如南宁市）；未登记时为 null。The prefecture city's Chinese name (such as 南宁市); null when not recorded. */
  city?: Maybe<Scalars['String']['output']>;
  /** 该市的英文名称：拼音加区划类型（南宁市：Nanning）；city 为 null 时亦为 null。The city's English name: pinyin and the kind of division (南宁市: Nanning); null where city is. */
  cityEn?: Maybe<Scalars['String']['output']>;
  /** 县（区）的中文名称（如西城区）；未登记时为 null。The county's or district's Chinese name (such as 西城区); null when not recorded. */
  county?: Maybe<Scalars['String']['output']>;
  /** 该县（区）的英文名称（西城区：Xicheng District）；county 为 null 时亦为 null。The county's or district's English name (西城区: Xicheng District); null where county is. */
  countyEn?: Maybe<Scalars['String']['output']>;
  /** 乡镇（街道）的中文名称；未登记时为 null。The township's or street's Chinese name; null when not recorded. */
  township?: Maybe<Scalars['String']['output']>;
};

/** 社会工作者的用工方式。How a social worker is employed. */
export type Employment =
  /** 派遣至该机构，或通过购买服务提供。Dispatched to the institution, or provided through a purchased service. */
  | 'DISPATCHED'
  /** 全职。Full time. */
  | 'FULL_TIME'
  /** 兼职。Part time. */
  | 'PART_TIME';

/** 关于某一地区公布的数字及其来源。A number published about a region, with where it came from. */
export type Figure = {
  __typename?: 'Figure';
  /** 数字所对应的时间：年份、年月或日期。When the figure holds: a year, year-month or date. */
  asOf: Scalars['String']['output'];
  /** 页面未印出日期、日期系推算得出时为 true；推算方法见备注。True when the page does not print the date and it was inferred; the note says how. */
  asOfInferred: Scalars['Boolean']['output'];
  /** 该数字用于比较的此前数值，为公布值或由 `changePercent` 推算得出；既无基期值也无基期年份时为 null。The earlier value the figure is compared with, published or implied by `changePercent`; null when neither a baseline value nor its year is known. */
  baseline?: Maybe<Baseline>;
  /** 当数字为某一总数的组成部分时填写，例如全部机构中的综合医院。Set when the figure is one part of a total, for example the general hospitals among all institutions. */
  breakdown?: Maybe<FigureBreakdown>;
  /** 公布的较基期值的增长幅度，以百分比表示。Published growth over the baseline, in percent. */
  changePercent?: Maybe<Scalars['Float']['output']>;
  /** 对本数字进行更正的数字。The figure that corrects this one. */
  correctedBy?: Maybe<Figure>;
  /** 公布数字的 id。The figure's id. */
  id: Scalars['ID']['output'];
  /** 该数字所属的指标目录中的指标。The catalog indicator the figure is a value of. */
  indicator: Indicator;
  /** 根据数值、修饰词及取整位数得出的该数字可能取值的范围。The values the figure allows, from its value, its qualifier and the place it is rounded to. */
  interval: ValueInterval;
  /** `REPORTED`，或计划、宣布启动类数字；后两类在历史序列、目标状态和数据质量核查中均不作为计数使用。REPORTED, or a plan or announcement, which histories, statuses and data quality do not read as counts. */
  kind: FigureKind;
  /** 关于如何从来源中读取该数字的说明（如推算日期的方法）；无说明时为 null。Notes on how the figure was read from its source (for example how an inferred date was worked out); null when there are none. */
  note?: Maybe<Scalars['String']['output']>;
  /** 数字所统计时段的起点（流量，或自某时起的累计数）：年份、年月或日期；统计某一日存量的数字为 null。The start of the period the figure adds up over (a flow, or a count since a time): a year, year-month or date; null for a stock on a day. */
  periodStart?: Maybe<Scalars['String']['output']>;
  /** 页面未印出统计时段的起点、起点系推算得出时为 true（如“截至目前”的服务人次，起点取为所统计项目遴选的年份）；推算方法见备注。True when the page does not print the period's start and it was inferred (services 'up to now' counted from the year the projects they count were selected); the note says how. */
  periodStartInferred: Scalars['Boolean']['output'];
  /** 数字的取整方式，依据来源在数字旁印出的修饰词判断；无修饰词时为 `EXACT`。How the number is rounded, by the word the source prints beside it; `EXACT` when there is none. */
  qualifier: Qualifier;
  /** 数字带有修饰词时，来源中印出的该修饰词原字（余、超、近、约）。The qualifier's word as the source prints it (余, 超, 近, 约), where it has one. */
  qualifierWord?: Maybe<Scalars['String']['output']>;
  /** 中文原文语句。The original Chinese sentence. */
  quote: Scalars['String']['output'];
  /** 来源印出的是取整数、未带修饰词时，其最后一位印出数字的位值（8.82万为 100，930万为 10000）；否则为 null。For a figure the source prints rounded with no qualifier word, the place of its last printed digit (8.82万: 100; 930万: 10000); null otherwise. */
  roundedTo?: Maybe<Scalars['Float']['output']>;
  /** 确切的统计对象，先中文，后英文。What exactly is counted, in Chinese, then English. */
  scope?: Maybe<Scalars['String']['output']>;
  /** 数字只给出某一机构自身的数量时（如江苏省人民医院的三大服务模式、某区的补贴标准），该机构：这是该地区的一部分，既不作为地区最新公布的总数，也不进入历史序列，数据质量核查也不与全地区的测算值对照。The institution whose own numbers the figure gives (one hospital's three service models, a district's subsidy): a part of the region, never its latest published total nor a point of its history, and data quality does not set it beside the region's measure. */
  scopeInstitution?: Maybe<Institution>;
  /**
   * 数字所统计的项目（含其下属项目），仅在数字的统计范围不超出该项目时填写（如“‘三区’计划已惠及超过9,000人”）；数据质量核查按同一范围测算。
   *
   * The programme (with the projects under it) a figure counts, where it counts no more than that
   * ("the 'three areas' plan has benefited more than 9,000 people"); data quality measures the same.
   */
  scopeProgram?: Maybe<Program>;
  /** 该数字所取自的公开发布的文件。The published document the figure was taken from. */
  source: Source;
  /** 该指标在指标目录中的单位，以英文表示（如 persons、yuan、percent）。The catalog's unit of the indicator, in English (for example persons, yuan, percent). */
  unit: Scalars['String']['output'];
  /** 单位的中文写法，写在数字之后（人、人次、个、元、%、每万常住人口）。The unit as Chinese writes it after a number (人, 人次, 个, 元, %, 每万常住人口). */
  unitZh: Scalars['String']['output'];
  /** 公布的数值，以 `unit` 为单位（如700万记为7000000）；取整数字记其印出的数值，可能的取值范围见 `interval`。The published number, in `unit` (700万 is 7000000); for a rounded figure, the number printed, whose possible values `interval` gives. */
  value: Scalars['Float']['output'];
  /** 撤回或更正该数字的原因；数字有效期间为 null。Why the figure was withdrawn or corrected; null while it stands. */
  withdrawalReason?: Maybe<Scalars['String']['output']>;
  /** 数字被撤回或更正的时间（ISO 8601）；数字有效期间为 null。被撤回的数字仍予保留，但各处均不再采用。When the figure was withdrawn or corrected (ISO 8601); null while it stands. A withdrawn figure is kept but read nowhere. */
  withdrawnAt?: Maybe<Scalars['String']['output']>;
};

/** 数字所统计的、总数中的组成部分。The part of a total that a figure counts. */
export type FigureBreakdown = {
  __typename?: 'FigureBreakdown';
  /** 例如 INSTITUTION_KIND。For example INSTITUTION_KIND. */
  dimension: Scalars['String']['output'];
  /** 例如 GENERAL_HOSPITAL。For example GENERAL_HOSPITAL. */
  value: Scalars['String']['output'];
};

/** 数字所统计的、总数中的组成部分（参见 `Figure.breakdown`）。The part of a total that a figure counts (see `Figure.breakdown`). */
export type FigureBreakdownInput = {
  /** 维度，例如 INSTITUTION_KIND；最多50个字符。The dimension, for example INSTITUTION_KIND; at most 50 characters. */
  dimension: Scalars['String']['input'];
  /** 该维度下的取值，例如 GENERAL_HOSPITAL；最多100个字符。The value in that dimension, for example GENERAL_HOSPITAL; at most 100 characters. */
  value: Scalars['String']['input'];
};

/** `recordFigure` 和 `correctFigure` 所用的公布数字，附其来源和原文。A published figure for `recordFigure` and `correctFigure`, with its source and original sentence. */
export type FigureInput = {
  /** 数字所对应的时间：年份、年月或日期，不得晚于今天。When the figure holds: a year, year-month or date, not in the future. */
  asOf: Scalars['String']['input'];
  /** 来源中用于与该数字比较的此前数值（基期值），取值规则与 `value` 相同。The earlier value the source compares the figure with (its baseline), under the same rules as `value`. */
  baselineValue?: InputMaybe<Scalars['Float']['input']>;
  /** 基期值所属年份，1949至2100。The year of the baseline, 1949 to 2100. */
  baselineYear?: InputMaybe<Scalars['Int']['input']>;
  /** 当数字为某一总数的组成部分时填写，例如全部机构中的综合医院。Set when the figure is one part of a total, for example the general hospitals among all institutions. */
  breakdown?: InputMaybe<FigureBreakdownInput>;
  /** 公布的较基期值的增长幅度，以百分比表示，须大于-100；仅给出增长幅度和 `baselineYear` 时，基期值据此推算（见 `Baseline.derived`）。Published growth over the baseline, in percent, above -100; with only this and `baselineYear`, the baseline is derived from them (see `Baseline.derived`). */
  changePercent?: InputMaybe<Scalars['Float']['input']>;
  /** 全国指标目录中的指标代码。An indicator code of the national catalog. */
  indicator: Scalars['String']['input'];
  /** `PLANNED` 表示计划事项（将、计划、力争），`ANNOUNCED` 表示已启动但尚未完成的事项。PLANNED for a plan (将, 计划, 力争), ANNOUNCED for something started, not finished. */
  kind?: InputMaybe<FigureKind>;
  /** 关于如何从来源中读取该数字的说明（例如页面未印出日期时如何推算），1至1,000个字符。Notes on how the figure was read from its source (for example how a date the page does not print was inferred), 1 to 1,000 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** 累计数字（如“2013年以来”）的起算时间：年份、年月或日期，不得晚于今天。For a cumulative figure (since 2013), when counting started: a year, year-month or date, not in the future. */
  periodStart?: InputMaybe<Scalars['String']['input']>;
  /** 公布数字的取整方式，依据来源在数字旁印出的修饰词判断；默认为 `EXACT`（精确数字）。How the published number is rounded, by the word the source prints beside it; `EXACT` by default. */
  qualifier?: InputMaybe<Qualifier>;
  /** 来源原文所用的修饰词：余、超、近、约。The qualifier's word as the source prints it: 余, 超, 近, 约. */
  qualifierWord?: InputMaybe<Scalars['String']['input']>;
  /** 原文语句，1至2,000个字符。The original sentence, 1 to 2,000 characters. */
  quote: Scalars['String']['input'];
  /** 来源印出的取整数最后一位印出数字的位值，须为 10 的整数次幂，且 `value` 为其整数倍（8.82万为 100，超930万元为 10000）；有修饰词时，修饰词定区间的方向，本项定其宽度。The place of the last digit the source prints of a rounded figure: a power of ten of which `value` is a multiple (8.82万: 100; 超930万元: 10000); with a qualifier word, the word says which way the interval runs, this how wide it is. */
  roundedTo?: InputMaybe<Scalars['Float']['input']>;
  /** 确切的统计对象，先中文，后英文；最多500个字符。What exactly is counted, in Chinese, then English; at most 500 characters. */
  scope?: InputMaybe<Scalars['String']['input']>;
  /** 数字只给出本登记库某一机构自身的数量时，该机构的 id（见 `Figure.scopeInstitution`）。The id of the institution of this registry whose own numbers the figure gives (see `Figure.scopeInstitution`). */
  scopeInstitutionId?: InputMaybe<Scalars['ID']['input']>;
  /** 该数字所统计的本登记库项目，仅在该数字只统计这一项目时填写。The programme of this registry the figure counts, where it counts no more than that. */
  scopeProgramId?: InputMaybe<Scalars['ID']['input']>;
  /** 刊载该数字的来源文件：按 `id` 引用已有来源，或新建来源。The source document the figure was published in: a known one by `id`, or a new one. */
  source: SourceInput;
  /** 该指标在指标目录中的单位，可省略。填写其他单位将被拒绝。The catalog's unit of the indicator; may be left out. Any other unit is refused. */
  unit?: InputMaybe<Scalars['String']['input']>;
  /** 按指标目录规定的指标类型取值：百分比须在0至100之间，计数须为非负整数，量值不得为负。As the catalog's kind says: a percentage from 0 to 100, a count whole and not negative, an amount not negative. */
  value: Scalars['Float']['input'];
};

/** 公布数字所陈述的内容：已发生的事实，或是一种意向。What a published number states: something that has happened, or an intention. */
export type FigureKind =
  /** 来源称已启动但尚未完成的事项（启动）：尚不构成计数。Something the source says has been started, not finished (启动): not yet a count. */
  | 'ANNOUNCED'
  /** 来源陈述的计划或目标（将、计划、力争）：仅能证明有此计划，绝不能证明已经实现。A plan or goal the source states (将, 计划, 力争): evidence of a plan, never of achievement. */
  | 'PLANNED'
  /** 来源报告为已完成或现有的数量或金额。A count or amount the source reports as done or standing. */
  | 'REPORTED';

/** 已公布数字在某次变更时的状态（参见 Figure）。A published figure as it was at a change (see Figure). */
export type FigureState = {
  __typename?: 'FigureState';
  /** 数字所对应的时间：年份、年月或日期。When the figure holds: a year, year-month or date. */
  asOf: Scalars['String']['output'];
  /** 页面未印出日期、日期系推算得出时为 true；推算方法见备注。True when the page does not print the date and it was inferred; the note says how. */
  asOfInferred: Scalars['Boolean']['output'];
  /** 公布的基期值，即用于与该数字比较的此前数值；未公布时为 null。The published baseline: the earlier value the figure is compared with; null when none was published. */
  baselineValue?: Maybe<Scalars['Float']['output']>;
  /** 基期值所属年份；未记录时为 null。仅公布了较该年的增长幅度时，可有年份而无 `baselineValue`。The year of the baseline; null when none was recorded. It may be set without `baselineValue`, when only growth over that year was published. */
  baselineYear?: Maybe<Scalars['Int']['output']>;
  /** 页面未载明基期年份、年份系推算得出时为 true；推算方法见备注。True when the page does not state the baseline's year and it was inferred; the note says how. */
  baselineYearInferred: Scalars['Boolean']['output'];
  /** 当数字为某一总数的组成部分时填写，例如全部机构中的综合医院。Set when the figure is one part of a total, for example the general hospitals among all institutions. */
  breakdown?: Maybe<FigureBreakdown>;
  /** 公布的较基期值的增长幅度，以百分比表示。Published growth over the baseline, in percent. */
  changePercent?: Maybe<Scalars['Float']['output']>;
  /** 对本数字进行更正的数字的 id；未被更正时为 null。The id of the figure that corrects this one; null unless it was corrected. */
  correctedById?: Maybe<Scalars['ID']['output']>;
  /** 该数字所属的全国指标目录中的指标。The indicator of the national catalog the figure is of. */
  indicator: Indicator;
  /** 该数字是计数、计划还是公告。Whether the figure is a count, a plan or an announcement. */
  kind: FigureKind;
  /** 关于如何从来源中读取该数字的说明，例如页面未印出日期时如何推算。Notes on how the figure was read from its source, for example how a date the page does not print was inferred. */
  note?: Maybe<Scalars['String']['output']>;
  /** 数字所统计时段的起点：年份、年月或日期；见 Figure.periodStart。The start of the period the figure adds up over: a year, year-month or date; see Figure.periodStart. */
  periodStart?: Maybe<Scalars['String']['output']>;
  /** 统计时段的起点系推算得出时为 true；见 Figure.periodStartInferred。True when the period's start was inferred; see Figure.periodStartInferred. */
  periodStartInferred: Scalars['Boolean']['output'];
  /** 公布数字的取整方式，依据来源在数字旁印出的修饰词判断。How the published number is rounded, by the word the source prints beside it. */
  qualifier: Qualifier;
  /** 来源在数字旁印出的修饰词（余、超、近、约）；没有时为 null。The qualifier's word as the source prints it (余, 超, 近, 约); null without one. */
  qualifierWord?: Maybe<Scalars['String']['output']>;
  /** 中文原文语句。The original Chinese sentence. */
  quote: Scalars['String']['output'];
  /** 取整数最后一位印出数字的位值；见 Figure.roundedTo。The place of a rounded figure's last printed digit; see Figure.roundedTo. */
  roundedTo?: Maybe<Scalars['Float']['output']>;
  /** 确切的统计对象，先中文，后英文。What exactly is counted, in Chinese, then English. */
  scope?: Maybe<Scalars['String']['output']>;
  /** 数字只给出某一机构自身数量时该机构的 id；否则为 null。The id of the institution whose own numbers the figure gives; null otherwise. */
  scopeInstitutionId?: Maybe<Scalars['ID']['output']>;
  /** 数字所统计的项目的 id；数字统计范围不限于某一项目时为 null。The id of the programme the figure counts; null when it counts no less than the indicator. */
  scopeProgramId?: Maybe<Scalars['ID']['output']>;
  /** 刊载该数字的来源的 id。The id of the source that published the figure. */
  sourceId: Scalars['ID']['output'];
  /** 该指标在指标目录中的单位。The catalog's unit of the indicator. */
  unit: Scalars['String']['output'];
  /** 公布的数值，以指标的单位计。The published value, in the indicator's unit. */
  value: Scalars['Float']['output'];
  /** 撤回或更正的原因；数字有效期间为 null。Why the figure was withdrawn or corrected; null while it stands. */
  withdrawalReason?: Maybe<Scalars['String']['output']>;
  /** 数字被撤回或更正的时间（ISO 8601）；数字有效期间为 null。When the figure was withdrawn or corrected (ISO 8601); null while it stands. */
  withdrawnAt?: Maybe<Scalars['String']['output']>;
};

/** 指标历史中某一年份的数值。A year's value in the history of an indicator. */
export type HistoryPoint = {
  __typename?: 'HistoryPoint';
  /** 该数值是根据登记库记录测算得出，还是取自公布数字或基期值。Whether the value was measured from the registry or taken from a published figure or baseline. */
  basis: ValueBasis;
  /** `MEASURED` 数值中演示记录所占的比例（`PUBLISHED` 数值为 0）。The share of a MEASURED value that demo records make (0 for a PUBLISHED one). */
  demoShare?: Maybe<Scalars['Float']['output']>;
  /** 根据公布的增长率计算得出的基期值，其本身并未公布；按该数字和增长率末位数字所带的误差取整。A baseline implied by a published growth rate, not published itself, rounded to the place the error of the figure's and the rate's last printed digits allows. */
  derived: Scalars['Boolean']['output'];
  /** 趋势拟合使用了此点时为 true，即该年份不晚于登记库最后一次变更该指标所计的那类记录（机构、社会工作者或项目开始或停止计入：成立、关闭、有日期的变更、入职、调动、离职、项目起止）的年份，或其数值最后一次变化的年份：在此之前数值不变的年末也是证据，说明登记库仍在维护而数量没有变化；进展没有趋势（`trendPerYear` 为 null）时均为 false。True when the trend was fitted on this point: not a year after the last year in which the registry changed a record of the kind the indicator counts (an institution, social worker or programme began or stopped counting: a founding, closing, dated change, start, move, end, a programme's start or end) or in which the value last changed: a flat year-end up to then is evidence too, of a registry kept up to date whose count did not move; false for every point where the progress has no trend (`trendPerYear` null). */
  evidence: Scalars['Boolean']['output'];
  /** `PUBLISHED` 点所依据的公布数字，附其来源和原文。The published figure a PUBLISHED point comes from, with its source and quote. */
  figure?: Maybe<Figure>;
  /** 该年的数值，以指标的单位计，按读数的精度取整：保留两位小数，小于 1 的保留三位有效数字（每万常住人口 0.0826）；公布数字按原文。登记库在首次登记可计的记录之前的年末（计数为 0）不在其中，时期（流量）指标中登记库没有登记任何量的年份（0）也不在其中：那是登记的情况，不是数值。The year's value, in the indicator's unit, rounded as it is read: to hundredths, and under 1 to three significant digits (0.0826 per 10,000 residents); a published figure as printed. A stock's year-ends before the registry first registered anything it counts (a count of 0) are not points, nor is a flow's year in which the registry registered none (0): that is what is registered, not a value. */
  value: Scalars['Float']['output'];
  /** 数值所属的年份：`MEASURED` 点为该年年末（当年为截至今日）；`PUBLISHED` 点为公布数字日期所在年份或其基期年份。The year of the value: its end for a `MEASURED` point (to date for this year); for a `PUBLISHED` point, the year of the figure's date or of its baseline. */
  year: Scalars['Int']['output'];
};

/** 医疗机构的医院等级。Hospital grade of a medical institution (等级). */
export type HospitalGrade =
  /** 一级，最低的医院等级。Primary (一级), the lowest grade. */
  | 'PRIMARY'
  /** 二级。Secondary (二级). */
  | 'SECONDARY'
  /** 三级，最高的医院等级。Tertiary (三级), the highest grade. */
  | 'TERTIARY'
  /** 未定级：尚未评定医院等级。Ungraded (未定级): no hospital grade has been given. */
  | 'UNGRADED';

/**
 * 全国指标目录中的一个指标。它归全国子图所有，由全国子图解析其名称、单位和定义；地区子图仅通过代码引用它。
 *
 * An indicator of the national catalog. It is owned by the national subgraph, which resolves its
 * name, unit and definition; regional subgraphs only refer to it by code.
 */
export type Indicator = {
  __typename?: 'Indicator';
  /** 该指标在全国指标目录中的代码，例如 MSW_INSTITUTIONS。The indicator's code in the national catalog, for example MSW_INSTITUTIONS. */
  code: Scalars['String']['output'];
};

/** 登记库中的一家机构：医院、社会工作服务机构、社会工作站、高校等。An institution of the registry: a hospital, a social work agency or station, a university and so on. */
export type Institution = {
  __typename?: 'Institution';
  /** 关闭日期，即计入该机构的最后一日（如社工的离职日期）；机构仍在运营期间为 null。截至关闭当日的测算值仍计入该机构，截至其后任一日期的不计入。The day it closed, the last day it counts (as a worker's last day of work); null while it is active. Measures as of that day still count it; as of a later day they leave it out. */
  closedOn?: Maybe<Scalars['String']['output']>;
  /** 记录录入登记库的时间（ISO 8601，UTC）。When the record was entered in the registry (ISO 8601, UTC). */
  createdAt: Scalars['String']['output'];
  /** 统一社会信用代码，18位字符：属公开信息，也是导入时匹配机构所依据的键。Unified social credit code (统一社会信用代码), 18 characters: public information, and the key an import matches institutions by. */
  creditCode?: Maybe<Scalars['String']['output']>;
  /** 当前时期的开始日期（YYYY-MM-DD）：最近一次有日期的变更生效之日或重新开放之日；从未有过的为 null（自成立起即为当前状态）。The first day of the current period (YYYY-MM-DD): the day the latest dated change took effect or the institution reopened; null for one never changed on a date (as it is since its founding). */
  currentSince?: Maybe<Scalars['String']['output']>;
  /** 机构所在的行政区划。The administrative division the institution is in. */
  division: Division;
  /** 成立日期（如已知）：年份、年月或日期。Founding date, where known: a year, year-month or date. */
  foundedOn?: Maybe<Scalars['String']['output']>;
  /** 仅适用于医疗机构。Only for medical institutions. */
  grade?: Maybe<HospitalGrade>;
  /** 在整个联邦中唯一的 id：地区代码加记录编号，如 `BJ-5`。An id unique across the federation: the region's code and a number, such as `BJ-5`. */
  id: Scalars['ID']['output'];
  /** 机构的类型。What the institution is. */
  kind: InstitutionKind;
  /** 正式名称，与公布的一致（通常为中文）。Official name, as published (usually Chinese). */
  name: Scalars['String']['output'];
  /** 机构的英文名称；未登记时为 null。The institution's English name; null when none is recorded. */
  nameEn?: Maybe<Scalars['String']['output']>;
  /**
   * 机构的各个时期，按时间先后排列，最后是当前时期：每个时期的类型、等级、所在地和社会工作设置。机构、社会工作者和项目的测算按当天所在时期计数（项目按其承办机构的时期），因此有日期的变更和重新开放不改变之前任何一天的这些测算值。两个时期之间有间隔的，为停业期间，其间不计该机构，也不计在该机构任职的社工；其承办的项目照常计入，按间隔之前的时期计。
   *
   * The institution's periods, oldest first, the current one last: the kind, grade, place and social
   * work of each. Institution, social worker and programme measures count it as the period of the
   * day has it (a programme, its host's), so a dated change or a reopening changes none of them on a
   * day before it. A gap between two periods is a time it was closed, in which neither it nor the
   * workers posted there count; the programmes it hosts still count, with the period before the gap.
   */
  periods: Array<InstitutionPeriod>;
  /** 该机构承办的项目。Programmes the institution hosts. */
  programs: Array<Program>;
  /** 该记录的来源。Where the record comes from. */
  provenance: Provenance;
  /** 来源中提及该机构的那句原文。The sentence of the source that names the institution. */
  quote?: Maybe<Scalars['String']['output']>;
  /** 机构开展社会工作服务的领域；未登记时为空列表。Fields of service the institution works in; empty when none is recorded. */
  serviceFields: Array<ServiceField>;
  /** 机构开展社会工作的组织形式；不详时为 null。How the institution has organised social work; null when not known. */
  socialWorkSetup?: Maybe<SocialWorkSetup>;
  /** 该机构开始开展社会工作的时间：年份、年月或日期。When the institution started social work: a year, year-month or date. */
  socialWorkSince?: Maybe<Scalars['String']['output']>;
  /** 隶属该机构的社会工作者记录数：不给 `asOf` 时包括已离职者（`endedOn` 不为空）；给出 `asOf` 时为该日日终在岗的人数（时点数），与测算值的计法相同。不带令牌时仅计已发布记录，与各列表相同；已登录的调用者计入各种来源的记录（演示记录也计入，见各记录的 `provenance`）。How many social worker records belong to the institution: without `asOf`, every record, workers who have left (`endedOn` set) included; with it, those in post at the end of that day (a stock), counted as a measure counts them. Without a token, published records only, as in the lists; a signed-in caller counts records of every provenance (demo ones too: see each record's `provenance`). */
  socialWorkerCount: Scalars['Int']['output'];
  /** 该机构的社会工作者，最早的在前。Social workers of the institution, oldest first. */
  socialWorkers: Array<SocialWorker>;
  /** `PUBLISHED` 记录所取自的文件。The document a PUBLISHED record was taken from. */
  source?: Maybe<Source>;
  /** 机构正在运营还是已关闭。Whether the institution is active or closed. */
  status: InstitutionStatus;
  /** 记录最近一次变更的时间（ISO 8601，UTC）。When the record last changed (ISO 8601, UTC). */
  updatedAt: Scalars['String']['output'];
  /** 每次变更时递增；未改变任何字段的更新不算变更，版本号不变，也不记入审计。更新时必须带上所读取的版本号。Incremented on every change; an update that changes no field is none, keeping the version and writing no audit. Updates must carry the version they read. */
  version: Scalars['Int']['output'];
};


/** 登记库中的一家机构：医院、社会工作服务机构、社会工作站、高校等。An institution of the registry: a hospital, a social work agency or station, a university and so on. */
export type InstitutionProgramsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** 登记库中的一家机构：医院、社会工作服务机构、社会工作站、高校等。An institution of the registry: a hospital, a social work agency or station, a university and so on. */
export type InstitutionSocialWorkerCountArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** 登记库中的一家机构：医院、社会工作服务机构、社会工作站、高校等。An institution of the registry: a hospital, a social work agency or station, a university and so on. */
export type InstitutionSocialWorkersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** 一页机构，附符合筛选条件的总数。A page of institutions, with how many match the filter. */
export type InstitutionConnection = {
  __typename?: 'InstitutionConnection';
  /** 本页的机构，每个均附其游标。The institutions of this page, each with its cursor. */
  edges: Array<InstitutionEdge>;
  /** 本页之后是否还有记录，以及获取下一页所用的游标。Whether more follow this page, and the cursor to ask for them. */
  pageInfo: PageInfo;
  /** 符合筛选条件的全部机构数量，而不仅限于本页。All institutions that match the filter, not only this page. */
  totalCount: Scalars['Int']['output'];
  /** 列表及其计数是包含筛选条件匹配的全部记录，还是仅包含已发布的记录。Whether the list and its count hold every record the filter matches, or the published ones only. */
  visibility: Visibility;
};

/** 一家机构及其游标。An institution with its cursor. */
export type InstitutionEdge = {
  __typename?: 'InstitutionEdge';
  /** 该记录的游标：作为 `after` 传入，即可获取其后的记录。The record's cursor: pass it as `after` for the records after it. */
  cursor: Scalars['String']['output'];
  /** 该机构。The institution. */
  node: Institution;
};

/** 所给出的各项条件须同时满足；列表型条件匹配其中任一值即可。Every condition given must hold; a list matches any of its values. */
export type InstitutionFilter = {
  /** 地市，按名称精确匹配。Prefecture city, exact name. */
  city?: InputMaybe<Scalars['String']['input']>;
  /** 地市名称的一部分：“南宁”可匹配“南宁市”。Part of the prefecture city's name: 南宁 finds 南宁市. */
  cityContains?: InputMaybe<Scalars['String']['input']>;
  /** 县（区），按名称精确匹配。County or district, exact name. */
  county?: InputMaybe<Scalars['String']['input']>;
  /** 统一社会信用代码，精确匹配（不区分大小写）。Unified social credit code, exact (in any case). */
  creditCode?: InputMaybe<Scalars['String']['input']>;
  /** 仅限这些医院等级的机构。Only institutions of these hospital grades. */
  grade?: InputMaybe<Array<HospitalGrade>>;
  /** 仅限这些类型的机构。Only institutions of these kinds. */
  kind?: InputMaybe<Array<InstitutionKind>>;
  /** 名称的一部分，不区分大小写。Case-insensitive part of the name. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** 仅限该来源的记录。不带令牌时只能指定 `PUBLISHED`，指定其他值将被拒绝。Only records of this provenance. Without a token only `PUBLISHED` may be asked for; any other value is refused. */
  provenance?: InputMaybe<Provenance>;
  /** 仅限服务领域包含该领域的机构。Only institutions that serve this field. */
  serviceField?: InputMaybe<ServiceField>;
  /** 仅限处于该状态的机构。Only institutions in this status. */
  status?: InputMaybe<InstitutionStatus>;
};

/** `createInstitution` 和 `updateInstitution` 所用的机构字段：新建时 `name` 和 `kind` 为必填项；更新时仅修改所给出的字段。An institution's fields for `createInstitution` and `updateInstitution`: `name` and `kind` are required to create one; an update changes only the fields given. */
export type InstitutionInput = {
  /** 机构所在地市，如南宁市；最多50个字符。Prefecture city of the institution, for example 南宁市; at most 50 characters. */
  city?: InputMaybe<Scalars['String']['input']>;
  /** 机构所在县（区），如西城区；最多50个字符。County or district of the institution, for example 西城区; at most 50 characters. */
  county?: InputMaybe<Scalars['String']['input']>;
  /** 统一社会信用代码：共18位字符，末位为校验码。Unified social credit code (统一社会信用代码): 18 characters ending in its check character. */
  creditCode?: InputMaybe<Scalars['String']['input']>;
  /** 成立日期：年份、年月或日期，如2021、2021-06或2021-06-30，不得晚于今天。测算自该时段的第一天起计入该机构；MSW_INSTITUTIONS、MSW_TERTIARY_INSTITUTIONS 和 PREFECTURES_COVERED 则自该日与开展社会工作之日（`socialWorkSince` 的起点，未给出时为登记库得知之日）两者中较晚者起计入。Founding date: a year, year-month or date (2021, 2021-06 or 2021-06-30), not in the future. Measures count the institution from the first day of that period; MSW_INSTITUTIONS, MSW_TERTIARY_INSTITUTIONS and PREFECTURES_COVERED count it from the later of that day and the start of its social work (that of `socialWorkSince`, or, without one, the day the registry learned of it). */
  foundedOn?: InputMaybe<Scalars['String']['input']>;
  /** 仅适用于医疗类机构（医院、基层医疗卫生机构、公共卫生机构）。Only for medical kinds (hospitals, primary care, public health). */
  grade?: InputMaybe<HospitalGrade>;
  /** 机构类型；新建时必填。What the institution is; required to create one. */
  kind?: InputMaybe<InstitutionKind>;
  /** 1至200个字符。1 to 200 characters. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** 英文名称，1至200个字符。更新改了已有英文名称的记录的 `name` 时，须一并给出 `nameEn`：新名称的英文、null（清空），或原样再给一次（仍然适用时）；否则被拒绝，以免英文页面仍显示原名称。English name, 1 to 200 characters. An update that changes the `name` of a record with an English name must give `nameEn` too: the new name's English, null to clear it, or the same again where it still fits; otherwise it is refused, so that English pages do not go on showing the former name. */
  nameEn?: InputMaybe<Scalars['String']['input']>;
  /** 机构的服务领域，每个领域只列一次；更新时以新列表替换原列表。The fields of service of the institution, each listed once; an update replaces the whole list. */
  serviceFields?: InputMaybe<Array<ServiceField>>;
  /** 机构开展社会工作的组织形式。How the institution has organised social work. */
  socialWorkSetup?: InputMaybe<SocialWorkSetup>;
  /** 开始开展社会工作的时间：年份、年月或日期，如2021、2021-06或2021-06-30。省略时，测算自登记库得知其设置之日（本次写入之日，或该机构的最早知悉日）起计入，并计为起始日期不详的记录。When it started social work: a year, year-month or date (2021, 2021-06 or 2021-06-30). Left out, measures count its social work from the day the registry learned of the setup (the day of this write, or the earliest day it knew of the institution), as a record whose start is not known. */
  socialWorkSince?: InputMaybe<Scalars['String']['input']>;
  /** 机构所在乡镇（街道）；最多50个字符。Township or street of the institution; at most 50 characters. */
  township?: InputMaybe<Scalars['String']['input']>;
};

/** 机构的类型。What an institution is. */
export type InstitutionKind =
  /** 被列为社会工作服务开展地点的县（区）。A county or district named as a place where social work is delivered. */
  | 'COUNTY'
  /** 县级社会工作指导中心。County-level social work guidance centre. */
  | 'COUNTY_GUIDANCE_CENTRE'
  /** 基金会或协会。Foundation or association. */
  | 'FOUNDATION_OR_ASSOCIATION'
  /** 综合医院。General hospital. */
  | 'GENERAL_HOSPITAL'
  /** 政府部门，也包括党委社会工作部等党委部门。Government body, including Party departments such as a social work department. */
  | 'GOVERNMENT_BODY'
  /** 其他：不属于以上任何类型的机构。Other: an institution of none of the kinds above. */
  | 'OTHER'
  /** 社区卫生服务中心、乡镇卫生院或诊所。Community health centre, township hospital or clinic. */
  | 'PRIMARY_CARE'
  /** 疾病预防控制机构、妇幼保健机构或其他公共卫生机构。Disease control, maternal and child health or another public health body. */
  | 'PUBLIC_HEALTH'
  /** 学校（高校除外）。School other than a university. */
  | 'SCHOOL'
  /** 社会工作服务机构。Social work service agency (社会工作服务机构). */
  | 'SOCIAL_WORK_AGENCY'
  /** 乡镇（街道）社工站。Township or street social work station (乡镇（街道）社工站). */
  | 'SOCIAL_WORK_STATION'
  /** 专科医院。Specialty hospital. */
  | 'SPECIALTY_HOSPITAL'
  /** 中医医院。Traditional Chinese medicine hospital. */
  | 'TCM_HOSPITAL'
  /** 培训、实践或孵化基地。Training, practice or incubation base. */
  | 'TRAINING_BASE'
  /** 高校。University. */
  | 'UNIVERSITY';

/** 机构的一个时期：其间机构的类型、等级、所在地和社会工作设置不变。A period of an institution, over which its kind, grade, place and social work stayed the same. */
export type InstitutionPeriod = {
  __typename?: 'InstitutionPeriod';
  /** 是否为当前时期。Whether this is the current period. */
  current: Scalars['Boolean']['output'];
  /** 该时期所在的地市与区县；乡镇街道不分时期保存，为 null。Its city and county over the period; its township is kept without periods, and is null here. */
  division: Division;
  /** 时期的首日（YYYY-MM-DD）；第一个时期为所记的成立时间（年份、年月或日期），不详时为 null。First day of the period (YYYY-MM-DD); of the first, the founding as recorded (a year, year-month or date), null when not known. */
  from?: Maybe<Scalars['String']['output']>;
  /** 该时期的等级，仅适用于医疗机构。Its grade over the period, for medical institutions only. */
  grade?: Maybe<HospitalGrade>;
  /** 该时期机构的类型。What the institution was over the period. */
  kind: InstitutionKind;
  /** 该时期的服务领域。Its fields of service over the period. */
  serviceFields: Array<ServiceField>;
  /** 该时期开展社会工作的组织形式；不详时为 null。How it organised social work over the period; null when not known. */
  socialWorkSetup?: Maybe<SocialWorkSetup>;
  /** 该时期所记的社会工作开始时间。When its social work started, as recorded for the period. */
  socialWorkSince?: Maybe<Scalars['String']['output']>;
  /** 时期的最后一日（YYYY-MM-DD）：下一时期开始的前一日，或关闭日期；当前时期在运营中为 null。Last day of the period (YYYY-MM-DD): the day before the next began, or the closing; null for the current period of an active institution. */
  until?: Maybe<Scalars['String']['output']>;
};

/** 机构在某次变更时的状态（参见 Institution）。An institution as it was at a change (see Institution). */
export type InstitutionState = {
  __typename?: 'InstitutionState';
  /** 关闭日期（YYYY-MM-DD）；机构仍在运营期间为 null。The day it closed (YYYY-MM-DD); null while it is active. */
  closedOn?: Maybe<Scalars['String']['output']>;
  /** 统一社会信用代码（公开信息）；未登记时为 null。Unified social credit code (public information); null where none is recorded. */
  creditCode?: Maybe<Scalars['String']['output']>;
  /** 当前时期的开始日期（YYYY-MM-DD）：有日期的变更生效或重新开放之日；从未有过的为 null。The first day of the current period (YYYY-MM-DD), the day a dated change took effect or it reopened; null for one never changed on a date. */
  currentSince?: Maybe<Scalars['String']['output']>;
  /** 机构所属的行政区划：地级市、县（区）、乡镇（街道）。The institution's administrative division: prefecture city, county or district, township or street. */
  division: Division;
  /** 成立日期（如已知）：年份、年月或日期。Founding date, where known: a year, year-month or date. */
  foundedOn?: Maybe<Scalars['String']['output']>;
  /** 医院等级，仅适用于医疗机构。Hospital grade, only for medical institutions. */
  grade?: Maybe<HospitalGrade>;
  /** 机构的类型。What the institution is. */
  kind: InstitutionKind;
  /** 正式名称，与公布的一致（通常为中文）。Official name, as published (usually Chinese). */
  name: Scalars['String']['output'];
  /** 英文名称；无英文名称时为 null。English name; null where it has none. */
  nameEn?: Maybe<Scalars['String']['output']>;
  /** 记录的来源。Where the record comes from. */
  provenance: Provenance;
  /** 来源中提及该机构的那句原文。The sentence of the source that names the institution. */
  quote?: Maybe<Scalars['String']['output']>;
  /** 该机构开展服务的社会工作服务领域。The fields of social work service the institution works in. */
  serviceFields: Array<ServiceField>;
  /** 机构开展社会工作的组织形式；未记录时为 null。How the institution has organised social work; null when not recorded. */
  socialWorkSetup?: Maybe<SocialWorkSetup>;
  /** 该机构开始开展社会工作的时间：年份、年月或日期。When the institution started social work: a year, year-month or date. */
  socialWorkSince?: Maybe<Scalars['String']['output']>;
  /** 机构状态：`ACTIVE`（运营中）或 `CLOSED`（已关闭）。Whether the institution is `ACTIVE` or `CLOSED`. */
  status: InstitutionStatus;
  /** 此状态下记录的版本号；每次变更时递增。The record's version in this state; incremented on every change. */
  version: Scalars['Int']['output'];
  /** 撤回机构最近一次有日期的变更或重新开放的原因（`withdrawInstitutionChange`），仅见于该次撤回后的状态；其他变更为 null。Why the institution's latest dated change or reopening was withdrawn (`withdrawInstitutionChange`), in the state after that withdrawal only; null for every other change. */
  withdrawalReason?: Maybe<Scalars['String']['output']>;
};

/** 机构是否仍在运营。Whether an institution is active or closed. */
export type InstitutionStatus =
  /** 正在运营的机构。An institution still in operation. */
  | 'ACTIVE'
  /** 已关闭的机构仍保留在登记库中；记录从不删除。Closed institutions stay in the registry; a record is never deleted. */
  | 'CLOSED';

/** 根据某一登记库的记录测算的指标。An indicator computed from a registry's records. */
export type Measure = {
  __typename?: 'Measure';
  /** 登记库测算的截至日期（YYYY-MM-DD），未指定日期时为今天。每万常住人口指标同样如此：这是其分子（计数）的日期，与其 YEAR 数列本年的单元格、目标进展所用的相同；分母人口数所属的年末见 `denominatorFigure.asOf`。The day the registry was measured as of (YYYY-MM-DD), today when no day is asked. So for a rate too: it is its numerator's (the count's) day, as its YEAR series' cell of this year and a target's progress take it; its population's year-end is `denominatorFigure.asOf`. */
  asOf?: Maybe<Scalars['String']['output']>;
  /** 按 `by` 所列维度分解的各单元格，每个单元格对应这些维度取值的一种组合；未指定 `by` 或指标无法测算时为空列表。The cells of the breakdown by the dimensions in `by`, each one combination of their values; empty without `by` or when not computable. */
  breakdown: Array<MeasureCell>;
  /**
   * 该地区最新公布的本指标整体数字（每万常住人口指标则为其分子计数的数字），与登记库在该数字日期的测算值对照：对于计数，测算值与公布值之比即登记库在当时收录了多少。与 `asOf` 无关，始终取最新的公布数字。该地区未公布这样的数字时为 null：此时无从得知登记库是否完整，其数值与其他地区比较时只是登记在册的数量。
   *
   * The region's latest published figure of the whole indicator (of its count, for a rate per 10,000
   * residents), beside the registry measured on that figure's date: for a count, measured over
   * published is how much of it the registry held then. Whatever `asOf` asks, the latest published
   * figure. Null where the region published none: nothing then tells how complete its registry is,
   * and its value compares with other regions' only as what is registered.
   */
  checkedAgainst?: Maybe<DataQualityCheck>;
  /** 登记库的记录无法统计该指标时为 false。False when the registry's records cannot count this indicator. */
  computable: Scalars['Boolean']['output'];
  /**
   * 该值中由生成的演示记录构成的占比（0至1）：计数指标按记录数（或加总的金额）计，比率按分母计，每万常住人口指标按分子计（其人口数为公布数据）。基于演示记录得出的值，不论数值看上去如何，均属演示数据；计数为 0 而所计记录均已在测算之日前结束时，为这些记录中演示记录的占比（演示记录都已结束得出的 0 也是演示数据）；从未统计到任何记录时为 null。
   *
   * The share (0 to 1) of the value that generated demo records make: of a count's records (or summed
   * amounts), of a ratio's denominator, of a rate's numerator (its population is published). A value
   * built on demo records is demo however it reads: of a count of 0 whose records all ended before
   * the day, the share of demo records among them (demo postings that all ended make a demo 0); null
   * where nothing was ever counted.
   */
  demoShare?: Maybe<Scalars['Float']['output']>;
  /** 比率：作为分母统计的记录。每万常住人口指标：已公布的常住人口数。Ratios: the records counted below the line. Rates per 10,000 residents: the published resident population. */
  denominator?: Maybe<Scalars['Float']['output']>;
  /**
   * 每万常住人口指标：分母人口数所属的年末早于计数之日时为 true（今天的计数除以 2023 年末的常住人口数）：该日的常住人口未公布，沿用之前年末的人口数是推定，不是公布数。计数取于人口数所属年末时为 false；没有分母，以及其他指标，为 null。
   *
   * Rates per 10,000 residents: true where the population's year-end comes before the count's day
   * (today's count over the resident population at the end of 2023): no population is published for
   * that day, and carrying an earlier year-end's forward to it is an inference, not a published
   * figure. False where the count is of the population's own year-end; null without a denominator,
   * and for other indicators.
   */
  denominatorCarriedForward?: Maybe<Scalars['Boolean']['output']>;
  /**
   * 每万常住人口指标：作为分母的已公布年末常住人口数，连同其来源和原文；登记库未收录当年人口数时为 null。
   *
   * Rates per 10,000 residents: the published year-end resident population the rate is taken over,
   * with its source and quote; null when the registry holds none for the year.
   */
  denominatorFigure?: Maybe<Figure>;
  /** 所测算的指标。The indicator measured. */
  indicator: Indicator;
  /**
   * 计数（每万常住人口指标为其分子）为 0，且截至该日登记库从未登记过该指标所计的记录（时期值：时期内没有计入的量，也没有因起止日期不详而未计入的项目；有此类项目时为 false，其数见 `undatedRecords` 和 `reason`）时为 true：0 只是登记的情况，不表示该地区没有，全国合计不计入该地区。登记过、但都在该日前结束（宁夏“三区”计划已期满的派驻社工）时为 false：0 是按登记的记录测得的，全国合计照计。其他情况也为 false。
   *
   * True where the count (of a rate per 10,000 residents, its numerator) is 0 and the registry had
   * registered no record the indicator counts by the day (of a flow, none adds to its period and no
   * programme holding an amount is left out of it for want of a start or an end: where some are, it
   * is false, and `undatedRecords` and the `reason` say how many): 0 is
   * what is registered, not a finding that the region has none, and a national total leaves the
   * region out. False where such records were registered and had all ended by the day (the postings
   * of Ningxia's 三区 plan, each of a year): 0 is what the records give, and a total adds it. False
   * otherwise.
   */
  nothingRegistered: Scalars['Boolean']['output'];
  /** 比率：作为分子统计的记录。每万常住人口指标：年末数量。计数和时期（流量）指标：即数值本身。指标无法测算，或金额没有可加总的记录时为 null。Ratios: the records counted above the line. Rates per 10,000 residents: the count. Counts and flows: the value itself. Null when not computable, or when an amount has nothing to add up. */
  numerator?: Maybe<Scalars['Float']['output']>;
  /**
   * 所统计的项目中，未载明结束时间、因而按尚未结束计入的项目数：项目有实施期，这是推定，不是记录（如雄安 2020 年启动、此后未见报道的项目）。只适用于按项目统计的时点指标；其他指标为 null。
   *
   * How many of the programmes counted give no end, and so count as not ended: a programme runs for a
   * period, so this is an inference, not a record (Xiong'an's projects of 2020 that no later page
   * reports on). For stocks of programmes only; null for other measures.
   */
  openEndedRecords?: Maybe<Scalars['Int']['output']>;
  /**
   * 说明指标无法测算的原因，或可测算的指标为何没有值（每万常住人口指标缺少当年已公布的常住人口数，比率没有可计入分母的记录），或计数为 0 时说明这只是登记在册的数量，或说明时期（流量）值是按天数分摊的估计值；对于每万常住人口指标，说明以哪一年的人口为分母，以及所用人口是否公布于第七次全国人口普查修订数列之前。先中文，后英文。
   *
   * Why the indicator is not computable, or why a computable one has no value (a rate per 10,000
   * residents without a published resident population for its year, a ratio with nothing below its
   * line), or that a count of 0 is what is registered, not a finding that there is none, or that a
   * flow's value is pro-rated over its programmes' days, an estimate; for a rate, which year's population it is taken over, and whether a population it uses was
   * published before the Seventh National Population Census revised the series. In Chinese, then
   * English.
   */
  reason?: Maybe<Scalars['String']['output']>;
  /** 时期（流量）指标开始统计记录的第一天（YYYY-MM-DD）；截至 `asOf` 的时点（存量）指标为 null。For a flow, the first day its records were counted from (YYYY-MM-DD); null for the stock at `asOf`. */
  since?: Maybe<Scalars['String']['output']>;
  /**
   * 所统计的记录中，因起始日期不详而从登记库推算的日期起算的记录数（推算日期为首次提及该记录的文件日期，或该记录的录入日期）；持证社会工作者中还包括证书未记取得日期（`SocialWorker.certifiedSince`）、在其各段任职的每一天均计为持证的人员。对于 FLOW，指因实施期不详（无起始日期或无结束日期）、无法分摊到各年而未计入的含金额项目数。无法测算时为 null。
   *
   * How many of the records counted are counted from a day the registry inferred because their start
   * is not known (the date of the document that first names them, or the day they were recorded); of
   * certified workers, also those whose certificate has no day (`SocialWorker.certifiedSince`), counted
   * as certified on every day of their posts. For a FLOW, how many programmes holding an amount were left out because their period is not known
   * (no start, or no end), so cannot be spread over the years. Null when not computable.
   */
  undatedRecords?: Maybe<Scalars['Int']['output']>;
  /** 计数值；如为比率，则为百分数：分子 / 分母 × 100。时期（流量）值按天数分摊，是估计值，取整到个位。The count, or for a ratio the percentage numerator / denominator × 100. A flow, spread over days, is an estimate rounded to a whole unit. */
  value?: Maybe<Scalars['Float']['output']>;
};

/** 一组维度取值的组合及其在测算值中所占的部分。One combination of dimension values and its part of the measure. */
export type MeasureCell = {
  __typename?: 'MeasureCell';
  /** 同 Measure.demoShare，适用于本单元格。As Measure.demoShare, for this cell. */
  demoShare?: Maybe<Scalars['Float']['output']>;
  /** 同 `Measure.denominator`，适用于本单元格。As `Measure.denominator`, for this cell. */
  denominator?: Maybe<Scalars['Float']['output']>;
  /** 同 `Measure.denominatorCarriedForward`，适用于本单元格（尚未结束年份的单元格，其计数取于年末之前）。As `Measure.denominatorCarriedForward`, for this cell (the cell of a year not yet over counts before its year-end). */
  denominatorCarriedForward?: Maybe<Scalars['Boolean']['output']>;
  /**
   * 每万常住人口指标：本单元格作为分母的已公布年末常住人口数，连同其来源和原文（各年的比率除以各自年份的人口数）；登记库未收录该年人口数时，以及其他指标，为 null。
   *
   * Rates per 10,000 residents: the published year-end resident population this cell is taken over,
   * with its source and quote (each year's rate is over its own year's population); null when the
   * registry holds none for the year, and for other indicators.
   */
  denominatorFigure?: Maybe<Figure>;
  /** 每个所请求的维度对应一个键，顺序与请求一致。One key per requested dimension, in the order requested. */
  keys: Array<DimensionValue>;
  /** 同 `Measure.numerator`，适用于本单元格。As `Measure.numerator`, for this cell. */
  numerator?: Maybe<Scalars['Float']['output']>;
  /** 对于尚未结束年份的 YEAR 单元格为 true：其值截至所问之日（未指定 asOf 时为今天），而非全年值。True for the YEAR cell of a year not yet over: its value is to date (the day asked for, or today without asOf), not the year's. */
  toDate: Scalars['Boolean']['output'];
  /** 本单元格的数值，含义同 `Measure.value`；无法计算时为 null（如比率没有可作为分母统计的记录，或登记库未收录每万常住人口指标当年的人口数）。The cell's value, as `Measure.value`; null where it cannot be computed (a ratio with nothing below the line, a rate for a year whose population the registry does not hold). */
  value?: Maybe<Scalars['Float']['output']>;
};

/** 实现目标过程中的一个阶段目标。A step on the way to a target. */
export type Milestone = {
  __typename?: 'Milestone';
  /** 该阶段须完成或达到的内容。What is to be done or reached in the step. */
  description: Scalars['String']['output'];
  /** 来源中载明该阶段目标的原文；未记录时为 null。The source's original sentence for the step; null when none is recorded. */
  quote?: Maybe<Scalars['String']['output']>;
  /** 该阶段目标所属的年份。The year of the step. */
  year: Scalars['Int']['output'];
};

/** 实现目标过程中的一个阶段目标。A step on the way to a target. */
export type MilestoneInput = {
  /** 阶段目标的文字表述，1至1,000个字符。The milestone in words, 1 to 1,000 characters. */
  description: Scalars['String']['input'];
  /** 设定该阶段目标的原文语句，1至2,000个字符。The original sentence that sets the milestone, 1 to 2,000 characters. */
  quote?: InputMaybe<Scalars['String']['input']>;
  /** 阶段目标的年份，2000至2100。The year of the milestone, 2000 to 2100. */
  year: Scalars['Int']['input'];
};

/** 列表中一页的结束位置，以及其后是否还有记录。Where a page of a list ends, and whether more follow. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** 本页最后一条记录的游标，作为 `after` 传入即可获取下一页；空页时为 null。The cursor of the page's last record: pass it as `after` for the next page; null for an empty page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** 本页之后还有记录时为 true。True when more records follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** 设定目标的政策文件。A policy document that sets targets. */
export type Policy = {
  __typename?: 'Policy';
  /** 政策文件的 id。The policy document's id. */
  id: Scalars['ID']['output'];
  /** 发布时间：年份、年月或日期；不详时为 null。When it was issued: a year, year-month or date; null when not known. */
  issuedOn?: Maybe<Scalars['String']['output']>;
  /** 原件未印出发布时间、`issuedOn` 系据刊载它的页面推定时为 true（如 2025 年页面上的“近日印发”）。True where the document prints no date and `issuedOn` was read from the page that reports it (近日印发 on a page of 2025). */
  issuedOnInferred: Scalars['Boolean']['output'];
  /** 联合发文机关的数目，限文件只给出数目、未全部列出名称的情况（“五部门联合印发”为 5）；否则为 null。`titleCitedIn` 不为 null 时，该数目同样读自引用标题的那一页，与标题一样系推断为本文件的。How many bodies issued it, where a document counts them and names fewer than that (五部门联合印发: 5); null otherwise. Where `titleCitedIn` is set, the count is read on that page too, and is of this document only as far as its title is: an inference. */
  issuerCount?: Maybe<Scalars['Int']['output']>;
  /** 发文机关；未载明时为空列表。The bodies that issued the document; empty when not stated. */
  issuers: Array<Scalars['String']['output']>;
  /** 发文机关的英文名称，与 `issuers` 逐一对应、顺序相同：本登记库的译名，原名见 `issuers`（英文页面写作“英文名（原名）”）；未给出时为 null。The issuers' names in English, one for each of `issuers` in the same order: the registry's translation, the original being `issuers` (English pages print both, "English (原名)"); null where none was given. */
  issuersEn?: Maybe<Array<Scalars['String']['output']>>;
  /** 政策文件的标题；原件未印出标题时，为据正文拟定的标题（见 `titleConstructed`）。Title of the policy document; where it prints none, one made from its text (see `titleConstructed`). */
  title: Scalars['String']['output'];
  /** 原件未印出标题、`title` 系另一文件引用它时所用的标题时，为印有该标题的那份来源；否则为 null。Where the document prints no title and `title` is the one another document cites it by, the source whose page prints it; null otherwise. */
  titleCitedIn?: Maybe<Source>;
  /** 原件未印出标题、`title` 系据正文拟定时为 true。True where the document prints no title and `title` was made from its text. */
  titleConstructed: Scalars['Boolean']['output'];
  /** 标题的英文，已知时给出（项目的英文名称，或本登记库的译名）；否则为 null。The title in English where one is known (a programme's English name, or the registry's translation); null otherwise. */
  titleEn?: Maybe<Scalars['String']['output']>;
};

/** 设定目标的政策文件；每次提供时均新建一条政策文件记录。A policy document that sets the target; each time one is given, a new policy record is created. */
export type PolicyInput = {
  /** 发布时间：年份、年月或日期，不得晚于今天。目标在此日期之前不作判定（NOT_SET）。When the policy was issued: a year, year-month or date, not after today. A target is not judged before it (NOT_SET). */
  issuedOn?: InputMaybe<Scalars['String']['input']>;
  /** 发布时间系推定（原件未印出）时为 true；省略即为 false。True where the date is inferred, the document printing none; false when left out. */
  issuedOnInferred?: InputMaybe<Scalars['Boolean']['input']>;
  /** 联合发文单位的数目，限文件只给出数目、未全部列出名称的情况（“五部门联合印发”为 5），1至100，不得少于 `issuers` 所列的个数；省略即为未知。How many bodies issued it, where a page counts them and names fewer (五部门联合印发: 5), 1 to 100 and not fewer than `issuers` lists; unknown when left out. */
  issuerCount?: InputMaybe<Scalars['Int']['input']>;
  /** 发文单位，最多20个，每个1至200个字符。The bodies that issued the policy, at most 20, each 1 to 200 characters. */
  issuers: Array<Scalars['String']['input']>;
  /** 发文单位的英文名称，与 `issuers` 逐一对应、顺序相同，每个1至200个字符；省略即为未知。The issuers' names in English, one for each of `issuers` in the same order, each 1 to 200 characters; unknown when left out. */
  issuersEn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 政策文件的标题，1至300个字符。The policy document's title, 1 to 300 characters. */
  title: Scalars['String']['input'];
  /** 原件未印出标题、`title` 系另一文件引用它时所用的标题时，为印有该标题的来源的 id（须为本登记库已有的来源，且不可与 `titleConstructed` 同时给出）；此时 `issuerCount` 亦视为读自该页、系推断。省略即为原件印有标题。Where the document prints no title and `title` is the one another document cites it by, the id of the source whose page prints it (a source of this registry; not with `titleConstructed`); `issuerCount` is then read on that page too, an inference. Left out, the title is printed on the document. */
  titleCitedIn?: InputMaybe<Scalars['ID']['input']>;
  /** 原件未印出标题、`title` 系据正文拟定时为 true；省略即为 false。True where the document prints no title and `title` is made from its text; false when left out. */
  titleConstructed?: InputMaybe<Scalars['Boolean']['input']>;
  /** 标题的英文，1至300个字符；省略即为未知。The title in English, 1 to 300 characters; unknown when left out. */
  titleEn?: InputMaybe<Scalars['String']['input']>;
};

/** 在该地区实施的项目：服务项目、项目统称或支撑性工作（见 `role`）。A programme run in the region: a service project, a scheme of projects or supporting work (see `role`). */
export type Program = {
  __typename?: 'Program';
  /** 按公布口径的年内或项目内批次（例如第三批记为3）。Batch within the year or the programme, as published (for example 3 for 第三批). */
  batch?: Maybe<Scalars['String']['output']>;
  /** 项目报告的受益群众，以人次计；不详时为 null。数字如公布时所写；读自带修饰词的公开数字时（“超”“余”），是其区间的下端，见 `figures`。People the programme reports as served (受益群众), in person-times; null when not known. As published; read from a qualified figure (超, 余), it is the lower end of its interval: see `figures`. */
  beneficiaries?: Maybe<Scalars['Int']['output']>;
  /** 社区服务的参与人次（社区服务…人次）。数字如公布时所写；读自带修饰词的公开数字时（“超”“余”），是其区间的下端，见 `figures`。Participants in community services, in person-times (社区服务…人次). As published; read from a qualified figure (超, 余), it is the lower end of its interval: see `figures`. */
  communityServicePersonTimes?: Maybe<Scalars['Int']['output']>;
  /** 开展社区活动的场次（社区活动…场），不是参与人数。Community activities held (社区活动…场), not their participants. */
  communityServices?: Maybe<Scalars['Int']['output']>;
  /** 记录录入登记库的时间（ISO 8601，UTC）。When the record was entered in the registry (ISO 8601, UTC). */
  createdAt: Scalars['String']['output'];
  /**
   * 已公布的、只统计本项目（及其下属项目）的数字，按指标和日期排列，各附原文、统计期和限定词（余、超、近）及其区间。
   * 上面的数量与其中某个数字相同时，即读自该数字，以其口径为准：受益群众“超 9000 人次”在 `beneficiaries` 中为 9000，
   * 在此为多于 9000。数字归属本项目，是按其原文的读法；原文也可作更宽的理解时，由该数字的 `note` 说明（北京的 4000余人次个案服务也可能是全市合计）。
   * The published figures that count this programme (and the projects under it) and no more, by
   * indicator and date, each with its quote, its period and its qualifier (余, 超, 近) as an interval. A count above that
   * equals one of them was read from it and means what it says: beneficiaries of 超 9000 人次 are 9000 in
   * `beneficiaries`, and more than 9,000 here. A figure is the programme's as its sentence is read; where
   * the sentence could be read more widely, the figure's `note` says so (Beijing's 4000余 cases may be
   * the city's).
   */
  figures: Array<Figure>;
  /** 项目资金，单位为元；不详时为 null。Funding of the programme, in yuan; null when not known. */
  fundingYuan?: Maybe<Scalars['Float']['output']>;
  /** 小组工作的参与人次（小组服务…人次）。数字如公布时所写；读自带修饰词的公开数字时（“超”“余”），是其区间的下端，见 `figures`。Participants in group work, in person-times (小组服务…人次). As published; read from a qualified figure (超, 余), it is the lower end of its interval: see `figures`. */
  groupServicePersonTimes?: Maybe<Scalars['Int']['output']>;
  /** 开展小组工作活动的次数（小组活动…次），不是参与人数。Group work sessions held (小组活动…次), not their participants. */
  groupSessions?: Maybe<Scalars['Int']['output']>;
  /** 承办该项目的机构；未登记时为 null，不带令牌时若承办机构不是已发布记录也为 null。The institution that hosts the programme; null when none is recorded, or without a token when the host is not a published record. */
  hostInstitution?: Maybe<Institution>;
  /** 在整个联邦中唯一的 id：地区代码加记录编号，如 `BJ-5`。An id unique across the federation: the region's code and a number, such as `BJ-5`. */
  id: Scalars['ID']['output'];
  /** 个案服务量，以人次计（个案服务…人次）。数字如公布时所写；读自带修饰词的公开数字时（“超”“余”），是其区间的下端，见 `figures`。Individual casework, in person-times (个案服务…人次). As published; read from a qualified figure (超, 余), it is the lower end of its interval: see `figures`. */
  individualCases?: Maybe<Scalars['Int']['output']>;
  /** 项目的类型。What kind of programme it is. */
  kind: ProgramKind;
  /** 项目名称（通常为中文）。The programme's name (usually Chinese). */
  name: Scalars['String']['output'];
  /** 项目的英文名称；未登记时为 null。The programme's English name; null when none is recorded. */
  nameEn?: Maybe<Scalars['String']['output']>;
  /** 该项目所属的计划。The scheme this project belongs to. */
  parent?: Maybe<Program>;
  /** 实施期的结束：年份、年月或日期，不早于 `periodStart`；不详时为 null。End of the programme's period: a year, year-month or date, not before `periodStart`; null when not known. */
  periodEnd?: Maybe<Scalars['String']['output']>;
  /** 实施期的开始：年份、年月或日期；不详时为 null。Start of the programme's period: a year, year-month or date; null when not known. */
  periodStart?: Maybe<Scalars['String']['output']>;
  /** 该记录的来源。Where the record comes from. */
  provenance: Provenance;
  /** 来源中提及该项目的那句原文。The sentence of the source that names the programme. */
  quote?: Maybe<Scalars['String']['output']>;
  /** 该记录所代表的对象；只有 `PROJECT` 记录计入项目数、受益群众、投入资金和个案服务指标。What the record stands for; only `PROJECT` records count in the indicators of projects, beneficiaries, funding and casework. */
  role: ProgramRole;
  /** 项目的服务领域；未登记时为空列表。Fields of service of the programme; empty when none is recorded. */
  serviceFields: Array<ServiceField>;
  /** `PUBLISHED` 记录所取自的文件。The document a `PUBLISHED` record was taken from. */
  source?: Maybe<Source>;
  /** 记录最近一次变更的时间（ISO 8601，UTC）。When the record last changed (ISO 8601, UTC). */
  updatedAt: Scalars['String']['output'];
  /** 每次变更时递增；未改变任何字段的更新不算变更，版本号不变，也不记入审计。更新时必须带上所读取的版本号。Incremented on every change; an update that changes no field is none, keeping the version and writing no audit. Updates must carry the version they read. */
  version: Scalars['Int']['output'];
  /** 撤回该项目的原因，先中文，后英文；项目有效期间为 null。Why the programme was withdrawn, in Chinese, then English; null while it stands. */
  withdrawalReason?: Maybe<Scalars['String']['output']>;
  /**
   * 该项目被撤回的时间（ISO 8601），由公开数据或本地区（`withdrawProgram`）撤回；项目有效期间为 null。被撤回的项目仍予保留，但在任何日期都不计入测算，也不列入项目列表（`programs(includeWithdrawn: true)` 除外）：撤回的是误录的记录或其来源不能支持的读法，而不是已结束的项目。
   *
   * When the programme was withdrawn (ISO 8601), by the published data or by the region
   * (`withdrawProgram`); null while it stands. A withdrawn programme is kept but counted at no date
   * and listed nowhere (but `programs(includeWithdrawn: true)`): what is withdrawn is a record made in
   * error or a reading its source does not bear out, not a programme that ended.
   */
  withdrawnAt?: Maybe<Scalars['String']['output']>;
  /** 项目年度；不详时为 null。未给出 `periodStart` 时，测算自该年1月1日起计入该项目；如也未给出 `periodEnd`，则计至该年12月31日。The programme's year (年度); null when not known. Without a `periodStart`, measures count the programme from 1 January of this year, and to 31 December unless `periodEnd` is given. */
  year?: Maybe<Scalars['Int']['output']>;
};

/** 一页项目，附符合筛选条件的总数。A page of programmes, with how many match the filter. */
export type ProgramConnection = {
  __typename?: 'ProgramConnection';
  /** 本页的项目，每个均附其游标。The programmes of this page, each with its cursor. */
  edges: Array<ProgramEdge>;
  /** 本页之后是否还有记录，以及获取下一页所用的游标。Whether more follow this page, and the cursor to ask for them. */
  pageInfo: PageInfo;
  /** 符合筛选条件的全部项目数量，而不仅限于本页。All programmes that match the filter, not only this page. */
  totalCount: Scalars['Int']['output'];
  /** 列表及其计数是包含筛选条件匹配的全部记录，还是仅包含已发布的记录。Whether the list and its count hold every record the filter matches, or the published ones only. */
  visibility: Visibility;
};

/** 一个项目及其游标。A programme with its cursor. */
export type ProgramEdge = {
  __typename?: 'ProgramEdge';
  /** 该记录的游标：作为 `after` 传入，即可获取其后的记录。The record's cursor: pass it as `after` for the records after it. */
  cursor: Scalars['String']['output'];
  /** 该项目。The programme. */
  node: Program;
};

/** 项目的筛选条件：所给出的各项条件须同时满足；列表型条件匹配其中任一值即可。Conditions on programmes: every condition given must hold; a list matches any of its values. */
export type ProgramFilter = {
  /** 仅限该机构承办的项目（机构 id，如 `BJ-5`）。Only programmes hosted by this institution (its id, for example `BJ-5`). */
  hostInstitutionId?: InputMaybe<Scalars['ID']['input']>;
  /** 仅限这些类型的项目。Only programmes of these kinds. */
  kind?: InputMaybe<Array<ProgramKind>>;
  /** 名称的一部分，不区分大小写。Case-insensitive part of the name. */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** 仅限该来源的记录。不带令牌时只能指定 `PUBLISHED`，指定其他值将被拒绝。Only records of this provenance. Without a token only `PUBLISHED` may be asked for; any other value is refused. */
  provenance?: InputMaybe<Provenance>;
  /** 仅限服务领域包含该领域的项目。Only programmes that serve this field. */
  serviceField?: InputMaybe<ServiceField>;
  /** 仅限该年度的项目（按 `Program.year`）。Only programmes of this year (`Program.year`). */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** `createProgram` 和 `updateProgram` 所用的项目字段：新建时 `name` 和 `kind` 为必填项；更新时仅修改所给出的字段。A programme's fields for `createProgram` and `updateProgram`: `name` and `kind` are required to create one; an update changes only the fields given. */
export type ProgramInput = {
  /** 按公布口径的年内或项目内批次（例如第三批记为3），最多50个字符。Batch within the year or the programme, as published (for example 3 for 第三批); at most 50 characters. */
  batch?: InputMaybe<Scalars['String']['input']>;
  /** 项目报告的受益群众，以人次计，为非负整数。People the programme reports as served (受益群众), in person-times; a whole number, not negative. */
  beneficiaries?: InputMaybe<Scalars['Int']['input']>;
  /** 社区服务的参与者，按人次计（社区服务…人次）。Participants in community services, in person-times (社区服务…人次). */
  communityServicePersonTimes?: InputMaybe<Scalars['Int']['input']>;
  /** 开展社区活动的场次（社区活动…场），不计参与人数。Community activities held (社区活动…场), not their participants. */
  communityServices?: InputMaybe<Scalars['Int']['input']>;
  /** 项目资金，以元计，不得为负。时期（流量）测算按天数将其分摊到项目实施期内。Funding of the programme, in yuan, not negative. Flow measures spread it over the programme's period by days. */
  fundingYuan?: InputMaybe<Scalars['Float']['input']>;
  /** 小组工作的参与者，按人次计（小组服务…人次）。Participants in group work, in person-times (小组服务…人次). */
  groupServicePersonTimes?: InputMaybe<Scalars['Int']['input']>;
  /** 开展小组活动的次数（小组活动…次），不计参与人数。Group work sessions held (小组活动…次), not their participants. */
  groupSessions?: InputMaybe<Scalars['Int']['input']>;
  /** 承办该项目的本登记库机构的 id，如 `BJ-5`。The id of the institution of this registry that hosts the programme, for example `BJ-5`. */
  hostInstitutionId?: InputMaybe<Scalars['ID']['input']>;
  /** 个案服务量，按人次计（个案服务…人次）。Individual casework, in person-times (个案服务…人次). */
  individualCases?: InputMaybe<Scalars['Int']['input']>;
  /** 项目类型；新建时必填。What kind of programme it is; required to create one. */
  kind?: InputMaybe<ProgramKind>;
  /** 项目名称，1至300个字符；新建时必填。Name of the programme, 1 to 300 characters; required to create one. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** 英文名称，1至300个字符。更新改了已有英文名称的记录的 `name` 时，须一并给出 `nameEn`：新名称的英文、null（清空），或原样再给一次（仍然适用时）；否则被拒绝，以免英文页面仍显示原名称。English name, 1 to 300 characters. An update that changes the `name` of a record with an English name must give `nameEn` too: the new name's English, null to clear it, or the same again where it still fits; otherwise it is refused, so that English pages do not go on showing the former name. */
  nameEn?: InputMaybe<Scalars['String']['input']>;
  /** 实施期的结束：年份、年月或日期，不得早于 `periodStart`。测算计入该项目至该时段的最后一天。End of the programme's period: a year, year-month or date, not before `periodStart`. Measures count the programme up to the last day of that period. */
  periodEnd?: InputMaybe<Scalars['String']['input']>;
  /** 实施期的开始：年份、年月或日期。测算自该时段的第一天起计入该项目。Start of the programme's period: a year, year-month or date. Measures count the programme from the first day of that period. */
  periodStart?: InputMaybe<Scalars['String']['input']>;
  /** 项目的服务领域，每个领域只列一次；更新时以新列表替换原列表。The fields of service of the programme, each listed once; an update replaces the whole list. */
  serviceFields?: InputMaybe<Array<ServiceField>>;
  /** 项目年度，1949至2100。未填写 `periodStart` 和 `periodEnd` 时，测算视该项目的实施期为该年全年。The programme's year, 1949 to 2100. Without `periodStart` and `periodEnd`, measures take the programme to run through the whole year. */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** 项目的类型。What kind of programme it is. */
export type ProgramKind =
  /** 培育项目。Cultivation project (培育项目). */
  | 'CULTIVATION'
  /** 示范项目。Demonstration project (示范项目). */
  | 'DEMONSTRATION'
  /** 选派社会工作者赴机构或地方开展服务。Social workers dispatched (选派) to serve in institutions or places. */
  | 'DISPATCHED_WORKER'
  /** 政府购买的社会工作服务。Social work services purchased by government (政府购买服务). */
  | 'GOVERNMENT_PURCHASED_SERVICE'
  /** 其他：不属于以上任何类型的项目。Other: a programme of none of the kinds above. */
  | 'OTHER'
  /** 试点。Pilot (试点). */
  | 'PILOT'
  /** 在机构驻点的社会工作者。Social workers stationed in an institution (驻点). */
  | 'RESIDENT_WORKER'
  /** 补贴。Subsidy (补贴). */
  | 'SUBSIDY'
  /** 社会工作人才支持计划。Social work talent support plan (人才支持计划). */
  | 'TALENT_SUPPORT_PLAN'
  /** 培训。Training (培训). */
  | 'TRAINING'
  /** 培训基地：培训、实践或孵化基地。Training base: a training, practice or incubation base (培训基地). */
  | 'TRAINING_BASE';

/** 项目记录所代表的对象类型。What a programme record stands for. */
export type ProgramRole =
  /** 服务项目，即项目数统计所计的对象。A service project: what project counts count. */
  | 'PROJECT'
  /** 代表一组项目的计划（2023年的25个示范项目）；其本身不属于其中任何一个项目。A scheme that stands for a group of projects (the 25 demonstration projects of 2023); not itself one of them. */
  | 'SCHEME'
  /** 为工作提供支撑的方案、手册、模式、工作坊或基地；不属于服务项目。A plan, manual, model, workshop or base that supports the work; not a service project. */
  | 'SUPPORT';

/** 项目在某次变更时的状态（参见 Program）。A programme as it was at a change (see Program). */
export type ProgramState = {
  __typename?: 'ProgramState';
  /** 按公布口径的年内或项目内批次（例如第三批记为3）。Batch within the year or the programme, as published (for example 3 for 第三批). */
  batch?: Maybe<Scalars['String']['output']>;
  /** 项目报告的受益人，以人次计。People the programme served, as it reports them, in person-times. */
  beneficiaries?: Maybe<Scalars['Int']['output']>;
  /** 社区服务的参与人次（社区服务…人次）。Participants in community services, in person-times (社区服务…人次). */
  communityServicePersonTimes?: Maybe<Scalars['Int']['output']>;
  /** 开展社区活动的场次（社区活动…场），不是参与人数。Community activities held (社区活动…场), not their participants. */
  communityServices?: Maybe<Scalars['Int']['output']>;
  /** 项目投入的资金，单位为元；不详时为 null。The programme's funding, in yuan; null when not known. */
  fundingYuan?: Maybe<Scalars['Float']['output']>;
  /** 小组工作的参与人次（小组服务…人次）。Participants in group work, in person-times (小组服务…人次). */
  groupServicePersonTimes?: Maybe<Scalars['Int']['output']>;
  /** 开展小组工作活动的次数（小组活动…次），不是参与人数。Group work sessions held (小组活动…次), not their participants. */
  groupSessions?: Maybe<Scalars['Int']['output']>;
  /** 承办该项目的机构的 id；未记录时为 null。The id of the institution that hosts the programme; null when none is recorded. */
  hostInstitutionId?: Maybe<Scalars['ID']['output']>;
  /** 个案服务量，以人次计（个案服务…人次）。Individual casework, in person-times (个案服务…人次). */
  individualCases?: Maybe<Scalars['Int']['output']>;
  /** 项目的类型：示范项目、培育项目、驻点等。The kind of programme: demonstration, cultivation, stationed workers and so on. */
  kind: ProgramKind;
  /** 项目名称。The programme's name. */
  name: Scalars['String']['output'];
  /** 英文名称；无英文名称时为 null。English name; null where it has none. */
  nameEn?: Maybe<Scalars['String']['output']>;
  /** 该项目所属计划的 id；不属于任何计划时为 null。The id of the scheme this project belongs to; null when it belongs to none. */
  parentId?: Maybe<Scalars['ID']['output']>;
  /** 项目实施期的结束时间：年份、年月或日期。End of the programme's period: a year, year-month or date. */
  periodEnd?: Maybe<Scalars['String']['output']>;
  /** 项目实施期的起始时间：年份、年月或日期。Start of the programme's period: a year, year-month or date. */
  periodStart?: Maybe<Scalars['String']['output']>;
  /** 记录的来源。Where the record comes from. */
  provenance: Provenance;
  /** 来源中提及该项目的那句原文。The sentence of the source that names the programme. */
  quote?: Maybe<Scalars['String']['output']>;
  /** 项目记录所代表的对象类型：服务项目、项目统称或支撑。What the programme record stands for: a service project, a scheme of projects or support. */
  role: ProgramRole;
  /** 该项目涉及的社会工作服务领域。The fields of social work service the programme serves. */
  serviceFields: Array<ServiceField>;
  /** 提及该项目的来源的 id；非来自公开资料的记录为 null。The id of the source that names the programme; null for a record not from a published source. */
  sourceId?: Maybe<Scalars['ID']['output']>;
  /** 此状态下记录的版本号；每次变更时递增。The record's version in this state; incremented on every change. */
  version: Scalars['Int']['output'];
  /** 撤回该项目的原因；项目有效期间为 null。Why the programme was withdrawn; null while it stands. */
  withdrawalReason?: Maybe<Scalars['String']['output']>;
  /** 该项目被撤回的时间（ISO 8601）；项目有效期间为 null。When the programme was withdrawn (ISO 8601); null while it stands. */
  withdrawnAt?: Maybe<Scalars['String']['output']>;
  /** 项目所属年份；不详时为 null。The programme's year; null when not known. */
  year?: Maybe<Scalars['Int']['output']>;
};

/** 某地区在其某项目标上的进展情况。以下所说的“今天”“当前”，在按 `progress(asOf:)` 判定时指该日。Where a region stands toward one of its targets. Today and now, below, are the day of `progress(asOf:)` when one is given. */
export type Progress = {
  __typename?: 'Progress';
  /** 数值所对应的时间：测算时间，或公布数字的日期。每万常住人口比率为计数的日期，其分母常住人口所属的年末见 `denominatorFigure.asOf`。When the value holds: the time of measuring, or the figure's date. Of a rate per 10,000 residents, the day of its count; the year-end of the population it is over is `denominatorFigure.asOf`. */
  asOf?: Maybe<Scalars['String']['output']>;
  /** `value` 是根据登记库记录测算得出，还是取自公布数字；无数值时为 null。Whether `value` was measured from the registry or taken from a published figure; null without a value. */
  basis?: Maybe<ValueBasis>;
  /**
   * 该数值中演示记录（生成的记录，而非真实记录）所占的比例（0 至 1）。已公布的数值为 0；无数值时为 null。基于以演示数据为主的数值判定的状态，也属演示性质。
   *
   * The share (0 to 1) of the value that demo records make: generated records, not real ones. 0 for a
   * published value; null without a value. A status judged on a value that is mostly demo is demo.
   */
  demoShare?: Maybe<Scalars['Float']['output']>;
  /**
   * 每万常住人口比率的测算值：作为分母的已公布年末常住人口数，连同其来源和原文，与 `measure` 的 `denominatorFigure` 相同（按日判定时为该日之前最近一个有公布数的年末，如广西 2026-12-06 的计数除以 2022 年末的 5047 万人）；其他指标，或数值并非测算得出时为 null。
   *
   * Of a rate per 10,000 residents measured: the published year-end resident population it is over,
   * with its source and quote, as `measure`'s `denominatorFigure` (judged as of a day, the latest
   * year-end before it with one published: Guangxi's count of 2026-12-06 over its 50,470,000 of the
   * end of 2022); null for other indicators, or a value not measured.
   */
  denominatorFigure?: Maybe<Figure>;
  /** 数值为 PUBLISHED 时，其所依据的公布数字。The published figure the value comes from, when it is PUBLISHED. */
  figure?: Maybe<Figure>;
  /** 距目标值尚缺的数量（当前值达到目标值后为 0）。“基本实现”的目标在达到阈值时即为达成，此时仍可能有差额。公开数据带修饰词时，自其区间的下端起算：近40 距 40 尚缺至多 5，且不算达成。What is still missing to the target value (0 once the value reaches it). A target to be reached basically is achieved at its threshold, when some may still be missing. Of a published figure with a qualifier, counted from the lower end of its interval: 近40 is up to 5 short of 40, and does not reach it. */
  gap?: Maybe<Scalars['Float']['output']>;
  /** 登记库各年年末值（MEASURED，每年一个，最后一个截至今日），以及统计目标所计内容的公布数字和基期值（PUBLISHED）：全指标的目标取全指标的数字，某一项目批次的目标只取该项目自身的数字。The registry's year-end values (MEASURED, one a year, the last as of today), and published figures and baselines of what the target counts (PUBLISHED): the whole indicator's for a target of the whole, a programme's own for a target of one cohort. */
  history: Array<HistoryPoint>;
  /**
   * 将当前值按趋势推算至目标年份末的值，并限定在该数值可能的范围内（覆盖率介于 0–100 之间且不低于当前值，已设立或派驻的累计数量不低于当前值）；人数、机构数等逐个计数的指标取趋势线已达到的整数（向下取整），流量指标的金额取整到个位（804167 元，而非 804166.67）；有效数据不足两年或目标年份已过时为 null。
   *
   * Today's value carried on by the trend to the end of the target year, kept within what the value
   * can be (a coverage within 0–100 and not below today's, a count of everything placed not below
   * today's); of persons, institutions and other things counted one by one, the whole number the line
   * has reached (rounded down), and a flow's amount to a whole unit (804,167 yuan, not 804,166.67);
   * null with fewer than two years of evidence, or once the target year is over (its end is known).
   */
  projectedValue?: Maybe<Scalars['Float']['output']>;
  /** 得出该状态的规则及其数值。Which rule gave the status, with its numbers. */
  reason: StatusReason;
  /** 到目标年份结束时达到阈值（一般为目标值；“基本实现”的目标为目标值的一定比例，如 90%，达到即为达成）每年仍需增加的数量，以指标的单位计（流量指标取整到个位），按从今天至目标年份末的时长折算（2026 年年中距 2027 年末为 1.5 年），在目标年份当年至少按一年计；达到阈值后为 0；目标年份已过时为 null。Growth per year still needed to reach the threshold by the end of the target year (the target value; for a target to be reached basically, its threshold, which achieves it), in the indicator's unit (a flow's to a whole unit), over the time from today to the end of the target year (1.5 years from mid-2026 to the end of 2027), a year at least in the target year itself; 0 once the threshold is reached; null once the target year has passed. */
  requiredAnnualGrowth?: Maybe<Scalars['Float']['output']>;
  /** 到目标年份结束时达到阈值仍需的年复合增长率，以百分比计，期间同 `requiredAnnualGrowth`；达到阈值后为 0；目标年份已过或当前值为 0 时为 null。Compound growth per year still needed to reach the threshold by the end of the target year, in percent, over the same time as `requiredAnnualGrowth`; 0 once the threshold is reached; null once the target year has passed, or from a value of 0. */
  requiredAnnualGrowthPercent?: Maybe<Scalars['Float']['output']>;
  /** 所判定的数值中一半或以上来自演示记录时为 true：此时该状态不能反映该地区的任何情况。状态为 NOT_SET 时恒为 false：目标尚未设定，状态依日期而定，并未判定任何数值；`value` 中演示记录所占的比例仍见 `demoShare`。True when half or more of the value judged is demo records: the status says nothing about the region. Always false with NOT_SET: a target not yet set is judged on its dates, on no value; the share of `value` that is demo is still `demoShare`. */
  restsMostlyOnDemo: Scalars['Boolean']['output'];
  /**
   * 数值为一段时期的累计量时，该时期从何时起算，至 `asOf` 为止：时期指标（流量）的测算值自测算年份1月1日（YYYY-MM-DD）起算；针对某一项目（一批派驻人员）的目标统计该项目自开展以来派驻的全部人员（即使已结束服务），自项目的开始时间起算，按项目所载（年份、年月或日期）；公布数字为其所载的统计起点，按原文所载。数值为 `asOf` 当天的计数（时点指标）时为 null；项目未载明开始时间时也为 null。
   *
   * When the period the value adds up, to `asOf`, began, when it adds one up: a flow measured, from the
   * first of January of the year measured (YYYY-MM-DD); a target of a programme (one cohort of
   * postings) counts everyone the programme placed, even those whose service has ended, since the
   * programme began, as the programme gives it (a year, year-month or date); a published figure, the
   * start it states, as printed. Null for a count on the day `asOf` (a stock), and for a programme that
   * does not say when it began.
   */
  since?: Maybe<Scalars['String']['output']>;
  /** 目标的状态，判定规则见 `TargetStatus`。The target's status, by the rules of `TargetStatus`. */
  status: TargetStatus;
  /**
   * 以英文表述的得出该状态的规则（即 `reason`）。The rule that gave the status (`reason`), worded in English.
   * @deprecated English only: word `reason` in the reader's language.
   */
  statusReason: Scalars['String']['output'];
  /** 趋势斜率（每年）：各有效数据年份（`reason.trendYears`）两两之间斜率的中位数（Theil–Sen），按读数的精度取整（保留两位小数，小于 1 的保留三位有效数字：每年 0.0013；流量指标的金额、人次如其测算值取整到个位：每年 -57917 元，而非 -57916.67）；每万常住人口比率只用第七次全国人口普查后口径的年份（2020 年起，见 `reason.trendYearsBeforeCensus`）拟合；状态不依据趋势时为 null：尚未设定（`NOT_SET`）、无数据（`NO_DATA`）、目标年份已过、流量目标年份至今已达到，或有效数据不足两年。Slope of the trend, per year: the median of the slopes between the years with evidence (`reason.trendYears`, Theil–Sen), rounded as it is read (to hundredths, under 1 to three significant digits: 0.0013 a year; a flow's amounts and person-times to a whole unit, as its measure gives them: -57,917 yuan a year, not -57,916.67); a rate's fitted only on the year-ends on the census's basis, from 2020 on (`reason.trendYearsBeforeCensus`); null where the status rests on no trend: not set (`NOT_SET`), no data (`NO_DATA`), a target year passed, a flow's target year so far that reached it, or fewer than two years of evidence. */
  trendPerYear?: Maybe<Scalars['Float']['output']>;
  /** 当前值：登记库可统计的，取测算值；否则取最新报告的数字。每万常住人口比率的测算值与 `measure` 所问该日的比率相同：所判定之日的计数除以该日所用年末的常住人口数，乘以 10,000。The current value: measured where the registry can count it, otherwise the latest reported figure. A rate per 10,000 residents is measured as `measure` gives it as of the day judged: the count on that day over the population of the year-end it takes for that day, × 10,000. */
  value?: Maybe<Scalars['Float']['output']>;
  /** 目标年份与当前年份相差的日历年数（2026 年时距 2027 年为 1）；目标年份过后为负数（按目标年份最后一天判定时为 0，而目标已到期）。所需的年增长不按此数，而按从今天至目标年份末的实际时长计算。Calendar years from this year to the target year (1 in 2026 for a target of 2027); negative after it (0 judged as of its last day, when the target is due). The growth per year still needed is not worked out over it but over the exact time from today to the end of the target year. */
  yearsLeft: Scalars['Int']['output'];
};

/** 记录的来源。Where a record comes from. */
export type Provenance =
  /** 生成的演示数据，并非真实数据。Generated demo data: not real. */
  | 'DEMO'
  /** 在公开发布的来源文件中被提及或载明。Named or stated in a published source document. */
  | 'PUBLISHED'
  /** 由本地区自己的团队登记。Registered by the region's own team. */
  | 'REGISTERED';

/**
 * 公布数字的取整方式，依据来源在数字旁印出的修饰词判断。每个修饰词对应一个取值区间（`Figure.interval`），区间以该数字末位有效数字为一档，延伸至下一档。
 *
 * How a published number is rounded, by the word the source prints beside it. Each stands for an
 * interval of values (`Figure.interval`), to the next step of the figure's last significant digit.
 */
export type Qualifier =
  /** 约、左右：在该值上下半档以内，约500即 [450, 550]。约, 左右 ("about"): within half a step either side, 约500 is [450, 550]. */
  | 'ABOUT'
  /** 约（旧取值）：按 `ABOUT` 解读，即在该值上下半档以内。About (older value): read as `ABOUT`, within half a step either side. */
  | 'APPROXIMATELY'
  /** 以上、不少于：等于或大于该值，无上限。以上, 不少于: the value or more, with no upper end. */
  | 'AT_LEAST'
  /** 无修饰词：数字为精确值，其区间仅含该值本身。No qualifier: the figure is exact, and its interval holds the value alone. */
  | 'EXACT'
  /** 超、逾：大于该值且小于下一档，超9000即 (9,000, 10,000)。超, 逾 ("more than"): above the value, below the next step, 超9000 is (9,000, 10,000). */
  | 'MORE_THAN'
  /** 近：比该值少不到半档，近700万即 [6.5 M, 7 M)。近 ("nearly"): short of the value by less than half a step, 近700万 is [6.5 M, 7 M). */
  | 'NEARLY'
  /** 余、多：大于该值、小于下一档，4000余即 (4,000, 5,000)：恰为 4,000 时不印“余”。余, 多 ("4,000-odd"): above the value, below the next step, 4000余 is (4,000, 5,000): exactly 4,000 is printed without 余. */
  | 'ODD';

/**
 * 记录在某次变更时的内容：当时的公开字段，引用以 id 表示。个人信息（社会工作者的姓名和证书编号）仅向本地区的编辑和管理员提供。
 *
 * What a record held at a change: its public fields as they were then, references as ids. Personal
 * data (a social worker's name and certificate number) only for the region's editors and admins.
 */
export type RecordState = FigureState | InstitutionState | ProgramState | SocialWorkerState | TargetState;

/** 社会工作者进入该岗位的途径。How a social worker came to the post. */
export type RecruitmentSource =
  /** 通过内部转岗进入该岗位。Came to the post by an internal transfer. */
  | 'INTERNAL_TRANSFER'
  /** 通过购买服务提供。Provided through a purchased service. */
  | 'PURCHASED_SERVICE'
  /** 通过招聘进入该岗位。Came to the post through recruitment. */
  | 'RECRUITMENT';

/** 联邦中一个地区的代码。Code of a region of the federation. */
export type RegionCode =
  /** 北京市 Beijing */
  | 'BJ'
  /** 广西壮族自治区 Guangxi */
  | 'GX'
  /** 宁夏回族自治区 Ningxia */
  | 'NX'
  /** 四川省 Sichuan */
  | 'SC'
  /** 天津市 Tianjin */
  | 'TJ'
  /** 雄安新区 Xiong'an */
  | 'XA';

/** 一个地区的登记库。The registry of a region (一个地区). */
export type RegionRegistry = Registry & {
  __typename?: 'RegionRegistry';
  /**
   * 登记库的变更流，最早的在前，供拉取式使用方调用：当 `hasMore` 为 true 时，将本页的 `lastId` 作为 `after` 传入。仅限已登录的调用者。
   *
   * The feed of changes to the registry, oldest first, for consumers that pull: pass the page's
   * `lastId` as `after` while `hasMore` is true. Signed-in callers only.
   */
  changes?: Maybe<ChangeFeed>;
  /** 地区代码。The region's code. */
  code: RegionCode;
  /**
   * 对于登记库也能测算的指标，其每个公布数字均与统计范围相同（总数中的某一部分、该数字所统计的项目）、截至该数字自身日期的测算值对照列出：精确数字在两者差异超出容差时予以标记，取整数字（如“4,000余”“超9,000”）在测算值落在其区间之外时予以标记。累计数字（如“2013年以来”）与自其时期起点起测算的时期（流量）值（`measure(since:)`）对照。计划类数字、未注明时期起点的时期（流量）数字，或登记库无法测算其范围的数字，均列出并标注 `compared: false`，同时说明原因。
   *
   * Every reported figure of an indicator the registry also measures, beside the measure of the same
   * scope (the part of a total, the programme it counts) as of the figure's own date: an exact figure
   * flagged where they disagree beyond the tolerance, a rounded one ("4,000-odd", "more than 9,000")
   * where the measure lies outside its interval. A cumulative figure ("since 2013") is beside the flow
   * measured from the start of its period (`measure(since:)`). A planned figure, a flow with no start
   * to its period, or a scope the registry cannot measure is listed with `compared: false` and why.
   */
  dataQuality?: Maybe<Array<DataQualityCheck>>;
  /** 有关该地区公开发布的数字，每个数字均附其来源和原文。Figures published about the region, each with its source and the original sentence. */
  figures?: Maybe<Array<Figure>>;
  /** 按 id 查询单个机构。One institution by its id. */
  institution?: Maybe<Institution>;
  /**
   * 在该地区登记在册的机构，最新的排在最后。不带令牌时仅返回已发布记录：因此匿名查询得到的 `totalCount` 会少于测算值，因为测算值计入全部记录（包括演示记录，参见 `Measure.demoShare`）。
   *
   * Institutions registered in the region, newest last. Without a token, published records only: an
   * anonymous `totalCount` counts fewer than a measure, which counts every record (demo ones too, see
   * `Measure.demoShare`).
   */
  institutions?: Maybe<InstitutionConnection>;
  /**
   * 该指标整体（而非其中一部分，例如某一类机构）最新公布的数字，即应与测算值并列展示的数字。若有两个日期相同的数字，当前的时点数优先于“自某年以来”的累计数。未公布任何数字时为 null。
   *
   * The latest figure published for the whole indicator (not a part of it, such as one kind of
   * institution): the one to show beside the measure. Of two of the same date, the count now wins
   * over a count since some year. Null when none was published.
   */
  latestFigure?: Maybe<Figure>;
  /**
   * 全国指标目录中的一个指标，由数据库根据登记库的记录计算，给出总计值及按指定维度分解的分项值，反映登记库截至某日日终的状态（默认为今天，除非 `asOf` 另行指定）：记录的开始日期在该日或之前、且在该日之前未结束或关闭的，即予计入。开始日期不详的记录，自登记库所知其存在的最早日期起计入（即提及该记录的文件的日期或该记录的录入日期；见 `Measure.undatedRecords`）；结束日期不详的记录视为尚未结束。指定 `since` 时，记录计数计入从 `since` 起点到 `asOf` 终点期间任一时刻曾被计入的所有记录（如“自2013年实施以来……选派465名社工”）。YEAR 维度给出各年年末值序列。指标目录中定为 FLOW 的指标（`Indicator.stockOrFlow`：资金、个案、受益人）则为时期（流量）指标，取一个时期内的量，每个项目的量按天数分摊到其实施期内：未指定 `since` 时为 `asOf` 所在年份年初至 `asOf` 的累计量，指定 `since` 时为 `since` 起点至 `asOf` 终点的量，在 YEAR 序列中则为每年的量。登记库无法统计的指标返回 `computable: false`，不给出数值。每万常住人口指标（kind 为 RATE）= 某年年末的数量 × 10,000 / 该年公布的年末常住人口（RESIDENT_POPULATION），所取年份为有公布人口数据的最近一年，或 `asOf` 所指的年份（年或年末）；`asOf` 为年内某日时，取该日的数量，以该日之前最近一个年末的已公布常住人口为分母（YEAR 序列中该日所在年份亦然）；该指标只能按 YEAR 分解，已公布人口的年份有值，其余年份为 null。
   *
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
   * the latest year with one, or the year `asOf` gives (a year or its last day); `asOf` a day within
   * a year takes the count on that day over the population published for the latest year-end before
   * it (in a YEAR series, that day's year too); it
   * breaks down by YEAR only, with a value for
   * each year whose population is published and null for the others.
   */
  measure?: Maybe<Measure>;
  /** 按 id 查询单个项目。One programme by id. */
  program?: Maybe<Program>;
  /** 在该地区实施的项目。不带令牌时仅返回已发布记录，与机构相同。Programmes and projects run in the region. Without a token, published records only, as for institutions. */
  programs?: Maybe<ProgramConnection>;
  /** 按 id 查询单个社会工作者。One social worker by id. */
  socialWorker?: Maybe<SocialWorker>;
  /** 在该地区登记在册的社会工作者。仅限已登录的调用者；姓名和证书编号仅对该地区的编辑可见。Social workers registered in the region. Signed-in callers only; names and certificate numbers for the region's editors. */
  socialWorkers?: Maybe<SocialWorkerConnection>;
  /** 该地区设定的政策目标，附其阶段目标和政策文件。Policy targets the region has set, with their milestones and policy documents. */
  targets?: Maybe<Array<Target>>;
};


/** 一个地区的登记库。The registry of a region (一个地区). */
export type RegionRegistryChangesArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  since?: InputMaybe<Scalars['String']['input']>;
};


/** 一个地区的登记库。The registry of a region (一个地区). */
export type RegionRegistryDataQualityArgs = {
  tolerancePercent?: InputMaybe<Scalars['Float']['input']>;
};


/** 一个地区的登记库。The registry of a region (一个地区). */
export type RegionRegistryFiguresArgs = {
  includeWithdrawn?: InputMaybe<Scalars['Boolean']['input']>;
  indicator?: InputMaybe<Scalars['String']['input']>;
};


/** 一个地区的登记库。The registry of a region (一个地区). */
export type RegionRegistryInstitutionArgs = {
  id: Scalars['ID']['input'];
};


/** 一个地区的登记库。The registry of a region (一个地区). */
export type RegionRegistryInstitutionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<InstitutionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** 一个地区的登记库。The registry of a region (一个地区). */
export type RegionRegistryLatestFigureArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  indicator: Scalars['String']['input'];
};


/** 一个地区的登记库。The registry of a region (一个地区). */
export type RegionRegistryMeasureArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  by?: InputMaybe<Array<Dimension>>;
  from?: InputMaybe<Scalars['Int']['input']>;
  indicator: Scalars['String']['input'];
  since?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['Int']['input']>;
};


/** 一个地区的登记库。The registry of a region (一个地区). */
export type RegionRegistryProgramArgs = {
  id: Scalars['ID']['input'];
};


/** 一个地区的登记库。The registry of a region (一个地区). */
export type RegionRegistryProgramsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProgramFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeWithdrawn?: InputMaybe<Scalars['Boolean']['input']>;
};


/** 一个地区的登记库。The registry of a region (一个地区). */
export type RegionRegistrySocialWorkerArgs = {
  id: Scalars['ID']['input'];
};


/** 一个地区的登记库。The registry of a region (一个地区). */
export type RegionRegistrySocialWorkersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SocialWorkerFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** 一个地区的登记库。The registry of a region (一个地区). */
export type RegionRegistryTargetsArgs = {
  includeWithdrawn?: InputMaybe<Scalars['Boolean']['input']>;
  indicator?: InputMaybe<Scalars['String']['input']>;
};

/**
 * 地区的社会工作登记库：包括其机构、社会工作者和项目，有关该地区公开发布的数字，以及该地区设定的政策目标。每个地区的子图各自拥有本地区的登记库。此处所有字段均可为空，这样在全国查询中，无法应答的地区只会使其自身的字段为 null，而不会使整个结果为 null。
 *
 * A region's social work registry: its institutions, social workers and programmes, the figures
 * published about it and the policy targets it has set. Each region's subgraph owns its own registry.
 * Every field here is nullable so that a region that cannot answer nulls only its own fields in a
 * national query, never the whole answer.
 */
export type Registry = {
  /**
   * 登记库的变更流，最早的在前，供拉取式使用方调用：当 `hasMore` 为 true 时，将本页的 `lastId` 作为 `after` 传入。仅限已登录的调用者。
   *
   * The feed of changes to the registry, oldest first, for consumers that pull: pass the page's
   * `lastId` as `after` while `hasMore` is true. Signed-in callers only.
   */
  changes?: Maybe<ChangeFeed>;
  /** 地区代码。The region's code. */
  code: RegionCode;
  /**
   * 对于登记库也能测算的指标，其每个公布数字均与统计范围相同（总数中的某一部分、该数字所统计的项目）、截至该数字自身日期的测算值对照列出：精确数字在两者差异超出容差时予以标记，取整数字（如“4,000余”“超9,000”）在测算值落在其区间之外时予以标记。累计数字（如“2013年以来”）与自其时期起点起测算的时期（流量）值（`measure(since:)`）对照。计划类数字、未注明时期起点的时期（流量）数字，或登记库无法测算其范围的数字，均列出并标注 `compared: false`，同时说明原因。
   *
   * Every reported figure of an indicator the registry also measures, beside the measure of the same
   * scope (the part of a total, the programme it counts) as of the figure's own date: an exact figure
   * flagged where they disagree beyond the tolerance, a rounded one ("4,000-odd", "more than 9,000")
   * where the measure lies outside its interval. A cumulative figure ("since 2013") is beside the flow
   * measured from the start of its period (`measure(since:)`). A planned figure, a flow with no start
   * to its period, or a scope the registry cannot measure is listed with `compared: false` and why.
   */
  dataQuality?: Maybe<Array<DataQualityCheck>>;
  /** 有关该地区公开发布的数字，每个数字均附其来源和原文。Figures published about the region, each with its source and the original sentence. */
  figures?: Maybe<Array<Figure>>;
  /** 按 id 查询单个机构。One institution by its id. */
  institution?: Maybe<Institution>;
  /**
   * 在该地区登记在册的机构，最新的排在最后。不带令牌时仅返回已发布记录：因此匿名查询得到的 `totalCount` 会少于测算值，因为测算值计入全部记录（包括演示记录，参见 `Measure.demoShare`）。
   *
   * Institutions registered in the region, newest last. Without a token, published records only: an
   * anonymous `totalCount` counts fewer than a measure, which counts every record (demo ones too, see
   * `Measure.demoShare`).
   */
  institutions?: Maybe<InstitutionConnection>;
  /**
   * 该指标整体（而非其中一部分，例如某一类机构）最新公布的数字，即应与测算值并列展示的数字。若有两个日期相同的数字，当前的时点数优先于“自某年以来”的累计数。未公布任何数字时为 null。
   *
   * The latest figure published for the whole indicator (not a part of it, such as one kind of
   * institution): the one to show beside the measure. Of two of the same date, the count now wins
   * over a count since some year. Null when none was published.
   */
  latestFigure?: Maybe<Figure>;
  /**
   * 全国指标目录中的一个指标，由数据库根据登记库的记录计算，给出总计值及按指定维度分解的分项值，反映登记库截至某日日终的状态（默认为今天，除非 `asOf` 另行指定）：记录的开始日期在该日或之前、且在该日之前未结束或关闭的，即予计入。开始日期不详的记录，自登记库所知其存在的最早日期起计入（即提及该记录的文件的日期或该记录的录入日期；见 `Measure.undatedRecords`）；结束日期不详的记录视为尚未结束。指定 `since` 时，记录计数计入从 `since` 起点到 `asOf` 终点期间任一时刻曾被计入的所有记录（如“自2013年实施以来……选派465名社工”）。YEAR 维度给出各年年末值序列。指标目录中定为 FLOW 的指标（`Indicator.stockOrFlow`：资金、个案、受益人）则为时期（流量）指标，取一个时期内的量，每个项目的量按天数分摊到其实施期内：未指定 `since` 时为 `asOf` 所在年份年初至 `asOf` 的累计量，指定 `since` 时为 `since` 起点至 `asOf` 终点的量，在 YEAR 序列中则为每年的量。登记库无法统计的指标返回 `computable: false`，不给出数值。每万常住人口指标（kind 为 RATE）= 某年年末的数量 × 10,000 / 该年公布的年末常住人口（RESIDENT_POPULATION），所取年份为有公布人口数据的最近一年，或 `asOf` 所指的年份（年或年末）；`asOf` 为年内某日时，取该日的数量，以该日之前最近一个年末的已公布常住人口为分母（YEAR 序列中该日所在年份亦然）；该指标只能按 YEAR 分解，已公布人口的年份有值，其余年份为 null。
   *
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
   * the latest year with one, or the year `asOf` gives (a year or its last day); `asOf` a day within
   * a year takes the count on that day over the population published for the latest year-end before
   * it (in a YEAR series, that day's year too); it
   * breaks down by YEAR only, with a value for
   * each year whose population is published and null for the others.
   */
  measure?: Maybe<Measure>;
  /** 按 id 查询单个项目。One programme by id. */
  program?: Maybe<Program>;
  /** 在该地区实施的项目。不带令牌时仅返回已发布记录，与机构相同。Programmes and projects run in the region. Without a token, published records only, as for institutions. */
  programs?: Maybe<ProgramConnection>;
  /** 按 id 查询单个社会工作者。One social worker by id. */
  socialWorker?: Maybe<SocialWorker>;
  /** 在该地区登记在册的社会工作者。仅限已登录的调用者；姓名和证书编号仅对该地区的编辑可见。Social workers registered in the region. Signed-in callers only; names and certificate numbers for the region's editors. */
  socialWorkers?: Maybe<SocialWorkerConnection>;
  /** 该地区设定的政策目标，附其阶段目标和政策文件。Policy targets the region has set, with their milestones and policy documents. */
  targets?: Maybe<Array<Target>>;
};


/**
 * 地区的社会工作登记库：包括其机构、社会工作者和项目，有关该地区公开发布的数字，以及该地区设定的政策目标。每个地区的子图各自拥有本地区的登记库。此处所有字段均可为空，这样在全国查询中，无法应答的地区只会使其自身的字段为 null，而不会使整个结果为 null。
 *
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
 * 地区的社会工作登记库：包括其机构、社会工作者和项目，有关该地区公开发布的数字，以及该地区设定的政策目标。每个地区的子图各自拥有本地区的登记库。此处所有字段均可为空，这样在全国查询中，无法应答的地区只会使其自身的字段为 null，而不会使整个结果为 null。
 *
 * A region's social work registry: its institutions, social workers and programmes, the figures
 * published about it and the policy targets it has set. Each region's subgraph owns its own registry.
 * Every field here is nullable so that a region that cannot answer nulls only its own fields in a
 * national query, never the whole answer.
 */
export type RegistryDataQualityArgs = {
  tolerancePercent?: InputMaybe<Scalars['Float']['input']>;
};


/**
 * 地区的社会工作登记库：包括其机构、社会工作者和项目，有关该地区公开发布的数字，以及该地区设定的政策目标。每个地区的子图各自拥有本地区的登记库。此处所有字段均可为空，这样在全国查询中，无法应答的地区只会使其自身的字段为 null，而不会使整个结果为 null。
 *
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
 * 地区的社会工作登记库：包括其机构、社会工作者和项目，有关该地区公开发布的数字，以及该地区设定的政策目标。每个地区的子图各自拥有本地区的登记库。此处所有字段均可为空，这样在全国查询中，无法应答的地区只会使其自身的字段为 null，而不会使整个结果为 null。
 *
 * A region's social work registry: its institutions, social workers and programmes, the figures
 * published about it and the policy targets it has set. Each region's subgraph owns its own registry.
 * Every field here is nullable so that a region that cannot answer nulls only its own fields in a
 * national query, never the whole answer.
 */
export type RegistryInstitutionArgs = {
  id: Scalars['ID']['input'];
};


/**
 * 地区的社会工作登记库：包括其机构、社会工作者和项目，有关该地区公开发布的数字，以及该地区设定的政策目标。每个地区的子图各自拥有本地区的登记库。此处所有字段均可为空，这样在全国查询中，无法应答的地区只会使其自身的字段为 null，而不会使整个结果为 null。
 *
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
 * 地区的社会工作登记库：包括其机构、社会工作者和项目，有关该地区公开发布的数字，以及该地区设定的政策目标。每个地区的子图各自拥有本地区的登记库。此处所有字段均可为空，这样在全国查询中，无法应答的地区只会使其自身的字段为 null，而不会使整个结果为 null。
 *
 * A region's social work registry: its institutions, social workers and programmes, the figures
 * published about it and the policy targets it has set. Each region's subgraph owns its own registry.
 * Every field here is nullable so that a region that cannot answer nulls only its own fields in a
 * national query, never the whole answer.
 */
export type RegistryLatestFigureArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  indicator: Scalars['String']['input'];
};


/**
 * 地区的社会工作登记库：包括其机构、社会工作者和项目，有关该地区公开发布的数字，以及该地区设定的政策目标。每个地区的子图各自拥有本地区的登记库。此处所有字段均可为空，这样在全国查询中，无法应答的地区只会使其自身的字段为 null，而不会使整个结果为 null。
 *
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
 * 地区的社会工作登记库：包括其机构、社会工作者和项目，有关该地区公开发布的数字，以及该地区设定的政策目标。每个地区的子图各自拥有本地区的登记库。此处所有字段均可为空，这样在全国查询中，无法应答的地区只会使其自身的字段为 null，而不会使整个结果为 null。
 *
 * A region's social work registry: its institutions, social workers and programmes, the figures
 * published about it and the policy targets it has set. Each region's subgraph owns its own registry.
 * Every field here is nullable so that a region that cannot answer nulls only its own fields in a
 * national query, never the whole answer.
 */
export type RegistryProgramArgs = {
  id: Scalars['ID']['input'];
};


/**
 * 地区的社会工作登记库：包括其机构、社会工作者和项目，有关该地区公开发布的数字，以及该地区设定的政策目标。每个地区的子图各自拥有本地区的登记库。此处所有字段均可为空，这样在全国查询中，无法应答的地区只会使其自身的字段为 null，而不会使整个结果为 null。
 *
 * A region's social work registry: its institutions, social workers and programmes, the figures
 * published about it and the policy targets it has set. Each region's subgraph owns its own registry.
 * Every field here is nullable so that a region that cannot answer nulls only its own fields in a
 * national query, never the whole answer.
 */
export type RegistryProgramsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProgramFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeWithdrawn?: InputMaybe<Scalars['Boolean']['input']>;
};


/**
 * 地区的社会工作登记库：包括其机构、社会工作者和项目，有关该地区公开发布的数字，以及该地区设定的政策目标。每个地区的子图各自拥有本地区的登记库。此处所有字段均可为空，这样在全国查询中，无法应答的地区只会使其自身的字段为 null，而不会使整个结果为 null。
 *
 * A region's social work registry: its institutions, social workers and programmes, the figures
 * published about it and the policy targets it has set. Each region's subgraph owns its own registry.
 * Every field here is nullable so that a region that cannot answer nulls only its own fields in a
 * national query, never the whole answer.
 */
export type RegistrySocialWorkerArgs = {
  id: Scalars['ID']['input'];
};


/**
 * 地区的社会工作登记库：包括其机构、社会工作者和项目，有关该地区公开发布的数字，以及该地区设定的政策目标。每个地区的子图各自拥有本地区的登记库。此处所有字段均可为空，这样在全国查询中，无法应答的地区只会使其自身的字段为 null，而不会使整个结果为 null。
 *
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
 * 地区的社会工作登记库：包括其机构、社会工作者和项目，有关该地区公开发布的数字，以及该地区设定的政策目标。每个地区的子图各自拥有本地区的登记库。此处所有字段均可为空，这样在全国查询中，无法应答的地区只会使其自身的字段为 null，而不会使整个结果为 null。
 *
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
 * 某地区登记库的写操作，位于以该地区命名的根 mutation 字段之下（`mutation { guangxi { createInstitution(...) { id version } } }`）。仅该地区的编辑和管理员可执行写操作。每次写操作与其审计记录在同一事务中执行：要么全部生效，要么全部不生效。更新须携带读取时的 `version`，版本已过期则返回 CONFLICT，不作任何更改。同一调用者以相同的 `idempotencyKey` 和相同的参数重试同一写操作时，不会再次写入，返回首次写入的记录的当前状态。
 *
 * The writes of a region's registry, under the root mutation field named after the region
 * (`mutation { guangxi { createInstitution(...) { id version } } }`). Only the region's editors and
 * admins may write. Each write runs in one transaction with its audit record: all or nothing. Updates
 * carry the `version` that was read, and a stale one is a CONFLICT that changes nothing. A write
 * retried by the same caller with the same `idempotencyKey` and arguments writes nothing again and
 * returns the record it wrote, as it is now.
 */
export type RegistryMutations = {
  __typename?: 'RegistryMutations';
  /**
   * 关闭一家机构：其状态变为 CLOSED，`closedOn` 设为关闭当日，即计入该机构的最后一日。记录永不删除；截至关闭当日及之前任一日期的测算值仍将其计入，自次日起不再计入。该机构在岗社工的岗位同日结束：`endedOn` 为空或晚于关闭日期的，设为关闭日期（变更流中随关闭一并列出）；有社工在关闭日期之后才入职的，不予关闭，并列出这些社工。
   *
   * Closes an institution: its status becomes CLOSED and `closedOn` the day it closed, the last day it
   * counts. Records are never deleted; measures as of that day or any before still count it, and from
   * the day after they do not. Its social workers' posts end on the same day: an `endedOn` that is
   * empty or later becomes the closing day (listed in the change feed with the closing); a closing
   * before a worker's first day there is refused, naming the workers.
   */
  closeInstitution: Institution;
  /**
   * 更正一项数字：在一次写操作中记录更正后的数字（同 `recordFigure`），并撤回本数字、使其指向更正后的数字。不删除任何内容。`input` 是更正后的完整数字：本数字的字段不会沿用，未给出的（如 `roundedTo`、`qualifier`、`note`、`breakdown`、基期值）即为空或默认值，需要保留的请再次给出；更正前后的字段见审计记录。
   *
   * Corrects a figure: records the corrected one (as `recordFigure`) and withdraws this one, pointing
   * to it, in one write. Nothing is deleted. `input` is the whole corrected figure: nothing is carried
   * over from this one, so a field left out (`roundedTo`, `qualifier`, `note`, `breakdown`, the
   * baseline) is empty or its default; give again what is to stay. The audit holds both.
   */
  correctFigure: Figure;
  /** 登记一家机构；`name` 和 `kind` 为必填项。Registers an institution; `name` and `kind` are required. */
  createInstitution: Institution;
  /** 创建一个项目；`name` 和 `kind` 为必填项。Creates a programme; `name` and `kind` are required. */
  createProgram: Program;
  /** 记录一项新公布的数字，附其来源和原文。Records a newly published figure with its source and original sentence. */
  recordFigure: Figure;
  /**
   * 更改社会工作者最近一次调动的日期：当前任职自 `on` 日起，该次调动所结束的任职到前一日为止。两段任职都须至少有一日：`on` 须晚于所结束任职的首日，不能晚于离职日期，也不能晚于今天；所结束任职的机构已关闭的，`on` 不能晚于关闭日期的次日。
   *
   * Dates a social worker's latest move another day: the current post begins on `on`, and the post
   * the move ended ends the day before. Both posts keep at least a day: `on` must be after the first
   * day of the post ended, not after the worker's last day nor today; where the post ended is at a
   * closed institution, not after the day after its closing.
   */
  redateTransfer: SocialWorker;
  /** 登记一名社会工作者；`name` 为必填项。Registers a social worker; `name` is required. */
  registerSocialWorker: SocialWorker;
  /**
   * 重新开放已关闭的机构。不给 `reopenedOn` 时，即撤销误作的关闭：其状态变为 ACTIVE，`closedOn` 被清空，测算时关闭之后的日期也重新计入该机构；关闭时被结束岗位的社工，其 `endedOn` 恢复为关闭前的值（此后已被修改的除外）。给出 `reopenedOn` 时，机构确曾停业，自该日起恢复运营：停业期间（关闭次日至重新开放前一日）不计入该机构，关闭前的状态保存在 `periods` 中，社工的岗位不恢复。关闭操作均保留在审计记录和变更流中。
   *
   * Reopens a closed institution. Without `reopenedOn`, it withdraws a closing made by mistake: its
   * status becomes ACTIVE and `closedOn` is cleared, so that measures count it after that day too, and
   * the workers whose posts the closing ended get their `endedOn` back (unless changed since). With
   * `reopenedOn`, the institution truly closed and opened again that day: the days it was closed (from
   * the day after the closing to the day before the reopening) do not count it, the period before is
   * kept in `periods`, and no post is given back. The closing stays in the audit and the change feed.
   */
  reopenInstitution: Institution;
  /** 设定新目标（不带 `id`），或修订已有目标（带 `id` 及读取时的 `version`）。Sets a new target (without `id`) or revises one (with `id` and the `version` read). */
  setTarget: Target;
  /**
   * 将社会工作者调往同一地区另一家在运营的机构，自 `on` 日起在新机构任职：原任职到前一日为止，记入任职经历（`SocialWorker.posts`）。此前各日的测算值（包括按机构类型、等级、城市、区县的分解）仍按原机构计算，自 `on` 日起按新机构计算。`on` 与当前任职首日相同的，视为更正当前任职的机构，不记入经历。
   *
   * Moves a social worker to another active institution of the same region, in post there from `on`:
   * the post left ends the day before and is kept in the worker's history (`SocialWorker.posts`).
   * Measures of the days before `on` (breakdowns by the institution's kind, grade, city and county
   * included) still count the worker at the institution left; from `on`, at the new one. An `on` equal
   * to the current post's first day corrects the current post's institution and keeps no history.
   */
  transferSocialWorker: SocialWorker;
  /**
   * 修改所给出的字段；未给出的字段保持原值。给出 `effectiveOn` 时，类型、等级、所在地市区县、社会工作设置、开始时间和服务领域的修改自该日起生效：该日之前各日期的测算仍按修改前的状态，修改前的状态保存在 `periods` 中；名称等其余字段随之更正。不给 `effectiveOn` 时，修改即更正当前时期（自 `currentSince` 起，从未有过有日期的变更的，自成立起）：该时期内过去各日期的测算值随之改变，更早的时期不变，但社会工作开始时间的更正同样适用于连续开展社会工作、开始时间相同的更早时期。社会工作者和该机构承办的项目按当天所在时期计入。
   *
   * Changes the given fields; omitted fields keep their values. With `effectiveOn`, a change of the
   * kind, grade, city, county, social work setup, its start or the service fields takes effect that
   * day: measures of the days before count the institution as it was, kept in `periods`; the other
   * fields given (its name) are corrected alongside. Without it, a change corrects the current period
   * (from `currentSince`, or from the founding of an institution never changed on a date): the
   * measures of its past days change with it, earlier periods do not, except that a corrected start
   * of social work also applies to the earlier periods of the same unbroken run of social work that
   * had the same start. Social workers, and the programmes it hosts, count with the period of the
   * day.
   */
  updateInstitution: Institution;
  /** 修改项目的所给字段；未给出的字段保持原值。Changes the given fields of a programme; omitted fields keep their values. */
  updateProgram: Program;
  /** 修改社会工作者的所给字段；未给出的字段保持原值。Changes the given fields of a social worker; omitted fields keep their values. */
  updateSocialWorker: SocialWorker;
  /** 撤回误录的数字：该数字连同原因仍予保留，但列表、历史序列和数据质量核查中不再包含它。Withdraws a figure recorded in error: it is kept, with the reason, but lists, histories and data quality leave it out. */
  withdrawFigure: Figure;
  /**
   * 撤回机构最近一次有日期的变更或重新开放（误录的）：此前的时期重新成为当前时期，恢复其类型、等级、所在地和社会工作设置，不再记入 `periods`；各日的测算值恢复为变更前的值。撤回的是重新开放的，机构于原关闭日期重新关闭，仍在岗社工的岗位同日结束；有社工在该日之后才到该机构工作的，不予撤回。机构重新开放后又已关闭的，请先撤销那次关闭。只能撤回最近一次，更早的请逐次撤回。
   *
   * Withdraws an institution's latest dated change or dated reopening (recorded in error): the period
   * before becomes the current one again, with its kind, grade, place and social work, and leaves
   * `periods`, so every day's measures are as before the change. A reopening withdrawn closes the
   * institution again on its closing day, ending the posts still running on it; refused where a
   * worker started there after that day. Refused while it is closed again since the reopening:
   * withdraw that closing first. Only the latest: withdraw earlier ones one at a time.
   */
  withdrawInstitutionChange: Institution;
  /**
   * 撤回误建的项目：该项目连同原因仍予保留，但在任何日期都不计入测算，也不再列出（`programs(includeWithdrawn: true)` 除外），此后公开数据的更正也不再改动它。仍有现行记录引用该项目（由其派驻的社工、其下属项目、以其为范围的目标或数字）的，不予撤回，并列出这些记录。
   *
   * Withdraws a programme created in error: it is kept, with the reason, but counted at no date and
   * listed nowhere (but `programs(includeWithdrawn: true)`), and corrections of the published data
   * leave it alone from then on. Refused, naming them, while standing records refer to it: social
   * workers it placed, projects under it, targets or figures scoped to it.
   */
  withdrawProgram: Program;
  /** 撤回误设或已放弃的目标：该目标连同原因仍予保留，但不再列出，也不再参与比较。Withdraws a target set in error or abandoned: it is kept, with the reason, but no longer listed or compared. */
  withdrawTarget: Target;
  /**
   * 撤回社会工作者最近一次调动（误录的调动）：该次调动所结束的任职重新成为当前任职（恢复其机构和首日），不再记入任职经历；各日的测算值恢复为调动前的值。离职日期不变。只能撤回最近一次调动，更早的调动请逐次撤回。恢复的任职所在机构已关闭、而离职日期为空或晚于关闭日期的，不予撤回：请先重新开放该机构，或先将此次调动的日期改为不晚于关闭日期（`redateTransfer`），再将离职日期更正为不晚于关闭日期。离职日期系调入机构关闭时所设（即其关闭日期）的，也不予撤回：请先重新开放该机构，以恢复此前的离职日期。
   *
   * Withdraws a social worker's latest move (recorded in error): the post it ended becomes the current
   * post again (its institution and first day back) and leaves the history, so every day's measures
   * are as before the move. The worker's last day stays. Only the latest move: withdraw earlier ones
   * one at a time. Refused where the post given back is at a closed institution and the worker's last
   * day is empty or after the closing: reopen it first, or redate the move (`redateTransfer`) to the
   * closing or before and then end the worker's last day by the closing. Refused too where the
   * worker's last day is the closing day of the institution moved to, which that closing set: reopen
   * it first, which gives the last day before back.
   */
  withdrawTransfer: SocialWorker;
};


/**
 * 某地区登记库的写操作，位于以该地区命名的根 mutation 字段之下（`mutation { guangxi { createInstitution(...) { id version } } }`）。仅该地区的编辑和管理员可执行写操作。每次写操作与其审计记录在同一事务中执行：要么全部生效，要么全部不生效。更新须携带读取时的 `version`，版本已过期则返回 CONFLICT，不作任何更改。同一调用者以相同的 `idempotencyKey` 和相同的参数重试同一写操作时，不会再次写入，返回首次写入的记录的当前状态。
 *
 * The writes of a region's registry, under the root mutation field named after the region
 * (`mutation { guangxi { createInstitution(...) { id version } } }`). Only the region's editors and
 * admins may write. Each write runs in one transaction with its audit record: all or nothing. Updates
 * carry the `version` that was read, and a stale one is a CONFLICT that changes nothing. A write
 * retried by the same caller with the same `idempotencyKey` and arguments writes nothing again and
 * returns the record it wrote, as it is now.
 */
export type RegistryMutationsCloseInstitutionArgs = {
  closedOn?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};


/**
 * 某地区登记库的写操作，位于以该地区命名的根 mutation 字段之下（`mutation { guangxi { createInstitution(...) { id version } } }`）。仅该地区的编辑和管理员可执行写操作。每次写操作与其审计记录在同一事务中执行：要么全部生效，要么全部不生效。更新须携带读取时的 `version`，版本已过期则返回 CONFLICT，不作任何更改。同一调用者以相同的 `idempotencyKey` 和相同的参数重试同一写操作时，不会再次写入，返回首次写入的记录的当前状态。
 *
 * The writes of a region's registry, under the root mutation field named after the region
 * (`mutation { guangxi { createInstitution(...) { id version } } }`). Only the region's editors and
 * admins may write. Each write runs in one transaction with its audit record: all or nothing. Updates
 * carry the `version` that was read, and a stale one is a CONFLICT that changes nothing. A write
 * retried by the same caller with the same `idempotencyKey` and arguments writes nothing again and
 * returns the record it wrote, as it is now.
 */
export type RegistryMutationsCorrectFigureArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: FigureInput;
  reason: Scalars['String']['input'];
};


/**
 * 某地区登记库的写操作，位于以该地区命名的根 mutation 字段之下（`mutation { guangxi { createInstitution(...) { id version } } }`）。仅该地区的编辑和管理员可执行写操作。每次写操作与其审计记录在同一事务中执行：要么全部生效，要么全部不生效。更新须携带读取时的 `version`，版本已过期则返回 CONFLICT，不作任何更改。同一调用者以相同的 `idempotencyKey` 和相同的参数重试同一写操作时，不会再次写入，返回首次写入的记录的当前状态。
 *
 * The writes of a region's registry, under the root mutation field named after the region
 * (`mutation { guangxi { createInstitution(...) { id version } } }`). Only the region's editors and
 * admins may write. Each write runs in one transaction with its audit record: all or nothing. Updates
 * carry the `version` that was read, and a stale one is a CONFLICT that changes nothing. A write
 * retried by the same caller with the same `idempotencyKey` and arguments writes nothing again and
 * returns the record it wrote, as it is now.
 */
export type RegistryMutationsCreateInstitutionArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: InstitutionInput;
};


/**
 * 某地区登记库的写操作，位于以该地区命名的根 mutation 字段之下（`mutation { guangxi { createInstitution(...) { id version } } }`）。仅该地区的编辑和管理员可执行写操作。每次写操作与其审计记录在同一事务中执行：要么全部生效，要么全部不生效。更新须携带读取时的 `version`，版本已过期则返回 CONFLICT，不作任何更改。同一调用者以相同的 `idempotencyKey` 和相同的参数重试同一写操作时，不会再次写入，返回首次写入的记录的当前状态。
 *
 * The writes of a region's registry, under the root mutation field named after the region
 * (`mutation { guangxi { createInstitution(...) { id version } } }`). Only the region's editors and
 * admins may write. Each write runs in one transaction with its audit record: all or nothing. Updates
 * carry the `version` that was read, and a stale one is a CONFLICT that changes nothing. A write
 * retried by the same caller with the same `idempotencyKey` and arguments writes nothing again and
 * returns the record it wrote, as it is now.
 */
export type RegistryMutationsCreateProgramArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: ProgramInput;
};


/**
 * 某地区登记库的写操作，位于以该地区命名的根 mutation 字段之下（`mutation { guangxi { createInstitution(...) { id version } } }`）。仅该地区的编辑和管理员可执行写操作。每次写操作与其审计记录在同一事务中执行：要么全部生效，要么全部不生效。更新须携带读取时的 `version`，版本已过期则返回 CONFLICT，不作任何更改。同一调用者以相同的 `idempotencyKey` 和相同的参数重试同一写操作时，不会再次写入，返回首次写入的记录的当前状态。
 *
 * The writes of a region's registry, under the root mutation field named after the region
 * (`mutation { guangxi { createInstitution(...) { id version } } }`). Only the region's editors and
 * admins may write. Each write runs in one transaction with its audit record: all or nothing. Updates
 * carry the `version` that was read, and a stale one is a CONFLICT that changes nothing. A write
 * retried by the same caller with the same `idempotencyKey` and arguments writes nothing again and
 * returns the record it wrote, as it is now.
 */
export type RegistryMutationsRecordFigureArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: FigureInput;
};


/**
 * 某地区登记库的写操作，位于以该地区命名的根 mutation 字段之下（`mutation { guangxi { createInstitution(...) { id version } } }`）。仅该地区的编辑和管理员可执行写操作。每次写操作与其审计记录在同一事务中执行：要么全部生效，要么全部不生效。更新须携带读取时的 `version`，版本已过期则返回 CONFLICT，不作任何更改。同一调用者以相同的 `idempotencyKey` 和相同的参数重试同一写操作时，不会再次写入，返回首次写入的记录的当前状态。
 *
 * The writes of a region's registry, under the root mutation field named after the region
 * (`mutation { guangxi { createInstitution(...) { id version } } }`). Only the region's editors and
 * admins may write. Each write runs in one transaction with its audit record: all or nothing. Updates
 * carry the `version` that was read, and a stale one is a CONFLICT that changes nothing. A write
 * retried by the same caller with the same `idempotencyKey` and arguments writes nothing again and
 * returns the record it wrote, as it is now.
 */
export type RegistryMutationsRedateTransferArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  on: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};


/**
 * 某地区登记库的写操作，位于以该地区命名的根 mutation 字段之下（`mutation { guangxi { createInstitution(...) { id version } } }`）。仅该地区的编辑和管理员可执行写操作。每次写操作与其审计记录在同一事务中执行：要么全部生效，要么全部不生效。更新须携带读取时的 `version`，版本已过期则返回 CONFLICT，不作任何更改。同一调用者以相同的 `idempotencyKey` 和相同的参数重试同一写操作时，不会再次写入，返回首次写入的记录的当前状态。
 *
 * The writes of a region's registry, under the root mutation field named after the region
 * (`mutation { guangxi { createInstitution(...) { id version } } }`). Only the region's editors and
 * admins may write. Each write runs in one transaction with its audit record: all or nothing. Updates
 * carry the `version` that was read, and a stale one is a CONFLICT that changes nothing. A write
 * retried by the same caller with the same `idempotencyKey` and arguments writes nothing again and
 * returns the record it wrote, as it is now.
 */
export type RegistryMutationsRegisterSocialWorkerArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: SocialWorkerInput;
};


/**
 * 某地区登记库的写操作，位于以该地区命名的根 mutation 字段之下（`mutation { guangxi { createInstitution(...) { id version } } }`）。仅该地区的编辑和管理员可执行写操作。每次写操作与其审计记录在同一事务中执行：要么全部生效，要么全部不生效。更新须携带读取时的 `version`，版本已过期则返回 CONFLICT，不作任何更改。同一调用者以相同的 `idempotencyKey` 和相同的参数重试同一写操作时，不会再次写入，返回首次写入的记录的当前状态。
 *
 * The writes of a region's registry, under the root mutation field named after the region
 * (`mutation { guangxi { createInstitution(...) { id version } } }`). Only the region's editors and
 * admins may write. Each write runs in one transaction with its audit record: all or nothing. Updates
 * carry the `version` that was read, and a stale one is a CONFLICT that changes nothing. A write
 * retried by the same caller with the same `idempotencyKey` and arguments writes nothing again and
 * returns the record it wrote, as it is now.
 */
export type RegistryMutationsReopenInstitutionArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  reopenedOn?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};


/**
 * 某地区登记库的写操作，位于以该地区命名的根 mutation 字段之下（`mutation { guangxi { createInstitution(...) { id version } } }`）。仅该地区的编辑和管理员可执行写操作。每次写操作与其审计记录在同一事务中执行：要么全部生效，要么全部不生效。更新须携带读取时的 `version`，版本已过期则返回 CONFLICT，不作任何更改。同一调用者以相同的 `idempotencyKey` 和相同的参数重试同一写操作时，不会再次写入，返回首次写入的记录的当前状态。
 *
 * The writes of a region's registry, under the root mutation field named after the region
 * (`mutation { guangxi { createInstitution(...) { id version } } }`). Only the region's editors and
 * admins may write. Each write runs in one transaction with its audit record: all or nothing. Updates
 * carry the `version` that was read, and a stale one is a CONFLICT that changes nothing. A write
 * retried by the same caller with the same `idempotencyKey` and arguments writes nothing again and
 * returns the record it wrote, as it is now.
 */
export type RegistryMutationsSetTargetArgs = {
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: TargetInput;
  version?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * 某地区登记库的写操作，位于以该地区命名的根 mutation 字段之下（`mutation { guangxi { createInstitution(...) { id version } } }`）。仅该地区的编辑和管理员可执行写操作。每次写操作与其审计记录在同一事务中执行：要么全部生效，要么全部不生效。更新须携带读取时的 `version`，版本已过期则返回 CONFLICT，不作任何更改。同一调用者以相同的 `idempotencyKey` 和相同的参数重试同一写操作时，不会再次写入，返回首次写入的记录的当前状态。
 *
 * The writes of a region's registry, under the root mutation field named after the region
 * (`mutation { guangxi { createInstitution(...) { id version } } }`). Only the region's editors and
 * admins may write. Each write runs in one transaction with its audit record: all or nothing. Updates
 * carry the `version` that was read, and a stale one is a CONFLICT that changes nothing. A write
 * retried by the same caller with the same `idempotencyKey` and arguments writes nothing again and
 * returns the record it wrote, as it is now.
 */
export type RegistryMutationsTransferSocialWorkerArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  institutionId: Scalars['ID']['input'];
  on?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};


/**
 * 某地区登记库的写操作，位于以该地区命名的根 mutation 字段之下（`mutation { guangxi { createInstitution(...) { id version } } }`）。仅该地区的编辑和管理员可执行写操作。每次写操作与其审计记录在同一事务中执行：要么全部生效，要么全部不生效。更新须携带读取时的 `version`，版本已过期则返回 CONFLICT，不作任何更改。同一调用者以相同的 `idempotencyKey` 和相同的参数重试同一写操作时，不会再次写入，返回首次写入的记录的当前状态。
 *
 * The writes of a region's registry, under the root mutation field named after the region
 * (`mutation { guangxi { createInstitution(...) { id version } } }`). Only the region's editors and
 * admins may write. Each write runs in one transaction with its audit record: all or nothing. Updates
 * carry the `version` that was read, and a stale one is a CONFLICT that changes nothing. A write
 * retried by the same caller with the same `idempotencyKey` and arguments writes nothing again and
 * returns the record it wrote, as it is now.
 */
export type RegistryMutationsUpdateInstitutionArgs = {
  effectiveOn?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: InstitutionInput;
  version: Scalars['Int']['input'];
};


/**
 * 某地区登记库的写操作，位于以该地区命名的根 mutation 字段之下（`mutation { guangxi { createInstitution(...) { id version } } }`）。仅该地区的编辑和管理员可执行写操作。每次写操作与其审计记录在同一事务中执行：要么全部生效，要么全部不生效。更新须携带读取时的 `version`，版本已过期则返回 CONFLICT，不作任何更改。同一调用者以相同的 `idempotencyKey` 和相同的参数重试同一写操作时，不会再次写入，返回首次写入的记录的当前状态。
 *
 * The writes of a region's registry, under the root mutation field named after the region
 * (`mutation { guangxi { createInstitution(...) { id version } } }`). Only the region's editors and
 * admins may write. Each write runs in one transaction with its audit record: all or nothing. Updates
 * carry the `version` that was read, and a stale one is a CONFLICT that changes nothing. A write
 * retried by the same caller with the same `idempotencyKey` and arguments writes nothing again and
 * returns the record it wrote, as it is now.
 */
export type RegistryMutationsUpdateProgramArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: ProgramInput;
  version: Scalars['Int']['input'];
};


/**
 * 某地区登记库的写操作，位于以该地区命名的根 mutation 字段之下（`mutation { guangxi { createInstitution(...) { id version } } }`）。仅该地区的编辑和管理员可执行写操作。每次写操作与其审计记录在同一事务中执行：要么全部生效，要么全部不生效。更新须携带读取时的 `version`，版本已过期则返回 CONFLICT，不作任何更改。同一调用者以相同的 `idempotencyKey` 和相同的参数重试同一写操作时，不会再次写入，返回首次写入的记录的当前状态。
 *
 * The writes of a region's registry, under the root mutation field named after the region
 * (`mutation { guangxi { createInstitution(...) { id version } } }`). Only the region's editors and
 * admins may write. Each write runs in one transaction with its audit record: all or nothing. Updates
 * carry the `version` that was read, and a stale one is a CONFLICT that changes nothing. A write
 * retried by the same caller with the same `idempotencyKey` and arguments writes nothing again and
 * returns the record it wrote, as it is now.
 */
export type RegistryMutationsUpdateSocialWorkerArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  input: SocialWorkerInput;
  version: Scalars['Int']['input'];
};


/**
 * 某地区登记库的写操作，位于以该地区命名的根 mutation 字段之下（`mutation { guangxi { createInstitution(...) { id version } } }`）。仅该地区的编辑和管理员可执行写操作。每次写操作与其审计记录在同一事务中执行：要么全部生效，要么全部不生效。更新须携带读取时的 `version`，版本已过期则返回 CONFLICT，不作任何更改。同一调用者以相同的 `idempotencyKey` 和相同的参数重试同一写操作时，不会再次写入，返回首次写入的记录的当前状态。
 *
 * The writes of a region's registry, under the root mutation field named after the region
 * (`mutation { guangxi { createInstitution(...) { id version } } }`). Only the region's editors and
 * admins may write. Each write runs in one transaction with its audit record: all or nothing. Updates
 * carry the `version` that was read, and a stale one is a CONFLICT that changes nothing. A write
 * retried by the same caller with the same `idempotencyKey` and arguments writes nothing again and
 * returns the record it wrote, as it is now.
 */
export type RegistryMutationsWithdrawFigureArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  reason: Scalars['String']['input'];
};


/**
 * 某地区登记库的写操作，位于以该地区命名的根 mutation 字段之下（`mutation { guangxi { createInstitution(...) { id version } } }`）。仅该地区的编辑和管理员可执行写操作。每次写操作与其审计记录在同一事务中执行：要么全部生效，要么全部不生效。更新须携带读取时的 `version`，版本已过期则返回 CONFLICT，不作任何更改。同一调用者以相同的 `idempotencyKey` 和相同的参数重试同一写操作时，不会再次写入，返回首次写入的记录的当前状态。
 *
 * The writes of a region's registry, under the root mutation field named after the region
 * (`mutation { guangxi { createInstitution(...) { id version } } }`). Only the region's editors and
 * admins may write. Each write runs in one transaction with its audit record: all or nothing. Updates
 * carry the `version` that was read, and a stale one is a CONFLICT that changes nothing. A write
 * retried by the same caller with the same `idempotencyKey` and arguments writes nothing again and
 * returns the record it wrote, as it is now.
 */
export type RegistryMutationsWithdrawInstitutionChangeArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  reason: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};


/**
 * 某地区登记库的写操作，位于以该地区命名的根 mutation 字段之下（`mutation { guangxi { createInstitution(...) { id version } } }`）。仅该地区的编辑和管理员可执行写操作。每次写操作与其审计记录在同一事务中执行：要么全部生效，要么全部不生效。更新须携带读取时的 `version`，版本已过期则返回 CONFLICT，不作任何更改。同一调用者以相同的 `idempotencyKey` 和相同的参数重试同一写操作时，不会再次写入，返回首次写入的记录的当前状态。
 *
 * The writes of a region's registry, under the root mutation field named after the region
 * (`mutation { guangxi { createInstitution(...) { id version } } }`). Only the region's editors and
 * admins may write. Each write runs in one transaction with its audit record: all or nothing. Updates
 * carry the `version` that was read, and a stale one is a CONFLICT that changes nothing. A write
 * retried by the same caller with the same `idempotencyKey` and arguments writes nothing again and
 * returns the record it wrote, as it is now.
 */
export type RegistryMutationsWithdrawProgramArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  reason: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};


/**
 * 某地区登记库的写操作，位于以该地区命名的根 mutation 字段之下（`mutation { guangxi { createInstitution(...) { id version } } }`）。仅该地区的编辑和管理员可执行写操作。每次写操作与其审计记录在同一事务中执行：要么全部生效，要么全部不生效。更新须携带读取时的 `version`，版本已过期则返回 CONFLICT，不作任何更改。同一调用者以相同的 `idempotencyKey` 和相同的参数重试同一写操作时，不会再次写入，返回首次写入的记录的当前状态。
 *
 * The writes of a region's registry, under the root mutation field named after the region
 * (`mutation { guangxi { createInstitution(...) { id version } } }`). Only the region's editors and
 * admins may write. Each write runs in one transaction with its audit record: all or nothing. Updates
 * carry the `version` that was read, and a stale one is a CONFLICT that changes nothing. A write
 * retried by the same caller with the same `idempotencyKey` and arguments writes nothing again and
 * returns the record it wrote, as it is now.
 */
export type RegistryMutationsWithdrawTargetArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  reason: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};


/**
 * 某地区登记库的写操作，位于以该地区命名的根 mutation 字段之下（`mutation { guangxi { createInstitution(...) { id version } } }`）。仅该地区的编辑和管理员可执行写操作。每次写操作与其审计记录在同一事务中执行：要么全部生效，要么全部不生效。更新须携带读取时的 `version`，版本已过期则返回 CONFLICT，不作任何更改。同一调用者以相同的 `idempotencyKey` 和相同的参数重试同一写操作时，不会再次写入，返回首次写入的记录的当前状态。
 *
 * The writes of a region's registry, under the root mutation field named after the region
 * (`mutation { guangxi { createInstitution(...) { id version } } }`). Only the region's editors and
 * admins may write. Each write runs in one transaction with its audit record: all or nothing. Updates
 * carry the `version` that was read, and a stale one is a CONFLICT that changes nothing. A write
 * retried by the same caller with the same `idempotencyKey` and arguments writes nothing again and
 * returns the record it wrote, as it is now.
 */
export type RegistryMutationsWithdrawTransferArgs = {
  id: Scalars['ID']['input'];
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  reason: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};

/**
 * 社会工作服务领域：四川省2025年规划所列的十个领域，另加乡村振兴和征迁安置。
 *
 * Fields of social work service: the ten of Sichuan's 2025 plan plus rural revitalisation and
 * relocation resettlement.
 */
export type ServiceField =
  /** 儿童：面向儿童的社会工作服务。Children: social work services for children. */
  | 'CHILDREN'
  /** 社区矫正：面向社区矫正对象的社会工作服务。Community correction: social work services for people under community correction. */
  | 'COMMUNITY_CORRECTION'
  /** 灾害救援：灾害救援中的社会工作服务。Disaster relief: social work services in disaster relief. */
  | 'DISASTER'
  /** 禁毒戒毒：禁毒和戒毒康复中的社会工作服务。Drug rehabilitation: social work services in drug control and rehabilitation (禁毒戒毒). */
  | 'DRUG_REHABILITATION'
  /** 老年人：面向老年人的社会工作服务。Elderly: social work services for older people. */
  | 'ELDERLY'
  /** 医务：在医疗卫生领域开展的社会工作服务。Medical: social work services in health care. */
  | 'MEDICAL'
  /** 新就业群体：面向新就业形态劳动者的社会工作服务。New employment groups: social work services for workers in new forms of employment (新就业群体). */
  | 'NEW_EMPLOYMENT_GROUPS'
  /** 信访：信访工作中的社会工作服务。Petitions: social work services in handling petitions (信访). */
  | 'PETITIONS'
  /** 征迁安置：面向征迁后安置居民的社会工作服务。Relocation and resettlement: social work services for residents resettled after relocation (征迁安置). */
  | 'RELOCATION_RESETTLEMENT'
  /** 乡村振兴：服务于乡村振兴的社会工作。Rural revitalisation: social work in support of rural revitalisation. */
  | 'RURAL_REVITALISATION'
  /** 学校：在学校开展的社会工作服务。School: social work services in schools. */
  | 'SCHOOL'
  /** 妇女：面向妇女的社会工作服务。Women: social work services for women. */
  | 'WOMEN';

/** 机构开展社会工作的组织形式。How an institution has organised social work. */
export type SocialWorkSetup =
  /** 设有专门的社会工作部门。A dedicated social work department. */
  | 'DEPARTMENT'
  /** 未设置社会工作部门或岗位。Neither a social work department nor social work posts. */
  | 'NONE'
  /** 设有社会工作岗位，但未设部门。Social work posts without a department. */
  | 'POSTS';

/** 在该地区登记在册的一名社会工作者（从业人员），无论是否持证。仅限已登录的调用者。A social worker (a practitioner) registered in the region, certified or not. Signed-in callers only. */
export type SocialWorker = {
  __typename?: 'SocialWorker';
  /** 所持国家社会工作者职业资格的证书等级；未持证时为 `NONE`。Level of the national social work qualification held; `NONE` when uncertified. */
  certificateLevel: CertificateLevel;
  /** 个人信息。Personal data. */
  certificateNumber?: Maybe<Scalars['String']['output']>;
  /** 首次取得社会工作者职业资格证书之日（YYYY-MM-DD）；未持证或取得日期不详时为 null。测算自该日起按现有证书等级将该社工计为持证，此前计为未持证；持证而无此日期的，在其各段任职的每一天均计为持证，并计入起始日期不详的记录（`Measure.undatedRecords`）。The day the worker first held a social work certificate (YYYY-MM-DD); null when uncertified or when the day is not known. Measures count the worker as certified from that day, at its current level, and as uncertified before it; a certified worker without it counts as certified on every day of its posts, and among the records whose start is not known (`Measure.undatedRecords`). */
  certifiedSince?: Maybe<Scalars['String']['output']>;
  /** 记录录入登记库的时间（ISO 8601，UTC）。When the record was entered in the registry (ISO 8601, UTC). */
  createdAt: Scalars['String']['output'];
  /** 用工方式；未登记时为 null。How the worker is employed; null when not recorded. */
  employment?: Maybe<Employment>;
  /** 最后工作日；在岗期间为 null。Last day of work; null while the worker is in post. */
  endedOn?: Maybe<Scalars['String']['output']>;
  /** 在整个联邦中唯一的 id：地区代码加记录编号，如 `BJ-5`。An id unique across the federation: the region's code and a number, such as `BJ-5`. */
  id: Scalars['ID']['output'];
  /** 社会工作者所在的机构；未登记所在机构时为 null。The institution the worker belongs to; null when none is recorded. */
  institution?: Maybe<Institution>;
  /** 个人信息。Personal data. */
  name?: Maybe<Scalars['String']['output']>;
  /** 个人信息：对无相应权限的读者为 null。在现所在机构任职的首日（YYYY-MM-DD），即最近一次调动的日期；从未调动的为 null（自开始工作之日起即在该机构）。Personal data: null for readers without the right. The first day of the current post (YYYY-MM-DD), the day of the latest transfer; null for a worker never moved (at the institution since the first day of work). */
  postedOn?: Maybe<Scalars['String']['output']>;
  /**
   * 个人信息：对无相应权限的读者为 null。该社会工作者的任职经历，按时间先后排列：调动前的各任职，最后是当前任职。每一天社工只在一处任职，测算按当天的任职所在机构计数，因此调动不改变过去任何一天的测算值。
   *
   * Personal data: null for readers without the right. The worker's posts, oldest first: those left
   * by transfers, then the current one. A worker holds one post on any day, and measures count the
   * worker at that day's post's institution, so a transfer changes no measure of a day before it.
   */
  posts?: Maybe<Array<SocialWorkerPost>>;
  /** 安排该社会工作者上岗的项目（即项目派驻），如有。The programme that placed the worker (a dispatch posting), if any. */
  program?: Maybe<Program>;
  /** 该记录的来源。Where the record comes from. */
  provenance: Provenance;
  /** 社会工作者进入该岗位的途径；未登记时为 null。How the worker came to the post; null when not recorded. */
  recruitmentSource?: Maybe<RecruitmentSource>;
  /** 社会工作者服务的领域；未登记时为空列表。Fields of service the worker works in; empty when none is recorded. */
  serviceFields: Array<ServiceField>;
  /** 开始工作的首日；不详时为 null。First day of work; null when not known. */
  startedOn?: Maybe<Scalars['String']['output']>;
  /** 督导级别；未登记督导级别时为 null。Rank as a supervisor; null when none is recorded. */
  supervisorRank?: Maybe<SupervisorRank>;
  /** 记录最近一次变更的时间（ISO 8601，UTC）。When the record last changed (ISO 8601, UTC). */
  updatedAt: Scalars['String']['output'];
  /** 每次变更时递增；未改变任何字段的更新不算变更，版本号不变，也不记入审计。更新时必须带上所读取的版本号。Incremented on every change; an update that changes no field is none, keeping the version and writing no audit. Updates must carry the version they read. */
  version: Scalars['Int']['output'];
};

/** 一页社会工作者，附符合筛选条件的总数。A page of social workers, with how many match the filter. */
export type SocialWorkerConnection = {
  __typename?: 'SocialWorkerConnection';
  /** 本页的社会工作者，每个均附其游标。The social workers of this page, each with its cursor. */
  edges: Array<SocialWorkerEdge>;
  /** 本页之后是否还有记录，以及获取下一页所用的游标。Whether more follow this page, and the cursor to ask for them. */
  pageInfo: PageInfo;
  /** 符合筛选条件的全部社会工作者数量，而不仅限于本页。All social workers that match the filter, not only this page. */
  totalCount: Scalars['Int']['output'];
  /** 始终为 ALL：社会工作者列表仅向已登录的调用者提供。Always ALL: social workers are listed to signed-in callers only. */
  visibility: Visibility;
};

/** 一名社会工作者及其游标。A social worker with its cursor. */
export type SocialWorkerEdge = {
  __typename?: 'SocialWorkerEdge';
  /** 该记录的游标：作为 `after` 传入，即可获取其后的记录。The record's cursor: pass it as `after` for the records after it. */
  cursor: Scalars['String']['output'];
  /** 该社会工作者。The social worker. */
  node: SocialWorker;
};

/** 社会工作者的筛选条件：所给出的各项条件须同时满足；列表型条件匹配其中任一值即可。Conditions on social workers: every condition given must hold; a list matches any of its values. */
export type SocialWorkerFilter = {
  /** 仅限持有这些证书等级的社会工作者。Only social workers of these certificate levels. */
  certificateLevel?: InputMaybe<Array<CertificateLevel>>;
  /** 社工所在机构的地市。Prefecture city of the worker's institution. */
  city?: InputMaybe<Scalars['String']['input']>;
  /** 社工所在机构的县（区）。County of the worker's institution. */
  county?: InputMaybe<Scalars['String']['input']>;
  /** 仅限采用这些用工方式的社会工作者。Only social workers employed in these ways. */
  employment?: InputMaybe<Array<Employment>>;
  /** 仅限该机构的社会工作者（机构 id，如 `BJ-5`）。Only social workers of this institution (its id, for example `BJ-5`). */
  institutionId?: InputMaybe<Scalars['ID']['input']>;
  /** 姓名的一部分，不区分大小写（仅限本地区的编辑使用）。Case-insensitive part of the name (editors of the region only). */
  nameContains?: InputMaybe<Scalars['String']['input']>;
  /** 仅限该来源的记录。Only records of this provenance. */
  provenance?: InputMaybe<Provenance>;
  /** 仅限服务领域包含该领域的社会工作者。Only social workers who serve this field. */
  serviceField?: InputMaybe<ServiceField>;
};

/** `registerSocialWorker` 和 `updateSocialWorker` 所用的社会工作者字段：登记时 `name` 为必填项；更新时仅修改所给出的字段。A social worker's fields for `registerSocialWorker` and `updateSocialWorker`: `name` is required to register one; an update changes only the fields given. */
export type SocialWorkerInput = {
  /** 社会工作者的证书等级（国家社会工作者职业资格）；登记时省略则为 `NONE`（无证书）。The worker's certificate level (national social work qualification); `NONE` when left out at registration. */
  certificateLevel?: InputMaybe<CertificateLevel>;
  /** 个人信息：由6至40位大写字母、数字或连字符组成；仅可与证书等级一并填写，持证社工（证书等级不是 `NONE`）须填写。Personal data: 6 to 40 capital letters, digits or hyphens; only with a certificate level, and required of a certified worker (a level other than `NONE`). */
  certificateNumber?: InputMaybe<Scalars['String']['input']>;
  /** 首次取得社会工作者职业资格证书之日，完整日期，如2021-03-01，不得晚于今天；仅可与 `NONE` 以外的证书等级一并填写（证书等级为 `NONE` 时填写即被拒绝）。测算自该日起按现有证书等级将该社工计为持证，此前计为未持证；持证而不填写的，在其各段任职的每一天均计为持证，并计入起始日期不详的记录。更新将证书等级改为 `NONE` 时，该日期随之清空；更新提高证书等级时保留该日期（即首次取得证书之日）。The day the worker first held a social work certificate, a full date such as 2021-03-01, not in the future; only with a certificate level other than `NONE` (given with `NONE`, it is refused). Measures count the worker as certified from that day, at its current level, and as uncertified before it; a certified worker without it counts as certified on every day of its posts, and among the records whose start is not known. An update that sets the level to `NONE` clears it; one that raises the level keeps it (the day of the first certificate). */
  certifiedSince?: InputMaybe<Scalars['String']['input']>;
  /** 社会工作者的用工方式。How the worker is employed. */
  employment?: InputMaybe<Employment>;
  /** 最后工作日，日期格式如2024-03-01，不得早于 `startedOn`。截至其后任一日期的测算值不计入该社会工作者。所在机构已关闭的，须填写且不得晚于关闭日期（`startedOn` 亦然）。Last day of work, a date such as 2024-03-01, not before `startedOn`. Measures as of a later day leave the worker out. At a closed institution it must be given, and not after the closing day (nor may `startedOn` be). */
  endedOn?: InputMaybe<Scalars['String']['input']>;
  /** 同一地区内一家正在运营的机构。An active institution of the same region. */
  institutionId?: InputMaybe<Scalars['ID']['input']>;
  /** 个人信息，1至100个字符。Personal data, 1 to 100 characters. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** 安置该社会工作者的本登记库项目的 id，如 `NX-3`（例如选派社工的项目：以项目为范围的目标按其所安置的社工计数）；已撤回的项目不可填写。The id of the programme of this registry that placed the social worker, for example `NX-3` (a programme dispatching workers: a target scoped to a programme counts the workers it placed); a withdrawn programme cannot be given. */
  programId?: InputMaybe<Scalars['ID']['input']>;
  /** 招聘来源：社会工作者进入该岗位的途径。How the worker came to the post. */
  recruitmentSource?: InputMaybe<RecruitmentSource>;
  /** 社会工作者的服务领域，每个领域只列一次；更新时以新列表替换原列表。The fields of service of the worker, each listed once; an update replaces the whole list. */
  serviceFields?: InputMaybe<Array<ServiceField>>;
  /** 日期，如2024-03-01。A date, 2024-03-01. */
  startedOn?: InputMaybe<Scalars['String']['input']>;
  /** 社会工作者的督导级别（如有）。The worker's supervisor rank, if any. */
  supervisorRank?: InputMaybe<SupervisorRank>;
};

/** 社会工作者在一家机构的一段任职。A social worker's post at one institution, from its first day to its last. */
export type SocialWorkerPost = {
  __typename?: 'SocialWorkerPost';
  /** 是否为当前任职。Whether this is the current post. */
  current: Scalars['Boolean']['output'];
  /** 任职首日（YYYY-MM-DD）；第一段任职即开始工作的首日，不详时为 null。First day of the post (YYYY-MM-DD); of the first post, the first day of work, null when not known. */
  from?: Maybe<Scalars['String']['output']>;
  /** 任职的机构；未登记所在机构时为 null。The institution of the post; null when none was recorded. */
  institution?: Maybe<Institution>;
  /** 任职的最后一日（YYYY-MM-DD）：调离前一日；当前任职为离职日期，在岗时为 null。Last day of the post (YYYY-MM-DD): the day before the transfer; of the current post, the last day of work, null while in post. */
  until?: Maybe<Scalars['String']['output']>;
};

/** 社会工作者在某次变更时的状态（参见 SocialWorker）。A social worker as it was at a change (see SocialWorker). */
export type SocialWorkerState = {
  __typename?: 'SocialWorkerState';
  /** 所持国家社会工作者职业资格证书等级；无证书时为 `NONE`。The national social work qualification held; `NONE` without a certificate. */
  certificateLevel: CertificateLevel;
  /** 个人信息：对无相应权限的读者为 null。Personal data: null for readers without the right. */
  certificateNumber?: Maybe<Scalars['String']['output']>;
  /** 此状态下所记的首次取得社会工作者职业资格证书之日（YYYY-MM-DD）；未持证或取得日期不详时为 null。测算自该日起按该社工现有的证书等级将其计为持证，此前计为未持证；持证而无此日期的，在其各段任职的每一天均计为持证，并计入起始日期不详的记录。The day the worker first held a social work certificate (YYYY-MM-DD), as recorded in this state; null when uncertified or when the day is not known. Measures count the worker as certified from that day, at the worker's current level, and as uncertified before it; a certified worker without it counts as certified on every day of its posts, and among the records whose start is not known. */
  certifiedSince?: Maybe<Scalars['String']['output']>;
  /** 用工方式：全职、兼职或派遣（购买服务）；未记录时为 null。How the worker is employed: full time, part time or dispatched; null when not recorded. */
  employment?: Maybe<Employment>;
  /** 最后工作日（YYYY-MM-DD）；在岗期间为 null。Last day of work (YYYY-MM-DD); null while the worker is in post. */
  endedOn?: Maybe<Scalars['String']['output']>;
  /** 社会工作者所在机构的 id；未隶属任何机构时为 null。The id of the worker's institution; null for a worker without one. */
  institutionId?: Maybe<Scalars['ID']['output']>;
  /** 个人信息：对无相应权限的读者为 null。Personal data: null for readers without the right. */
  name?: Maybe<Scalars['String']['output']>;
  /** 个人信息：对无相应权限的读者为 null。在现所在机构任职的首日（YYYY-MM-DD）；从未调动的为 null。Personal data: null for readers without the right. The first day of the current post (YYYY-MM-DD); null for a worker never moved. */
  postedOn?: Maybe<Scalars['String']['output']>;
  /** 安排该社会工作者上岗的项目（即项目派驻）的 id，如有。The id of the programme that placed the worker (a dispatch posting), if any. */
  programId?: Maybe<Scalars['ID']['output']>;
  /** 记录的来源。Where the record comes from. */
  provenance: Provenance;
  /** 社会工作者进入该岗位的途径：招聘、内部转岗或购买服务；未记录时为 null。How the worker came to the post: recruitment, internal transfer or a purchased service; null when not recorded. */
  recruitmentSource?: Maybe<RecruitmentSource>;
  /** 该社会工作者服务的社会工作服务领域。The fields of social work service the worker serves. */
  serviceFields: Array<ServiceField>;
  /** 开始工作的首日（YYYY-MM-DD）；不详时为 null。First day of work (YYYY-MM-DD); null when not known. */
  startedOn?: Maybe<Scalars['String']['output']>;
  /** 督导级别：助理督导、督导或督导导师；未记录时为 null。The worker's supervisor rank: assistant supervisor, supervisor or supervisor mentor; null when none is recorded. */
  supervisorRank?: Maybe<SupervisorRank>;
  /** 此状态下记录的版本号；每次变更时递增。The record's version in this state; incremented on every change. */
  version: Scalars['Int']['output'];
  /** 撤回该社会工作者最近一次调动的原因（`withdrawTransfer`），仅见于该次撤回后的状态；其他变更以及无个人信息权限的读者为 null。Why the worker's latest move was withdrawn (`withdrawTransfer`), in the state after that withdrawal only; null for every other change and for readers without the right to personal data. */
  withdrawalReason?: Maybe<Scalars['String']['output']>;
};

/** 公开发布的文件（报纸版面上的一篇文章、一份政策文本或一份统计公报）。A published document (one article of a newspaper page, a policy text, or a statistical communiqué). */
export type Source = {
  __typename?: 'Source';
  /** 来源文件在种子文件集中的文件名；如为在网上阅读的页面则为 null（见 `url`）。File name of the source document in the collection of seeds; null for a page read on the web (see `url`). */
  document?: Maybe<Scalars['String']['output']>;
  /** 来源的 id。The source's id. */
  id: Scalars['ID']['output'];
  /** 说明缺失的信息（日期、标题）是如何确定的；所读页面并非发布方自有页面时，也在此注明。How missing details (a date, a title) were established, and where a page read is not the publisher's own. */
  note?: Maybe<Scalars['String']['output']>;
  /** 年份、年月或日期；原件未印日期时为推定的日期（见 `publishedOnInferred`）。A year, year-month or date; where the page prints none, an inferred one (see `publishedOnInferred`). */
  publishedOn?: Maybe<Scalars['String']['output']>;
  /** 原件未印日期、`publishedOn` 系推定（如按同版其他文章推算）时为 true，`note` 说明依据。True where the page prints no date and `publishedOn` was inferred (from the other articles on its page, say); `note` says from what. */
  publishedOnInferred: Scalars['Boolean']['output'];
  /** 发布方（报社或机关）；文件未载明时为 null，或为推定的发布方（见 `publisherInferred`）。The newspaper or body that published it; null when the document does not say, or an inferred one (see `publisherInferred`). */
  publisher?: Maybe<Scalars['String']['output']>;
  /** 发布方的英文名称；无发布方或未给出时为 null。The publisher's name in English; null without a publisher or where none was given. */
  publisherEn?: Maybe<Scalars['String']['output']>;
  /** 原件未印发布方、`publisher` 系推定（如按页面所属的版面集推定）时为 true，`note` 说明依据。True where the page prints no publisher and `publisher` was inferred (from the collection its page belongs to, say); `note` says from what. */
  publisherInferred: Scalars['Boolean']['output'];
  /** 按 `url` 的页面判定：该页面是文件的转载（新闻网站、聚合页面）而非发布方自有页面时为 true（各地区的常住人口数均读取自统计公报的转载页面，而非统计部门官网），是发布方自有页面时为 false；未判定时为 null。Judged by the page at `url`: true where it is a reprint of the document (a news site's, an aggregator's) rather than its publisher's own page (every region's resident population was read on a reprint of its statistical communiqué, not the statistics bureau's own site), false where it is the publisher's own; null where not judged. */
  readOnReprint?: Maybe<Scalars['Boolean']['output']>;
  /** 文章的转载来源媒体，限页面有注明的情况。Outlet the article was reprinted from, where the page says so. */
  reprintedFrom?: Maybe<Scalars['String']['output']>;
  /** 转载来源媒体的英文名称。The outlet's name in English. */
  reprintedFromEn?: Maybe<Scalars['String']['output']>;
  /** 文章或文件的标题，按原文；原件未印出标题时，为据正文拟定的标题（见 `titleConstructed`）。Title of the article or document, as printed; where it prints none, one made from its text (see `titleConstructed`). */
  title: Scalars['String']['output'];
  /** 原件未印出标题、`title` 系另一文件引用它时所用的标题时，为印有该标题的那份来源（如 2023-10-24 的页面称北京市的医务社会工作政策为《关于发展医务社会工作的实施意见》）；标题印在原件上或系据正文拟定时为 null。引用时应注明标题出自该来源。Where the document prints no title and `title` is the one another document cites it by, the source whose page prints it (a page of 2023-10-24 names Beijing's policy on medical social work 《关于发展医务社会工作的实施意见》); null where the title is printed on the document or made from its text. A citation should say where the title is read. */
  titleCitedIn?: Maybe<Source>;
  /** 原件未印出标题、`title` 系据正文语句拟定时为 true（`note` 说明据哪一句）；引用时不应当作原件标题。True where the document prints no title and `title` was made from a sentence of its text (`note` says which): not to be cited as its own. */
  titleConstructed: Scalars['Boolean']['output'];
  /** 标题的英文译名，供英文页面和报告使用（原标题见 `title`）；登记时未给出的为 null。The title in English, for English pages and reports (the original is `title`); null where it was recorded without one. */
  titleEn?: Maybe<Scalars['String']['output']>;
  /** 读取该来源时所用页面的地址：发布方自有页面或转载页面（由备注说明属于哪一种）。如为种子文件集中的文件则为 null。The address of the page the source was read at: the publisher's own, or a reprint (the note says which). Null for a document of the collection of seeds. */
  url?: Maybe<Scalars['String']['output']>;
};

/** 来源文件：可按 `id` 引用已有来源，或新建来源，新建时至少须提供 `title` 和 `document`。A source document: an existing one by `id`, or a new one with at least `title` and `document`. */
export type SourceInput = {
  /** 种子文件集中的一份文件；新建来源时须提供本项或其 `url`，也可两者都提供。A document of the collection of seeds; a new source gives it, or its `url`, or both. */
  document?: InputMaybe<Scalars['String']['input']>;
  /** 已有来源的 id；提供本项时不得再填写其他字段。The id of a known source; given alone, without the other fields. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** 新来源的发布时间：年份、年月或日期，不得晚于今天。When a new source was published: a year, year-month or date, not in the future. */
  publishedOn?: InputMaybe<Scalars['String']['input']>;
  /** 原件未印日期、`publishedOn` 系推定时为 true；省略即为 false。True where the page prints no date and `publishedOn` is inferred; false when left out. */
  publishedOnInferred?: InputMaybe<Scalars['Boolean']['input']>;
  /** 新来源的发布方，最多200个字符。Publisher of a new source; at most 200 characters. */
  publisher?: InputMaybe<Scalars['String']['input']>;
  /** 原件未印发布方、`publisher` 系推定时为 true；省略即为 false。True where the page prints no publisher and `publisher` is inferred; false when left out. */
  publisherInferred?: InputMaybe<Scalars['Boolean']['input']>;
  /** 新来源的标题，1至300个字符；新建来源时必填。Title of a new source, 1 to 300 characters; required for a new one. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** 原件未印出标题、`title` 系据正文拟定时为 true；省略即为 false。True where the document prints no title and `title` is made from its text; false when left out. */
  titleConstructed?: InputMaybe<Scalars['Boolean']['input']>;
  /** 读取该来源的网页地址（http 或 https）。The address (http or https) of the page the source was read at. */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** 一条状态规则及其所适用的数值。A status rule with the numbers it was applied to. */
export type StatusReason = {
  __typename?: 'StatusReason';
  /** 要求基本实现的目标以目标值的百分之几为阈值：这是指标目录的约定（该指标未另行规定时为 90），不是政策原文给出的数字，各处说明状态时都注明这一点；目标须全额实现时为 null。Of a target to be reached basically (基本实现), the share of the target, in percent, that is its threshold: the indicator catalog's convention (90 unless the indicator sets another), not a number any policy sentence gives, and every wording of the status says so; null for a target to be reached in full. */
  basicallyPercent?: Maybe<Scalars['Float']['output']>;
  /** 所适用的状态规则。The status rule that applied. */
  code: StatusReasonCode;
  /** 目标到期时距目标的差距；`deadlineValue` 为 null 时为 null。How far short of the target it was when due; null where `deadlineValue` is. */
  deadlineGap?: Maybe<Scalars['Float']['output']>;
  /** 目标年份已过、在其后判定的目标在目标年份年底的登记库测算值，即目标到期时的情况；目标年份未过、在该年年底判定，或登记库不能测算该年时为 null（公布数字可能是年内某日的，不作为年底值）。Of a target judged after its year is over, the registry's measure at the end of the target year: where it stood when due; null before, at that year's end, or where the registry does not measure that year (a published figure may be of a day within it, not its end). */
  deadlineValue?: Maybe<Scalars['Float']['output']>;
  /** 时期指标（流量）的目标所依据的年份：其全年的量为所判定的值（或 `NOTHING_REGISTERED_IN_YEAR` 时，登记库在该年内没有登记任何量）；时点指标的目标，或数值不属于某一年时为 null。Of a flow's target, the calendar year whose whole is the value judged (or, of `NOTHING_REGISTERED_IN_YEAR`, the year in which the registry holds nothing); null for a stock's target, or a value of no one year. */
  flowYear?: Maybe<Scalars['Int']['output']>;
  /** 按趋势推算的目标年份末的值（同 `Progress.projectedValue`）；无当前值、有效数据不足两年或目标年份已过时为 null。The value the trend projects for the end of the target year (as `Progress.projectedValue`); null without a current value, with fewer than two years of evidence, or once the target year is over. */
  projectedValue?: Maybe<Scalars['Float']['output']>;
  /** 数值首次达到阈值的年份；尚未达到时为 null。流量指标的目标只计目标年份当年的量：为目标年份或 null。The first year whose value reached the threshold; null while none has. Of a flow's target, only the target year's amount counts: the target year or null. */
  reachedYear?: Maybe<Scalars['Int']['output']>;
  /** `SCOPE_NOT_BEGUN` 时，目标所计项目的开始日期（年、年月或日期，按项目所载）；其他情况为 null。Of `SCOPE_NOT_BEGUN`, the start of the programme the target counts (a year, year-month or date, as the programme records it); null otherwise. */
  scopeStart?: Maybe<Scalars['String']['output']>;
  /** `TARGET_NOT_YET_SET` 时，设定目标的政策的印发日期；其他情况为 null。Of `TARGET_NOT_YET_SET`, when the policy setting the target was issued; null otherwise. */
  targetSetOn?: Maybe<Scalars['String']['output']>;
  /** `TARGET_NOT_YET_SET` 时，政策日期系推定（原件未印出）则为 true；其他情况为 null。Of `TARGET_NOT_YET_SET`, true where the policy's date is inferred, the document printing none; null otherwise. */
  targetSetOnInferred?: Maybe<Scalars['Boolean']['output']>;
  /** 目标值。The target's value. */
  targetValue: Scalars['Float']['output'];
  /** 目标年份。The target year. */
  targetYear: Scalars['Int']['output'];
  /** 视为达到目标的数值：目标值全额，或目标值按基本实现比例折算后的值。The value that counts as reaching the target: all of it, or the basic share of it. */
  threshold: Scalars['Float']['output'];
  /** 推算值低于阈值、但仍判为 `AT_RISK` 而非 `OFF_TRACK` 的最大差距，以阈值的百分比表示（目前为10）。How far short of the threshold a projection may fall and still be `AT_RISK` rather than `OFF_TRACK`, in percent of the threshold (currently 10). */
  tolerancePercent: Scalars['Float']['output'];
  /** 用于拟合趋势的年份。The years the trend was fitted on. */
  trendYears: Array<Scalars['Int']['output']>;
  /** 每万常住人口比率的目标：有数据、但其分母常住人口公布于第七次全国人口普查之前（与之后各年口径不同），因而未用于拟合趋势的年份（趋势自 2020 年起拟合）；其他情况为空。Of a target on a rate per 10,000 residents: the years of evidence left out of the trend because their population was published before the Seventh National Population Census, on another basis than the later years' (the trend is fitted from 2020 on); empty otherwise. */
  trendYearsBeforeCensus: Array<Scalars['Int']['output']>;
  /** 所判定的当前值，按读数的精度取整（保留两位小数，小于 1 的保留三位有效数字，如每万常住人口 0.0826）；无数值时为 null。The current value judged, rounded as it is read (to hundredths, and under 1 to three significant digits: 0.0826 per 10,000 residents); null when there is none. */
  value?: Maybe<Scalars['Float']['output']>;
};

/** 所适用的状态规则；各代码的文字表述由客户端以其自身语言给出。Which status rule applied; each code is worded by the client in its own language. */
export type StatusReasonCode =
  /** 登记库中没有目标所计的记录，也无统计其数量的公布数字（计划和启动消息不是统计数）：0 是登记在册的数量，不表示该地区实际没有，因此不据以判定。The registry holds none of what the target counts, and no published figure counts it (a plan or a launch is not a count): 0 is what is registered, not a finding that the region has none, so nothing is judged on it. */
  | 'NOTHING_REGISTERED'
  /** 时期指标（流量）的目标按某一年（`flowYear`）全年的量判定，而登记库在该年内没有登记目标所计的量，虽然其他年份有登记，也无该年的公布数字：该年的 0 是登记的情况，不表示该地区该年没有，因此不据以判定；趋势亦无从谈起。Of a flow's target, judged on one year's whole (`flowYear`): the registry holds nothing the target counts within that year, though it holds amounts of other years, and no published figure gives that year's: its 0 is what is registered, not a finding that the region had none that year, so nothing is judged on it, nor any trend. */
  | 'NOTHING_REGISTERED_IN_YEAR'
  /** 目标是每万常住人口比率，而登记库未收录该比率所需年末的常住人口数（所判定之日为年末时即该年年末，否则为该日之前的各年末；雄安新区没有单独公布的常住人口数）：登记库的计数没有分母，也无公布该比率的数字，因此没有比率可供判定。按各年年末计的历史中，没有常住人口数的年份也没有数值。The target is a rate per 10,000 residents, and the registry holds no resident population for the year-end the rate is over (the day judged where it is a year-end, else any year-end before it; Xiong'an publishes none of its own): the registry's count has no denominator, and no published figure gives the rate, so there is no rate to judge. A year-end without a population has no point in the history either. */
  | 'NO_POPULATION'
  /** 未达到目标，且有效数据仅涵盖一个年份：无趋势可供推算。Not reached, and the evidence holds a single year: no trend to project. */
  | 'NO_TREND'
  /** 既无测算值，也无统计其数量的公布数字（计划和启动消息不是统计数）。No measured value, and no published figure counts it (a plan or a launch is not a count). */
  | 'NO_VALUE'
  /** 按趋势推算将未达到阈值，且差距超过阈值的 `tolerancePercent`。The trend falls short of the threshold by more than `tolerancePercent` of it. */
  | 'PROJECTED_SHORT'
  /** 按趋势推算将未达到阈值，但差距不超过阈值的 `tolerancePercent`。The trend falls short of the threshold by at most `tolerancePercent` of it. */
  | 'PROJECTED_SHORT_WITHIN_TOLERANCE'
  /** 按趋势推算，截至目标年份可达到阈值。The trend reaches the threshold by the target year. */
  | 'PROJECTED_TO_REACH'
  /** 目标所计的项目（`Target.scope.program`）在所判定的日子之后才开始（`scopeStart`）：当时还没有可计的记录，这不是缺少数据。The programme the target counts (`Target.scope.program`) began after the day judged (`scopeStart`): there was nothing of it to count yet, which is not a lack of data. */
  | 'SCOPE_NOT_BEGUN'
  /** 数值已达到要求基本实现的目标的阈值，但尚未达到目标本身。The value has reached the threshold of a target to be reached basically, not the target itself. */
  | 'TARGET_BASICALLY_REACHED'
  /** 判定日期早于设定目标的政策的印发日期（`targetSetOn`）：当时没有这一目标。政策日期不详的目标在任何日期都照常判定（来源的日期只是目标设定的最晚时间）。The day judged is before the policy setting the target was issued (`targetSetOn`): there was no such target then. A target whose policy is not dated is judged on any day (a source's date is only the latest it can have been set). */
  | 'TARGET_NOT_YET_SET'
  /** 数值已达到目标。The value has reached the target. */
  | 'TARGET_REACHED'
  /** 数值在目标年份之后才达到阈值（`reachedYear`）。The value reached the threshold after the target year (`reachedYear`). */
  | 'TARGET_REACHED_LATE'
  /** 目标年份已过，仍未达到阈值。The target year has passed short of the threshold. */
  | 'TARGET_YEAR_PASSED';

/** 社会工作者的督导级别。A social worker's rank as a supervisor (督导级别). */
export type SupervisorRank =
  /** 助理督导。Assistant supervisor (助理督导). */
  | 'ASSISTANT_SUPERVISOR'
  /** 督导。Supervisor (督导). */
  | 'SUPERVISOR'
  /** 督导导师。Supervisor mentor (督导导师). */
  | 'SUPERVISOR_MENTOR';

/** 某地区为某项指标设定的目标。A target a region has set for an indicator. */
export type Target = {
  __typename?: 'Target';
  /** 以文字表述的目标内容。The target in words. */
  description: Scalars['String']['output'];
  /** 目标的 id。The target's id. */
  id: Scalars['ID']['output'];
  /** 该目标所针对的指标目录中的指标。The catalog indicator the target is set for. */
  indicator: Indicator;
  /** 实现目标过程中的各阶段目标；没有时为空列表。The steps on the way to the target; empty when there are none. */
  milestones: Array<Milestone>;
  /** 设定该目标的政策文件；未记录时为 null。The policy document that sets the target; null when none is recorded. */
  policy?: Maybe<Policy>;
  /** 该地区目前相对于目标的进展，以及能否实现目标。流量指标（个案、人次、资金）的目标按一年的总量衡量：目标年份已过时为该年全年的量，否则为最近一个已结束年份的量（不以本年至今的量当作全年）；唯登记库测算的目标年份截至当日的量已达目标时，目标即已实现（流量只在年内累加）。Where the region stands toward the target now, and whether it will get there. A target of a flow (cases, person-times, funding) is of a year's whole: its target year's once that is over, else the last year's that is (never this year to date, taken for a whole year); but once the registry counts its target year so far at the target, it is reached (a flow only adds up within its year). */
  progress: Progress;
  /** 目标值须达到的严格程度：`EXACT`，或 `BASICALLY`（基本实现）。How firmly the value is to be reached: `EXACT`, or `BASICALLY` (基本实现). */
  qualifier: TargetQualifier;
  /** 来源中载明该目标的原文；未记录时为 null。The source's original sentence that sets the target; null when none is recorded. */
  quote?: Maybe<Scalars['String']['output']>;
  /** 目标统计整个指标时为 null。Null when the target counts the whole indicator. */
  scope?: Maybe<TargetScope>;
  /** 该目标所取自的公开发布的文件；未记录时为 null（通过 `setTarget` 设定时在 `input.source` 中给出；修订时省略则保留原有来源）。The published document the target was taken from; null when none is recorded (given in `setTarget`'s `input.source`; a revision without one keeps the target's source). */
  source?: Maybe<Source>;
  /** 须达到的数值，以 `unit` 为单位。The value to reach, in `unit`. */
  targetValue: Scalars['Float']['output'];
  /** 目标年份：须在该年年末前达到目标。The target year: the target is due by the end of it. */
  targetYear: Scalars['Int']['output'];
  /** 该指标在指标目录中的单位，以英文表示（如 persons、percent）。The catalog's unit of the indicator, in English (for example persons, percent). */
  unit: Scalars['String']['output'];
  /** 单位的中文写法，写在数字之后（人、人次、个、元、%、每万常住人口）。The unit as Chinese writes it after a number (人, 人次, 个, 元, %, 每万常住人口). */
  unitZh: Scalars['String']['output'];
  /** 每次变更时递增；未改变任何字段的修订不算变更，版本号不变。修订或撤回目标时必须带上所读取的版本号。Incremented on every change; a revision that changes no field is none, keeping the version. A revision or withdrawal must carry the version read. */
  version: Scalars['Int']['output'];
  /** 撤回该目标的原因；目标有效期间为 null。Why the target was withdrawn; null while it stands. */
  withdrawalReason?: Maybe<Scalars['String']['output']>;
  /** 目标被撤回的时间（ISO 8601）；目标有效期间为 null。被撤回的目标仍予保留，但各处均不再采用。When the target was withdrawn (ISO 8601); null while it stands. A withdrawn target is kept but read nowhere. */
  withdrawnAt?: Maybe<Scalars['String']['output']>;
};


/** 某地区为某项指标设定的目标。A target a region has set for an indicator. */
export type TargetProgressArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
};

/** 地区为某项指标设定的目标，用于新设或修订目标（见 `setTarget`）。A target the region sets for an indicator, new or revised (see `setTarget`). */
export type TargetInput = {
  /** 目标的文字表述，1至1,000个字符。The target in words, 1 to 1,000 characters. */
  description: Scalars['String']['input'];
  /** 新设目标时省略；修订已有目标时提供本项及 `version`。Omit to set a new target; give it, with `version`, to revise one. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** 全国指标目录中的指标代码。An indicator code of the national catalog. */
  indicator: Scalars['String']['input'];
  /** 阶段目标，最多20个；给出时取代目标原有的阶段目标（空列表即清除）。修订时省略则保留原有的阶段目标，新目标省略则没有阶段目标。The milestones, at most 20; given, they replace the target's milestones (an empty list clears them). A revision that leaves them out keeps the target's; a new target without them has none. */
  milestones?: InputMaybe<Array<MilestoneInput>>;
  /** 目标所依据的政策文件；每次提供时均新建一条政策文件记录，修订时省略则保留目标原有的政策文件。The policy document the target comes from; each time it is given a new policy record is created, and a revision without it keeps the target's policy. */
  policy?: InputMaybe<PolicyInput>;
  /** 政策原文写“基本实现”时为 BASICALLY（阈值为目标值乘以指标目录约定的比例，见 `StatusReason.basicallyPercent`），否则为 EXACT。新设目标时省略即为 EXACT，修订时省略则保留原值。BASICALLY where the policy's sentence says 基本实现 (the threshold is the catalog's share of the target, `StatusReason.basicallyPercent`), else EXACT. Left out: EXACT for a new target, kept by a revision. */
  qualifier?: InputMaybe<TargetQualifier>;
  /** 设定该目标的原文语句，1至2,000个字符。The original sentence that sets the target, 1 to 2,000 characters. */
  quote?: InputMaybe<Scalars['String']['input']>;
  /** 目标只计某些机构类型时所计的类型（如北京的全覆盖不含公共卫生机构）；修订时省略则保留，给出 null 或空列表则清除。The institution kinds the target counts where its policy counts fewer than the indicator (Beijing's full coverage leaves out public health); left out, a revision keeps them; null or an empty list clears them. */
  scopeKinds?: InputMaybe<Array<InstitutionKind>>;
  /** 目标只计某一项目（及其下属项目）的记录时，该项目的 id，如 `NX-3`（宁夏“三区”计划的当年批次）；修订时省略则保留，给出 null 则清除。The programme (with the projects under it) whose records alone the target counts, as `NX-3` (one year's cohort of Ningxia's 'three areas' plan); left out, a revision keeps it; null clears it. */
  scopeProgramId?: InputMaybe<Scalars['ID']['input']>;
  /** 刊载该目标的来源文件：按 `id` 引用已有来源，或新建来源；修订时省略则保留目标原有的来源，给出则须同时给出 `quote`。The source document the target was published in: a known one by `id`, or a new one; a revision without it keeps the target's source, and one with it gives `quote` too. */
  source?: InputMaybe<SourceInput>;
  /** 按指标目录规定的指标类型取值：百分比须在0至100之间，计数须为非负整数，量值不得为负。As the catalog's kind says: a percentage from 0 to 100, a count whole and not negative, an amount not negative. */
  targetValue: Scalars['Float']['input'];
  /** 目标年份：须于该年年末前实现目标，2000至2100。The year by the end of which the target is to be reached, 2000 to 2100. */
  targetYear: Scalars['Int']['input'];
  /** 该指标在指标目录中的单位，可省略。填写其他单位将被拒绝。The catalog's unit of the indicator; may be left out. Any other unit is refused. */
  unit?: InputMaybe<Scalars['String']['input']>;
};

/** 目标值须达到的严格程度。How firmly a target's value is to be reached. */
export type TargetQualifier =
  /** 政策要求基本达到该目标（基本实现）：接近即可，不要求精确到最后一个单位。The policy aims to reach it basically (基本实现): nearly, not to the last unit. */
  | 'BASICALLY'
  /** 须达到目标值本身：阈值即目标值。The target value itself is to be reached: the threshold is the target value. */
  | 'EXACT';

/**
 * 按目标所属政策的统计口径，范围小于整个指标的记录：某一项目自身的记录（其派驻和所涉县（区）、其试点单位），或某几类机构。
 *
 * Fewer records than the whole indicator, as the target's policy counts them: a programme's own
 * records (its postings and counties, its pilot units), or some kinds of institution.
 */
export type TargetScope = {
  __typename?: 'TargetScope';
  /** 仅限这些类型的机构；不限类型时为空列表。Only institutions of these kinds; empty when the kind is not limited. */
  kinds: Array<InstitutionKind>;
  /** 仅限该项目及其下属项目的记录。Only the records of this programme and the projects under it. */
  program?: Maybe<Program>;
};

/** 目标在某次变更时的状态（参见 Target）。A target as it was at a change (see Target). */
export type TargetState = {
  __typename?: 'TargetState';
  /** 目标的文字表述。The target in words. */
  description: Scalars['String']['output'];
  /** 目标所针对的全国指标目录中的指标。The indicator of the national catalog the target is for. */
  indicator: Indicator;
  /** 实现目标过程中的各阶段目标。The steps on the way to the target. */
  milestones: Array<Milestone>;
  /** 目标所依据的政策，以其 id 表示。The policy the target comes from, by its id. */
  policyId?: Maybe<Scalars['ID']['output']>;
  /** 目标值须达到的严格程度：`EXACT`，或 `BASICALLY`（基本实现）。How firmly the target value is to be reached: `EXACT`, or `BASICALLY` (基本实现). */
  qualifier: TargetQualifier;
  /** 设定该目标的原文语句。The original sentence that sets the target. */
  quote?: Maybe<Scalars['String']['output']>;
  /** 目标所限定的机构类型；不限定时为空列表。The institution kinds the target is scoped to; empty when not limited. */
  scopeKinds: Array<InstitutionKind>;
  /** 目标所限定的项目（如有）。The programme the target is scoped to, if any. */
  scopeProgramId?: Maybe<Scalars['ID']['output']>;
  /** 刊载该目标的来源文件，以其 id 表示（即 `Source.id`）。The source document the target was published in, by its id (its `Source.id`). */
  sourceId?: Maybe<Scalars['ID']['output']>;
  /** 目标值，以指标的单位计。The value to reach, in the indicator's unit. */
  targetValue: Scalars['Float']['output'];
  /** 目标年份：须于该年年末前实现目标。The year by the end of which the target is to be reached. */
  targetYear: Scalars['Int']['output'];
  /** 该指标在指标目录中的单位。The catalog's unit of the indicator. */
  unit: Scalars['String']['output'];
  /** 此状态下记录的版本号；每次变更时递增。The record's version in this state; incremented on every change. */
  version: Scalars['Int']['output'];
  /** 撤回目标的原因；目标有效期间为 null。Why the target was withdrawn; null while it stands. */
  withdrawalReason?: Maybe<Scalars['String']['output']>;
  /** 目标被撤回的时间（ISO 8601）；目标有效期间为 null。When the target was withdrawn (ISO 8601); null while it stands. */
  withdrawnAt?: Maybe<Scalars['String']['output']>;
};

/**
 * 目标的状态。达标阈值即目标值；对于要求基本实现的目标，阈值为目标值乘以指标目录规定的比例（除非该指标另有规定，否则为 90%；见 `StatusReason.threshold`）。判定规则依次为：所判定的日子早于目标设定之日时为 NOT_SET；无任何数值时为 NO_DATA；数值在目标年份当年或之前达到阈值时为 ACHIEVED，在目标年份之后达到时为 ACHIEVED_LATE；目标年份已过（目标须在目标年份最后一天结束时达到，按该日判定即视为已过）时为 OFF_TRACK；有效数据仅涵盖一个年份时为 AT_RISK；否则将当前值按趋势（各有效数据年份的 Theil–Sen 斜率）推算至目标年份：达到或超过阈值为 ON_TRACK，低于阈值但差距不超过 10% 为 AT_RISK，差距更大则为 OFF_TRACK。流量指标（个案、人次、资金）的目标是目标年份当年的量：只有该年的量才能使其达成，此前某年的量即使达到阈值也只按趋势判定。计划类或宣布启动类数字一律不作为数值。
 *
 * Status of a target. The threshold is the target, or for a target to be reached basically (基本实现)
 * the catalog's share of it (90% unless the indicator sets another; `StatusReason.threshold`). The rules, in this order: NOT_SET on a day
 * before the target was set; NO_DATA without any value; ACHIEVED when the value has reached the threshold in or before the target year,
 * ACHIEVED_LATE when after it; OFF_TRACK when the target year has passed (a target is due at the
 * end of its year's last day: judged as of that day, it has passed); AT_RISK when the evidence
 * holds a single year; otherwise the trend (Theil–Sen slope of the years with evidence) carried on
 * from today's value to the target year: ON_TRACK at or above the threshold, AT_RISK short of it by
 * at most 10%, OFF_TRACK beyond. A target of a flow (cases, person-times, funding) is its target
 * year's amount: only that year's achieves it; an earlier year's at the threshold is judged by the
 * trend. A planned or announced figure is never a value.
 */
export type TargetStatus =
  /** 已达成：当前值达到或超过阈值，且首次达到阈值的年份（`reachedYear`）不晚于目标年份；曾达到但现已回落的不属此类。Achieved: the current value is at or above the threshold, and first reached it (`reachedYear`) in or before the target year; a value that reached it once but has since fallen back is not. */
  | 'ACHIEVED'
  /** 已达到阈值，但晚于目标年份。The threshold was reached, but after the target year. */
  | 'ACHIEVED_LATE'
  /** 存在风险：有效数据仅涵盖一个年份、无趋势可供推算，或按趋势推算低于阈值但差距不超过10%。At risk: the evidence holds a single year, so no trend, or the trend falls short of the threshold by at most 10%. */
  | 'AT_RISK'
  /** 尚未设定：判定日期早于设定该目标的政策的印发日期，当时没有这一目标，因此不作判定；`value` 仍给出当时的情况。Not set: the day judged is before the policy that sets the target was issued, when there was no such target to judge; `value` still gives where it stood. */
  | 'NOT_SET'
  /** 无数据：既无测算值，也无报告的公布数字。No data: no measured value and no reported figure. */
  | 'NO_DATA'
  /** 偏离目标：目标年份已过而未达到阈值，或按趋势推算低于阈值超过10%。Off track: the target year has passed short of the threshold, or the trend falls short of it by more than 10%. */
  | 'OFF_TRACK'
  /** 进展顺利：按趋势推算，至目标年份末可达到阈值。On track: the trend reaches the threshold by the end of the target year. */
  | 'ON_TRACK';

/** 数值是根据登记库记录统计得出，还是取自公布数字。Whether a value was counted from the registry or taken from a published figure. */
export type ValueBasis =
  /** 登记测算：根据登记库的记录统计得出。Measured: counted from the registry's records. */
  | 'MEASURED'
  /** 公开数据：取自公布数字，或公布数字所载明或隐含的基期值。Published: taken from a published figure, or a baseline a figure states or implies. */
  | 'PUBLISHED';

/** 根据修饰词得出的公布数字可能取值的范围。端点为 null 表示该端无界。The values a published figure allows, from its qualifier. A null end is open. */
export type ValueInterval = {
  __typename?: 'ValueInterval';
  /** 区间下限；无下限时为 null。Lower end of the interval; null when it has none. */
  lower?: Maybe<Scalars['Float']['output']>;
  /** 下限值本身属于该区间时为 true。True when the lower end itself is in the interval. */
  lowerInclusive: Scalars['Boolean']['output'];
  /** 区间上限；无上限时（如 `AT_LEAST`）为 null。Upper end of the interval; null when it has none (as for `AT_LEAST`). */
  upper?: Maybe<Scalars['Float']['output']>;
  /** 上限值本身属于该区间时为 true。True when the upper end itself is in the interval. */
  upperInclusive: Scalars['Boolean']['output'];
};

/** 对调用者而言，列表及其 totalCount 包含哪些记录。Which records a list and its totalCount hold for the caller. */
export type Visibility =
  /** 筛选条件匹配的全部记录。Every record the filter matches. */
  | 'ALL'
  /**
   * 仅限已发布记录：调用者为匿名调用者，演示记录（DEMO）和由本地区团队登记的记录（REGISTERED）均不列出。已登录的调用者（持分析员令牌）可查看全部记录。
   *
   * Published records only: the caller is anonymous, and demo and registered records are left out.
   * A signed-in caller (an analyst's token) sees every record.
   */
  | 'PUBLISHED_ONLY';
