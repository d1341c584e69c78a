/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** 指标数值的类型，并据此确定其数值能否相加。What kind of number an indicator is, and so whether its values add up. */
export type IndicatorKind =
  /** 既非事物个数也非占比的量，如人均补贴、建筑面积、时长。不可相加。A quantity that is neither a number of things nor a share: a subsidy per person, a floor area, a duration. Does not add up. */
  | 'AMOUNT'
  /** 事物的个数，或可跨记录、跨地区相加的总量（人数、项目数、资金元数）。A number of things, or a total that adds up across records and regions (persons, projects, yuan of funding). */
  | 'COUNT'
  /** 按某一公布人口（年末常住人口）每万人计算的计数；不可相加：多个地区合并时，以各地区分子之和除以人口之和。A count per 10,000 of a published population (the year-end resident population); does not add up: regions combine as the sum of numerators over the sum of populations. */
  | 'RATE'
  /** 一个计数占另一个计数的百分比；不可相加。One count as a percentage of another; does not add up. */
  | 'RATIO';

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

/** 指标是在某一天计数，还是在一段时期内累计，与统计年鉴的区分方式一致。Whether an indicator is counted on a day or added up over a period, as statistical yearbooks tell them apart. */
export type StockOrFlow =
  /** 在一段时期内累计（时期指标）：支出资金（元）、服务个案数、人次。年度数值为当年的累计量；项目的累计量按天数在其实施期内分摊。Added up over a period (时期指标): yuan spent, cases served, person-times. A year's value is the amount of that year; a programme's amount is spread over its period by days. */
  | 'FLOW'
  /** 在某一天计数（时点指标）：机构数、社工人数、在实施项目数。年度数值为年末的计数。Counted on a day (时点指标): institutions, workers, projects under way. A year's value is the count at its end. */
  | 'STOCK';

/** 目标值须达到的严格程度。How firmly a target's value is to be reached. */
export type TargetQualifier =
  /** 政策要求基本达到该目标（基本实现）：接近即可，不要求精确到最后一个单位。The policy aims to reach it basically (基本实现): nearly, not to the last unit. */
  | 'BASICALLY'
  /** 须达到目标值本身：阈值即目标值。The target value itself is to be reached: the threshold is the target value. */
  | 'EXACT';

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

export type FigureFieldsFragment = { id: string, value: number, unit: string, asOf: string, asOfInferred: boolean, periodStart: string | null, periodStartInferred: boolean, qualifier: Qualifier, quote: string, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } };

export type SourceFieldsFragment = { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null };

export type TargetFieldsFragment = { id: string, targetValue: number, targetYear: number, unit: string, qualifier: TargetQualifier, quote: string | null, indicator: { code: string }, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } | null, policy: { title: string, titleEn: string | null, titleConstructed: boolean, issuers: Array<string>, issuersEn: Array<string> | null, issuerCount: number | null, issuedOn: string | null, issuedOnInferred: boolean, titleCitedIn: { title: string, titleEn: string | null } | null } | null, scope: { kinds: Array<InstitutionKind>, program: { name: string, nameEn: string | null } | null } | null, progress: { value: number | null, asOf: string | null, gap: number | null, since: string | null, basis: ValueBasis | null, status: TargetStatus, demoShare: number | null, restsMostlyOnDemo: boolean, trendPerYear: number | null, projectedValue: number | null, reason: { code: StatusReasonCode, threshold: number, tolerancePercent: number, reachedYear: number | null, trendYears: Array<number>, trendYearsBeforeCensus: Array<number>, deadlineValue: number | null, deadlineGap: number | null, basicallyPercent: number | null, scopeStart: string | null, flowYear: number | null }, denominatorFigure: { asOf: string } | null, figure: { qualifier: Qualifier, asOfInferred: boolean, interval: { lower: number | null } } | null, history: Array<{ year: number, value: number, basis: ValueBasis, derived: boolean, demoShare: number | null, figure: { id: string, value: number, unit: string, asOf: string, asOfInferred: boolean, periodStart: string | null, periodStartInferred: boolean, qualifier: Qualifier, quote: string, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null }> } };

export type IndicatorFieldsFragment = { code: string, name: string, nameZh: string, unit: string, kind: IndicatorKind, stockOrFlow: StockOrFlow, description: string, descriptionZh: string };

