import type { GraphQLResolveInfo } from 'graphql';
import type { IndicatorRow } from '../entities.js';
import type { DirectoryRegion } from '../../../regions.js';
import type { NationalContext } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

/** 地区的行政级别。Administrative level of a region. */
export type AdministrativeLevel =
  /** 自治区。Autonomous region (自治区). */
  | 'AUTONOMOUS_REGION'
  /** 直辖市。Municipality directly under the central government (直辖市). */
  | 'MUNICIPALITY'
  /** 国家级新区。State-level new area (国家级新区). */
  | 'NEW_AREA'
  /** 省。Province (省). */
  | 'PROVINCE';

/** 全国指标目录中的指标：公布数字、目标或测算值所针对的内容。An indicator of the national catalog: what a figure, a target or a measure is about. */
export type Indicator = {
  __typename?: 'Indicator';
  /** 稳定代码，例如 MSW_INSTITUTIONS。Stable code, for example MSW_INSTITUTIONS. */
  code: Scalars['String']['output'];
  /** 地区登记库能够根据其记录测算该指标时为 true。True when a regional registry can compute the indicator from its records. */
  computable: Scalars['Boolean']['output'];
  /** 比率和率类指标中，分母所统计的内容（率类指标为公布的人口数），先中文，后英文。For ratios and rates, what is counted below the line (for a rate, the published population), in Chinese, then English. */
  denominator?: Maybe<Scalars['String']['output']>;
  /** 英文定义：统计的内容；对于限定于某一项目或某些机构类型的目标，还说明该目标统计的内容。Definition in English: what is counted, and for a target scoped to a programme or to kinds of institution, what that target counts. */
  description: Scalars['String']['output'];
  /** 中文定义。Definition in Chinese (定义). */
  descriptionZh: Scalars['String']['output'];
  /** 指标数值的类型（`COUNT`、`RATIO`、`AMOUNT` 或 `RATE`），并据此确定其数值能否相加。What kind of number the indicator is (`COUNT`, `RATIO`, `AMOUNT` or `RATE`), and so whether its values add up. */
  kind: IndicatorKind;
  /** 英文名称。English name. */
  name: Scalars['String']['output'];
  /** 中文名称。Chinese name. */
  nameZh: Scalars['String']['output'];
  /** 比率和率类指标中，分子所统计的内容，先中文，后英文。For ratios and rates, what is counted above the line, in Chinese, then English. */
  numerator?: Maybe<Scalars['String']['output']>;
  /** 指标是在某一天计数（STOCK），还是在一段时期内累计（FLOW）。Whether the indicator is counted on a day (STOCK) or added up over a period (FLOW). */
  stockOrFlow: StockOrFlow;
  /** 指标数值的单位，按指标目录的英文写法（如 `persons`、`percent`、`yuan`）。The unit of the indicator's values, as the catalog spells it in English (for example `persons`, `percent`, `yuan`). */
  unit: Scalars['String']['output'];
  /** 单位的中文写法，写在数字之后（人、人次、个、元、%、每万常住人口）。The unit as Chinese writes it after a number (人, 人次, 个, 元, %, 每万常住人口). */
  unitZh: Scalars['String']['output'];
};

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

export type Query = {
  __typename?: 'Query';
  /** 按代码查询指标目录中的单个指标；目录中无此代码时为 null，但代码大小写写错（如 msw_institutions）时报 BAD_USER_INPUT，并给出应写的代码。One indicator of the catalog by its code; null when the catalog has no such code, but a code written in another case (msw_institutions) is a BAD_USER_INPUT that names the code meant. */
  indicator?: Maybe<Indicator>;
  /** 指标目录。The indicator catalog. */
  indicators: Array<Indicator>;
  /** 联邦中的所有地区。Every region of the federation. */
  registries: Array<Registry>;
  /** 某一地区。One region. */
  registry?: Maybe<Registry>;
};


export type QueryIndicatorArgs = {
  code: Scalars['String']['input'];
};


export type QueryRegistryArgs = {
  code: RegionCode;
};

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
  /** 地区代码。The region's code. */
  code: RegionCode;
  /** 地区的行政级别。The region's administrative level. */
  level: AdministrativeLevel;
  /** 英文名称。English name. */
  name: Scalars['String']['output'];
  /** 中文名称。Chinese name. */
  nameZh: Scalars['String']['output'];
};

/**
 * 一个地区的社会工作登记库。全国目录解析其名称和行政级别；各地区自己的子图解析登记库的其余部分（机构、社会工作者、公布数字、目标……）。
 *
 * A region's social work registry. The national directory resolves its name and level; each region's
 * own subgraph resolves the rest of the registry (institutions, social workers, figures, targets ...).
 */