export type RatePopulationFragment = { denominatorCarriedForward: boolean | null, denominatorFigure: { asOf: string, source: { readOnReprint: boolean | null, title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null };

export type MeasureValueFragment = { computable: boolean, reason: string | null, asOf: string | null, value: number | null, numerator: number | null, denominator: number | null, demoShare: number | null, nothingRegistered: boolean };

export type BreakdownFieldsFragment = { value: number | null, demoShare: number | null, asOf: string | null, breakdown: Array<{ value: number | null, keys: Array<{ labelZh: string, labelEn: string }> }> };

type NationalRegistryFields_BeijingRegistry_Fragment = { code: RegionCode, MSW_INSTITUTIONS_published: { roundedTo: number | null, id: string, value: number, unit: string, asOf: string, asOfInferred: boolean, periodStart: string | null, periodStartInferred: boolean, qualifier: Qualifier, quote: string, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null, CERTIFIED_SOCIAL_WORKERS_published: { roundedTo: number | null, id: string, value: number, unit: string, asOf: string, asOfInferred: boolean, periodStart: string | null, periodStartInferred: boolean, qualifier: Qualifier, quote: string, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null, SOCIAL_WORK_AGENCIES_published: { roundedTo: number | null, id: string, value: number, unit: string, asOf: string, asOfInferred: boolean, periodStart: string | null, periodStartInferred: boolean, qualifier: Qualifier, quote: string, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null, SOCIAL_WORK_STATIONS_published: { roundedTo: number | null, id: string, value: number, unit: string, asOf: string, asOfInferred: boolean, periodStart: string | null, periodStartInferred: boolean, qualifier: Qualifier, quote: string, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null, SECONDARY_PLUS_MSW_COVERAGE_published: { roundedTo: number | null, id: string, value: number, unit: string, asOf: string, asOfInferred: boolean, periodStart: string | null, periodStartInferred: boolean, qualifier: Qualifier, quote: string, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null, targets: Array<{ id: string, targetValue: number, targetYear: number, unit: string, qualifier: TargetQualifier, quote: string | null, indicator: { code: string }, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } | null, policy: { title: string, titleEn: string | null, titleConstructed: boolean, issuers: Array<string>, issuersEn: Array<string> | null, issuerCount: number | null, issuedOn: string | null, issuedOnInferred: boolean, titleCitedIn: { title: string, titleEn: string | null } | null } | null, scope: { kinds: Array<InstitutionKind>, program: { name: string, nameEn: string | null } | null } | null, progress: { value: number | null, asOf: string | null, gap: number | null, since: string | null, basis: ValueBasis | null, status: TargetStatus, demoShare: number | null, restsMostlyOnDemo: boolean, trendPerYear: number | null, projectedValue: number | null, reason: { code: StatusReasonCode, threshold: number, tolerancePercent: number, reachedYear: number | null, trendYears: Array<number>, trendYearsBeforeCensus: Array<number>, deadlineValue: number | null, deadlineGap: number | null, basicallyPercent: number | null, scopeStart: string | null, flowYear: number | null }, denominatorFigure: { asOf: string } | null, figure: { qualifier: Qualifier, asOfInferred: boolean, interval: { lower: number | null } } | null, history: Array<{ year: number, value: number, basis: ValueBasis, derived: boolean, demoShare: number | null, figure: { id: string, value: number, unit: string, asOf: string, asOfInferred: boolean, periodStart: string | null, periodStartInferred: boolean, qualifier: Qualifier, quote: string, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null }> } }> | null, MSW_INSTITUTIONS: { undatedRecords: number | null, computable: boolean, reason: string | null, asOf: string | null, value: number | null, numerator: number | null, denominator: number | null, demoShare: number | null, nothingRegistered: boolean } | null, CERTIFIED_SOCIAL_WORKERS: { undatedRecords: number | null, computable: boolean, reason: string | null, asOf: string | null, value: number | null, numerator: number | null, denominator: number | null, demoShare: number | null, nothingRegistered: boolean } | null, SOCIAL_WORK_AGENCIES: { undatedRecords: number | null, computable: boolean, reason: string | null, asOf: string | null, value: number | null, numerator: number | null, denominator: number | null, demoShare: number | null, nothingRegistered: boolean } | null, SOCIAL_WORK_STATIONS: { undatedRecords: number | null, computable: boolean, reason: string | null, asOf: string | null, value: number | null, numerator: number | null, denominator: number | null, demoShare: number | null, nothingRegistered: boolean } | null, SECONDARY_PLUS_MSW_COVERAGE: { undatedRecords: number | null, computable: boolean, reason: string | null, asOf: string | null, value: number | null, numerator: number | null, denominator: number | null, demoShare: number | null, nothingRegistered: boolean } | null, CERTIFIED_SOCIAL_WORKERS_PER_10K_RESIDENTS: { computable: boolean, reason: string | null, asOf: string | null, value: number | null, numerator: number | null, denominator: number | null, demoShare: number | null, nothingRegistered: boolean, denominatorCarriedForward: boolean | null, denominatorFigure: { asOf: string, source: { readOnReprint: boolean | null, title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null } | null, CERTIFIED_SOCIAL_WORKERS_PER_10K_RESIDENTS_years: { computable: boolean, breakdown: Array<{ numerator: number | null, denominator: number | null, demoShare: number | null, toDate: boolean, keys: Array<{ value: string | null }>, denominatorFigure: { asOf: string } | null }> } | null, SOCIAL_WORK_AGENCIES_PER_10K_RESIDENTS: { computable: boolean, reason: string | null, asOf: string | null, value: number | null, numerator: number | null, denominator: number | null, demoShare: number | null, nothingRegistered: boolean, denominatorCarriedForward: boolean | null, denominatorFigure: { asOf: string, source: { readOnReprint: boolean | null, title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null } | null, SOCIAL_WORK_STATIONS_PER_10K_RESIDENTS: { computable: boolean, reason: string | null, asOf: string | null, value: number | null, numerator: number | null, denominator: number | null, demoShare: number | null, nothingRegistered: boolean, denominatorCarriedForward: boolean | null, denominatorFigure: { asOf: string, source: { readOnReprint: boolean | null, title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null } | null };

type NationalRegistryFields_GuangxiRegistry_Fragment = { code: RegionCode, MSW_INSTITUTIONS_published: { roundedTo: number | null, id: string, value: number, unit: string, asOf: string, asOfInferred: boolean, periodStart: string | null, periodStartInferred: boolean, qualifier: Qualifier, quote: string, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null, CERTIFIED_SOCIAL_WORKERS_published: { roundedTo: number | null, id: string, value: number, unit: string, asOf: string, asOfInferred: boolean, periodStart: string | null, periodStartInferred: boolean, qualifier: Qualifier, quote: string, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null, SOCIAL_WORK_AGENCIES_published: { roundedTo: number | null, id: string, value: number, unit: string, asOf: string, asOfInferred: boolean, periodStart: string | null, periodStartInferred: boolean, qualifier: Qualifier, quote: string, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null, SOCIAL_WORK_STATIONS_published: { roundedTo: number | null, id: string, value: number, unit: string, asOf: string, asOfInferred: boolean, periodStart: string | null, periodStartInferred: boolean, qualifier: Qualifier, quote: string, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null, SECONDARY_PLUS_MSW_COVERAGE_published: { roundedTo: number | null, id: string, value: number, unit: string, asOf: string, asOfInferred: boolean, periodStart: string | null, periodStartInferred: boolean, qualifier: Qualifier, quote: string, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null, targets: Array<{ id: string, targetValue: number, targetYear: number, unit: string, qualifier: TargetQualifier, quote: string | null, indicator: { code: string }, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } | null, policy: { title: string, titleEn: string | null, titleConstructed: boolean, issuers: Array<string>, issuersEn: Array<string> | null, issuerCount: number | null, issuedOn: string | null, issuedOnInferred: boolean, titleCitedIn: { title: string, titleEn: string | null } | null } | null, scope: { kinds: Array<InstitutionKind>, program: { name: string, nameEn: string | null } | null } | null, progress: { value: number | null, asOf: string | null, gap: number | null, since: string | null, basis: ValueBasis | null, status: TargetStatus, demoShare: number | null, restsMostlyOnDemo: boolean, trendPerYear: number | null, projectedValue: number | null, reason: { code: StatusReasonCode, threshold: number, tolerancePercent: number, reachedYear: number | null, trendYears: Array<number>, trendYearsBeforeCensus: Array<number>, deadlineValue: number | null, deadlineGap: number | null, basicallyPercent: number | null, scopeStart: string | null, flowYear: number | null }, denominatorFigure: { asOf: string } | null, figure: { qualifier: Qualifier, asOfInferred: boolean, interval: { lower: number | null } } | null, history: Array<{ year: number, value: number, basis: ValueBasis, derived: boolean, demoShare: number | null, figure: { id: string, value: number, unit: string, asOf: string, asOfInferred: boolean, periodStart: string | null, periodStartInferred: boolean, qualifier: Qualifier, quote: string, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null }> } }> | null, MSW_INSTITUTIONS: { undatedRecords: number | null, computable: boolean, reason: string | null, asOf: string | null, value: number | null, numerator: number | null, denominator: number | null, demoShare: number | null, nothingRegistered: boolean } | null, CERTIFIED_SOCIAL_WORKERS: { undatedRecords: number | null, computable: boolean, reason: string | null, asOf: string | null, value: number | null, numerator: number | null, denominator: number | null, demoShare: number | null, nothingRegistered: boolean } | null, SOCIAL_WORK_AGENCIES: { undatedRecords: number | null, computable: boolean, reason: string | null, asOf: string | null, value: number | null, numerator: number | null, denominator: number | null, demoShare: number | null, nothingRegistered: boolean } | null, SOCIAL_WORK_STATIONS: { undatedRecords: number | null, computable: boolean, reason: string | null, asOf: string | null, value: number | null, numerator: number | null, denominator: number | null, demoShare: number | null, nothingRegistered: boolean } | null, SECONDARY_PLUS_MSW_COVERAGE: { undatedRecords: number | null, computable: boolean, reason: string | null, asOf: string | null, value: number | null, numerator: number | null, denominator: number | null, demoShare: number | null, nothingRegistered: boolean } | null, CERTIFIED_SOCIAL_WORKERS_PER_10K_RESIDENTS: { computable: boolean, reason: string | null, asOf: string | null, value: number | null, numerator: number | null, denominator: number | null, demoShare: number | null, nothingRegistered: boolean, denominatorCarriedForward: boolean | null, denominatorFigure: { asOf: string, source: { readOnReprint: boolean | null, title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null } | null, CERTIFIED_SOCIAL_WORKERS_PER_10K_RESIDENTS_years: { computable: boolean, breakdown: Array<{ numerator: number | null, denominator: number | null, demoShare: number | null, toDate: boolean, keys: Array<{ value: string | null }>, denominatorFigure: { asOf: string } | null }> } | null, SOCIAL_WORK_AGENCIES_PER_10K_RESIDENTS: { computable: boolean, reason: string | null, asOf: string | null, value: number | null, numerator: number | null, denominator: number | null, demoShare: number | null, nothingRegistered: boolean, denominatorCarriedForward: boolean | null, denominatorFigure: { asOf: string, source: { readOnReprint: boolean | null, title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null } | null, SOCIAL_WORK_STATIONS_PER_10K_RESIDENTS: { computable: boolean, reason: string | null, asOf: string | null, value: number | null, numerator: number | null, denominator: number | null, demoShare: number | null, nothingRegistered: boolean, denominatorCarriedForward: boolean | null, denominatorFigure: { asOf: string, source: { readOnReprint: boolean | null, title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null } | null };

type NationalRegistryFields_NingxiaRegistry_Fragment = { code: RegionCode, MSW_INSTITUTIONS_published: { roundedTo: number | null, id: string, value: number, unit: string, asOf: string, asOfInferred: boolean, periodStart: string | null, periodStartInferred: boolean, qualifier: Qualifier, quote: string, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null, CERTIFIED_SOCIAL_WORKERS_published: { roundedTo: number | null, id: string, value: number, unit: string, asOf: string, asOfInferred: boolean, periodStart: string | null, periodStartInferred: boolean, qualifier: Qualifier, quote: string, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null, SOCIAL_WORK_AGENCIES_published: { roundedTo: number | null, id: string, value: number, unit: string, asOf: string, asOfInferred: boolean, periodStart: string | null, periodStartInferred: boolean, qualifier: Qualifier, quote: string, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null, SOCIAL_WORK_STATIONS_published: { roundedTo: number | null, id: string, value: number, unit: string, asOf: string, asOfInferred: boolean, periodStart: string | null, periodStartInferred: boolean, qualifier: Qualifier, quote: string, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null, SECONDARY_PLUS_MSW_COVERAGE_published: { roundedTo: number | null, id: string, value: number, unit: string, asOf: string, asOfInferred: boolean, periodStart: string | null, periodStartInferred: boolean, qualifier: Qualifier, quote: string, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null, targets: Array<{ id: string, targetValue: number, targetYear: number, unit: string, qualifier: TargetQualifier, quote: string | null, indicator: { code: string }, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } | null, policy: { title: string, titleEn: string | null, titleConstructed: boolean, issuers: Array<string>, issuersEn: Array<string> | null, issuerCount: number | null, issuedOn: string | null, issuedOnInferred: boolean, titleCitedIn: { title: string, titleEn: string | null } | null } | null, scope: { kinds: Array<InstitutionKind>, program: { name: string, nameEn: string | null } | null } | null, progress: { value: number | null, asOf: string | null, gap: number | null, since: string | null, basis: ValueBasis | null, status: TargetStatus, demoShare: number | null, restsMostlyOnDemo: boolean, trendPerYear: number | null, projectedValue: number | null, reason: { code: StatusReasonCode, threshold: number, tolerancePercent: number, reachedYear: number | null, trendYears: Array<number>, trendYearsBeforeCensus: Array<number>, deadlineValue: number | null, deadlineGap: number | null, basicallyPercent: number | null, scopeStart: string | null, flowYear: number | null }, denominatorFigure: { asOf: string } | null, figure: { qualifier: Qualifier, asOfInferred: boolean, interval: { lower: number | null } } | null, history: Array<{ year: number, value: number, basis: ValueBasis, derived: boolean, demoShare: number | null, figure: { id: string, value: number, unit: string, asOf: string, asOfInferred: boolean, periodStart: string | null, periodStartInferred: boolean, qualifier: Qualifier, quote: string, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null }> } }> | null, MSW_INSTITUTIONS: { undatedRecords: number | null, computable: boolean, reason: string | null, asOf: string | null, value: number | null, numerator: number | null, denominator: number | null, demoShare: number | null, nothingRegistered: boolean } | null, CERTIFIED_SOCIAL_WORKERS: { undatedRecords: number | null, computable: boolean, reason: string | null, asOf: string | null, value: number | null, numerator: number | null, denominator: number | null, demoShare: number | null, nothingRegistered: boolean } | null, SOCIAL_WORK_AGENCIES: { undatedRecords: number | null, computable: boolean, reason: string | null, asOf: string | null, value: number | null, numerator: number | null, denominator: number | null, demoShare: number | null, nothingRegistered: boolean } | null, SOCIAL_WORK_STATIONS: { undatedRecords: number | null, computable: boolean, reason: string | null, asOf: string | null, value: number | null, numerator: number | null, denominator: number | null, demoShare: number | null, nothingRegistered: boolean } | null, SECONDARY_PLUS_MSW_COVERAGE: { undatedRecords: number | null, computable: boolean, reason: string | null, asOf: string | null, value: number | null, numerator: number | null, denominator: number | null, demoShare: number | null, nothingRegistered: boolean } | null, CERTIFIED_SOCIAL_WORKERS_PER_10K_RESIDENTS: { computable: boolean, reason: string | null, asOf: string | null, value: number | null, numerator: number | null, denominator: number | null, demoShare: number | null, nothingRegistered: boolean, denominatorCarriedForward: boolean | null, denominatorFigure: { asOf: string, source: { readOnReprint: boolean | null, title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null } | null, CERTIFIED_SOCIAL_WORKERS_PER_10K_RESIDENTS_years: { computable: boolean, breakdown: Array<{ numerator: number | null, denominator: number | null, demoShare: number | null, toDate: boolean, keys: Array<{ value: string | null }>, denominatorFigure: { asOf: string } | null }> } | null, SOCIAL_WORK_AGENCIES_PER_10K_RESIDENTS: { computable: boolean, reason: string | null, asOf: string | null, value: number | null, numerator: number | null, denominator: number | null, demoShare: number | null, nothingRegistered: boolean, denominatorCarriedForward: boolean | null, denominatorFigure: { asOf: string, source: { readOnReprint: boolean | null, title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null } | null, SOCIAL_WORK_STATIONS_PER_10K_RESIDENTS: { computable: boolean, reason: string | null, asOf: string | null, value: number | null, numerator: number | null, denominator: number | null, demoShare: number | null, nothingRegistered: boolean, denominatorCarriedForward: boolean | null, denominatorFigure: { asOf: string, source: { readOnReprint: boolean | null, title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null } | null };

type NationalRegistryFields_SichuanRegistry_Fragment = { code: RegionCode, MSW_INSTITUTIONS_published: { roundedTo: number | null, id: string, value: number, unit: string, asOf: string, asOfInferred: boolean, periodStart: string | null, periodStartInferred: boolean, qualifier: Qualifier, quote: string, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null, CERTIFIED_SOCIAL_WORKERS_published: { roundedTo: number | null, id: string, value: number, unit: string, asOf: string, asOfInferred: boolean, periodStart: string | null, periodStartInferred: boolean, qualifier: Qualifier, quote: string, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null, SOCIAL_WORK_AGENCIES_published: { roundedTo: number | null, id: string, value: number, unit: string, asOf: string, asOfInferred: boolean, periodStart: string | null, periodStartInferred: boolean, qualifier: Qualifier, quote: string, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null, SOCIAL_WORK_STATIONS_published: { roundedTo: number | null, id: string, value: number, unit: string, asOf: string, asOfInferred: boolean, periodStart: string | null, periodStartInferred: boolean, qualifier: Qualifier, quote: string, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null, SECONDARY_PLUS_MSW_COVERAGE_published: { roundedTo: number | null, id: string, value: number, unit: string, asOf: string, asOfInferred: boolean, periodStart: string | null, periodStartInferred: boolean, qualifier: Qualifier, quote: string, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null, targets: Array<{ id: string, targetValue: number, targetYear: number, unit: string, qualifier: TargetQualifier, quote: string | null, indicator: { code: string }, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } | null, policy: { title: string, titleEn: string | null, titleConstructed: boolean, issuers: Array<string>, issuersEn: Array<string> | null, issuerCount: number | null, issuedOn: string | null, issuedOnInferred: boolean, titleCitedIn: { title: string, titleEn: string | null } | null } | null, scope: { kinds: Array<InstitutionKind>, program: { name: string, nameEn: string | null } | null } | null, progress: { value: number | null, asOf: string | null, gap: number | null, since: string | null, basis: ValueBasis | null, status: TargetStatus, demoShare: number | null, restsMostlyOnDemo: boolean, trendPerYear: number | null, projectedValue: number | null, reason: { code: StatusReasonCode, threshold: number, tolerancePercent: number, reachedYear: number | null, trendYears: Array<number>, trendYearsBeforeCensus: Array<number>, deadlineValue: number | null, deadlineGap: number | null, basicallyPercent: number | null, scopeStart: string | null, flowYear: number | null }, denominatorFigure: { asOf: string } | null, figure: { qualifier: Qualifier, asOfInferred: boolean, interval: { lower: number | null } } | null, history: Array<{ year: number, value: number, basis: ValueBasis, derived: boolean, demoShare: number | null, figure: { id: string, value: number, unit: string, asOf: string, asOfInferred: boolean, periodStart: string | null, periodStartInferred: boolean, qualifier: Qualifier, quote: string, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null }> } }> | null, MSW_INSTITUTIONS: { undatedRecords: number | null, computable: boolean, reason: string | null, asOf: string | null, value: number | null, numerator: number | null, denominator: number | null, demoShare: number | null, nothingRegistered: boolean } | null, CERTIFIED_SOCIAL_WORKERS: { undatedRecords: number | null, computable: boolean, reason: string | null, asOf: string | null, value: number | null, numerator: number | null, denominator: number | null, demoShare: number | null, nothingRegistered: boolean } | null, SOCIAL_WORK_AGENCIES: { undatedRecords: number | null, computable: boolean, reason: string | null, asOf: string | null, value: number | null, numerator: number | null, denominator: number | null, demoShare: number | null, nothingRegistered: boolean } | null, SOCIAL_WORK_STATIONS: { undatedRecords: number | null, computable: boolean, reason: string | null, asOf: string | null, value: number | null, numerator: number | null, denominator: number | null, demoShare: number | null, nothingRegistered: boolean } | null, SECONDARY_PLUS_MSW_COVERAGE: { undatedRecords: number | null, computable: boolean, reason: string | null, asOf: string | null, value: number | null, numerator: number | null, denominator: number | null, demoShare: number | null, nothingRegistered: boolean } | null, CERTIFIED_SOCIAL_WORKERS_PER_10K_RESIDENTS: { computable: boolean, reason: string | null, asOf: string | null, value: number | null, numerator: number | null, denominator: number | null, demoShare: number | null, nothingRegistered: boolean, denominatorCarriedForward: boolean | null, denominatorFigure: { asOf: string, source: { readOnReprint: boolean | null, title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null } | null, CERTIFIED_SOCIAL_WORKERS_PER_10K_RESIDENTS_years: { computable: boolean, breakdown: Array<{ numerator: number | null, denominator: number | null, demoShare: number | null, toDate: boolean, keys: Array<{ value: string | null }>, denominatorFigure: { asOf: string } | null }> } | null, SOCIAL_WORK_AGENCIES_PER_10K_RESIDENTS: { computable: boolean, reason: string | null, asOf: string | null, value: number | null, numerator: number | null, denominator: number | null, demoShare: number | null, nothingRegistered: boolean, denominatorCarriedForward: boolean | null, denominatorFigure: { asOf: string, source: { readOnReprint: boolean | null, title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null } | null, SOCIAL_WORK_STATIONS_PER_10K_RESIDENTS: { computable: boolean, reason: string | null, asOf: string | null, value: number | null, numerator: number | null, denominator: number | null, demoShare: number | null, nothingRegistered: boolean, denominatorCarriedForward: boolean | null, denominatorFigure: { asOf: string, source: { readOnReprint: boolean | null, title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null } | null };

type NationalRegistryFields_TianjinRegistry_Fragment = { code: RegionCode, MSW_INSTITUTIONS_published: { roundedTo: number | null, id: string, value: number, unit: string, asOf: string, asOfInferred: boolean, periodStart: string | null, periodStartInferred: boolean, qualifier: Qualifier, quote: string, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null, CERTIFIED_SOCIAL_WORKERS_published: { roundedTo: number | null, id: string, value: number, unit: string, asOf: string, asOfInferred: boolean, periodStart: string | null, periodStartInferred: boolean, qualifier: Qualifier, quote: string, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null, SOCIAL_WORK_AGENCIES_published: { roundedTo: number | null, id: string, value: number, unit: string, asOf: string, asOfInferred: boolean, periodStart: string | null, periodStartInferred: boolean, qualifier: Qualifier, quote: string, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null, SOCIAL_WORK_STATIONS_published: { roundedTo: number | null, id: string, value: number, unit: string, asOf: string, asOfInferred: boolean, periodStart: string | null, periodStartInferred: boolean, qualifier: Qualifier, quote: string, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null, SECONDARY_PLUS_MSW_COVERAGE_published: { roundedTo: number | null, id: string, value: number, unit: string, asOf: string, asOfInferred: boolean, periodStart: string | null, periodStartInferred: boolean, qualifier: Qualifier, quote: string, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null, targets: Array<{ id: string, targetValue: number, targetYear: number, unit: string, qualifier: TargetQualifier, quote: string | null, indicator: { code: string }, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } | null, policy: { title: string, titleEn: string | null, titleConstructed: boolean, issuers: Array<string>, issuersEn: Array<string> | null, issuerCount: number | null, issuedOn: string | null, issuedOnInferred: boolean, titleCitedIn: { title: string, titleEn: string | null } | null } | null, scope: { kinds: Array<InstitutionKind>, program: { name: string, nameEn: string | null } | null } | null, progress: { value: number | null, asOf: string | null, gap: number | null, since: string | null, basis: ValueBasis | null, status: TargetStatus, demoShare: number | null, restsMostlyOnDemo: boolean, trendPerYear: number | null, projectedValue: number | null, reason: { code: StatusReasonCode, threshold: number, tolerancePercent: number, reachedYear: number | null, trendYears: Array<number>, trendYearsBeforeCensus: Array<number>, deadlineValue: number | null, deadlineGap: number | null, basicallyPercent: number | null, scopeStart: string | null, flowYear: number | null }, denominatorFigure: { asOf: string } | null, figure: { qualifier: Qualifier, asOfInferred: boolean, interval: { lower: number | null } } | null, history: Array<{ year: number, value: number, basis: ValueBasis, derived: boolean, demoShare: number | null, figure: { id: string, value: number, unit: string, asOf: string, asOfInferred: boolean, periodStart: string | null, periodStartInferred: boolean, qualifier: Qualifier, quote: string, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null }> } }> | null, MSW_INSTITUTIONS: { undatedRecords: number | null, computable: boolean, reason: string | null, asOf: string | null, value: number | null, numerator: number | null, denominator: number | null, demoShare: number | null, nothingRegistered: boolean } | null, CERTIFIED_SOCIAL_WORKERS: { undatedRecords: number | null, computable: boolean, reason: string | null, asOf: string | null, value: number | null, numerator: number | null, denominator: number | null, demoShare: number | null, nothingRegistered: boolean } | null, SOCIAL_WORK_AGENCIES: { undatedRecords: number | null, computable: boolean, reason: string | null, asOf: string | null, value: number | null, numerator: number | null, denominator: number | null, demoShare: number | null, nothingRegistered: boolean } | null, SOCIAL_WORK_STATIONS: { undatedRecords: number | null, computable: boolean, reason: string | null, asOf: string | null, value: number | null, numerator: number | null, denominator: number | null, demoShare: number | null, nothingRegistered: boolean } | null, SECONDARY_PLUS_MSW_COVERAGE: { undatedRecords: number | null, computable: boolean, reason: string | null, asOf: string | null, value: number | null, numerator: number | null, denominator: number | null, demoShare: number | null, nothingRegistered: boolean } | null, CERTIFIED_SOCIAL_WORKERS_PER_10K_RESIDENTS: { computable: boolean, reason: string | null, asOf: string | null, value: number | null, numerator: number | null, denominator: number | null, demoShare: number | null, nothingRegistered: boolean, denominatorCarriedForward: boolean | null, denominatorFigure: { asOf: string, source: { readOnReprint: boolean | null, title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null } | null, CERTIFIED_SOCIAL_WORKERS_PER_10K_RESIDENTS_years: { computable: boolean, breakdown: Array<{ numerator: number | null, denominator: number | null, demoShare: number | null, toDate: boolean, keys: Array<{ value: string | null }>, denominatorFigure: { asOf: string } | null }> } | null, SOCIAL_WORK_AGENCIES_PER_10K_RESIDENTS: { computable: boolean, reason: string | null, asOf: string | null, value: number | null, numerator: number | null, denominator: number | null, demoShare: number | null, nothingRegistered: boolean, denominatorCarriedForward: boolean | null, denominatorFigure: { asOf: string, source: { readOnReprint: boolean | null, title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null } | null, SOCIAL_WORK_STATIONS_PER_10K_RESIDENTS: { computable: boolean, reason: string | null, asOf: string | null, value: number | null, numerator: number | null, denominator: number | null, demoShare: number | null, nothingRegistered: boolean, denominatorCarriedForward: boolean | null, denominatorFigure: { asOf: string, source: { readOnReprint: boolean | null, title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null } | null };

type NationalRegistryFields_XionganRegistry_Fragment = { code: RegionCode, MSW_INSTITUTIONS_published: { roundedTo: number | null, id: string, value: number, unit: string, asOf: string, asOfInferred: boolean, periodStart: string | null, periodStartInferred: boolean, qualifier: Qualifier, quote: string, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null, CERTIFIED_SOCIAL_WORKERS_published: { roundedTo: number | null, id: string, value: number, unit: string, asOf: string, asOfInferred: boolean, periodStart: string | null, periodStartInferred: boolean, qualifier: Qualifier, quote: string, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null, SOCIAL_WORK_AGENCIES_published: { roundedTo: number | null, id: string, value: number, unit: string, asOf: string, asOfInferred: boolean, periodStart: string | null, periodStartInferred: boolean, qualifier: Qualifier, quote: string, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null, SOCIAL_WORK_STATIONS_published: { roundedTo: number | null, id: string, value: number, unit: string, asOf: string, asOfInferred: boolean, periodStart: string | null, periodStartInferred: boolean, qualifier: Qualifier, quote: string, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null, SECONDARY_PLUS_MSW_COVERAGE_published: { roundedTo: number | null, id: string, value: number, unit: string, asOf: string, asOfInferred: boolean, periodStart: string | null, periodStartInferred: boolean, qualifier: Qualifier, quote: string, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null, targets: Array<{ id: string, targetValue: number, targetYear: number, unit: string, qualifier: TargetQualifier, quote: string | null, indicator: { code: string }, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } | null, policy: { title: string, titleEn: string | null, titleConstructed: boolean, issuers: Array<string>, issuersEn: Array<string> | null, issuerCount: number | null, issuedOn: string | null, issuedOnInferred: boolean, titleCitedIn: { title: string, titleEn: string | null } | null } | null, scope: { kinds: Array<InstitutionKind>, program: { name: string, nameEn: string | null } | null } | null, progress: { value: number | null, asOf: string | null, gap: number | null, since: string | null, basis: ValueBasis | null, status: TargetStatus, demoShare: number | null, restsMostlyOnDemo: boolean, trendPerYear: number | null, projectedValue: number | null, reason: { code: StatusReasonCode, threshold: number, tolerancePercent: number, reachedYear: number | null, trendYears: Array<number>, trendYearsBeforeCensus: Array<number>, deadlineValue: number | null, deadlineGap: number | null, basicallyPercent: number | null, scopeStart: string | null, flowYear: number | null }, denominatorFigure: { asOf: string } | null, figure: { qualifier: Qualifier, asOfInferred: boolean, interval: { lower: number | null } } | null, history: Array<{ year: number, value: number, basis: ValueBasis, derived: boolean, demoShare: number | null, figure: { id: string, value: number, unit: string, asOf: string, asOfInferred: boolean, periodStart: string | null, periodStartInferred: boolean, qualifier: Qualifier, quote: string, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null }> } }> | null, MSW_INSTITUTIONS: { undatedRecords: number | null, computable: boolean, reason: string | null, asOf: string | null, value: number | null, numerator: number | null, denominator: number | null, demoShare: number | null, nothingRegistered: boolean } | null, CERTIFIED_SOCIAL_WORKERS: { undatedRecords: number | null, computable: boolean, reason: string | null, asOf: string | null, value: number | null, numerator: number | null, denominator: number | null, demoShare: number | null, nothingRegistered: boolean } | null, SOCIAL_WORK_AGENCIES: { undatedRecords: number | null, computable: boolean, reason: string | null, asOf: string | null, value: number | null, numerator: number | null, denominator: number | null, demoShare: number | null, nothingRegistered: boolean } | null, SOCIAL_WORK_STATIONS: { undatedRecords: number | null, computable: boolean, reason: string | null, asOf: string | null, value: number | null, numerator: number | null, denominator: number | null, demoShare: number | null, nothingRegistered: boolean } | null, SECONDARY_PLUS_MSW_COVERAGE: { undatedRecords: number | null, computable: boolean, reason: string | null, asOf: string | null, value: number | null, numerator: number | null, denominator: number | null, demoShare: number | null, nothingRegistered: boolean } | null, CERTIFIED_SOCIAL_WORKERS_PER_10K_RESIDENTS: { computable: boolean, reason: string | null, asOf: string | null, value: number | null, numerator: number | null, denominator: number | null, demoShare: number | null, nothingRegistered: boolean, denominatorCarriedForward: boolean | null, denominatorFigure: { asOf: string, source: { readOnReprint: boolean | null, title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null } | null, CERTIFIED_SOCIAL_WORKERS_PER_10K_RESIDENTS_years: { computable: boolean, breakdown: Array<{ numerator: number | null, denominator: number | null, demoShare: number | null, toDate: boolean, keys: Array<{ value: string | null }>, denominatorFigure: { asOf: string } | null }> } | null, SOCIAL_WORK_AGENCIES_PER_10K_RESIDENTS: { computable: boolean, reason: string | null, asOf: string | null, value: number | null, numerator: number | null, denominator: number | null, demoShare: number | null, nothingRegistered: boolean, denominatorCarriedForward: boolean | null, denominatorFigure: { asOf: string, source: { readOnReprint: boolean | null, title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null } | null, SOCIAL_WORK_STATIONS_PER_10K_RESIDENTS: { computable: boolean, reason: string | null, asOf: string | null, value: number | null, numerator: number | null, denominator: number | null, demoShare: number | null, nothingRegistered: boolean, denominatorCarriedForward: boolean | null, denominatorFigure: { asOf: string, source: { readOnReprint: boolean | null, title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null } | null };

export type NationalRegistryFieldsFragment =
  | NationalRegistryFields_BeijingRegistry_Fragment
  | NationalRegistryFields_GuangxiRegistry_Fragment
  | NationalRegistryFields_NingxiaRegistry_Fragment
  | NationalRegistryFields_SichuanRegistry_Fragment
  | NationalRegistryFields_TianjinRegistry_Fragment
  | NationalRegistryFields_XionganRegistry_Fragment
;

export type DashboardNationalQueryVariables = Exact<{
  rateFrom: number;
}>;


export type DashboardNationalQuery = { indicators: Array<{ code: string, name: string, nameZh: string, unit: string, kind: IndicatorKind, stockOrFlow: StockOrFlow, description: string, descriptionZh: string }>, registries: Array<
    | { name: string, nameZh: string, code: RegionCode, MSW_INSTITUTIONS_published: { roundedTo: number | null, id: string, value: number, unit: string, asOf: string, asOfInferred: boolean, periodStart: string | null, periodStartInferred: boolean, qualifier: Qualifier, quote: string, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null, CERTIFIED_SOCIAL_WORKERS_published: { roundedTo: number | null, id: string, value: number, unit: string, asOf: string, asOfInferred: boolean, periodStart: string | null, periodStartInferred: boolean, qualifier: Qualifier, quote: string, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null, SOCIAL_WORK_AGENCIES_published: { roundedTo: number | null, id: string, value: number, unit: string, asOf: string, asOfInferred: boolean, periodStart: string | null, periodStartInferred: boolean, qualifier: Qualifier, quote: string, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null, SOCIAL_WORK_STATIONS_published: { roundedTo: number | null, id: string, value: number, unit: string, asOf: string, asOfInferred: boolean, periodStart: string | null, periodStartInferred: boolean, qualifier: Qualifier, quote: string, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null, SECONDARY_PLUS_MSW_COVERAGE_published: { roundedTo: number | null, id: string, value: number, unit: string, asOf: string, asOfInferred: boolean, periodStart: string | null, periodStartInferred: boolean, qualifier: Qualifier, quote: string, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null, targets: Array<{ id: string, targetValue: number, targetYear: number, unit: string, qualifier: TargetQualifier, quote: string | null, indicator: { code: string }, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } | null, policy: { title: string, titleEn: string | null, titleConstructed: boolean, issuers: Array<string>, issuersEn: Array<string> | null, issuerCount: number | null, issuedOn: string | null, issuedOnInferred: boolean, titleCitedIn: { title: string, titleEn: string | null } | null } | null, scope: { kinds: Array<InstitutionKind>, program: { name: string, nameEn: string | null } | null } | null, progress: { value: number | null, asOf: string | null, gap: number | null, since: string | null, basis: ValueBasis | null, status: TargetStatus, demoShare: number | null, restsMostlyOnDemo: boolean, trendPerYear: number | null, projectedValue: number | null, reason: { code: StatusReasonCode, threshold: number, tolerancePercent: number, reachedYear: number | null, trendYears: Array<number>, trendYearsBeforeCensus: Array<number>, deadlineValue: number | null, deadlineGap: number | null, basicallyPercent: number | null, scopeStart: string | null, flowYear: number | null }, denominatorFigure: { asOf: string } | null, figure: { qualifier: Qualifier, asOfInferred: boolean, interval: { lower: number | null } } | null, history: Array<{ year: number, value: number, basis: ValueBasis, derived: boolean, demoShare: number | null, figure: { id: string, value: number, unit: string, asOf: string, asOfInferred: boolean, periodStart: string | null, periodStartInferred: boolean, qualifier: Qualifier, quote: string, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null }> } }> | null, MSW_INSTITUTIONS: { undatedRecords: number | null, computable: boolean, reason: string | null, asOf: string | null, value: number | null, numerator: number | null, denominator: number | null, demoShare: number | null, nothingRegistered: boolean } | null, CERTIFIED_SOCIAL_WORKERS: { undatedRecords: number | null, computable: boolean, reason: string | null, asOf: string | null, value: number | null, numerator: number | null, denominator: number | null, demoShare: number | null, nothingRegistered: boolean } | null, SOCIAL_WORK_AGENCIES: { undatedRecords: number | null, computable: boolean, reason: string | null, asOf: string | null, value: number | null, numerator: number | null, denominator: number | null, demoShare: number | null, nothingRegistered: boolean } | null, SOCIAL_WORK_STATIONS: { undatedRecords: number | null, computable: boolean, reason: string | null, asOf: string | null, value: number | null, numerator: number | null, denominator: number | null, demoShare: number | null, nothingRegistered: boolean } | null, SECONDARY_PLUS_MSW_COVERAGE: { undatedRecords: number | null, computable: boolean, reason: string | null, asOf: string | null, value: number | null, numerator: number | null, denominator: number | null, demoShare: number | null, nothingRegistered: boolean } | null, CERTIFIED_SOCIAL_WORKERS_PER_10K_RESIDENTS: { computable: boolean, reason: string | null, asOf: string | null, value: number | null, numerator: number | null, denominator: number | null, demoShare: number | null, nothingRegistered: boolean, denominatorCarriedForward: boolean | null, denominatorFigure: { asOf: string, source: { readOnReprint: boolean | null, title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null } | null, CERTIFIED_SOCIAL_WORKERS_PER_10K_RESIDENTS_years: { computable: boolean, breakdown: Array<{ numerator: number | null, denominator: number | null, demoShare: number | null, toDate: boolean, keys: Array<{ value: string | null }>, denominatorFigure: { asOf: string } | null }> } | null, SOCIAL_WORK_AGENCIES_PER_10K_RESIDENTS: { computable: boolean, reason: string | null, asOf: string | null, value: number | null, numerator: number | null, denominator: number | null, demoShare: number | null, nothingRegistered: boolean, denominatorCarriedForward: boolean | null, denominatorFigure: { asOf: string, source: { readOnReprint: boolean | null, title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null } | null, SOCIAL_WORK_STATIONS_PER_10K_RESIDENTS: { computable: boolean, reason: string | null, asOf: string | null, value: number | null, numerator: number | null, denominator: number | null, demoShare: number | null, nothingRegistered: boolean, denominatorCarriedForward: boolean | null, denominatorFigure: { asOf: string, source: { readOnReprint: boolean | null, title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null } | null }
    | { name: string, nameZh: string, code: RegionCode, MSW_INSTITUTIONS_published: { roundedTo: number | null, id: string, value: number, unit: string, asOf: string, asOfInferred: boolean, periodStart: string | null, periodStartInferred: boolean, qualifier: Qualifier, quote: string, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null, CERTIFIED_SOCIAL_WORKERS_published: { roundedTo: number | null, id: string, value: number, unit: string, asOf: string, asOfInferred: boolean, periodStart: string | null, periodStartInferred: boolean, qualifier: Qualifier, quote: string, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null, SOCIAL_WORK_AGENCIES_published: { roundedTo: number | null, id: string, value: number, unit: string, asOf: string, asOfInferred: boolean, periodStart: string | null, periodStartInferred: boolean, qualifier: Qualifier, quote: string, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null, SOCIAL_WORK_STATIONS_published: { roundedTo: number | null, id: string, value: number, unit: string, asOf: string, asOfInferred: boolean, periodStart: string | null, periodStartInferred: boolean, qualifier: Qualifier, quote: string, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null, SECONDARY_PLUS_MSW_COVERAGE_published: { roundedTo: number | null, id: string, value: number, unit: string, asOf: string, asOfInferred: boolean, periodStart: string | null, periodStartInferred: boolean, qualifier: Qualifier, quote: string, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null, targets: Array<{ id: string, targetValue: number, targetYear: number, unit: string, qualifier: TargetQualifier, quote: string | null, indicator: { code: string }, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } | null, policy: { title: string, titleEn: string | null, titleConstructed: boolean, issuers: Array<string>, issuersEn: Array<string> | null, issuerCount: number | null, issuedOn: string | null, issuedOnInferred: boolean, titleCitedIn: { title: string, titleEn: string | null } | null } | null, scope: { kinds: Array<InstitutionKind>, program: { name: string, nameEn: string | null } | null } | null, progress: { value: number | null, asOf: string | null, gap: number | null, since: string | null, basis: ValueBasis | null, status: TargetStatus, demoShare: number | null, restsMostlyOnDemo: boolean, trendPerYear: number | null, projectedValue: number | null, reason: { code: StatusReasonCode, threshold: number, tolerancePercent: number, reachedYear: number | null, trendYears: Array<number>, trendYearsBeforeCensus: Array<number>, deadlineValue: number | null, deadlineGap: number | null, basicallyPercent: number | null, scopeStart: string | null, flowYear: number | null }, denominatorFigure: { asOf: string } | null, figure: { qualifier: Qualifier, asOfInferred: boolean, interval: { lower: number | null } } | null, history: Array<{ year: number, value: number, basis: ValueBasis, derived: boolean, demoShare: number | null, figure: { id: string, value: number, unit: string, asOf: string, asOfInferred: boolean, periodStart: string | null, periodStartInferred: boolean, qualifier: Qualifier, quote: string, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null }> } }> | null, MSW_INSTITUTIONS: { undatedRecords: number | null, computable: boolean, reason: string | null, asOf: string | null, value: number | null, numerator: number | null, denominator: number | null, demoShare: number | null, nothingRegistered: boolean } | null, CERTIFIED_SOCIAL_WORKERS: { undatedRecords: number | null, computable: boolean, reason: string | null, asOf: string | null, value: number | null, numerator: number | null, denominator: number | null, demoShare: number | null, nothingRegistered: boolean } | null, SOCIAL_WORK_AGENCIES: { undatedRecords: number | null, computable: boolean, reason: string | null, asOf: string | null, value: number | null, numerator: number | null, denominator: number | null, demoShare: number | null, nothingRegistered: boolean } | null, SOCIAL_WORK_STATIONS: { undatedRecords: number | null, computable: boolean, reason: string | null, asOf: string | null, value: number | null, numerator: number | null, denominator: number | null, demoShare: number | null, nothingRegistered: boolean } | null, SECONDARY_PLUS_MSW_COVERAGE: { undatedRecords: number | null, computable: boolean, reason: string | null, asOf: string | null, value: number | null, numerator: number | null, denominator: number | null, demoShare: number | null, nothingRegistered: boolean } | null, CERTIFIED_SOCIAL_WORKERS_PER_10K_RESIDENTS: { computable: boolean, reason: string | null, asOf: string | null, value: number | null, numerator: number | null, denominator: number | null, demoShare: number | null, nothingRegistered: boolean, denominatorCarriedForward: boolean | null, denominatorFigure: { asOf: string, source: { readOnReprint: boolean | null, title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null } | null, CERTIFIED_SOCIAL_WORKERS_PER_10K_RESIDENTS_years: { computable: boolean, breakdown: Array<{ numerator: number | null, denominator: number | null, demoShare: number | null, toDate: boolean, keys: Array<{ value: string | null }>, denominatorFigure: { asOf: string } | null }> } | null, SOCIAL_WORK_AGENCIES_PER_10K_RESIDENTS: { computable: boolean, reason: string | null, asOf: string | null, value: number | null, numerator: number | null, denominator: number | null, demoShare: number | null, nothingRegistered: boolean, denominatorCarriedForward: boolean | null, denominatorFigure: { asOf: string, source: { readOnReprint: boolean | null, title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null } | null, SOCIAL_WORK_STATIONS_PER_10K_RESIDENTS: { computable: boolean, reason: string | null, asOf: string | null, value: number | null, numerator: number | null, denominator: number | null, demoShare: number | null, nothingRegistered: boolean, denominatorCarriedForward: boolean | null, denominatorFigure: { asOf: string, source: { readOnReprint: boolean | null, title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null } | null }
    | { name: string, nameZh: string, code: RegionCode, MSW_INSTITUTIONS_published: { roundedTo: number | null, id: string, value: number, unit: string, asOf: string, asOfInferred: boolean, periodStart: string | null, periodStartInferred: boolean, qualifier: Qualifier, quote: string, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null, CERTIFIED_SOCIAL_WORKERS_published: { roundedTo: number | null, id: string, value: number, unit: string, asOf: string, asOfInferred: boolean, periodStart: string | null, periodStartInferred: boolean, qualifier: Qualifier, quote: string, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null, SOCIAL_WORK_AGENCIES_published: { roundedTo: number | null, id: string, value: number, unit: string, asOf: string, asOfInferred: boolean, periodStart: string | null, periodStartInferred: boolean, qualifier: Qualifier, quote: string, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null, SOCIAL_WORK_STATIONS_published: { roundedTo: number | null, id: string, value: number, unit: string, asOf: string, asOfInferred: boolean, periodStart: string | null, periodStartInferred: boolean, qualifier: Qualifier, quote: string, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null, SECONDARY_PLUS_MSW_COVERAGE_published: { roundedTo: number | null, id: string, value: number, unit: string, asOf: string, asOfInferred: boolean, periodStart: string | null, periodStartInferred: boolean, qualifier: Qualifier, quote: string, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null, targets: Array<{ id: string, targetValue: number, targetYear: number, unit: string, qualifier: TargetQualifier, quote: string | null, indicator: { code: string }, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } | null, policy: { title: string, titleEn: string | null, titleConstructed: boolean, issuers: Array<string>, issuersEn: Array<string> | null, issuerCount: number | null, issuedOn: string | null, issuedOnInferred: boolean, titleCitedIn: { title: string, titleEn: string | null } | null } | null, scope: { kinds: Array<InstitutionKind>, program: { name: string, nameEn: string | null } | null } | null, progress: { value: number | null, asOf: string | null, gap: number | null, since: string | null, basis: ValueBasis | null, status: TargetStatus, demoShare: number | null, restsMostlyOnDemo: boolean, trendPerYear: number | null, projectedValue: number | null, reason: { code: StatusReasonCode, threshold: number, tolerancePercent: number, reachedYear: number | null, trendYears: Array<number>, trendYearsBeforeCensus: Array<number>, deadlineValue: number | null, deadlineGap: number | null, basicallyPercent: number | null, scopeStart: string | null, flowYear: number | null }, denominatorFigure: { asOf: string } | null, figure: { qualifier: Qualifier, asOfInferred: boolean, interval: { lower: number | null } } | null, history: Array<{ year: number, value: number, basis: ValueBasis, derived: boolean, demoShare: number | null, figure: { id: string, value: number, unit: string, asOf: string, asOfInferred: boolean, periodStart: string | null, periodStartInferred: boolean, qualifier: Qualifier, quote: string, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null }> } }> | null, MSW_INSTITUTIONS: { undatedRecords: number | null, computable: boolean, reason: string | null, asOf: string | null, value: number | null, numerator: number | null, denominator: number | null, demoShare: number | null, nothingRegistered: boolean } | null, CERTIFIED_SOCIAL_WORKERS: { undatedRecords: number | null, computable: boolean, reason: string | null, asOf: string | null, value: number | null, numerator: number | null, denominator: number | null, demoShare: number | null, nothingRegistered: boolean } | null, SOCIAL_WORK_AGENCIES: { undatedRecords: number | null, computable: boolean, reason: string | null, asOf: string | null, value: number | null, numerator: number | null, denominator: number | null, demoShare: number | null, nothingRegistered: boolean } | null, SOCIAL_WORK_STATIONS: { undatedRecords: number | null, computable: boolean, reason: string | null, asOf: string | null, value: number | null, numerator: number | null, denominator: number | null, demoShare: number | null, nothingRegistered: boolean } | null, SECONDARY_PLUS_MSW_COVERAGE: { undatedRecords: number | null, computable: boolean, reason: string | null, asOf: string | null, value: number | null, numerator: number | null, denominator: number | null, demoShare: number | null, nothingRegistered: boolean } | null, CERTIFIED_SOCIAL_WORKERS_PER_10K_RESIDENTS: { computable: boolean, reason: string | null, asOf: string | null, value: number | null, numerator: number | null, denominator: number | null, demoShare: number | null, nothingRegistered: boolean, denominatorCarriedForward: boolean | null, denominatorFigure: { asOf: string, source: { readOnReprint: boolean | null, title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null } | null, CERTIFIED_SOCIAL_WORKERS_PER_10K_RESIDENTS_years: { computable: boolean, breakdown: Array<{ numerator: number | null, denominator: number | null, demoShare: number | null, toDate: boolean, keys: Array<{ value: string | null }>, denominatorFigure: { asOf: string } | null }> } | null, SOCIAL_WORK_AGENCIES_PER_10K_RESIDENTS: { computable: boolean, reason: string | null, asOf: string | null, value: number | null, numerator: number | null, denominator: number | null, demoShare: number | null, nothingRegistered: boolean, denominatorCarriedForward: boolean | null, denominatorFigure: { asOf: string, source: { readOnReprint: boolean | null, title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null } | null, SOCIAL_WORK_STATIONS_PER_10K_RESIDENTS: { computable: boolean, reason: string | null, asOf: string | null, value: number | null, numerator: number | null, denominator: number | null, demoShare: number | null, nothingRegistered: boolean, denominatorCarriedForward: boolean | null, denominatorFigure: { asOf: string, source: { readOnReprint: boolean | null, title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null } | null }
    | { name: string, nameZh: string, code: RegionCode, MSW_INSTITUTIONS_published: { roundedTo: number | null, id: string, value: number, unit: string, asOf: string, asOfInferred: boolean, periodStart: string | null, periodStartInferred: boolean, qualifier: Qualifier, quote: string, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null, CERTIFIED_SOCIAL_WORKERS_published: { roundedTo: number | null, id: string, value: number, unit: string, asOf: string, asOfInferred: boolean, periodStart: string | null, periodStartInferred: boolean, qualifier: Qualifier, quote: string, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null, SOCIAL_WORK_AGENCIES_published: { roundedTo: number | null, id: string, value: number, unit: string, asOf: string, asOfInferred: boolean, periodStart: string | null, periodStartInferred: boolean, qualifier: Qualifier, quote: string, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null, SOCIAL_WORK_STATIONS_published: { roundedTo: number | null, id: string, value: number, unit: string, asOf: string, asOfInferred: boolean, periodStart: string | null, periodStartInferred: boolean, qualifier: Qualifier, quote: string, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null, SECONDARY_PLUS_MSW_COVERAGE_published: { roundedTo: number | null, id: string, value: number, unit: string, asOf: string, asOfInferred: boolean, periodStart: string | null, periodStartInferred: boolean, qualifier: Qualifier, quote: string, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null, targets: Array<{ id: string, targetValue: number, targetYear: number, unit: string, qualifier: TargetQualifier, quote: string | null, indicator: { code: string }, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } | null, policy: { title: string, titleEn: string | null, titleConstructed: boolean, issuers: Array<string>, issuersEn: Array<string> | null, issuerCount: number | null, issuedOn: string | null, issuedOnInferred: boolean, titleCitedIn: { title: string, titleEn: string | null } | null } | null, scope: { kinds: Array<InstitutionKind>, program: { name: string, nameEn: string | null } | null } | null, progress: { value: number | null, asOf: string | null, gap: number | null, since: string | null, basis: ValueBasis | null, status: TargetStatus, demoShare: number | null, restsMostlyOnDemo: boolean, trendPerYear: number | null, projectedValue: number | null, reason: { code: StatusReasonCode, threshold: number, tolerancePercent: number, reachedYear: number | null, trendYears: Array<number>, trendYearsBeforeCensus: Array<number>, deadlineValue: number | null, deadlineGap: number | null, basicallyPercent: number | null, scopeStart: string | null, flowYear: number | null }, denominatorFigure: { asOf: string } | null, figure: { qualifier: Qualifier, asOfInferred: boolean, interval: { lower: number | null } } | null, history: Array<{ year: number, value: number, basis: ValueBasis, derived: boolean, demoShare: number | null, figure: { id: string, value: number, unit: string, asOf: string, asOfInferred: boolean, periodStart: string | null, periodStartInferred: boolean, qualifier: Qualifier, quote: string, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null }> } }> | null, MSW_INSTITUTIONS: { undatedRecords: number | null, computable: boolean, reason: string | null, asOf: string | null, value: number | null, numerator: number | null, denominator: number | null, demoShare: number | null, nothingRegistered: boolean } | null, CERTIFIED_SOCIAL_WORKERS: { undatedRecords: number | null, computable: boolean, reason: string | null, asOf: string | null, value: number | null, numerator: number | null, denominator: number | null, demoShare: number | null, nothingRegistered: boolean } | null, SOCIAL_WORK_AGENCIES: { undatedRecords: number | null, computable: boolean, reason: string | null, asOf: string | null, value: number | null, numerator: number | null, denominator: number | null, demoShare: number | null, nothingRegistered: boolean } | null, SOCIAL_WORK_STATIONS: { undatedRecords: number | null, computable: boolean, reason: string | null, asOf: string | null, value: number | null, numerator: number | null, denominator: number | null, demoShare: number | null, nothingRegistered: boolean } | null, SECONDARY_PLUS_MSW_COVERAGE: { undatedRecords: number | null, computable: boolean, reason: string | null, asOf: string | null, value: number | null, numerator: number | null, denominator: number | null, demoShare: number | null, nothingRegistered: boolean } | null, CERTIFIED_SOCIAL_WORKERS_PER_10K_RESIDENTS: { computable: boolean, reason: string | null, asOf: string | null, value: number | null, numerator: number | null, denominator: number | null, demoShare: number | null, nothingRegistered: boolean, denominatorCarriedForward: boolean | null, denominatorFigure: { asOf: string, source: { readOnReprint: boolean | null, title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null } | null, CERTIFIED_SOCIAL_WORKERS_PER_10K_RESIDENTS_years: { computable: boolean, breakdown: Array<{ numerator: number | null, denominator: number | null, demoShare: number | null, toDate: boolean, keys: Array<{ value: string | null }>, denominatorFigure: { asOf: string } | null }> } | null, SOCIAL_WORK_AGENCIES_PER_10K_RESIDENTS: { computable: boolean, reason: string | null, asOf: string | null, value: number | null, numerator: number | null, denominator: number | null, demoShare: number | null, nothingRegistered: boolean, denominatorCarriedForward: boolean | null, denominatorFigure: { asOf: string, source: { readOnReprint: boolean | null, title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null } | null, SOCIAL_WORK_STATIONS_PER_10K_RESIDENTS: { computable: boolean, reason: string | null, asOf: string | null, value: number | null, numerator: number | null, denominator: number | null, demoShare: number | null, nothingRegistered: boolean, denominatorCarriedForward: boolean | null, denominatorFigure: { asOf: string, source: { readOnReprint: boolean | null, title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null } | null }
    | { name: string, nameZh: string, code: RegionCode, MSW_INSTITUTIONS_published: { roundedTo: number | null, id: string, value: number, unit: string, asOf: string, asOfInferred: boolean, periodStart: string | null, periodStartInferred: boolean, qualifier: Qualifier, quote: string, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null, CERTIFIED_SOCIAL_WORKERS_published: { roundedTo: number | null, id: string, value: number, unit: string, asOf: string, asOfInferred: boolean, periodStart: string | null, periodStartInferred: boolean, qualifier: Qualifier, quote: string, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null, SOCIAL_WORK_AGENCIES_published: { roundedTo: number | null, id: string, value: number, unit: string, asOf: string, asOfInferred: boolean, periodStart: string | null, periodStartInferred: boolean, qualifier: Qualifier, quote: string, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null, SOCIAL_WORK_STATIONS_published: { roundedTo: number | null, id: string, value: number, unit: string, asOf: string, asOfInferred: boolean, periodStart: string | null, periodStartInferred: boolean, qualifier: Qualifier, quote: string, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null, SECONDARY_PLUS_MSW_COVERAGE_published: { roundedTo: number | null, id: string, value: number, unit: string, asOf: string, asOfInferred: boolean, periodStart: string | null, periodStartInferred: boolean, qualifier: Qualifier, quote: string, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null, targets: Array<{ id: string, targetValue: number, targetYear: number, unit: string, qualifier: TargetQualifier, quote: string | null, indicator: { code: string }, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } | null, policy: { title: string, titleEn: string | null, titleConstructed: boolean, issuers: Array<string>, issuersEn: Array<string> | null, issuerCount: number | null, issuedOn: string | null, issuedOnInferred: boolean, titleCitedIn: { title: string, titleEn: string | null } | null } | null, scope: { kinds: Array<InstitutionKind>, program: { name: string, nameEn: string | null } | null } | null, progress: { value: number | null, asOf: string | null, gap: number | null, since: string | null, basis: ValueBasis | null, status: TargetStatus, demoShare: number | null, restsMostlyOnDemo: boolean, trendPerYear: number | null, projectedValue: number | null, reason: { code: StatusReasonCode, threshold: number, tolerancePercent: number, reachedYear: number | null, trendYears: Array<number>, trendYearsBeforeCensus: Array<number>, deadlineValue: number | null, deadlineGap: number | null, basicallyPercent: number | null, scopeStart: string | null, flowYear: number | null }, denominatorFigure: { asOf: string } | null, figure: { qualifier: Qualifier, asOfInferred: boolean, interval: { lower: number | null } } | null, history: Array<{ year: number, value: number, basis: ValueBasis, derived: boolean, demoShare: number | null, figure: { id: string, value: number, unit: string, asOf: string, asOfInferred: boolean, periodStart: string | null, periodStartInferred: boolean, qualifier: Qualifier, quote: string, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null }> } }> | null, MSW_INSTITUTIONS: { undatedRecords: number | null, computable: boolean, reason: string | null, asOf: string | null, value: number | null, numerator: number | null, denominator: number | null, demoShare: number | null, nothingRegistered: boolean } | null, CERTIFIED_SOCIAL_WORKERS: { undatedRecords: number | null, computable: boolean, reason: string | null, asOf: string | null, value: number | null, numerator: number | null, denominator: number | null, demoShare: number | null, nothingRegistered: boolean } | null, SOCIAL_WORK_AGENCIES: { undatedRecords: number | null, computable: boolean, reason: string | null, asOf: string | null, value: number | null, numerator: number | null, denominator: number | null, demoShare: number | null, nothingRegistered: boolean } | null, SOCIAL_WORK_STATIONS: { undatedRecords: number | null, computable: boolean, reason: string | null, asOf: string | null, value: number | null, numerator: number | null, denominator: number | null, demoShare: number | null, nothingRegistered: boolean } | null, SECONDARY_PLUS_MSW_COVERAGE: { undatedRecords: number | null, computable: boolean, reason: string | null, asOf: string | null, value: number | null, numerator: number | null, denominator: number | null, demoShare: number | null, nothingRegistered: boolean } | null, CERTIFIED_SOCIAL_WORKERS_PER_10K_RESIDENTS: { computable: boolean, reason: string | null, asOf: string | null, value: number | null, numerator: number | null, denominator: number | null, demoShare: number | null, nothingRegistered: boolean, denominatorCarriedForward: boolean | null, denominatorFigure: { asOf: string, source: { readOnReprint: boolean | null, title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null } | null, CERTIFIED_SOCIAL_WORKERS_PER_10K_RESIDENTS_years: { computable: boolean, breakdown: Array<{ numerator: number | null, denominator: number | null, demoShare: number | null, toDate: boolean, keys: Array<{ value: string | null }>, denominatorFigure: { asOf: string } | null }> } | null, SOCIAL_WORK_AGENCIES_PER_10K_RESIDENTS: { computable: boolean, reason: string | null, asOf: string | null, value: number | null, numerator: number | null, denominator: number | null, demoShare: number | null, nothingRegistered: boolean, denominatorCarriedForward: boolean | null, denominatorFigure: { asOf: string, source: { readOnReprint: boolean | null, title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null } | null, SOCIAL_WORK_STATIONS_PER_10K_RESIDENTS: { computable: boolean, reason: string | null, asOf: string | null, value: number | null, numerator: number | null, denominator: number | null, demoShare: number | null, nothingRegistered: boolean, denominatorCarriedForward: boolean | null, denominatorFigure: { asOf: string, source: { readOnReprint: boolean | null, title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null } | null }
    | { name: string, nameZh: string, code: RegionCode, MSW_INSTITUTIONS_published: { roundedTo: number | null, id: string, value: number, unit: string, asOf: string, asOfInferred: boolean, periodStart: string | null, periodStartInferred: boolean, qualifier: Qualifier, quote: string, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null, CERTIFIED_SOCIAL_WORKERS_published: { roundedTo: number | null, id: string, value: number, unit: string, asOf: string, asOfInferred: boolean, periodStart: string | null, periodStartInferred: boolean, qualifier: Qualifier, quote: string, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null, SOCIAL_WORK_AGENCIES_published: { roundedTo: number | null, id: string, value: number, unit: string, asOf: string, asOfInferred: boolean, periodStart: string | null, periodStartInferred: boolean, qualifier: Qualifier, quote: string, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null, SOCIAL_WORK_STATIONS_published: { roundedTo: number | null, id: string, value: number, unit: string, asOf: string, asOfInferred: boolean, periodStart: string | null, periodStartInferred: boolean, qualifier: Qualifier, quote: string, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null, SECONDARY_PLUS_MSW_COVERAGE_published: { roundedTo: number | null, id: string, value: number, unit: string, asOf: string, asOfInferred: boolean, periodStart: string | null, periodStartInferred: boolean, qualifier: Qualifier, quote: string, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null, targets: Array<{ id: string, targetValue: number, targetYear: number, unit: string, qualifier: TargetQualifier, quote: string | null, indicator: { code: string }, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } | null, policy: { title: string, titleEn: string | null, titleConstructed: boolean, issuers: Array<string>, issuersEn: Array<string> | null, issuerCount: number | null, issuedOn: string | null, issuedOnInferred: boolean, titleCitedIn: { title: string, titleEn: string | null } | null } | null, scope: { kinds: Array<InstitutionKind>, program: { name: string, nameEn: string | null } | null } | null, progress: { value: number | null, asOf: string | null, gap: number | null, since: string | null, basis: ValueBasis | null, status: TargetStatus, demoShare: number | null, restsMostlyOnDemo: boolean, trendPerYear: number | null, projectedValue: number | null, reason: { code: StatusReasonCode, threshold: number, tolerancePercent: number, reachedYear: number | null, trendYears: Array<number>, trendYearsBeforeCensus: Array<number>, deadlineValue: number | null, deadlineGap: number | null, basicallyPercent: number | null, scopeStart: string | null, flowYear: number | null }, denominatorFigure: { asOf: string } | null, figure: { qualifier: Qualifier, asOfInferred: boolean, interval: { lower: number | null } } | null, history: Array<{ year: number, value: number, basis: ValueBasis, derived: boolean, demoShare: number | null, figure: { id: string, value: number, unit: string, asOf: string, asOfInferred: boolean, periodStart: string | null, periodStartInferred: boolean, qualifier: Qualifier, quote: string, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null }> } }> | null, MSW_INSTITUTIONS: { undatedRecords: number | null, computable: boolean, reason: string | null, asOf: string | null, value: number | null, numerator: number | null, denominator: number | null, demoShare: number | null, nothingRegistered: boolean } | null, CERTIFIED_SOCIAL_WORKERS: { undatedRecords: number | null, computable: boolean, reason: string | null, asOf: string | null, value: number | null, numerator: number | null, denominator: number | null, demoShare: number | null, nothingRegistered: boolean } | null, SOCIAL_WORK_AGENCIES: { undatedRecords: number | null, computable: boolean, reason: string | null, asOf: string | null, value: number | null, numerator: number | null, denominator: number | null, demoShare: number | null, nothingRegistered: boolean } | null, SOCIAL_WORK_STATIONS: { undatedRecords: number | null, computable: boolean, reason: string | null, asOf: string | null, value: number | null, numerator: number | null, denominator: number | null, demoShare: number | null, nothingRegistered: boolean } | null, SECONDARY_PLUS_MSW_COVERAGE: { undatedRecords: number | null, computable: boolean, reason: string | null, asOf: string | null, value: number | null, numerator: number | null, denominator: number | null, demoShare: number | null, nothingRegistered: boolean } | null, CERTIFIED_SOCIAL_WORKERS_PER_10K_RESIDENTS: { computable: boolean, reason: string | null, asOf: string | null, value: number | null, numerator: number | null, denominator: number | null, demoShare: number | null, nothingRegistered: boolean, denominatorCarriedForward: boolean | null, denominatorFigure: { asOf: string, source: { readOnReprint: boolean | null, title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null } | null, CERTIFIED_SOCIAL_WORKERS_PER_10K_RESIDENTS_years: { computable: boolean, breakdown: Array<{ numerator: number | null, denominator: number | null, demoShare: number | null, toDate: boolean, keys: Array<{ value: string | null }>, denominatorFigure: { asOf: string } | null }> } | null, SOCIAL_WORK_AGENCIES_PER_10K_RESIDENTS: { computable: boolean, reason: string | null, asOf: string | null, value: number | null, numerator: number | null, denominator: number | null, demoShare: number | null, nothingRegistered: boolean, denominatorCarriedForward: boolean | null, denominatorFigure: { asOf: string, source: { readOnReprint: boolean | null, title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null } | null, SOCIAL_WORK_STATIONS_PER_10K_RESIDENTS: { computable: boolean, reason: string | null, asOf: string | null, value: number | null, numerator: number | null, denominator: number | null, demoShare: number | null, nothingRegistered: boolean, denominatorCarriedForward: boolean | null, denominatorFigure: { asOf: string, source: { readOnReprint: boolean | null, title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null } | null }
  > };

type RegionRegistryFields_BeijingRegistry_Fragment = { code: RegionCode, targets: Array<{ id: string, targetValue: number, targetYear: number, unit: string, qualifier: TargetQualifier, quote: string | null, indicator: { code: string }, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } | null, policy: { title: string, titleEn: string | null, titleConstructed: boolean, issuers: Array<string>, issuersEn: Array<string> | null, issuerCount: number | null, issuedOn: string | null, issuedOnInferred: boolean, titleCitedIn: { title: string, titleEn: string | null } | null } | null, scope: { kinds: Array<InstitutionKind>, program: { name: string, nameEn: string | null } | null } | null, progress: { value: number | null, asOf: string | null, gap: number | null, since: string | null, basis: ValueBasis | null, status: TargetStatus, demoShare: number | null, restsMostlyOnDemo: boolean, trendPerYear: number | null, projectedValue: number | null, reason: { code: StatusReasonCode, threshold: number, tolerancePercent: number, reachedYear: number | null, trendYears: Array<number>, trendYearsBeforeCensus: Array<number>, deadlineValue: number | null, deadlineGap: number | null, basicallyPercent: number | null, scopeStart: string | null, flowYear: number | null }, denominatorFigure: { asOf: string } | null, figure: { qualifier: Qualifier, asOfInferred: boolean, interval: { lower: number | null } } | null, history: Array<{ year: number, value: number, basis: ValueBasis, derived: boolean, demoShare: number | null, figure: { id: string, value: number, unit: string, asOf: string, asOfInferred: boolean, periodStart: string | null, periodStartInferred: boolean, qualifier: Qualifier, quote: string, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null }> } }> | null, byKind: { value: number | null, demoShare: number | null, asOf: string | null, breakdown: Array<{ value: number | null, keys: Array<{ labelZh: string, labelEn: string }> }> } | null, byGrade: { value: number | null, demoShare: number | null, asOf: string | null, breakdown: Array<{ value: number | null, keys: Array<{ labelZh: string, labelEn: string }> }> } | null, byCity: { value: number | null, demoShare: number | null, asOf: string | null, breakdown: Array<{ value: number | null, keys: Array<{ labelZh: string, labelEn: string }> }> } | null, byField: { value: number | null, demoShare: number | null, asOf: string | null, breakdown: Array<{ value: number | null, keys: Array<{ labelZh: string, labelEn: string }> }> } | null, programs: { visibility: Visibility, edges: Array<{ node: { id: string, name: string, nameEn: string | null, batch: string | null, kind: ProgramKind, role: ProgramRole, year: number | null, periodStart: string | null, periodEnd: string | null, fundingYuan: number | null, quote: string | null, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } | null } }> } | null, dataQuality: Array<{ published: number, measured: number | null, measuredAsOf: string | null, measuredSince: string | null, demoShare: number | null, restsMostlyOnDemo: boolean, differencePercent: number | null, flagged: boolean, compared: boolean, notComparedReason: string | null, indicator: { code: string }, figure: { id: string, value: number, unit: string, asOf: string, asOfInferred: boolean, periodStart: string | null, periodStartInferred: boolean, qualifier: Qualifier, quote: string, breakdown: { value: string } | null, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } }, interval: { lower: number | null, lowerInclusive: boolean, upper: number | null, upperInclusive: boolean } }> | null };

type RegionRegistryFields_GuangxiRegistry_Fragment = { code: RegionCode, targets: Array<{ id: string, targetValue: number, targetYear: number, unit: string, qualifier: TargetQualifier, quote: string | null, indicator: { code: string }, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } | null, policy: { title: string, titleEn: string | null, titleConstructed: boolean, issuers: Array<string>, issuersEn: Array<string> | null, issuerCount: number | null, issuedOn: string | null, issuedOnInferred: boolean, titleCitedIn: { title: string, titleEn: string | null } | null } | null, scope: { kinds: Array<InstitutionKind>, program: { name: string, nameEn: string | null } | null } | null, progress: { value: number | null, asOf: string | null, gap: number | null, since: string | null, basis: ValueBasis | null, status: TargetStatus, demoShare: number | null, restsMostlyOnDemo: boolean, trendPerYear: number | null, projectedValue: number | null, reason: { code: StatusReasonCode, threshold: number, tolerancePercent: number, reachedYear: number | null, trendYears: Array<number>, trendYearsBeforeCensus: Array<number>, deadlineValue: number | null, deadlineGap: number | null, basicallyPercent: number | null, scopeStart: string | null, flowYear: number | null }, denominatorFigure: { asOf: string } | null, figure: { qualifier: Qualifier, asOfInferred: boolean, interval: { lower: number | null } } | null, history: Array<{ year: number, value: number, basis: ValueBasis, derived: boolean, demoShare: number | null, figure: { id: string, value: number, unit: string, asOf: string, asOfInferred: boolean, periodStart: string | null, periodStartInferred: boolean, qualifier: Qualifier, quote: string, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null }> } }> | null, byKind: { value: number | null, demoShare: number | null, asOf: string | null, breakdown: Array<{ value: number | null, keys: Array<{ labelZh: string, labelEn: string }> }> } | null, byGrade: { value: number | null, demoShare: number | null, asOf: string | null, breakdown: Array<{ value: number | null, keys: Array<{ labelZh: string, labelEn: string }> }> } | null, byCity: { value: number | null, demoShare: number | null, asOf: string | null, breakdown: Array<{ value: number | null, keys: Array<{ labelZh: string, labelEn: string }> }> } | null, byField: { value: number | null, demoShare: number | null, asOf: string | null, breakdown: Array<{ value: number | null, keys: Array<{ labelZh: string, labelEn: string }> }> } | null, programs: { visibility: Visibility, edges: Array<{ node: { id: string, name: string, nameEn: string | null, batch: string | null, kind: ProgramKind, role: ProgramRole, year: number | null, periodStart: string | null, periodEnd: string | null, fundingYuan: number | null, quote: string | null, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } | null } }> } | null, dataQuality: Array<{ published: number, measured: number | null, measuredAsOf: string | null, measuredSince: string | null, demoShare: number | null, restsMostlyOnDemo: boolean, differencePercent: number | null, flagged: boolean, compared: boolean, notComparedReason: string | null, indicator: { code: string }, figure: { id: string, value: number, unit: string, asOf: string, asOfInferred: boolean, periodStart: string | null, periodStartInferred: boolean, qualifier: Qualifier, quote: string, breakdown: { value: string } | null, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } }, interval: { lower: number | null, lowerInclusive: boolean, upper: number | null, upperInclusive: boolean } }> | null };

type RegionRegistryFields_NingxiaRegistry_Fragment = { code: RegionCode, targets: Array<{ id: string, targetValue: number, targetYear: number, unit: string, qualifier: TargetQualifier, quote: string | null, indicator: { code: string }, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } | null, policy: { title: string, titleEn: string | null, titleConstructed: boolean, issuers: Array<string>, issuersEn: Array<string> | null, issuerCount: number | null, issuedOn: string | null, issuedOnInferred: boolean, titleCitedIn: { title: string, titleEn: string | null } | null } | null, scope: { kinds: Array<InstitutionKind>, program: { name: string, nameEn: string | null } | null } | null, progress: { value: number | null, asOf: string | null, gap: number | null, since: string | null, basis: ValueBasis | null, status: TargetStatus, demoShare: number | null, restsMostlyOnDemo: boolean, trendPerYear: number | null, projectedValue: number | null, reason: { code: StatusReasonCode, threshold: number, tolerancePercent: number, reachedYear: number | null, trendYears: Array<number>, trendYearsBeforeCensus: Array<number>, deadlineValue: number | null, deadlineGap: number | null, basicallyPercent: number | null, scopeStart: string | null, flowYear: number | null }, denominatorFigure: { asOf: string } | null, figure: { qualifier: Qualifier, asOfInferred: boolean, interval: { lower: number | null } } | null, history: Array<{ year: number, value: number, basis: ValueBasis, derived: boolean, demoShare: number | null, figure: { id: string, value: number, unit: string, asOf: string, asOfInferred: boolean, periodStart: string | null, periodStartInferred: boolean, qualifier: Qualifier, quote: string, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null }> } }> | null, byKind: { value: number | null, demoShare: number | null, asOf: string | null, breakdown: Array<{ value: number | null, keys: Array<{ labelZh: string, labelEn: string }> }> } | null, byGrade: { value: number | null, demoShare: number | null, asOf: string | null, breakdown: Array<{ value: number | null, keys: Array<{ labelZh: string, labelEn: string }> }> } | null, byCity: { value: number | null, demoShare: number | null, asOf: string | null, breakdown: Array<{ value: number | null, keys: Array<{ labelZh: string, labelEn: string }> }> } | null, byField: { value: number | null, demoShare: number | null, asOf: string | null, breakdown: Array<{ value: number | null, keys: Array<{ labelZh: string, labelEn: string }> }> } | null, programs: { visibility: Visibility, edges: Array<{ node: { id: string, name: string, nameEn: string | null, batch: string | null, kind: ProgramKind, role: ProgramRole, year: number | null, periodStart: string | null, periodEnd: string | null, fundingYuan: number | null, quote: string | null, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } | null } }> } | null, dataQuality: Array<{ published: number, measured: number | null, measuredAsOf: string | null, measuredSince: string | null, demoShare: number | null, restsMostlyOnDemo: boolean, differencePercent: number | null, flagged: boolean, compared: boolean, notComparedReason: string | null, indicator: { code: string }, figure: { id: string, value: number, unit: string, asOf: string, asOfInferred: boolean, periodStart: string | null, periodStartInferred: boolean, qualifier: Qualifier, quote: string, breakdown: { value: string } | null, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } }, interval: { lower: number | null, lowerInclusive: boolean, upper: number | null, upperInclusive: boolean } }> | null };

type RegionRegistryFields_SichuanRegistry_Fragment = { code: RegionCode, targets: Array<{ id: string, targetValue: number, targetYear: number, unit: string, qualifier: TargetQualifier, quote: string | null, indicator: { code: string }, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } | null, policy: { title: string, titleEn: string | null, titleConstructed: boolean, issuers: Array<string>, issuersEn: Array<string> | null, issuerCount: number | null, issuedOn: string | null, issuedOnInferred: boolean, titleCitedIn: { title: string, titleEn: string | null } | null } | null, scope: { kinds: Array<InstitutionKind>, program: { name: string, nameEn: string | null } | null } | null, progress: { value: number | null, asOf: string | null, gap: number | null, since: string | null, basis: ValueBasis | null, status: TargetStatus, demoShare: number | null, restsMostlyOnDemo: boolean, trendPerYear: number | null, projectedValue: number | null, reason: { code: StatusReasonCode, threshold: number, tolerancePercent: number, reachedYear: number | null, trendYears: Array<number>, trendYearsBeforeCensus: Array<number>, deadlineValue: number | null, deadlineGap: number | null, basicallyPercent: number | null, scopeStart: string | null, flowYear: number | null }, denominatorFigure: { asOf: string } | null, figure: { qualifier: Qualifier, asOfInferred: boolean, interval: { lower: number | null } } | null, history: Array<{ year: number, value: number, basis: ValueBasis, derived: boolean, demoShare: number | null, figure: { id: string, value: number, unit: string, asOf: string, asOfInferred: boolean, periodStart: string | null, periodStartInferred: boolean, qualifier: Qualifier, quote: string, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null }> } }> | null, byKind: { value: number | null, demoShare: number | null, asOf: string | null, breakdown: Array<{ value: number | null, keys: Array<{ labelZh: string, labelEn: string }> }> } | null, byGrade: { value: number | null, demoShare: number | null, asOf: string | null, breakdown: Array<{ value: number | null, keys: Array<{ labelZh: string, labelEn: string }> }> } | null, byCity: { value: number | null, demoShare: number | null, asOf: string | null, breakdown: Array<{ value: number | null, keys: Array<{ labelZh: string, labelEn: string }> }> } | null, byField: { value: number | null, demoShare: number | null, asOf: string | null, breakdown: Array<{ value: number | null, keys: Array<{ labelZh: string, labelEn: string }> }> } | null, programs: { visibility: Visibility, edges: Array<{ node: { id: string, name: string, nameEn: string | null, batch: string | null, kind: ProgramKind, role: ProgramRole, year: number | null, periodStart: string | null, periodEnd: string | null, fundingYuan: number | null, quote: string | null, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } | null } }> } | null, dataQuality: Array<{ published: number, measured: number | null, measuredAsOf: string | null, measuredSince: string | null, demoShare: number | null, restsMostlyOnDemo: boolean, differencePercent: number | null, flagged: boolean, compared: boolean, notComparedReason: string | null, indicator: { code: string }, figure: { id: string, value: number, unit: string, asOf: string, asOfInferred: boolean, periodStart: string | null, periodStartInferred: boolean, qualifier: Qualifier, quote: string, breakdown: { value: string } | null, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } }, interval: { lower: number | null, lowerInclusive: boolean, upper: number | null, upperInclusive: boolean } }> | null };

type RegionRegistryFields_TianjinRegistry_Fragment = { code: RegionCode, targets: Array<{ id: string, targetValue: number, targetYear: number, unit: string, qualifier: TargetQualifier, quote: string | null, indicator: { code: string }, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } | null, policy: { title: string, titleEn: string | null, titleConstructed: boolean, issuers: Array<string>, issuersEn: Array<string> | null, issuerCount: number | null, issuedOn: string | null, issuedOnInferred: boolean, titleCitedIn: { title: string, titleEn: string | null } | null } | null, scope: { kinds: Array<InstitutionKind>, program: { name: string, nameEn: string | null } | null } | null, progress: { value: number | null, asOf: string | null, gap: number | null, since: string | null, basis: ValueBasis | null, status: TargetStatus, demoShare: number | null, restsMostlyOnDemo: boolean, trendPerYear: number | null, projectedValue: number | null, reason: { code: StatusReasonCode, threshold: number, tolerancePercent: number, reachedYear: number | null, trendYears: Array<number>, trendYearsBeforeCensus: Array<number>, deadlineValue: number | null, deadlineGap: number | null, basicallyPercent: number | null, scopeStart: string | null, flowYear: number | null }, denominatorFigure: { asOf: string } | null, figure: { qualifier: Qualifier, asOfInferred: boolean, interval: { lower: number | null } } | null, history: Array<{ year: number, value: number, basis: ValueBasis, derived: boolean, demoShare: number | null, figure: { id: string, value: number, unit: string, asOf: string, asOfInferred: boolean, periodStart: string | null, periodStartInferred: boolean, qualifier: Qualifier, quote: string, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null }> } }> | null, byKind: { value: number | null, demoShare: number | null, asOf: string | null, breakdown: Array<{ value: number | null, keys: Array<{ labelZh: string, labelEn: string }> }> } | null, byGrade: { value: number | null, demoShare: number | null, asOf: string | null, breakdown: Array<{ value: number | null, keys: Array<{ labelZh: string, labelEn: string }> }> } | null, byCity: { value: number | null, demoShare: number | null, asOf: string | null, breakdown: Array<{ value: number | null, keys: Array<{ labelZh: string, labelEn: string }> }> } | null, byField: { value: number | null, demoShare: number | null, asOf: string | null, breakdown: Array<{ value: number | null, keys: Array<{ labelZh: string, labelEn: string }> }> } | null, programs: { visibility: Visibility, edges: Array<{ node: { id: string, name: string, nameEn: string | null, batch: string | null, kind: ProgramKind, role: ProgramRole, year: number | null, periodStart: string | null, periodEnd: string | null, fundingYuan: number | null, quote: string | null, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } | null } }> } | null, dataQuality: Array<{ published: number, measured: number | null, measuredAsOf: string | null, measuredSince: string | null, demoShare: number | null, restsMostlyOnDemo: boolean, differencePercent: number | null, flagged: boolean, compared: boolean, notComparedReason: string | null, indicator: { code: string }, figure: { id: string, value: number, unit: string, asOf: string, asOfInferred: boolean, periodStart: string | null, periodStartInferred: boolean, qualifier: Qualifier, quote: string, breakdown: { value: string } | null, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } }, interval: { lower: number | null, lowerInclusive: boolean, upper: number | null, upperInclusive: boolean } }> | null };

type RegionRegistryFields_XionganRegistry_Fragment = { code: RegionCode, targets: Array<{ id: string, targetValue: number, targetYear: number, unit: string, qualifier: TargetQualifier, quote: string | null, indicator: { code: string }, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } | null, policy: { title: string, titleEn: string | null, titleConstructed: boolean, issuers: Array<string>, issuersEn: Array<string> | null, issuerCount: number | null, issuedOn: string | null, issuedOnInferred: boolean, titleCitedIn: { title: string, titleEn: string | null } | null } | null, scope: { kinds: Array<InstitutionKind>, program: { name: string, nameEn: string | null } | null } | null, progress: { value: number | null, asOf: string | null, gap: number | null, since: string | null, basis: ValueBasis | null, status: TargetStatus, demoShare: number | null, restsMostlyOnDemo: boolean, trendPerYear: number | null, projectedValue: number | null, reason: { code: StatusReasonCode, threshold: number, tolerancePercent: number, reachedYear: number | null, trendYears: Array<number>, trendYearsBeforeCensus: Array<number>, deadlineValue: number | null, deadlineGap: number | null, basicallyPercent: number | null, scopeStart: string | null, flowYear: number | null }, denominatorFigure: { asOf: string } | null, figure: { qualifier: Qualifier, asOfInferred: boolean, interval: { lower: number | null } } | null, history: Array<{ year: number, value: number, basis: ValueBasis, derived: boolean, demoShare: number | null, figure: { id: string, value: number, unit: string, asOf: string, asOfInferred: boolean, periodStart: string | null, periodStartInferred: boolean, qualifier: Qualifier, quote: string, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null }> } }> | null, byKind: { value: number | null, demoShare: number | null, asOf: string | null, breakdown: Array<{ value: number | null, keys: Array<{ labelZh: string, labelEn: string }> }> } | null, byGrade: { value: number | null, demoShare: number | null, asOf: string | null, breakdown: Array<{ value: number | null, keys: Array<{ labelZh: string, labelEn: string }> }> } | null, byCity: { value: number | null, demoShare: number | null, asOf: string | null, breakdown: Array<{ value: number | null, keys: Array<{ labelZh: string, labelEn: string }> }> } | null, byField: { value: number | null, demoShare: number | null, asOf: string | null, breakdown: Array<{ value: number | null, keys: Array<{ labelZh: string, labelEn: string }> }> } | null, programs: { visibility: Visibility, edges: Array<{ node: { id: string, name: string, nameEn: string | null, batch: string | null, kind: ProgramKind, role: ProgramRole, year: number | null, periodStart: string | null, periodEnd: string | null, fundingYuan: number | null, quote: string | null, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } | null } }> } | null, dataQuality: Array<{ published: number, measured: number | null, measuredAsOf: string | null, measuredSince: string | null, demoShare: number | null, restsMostlyOnDemo: boolean, differencePercent: number | null, flagged: boolean, compared: boolean, notComparedReason: string | null, indicator: { code: string }, figure: { id: string, value: number, unit: string, asOf: string, asOfInferred: boolean, periodStart: string | null, periodStartInferred: boolean, qualifier: Qualifier, quote: string, breakdown: { value: string } | null, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } }, interval: { lower: number | null, lowerInclusive: boolean, upper: number | null, upperInclusive: boolean } }> | null };

export type RegionRegistryFieldsFragment =
  | RegionRegistryFields_BeijingRegistry_Fragment
  | RegionRegistryFields_GuangxiRegistry_Fragment
  | RegionRegistryFields_NingxiaRegistry_Fragment
  | RegionRegistryFields_SichuanRegistry_Fragment
  | RegionRegistryFields_TianjinRegistry_Fragment
  | RegionRegistryFields_XionganRegistry_Fragment
;

export type DashboardRegionQueryVariables = Exact<{
  code: RegionCode;
}>;


export type DashboardRegionQuery = { indicators: Array<{ code: string, name: string, nameZh: string, unit: string, kind: IndicatorKind, stockOrFlow: StockOrFlow, description: string, descriptionZh: string }>, registry:
    | { name: string, nameZh: string, code: RegionCode, targets: Array<{ id: string, targetValue: number, targetYear: number, unit: string, qualifier: TargetQualifier, quote: string | null, indicator: { code: string }, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } | null, policy: { title: string, titleEn: string | null, titleConstructed: boolean, issuers: Array<string>, issuersEn: Array<string> | null, issuerCount: number | null, issuedOn: string | null, issuedOnInferred: boolean, titleCitedIn: { title: string, titleEn: string | null } | null } | null, scope: { kinds: Array<InstitutionKind>, program: { name: string, nameEn: string | null } | null } | null, progress: { value: number | null, asOf: string | null, gap: number | null, since: string | null, basis: ValueBasis | null, status: TargetStatus, demoShare: number | null, restsMostlyOnDemo: boolean, trendPerYear: number | null, projectedValue: number | null, reason: { code: StatusReasonCode, threshold: number, tolerancePercent: number, reachedYear: number | null, trendYears: Array<number>, trendYearsBeforeCensus: Array<number>, deadlineValue: number | null, deadlineGap: number | null, basicallyPercent: number | null, scopeStart: string | null, flowYear: number | null }, denominatorFigure: { asOf: string } | null, figure: { qualifier: Qualifier, asOfInferred: boolean, interval: { lower: number | null } } | null, history: Array<{ year: number, value: number, basis: ValueBasis, derived: boolean, demoShare: number | null, figure: { id: string, value: number, unit: string, asOf: string, asOfInferred: boolean, periodStart: string | null, periodStartInferred: boolean, qualifier: Qualifier, quote: string, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null }> } }> | null, byKind: { value: number | null, demoShare: number | null, asOf: string | null, breakdown: Array<{ value: number | null, keys: Array<{ labelZh: string, labelEn: string }> }> } | null, byGrade: { value: number | null, demoShare: number | null, asOf: string | null, breakdown: Array<{ value: number | null, keys: Array<{ labelZh: string, labelEn: string }> }> } | null, byCity: { value: number | null, demoShare: number | null, asOf: string | null, breakdown: Array<{ value: number | null, keys: Array<{ labelZh: string, labelEn: string }> }> } | null, byField: { value: number | null, demoShare: number | null, asOf: string | null, breakdown: Array<{ value: number | null, keys: Array<{ labelZh: string, labelEn: string }> }> } | null, programs: { visibility: Visibility, edges: Array<{ node: { id: string, name: string, nameEn: string | null, batch: string | null, kind: ProgramKind, role: ProgramRole, year: number | null, periodStart: string | null, periodEnd: string | null, fundingYuan: number | null, quote: string | null, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } | null } }> } | null, dataQuality: Array<{ published: number, measured: number | null, measuredAsOf: string | null, measuredSince: string | null, demoShare: number | null, restsMostlyOnDemo: boolean, differencePercent: number | null, flagged: boolean, compared: boolean, notComparedReason: string | null, indicator: { code: string }, figure: { id: string, value: number, unit: string, asOf: string, asOfInferred: boolean, periodStart: string | null, periodStartInferred: boolean, qualifier: Qualifier, quote: string, breakdown: { value: string } | null, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } }, interval: { lower: number | null, lowerInclusive: boolean, upper: number | null, upperInclusive: boolean } }> | null }
    | { name: string, nameZh: string, code: RegionCode, targets: Array<{ id: string, targetValue: number, targetYear: number, unit: string, qualifier: TargetQualifier, quote: string | null, indicator: { code: string }, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } | null, policy: { title: string, titleEn: string | null, titleConstructed: boolean, issuers: Array<string>, issuersEn: Array<string> | null, issuerCount: number | null, issuedOn: string | null, issuedOnInferred: boolean, titleCitedIn: { title: string, titleEn: string | null } | null } | null, scope: { kinds: Array<InstitutionKind>, program: { name: string, nameEn: string | null } | null } | null, progress: { value: number | null, asOf: string | null, gap: number | null, since: string | null, basis: ValueBasis | null, status: TargetStatus, demoShare: number | null, restsMostlyOnDemo: boolean, trendPerYear: number | null, projectedValue: number | null, reason: { code: StatusReasonCode, threshold: number, tolerancePercent: number, reachedYear: number | null, trendYears: Array<number>, trendYearsBeforeCensus: Array<number>, deadlineValue: number | null, deadlineGap: number | null, basicallyPercent: number | null, scopeStart: string | null, flowYear: number | null }, denominatorFigure: { asOf: string } | null, figure: { qualifier: Qualifier, asOfInferred: boolean, interval: { lower: number | null } } | null, history: Array<{ year: number, value: number, basis: ValueBasis, derived: boolean, demoShare: number | null, figure: { id: string, value: number, unit: string, asOf: string, asOfInferred: boolean, periodStart: string | null, periodStartInferred: boolean, qualifier: Qualifier, quote: string, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null }> } }> | null, byKind: { value: number | null, demoShare: number | null, asOf: string | null, breakdown: Array<{ value: number | null, keys: Array<{ labelZh: string, labelEn: string }> }> } | null, byGrade: { value: number | null, demoShare: number | null, asOf: string | null, breakdown: Array<{ value: number | null, keys: Array<{ labelZh: string, labelEn: string }> }> } | null, byCity: { value: number | null, demoShare: number | null, asOf: string | null, breakdown: Array<{ value: number | null, keys: Array<{ labelZh: string, labelEn: string }> }> } | null, byField: { value: number | null, demoShare: number | null, asOf: string | null, breakdown: Array<{ value: number | null, keys: Array<{ labelZh: string, labelEn: string }> }> } | null, programs: { visibility: Visibility, edges: Array<{ node: { id: string, name: string, nameEn: string | null, batch: string | null, kind: ProgramKind, role: ProgramRole, year: number | null, periodStart: string | null, periodEnd: string | null, fundingYuan: number | null, quote: string | null, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } | null } }> } | null, dataQuality: Array<{ published: number, measured: number | null, measuredAsOf: string | null, measuredSince: string | null, demoShare: number | null, restsMostlyOnDemo: boolean, differencePercent: number | null, flagged: boolean, compared: boolean, notComparedReason: string | null, indicator: { code: string }, figure: { id: string, value: number, unit: string, asOf: string, asOfInferred: boolean, periodStart: string | null, periodStartInferred: boolean, qualifier: Qualifier, quote: string, breakdown: { value: string } | null, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } }, interval: { lower: number | null, lowerInclusive: boolean, upper: number | null, upperInclusive: boolean } }> | null }
    | { name: string, nameZh: string, code: RegionCode, targets: Array<{ id: string, targetValue: number, targetYear: number, unit: string, qualifier: TargetQualifier, quote: string | null, indicator: { code: string }, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } | null, policy: { title: string, titleEn: string | null, titleConstructed: boolean, issuers: Array<string>, issuersEn: Array<string> | null, issuerCount: number | null, issuedOn: string | null, issuedOnInferred: boolean, titleCitedIn: { title: string, titleEn: string | null } | null } | null, scope: { kinds: Array<InstitutionKind>, program: { name: string, nameEn: string | null } | null } | null, progress: { value: number | null, asOf: string | null, gap: number | null, since: string | null, basis: ValueBasis | null, status: TargetStatus, demoShare: number | null, restsMostlyOnDemo: boolean, trendPerYear: number | null, projectedValue: number | null, reason: { code: StatusReasonCode, threshold: number, tolerancePercent: number, reachedYear: number | null, trendYears: Array<number>, trendYearsBeforeCensus: Array<number>, deadlineValue: number | null, deadlineGap: number | null, basicallyPercent: number | null, scopeStart: string | null, flowYear: number | null }, denominatorFigure: { asOf: string } | null, figure: { qualifier: Qualifier, asOfInferred: boolean, interval: { lower: number | null } } | null, history: Array<{ year: number, value: number, basis: ValueBasis, derived: boolean, demoShare: number | null, figure: { id: string, value: number, unit: string, asOf: string, asOfInferred: boolean, periodStart: string | null, periodStartInferred: boolean, qualifier: Qualifier, quote: string, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null }> } }> | null, byKind: { value: number | null, demoShare: number | null, asOf: string | null, breakdown: Array<{ value: number | null, keys: Array<{ labelZh: string, labelEn: string }> }> } | null, byGrade: { value: number | null, demoShare: number | null, asOf: string | null, breakdown: Array<{ value: number | null, keys: Array<{ labelZh: string, labelEn: string }> }> } | null, byCity: { value: number | null, demoShare: number | null, asOf: string | null, breakdown: Array<{ value: number | null, keys: Array<{ labelZh: string, labelEn: string }> }> } | null, byField: { value: number | null, demoShare: number | null, asOf: string | null, breakdown: Array<{ value: number | null, keys: Array<{ labelZh: string, labelEn: string }> }> } | null, programs: { visibility: Visibility, edges: Array<{ node: { id: string, name: string, nameEn: string | null, batch: string | null, kind: ProgramKind, role: ProgramRole, year: number | null, periodStart: string | null, periodEnd: string | null, fundingYuan: number | null, quote: string | null, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } | null } }> } | null, dataQuality: Array<{ published: number, measured: number | null, measuredAsOf: string | null, measuredSince: string | null, demoShare: number | null, restsMostlyOnDemo: boolean, differencePercent: number | null, flagged: boolean, compared: boolean, notComparedReason: string | null, indicator: { code: string }, figure: { id: string, value: number, unit: string, asOf: string, asOfInferred: boolean, periodStart: string | null, periodStartInferred: boolean, qualifier: Qualifier, quote: string, breakdown: { value: string } | null, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } }, interval: { lower: number | null, lowerInclusive: boolean, upper: number | null, upperInclusive: boolean } }> | null }
    | { name: string, nameZh: string, code: RegionCode, targets: Array<{ id: string, targetValue: number, targetYear: number, unit: string, qualifier: TargetQualifier, quote: string | null, indicator: { code: string }, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } | null, policy: { title: string, titleEn: string | null, titleConstructed: boolean, issuers: Array<string>, issuersEn: Array<string> | null, issuerCount: number | null, issuedOn: string | null, issuedOnInferred: boolean, titleCitedIn: { title: string, titleEn: string | null } | null } | null, scope: { kinds: Array<InstitutionKind>, program: { name: string, nameEn: string | null } | null } | null, progress: { value: number | null, asOf: string | null, gap: number | null, since: string | null, basis: ValueBasis | null, status: TargetStatus, demoShare: number | null, restsMostlyOnDemo: boolean, trendPerYear: number | null, projectedValue: number | null, reason: { code: StatusReasonCode, threshold: number, tolerancePercent: number, reachedYear: number | null, trendYears: Array<number>, trendYearsBeforeCensus: Array<number>, deadlineValue: number | null, deadlineGap: number | null, basicallyPercent: number | null, scopeStart: string | null, flowYear: number | null }, denominatorFigure: { asOf: string } | null, figure: { qualifier: Qualifier, asOfInferred: boolean, interval: { lower: number | null } } | null, history: Array<{ year: number, value: number, basis: ValueBasis, derived: boolean, demoShare: number | null, figure: { id: string, value: number, unit: string, asOf: string, asOfInferred: boolean, periodStart: string | null, periodStartInferred: boolean, qualifier: Qualifier, quote: string, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null }> } }> | null, byKind: { value: number | null, demoShare: number | null, asOf: string | null, breakdown: Array<{ value: number | null, keys: Array<{ labelZh: string, labelEn: string }> }> } | null, byGrade: { value: number | null, demoShare: number | null, asOf: string | null, breakdown: Array<{ value: number | null, keys: Array<{ labelZh: string, labelEn: string }> }> } | null, byCity: { value: number | null, demoShare: number | null, asOf: string | null, breakdown: Array<{ value: number | null, keys: Array<{ labelZh: string, labelEn: string }> }> } | null, byField: { value: number | null, demoShare: number | null, asOf: string | null, breakdown: Array<{ value: number | null, keys: Array<{ labelZh: string, labelEn: string }> }> } | null, programs: { visibility: Visibility, edges: Array<{ node: { id: string, name: string, nameEn: string | null, batch: string | null, kind: ProgramKind, role: ProgramRole, year: number | null, periodStart: string | null, periodEnd: string | null, fundingYuan: number | null, quote: string | null, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } | null } }> } | null, dataQuality: Array<{ published: number, measured: number | null, measuredAsOf: string | null, measuredSince: string | null, demoShare: number | null, restsMostlyOnDemo: boolean, differencePercent: number | null, flagged: boolean, compared: boolean, notComparedReason: string | null, indicator: { code: string }, figure: { id: string, value: number, unit: string, asOf: string, asOfInferred: boolean, periodStart: string | null, periodStartInferred: boolean, qualifier: Qualifier, quote: string, breakdown: { value: string } | null, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } }, interval: { lower: number | null, lowerInclusive: boolean, upper: number | null, upperInclusive: boolean } }> | null }
    | { name: string, nameZh: string, code: RegionCode, targets: Array<{ id: string, targetValue: number, targetYear: number, unit: string, qualifier: TargetQualifier, quote: string | null, indicator: { code: string }, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } | null, policy: { title: string, titleEn: string | null, titleConstructed: boolean, issuers: Array<string>, issuersEn: Array<string> | null, issuerCount: number | null, issuedOn: string | null, issuedOnInferred: boolean, titleCitedIn: { title: string, titleEn: string | null } | null } | null, scope: { kinds: Array<InstitutionKind>, program: { name: string, nameEn: string | null } | null } | null, progress: { value: number | null, asOf: string | null, gap: number | null, since: string | null, basis: ValueBasis | null, status: TargetStatus, demoShare: number | null, restsMostlyOnDemo: boolean, trendPerYear: number | null, projectedValue: number | null, reason: { code: StatusReasonCode, threshold: number, tolerancePercent: number, reachedYear: number | null, trendYears: Array<number>, trendYearsBeforeCensus: Array<number>, deadlineValue: number | null, deadlineGap: number | null, basicallyPercent: number | null, scopeStart: string | null, flowYear: number | null }, denominatorFigure: { asOf: string } | null, figure: { qualifier: Qualifier, asOfInferred: boolean, interval: { lower: number | null } } | null, history: Array<{ year: number, value: number, basis: ValueBasis, derived: boolean, demoShare: number | null, figure: { id: string, value: number, unit: string, asOf: string, asOfInferred: boolean, periodStart: string | null, periodStartInferred: boolean, qualifier: Qualifier, quote: string, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null }> } }> | null, byKind: { value: number | null, demoShare: number | null, asOf: string | null, breakdown: Array<{ value: number | null, keys: Array<{ labelZh: string, labelEn: string }> }> } | null, byGrade: { value: number | null, demoShare: number | null, asOf: string | null, breakdown: Array<{ value: number | null, keys: Array<{ labelZh: string, labelEn: string }> }> } | null, byCity: { value: number | null, demoShare: number | null, asOf: string | null, breakdown: Array<{ value: number | null, keys: Array<{ labelZh: string, labelEn: string }> }> } | null, byField: { value: number | null, demoShare: number | null, asOf: string | null, breakdown: Array<{ value: number | null, keys: Array<{ labelZh: string, labelEn: string }> }> } | null, programs: { visibility: Visibility, edges: Array<{ node: { id: string, name: string, nameEn: string | null, batch: string | null, kind: ProgramKind, role: ProgramRole, year: number | null, periodStart: string | null, periodEnd: string | null, fundingYuan: number | null, quote: string | null, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } | null } }> } | null, dataQuality: Array<{ published: number, measured: number | null, measuredAsOf: string | null, measuredSince: string | null, demoShare: number | null, restsMostlyOnDemo: boolean, differencePercent: number | null, flagged: boolean, compared: boolean, notComparedReason: string | null, indicator: { code: string }, figure: { id: string, value: number, unit: string, asOf: string, asOfInferred: boolean, periodStart: string | null, periodStartInferred: boolean, qualifier: Qualifier, quote: string, breakdown: { value: string } | null, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } }, interval: { lower: number | null, lowerInclusive: boolean, upper: number | null, upperInclusive: boolean } }> | null }
    | { name: string, nameZh: string, code: RegionCode, targets: Array<{ id: string, targetValue: number, targetYear: number, unit: string, qualifier: TargetQualifier, quote: string | null, indicator: { code: string }, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } | null, policy: { title: string, titleEn: string | null, titleConstructed: boolean, issuers: Array<string>, issuersEn: Array<string> | null, issuerCount: number | null, issuedOn: string | null, issuedOnInferred: boolean, titleCitedIn: { title: string, titleEn: string | null } | null } | null, scope: { kinds: Array<InstitutionKind>, program: { name: string, nameEn: string | null } | null } | null, progress: { value: number | null, asOf: string | null, gap: number | null, since: string | null, basis: ValueBasis | null, status: TargetStatus, demoShare: number | null, restsMostlyOnDemo: boolean, trendPerYear: number | null, projectedValue: number | null, reason: { code: StatusReasonCode, threshold: number, tolerancePercent: number, reachedYear: number | null, trendYears: Array<number>, trendYearsBeforeCensus: Array<number>, deadlineValue: number | null, deadlineGap: number | null, basicallyPercent: number | null, scopeStart: string | null, flowYear: number | null }, denominatorFigure: { asOf: string } | null, figure: { qualifier: Qualifier, asOfInferred: boolean, interval: { lower: number | null } } | null, history: Array<{ year: number, value: number, basis: ValueBasis, derived: boolean, demoShare: number | null, figure: { id: string, value: number, unit: string, asOf: string, asOfInferred: boolean, periodStart: string | null, periodStartInferred: boolean, qualifier: Qualifier, quote: string, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } } | null }> } }> | null, byKind: { value: number | null, demoShare: number | null, asOf: string | null, breakdown: Array<{ value: number | null, keys: Array<{ labelZh: string, labelEn: string }> }> } | null, byGrade: { value: number | null, demoShare: number | null, asOf: string | null, breakdown: Array<{ value: number | null, keys: Array<{ labelZh: string, labelEn: string }> }> } | null, byCity: { value: number | null, demoShare: number | null, asOf: string | null, breakdown: Array<{ value: number | null, keys: Array<{ labelZh: string, labelEn: string }> }> } | null, byField: { value: number | null, demoShare: number | null, asOf: string | null, breakdown: Array<{ value: number | null, keys: Array<{ labelZh: string, labelEn: string }> }> } | null, programs: { visibility: Visibility, edges: Array<{ node: { id: string, name: string, nameEn: string | null, batch: string | null, kind: ProgramKind, role: ProgramRole, year: number | null, periodStart: string | null, periodEnd: string | null, fundingYuan: number | null, quote: string | null, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } | null } }> } | null, dataQuality: Array<{ published: number, measured: number | null, measuredAsOf: string | null, measuredSince: string | null, demoShare: number | null, restsMostlyOnDemo: boolean, differencePercent: number | null, flagged: boolean, compared: boolean, notComparedReason: string | null, indicator: { code: string }, figure: { id: string, value: number, unit: string, asOf: string, asOfInferred: boolean, periodStart: string | null, periodStartInferred: boolean, qualifier: Qualifier, quote: string, breakdown: { value: string } | null, source: { title: string, titleEn: string | null, titleConstructed: boolean, publisher: string | null, publisherInferred: boolean, publisherEn: string | null, reprintedFrom: string | null, reprintedFromEn: string | null, publishedOn: string | null, publishedOnInferred: boolean, url: string | null, titleCitedIn: { title: string, titleEn: string | null } | null } }, interval: { lower: number | null, lowerInclusive: boolean, upper: number | null, upperInclusive: boolean } }> | null }
   | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const IndicatorFieldsFragmentDoc = new TypedDocumentString(`
    fragment IndicatorFields on Indicator {
  code
  name
  nameZh
  unit
  kind
  stockOrFlow
  description
  descriptionZh
}
    `, {"fragmentName":"IndicatorFields"}) as unknown as TypedDocumentString<IndicatorFieldsFragment, unknown>;
export const SourceFieldsFragmentDoc = new TypedDocumentString(`
    fragment SourceFields on Source {
  title
  titleEn
  titleConstructed
  publisher
  publisherInferred
  publisherEn
  reprintedFrom
  reprintedFromEn
  publishedOn
  publishedOnInferred
  url
  titleCitedIn {
    title
    titleEn
  }
}
    `, {"fragmentName":"SourceFields"}) as unknown as TypedDocumentString<SourceFieldsFragment, unknown>;
export const FigureFieldsFragmentDoc = new TypedDocumentString(`
    fragment FigureFields on Figure {
  id
  value
  unit
  asOf
  asOfInferred
  periodStart
  periodStartInferred
  qualifier
  quote
  source {
    ...SourceFields
  }
}
    fragment SourceFields on Source {
  title
  titleEn
  titleConstructed
  publisher
  publisherInferred
  publisherEn
  reprintedFrom
  reprintedFromEn
  publishedOn
  publishedOnInferred
  url
  titleCitedIn {
    title
    titleEn
  }
}`, {"fragmentName":"FigureFields"}) as unknown as TypedDocumentString<FigureFieldsFragment, unknown>;
export const TargetFieldsFragmentDoc = new TypedDocumentString(`
    fragment TargetFields on Target {
  id
  indicator {
    code
  }
  targetValue
  targetYear
  unit
  qualifier
  quote
  source {
    ...SourceFields
  }
  policy {
    title
    titleEn
    titleConstructed
    titleCitedIn {
      title
      titleEn
    }
    issuers
    issuersEn
    issuerCount
    issuedOn
    issuedOnInferred
  }
  scope {
    kinds
    program {
      name
      nameEn
    }
  }
  progress {
    value
    asOf
    gap
    since
    basis
    status
    demoShare
    restsMostlyOnDemo
    reason {
      code
      threshold
      tolerancePercent
      reachedYear
      trendYears
      trendYearsBeforeCensus
      deadlineValue
      deadlineGap
      basicallyPercent
      scopeStart
      flowYear
    }
    denominatorFigure {
      asOf
    }
    trendPerYear
    projectedValue
    figure {
      qualifier
      asOfInferred
      interval {
        lower
      }
    }
    history {
      year
      value
      basis
      derived
      demoShare
      figure {
        ...FigureFields
      }
    }
  }
}
    fragment FigureFields on Figure {
  id
  value
  unit
  asOf
  asOfInferred
  periodStart
  periodStartInferred
  qualifier
  quote
  source {
    ...SourceFields
  }
}
fragment SourceFields on Source {
  title
  titleEn
  titleConstructed
  publisher
  publisherInferred
  publisherEn
  reprintedFrom
  reprintedFromEn
  publishedOn
  publishedOnInferred
  url
  titleCitedIn {
    title
    titleEn
  }
}`, {"fragmentName":"TargetFields"}) as unknown as TypedDocumentString<TargetFieldsFragment, unknown>;
export const MeasureValueFragmentDoc = new TypedDocumentString(`
    fragment MeasureValue on Measure {
  computable
  reason
  asOf
  value
  numerator
  denominator
  demoShare
  nothingRegistered
}
    `, {"fragmentName":"MeasureValue"}) as unknown as TypedDocumentString<MeasureValueFragment, unknown>;
export const RatePopulationFragmentDoc = new TypedDocumentString(`
    fragment RatePopulation on Measure {
  denominatorCarriedForward
  denominatorFigure {
    asOf
    source {
      ...SourceFields
      readOnReprint
    }
  }
}
    fragment SourceFields on Source {
  title
  titleEn
  titleConstructed
  publisher
  publisherInferred
  publisherEn
  reprintedFrom
  reprintedFromEn
  publishedOn
  publishedOnInferred
  url
  titleCitedIn {
    title
    titleEn
  }
}`, {"fragmentName":"RatePopulation"}) as unknown as TypedDocumentString<RatePopulationFragment, unknown>;
export const NationalRegistryFieldsFragmentDoc = new TypedDocumentString(`
    fragment NationalRegistryFields on Registry {
  code
  MSW_INSTITUTIONS_published: latestFigure(indicator: "MSW_INSTITUTIONS") {
    ...FigureFields
    roundedTo
  }
  CERTIFIED_SOCIAL_WORKERS_published: latestFigure(
    indicator: "CERTIFIED_SOCIAL_WORKERS"
  ) {
    ...FigureFields
    roundedTo
  }
  SOCIAL_WORK_AGENCIES_published: latestFigure(indicator: "SOCIAL_WORK_AGENCIES") {
    ...FigureFields
    roundedTo
  }
  SOCIAL_WORK_STATIONS_published: latestFigure(indicator: "SOCIAL_WORK_STATIONS") {
    ...FigureFields
    roundedTo
  }
  SECONDARY_PLUS_MSW_COVERAGE_published: latestFigure(
    indicator: "SECONDARY_PLUS_MSW_COVERAGE"
  ) {
    ...FigureFields
    roundedTo
  }
  targets {
    ...TargetFields
  }
  MSW_INSTITUTIONS: measure(indicator: "MSW_INSTITUTIONS") {
    ...MeasureValue
    undatedRecords
  }
  CERTIFIED_SOCIAL_WORKERS: measure(indicator: "CERTIFIED_SOCIAL_WORKERS") {
    ...MeasureValue
    undatedRecords
  }
  SOCIAL_WORK_AGENCIES: measure(indicator: "SOCIAL_WORK_AGENCIES") {
    ...MeasureValue
    undatedRecords
  }
  SOCIAL_WORK_STATIONS: measure(indicator: "SOCIAL_WORK_STATIONS") {
    ...MeasureValue
    undatedRecords
  }
  SECONDARY_PLUS_MSW_COVERAGE: measure(indicator: "SECONDARY_PLUS_MSW_COVERAGE") {
    ...MeasureValue
    undatedRecords
  }
  CERTIFIED_SOCIAL_WORKERS_PER_10K_RESIDENTS: measure(
    indicator: "CERTIFIED_SOCIAL_WORKERS_PER_10K_RESIDENTS"
  ) {
    ...MeasureValue
    ...RatePopulation
  }
  CERTIFIED_SOCIAL_WORKERS_PER_10K_RESIDENTS_years: measure(
    indicator: "CERTIFIED_SOCIAL_WORKERS_PER_10K_RESIDENTS"
    by: [YEAR]
    from: $rateFrom
  ) {
    computable
    breakdown {
      keys {
        value
      }
      numerator
      denominator
      demoShare
      toDate
      denominatorFigure {
        asOf
      }
    }
  }
  SOCIAL_WORK_AGENCIES_PER_10K_RESIDENTS: measure(
    indicator: "SOCIAL_WORK_AGENCIES_PER_10K_RESIDENTS"
  ) {
    ...MeasureValue
    ...RatePopulation
  }
  SOCIAL_WORK_STATIONS_PER_10K_RESIDENTS: measure(
    indicator: "SOCIAL_WORK_STATIONS_PER_10K_RESIDENTS"
  ) {
    ...MeasureValue
    ...RatePopulation
  }
}
    fragment FigureFields on Figure {
  id
  value
  unit
  asOf
  asOfInferred
  periodStart
  periodStartInferred
  qualifier
  quote
  source {
    ...SourceFields
  }
}
fragment SourceFields on Source {
  title
  titleEn
  titleConstructed
  publisher
  publisherInferred
  publisherEn
  reprintedFrom
  reprintedFromEn
  publishedOn
  publishedOnInferred
  url
  titleCitedIn {
    title
    titleEn
  }
}
fragment TargetFields on Target {
  id
  indicator {
    code
  }
  targetValue
  targetYear
  unit
  qualifier
  quote
  source {
    ...SourceFields
  }
  policy {
    title
    titleEn
    titleConstructed
    titleCitedIn {
      title
      titleEn
    }
    issuers
    issuersEn
    issuerCount
    issuedOn
    issuedOnInferred
  }
  scope {
    kinds
    program {
      name
      nameEn
    }
  }
  progress {
    value
    asOf
    gap
    since
    basis
    status
    demoShare
    restsMostlyOnDemo
    reason {
      code
      threshold
      tolerancePercent
      reachedYear
      trendYears
      trendYearsBeforeCensus
      deadlineValue
      deadlineGap
      basicallyPercent
      scopeStart
      flowYear
    }
    denominatorFigure {
      asOf
    }
    trendPerYear
    projectedValue
    figure {
      qualifier
      asOfInferred
      interval {
        lower
      }
    }
    history {
      year
      value
      basis
      derived
      demoShare
      figure {
        ...FigureFields
      }
    }
  }
}
fragment RatePopulation on Measure {
  denominatorCarriedForward
  denominatorFigure {
    asOf
    source {
      ...SourceFields
      readOnReprint
    }
  }
}
fragment MeasureValue on Measure {
  computable
  reason
  asOf
  value
  numerator
  denominator
  demoShare
  nothingRegistered
}`, {"fragmentName":"NationalRegistryFields"}) as unknown as TypedDocumentString<NationalRegistryFieldsFragment, unknown>;
export const BreakdownFieldsFragmentDoc = new TypedDocumentString(`
    fragment BreakdownFields on Measure {
  value
  demoShare
  asOf
  breakdown {
    keys {
      labelZh
      labelEn
    }
    value
  }
}
    `, {"fragmentName":"BreakdownFields"}) as unknown as TypedDocumentString<BreakdownFieldsFragment, unknown>;
export const RegionRegistryFieldsFragmentDoc = new TypedDocumentString(`
    fragment RegionRegistryFields on Registry {
  code
  targets {
    ...TargetFields
  }
  byKind: measure(indicator: "MSW_INSTITUTIONS", by: [INSTITUTION_KIND]) {
    ...BreakdownFields
  }
  byGrade: measure(indicator: "MSW_INSTITUTIONS", by: [HOSPITAL_GRADE]) {
    ...BreakdownFields
  }
  byCity: measure(indicator: "SOCIAL_WORK_PRACTITIONERS", by: [CITY]) {
    ...BreakdownFields
  }
  byField: measure(indicator: "SOCIAL_WORK_PRACTITIONERS", by: [SERVICE_FIELD]) {
    ...BreakdownFields
  }
  programs(first: 50) {
    visibility
    edges {
      node {
        id
        name
        nameEn
        batch
        kind
        role
        year
        periodStart
        periodEnd
        fundingYuan
        quote
        source {
          ...SourceFields
        }
      }
    }
  }
  dataQuality {
    indicator {
      code
    }
    figure {
      ...FigureFields
      breakdown {
        value
      }
    }
    published
    measured
    measuredAsOf
    measuredSince
    demoShare
    restsMostlyOnDemo
    differencePercent
    interval {
      lower
      lowerInclusive
      upper
      upperInclusive
    }
    flagged
    compared
    notComparedReason
  }
}
    fragment FigureFields on Figure {
  id
  value
  unit
  asOf
  asOfInferred
  periodStart
  periodStartInferred
  qualifier
  quote
  source {
    ...SourceFields
  }
}
fragment SourceFields on Source {
  title
  titleEn
  titleConstructed
  publisher
  publisherInferred
  publisherEn
  reprintedFrom
  reprintedFromEn
  publishedOn
  publishedOnInferred
  url
  titleCitedIn {
    title
    titleEn
  }
}
fragment TargetFields on Target {
  id
  indicator {
    code
  }
  targetValue
  targetYear
  unit
  qualifier
  quote
  source {
    ...SourceFields
  }
  policy {
    title
    titleEn
    titleConstructed
    titleCitedIn {
      title
      titleEn
    }
    issuers
    issuersEn
    issuerCount
    issuedOn
    issuedOnInferred
  }
  scope {
    kinds
    program {
      name
      nameEn
    }
  }
  progress {
    value
    asOf
    gap
    since
    basis
    status
    demoShare
    restsMostlyOnDemo
    reason {
      code
      threshold
      tolerancePercent
      reachedYear
      trendYears
      trendYearsBeforeCensus
      deadlineValue
      deadlineGap
      basicallyPercent
      scopeStart
      flowYear
    }
    denominatorFigure {
      asOf
    }
    trendPerYear
    projectedValue
    figure {
      qualifier
      asOfInferred
      interval {
        lower
      }
    }
    history {
      year
      value
      basis
      derived
      demoShare
      figure {
        ...FigureFields
      }
    }
  }
}
fragment BreakdownFields on Measure {
  value
  demoShare
  asOf
  breakdown {
    keys {
      labelZh
      labelEn
    }
    value
  }
}`, {"fragmentName":"RegionRegistryFields"}) as unknown as TypedDocumentString<RegionRegistryFieldsFragment, unknown>;
export const DashboardNationalDocument = new TypedDocumentString(`
    query DashboardNational($rateFrom: Int!) {
  indicators {
    ...IndicatorFields
  }
  registries {
    name
    nameZh
    ...NationalRegistryFields
  }
}
    fragment FigureFields on Figure {
  id
  value
  unit
  asOf
  asOfInferred
  periodStart
  periodStartInferred
  qualifier
  quote
  source {
    ...SourceFields
  }
}
fragment SourceFields on Source {
  title
  titleEn
  titleConstructed
  publisher
  publisherInferred
  publisherEn
  reprintedFrom
  reprintedFromEn
  publishedOn
  publishedOnInferred
  url
  titleCitedIn {
    title
    titleEn
  }
}
fragment TargetFields on Target {
  id
  indicator {
    code
  }
  targetValue
  targetYear
  unit
  qualifier
  quote
  source {
    ...SourceFields
  }
  policy {
    title
    titleEn
    titleConstructed
    titleCitedIn {
      title
      titleEn
    }
    issuers
    issuersEn
    issuerCount
    issuedOn
    issuedOnInferred
  }
  scope {
    kinds
    program {
      name
      nameEn
    }
  }
  progress {
    value
    asOf
    gap
    since
    basis
    status
    demoShare
    restsMostlyOnDemo
    reason {
      code
      threshold
      tolerancePercent
      reachedYear
      trendYears
      trendYearsBeforeCensus
      deadlineValue
      deadlineGap
      basicallyPercent
      scopeStart
      flowYear
    }
    denominatorFigure {
      asOf
    }
    trendPerYear
    projectedValue
    figure {
      qualifier
      asOfInferred
      interval {
        lower
      }
    }
    history {
      year
      value
      basis
      derived
      demoShare
      figure {
        ...FigureFields
      }
    }
  }
}
fragment IndicatorFields on Indicator {
  code
  name
  nameZh
  unit
  kind
  stockOrFlow
  description
  descriptionZh
}
fragment RatePopulation on Measure {
  denominatorCarriedForward
  denominatorFigure {
    asOf
    source {
      ...SourceFields
      readOnReprint
    }
  }
}
fragment MeasureValue on Measure {
  computable
  reason
  asOf
  value
  numerator
  denominator
  demoShare
  nothingRegistered
}
fragment NationalRegistryFields on Registry {
  code
  MSW_INSTITUTIONS_published: latestFigure(indicator: "MSW_INSTITUTIONS") {
    ...FigureFields
    roundedTo
  }
  CERTIFIED_SOCIAL_WORKERS_published: latestFigure(
    indicator: "CERTIFIED_SOCIAL_WORKERS"
  ) {
    ...FigureFields
    roundedTo
  }
  SOCIAL_WORK_AGENCIES_published: latestFigure(indicator: "SOCIAL_WORK_AGENCIES") {
    ...FigureFields
    roundedTo
  }
  SOCIAL_WORK_STATIONS_published: latestFigure(indicator: "SOCIAL_WORK_STATIONS") {
    ...FigureFields
    roundedTo
  }
  SECONDARY_PLUS_MSW_COVERAGE_published: latestFigure(
    indicator: "SECONDARY_PLUS_MSW_COVERAGE"
  ) {
    ...FigureFields
    roundedTo
  }
  targets {
    ...TargetFields
  }
  MSW_INSTITUTIONS: measure(indicator: "MSW_INSTITUTIONS") {
    ...MeasureValue
    undatedRecords
  }
  CERTIFIED_SOCIAL_WORKERS: measure(indicator: "CERTIFIED_SOCIAL_WORKERS") {
    ...MeasureValue
    undatedRecords
  }
  SOCIAL_WORK_AGENCIES: measure(indicator: "SOCIAL_WORK_AGENCIES") {
    ...MeasureValue
    undatedRecords
  }
  SOCIAL_WORK_STATIONS: measure(indicator: "SOCIAL_WORK_STATIONS") {
    ...MeasureValue
    undatedRecords
  }
  SECONDARY_PLUS_MSW_COVERAGE: measure(indicator: "SECONDARY_PLUS_MSW_COVERAGE") {
    ...MeasureValue
    undatedRecords
  }
  CERTIFIED_SOCIAL_WORKERS_PER_10K_RESIDENTS: measure(
    indicator: "CERTIFIED_SOCIAL_WORKERS_PER_10K_RESIDENTS"
  ) {
    ...MeasureValue
    ...RatePopulation
  }
  CERTIFIED_SOCIAL_WORKERS_PER_10K_RESIDENTS_years: measure(
    indicator: "CERTIFIED_SOCIAL_WORKERS_PER_10K_RESIDENTS"
    by: [YEAR]
    from: $rateFrom
  ) {
    computable
    breakdown {
      keys {
        value
      }
      numerator
      denominator
      demoShare
      toDate
      denominatorFigure {
        asOf
      }
    }
  }
  SOCIAL_WORK_AGENCIES_PER_10K_RESIDENTS: measure(
    indicator: "SOCIAL_WORK_AGENCIES_PER_10K_RESIDENTS"
  ) {
    ...MeasureValue
    ...RatePopulation
  }
  SOCIAL_WORK_STATIONS_PER_10K_RESIDENTS: measure(
    indicator: "SOCIAL_WORK_STATIONS_PER_10K_RESIDENTS"
  ) {
    ...MeasureValue
    ...RatePopulation
  }
}`) as unknown as TypedDocumentString<DashboardNationalQuery, DashboardNationalQueryVariables>;
export const DashboardRegionDocument = new TypedDocumentString(`
    query DashboardRegion($code: RegionCode!) {
  indicators {
    ...IndicatorFields
  }
  registry(code: $code) {
    name
    nameZh
    ...RegionRegistryFields
  }
}
    fragment FigureFields on Figure {
  id
  value
  unit
  asOf
  asOfInferred
  periodStart
  periodStartInferred
  qualifier
  quote
  source {
    ...SourceFields
  }
}
fragment SourceFields on Source {
  title
  titleEn
  titleConstructed
  publisher
  publisherInferred
  publisherEn
  reprintedFrom
  reprintedFromEn
  publishedOn
  publishedOnInferred
  url
  titleCitedIn {
    title
    titleEn
  }
}
fragment TargetFields on Target {
  id
  indicator {
    code
  }
  targetValue
  targetYear
  unit
  qualifier
  quote
  source {
    ...SourceFields
  }
  policy {
    title
    titleEn
    titleConstructed
    titleCitedIn {
      title
      titleEn
    }
    issuers
    issuersEn
    issuerCount
    issuedOn
    issuedOnInferred
  }
  scope {
    kinds
    program {
      name
      nameEn
    }
  }
  progress {
    value
    asOf
    gap
    since
    basis
    status
    demoShare
    restsMostlyOnDemo
    reason {
      code
      threshold
      tolerancePercent
      reachedYear
      trendYears
      trendYearsBeforeCensus
      deadlineValue
      deadlineGap
      basicallyPercent
      scopeStart
      flowYear
    }
    denominatorFigure {
      asOf
    }
    trendPerYear
    projectedValue
    figure {
      qualifier
      asOfInferred
      interval {
        lower
      }
    }
    history {
      year
      value
      basis
      derived
      demoShare
      figure {
        ...FigureFields
      }
    }
  }
}
fragment IndicatorFields on Indicator {
  code
  name
  nameZh
  unit
  kind
  stockOrFlow
  description
  descriptionZh
}
fragment BreakdownFields on Measure {
  value
  demoShare
  asOf
  breakdown {
    keys {
      labelZh
      labelEn
    }
    value
  }
}
fragment RegionRegistryFields on Registry {
  code
  targets {
    ...TargetFields
  }
  byKind: measure(indicator: "MSW_INSTITUTIONS", by: [INSTITUTION_KIND]) {
    ...BreakdownFields
  }
  byGrade: measure(indicator: "MSW_INSTITUTIONS", by: [HOSPITAL_GRADE]) {
    ...BreakdownFields
  }
  byCity: measure(indicator: "SOCIAL_WORK_PRACTITIONERS", by: [CITY]) {
    ...BreakdownFields
  }
  byField: measure(indicator: "SOCIAL_WORK_PRACTITIONERS", by: [SERVICE_FIELD]) {
    ...BreakdownFields
  }
  programs(first: 50) {
    visibility
    edges {
      node {
        id
        name
        nameEn
        batch
        kind
        role
        year
        periodStart
        periodEnd
        fundingYuan
        quote
        source {
          ...SourceFields
        }
      }
    }
  }
  dataQuality {
    indicator {
      code
    }
    figure {
      ...FigureFields
      breakdown {
        value
      }
    }
    published
    measured
    measuredAsOf
    measuredSince
    demoShare
    restsMostlyOnDemo
    differencePercent
    interval {
      lower
      lowerInclusive
      upper
      upperInclusive
    }
    flagged
    compared
    notComparedReason
  }
}`) as unknown as TypedDocumentString<DashboardRegionQuery, DashboardRegionQueryVariables>;