export type Registry = {
  /** 地区代码。The region's code. */
  code: RegionCode;
  /** 地区的行政级别。The region's administrative level. */
  level: AdministrativeLevel;
  /** 英文名称。English name. */
  name: Scalars['String']['output'];
  /** 中文名称。Chinese name. */
  nameZh: Scalars['String']['output'];
};

/** 指标是在某一天计数，还是在一段时期内累计，与统计年鉴的区分方式一致。Whether an indicator is counted on a day or added up over a period, as statistical yearbooks tell them apart. */
export type StockOrFlow =
  /** 在一段时期内累计（时期指标）：支出资金（元）、服务个案数、人次。年度数值为当年的累计量；项目的累计量按天数在其实施期内分摊。Added up over a period (时期指标): yuan spent, cases served, person-times. A year's value is the amount of that year; a programme's amount is spread over its period by days. */
  | 'FLOW'
  /** 在某一天计数（时点指标）：机构数、社工人数、在实施项目数。年度数值为年末的计数。Counted on a day (时点指标): institutions, workers, projects under way. A year's value is the count at its end. */
  | 'STOCK';



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
  Indicator: Indicator;
  RegionRegistry: RegionRegistry;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Indicator:
    ( { __typename: 'Indicator' }
    & GraphQLRecursivePick<FederationTypes['Indicator'], {"code":true}> );
  RegionRegistry:
    ( { __typename: 'RegionRegistry' }
    & GraphQLRecursivePick<FederationTypes['RegionRegistry'], {"code":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AdministrativeLevel: AdministrativeLevel;
  Indicator: ResolverTypeWrapper<IndicatorRow>;
  IndicatorKind: IndicatorKind;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RegionCode: RegionCode;
  RegionRegistry: ResolverTypeWrapper<DirectoryRegion>;
  Registry: ResolverTypeWrapper<DirectoryRegion>;
  StockOrFlow: StockOrFlow;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Indicator: IndicatorRow;
  Query: Record<PropertyKey, never>;
  RegionRegistry: DirectoryRegion;
  Registry: DirectoryRegion;
  String: Scalars['String']['output'];
  Boolean: Scalars['Boolean']['output'];
};

export type LinkDirectiveArgs = {
  import?: Maybe<Array<Scalars['String']['input']>>;
  url: Scalars['String']['input'];
};

export type LinkDirectiveResolver<Result, Parent, ContextType = NationalContext, Args = LinkDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ShareableDirectiveArgs = { };

export type ShareableDirectiveResolver<Result, Parent, ContextType = NationalContext, Args = ShareableDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type IndicatorResolvers<ContextType = NationalContext, ParentType extends ResolversParentTypes['Indicator'] = ResolversParentTypes['Indicator'], FederationReferenceType extends FederationReferenceTypes['Indicator'] = FederationReferenceTypes['Indicator']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Indicator']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  computable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  denominator?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  descriptionZh?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['IndicatorKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameZh?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  numerator?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  stockOrFlow?: Resolver<ResolversTypes['StockOrFlow'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unitZh?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = NationalContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  indicator?: Resolver<Maybe<ResolversTypes['Indicator']>, ParentType, ContextType, RequireFields<QueryIndicatorArgs, 'code'>>;
  indicators?: Resolver<Array<ResolversTypes['Indicator']>, ParentType, ContextType>;
  registries?: Resolver<Array<ResolversTypes['Registry']>, ParentType, ContextType>;
  registry?: Resolver<Maybe<ResolversTypes['Registry']>, ParentType, ContextType, RequireFields<QueryRegistryArgs, 'code'>>;
};

export type RegionRegistryResolvers<ContextType = NationalContext, ParentType extends ResolversParentTypes['RegionRegistry'] = ResolversParentTypes['RegionRegistry'], FederationReferenceType extends FederationReferenceTypes['RegionRegistry'] = FederationReferenceTypes['RegionRegistry']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['RegionRegistry']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['RegionCode'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['AdministrativeLevel'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameZh?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RegistryResolvers<ContextType = NationalContext, ParentType extends ResolversParentTypes['Registry'] = ResolversParentTypes['Registry']> = {
  __resolveType: TypeResolveFn<'RegionRegistry', ParentType, ContextType>;
};

export type Resolvers<ContextType = NationalContext> = {
  Indicator?: IndicatorResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RegionRegistry?: RegionRegistryResolvers<ContextType>;
  Registry?: RegistryResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = NationalContext> = {
  link?: LinkDirectiveResolver<any, any, ContextType>;
  shareable?: ShareableDirectiveResolver<any, any, ContextType>;
};
