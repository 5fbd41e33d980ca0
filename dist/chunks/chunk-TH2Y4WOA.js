import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// src/spec/model/version.ts
var NEWEST_DRUID_VERSION = "39.0.0";
var OLDEST_DRUID_VERSION = "0.17.0";
function parseVersion(version) {
  const match = /^(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:[-.].*)?$/.exec(version.trim());
  if (!match) return void 0;
  return [Number(match[1]), Number(match[2] ?? 0), Number(match[3] ?? 0)];
}
function compareVersions(a, b) {
  const left = parseVersion(a) ?? [0, 0, 0];
  const right = parseVersion(b) ?? [0, 0, 0];
  for (let index = 0; index < 3; index++) {
    const difference = left[index] - right[index];
    if (difference !== 0) return difference;
  }
  return 0;
}
var atLeast = (version, since) => compareVersions(version, since) >= 0;
function isAvailableIn(item, version) {
  if (item.since && compareVersions(version, item.since) < 0) return false;
  if (item.removedIn && compareVersions(version, item.removedIn) >= 0) return false;
  return true;
}
function modelCoverage(version) {
  if (compareVersions(version, NEWEST_DRUID_VERSION) > 0) return "newer";
  if (compareVersions(version, OLDEST_DRUID_VERSION) < 0) return "older";
  return "covered";
}
function reachedAt(entries, version) {
  return entries.filter((entry) => compareVersions(version, entry.since) >= 0).sort((a, b) => compareVersions(a.since, b.since)).at(-1);
}
function defaultIn(field2, version) {
  if (!field2.defaultChanges) return field2.default;
  const reached = reachedAt(field2.defaultChanges, version);
  return reached ? reached.value : field2.default;
}
function newestDefault(field2) {
  return field2.defaultChanges?.at(-1)?.value ?? field2.default;
}

// src/common/json.ts
function isPlainObject(value) {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === null || Object.getPrototypeOf(proto) === null;
}
function deepEqual(a, b) {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((item, index) => deepEqual(item, b[index]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => key in b && deepEqual(a[key], b[key]));
  }
  return false;
}

// src/spec/layout.ts
var SECTIONS = ["dataSchema", "ioConfig", "tuningConfig"];
function viewSupervisor(value) {
  const wrapped = isPlainObject(value.spec);
  const hasTopLevelSections = SECTIONS.some((section2) => section2 in value);
  const holder = wrapped ? value.spec : value;
  const section = (name3) => isPlainObject(holder[name3]) ? holder[name3] : void 0;
  const dataSchema2 = section("dataSchema");
  return {
    layout: wrapped ? hasTopLevelSections ? "export" : "wrapped" : "flat",
    sectionsPointer: wrapped ? "/spec" : "",
    type: value.type,
    dataSchema: dataSchema2,
    ioConfig: section("ioConfig"),
    tuningConfig: section("tuningConfig"),
    declaredId: value.id,
    dataSource: typeof dataSchema2?.dataSource === "string" ? dataSchema2.dataSource : void 0
  };
}
var SUPERVISOR_ID_SINCE = "34.0.0";
function supervisorId(view, druidVersion) {
  const idReadable = compareVersions(druidVersion, SUPERVISOR_ID_SINCE) >= 0;
  if (idReadable && typeof view.declaredId === "string" && view.declaredId !== "") return view.declaredId;
  return view.dataSource;
}
function canonicalLayout(value) {
  const view = viewSupervisor(value);
  const { dataSchema: _d, ioConfig: _i, tuningConfig: _t, spec: _s, ...topLevel } = value;
  const spec = {};
  for (const name3 of SECTIONS) if (view[name3] !== void 0) spec[name3] = view[name3];
  return { ...topLevel, spec };
}

// src/spec/model/vocabulary.ts
function field(node, description, extra = {}) {
  return { node, description, ...extra };
}
var str = (extra = {}) => ({ kind: "string", ...extra });
var int = (extra = {}) => ({
  kind: "integer",
  java: "int",
  ...extra
});
var long = (extra = {}) => ({
  kind: "integer",
  java: "long",
  ...extra
});
var num = (extra = {}) => ({ kind: "number", ...extra });
var bool = { kind: "boolean" };
var any = { kind: "any" };
var array = (items) => ({ kind: "array", items });
var union = (...variants) => ({ kind: "union", variants });
var object = (id, fields, unknownKeys = "drop", values) => ({ kind: "object", id, fields, unknownKeys, ...values ? { values } : {} });
var map = (id, values = any) => object(id, {}, "keep", values);

// src/spec/model/scalars.ts
var duration = () => str({ format: "duration", acceptsMillis: true });
var period = () => str({ format: "period", acceptsMillis: true });
var dateTime = () => union(str({ format: "datetime" }), long({ unit: "milliseconds" }));
var timeZone = () => str({ minLength: 1 });
var columnType = () => str({ minLength: 1 });
var COMPRESSIONS = ["lz4", "lzf", "zstd", "uncompressed", "none"];
function variant(typedId, name3, fields, options = {}) {
  const tag = options.tag ?? "type";
  const note = options.note ? ` ${options.note}` : "";
  return object(`${typedId}.${name3}`, {
    [tag]: field(str({ enum: [name3] }), `Selects this variant ("${name3}").${note}`),
    ...fields
  });
}

// src/spec/model/retention-rules.ts
var RULE_ID = "rule";
var tieredReplicants = field(
  map("tieredReplicants", int({ minimum: 0 })),
  'Replicas per Historical tier, e.g. {"_default_tier": 2}. 0 replicas on every tier means the segments are not loaded (and not dropped). Left out: {"_default_tier": 2} while useDefaultTierForNull is true, else no tier.',
  { nullable: true }
);
var useDefaultTierForNull = field(
  bool,
  "What a missing tieredReplicants means: true, two replicas on _default_tier; false, no tier at all (segments stay unloaded).",
  { default: true }
);
var loadFields = () => ({ tieredReplicants, useDefaultTierForNull });
var rulePeriod = (what) => field(
  period(),
  `ISO-8601 period back from now that the rule covers (${what}). Years and months are calendar months, as Joda subtracts them. Druid stores it as written; left out, Joda reads a zero-length period.`,
  { nullable: true }
);
var ruleInterval = field(
  str({ format: "interval" }),
  "ISO-8601 interval start/end. Left out, Druid accepts the rule and the Coordinator fails on it at every run.",
  { nullable: true }
);
var includeFuture = (matches) => field(bool, `Whether intervals that reach into the future match as well: ${matches}.`, { default: true });
var retentionRule = {
  kind: "typed",
  id: RULE_ID,
  unknownType: "reject",
  variants: {
    loadByPeriod: variant(
      RULE_ID,
      "loadByPeriod",
      {
        period: rulePeriod("a segment matches when it ends after now minus the period"),
        includeFuture: includeFuture("false also requires the segment to start before now"),
        ...loadFields()
      },
      { note: "Loads segments of the recent past." }
    ),
    loadByInterval: variant(
      RULE_ID,
      "loadByInterval",
      { interval: ruleInterval, ...loadFields() },
      { note: "Loads segments that overlap the interval." }
    ),
    loadForever: variant(RULE_ID, "loadForever", loadFields(), { note: "Loads every segment." }),
    dropByPeriod: variant(
      RULE_ID,
      "dropByPeriod",
      {
        period: rulePeriod("a segment matches when it starts at or after now minus the period"),
        includeFuture: includeFuture("false also requires the segment to end by now")
      },
      { note: "Drops segments of the recent past." }
    ),
    dropBeforeByPeriod: variant(
      RULE_ID,
      "dropBeforeByPeriod",
      { period: rulePeriod("a segment matches when it ends at or before now minus the period") },
      { note: "Drops segments older than the period." }
    ),
    dropByInterval: variant(
      RULE_ID,
      "dropByInterval",
      { interval: ruleInterval },
      { note: "Drops segments inside the interval." }
    ),
    dropForever: variant(RULE_ID, "dropForever", {}, { note: "Drops every segment that reaches it." }),
    broadcastForever: variant(
      RULE_ID,
      "broadcastForever",
      {},
      { note: "Loads every segment on every server (broadcast datasources, for joins)." }
    ),
    broadcastByInterval: variant(
      RULE_ID,
      "broadcastByInterval",
      { interval: ruleInterval },
      { note: "Broadcasts segments that overlap the interval." }
    ),
    broadcastByPeriod: variant(
      RULE_ID,
      "broadcastByPeriod",
      {
        period: rulePeriod("as loadByPeriod"),
        includeFuture: includeFuture("as loadByPeriod")
      },
      { note: "Broadcasts segments of the recent past." }
    )
  }
};
var RETENTION_TITLE = "Apache Druid retention rules of one datasource";
var retentionRules = array(retentionRule);
var DROP_RULE_TYPES = /* @__PURE__ */ new Set([
  "dropByPeriod",
  "dropBeforeByPeriod",
  "dropByInterval",
  "dropForever"
]);
var SHIPPED_DEFAULT_RULES = [
  { type: "loadForever", tieredReplicants: { _default_tier: 2 }, useDefaultTierForNull: true }
];
var DEFAULT_RULES_NAME = "_default";

// src/spec/date-time.ts
var DATE_TIME = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[Tt](\d{2})(?::(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?)?)?)?(Z|z|[+-]\d{2}(?::?\d{2})?)?$/;
function dateTimeMillis(value) {
  if (typeof value === "number") return Number.isInteger(value) ? value : void 0;
  if (typeof value !== "string") return void 0;
  const match = DATE_TIME.exec(value.trim());
  if (!match) return void 0;
  const [, year, month = "01", day = "01", hour = "00", minute = "00", second = "00"] = match;
  const millis2 = (match[7] ?? "").slice(0, 3).padEnd(3, "0");
  const zone = match[8] === void 0 || /^z$/i.test(match[8]) ? "Z" : offset(match[8]);
  const instant = Date.parse(`${year}-${month}-${day}T${hour}:${minute}:${second}.${millis2}${zone}`);
  return Number.isNaN(instant) ? void 0 : instant;
}
function canonicalDateTime(value) {
  const instant = dateTimeMillis(value);
  return instant === void 0 ? value : new Date(instant).toISOString();
}
var offset = (text) => text.length === 3 ? `${text}:00` : text.replace(/^([+-]\d{2})(\d{2})$/, "$1:$2");

// src/spec/model/granularity.ts
var GRANULARITY_NAMES = [
  "SECOND",
  "MINUTE",
  "FIVE_MINUTE",
  "TEN_MINUTE",
  "FIFTEEN_MINUTE",
  "THIRTY_MINUTE",
  "HOUR",
  "SIX_HOUR",
  "EIGHT_HOUR",
  "DAY",
  "WEEK",
  "MONTH",
  "QUARTER",
  "YEAR",
  "ALL",
  "NONE"
];
var GRANULARITY_ID = "granularity";
var granularityObject = {
  kind: "typed",
  id: GRANULARITY_ID,
  unknownType: "reject",
  variants: {
    period: variant(GRANULARITY_ID, "period", {
      period: field(
        period(),
        'ISO-8601 period of each bucket, e.g. PT2H. Required and not zero. A standard period in UTC without origin is re-serialised as its name (PT1H comes back as "HOUR").',
        { required: true }
      ),
      timeZone: field(
        timeZone(),
        'Time zone the buckets are aligned in. Druid re-serialises the zone id ("UTC" when absent).',
        { default: "UTC" }
      ),
      origin: field(
        dateTime(),
        "Start of the first bucket; absent means the epoch in `timeZone`. Re-serialised as null when not set.",
        { nullable: true, default: null }
      )
    }),
    duration: variant(GRANULARITY_ID, "duration", {
      duration: field(
        long({ unit: "milliseconds", exclusiveMinimum: 0 }),
        "Bucket length in milliseconds; must be > 0.",
        {
          required: true
        }
      ),
      origin: field(
        dateTime(),
        "Bucket origin; Druid keeps it modulo `duration` and re-serialises it as an ISO date-time (1970-01-01T00:00:00.000Z when absent).",
        { default: "1970-01-01T00:00:00.000Z" }
      )
    }),
    all: variant(GRANULARITY_ID, "all", {}, { note: "One bucket for all time." }),
    none: variant(GRANULARITY_ID, "none", {}, { note: "No bucketing (millisecond precision)." })
  }
};
var granularity = union(
  str({ enum: GRANULARITY_NAMES, caseInsensitive: true }),
  granularityObject
);
var intervals = field(
  array(str({ format: "interval" })),
  "ISO-8601 intervals of data to ingest. Batch ingestion only: a streaming supervisor ignores them. Re-serialised as [] when absent.",
  { default: [], nullable: true }
);
var rollup = field(
  bool,
  "Whether rows with the same truncated timestamp and dimension values are combined at ingestion time, using metricsSpec.",
  { default: true }
);
var queryGranularity = field(
  granularity,
  'Granularity timestamps are truncated to before rollup. Default NONE, re-serialised as {"type":"none"}.',
  { default: { type: "none" } }
);
var GRANULARITY_SPEC_ID = "granularitySpec";
var granularitySpec = {
  kind: "typed",
  id: GRANULARITY_SPEC_ID,
  defaultVariant: "uniform",
  unknownType: "replace",
  variants: {
    uniform: variant(GRANULARITY_SPEC_ID, "uniform", {
      segmentGranularity: field(
        granularity,
        "Time span of each segment (segment interval). Standard periods are re-serialised as upper-case names.",
        { default: "DAY" }
      ),
      queryGranularity,
      rollup,
      intervals
    }),
    arbitrary: variant(
      GRANULARITY_SPEC_ID,
      "arbitrary",
      { queryGranularity, rollup, intervals },
      { note: "Segment intervals come from `intervals` (non-overlapping); meant for batch ingestion." }
    )
  }
};

// src/spec/model/extraction-fns.ts
var EXTRACTION_FN_ID = "extractionFn";
var extractionVariants = {};
var extractionFn = {
  kind: "typed",
  id: EXTRACTION_FN_ID,
  unknownType: "extension",
  variants: extractionVariants
};
var SEARCH_QUERY_ID = "searchQuerySpec";
var searchQuerySpec = {
  kind: "typed",
  id: SEARCH_QUERY_ID,
  unknownType: "reject",
  variants: {
    contains: variant(SEARCH_QUERY_ID, "contains", {
      value: field(str(), "Substring to look for.", { required: true }),
      caseSensitive: field(bool, "Whether the match is case-sensitive.", { default: false })
    }),
    insensitive_contains: variant(SEARCH_QUERY_ID, "insensitive_contains", {
      value: field(str(), "Substring to look for, ignoring case.", { required: true })
    }),
    fragment: variant(SEARCH_QUERY_ID, "fragment", {
      values: field(array(str()), "Every one of these substrings must occur.", { required: true }),
      caseSensitive: field(bool, "Whether the match is case-sensitive.", { default: false })
    }),
    regex: variant(SEARCH_QUERY_ID, "regex", {
      pattern: field(str(), "Java regular expression that must be found in the value.", { required: true })
    }),
    all: variant(SEARCH_QUERY_ID, "all", {}, { note: "Matches every value." })
  }
};
Object.assign(extractionVariants, {
  regex: variant(EXTRACTION_FN_ID, "regex", {
    expr: field(str(), "Java regular expression; the value becomes the matched group.", { required: true }),
    index: field(int({ minimum: 0 }), "Capture group to return (0 is the whole match).", { default: 1 }),
    replaceMissingValue: field(
      bool,
      "Whether non-matching values become replaceMissingValueWith instead of themselves.",
      {
        default: false
      }
    ),
    replaceMissingValueWith: field(str(), "Replacement for non-matching values.", { nullable: true })
  }),
  partial: variant(EXTRACTION_FN_ID, "partial", {
    expr: field(str(), "Java regular expression; matching values pass unchanged, others become null.", {
      required: true
    })
  }),
  searchQuery: variant(EXTRACTION_FN_ID, "searchQuery", {
    query: field(searchQuerySpec, "Values matching this search pass unchanged, others become null.", {
      required: true
    })
  }),
  javascript: variant(
    EXTRACTION_FN_ID,
    "javascript",
    {
      function: field(str(), "JavaScript function of one value.", { required: true }),
      injective: field(bool, "Whether the function maps distinct values to distinct results.", {
        default: false
      })
    },
    { note: "Needs druid.javascript.enabled=true." }
  ),
  timeFormat: variant(EXTRACTION_FN_ID, "timeFormat", {
    format: field(str(), "Joda-Time pattern of the output; absent means ISO-8601.", { nullable: true }),
    timeZone: field(timeZone(), "Time zone of the output.", { nullable: true }),
    locale: field(str(), "Locale (IETF tag) of the output.", { nullable: true }),
    granularity: field(granularity, "Granularity the timestamp is truncated to first.", { nullable: true }),
    asMillis: field(bool, "Whether string input values are read as epoch milliseconds.", { default: false })
  }),
  time: variant(EXTRACTION_FN_ID, "time", {
    timeFormat: field(str(), "Pattern the input values are parsed with.", { required: true }),
    resultFormat: field(str(), "Pattern of the output.", { required: true }),
    joda: field(bool, "Whether the patterns are Joda-Time (true) or java.text.SimpleDateFormat (false).", {
      default: false
    })
  }),
  identity: variant(EXTRACTION_FN_ID, "identity", {}, { note: "Returns the value unchanged." }),
  lookup: variant(EXTRACTION_FN_ID, "lookup", {
    lookup: field(any, 'Inline lookup, e.g. {"type":"map","map":{...}}.', { required: true }),
    retainMissingValue: field(bool, "Whether values missing from the lookup pass unchanged.", {
      default: false
    }),
    replaceMissingValueWith: field(str(), "Replacement for values missing from the lookup.", {
      nullable: true
    }),
    injective: field(bool, "Whether the lookup maps distinct keys to distinct values.", { nullable: true }),
    optimize: field(bool, "Whether Druid may rewrite filters through the lookup.", { default: true })
  }),
  registeredLookup: variant(EXTRACTION_FN_ID, "registeredLookup", {
    lookup: field(str(), "Name of a lookup registered in the cluster.", { required: true }),
    retainMissingValue: field(bool, "Whether values missing from the lookup pass unchanged.", {
      default: false
    }),
    replaceMissingValueWith: field(str(), "Replacement for values missing from the lookup.", {
      nullable: true
    }),
    injective: field(bool, "Whether the lookup maps distinct keys to distinct values.", { nullable: true }),
    optimize: field(bool, "Whether Druid may rewrite filters through the lookup.", { default: true })
  }),
  substring: variant(EXTRACTION_FN_ID, "substring", {
    index: field(int({ minimum: 0 }), "Start index (0-based).", { required: true }),
    length: field(int({ minimum: 0 }), "Number of characters; absent means to the end.", { nullable: true })
  }),
  cascade: variant(EXTRACTION_FN_ID, "cascade", {
    extractionFns: field(array(extractionFn), "Functions applied in order.", { required: true })
  }),
  stringFormat: variant(EXTRACTION_FN_ID, "stringFormat", {
    format: field(str(), "java.lang.String.format pattern with one %s.", { required: true }),
    nullHandling: field(
      str({ enum: ["nullString", "emptyString", "returnNull"], caseInsensitive: true }),
      'What a null value becomes: the string "null", "" or null. Re-serialised lower-case.',
      { default: "nullstring" }
    )
  }),
  upper: variant(EXTRACTION_FN_ID, "upper", {
    locale: field(str(), "Locale (IETF tag) used for case mapping.", { nullable: true })
  }),
  lower: variant(EXTRACTION_FN_ID, "lower", {
    locale: field(str(), "Locale (IETF tag) used for case mapping.", { nullable: true })
  }),
  bucket: variant(EXTRACTION_FN_ID, "bucket", {
    size: field(num(), "Bucket width.", { default: 1 }),
    offset: field(num(), "Bucket offset.", { default: 0 })
  }),
  strlen: variant(EXTRACTION_FN_ID, "strlen", {}, { note: "Returns the length of the value." })
});
var DIMENSION_SPEC_ID = "dimensionSpec";
var dimensionField = field(str(), "Input column.", { required: true });
var outputName = field(str(), "Output name; defaults to the dimension.", { nullable: true });
var outputType = field(columnType(), "Output type (STRING, LONG, FLOAT, DOUBLE...).", {
  default: "STRING"
});
var dimensionSpecVariants = {};
var dimensionSpecObject = {
  kind: "typed",
  id: DIMENSION_SPEC_ID,
  unknownType: "reject",
  variants: dimensionSpecVariants
};
var dimensionSpec = union(str({ minLength: 1 }), dimensionSpecObject);
Object.assign(dimensionSpecVariants, {
  default: variant(DIMENSION_SPEC_ID, "default", { dimension: dimensionField, outputName, outputType }),
  extraction: variant(DIMENSION_SPEC_ID, "extraction", {
    dimension: dimensionField,
    outputName,
    outputType,
    extractionFn: field(extractionFn, "Function applied to the values.", { nullable: true }),
    dimExtractionFn: field(extractionFn, "Old name of extractionFn.", {
      nullable: true,
      deprecated: "Use extractionFn."
    })
  }),
  // Filtering dimension specs wrap another spec.
  regexFiltered: variant(DIMENSION_SPEC_ID, "regexFiltered", {
    delegate: field(dimensionSpec, "Wrapped dimension spec.", { required: true }),
    pattern: field(str(), "Java regular expression values must match.", { required: true })
  }),
  listFiltered: variant(DIMENSION_SPEC_ID, "listFiltered", {
    delegate: field(dimensionSpec, "Wrapped dimension spec.", { required: true }),
    values: field(array(str()), "Values to keep (or drop, with isWhitelist false).", { required: true }),
    isWhitelist: field(bool, "Whether `values` is an allow list.", { default: true })
  }),
  prefixFiltered: variant(DIMENSION_SPEC_ID, "prefixFiltered", {
    delegate: field(dimensionSpec, "Wrapped dimension spec.", { required: true }),
    prefix: field(str(), "Prefix values must start with.", { required: true })
  })
});
var STRING_COMPARATORS = [
  "lexicographic",
  "alphanumeric",
  "numeric",
  "strlen",
  "version",
  "natural"
];
var stringComparator = union(
  str({ enum: STRING_COMPARATORS, caseInsensitive: true }),
  object("stringComparator", {
    type: field(str({ enum: STRING_COMPARATORS }), "Comparator name.", { required: true })
  })
);

// src/spec/model/filters.ts
var FILTER_ID = "filter";
var filterVariants = {};
var dimFilter = {
  kind: "typed",
  id: FILTER_ID,
  unknownType: "extension",
  extensionTypes: { bloom: "druid-bloom-filter" },
  variants: filterVariants
};
var filterTuning = object("filterTuning", {
  useBitmapIndex: field(bool, "Whether the filter may use bitmap indexes.", { default: true }),
  minCardinalityToUseBitmapIndex: field(
    int({ minimum: 0 }),
    "Use indexes only at or above this column cardinality.",
    {
      nullable: true
    }
  ),
  maxCardinalityToUseBitmapIndex: field(
    int({ minimum: 0 }),
    "Use indexes only at or below this column cardinality.",
    {
      nullable: true
    }
  )
});
var tuning = field(filterTuning, "Index use hints. Omitted from GET when unset.", { nullable: true });
var dimension = field(str(), "Input column the filter reads.", { required: true });
var column = field(str(), "Input column the filter reads.", { required: true });
var extraction = field(extractionFn, "Function applied to the values before matching (legacy).", {
  nullable: true
});
var matchValueType = field(
  columnType(),
  "Type the match value is read as (STRING, LONG, DOUBLE, ARRAY<STRING>...). Required.",
  { required: true }
);
var SPATIAL_BOUND_ID = "spatialBound";
var coordinates = (what) => field(array(num()), what, { required: true });
var limit = field(int(), "Maximum number of points to return; 0 means no limit.", { default: 0 });
var spatialBound = {
  kind: "typed",
  id: SPATIAL_BOUND_ID,
  unknownType: "reject",
  variants: {
    rectangular: variant(SPATIAL_BOUND_ID, "rectangular", {
      minCoords: coordinates("Lower corner coordinates."),
      maxCoords: coordinates("Upper corner coordinates."),
      limit
    }),
    radius: variant(SPATIAL_BOUND_ID, "radius", {
      coords: coordinates("Center coordinates."),
      radius: field(num(), "Radius, in `radiusUnit`.", { required: true }),
      limit,
      radiusUnit: field(
        str({ enum: ["euclidean", "meters", "miles", "kilometers"] }),
        "Unit of the radius; euclidean uses the coordinate space.",
        { default: "euclidean" }
      )
    }),
    polygon: variant(SPATIAL_BOUND_ID, "polygon", {
      abscissa: coordinates("X coordinates of the polygon corners."),
      ordinate: coordinates("Y coordinates of the polygon corners."),
      limit
    })
  }
};
Object.assign(filterVariants, {
  and: variant(FILTER_ID, "and", {
    fields: field(array(dimFilter), "Filters that must all match; at least one (null entries are dropped).", {
      required: true
    })
  }),
  or: variant(FILTER_ID, "or", {
    fields: field(array(dimFilter), "Filters of which one must match; at least one.", { required: true })
  }),
  not: variant(FILTER_ID, "not", {
    field: field(dimFilter, "Filter that must not match.", { required: true })
  }),
  istrue: variant(
    FILTER_ID,
    "istrue",
    {
      field: field(dimFilter, "Filter whose result must be true (unknown does not match).", {
        required: true
      })
    },
    { note: "29.0.0+." }
  ),
  isfalse: variant(
    FILTER_ID,
    "isfalse",
    {
      field: field(dimFilter, "Filter whose result must be false (unknown does not match).", {
        required: true
      })
    },
    { note: "29.0.0+." }
  ),
  selector: variant(FILTER_ID, "selector", {
    dimension,
    value: field(str(), "Value to match; null matches null or missing values.", { nullable: true }),
    extractionFn: extraction,
    filterTuning: tuning
  }),
  equals: variant(
    FILTER_ID,
    "equals",
    {
      column,
      matchValueType,
      matchValue: field(any, "Value to match, read as matchValueType; must not be null.", { required: true }),
      filterTuning: tuning
    },
    { note: "28.0.0+." }
  ),
  null: variant(
    FILTER_ID,
    "null",
    { column, filterTuning: tuning },
    { note: "Matches null values (28.0.0+)." }
  ),
  in: variant(FILTER_ID, "in", {
    dimension,
    values: field(array(str({})), "Values to match (null entries match null).", { required: true }),
    extractionFn: extraction,
    filterTuning: tuning
  }),
  inType: variant(
    FILTER_ID,
    "inType",
    {
      column,
      matchValueType,
      values: field(array(any), "Values to match; exactly one of values and sortedValues.", {
        nullable: true
      }),
      sortedValues: field(array(any), "Values to match, already sorted; what Druid writes back.", {
        nullable: true
      }),
      filterTuning: tuning
    },
    { note: "Typed IN filter (30.0.0+)." }
  ),
  bound: variant(FILTER_ID, "bound", {
    dimension,
    lower: field(str(), "Lower bound; at least one of lower and upper.", { nullable: true }),
    upper: field(str(), "Upper bound.", { nullable: true }),
    lowerStrict: field(bool, "Whether the lower bound is exclusive.", { default: false }),
    upperStrict: field(bool, "Whether the upper bound is exclusive.", { default: false }),
    alphaNumeric: field(bool, 'Old form of "ordering": "alphanumeric".', {
      nullable: true,
      deprecated: "Use ordering."
    }),
    ordering: field(
      stringComparator,
      "How values compare: lexicographic, alphanumeric, numeric, strlen, version or natural.",
      {
        default: { type: "lexicographic" }
      }
    ),
    extractionFn: extraction,
    filterTuning: tuning
  }),
  range: variant(
    FILTER_ID,
    "range",
    {
      column,
      matchValueType,
      lower: field(any, "Lower bound, read as matchValueType; at least one of lower and upper.", {
        nullable: true
      }),
      upper: field(any, "Upper bound, read as matchValueType.", { nullable: true }),
      lowerOpen: field(bool, "Whether the lower bound is exclusive.", { default: false }),
      upperOpen: field(bool, "Whether the upper bound is exclusive.", { default: false }),
      filterTuning: tuning
    },
    { note: "28.0.0+." }
  ),
  like: variant(FILTER_ID, "like", {
    dimension,
    pattern: field(str(), "SQL LIKE pattern (% and _).", { required: true }),
    escape: field(str({ minLength: 1 }), "Escape character: exactly one character.", { nullable: true }),
    extractionFn: extraction,
    filterTuning: tuning
  }),
  regex: variant(FILTER_ID, "regex", {
    dimension,
    pattern: field(str(), "Java regular expression that must be found in the value.", { required: true }),
    extractionFn: extraction,
    filterTuning: tuning
  }),
  search: variant(FILTER_ID, "search", {
    dimension,
    query: field(searchQuerySpec, "What the value must contain.", { required: true }),
    extractionFn: extraction,
    filterTuning: tuning
  }),
  expression: variant(FILTER_ID, "expression", {
    expression: field(str(), "Druid expression; rows where it is true match.", { required: true }),
    filterTuning: tuning
  }),
  columnComparison: variant(FILTER_ID, "columnComparison", {
    dimensions: field(array(dimensionSpec), "Two or more columns whose values must be equal.", {
      required: true
    })
  }),
  interval: variant(FILTER_ID, "interval", {
    dimension,
    intervals: field(
      array(str({ format: "interval" })),
      "ISO-8601 intervals the (millisecond) value must fall in; at least one.",
      {
        required: true
      }
    ),
    extractionFn: extraction,
    filterTuning: tuning
  }),
  arrayContainsElement: variant(
    FILTER_ID,
    "arrayContainsElement",
    {
      column,
      elementMatchValueType: field(columnType(), "Type the element is read as. Required.", {
        required: true
      }),
      elementMatchValue: field(any, "Element the array must contain.", { nullable: true }),
      filterTuning: tuning
    },
    { note: "29.0.0+." }
  ),
  javascript: variant(
    FILTER_ID,
    "javascript",
    {
      dimension,
      function: field(str(), "JavaScript predicate of one value.", { required: true }),
      extractionFn: extraction,
      filterTuning: tuning
    },
    { note: "Needs druid.javascript.enabled=true." }
  ),
  spatial: variant(FILTER_ID, "spatial", {
    dimension,
    bound: field(spatialBound, "Region the point must fall in.", { required: true }),
    filterTuning: tuning
  }),
  extraction: variant(
    FILTER_ID,
    "extraction",
    {
      dimension,
      value: field(str(), "Value the extracted value must equal.", { nullable: true }),
      extractionFn: field(extractionFn, "Function applied to the values.", { nullable: true }),
      dimExtractionFn: field(extractionFn, "Old name of extractionFn.", {
        nullable: true,
        deprecated: "Use extractionFn."
      })
    },
    { note: "Deprecated: use selector with extractionFn." }
  ),
  true: variant(FILTER_ID, "true", {}, { note: "Matches every row." }),
  false: variant(FILTER_ID, "false", {}, { note: "Matches no row." })
});

// src/spec/model/aggregators.ts
var AGGREGATOR_ID = "aggregator";
var aggregatorVariants = {};
var DATASKETCHES = "druid-datasketches";
var aggregator = {
  kind: "typed",
  id: AGGREGATOR_ID,
  unknownType: "extension",
  variants: aggregatorVariants,
  extensionTypes: {
    thetaSketch: DATASKETCHES,
    HLLSketchBuild: DATASKETCHES,
    HLLSketchMerge: DATASKETCHES,
    HLLSketch: `${DATASKETCHES} (alias of HLLSketchMerge)`,
    quantilesDoublesSketch: DATASKETCHES,
    quantilesDoublesSketchMerge: DATASKETCHES,
    KllDoublesSketch: DATASKETCHES,
    KllDoublesSketchMerge: DATASKETCHES,
    KllFloatsSketch: DATASKETCHES,
    KllFloatsSketchMerge: DATASKETCHES,
    arrayOfDoublesSketch: DATASKETCHES,
    sketchBuild: `${DATASKETCHES} (old theta API)`,
    sketchMerge: `${DATASKETCHES} (old theta API)`,
    approxHistogram: "druid-histogram",
    approxHistogramFold: "druid-histogram",
    fixedBucketsHistogram: "druid-histogram",
    variance: "druid-stats",
    varianceFold: "druid-stats",
    bloom: "druid-bloom-filter",
    distinctCount: "druid-distinctcount (contrib)",
    timeMin: "druid-time-min-max (contrib)",
    timeMax: "druid-time-min-max (contrib)",
    Bitmap64ExactCountBuild: "druid-exact-count-bitmap (contrib)",
    Bitmap64ExactCountMerge: "druid-exact-count-bitmap (contrib)",
    tDigestSketch: "druid-tdigestsketch (contrib)",
    momentSketch: "druid-momentsketch (contrib)",
    momentSketchMerge: "druid-momentsketch (contrib)",
    spectatorHistogram: "druid-spectator-histogram (contrib)",
    spectatorHistogramTimer: "druid-spectator-histogram (contrib)",
    spectatorHistogramDistribution: "druid-spectator-histogram (contrib)",
    ddSketch: "druid-ddsketch (contrib)",
    compressedBigDecimalSum: "druid-compressed-bigdecimal (contrib)",
    compressedBigDecimalMax: "druid-compressed-bigdecimal (contrib)",
    compressedBigDecimalMin: "druid-compressed-bigdecimal (contrib)"
  }
};
var name = field(
  str({ minLength: 1 }),
  "Output column name; must not clash with a dimension or another metric.",
  {
    required: true
  }
);
var fieldName = field(str(), "Input column the aggregator reads.", { required: true });
var timeColumn = field(str(), "Column whose value decides first/last.", { default: "__time" });
var maxStringBytes = field(
  int({ minimum: 0 }),
  "Longest string kept, in bytes (UTF-8); longer values are truncated.",
  { default: 1024 }
);
function numeric(type, what) {
  return variant(
    AGGREGATOR_ID,
    type,
    {
      name,
      fieldName: field(str(), "Input column; exactly one of fieldName and expression.", { nullable: true }),
      expression: field(
        str(),
        "Druid expression evaluated per row instead of fieldName. Omitted from GET when unset.",
        {
          nullable: true
        }
      )
    },
    { note: what }
  );
}
function firstLast(type, what, extra = {}) {
  return variant(AGGREGATOR_ID, type, { name, fieldName, timeColumn, ...extra }, { note: what });
}
function anyOf(type, extra = {}) {
  return variant(
    AGGREGATOR_ID,
    type,
    { name, fieldName, ...extra },
    { note: "Keeps any one value (0.18.0+)." }
  );
}
for (const kind of ["long", "double", "float"]) {
  aggregatorVariants[`${kind}Sum`] = numeric(`${kind}Sum`, `Sum as a ${kind}.`);
  aggregatorVariants[`${kind}Min`] = numeric(`${kind}Min`, `Minimum as a ${kind}.`);
  aggregatorVariants[`${kind}Max`] = numeric(`${kind}Max`, `Maximum as a ${kind}.`);
  aggregatorVariants[`${kind}First`] = firstLast(
    `${kind}First`,
    `Value with the earliest timeColumn, as a ${kind}.`
  );
  aggregatorVariants[`${kind}Last`] = firstLast(
    `${kind}Last`,
    `Value with the latest timeColumn, as a ${kind}.`
  );
  aggregatorVariants[`${kind}Any`] = anyOf(`${kind}Any`);
}
Object.assign(aggregatorVariants, {
  count: variant(AGGREGATOR_ID, "count", { name }, { note: "Number of input rows rolled up into each row." }),
  stringFirst: firstLast("stringFirst", "String value with the earliest timeColumn.", { maxStringBytes }),
  stringLast: firstLast("stringLast", "String value with the latest timeColumn.", { maxStringBytes }),
  stringFirstFold: variant(
    AGGREGATOR_ID,
    "stringFirstFold",
    { name, fieldName, maxStringBytes },
    { note: "Combining form of stringFirst (query time)." }
  ),
  stringLastFold: variant(
    AGGREGATOR_ID,
    "stringLastFold",
    { name, fieldName, maxStringBytes },
    { note: "Combining form of stringLast (query time)." }
  ),
  stringAny: anyOf("stringAny", {
    maxStringBytes,
    aggregateMultipleValues: field(
      bool,
      "Whether a multi-value row yields all its values (true) or the first.",
      {
        default: true
      }
    )
  }),
  doubleMean: variant(AGGREGATOR_ID, "doubleMean", { name, fieldName }, { note: "Mean (query time)." }),
  hyperUnique: variant(
    AGGREGATOR_ID,
    "hyperUnique",
    {
      name,
      fieldName,
      isInputHyperUnique: field(bool, "Whether the input column already holds hyperUnique sketches.", {
        default: false
      }),
      round: field(bool, "Whether query results are rounded to whole numbers.", { default: false })
    },
    { note: "HyperLogLog distinct count (prefer HLLSketchBuild from druid-datasketches)." }
  ),
  cardinality: variant(
    AGGREGATOR_ID,
    "cardinality",
    {
      name,
      fields: field(array(dimensionSpec), "Dimensions whose distinct values (or rows) are counted.", {
        nullable: true
      }),
      fieldNames: field(array(str()), "Old form of fields; not both.", {
        nullable: true,
        deprecated: "Use fields."
      }),
      byRow: field(bool, "Whether to count distinct combinations (rows) instead of distinct values.", {
        default: false
      }),
      round: field(bool, "Whether results are rounded to whole numbers.", { default: false })
    },
    { note: "Query-time HyperLogLog; not meant for metricsSpec." }
  ),
  filtered: variant(
    AGGREGATOR_ID,
    "filtered",
    {
      aggregator: field(aggregator, "Aggregator applied to matching rows.", { required: true }),
      filter: field(dimFilter, "Rows that feed the aggregator.", { required: true }),
      name: field(str(), "Output name; defaults to the wrapped aggregator name.", { nullable: true })
    },
    { note: "Aggregates only rows that match a filter." }
  ),
  histogram: variant(AGGREGATOR_ID, "histogram", {
    name,
    fieldName,
    breaks: field(array(num()), "Bucket boundaries.", { default: [] })
  }),
  javascript: variant(
    AGGREGATOR_ID,
    "javascript",
    {
      name,
      fieldNames: field(array(str()), "Input columns passed to the functions.", { required: true }),
      fnAggregate: field(str(), "JavaScript aggregate function.", { required: true }),
      fnReset: field(str(), "JavaScript reset function.", { required: true }),
      fnCombine: field(str(), "JavaScript combine function.", { required: true })
    },
    { note: "Needs druid.javascript.enabled=true." }
  ),
  grouping: variant(
    AGGREGATOR_ID,
    "grouping",
    { name, groupings: field(array(str()), "Grouping dimensions.", { required: true }) },
    { note: "GROUPING() for subtotals (query time)." }
  ),
  expression: variant(
    AGGREGATOR_ID,
    "expression",
    {
      name,
      fields: field(array(str()), "Input columns the expressions read. Omitted from GET when empty.", {
        nullable: true
      }),
      accumulatorIdentifier: field(str(), "Name of the accumulator in the expressions.", {
        default: "__acc"
      }),
      initialValue: field(str(), "Expression for the starting accumulator value.", { required: true }),
      initialCombineValue: field(str(), "Starting value when combining; defaults to initialValue.", {
        nullable: true
      }),
      isNullUnlessAggregated: field(bool, "Whether the result is null when no row was aggregated.", {
        default: true
      }),
      shouldAggregateNullInputs: field(bool, "Whether null inputs are passed to fold.", { default: true }),
      shouldCombineAggregateNullInputs: field(
        bool,
        "Whether null partial results are combined; defaults to shouldAggregateNullInputs.",
        {
          nullable: true
        }
      ),
      fold: field(str(), "Expression that folds one row into the accumulator.", { required: true }),
      combine: field(str(), "Expression that combines two accumulators; derived from fold when absent.", {
        nullable: true
      }),
      compare: field(str(), "Expression that orders results.", { nullable: true }),
      finalize: field(str(), "Expression applied to the final accumulator.", { nullable: true }),
      maxSizeBytes: field(
        union(long({ unit: "bytes", minimum: 0 }), str()),
        'Largest accumulator size, in bytes or a human-readable size ("16KiB").',
        {
          default: 1024
        }
      )
    },
    { note: "Aggregator written as Druid expressions." }
  ),
  singleValue: variant(
    AGGREGATOR_ID,
    "singleValue",
    {
      name,
      fieldName,
      columnType: field(columnType(), "Type of the value.", { required: true })
    },
    { note: "Fails unless exactly one value (SQL scalar subqueries, 30.0.0+)." }
  )
});

// src/spec/model/index-spec.ts
var compression = () => str({ enum: COMPRESSIONS, caseInsensitive: true });
var BITMAP_ID = "bitmap";
var bitmap = {
  kind: "typed",
  id: BITMAP_ID,
  defaultVariant: "roaring",
  unknownType: "replace",
  variants: {
    roaring: variant(BITMAP_ID, "roaring", {
      compressRunOnSerialization: field(
        bool,
        "Whether Roaring run-length encoding was used when writing bitmaps. Removed by #13889; Druid now always does.",
        { default: true, removedIn: "26.0.0" }
      )
    }),
    concise: variant(BITMAP_ID, "concise", {}, { note: "Legacy bitmap format (default before 0.18)." })
  }
};
var STRING_ENCODING_ID = "stringEncoding";
var stringEncoding = {
  kind: "typed",
  id: STRING_ENCODING_ID,
  unknownType: "reject",
  variants: {
    utf8: variant(STRING_ENCODING_ID, "utf8", {}, { note: "Plain UTF-8 dictionary (the default)." }),
    frontCoded: variant(
      STRING_ENCODING_ID,
      "frontCoded",
      {
        bucketSize: field(
          int({ minimum: 1, maximum: 128 }),
          "Values per front-coded bucket: a power of two from 1 to 128 (a 400 if not a power of two; over 128 fails when segments are written).",
          { default: 4 }
        ),
        formatVersion: field(
          int({ minimum: 0, maximum: 1 }),
          "Front-coding format: 0 (readable by all versions since 25.0) or 1 (smaller, needs 26.0+ to read).",
          { default: 0 }
        )
      },
      { note: "Front-coded dictionary (25.0.0+): smaller segments for sorted, prefix-sharing strings." }
    )
  }
};
var longEncoding = () => str({ enum: ["longs", "auto"], caseInsensitive: true });
var NUMERIC_INDEX_ID = "numericFieldBitmapIndexType";
var numericFieldIndex = {
  kind: "typed",
  id: NUMERIC_INDEX_ID,
  unknownType: "reject",
  variants: {
    dictionaryEncodedValueIndex: variant(
      NUMERIC_INDEX_ID,
      "dictionaryEncodedValueIndex",
      {},
      { note: "A bitmap per value (fast filters, larger segments)." }
    ),
    nullValueIndex: variant(
      NUMERIC_INDEX_ID,
      "nullValueIndex",
      {},
      { note: "Only a bitmap of nulls (smaller segments; value filters scan)." }
    )
  }
};
var STRING_INDEX_ID = "stringBitmapIndexType";
var stringIndex = {
  kind: "typed",
  id: STRING_INDEX_ID,
  unknownType: "reject",
  variants: {
    dictionaryEncodedValueIndex: variant(
      STRING_INDEX_ID,
      "dictionaryEncodedValueIndex",
      {},
      { note: "A bitmap per value (the default)." }
    ),
    none: variant(STRING_INDEX_ID, "none", {}, { note: "No bitmap index: filters scan the column." })
  }
};
var stringColumnFormatSpec = object("stringColumnFormatSpec", {
  indexType: field(stringIndex, "Bitmap index of the column. Omitted from GET when unset.", {
    nullable: true
  }),
  multiValueHandling: field(
    str({ enum: ["SORTED_ARRAY", "SORTED_SET", "ARRAY"], caseInsensitive: true }),
    "How multi-value rows are stored. Omitted from GET when unset.",
    { nullable: true }
  ),
  maxStringLength: field(
    int({ minimum: 0 }),
    "Longest value stored; longer values are truncated. Omitted from GET when unset.",
    { nullable: true }
  )
});
var columnFormatSpec = object("columnFormatSpec", {
  objectFieldsDictionaryEncoding: field(stringEncoding, "Encoding of the dictionary of nested field names.", {
    nullable: true
  }),
  longFieldBitmapIndexType: field(
    numericFieldIndex,
    "Bitmap index of long fields inside the column (36.0.0+).",
    { nullable: true, since: "36.0.0" }
  ),
  doubleFieldBitmapIndexType: field(
    numericFieldIndex,
    "Bitmap index of double fields inside the column (36.0.0+).",
    { nullable: true, since: "36.0.0" }
  ),
  objectStorageEncoding: field(
    str({ enum: ["smile", "none"], caseInsensitive: true }),
    "How the raw JSON objects are stored: smile (default) or none (not stored; the column cannot return whole objects).",
    { nullable: true }
  ),
  objectStorageCompression: field(
    compression(),
    "Compression of the raw object storage (falls back to indexSpec.jsonCompression, then lz4).",
    {
      nullable: true
    }
  ),
  stringDictionaryEncoding: field(
    stringEncoding,
    "Encoding of string value dictionaries (falls back to indexSpec.stringDictionaryEncoding).",
    {
      nullable: true
    }
  ),
  dictionaryEncodedColumnCompression: field(
    compression(),
    "Compression of dictionary-encoded value columns (falls back to indexSpec.dimensionCompression).",
    { nullable: true }
  ),
  longColumnEncoding: field(
    longEncoding(),
    "Encoding of long value columns (falls back to indexSpec.longEncoding).",
    {
      nullable: true
    }
  ),
  longColumnCompression: field(
    compression(),
    "Compression of long value columns (falls back to indexSpec.metricCompression).",
    {
      nullable: true
    }
  ),
  doubleColumnCompression: field(
    compression(),
    "Compression of double value columns (falls back to indexSpec.metricCompression).",
    {
      nullable: true
    }
  )
});
var SEGMENT_LOADER_ID = "segmentLoader";
var segmentLoader = {
  kind: "typed",
  id: SEGMENT_LOADER_ID,
  defaultVariant: "mMapSegmentFactory",
  unknownType: "replace",
  variants: {
    mMapSegmentFactory: variant(
      SEGMENT_LOADER_ID,
      "mMapSegmentFactory",
      {},
      { note: "Memory-mapped segments (the default)." }
    ),
    tombstoneSegmentFactory: variant(
      SEGMENT_LOADER_ID,
      "tombstoneSegmentFactory",
      {},
      { note: "Internal: tombstones." }
    ),
    broadcastJoinableMMapSegmentFactory: variant(
      SEGMENT_LOADER_ID,
      "broadcastJoinableMMapSegmentFactory",
      {},
      { note: "Internal: broadcast segments usable as join tables." }
    )
  }
};
var indexSpec = object("indexSpec", {
  bitmap: field(bitmap, "Bitmap index format. Unknown types silently become roaring.", {
    nullable: true,
    default: { type: "roaring" }
  }),
  metadataCompression: field(
    compression(),
    "Compression of the segment metadata (36.0.0+; zstd when unset from 38.0.0, #19468). Omitted from GET when unset.",
    { nullable: true, since: "36.0.0" }
  ),
  dimensionCompression: field(
    compression(),
    "Compression of dimension value columns: lz4, lzf, zstd or uncompressed. Re-serialised lower-case; null in GET since 35.0.0 when unset.",
    { nullable: true, default: "lz4" }
  ),
  stringDictionaryEncoding: field(stringEncoding, "Encoding of string dimension dictionaries (25.0.0+).", {
    nullable: true,
    default: { type: "utf8" },
    since: "25.0.0"
  }),
  metricCompression: field(
    compression(),
    "Compression of numeric metric and long/float/double dimension columns: lz4, lzf, zstd, uncompressed or none.",
    { nullable: true, default: "lz4" }
  ),
  longEncoding: field(
    longEncoding(),
    "Encoding of long columns: longs (8 bytes each) or auto (delta/table when it is smaller).",
    { nullable: true, default: "longs" }
  ),
  complexMetricCompression: field(
    compression(),
    "Compression of complex (sketch, etc.) columns that use the generic serializer; absent means uncompressed. Omitted from GET when unset.",
    { nullable: true, since: "31.0.0" }
  ),
  jsonCompression: field(
    compression(),
    "Compression of the raw data of json/auto columns. Omitted from GET when unset.",
    {
      nullable: true,
      since: "24.0.0",
      deprecated: "Use autoColumnFormatSpec.objectStorageCompression (35.0.0+)."
    }
  ),
  segmentLoader: field(
    segmentLoader,
    "Factory written to factory.json to load the segment; for internal use. Omitted from GET when unset.",
    {
      nullable: true,
      since: "0.19.0"
    }
  ),
  autoColumnFormatSpec: field(
    columnFormatSpec,
    "Default storage format of json and auto columns. Omitted from GET when unset.",
    {
      nullable: true,
      since: "35.0.0"
    }
  ),
  stringColumnFormatSpec: field(
    stringColumnFormatSpec,
    "Default storage format of string columns (37.0.0+). Omitted from GET when unset.",
    { nullable: true, since: "37.0.0" }
  )
});
var DEFAULT_INDEX_SPEC = {
  bitmap: { type: "roaring" },
  dimensionCompression: "lz4",
  stringDictionaryEncoding: { type: "utf8" },
  metricCompression: "lz4",
  longEncoding: "longs"
};

// src/spec/model/dimensions.ts
var DIMENSION_ID = "dimension";
var name2 = field(
  str({ minLength: 1 }),
  "Column name. Must be unique among dimensions and metrics; __time only as a long dimension.",
  {
    required: true
  }
);
var multiValueHandling = field(
  str({ enum: ["SORTED_ARRAY", "SORTED_SET", "ARRAY"], caseInsensitive: true }),
  "How multi-value rows are stored: SORTED_ARRAY (sorted, duplicates kept), SORTED_SET (sorted, deduplicated) or ARRAY (as given). The default comes from druid.indexing.formats.stringMultiValueHandlingMode (SORTED_ARRAY).",
  { default: "SORTED_ARRAY" }
);
function echoed(bitmap2) {
  return {
    multiValueHandling: field(
      str({ enum: ["SORTED_ARRAY", "SORTED_SET", "ARRAY"], caseInsensitive: true }),
      "Written by Druid for every dimension; this type ignores it on input.",
      { outputOnly: true, default: "SORTED_ARRAY" }
    ),
    createBitmapIndex: field(bool, `Written by Druid (always ${bitmap2} for this type); ignored on input.`, {
      outputOnly: true,
      default: bitmap2
    })
  };
}
var dimensionObject = {
  kind: "typed",
  id: DIMENSION_ID,
  defaultVariant: "string",
  unknownType: "reject",
  variants: {
    string: variant(
      DIMENSION_ID,
      "string",
      {
        name: name2,
        multiValueHandling,
        createBitmapIndex: field(
          bool,
          "Whether to build a bitmap index. false saves space but makes filters on this column scan.",
          { default: true }
        ),
        columnFormatSpec: field(
          stringColumnFormatSpec,
          "Storage details of this column (37.0.0+): bitmap index, multi-value handling, longest value; they win over multiValueHandling and createBitmapIndex. Omitted from GET when unset.",
          { nullable: true, since: "37.0.0" }
        )
      },
      { note: 'The default when "type" is absent.' }
    ),
    long: variant(DIMENSION_ID, "long", { name: name2, ...echoed(false) }),
    float: variant(DIMENSION_ID, "float", { name: name2, ...echoed(false) }),
    double: variant(DIMENSION_ID, "double", { name: name2, ...echoed(false) }),
    spatial: variant(
      DIMENSION_ID,
      "spatial",
      {
        name: name2,
        dims: field(
          array(str()),
          "Input fields holding the coordinates; absent means `name` holds comma-separated coordinates.",
          {
            nullable: true
          }
        ),
        ...echoed(true)
      },
      { note: "A spatial (R-tree indexed) dimension." }
    ),
    json: variant(
      DIMENSION_ID,
      "json",
      {
        name: name2,
        formatVersion: field(
          int(),
          "Nested column format version; 5 is the only supported value (Druid logs other values as unsupported). The default can be set with druid.indexing.formats.nestedColumnFormatVersion.",
          { default: 5, since: "28.0.0" }
        ),
        ...echoed(true),
        columnFormatSpec: field(
          columnFormatSpec,
          "Storage details of this column; unset fields fall back to indexSpec.autoColumnFormatSpec. Re-serialised as null when neither is set.",
          { nullable: true, since: "35.0.0", inGet: "null" }
        )
      },
      { note: "Nested JSON column (24.0.0+)." }
    ),
    auto: variant(
      DIMENSION_ID,
      "auto",
      {
        name: name2,
        castToType: field(
          columnType(),
          "Store the column as this type (e.g. LONG, ARRAY<STRING>) instead of the discovered one; FLOAT becomes DOUBLE. Omitted from GET when unset.",
          { nullable: true, since: "29.0.0" }
        ),
        columnFormatSpec: field(
          columnFormatSpec,
          "Storage details of this column. Omitted from GET when unset.",
          {
            nullable: true,
            since: "35.0.0"
          }
        ),
        ...echoed(true)
      },
      { note: "Type-discovering column (26.0.0+): stores strings, numbers, arrays or nested data as found." }
    )
  }
};
var dimension2 = union(str({ minLength: 1 }), dimensionObject);
var spatialDimension = object("dimensionsSpec.spatialDimension", {
  dimName: field(str({ minLength: 1 }), "Name of the spatial dimension to create.", { required: true }),
  dims: field(array(str()), "Input fields holding the coordinates.", { nullable: true })
});
var dimensionsSpec = object("dimensionsSpec", {
  dimensions: field(
    array(dimension2),
    "Dimensions to ingest, in order. Empty (with useSchemaDiscovery false) means every input field that is not the timestamp, a metric input or excluded, as strings.",
    { default: [], nullable: true }
  ),
  dimensionExclusions: field(
    array(str()),
    "Input fields never ingested as dimensions. Druid adds the timestamp column and every metric input and output name to this list when it stores the spec.",
    { default: [], nullable: true }
  ),
  spatialDimensions: field(
    array(spatialDimension),
    'Legacy spatial dimensions; Druid turns each into a "spatial" dimension in `dimensions` and does not write this key back.',
    {
      nullable: true,
      deprecated: 'Use a dimension with "type": "spatial".'
    }
  ),
  includeAllDimensions: field(
    bool,
    "With explicit dimensions: also ingest every other input field (found by discovery) after them.",
    { default: false, since: "0.23.0" }
  ),
  useSchemaDiscovery: field(
    bool,
    'Discover dimensions and their types (as "auto" columns) instead of ingesting undeclared fields as strings.',
    { default: false, since: "26.0.0" }
  ),
  forceSegmentSortByTime: field(
    bool,
    "Sort segments by __time first. false (experimental) sorts by the dimension order, which may list __time as a long dimension; such segments need 31.0.0+ to read. Omitted from GET when unset.",
    { default: true, since: "31.0.0", inGet: "omitted" }
  )
});

// src/spec/model/partitions.ts
var PARTITIONS_ID = "partitionsSpec";
var positiveRows = () => int({ exclusiveMinimum: 0 });
var targetRows = field(
  positiveRows(),
  "Rows a segment aims for. Exclusive with numShards (a 400 when both are set).",
  { nullable: true }
);
var deprecatedMaxRows = field(positiveRows(), "Alias of targetRowsPerSegment; set one of them.", {
  nullable: true,
  deprecated: "Use targetRowsPerSegment."
});
var targetPartitionSize = field(positiveRows(), "Old alias of targetRowsPerSegment.", {
  nullable: true,
  deprecated: "Use targetRowsPerSegment."
});
var assumeGrouped = field(
  bool,
  "Whether the input is already grouped by time and dimensions (skips a pass over the data).",
  { default: false }
);
var partitionsSpec = {
  kind: "typed",
  id: PARTITIONS_ID,
  defaultVariant: "hashed",
  unknownType: "replace",
  variants: {
    dynamic: variant(
      PARTITIONS_ID,
      "dynamic",
      {
        maxRowsPerSegment: field(
          positiveRows(),
          "Rows per segment before a new one is started; 0 or less is a 400.",
          { default: 5e6 }
        ),
        maxTotalRows: field(
          long({ exclusiveMinimum: 0 }),
          "Rows held across all segments before they are pushed; 0 or less is a 400.",
          { nullable: true, default: null }
        )
      },
      { note: "Best-effort rollup: segments are cut by size." }
    ),
    hashed: variant(
      PARTITIONS_ID,
      "hashed",
      {
        targetRowsPerSegment: targetRows,
        numShards: field(positiveRows(), "Fixed number of segments per interval.", { nullable: true }),
        partitionDimensions: field(array(str()), "Dimensions to hash; all of them when empty.", {
          nullable: true,
          default: []
        }),
        partitionFunction: field(str({ enum: ["murmur3_32_abs"], caseInsensitive: true }), "Hash function.", {
          nullable: true,
          default: "murmur3_32_abs"
        }),
        targetPartitionSize,
        maxRowsPerSegment: deprecatedMaxRows
      },
      { note: "Perfect rollup, rows hashed over the partition dimensions." }
    ),
    single_dim: variant(
      PARTITIONS_ID,
      "single_dim",
      {
        targetRowsPerSegment: targetRows,
        maxRowsPerSegment: field(positiveRows(), "Upper bound of rows per segment.", { nullable: true }),
        partitionDimension: field(str(), "The dimension whose value ranges cut segments.", {
          nullable: true
        }),
        assumeGrouped,
        targetPartitionSize,
        maxPartitionSize: field(positiveRows(), "Old alias of maxRowsPerSegment.", {
          nullable: true,
          deprecated: "Use maxRowsPerSegment."
        })
      },
      { note: "Perfect rollup, segments cut by value ranges of one dimension." }
    ),
    range: variant(
      PARTITIONS_ID,
      "range",
      {
        targetRowsPerSegment: targetRows,
        maxRowsPerSegment: field(positiveRows(), "Upper bound of rows per segment.", {
          // GET writes null when it was left out (captured on 33.0: coordinator-compaction-get-ds-full.json).
          nullable: true,
          default: null
        }),
        partitionDimensions: field(array(str()), "Dimensions whose value ranges cut segments. Required.", {
          required: true
        }),
        assumeGrouped
      },
      { note: "Perfect rollup, segments cut by value ranges of several dimensions." }
    )
  }
};
var SPLIT_HINT_ID = "splitHintSpec";
var bytes = union(long({ unit: "bytes", exclusiveMinimum: 0 }), str({ minLength: 1 }));
var splitHintSpec = {
  kind: "typed",
  id: SPLIT_HINT_ID,
  unknownType: "reject",
  variants: {
    maxSize: variant(SPLIT_HINT_ID, "maxSize", {
      maxSplitSize: field(bytes, 'Input bytes per subtask, e.g. "1GiB".', { nullable: true }),
      maxNumFiles: field(int({ exclusiveMinimum: 0 }), "Input files (segments) per subtask.", {
        nullable: true
      })
    }),
    segments: variant(
      SPLIT_HINT_ID,
      "segments",
      {
        maxInputSegmentBytesPerTask: field(bytes, "Input bytes per subtask.", { nullable: true }),
        maxNumSegments: field(int({ exclusiveMinimum: 0 }), "Segments per subtask.", { nullable: true })
      },
      { note: "Deprecated in favour of maxSize." }
    )
  }
};

// src/spec/model/projections.ts
var VIRTUAL_COLUMN_ID = "virtualColumn";
var vcName = field(str({ minLength: 1 }), "Name of the virtual column.", { required: true });
var delegate = field(dimensionSpec, "Multi-value column (dimension spec) to filter.", { required: true });
var virtualColumn = {
  kind: "typed",
  id: VIRTUAL_COLUMN_ID,
  unknownType: "extension",
  extensionTypes: { map: "druid-virtual-columns (contrib)" },
  variants: {
    expression: variant(VIRTUAL_COLUMN_ID, "expression", {
      name: vcName,
      expression: field(str(), "Druid expression.", { required: true }),
      outputType: field(columnType(), "Type of the result; inferred when absent.", { nullable: true })
    }),
    "nested-field": variant(VIRTUAL_COLUMN_ID, "nested-field", {
      columnName: field(str(), "Nested (json/auto) column to read.", { required: true }),
      outputName: field(str(), "Name of the virtual column.", { required: true }),
      expectedType: field(columnType(), "Type the value is read as.", { nullable: true }),
      pathParts: field(array(any), "Parsed path (what Druid writes back).", { nullable: true }),
      processFromRaw: field(bool, "Whether to read from the raw JSON instead of the field columns.", {
        default: false
      }),
      path: field(str(), "JSONPath (or jq with useJqSyntax) of the nested field.", { nullable: true }),
      useJqSyntax: field(bool, "Whether `path` uses jq syntax.", { default: false })
    }),
    fallback: variant(VIRTUAL_COLUMN_ID, "fallback", {
      name: vcName,
      columns: field(array(dimensionSpec), "Columns tried in order; the first that exists is used.", {
        required: true
      })
    }),
    "mv-filtered": variant(VIRTUAL_COLUMN_ID, "mv-filtered", {
      name: vcName,
      delegate,
      values: field(array(str()), "Values to keep (or drop with isAllowList false).", { required: true }),
      isAllowList: field(bool, "Whether `values` is an allow list.", { default: true })
    }),
    "mv-regex-filtered": variant(VIRTUAL_COLUMN_ID, "mv-regex-filtered", {
      name: vcName,
      delegate,
      pattern: field(str(), "Java regular expression values must match.", { required: true })
    }),
    "mv-prefix-filtered": variant(VIRTUAL_COLUMN_ID, "mv-prefix-filtered", {
      name: vcName,
      delegate,
      prefix: field(str(), "Prefix values must start with.", { required: true })
    })
  }
};
var orderBy = object("projection.orderBy", {
  columnName: field(str(), "Column the projection is sorted by.", { required: true }),
  order: field(str({ enum: ["ascending", "descending", "none"], caseInsensitive: true }), "Sort direction.", {
    required: true
  })
});
var PROJECTION_ID = "projection";
var projection = {
  kind: "typed",
  id: PROJECTION_ID,
  unknownType: "reject",
  variants: {
    aggregate: variant(PROJECTION_ID, "aggregate", {
      name: field(str({ minLength: 1 }), "Projection name; unique within the datasource.", {
        required: true
      }),
      filter: field(
        dimFilter,
        "Only rows that match are stored in the projection (35.0.0+). Omitted from GET when unset.",
        {
          nullable: true,
          since: "35.0.0"
        }
      ),
      virtualColumns: field(
        array(virtualColumn),
        "Virtual columns the grouping columns and aggregators may use.",
        {
          nullable: true,
          default: []
        }
      ),
      groupingColumns: field(
        array(dimension2),
        "Columns to group by; groupingColumns and aggregators must not both be empty.",
        {
          nullable: true,
          default: []
        }
      ),
      aggregators: field(array(aggregator), "Aggregators computed per group.", {
        nullable: true,
        default: []
      }),
      ordering: field(
        array(orderBy),
        "Sort order Druid derives from groupingColumns; written back, ignored on input.",
        {
          outputOnly: true
        }
      )
    })
  }
};

// src/spec/model/tuning-config.ts
var WRITE_OUT_ID = "segmentWriteOutMediumFactory";
var segmentWriteOutMediumFactory = {
  kind: "typed",
  id: WRITE_OUT_ID,
  defaultVariant: "tmpFile",
  unknownType: "replace",
  variants: {
    tmpFile: variant(WRITE_OUT_ID, "tmpFile", {}, { note: "Temporary files on local disk (the default)." }),
    legacyTmpFile: variant(WRITE_OUT_ID, "legacyTmpFile", {}, { note: "Legacy temporary-file medium." }),
    offHeapMemory: variant(WRITE_OUT_ID, "offHeapMemory", {}, { note: "Direct (off-heap) memory." }),
    onHeapMemory: variant(WRITE_OUT_ID, "onHeapMemory", {}, { note: "Java heap." })
  }
};
var APPENDABLE_ID = "appendableIndexSpec";
var appendableIndexSpec = {
  kind: "typed",
  id: APPENDABLE_ID,
  defaultVariant: "onheap",
  unknownType: "replace",
  variants: {
    onheap: variant(APPENDABLE_ID, "onheap", {
      preserveExistingMetrics: field(
        bool,
        "Whether rows that already hold a metric keep it instead of re-aggregating; meant for auto-compaction.",
        { default: false, since: "0.23.0" }
      )
    })
  }
};
var maxRowsPerSegmentNode = int({ minimum: -1 });
var streamingPartitionsSpec = object("streamingPartitionsSpec", {
  type: field(
    str({ enum: ["dim_value_set"] }),
    "Partitioning scheme; dim_value_set is the only one and the default (39.0.0+).",
    { since: "39.0.0", default: "dim_value_set" }
  ),
  partitionDimensions: field(
    array(str({ minLength: 1 })),
    "Dimensions whose value sets are recorded in each segment. Omitted from GET when empty.",
    { nullable: true, default: [], inGet: "omittedWhenDefault" }
  ),
  maxValuesPerDimension: field(
    int({ exclusiveMinimum: 0 }),
    "Most distinct values recorded per dimension; > 0 (a 400 otherwise). Omitted from GET when unset.",
    { nullable: true }
  )
});
var tuningConfig = object("tuningConfig", {
  type: field(str({ enum: ["kafka"] }), 'Must be "kafka". A missing or other value is a 400.', {
    required: true
  }),
  appendableIndexSpec: field(
    appendableIndexSpec,
    "In-memory index implementation. Unknown types silently become onheap.",
    {
      nullable: true,
      default: { type: "onheap", preserveExistingMetrics: false },
      since: "0.21.0"
    }
  ),
  maxRowsInMemory: field(int(), "Rows held in memory before an intermediate persist (per task).", {
    default: 15e4
  }),
  maxBytesInMemory: field(
    long({ unit: "bytes" }),
    "Bytes of heap held in memory before an intermediate persist. 0 means one sixth of the task heap; a negative value disables the limit.",
    { default: 0 }
  ),
  skipBytesInMemoryOverheadCheck: field(
    bool,
    "Whether maxBytesInMemory ignores the overhead of persisted segments.",
    { default: false, since: "0.22.0" }
  ),
  maxRowsPerSegment: field(
    maxRowsPerSegmentNode,
    "Rows per segment before it is handed off; must be > 0 (-1 means the default, 0 is a 400).",
    { default: 5e6, nullable: true }
  ),
  maxTotalRows: field(
    long({ minimum: -1 }),
    "Rows across all segments of a task before it hands them off; must be > 0 (-1 or null means no limit, 0 is a 400). Re-serialised as null when unset.",
    { default: null, nullable: true }
  ),
  intermediatePersistPeriod: field(period(), "How often in-memory rows are persisted to disk.", {
    default: "PT10M"
  }),
  maxPendingPersists: field(int(), "Persists that may wait while one runs.", {
    default: 0,
    deprecated: "Ignored by streaming ingestion."
  }),
  indexSpec: field(indexSpec, "Storage format of published segments.", { default: DEFAULT_INDEX_SPEC }),
  indexSpecForIntermediatePersists: field(
    indexSpec,
    "Storage format of intermediate persists. Defaults to indexSpec (Druid writes the copy back), so no fixed default applies.",
    { nullable: true, since: "0.16.0" }
  ),
  reportParseExceptions: field(
    bool,
    "If true, one unparseable row fails the task (forces maxParseExceptions to 0).",
    {
      default: false,
      deprecated: "Use maxParseExceptions."
    }
  ),
  handoffConditionTimeout: field(
    long({ unit: "milliseconds" }),
    'Milliseconds a task waits for Historicals to load its published segments before it exits anyway (with an alert); 0 means wait forever. A period string such as "PT10M" is a 400. The default was 0 before 27.0.0.',
    { default: 9e5 }
  ),
  resetOffsetAutomatically: field(
    bool,
    "Whether a task whose offsets are no longer available resets to the earliest or latest offset (per useEarliestOffset) instead of failing. Skips or re-reads data silently.",
    { default: false }
  ),
  segmentWriteOutMediumFactory: field(
    segmentWriteOutMediumFactory,
    "Where segment files are staged while written. null uses druid.peon.defaultSegmentWriteOutMediumFactory (tmpFile). Unknown types silently become tmpFile.",
    { nullable: true, default: null, since: "0.12.0" }
  ),
  workerThreads: field(int(), "Supervisor threads that manage tasks; null means min(10, taskCount).", {
    nullable: true,
    default: null
  }),
  chatRetries: field(
    long(),
    "Retries of supervisor-to-task HTTP calls before a task is considered unresponsive.",
    {
      default: 8
    }
  ),
  httpTimeout: field(duration(), "Timeout of supervisor-to-task HTTP calls. Re-serialised in seconds.", {
    default: "PT10S"
  }),
  shutdownTimeout: field(
    duration(),
    "How long the supervisor waits for a graceful shutdown. Re-serialised in seconds.",
    {
      default: "PT80S"
    }
  ),
  offsetFetchPeriod: field(duration(), "How often the supervisor fetches the latest offsets (lag).", {
    default: "PT30S"
  }),
  intermediateHandoffPeriod: field(
    period(),
    "How often a task hands off its segments even if maxRowsPerSegment is not reached.",
    {
      default: "P2147483647D"
    }
  ),
  logParseExceptions: field(bool, "Whether parse errors are logged.", { default: false }),
  maxParseExceptions: field(int(), "Unparseable rows tolerated before the task fails.", {
    default: 2147483647
  }),
  maxSavedParseExceptions: field(int(), "Parse errors kept for the task report.", { default: 0 }),
  numPersistThreads: field(
    int(),
    "Threads that persist intermediate segments; values below 1 silently become 1.",
    {
      default: 1,
      since: "30.0.0"
    }
  ),
  maxColumnsToMerge: field(
    int(),
    "Limits a merge phase at publish time to segments whose columns add up to at most this many; -1 means no limit.",
    {
      default: -1,
      since: "32.0.0"
    }
  ),
  skipSequenceNumberAvailabilityCheck: field(
    bool,
    "Kinesis only. Kafka always writes false and ignores input.",
    {
      outputOnly: true,
      default: false
    }
  ),
  repartitionTransitionDuration: field(
    duration(),
    "Kinesis only. Kafka always writes PT120S and ignores input.",
    {
      outputOnly: true,
      default: "PT120S",
      since: "0.17.0"
    }
  ),
  releaseLocksOnHandoff: field(
    bool,
    "Whether a task releases its time-chunk locks as soon as its segments are handed off.",
    {
      default: false,
      since: "35.0.0"
    }
  ),
  streamingPartitionsSpec: field(
    streamingPartitionsSpec,
    "Opt-in secondary partitioning of published segments by dimension values (38.0.0+). Such segments need every Druid service on 38.0.0 or later and cannot be read after a downgrade. Omitted from GET when unset.",
    { nullable: true, since: "38.0.0" }
  ),
  buildV9Directly: field(bool, "Removed by #11351; Druid always builds v9 segments.", {
    removedIn: "0.22.0"
  }),
  basePersistDirectory: field(
    str(),
    "Removed from the spec by #13040; tasks persist under their own task directory.",
    {
      removedIn: "25.0.0"
    }
  ),
  chatAsync: field(bool, "Removed by #14692; supervisor-to-task calls are always asynchronous.", {
    since: "25.0.0",
    removedIn: "28.0.0"
  }),
  chatThreads: field(int(), "Removed by #14692 with the synchronous task client.", { removedIn: "28.0.0" })
});

// src/spec/model/compaction-config.ts
var unset = { nullable: true, default: null };
var compactionTuningConfig = object("compaction.tuningConfig", {
  maxRowsInMemory: field(int({ exclusiveMinimum: 0 }), "Rows held in memory before a persist.", unset),
  appendableIndexSpec: field(appendableIndexSpec, "In-memory index implementation.", unset),
  maxBytesInMemory: field(long({ unit: "bytes" }), "Heap bytes held before a persist.", unset),
  maxTotalRows: field(long({ exclusiveMinimum: 0 }), "Rows held across segments before a push.", {
    ...unset,
    deprecated: 'Use partitionsSpec {"type": "dynamic", "maxTotalRows": \u2026}.'
  }),
  splitHintSpec: field(splitHintSpec, "How input segments are split between subtasks.", unset),
  partitionsSpec: field(
    partitionsSpec,
    'How compacted segments are cut. dynamic keeps best-effort rollup; hashed, single_dim and range force perfect rollup (forceGuaranteedRollup). A missing "type" means hashed.',
    unset
  ),
  indexSpec: field(indexSpec, "Storage format of the compacted segments.", unset),
  indexSpecForIntermediatePersists: field(indexSpec, "Storage format of intermediate persists.", unset),
  maxPendingPersists: field(int(), "Persists that may wait while one runs.", unset),
  pushTimeout: field(
    long({ unit: "milliseconds" }),
    "Milliseconds to push segments; 0 waits forever.",
    unset
  ),
  segmentWriteOutMediumFactory: field(
    segmentWriteOutMediumFactory,
    "Where segments are written while built. Unknown types silently become tmpFile.",
    unset
  ),
  maxNumConcurrentSubTasks: field(
    int({ exclusiveMinimum: 0 }),
    "Parallel subtasks per compaction task; 1 (the default) runs it in one task.",
    unset
  ),
  maxRetry: field(int({ minimum: 0 }), "Retries of a failed subtask.", unset),
  taskStatusCheckPeriodMs: field(long({ unit: "milliseconds" }), "How often subtasks are polled.", unset),
  chatHandlerTimeout: field(duration(), "Timeout of subtask reports.", unset),
  chatHandlerNumRetries: field(int({ minimum: 0 }), "Retries of subtask reports.", unset),
  maxNumSegmentsToMerge: field(int({ exclusiveMinimum: 0 }), "Segments merged at once in phase 2.", unset),
  totalNumMergeTasks: field(int({ exclusiveMinimum: 0 }), "Merge tasks in phase 2 (perfect rollup).", unset),
  maxColumnsToMerge: field(int(), "Columns merged at once; -1 means no limit.", unset),
  type: field(str({ enum: ["index_parallel"] }), 'Written by Druid ("index_parallel"); ignored on input.', {
    outputOnly: true,
    default: "index_parallel"
  }),
  forceGuaranteedRollup: field(
    bool,
    "Written by Druid: true for every partitionsSpec other than dynamic. Ignored on input.",
    { outputOnly: true, default: false }
  )
});
var compactionGranularitySpec = object("compaction.granularitySpec", {
  segmentGranularity: field(
    granularity,
    "Segment granularity of compacted segments; absent keeps each segment interval as it is.",
    unset
  ),
  queryGranularity: field(
    granularity,
    "Truncates timestamps further; absent keeps the ingested query granularity. Coarsening cannot be undone.",
    unset
  ),
  rollup: field(
    bool,
    "Whether compaction rolls up rows; absent keeps what the segments have. true merges rows that ingestion kept apart.",
    unset
  )
});
var compactionDimensionsSpec = object("compaction.dimensionsSpec", {
  dimensions: field(array(dimension2), "The dimensions of the compacted segments, in order.", unset)
});
var compactionTransformSpec = object("compaction.transformSpec", {
  filter: field(dimFilter, "Only rows that match are kept: compaction deletes the others.", unset)
});
var compactionIoConfig = object("compaction.ioConfig", {
  dropExisting: field(
    bool,
    "Whether compaction replaces every segment of the interval, including ones it did not read (tombstones for empty intervals).",
    { default: false }
  )
});
var common = () => ({
  dataSource: field(
    str({ minLength: 1 }),
    "The datasource to compact. Taken from the file name when left out; a differing value is an error.",
    { required: true }
  ),
  taskPriority: field(int(), "Priority of the compaction tasks (streaming tasks have 75).", { default: 25 }),
  inputSegmentSizeBytes: field(
    long({ unit: "bytes", exclusiveMinimum: 0 }),
    "Bytes of input segments one compaction task may read.",
    { default: 1e14 }
  )
});
var skipOffsetFromLatest = field(
  period(),
  "How much of the newest data compaction leaves alone, back from the end of the newest segment. Streaming still writes there: keep it at least taskDuration + lateMessageRejectionPeriod.",
  { default: "P1D" }
);
var engine = field(
  str({ enum: ["native", "msq"], caseInsensitive: true }),
  'Compaction engine; absent means the cluster default. "msq" is refused on the Coordinator (a 400): it needs supervisor-based compaction on the Overlord.',
  { ...unset, since: "31.0.0" }
);
var taskContext = field(map("compaction.taskContext", any), "Context of every compaction task.", unset);
var COMPACTION_ID = "compactionConfig";
var COMPACTION_TITLE = "Apache Druid automatic compaction config of one datasource";
var compactionConfig = {
  kind: "typed",
  id: COMPACTION_ID,
  defaultVariant: "inline",
  unknownType: "replace",
  extensionTypes: { catalog: "druid-catalog, 33.0.0+; the schema comes from the catalog" },
  variants: {
    inline: variant(
      COMPACTION_ID,
      "inline",
      {
        ...common(),
        maxRowsPerSegment: field(int({ exclusiveMinimum: 0 }), "Rows per compacted segment.", {
          ...unset,
          deprecated: "Use tuningConfig.partitionsSpec."
        }),
        skipOffsetFromLatest,
        tuningConfig: field(compactionTuningConfig, "Tuning of the compaction tasks.", unset),
        granularitySpec: field(
          compactionGranularitySpec,
          "Segment and query granularity and rollup of the compacted segments.",
          unset
        ),
        dimensionsSpec: field(
          compactionDimensionsSpec,
          "Dimensions of the compacted segments; absent keeps the ingested ones.",
          unset
        ),
        metricsSpec: field(
          array(aggregator),
          "Metrics of the compacted segments (needed to roll up data ingested without rollup).",
          unset
        ),
        transformSpec: field(compactionTransformSpec, "A filter: rows it rejects are deleted.", unset),
        projections: field(array(projection), "Projections stored in the compacted segments.", {
          ...unset,
          since: "33.0.0"
        }),
        ioConfig: field(compactionIoConfig, "dropExisting.", unset),
        engine,
        taskContext
      },
      { note: "The schema of the compacted segments is written here (the default type)." }
    )
  }
};

// src/spec/duration.ts
var PERIOD = /^P(?=-?\d|T-?\d)(?:(-?\d+)Y)?(?:(-?\d+)M)?(?:(-?\d+)W)?(?:(-?\d+)D)?(?:T(?=-?\d)(?:(-?\d+)H)?(?:(-?\d+)M)?(?:(-?\d+(?:[.,]\d{1,9})?)S)?)?$/i;
var SECOND = 1e3;
var MINUTE = 60 * SECOND;
var HOUR = 60 * MINUTE;
var DAY = 24 * HOUR;
function parsePeriod(text) {
  const match = PERIOD.exec(text);
  if (!match) return void 0;
  const number = (index) => Number((match[index] ?? "0").replace(",", "."));
  return {
    years: number(1),
    months: number(2),
    millis: number(3) * 7 * DAY + number(4) * DAY + number(5) * HOUR + number(6) * MINUTE + Math.round(number(7) * SECOND)
  };
}
function canonicalPeriod(text) {
  const match = PERIOD.exec(text);
  if (!match) return void 0;
  const part = (index, unit) => {
    const value = Number(match[index] ?? "0");
    return value === 0 ? "" : `${value}${unit}`;
  };
  const date = part(1, "Y") + part(2, "M") + part(3, "W") + part(4, "D");
  const time = part(5, "H") + part(6, "M") + secondsPart(match[7]);
  if (date === "" && time === "") return "PT0S";
  return `P${date}${time === "" ? "" : `T${time}`}`;
}
function secondsPart(text) {
  if (text === void 0) return "";
  const [whole = "0", fraction = ""] = text.replace(",", ".").split(".");
  const millis2 = Number(fraction.slice(0, 3).padEnd(3, "0"));
  const seconds = Math.abs(Number(whole));
  if (seconds === 0 && millis2 === 0) return "";
  const sign = whole.startsWith("-") ? "-" : "";
  return millis2 === 0 ? `${sign}${seconds}S` : `${sign}${seconds}.${String(millis2).padStart(3, "0")}S`;
}
function periodToMillis(text) {
  const period2 = parsePeriod(text);
  if (!period2 || period2.years !== 0 || period2.months !== 0) return void 0;
  return period2.millis;
}
function millisToDruidDuration(millis2) {
  const whole = Math.trunc(millis2);
  const sign = whole < 0 ? "-" : "";
  const seconds = Math.floor(Math.abs(whole) / SECOND);
  const fraction = Math.abs(whole) % SECOND;
  return `PT${sign}${seconds}${fraction === 0 ? "" : `.${String(fraction).padStart(3, "0")}`}S`;
}
function millisToPeriod(millis2) {
  const whole = Math.trunc(millis2);
  const sign = whole < 0 ? -1 : 1;
  let rest = Math.abs(whole);
  const hours = Math.floor(rest / HOUR);
  rest -= hours * HOUR;
  const minutes = Math.floor(rest / MINUTE);
  rest -= minutes * MINUTE;
  const seconds = sign * rest / SECOND;
  const text = `PT${hours ? `${sign * hours}H` : ""}${minutes ? `${sign * minutes}M` : ""}${rest ? `${seconds}S` : ""}`;
  return canonicalPeriod(text === "PT" ? "PT0S" : text) ?? "PT0S";
}
function millisToReadablePeriod(millis2) {
  if (millis2 === 0) return "PT0S";
  let rest = millis2;
  let text = "P";
  const days = Math.floor(rest / DAY);
  rest -= days * DAY;
  if (days) text += `${days}D`;
  if (rest === 0) return text;
  text += "T";
  const hours = Math.floor(rest / HOUR);
  rest -= hours * HOUR;
  const minutes = Math.floor(rest / MINUTE);
  rest -= minutes * MINUTE;
  if (hours) text += `${hours}H`;
  if (minutes) text += `${minutes}M`;
  if (rest) text += `${rest / SECOND}S`;
  return text;
}

// src/spec/model/schema.ts
var ANNOTATION = "x-druid";
var N = "-?\\d+";
var SECONDS = `(${N}([.,]\\d{1,9})?[Ss])?`;
var TIME = `([Tt](?=-?\\d)(${N}[Hh])?(${N}[Mm])?${SECONDS})?`;
var PERIOD2 = `^[Pp](?=-?\\d|[Tt]-?\\d)(${N}[Yy])?(${N}[Mm])?(${N}[Ww])?(${N}[Dd])?${TIME}$`;
var DURATION = `^[Pp](?=-?\\d|[Tt]-?\\d)(${N}[Ww])?(${N}[Dd])?${TIME}$`;
var DATETIME = "^\\d{4}(-\\d{2}(-\\d{2}(T\\d{2}(:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?)?(Z|[+-]\\d{2}(:?\\d{2})?)?)?)?)?$";
var INTERVAL = "^[^/]+/[^/]+$";
var FORMAT_PATTERNS = {
  period: PERIOD2,
  duration: DURATION,
  datetime: DATETIME,
  interval: INTERVAL
};
function generateSchema(root, title = "Apache Druid Kafka supervisor spec") {
  const generator = new Generator();
  const rootSchema = generator.root(root);
  return {
    schema: {
      $schema: "http://json-schema.org/draft-07/schema#",
      title,
      ...rootSchema,
      definitions: generator.definitions
    },
    elements: generator.elements
  };
}
var Generator = class {
  definitions = {};
  elements = /* @__PURE__ */ new Map();
  node(node) {
    switch (node.kind) {
      case "string":
        return this.string(node);
      case "integer": {
        const schema = { type: "integer" };
        const max = node.java === "int" ? 2147483647 : void 0;
        if (node.minimum !== void 0) schema.minimum = node.minimum;
        if (node.exclusiveMinimum !== void 0) schema.exclusiveMinimum = node.exclusiveMinimum;
        if ((node.maximum ?? max) !== void 0) schema.maximum = node.maximum ?? max;
        return schema;
      }
      case "number": {
        const schema = { type: "number" };
        if (node.minimum !== void 0) schema.minimum = node.minimum;
        if (node.maximum !== void 0) schema.maximum = node.maximum;
        if (node.exclusiveMinimum !== void 0) schema.exclusiveMinimum = node.exclusiveMinimum;
        if (node.exclusiveMaximum !== void 0) schema.exclusiveMaximum = node.exclusiveMaximum;
        return schema;
      }
      case "boolean":
        return { type: "boolean" };
      case "any":
        return {};
      case "array":
        return { type: "array", items: this.node(node.items) };
      case "union":
        return this.union(node.variants);
      case "object":
        return this.reference(node, () => this.objectBody(node));
      case "typed":
        return this.reference(node, () => this.typed(node));
    }
  }
  /** The root is written inline (not as a $ref), so its keywords sit beside the schema's title. */
  root(node) {
    if (node.kind === "object") return this.objectBody(node);
    if (node.kind === "typed") return this.typed(node);
    return this.node(node);
  }
  objectBody(node) {
    this.elements.set(node.id, { node });
    const properties = {};
    const required = [];
    for (const [name3, field2] of Object.entries(node.fields)) {
      properties[name3] = this.field(node, name3, field2);
      if (field2.required) required.push(name3);
    }
    const schema = { type: "object", [ANNOTATION]: node.id, properties };
    if (required.length > 0) schema.required = required;
    if (node.unknownKeys === "drop") schema.additionalProperties = false;
    else if (node.values) schema.additionalProperties = this.node(node.values);
    return schema;
  }
  field(owner, name3, field2) {
    const key = `${owner.id}.${name3}`;
    this.elements.set(key, { field: field2, name: name3, owner });
    const schema = annotateBranches({ ...this.node(field2.node), [ANNOTATION]: key }, key);
    if (field2.description) schema.description = field2.description;
    if (field2.deprecated) schema.deprecated = true;
    const fallback = newestDefault(field2);
    if (fallback !== void 0) schema.default = fallback;
    return field2.required ? schema : nullable(schema);
  }
  string(node) {
    const schema = { type: "string" };
    if (node.enum && !node.silentlyReplacedWith) {
      if (node.caseInsensitive) schema.pattern = caseInsensitivePattern(node.enum);
      else schema.enum = [...node.enum];
    } else if (node.enum) {
      schema.enum = [...node.enum];
    }
    if (node.format) schema.pattern = FORMAT_PATTERNS[node.format];
    if (node.minLength !== void 0) schema.minLength = node.minLength;
    return schema;
  }
  /** Variants are told apart by JSON type, so a failure is reported against the matching one only. */
  union(variants) {
    const branches = variants.map((variant2) => ({ types: jsonTypesOf(variant2), schema: this.node(variant2) }));
    const allTypes = [...new Set(branches.flatMap((branch) => branch.types))];
    return branches.reduceRight(
      (otherwise, branch) => ({ if: { type: branch.types }, then: branch.schema, else: otherwise }),
      { type: allTypes }
    );
  }
  typed(node) {
    this.elements.set(node.id, { node });
    const tag = node.tag ?? "type";
    const known = Object.keys(node.variants);
    const extensions = Object.keys(node.extensionTypes ?? {});
    const branches = Object.entries(node.variants).map(([name3, variant2]) => ({
      if: { properties: { [tag]: { const: name3 } }, required: [tag] },
      then: this.objectBody(variant2)
    }));
    if (node.defaultVariant) {
      const fallback = node.variants[node.defaultVariant];
      if (fallback) branches.push({ if: { not: { required: [tag] } }, then: this.objectBody(fallback) });
    }
    return {
      type: "object",
      [ANNOTATION]: node.id,
      properties: { [tag]: { type: "string", enum: [...known, ...extensions], [ANNOTATION]: node.id } },
      ...node.defaultVariant ? {} : { required: [tag] },
      allOf: branches
    };
  }
  reference(node, build) {
    if (!(node.id in this.definitions)) {
      this.definitions[node.id] = {};
      this.definitions[node.id] = build();
    }
    return { $ref: `#/definitions/${node.id}` };
  }
};
function nullable(schema) {
  if (typeof schema.type === "string") return { ...schema, type: [schema.type, "null"] };
  if (Array.isArray(schema.type)) return { ...schema, type: [...schema.type, "null"] };
  if (schema.enum) return { ...schema, enum: [...schema.enum, null] };
  if (Object.keys(schema).every((key) => key === ANNOTATION || key === "description" || key === "default")) {
    return schema;
  }
  const { [ANNOTATION]: annotation, description, default: defaultValue, deprecated, ...rest } = schema;
  return {
    [ANNOTATION]: annotation,
    ...description === void 0 ? {} : { description },
    ...defaultValue === void 0 ? {} : { default: defaultValue },
    ...deprecated === void 0 ? {} : { deprecated },
    if: { type: "null" },
    else: rest
  };
}
function annotateBranches(schema, key) {
  if (!("if" in schema)) return schema;
  const annotate = (branch) => branch && typeof branch === "object" && !("$ref" in branch) ? annotateBranches({ ...branch, [ANNOTATION]: key }, key) : branch;
  return { ...schema, then: annotate(schema.then), else: annotate(schema.else) };
}
function jsonTypesOf(node) {
  switch (node.kind) {
    case "string":
      return ["string"];
    case "integer":
      return ["integer"];
    case "number":
      return ["number"];
    case "boolean":
      return ["boolean"];
    case "array":
      return ["array"];
    case "object":
    case "typed":
      return ["object"];
    case "union":
      return node.variants.flatMap(jsonTypesOf);
    case "any":
      return ["string", "number", "boolean", "object", "array", "null"];
  }
}
function caseInsensitivePattern(values) {
  const alternatives = values.map(
    (value) => [...value].map((char) => {
      const lower = char.toLowerCase();
      const upper = char.toUpperCase();
      return lower === upper ? char.replace(/[.*+?^${}()|[\]\\]/g, "\\$&") : `[${upper}${lower}]`;
    }).join("")
  );
  return `^(?:${alternatives.join("|")})$`;
}

// src/spec/model/decoders.ts
var AVRO = "druid-avro-extensions";
var PROTOBUF = "druid-protobuf-extensions";
var registryConfig = map("schemaRegistry.config");
var registryHeaders = map("schemaRegistry.headers");
function registryFields() {
  return {
    url: field(str(), "Schema registry URL.", { nullable: true, deprecated: "Use urls." }),
    urls: field(array(str()), "Schema registry URLs.", { nullable: true }),
    capacity: field(int({ minimum: 1 }), "Number of schemas cached.", { default: 2147483647 }),
    config: field(
      registryConfig,
      "Schema registry client settings (basic auth, TLS...); values may come from druid.dynamic.config.provider.",
      {
        nullable: true
      }
    ),
    headers: field(
      registryHeaders,
      "HTTP headers sent to the registry; values may come from druid.dynamic.config.provider.",
      {
        nullable: true
      }
    )
  };
}
var SUBJECT_ID = "avroBytesDecoder.subjectAndIdConverter";
var REPOSITORY_ID = "avroBytesDecoder.schemaRepository";
var AVRO_DECODER_ID = "avroBytesDecoder";
var avroBytesDecoder = {
  kind: "typed",
  id: AVRO_DECODER_ID,
  defaultVariant: "schema_repo",
  unknownType: "replace",
  variants: {
    schema_inline: variant(
      AVRO_DECODER_ID,
      "schema_inline",
      { schema: field(any, "The Avro schema, as JSON. Every record uses it.", { required: true }) },
      { note: `From ${AVRO}.` }
    ),
    multiple_schemas_inline: variant(
      AVRO_DECODER_ID,
      "multiple_schemas_inline",
      {
        schemas: field(
          map("avroBytesDecoder.schemas"),
          "Schema id (as a string) \u2192 Avro schema; each record starts with a version byte and a 4-byte id.",
          {
            required: true
          }
        )
      },
      { note: `From ${AVRO}.` }
    ),
    schema_repo: variant(
      AVRO_DECODER_ID,
      "schema_repo",
      {
        subjectAndIdConverter: field(
          {
            kind: "typed",
            id: SUBJECT_ID,
            defaultVariant: "avro_1124",
            unknownType: "replace",
            variants: {
              avro_1124: variant(SUBJECT_ID, "avro_1124", {
                topic: field(str(), "Schema-repo subject: the Kafka TOPIC name (not a broker address).", {
                  required: true
                })
              })
            }
          },
          "How the subject and schema id are read from each record.",
          { required: true }
        ),
        schemaRepository: field(
          {
            kind: "typed",
            id: REPOSITORY_ID,
            unknownType: "reject",
            variants: {
              avro_1124_rest_client: variant(REPOSITORY_ID, "avro_1124_rest_client", {
                url: field(str(), "URL of the Avro-1124 schema repository.", { required: true })
              })
            }
          },
          "Where schemas are fetched.",
          { required: true }
        )
      },
      { note: `From ${AVRO}; the default when "type" is absent.` }
    ),
    schema_registry: variant(AVRO_DECODER_ID, "schema_registry", registryFields(), {
      note: `Confluent Schema Registry. From ${AVRO}.`
    })
  }
};
var PROTO_DECODER_ID = "protoBytesDecoder";
var protoMessageType = field(
  str(),
  "Fully qualified message type; absent means the first type in the descriptor.",
  {
    nullable: true
  }
);
var protoBytesDecoder = {
  kind: "typed",
  id: PROTO_DECODER_ID,
  defaultVariant: "schema_registry",
  unknownType: "replace",
  variants: {
    file: variant(
      PROTO_DECODER_ID,
      "file",
      {
        descriptor: field(str(), "Descriptor file: a URL or a path on the classpath.", { required: true }),
        protoMessageType
      },
      { note: `From ${PROTOBUF}.` }
    ),
    inline: variant(
      PROTO_DECODER_ID,
      "inline",
      {
        descriptorString: field(str(), "Base64-encoded descriptor.", { required: true }),
        protoMessageType
      },
      { note: `From ${PROTOBUF}.` }
    ),
    schema_registry: variant(PROTO_DECODER_ID, "schema_registry", registryFields(), {
      note: `Confluent Schema Registry (url or urls required). From ${PROTOBUF}; the default when "type" is absent.`
    })
  }
};

// src/spec/model/flatten-spec.ts
var fieldSpecObject = object("flattenSpec.field", {
  type: field(
    str({ enum: ["root", "path", "jq", "tree"], caseInsensitive: true }),
    "root: a top-level field; path: a JSONPath expression; jq: a jq expression; tree: a list of nested keys. Missing type is a 400.",
    { required: true }
  ),
  name: field(str({ minLength: 1 }), "Name of the flattened field (the column Druid reads).", {
    required: true
  }),
  expr: field(
    str(),
    "JSONPath or jq expression; required for path and jq. For root it defaults to `name`; tree ignores it.",
    { nullable: true }
  ),
  nodes: field(array(str()), "Keys to descend, for type tree (required there, at least one).", {
    nullable: true
  })
});
var flattenField = union(str({ minLength: 1 }), fieldSpecObject);
var flattenSpec = object("flattenSpec", {
  useFieldDiscovery: field(
    bool,
    "Whether top-level fields holding scalars (or lists of scalars) are read as well as the listed fields.",
    { default: true }
  ),
  fields: field(array(flattenField), "Fields to extract from nested data.", { default: [], nullable: true })
});

// src/spec/model/input-formats.ts
var INPUT_FORMAT_ID = "inputFormat";
var formatVariants = {};
var inputFormat = {
  kind: "typed",
  id: INPUT_FORMAT_ID,
  unknownType: "extension",
  variants: formatVariants,
  extensionTypes: {
    avro_ocf: "druid-avro-extensions (Avro container files; batch ingestion only)",
    orc: "druid-orc-extensions (batch ingestion only)",
    parquet: "druid-parquet-extensions (batch ingestion only)",
    kinesis: "druid-kinesis-indexing-service (Kinesis records only)"
  }
};
var jsonFeatureSpec = map("jsonFeatureSpec", bool);
var nestedFlattenSpec = field(
  flattenSpec,
  "How nested fields are flattened into columns. Omitted from GET when unset.",
  {
    nullable: true
  }
);
var columns = field(
  array(str()),
  "Column names in order. Required unless findColumnsFromHeader is true. Omitted from GET when empty.",
  { nullable: true }
);
var listDelimiter = field(
  str(),
  "Separator of multi-value cells; default \\u0001 (Ctrl-A). Omitted from GET when unset.",
  {
    nullable: true
  }
);
function flatText(delimiter) {
  return {
    columns,
    listDelimiter,
    delimiter,
    findColumnsFromHeader: field(
      bool,
      "Whether the first row names the columns. With Kafka every record is parsed on its own, so a header row is not possible. Omitted from GET when false.",
      { nullable: true, default: false, inGet: "omittedWhenDefault" }
    ),
    hasHeaderRow: field(bool, "Old name of findColumnsFromHeader; not both.", {
      nullable: true,
      deprecated: "Use findColumnsFromHeader."
    }),
    skipHeaderRows: field(int({ minimum: 0 }), "Number of leading rows to skip. Omitted from GET when 0.", {
      default: 0,
      inGet: "omittedWhenDefault"
    }),
    tryParseNumbers: field(
      bool,
      "Whether cells that look like numbers are read as long or double instead of strings. Omitted from GET when false.",
      { default: false, since: "32.0.0", inGet: "omittedWhenDefault" }
    )
  };
}
var HEADER_FORMAT_ID = "inputFormat.kafka.headerFormat";
Object.assign(formatVariants, {
  json: variant(INPUT_FORMAT_ID, "json", {
    flattenSpec: nestedFlattenSpec,
    featureSpec: field(
      jsonFeatureSpec,
      'Jackson JsonParser features, e.g. {"ALLOW_COMMENTS": true}. Omitted from GET when empty.',
      {
        nullable: true,
        default: {},
        inGet: "omittedWhenDefault"
      }
    ),
    keepNullColumns: field(
      bool,
      "Whether fields with null values are kept as columns. Unset means true when flattenSpec.useFieldDiscovery is true, else false. Omitted from GET when unset (31.0.0+).",
      { nullable: true, since: "0.19.0" }
    ),
    assumeNewlineDelimited: field(
      bool,
      "Whether each line is a separate JSON object (a parse error then affects one line only). Omitted from GET when false (31.0.0+).",
      { default: false, since: "25.0.0", inGet: [{ since: "31.0.0", as: "omittedWhenDefault" }] }
    ),
    useJsonNodeReader: field(
      bool,
      "Whether records are parsed as a stream of JSON objects so that one bad object does not drop the others; not with assumeNewlineDelimited. Omitted from GET when false (31.0.0+).",
      { default: false, since: "25.0.0", inGet: [{ since: "31.0.0", as: "omittedWhenDefault" }] }
    )
  }),
  csv: variant(
    INPUT_FORMAT_ID,
    "csv",
    flatText(
      field(
        str({ enum: [","] }),
        'Written by Druid (always ","); csv does not read it. Use tsv for other delimiters.',
        {
          outputOnly: true,
          default: ","
        }
      )
    )
  ),
  tsv: variant(
    INPUT_FORMAT_ID,
    "tsv",
    flatText(
      field(str({ minLength: 1 }), "Field delimiter; must differ from listDelimiter.", { default: "	" })
    ),
    { note: "Delimited text with any delimiter (tab by default)." }
  ),
  regex: variant(INPUT_FORMAT_ID, "regex", {
    pattern: field(str(), "Java regular expression; each capture group is one column.", { required: true }),
    listDelimiter,
    columns: field(
      array(str()),
      "Names of the capture groups, in order; absent means column_1, column_2... Omitted from GET when unset.",
      {
        nullable: true
      }
    )
  }),
  lines: variant(
    INPUT_FORMAT_ID,
    "lines",
    {},
    { note: 'Each line becomes one row with a single "line" column.' }
  ),
  kafka: variant(
    INPUT_FORMAT_ID,
    "kafka",
    {
      valueFormat: field(inputFormat, "Format of the record value.", { required: true }),
      keyFormat: field(
        inputFormat,
        "Format of the record key; only its first column is kept, as keyColumnName. Absent means the key is ignored.",
        {
          nullable: true
        }
      ),
      headerFormat: field(
        {
          kind: "typed",
          id: HEADER_FORMAT_ID,
          unknownType: "reject",
          variants: {
            string: variant(HEADER_FORMAT_ID, "string", {
              encoding: field(str(), "Charset of header values.", { default: "UTF-8" })
            })
          }
        },
        "How header values are decoded. Absent means headers are ignored.",
        { nullable: true }
      ),
      headerColumnPrefix: field(str(), "Prefix of the columns made from headers.", {
        default: "kafka.header."
      }),
      keyColumnName: field(str(), "Column that holds the key.", { default: "kafka.key" }),
      timestampColumnName: field(str(), "Column that holds the Kafka record timestamp (milliseconds).", {
        default: "kafka.timestamp"
      }),
      topicColumnName: field(str(), "Column that holds the topic name.", {
        default: "kafka.topic",
        since: "28.0.0"
      })
    },
    { note: "Reads the Kafka key, headers, timestamp and topic besides the value (0.23.0+)." }
  ),
  avro_stream: variant(
    INPUT_FORMAT_ID,
    "avro_stream",
    {
      flattenSpec: nestedFlattenSpec,
      avroBytesDecoder: field(avroBytesDecoder, "How the Avro schema of each record is found.", {
        required: true
      }),
      binaryAsString: field(bool, "Whether bytes and fixed fields are read as UTF-8 strings.", {
        default: false
      }),
      extractUnionsByType: field(bool, "Whether union values become one field per member type.", {
        default: false
      })
    },
    { note: "Provided by druid-avro-extensions (must be loaded)." }
  ),
  protobuf: variant(
    INPUT_FORMAT_ID,
    "protobuf",
    {
      flattenSpec: nestedFlattenSpec,
      protoBytesDecoder: field(
        protoBytesDecoder,
        "How the Protobuf descriptor is found; tasks fail without it.",
        {
          nullable: true
        }
      )
    },
    { note: "Provided by druid-protobuf-extensions (must be loaded)." }
  )
});

// src/spec/model/timestamp-spec.ts
var timestampSpec = object("timestampSpec", {
  column: field(str(), "Input field that holds the row timestamp.", { default: "timestamp" }),
  format: field(
    str({ minLength: 1 }),
    "auto, iso, posix (seconds), millis, micro, nano, ruby, or a Joda-Time pattern (case-insensitive keywords). An invalid pattern is a 400.",
    { default: "auto" }
  ),
  missingValue: field(
    dateTime(),
    "Timestamp used when the column is missing or null; meant for the data loader, not production. Re-serialised as null when unset.",
    { nullable: true, default: null }
  )
});

// src/spec/model/parser.ts
var PARSE_SPEC_ID = "parseSpec";
var parseSpecVariants = {};
var parseSpec = {
  kind: "typed",
  id: PARSE_SPEC_ID,
  tag: "format",
  unknownType: "extension",
  variants: parseSpecVariants,
  extensionTypes: {
    orc: "druid-orc-extensions (Hadoop ingestion only)",
    parquet: "druid-parquet-extensions (Hadoop ingestion only)",
    influx: "druid-influx-extensions (contrib)"
  }
};
function common2() {
  return {
    timestampSpec: field(
      timestampSpec,
      "Where the row timestamp comes from (dataSchema.timestampSpec wins when both are set).",
      {
        nullable: true
      }
    ),
    dimensionsSpec: field(dimensionsSpec, "Dimensions (dataSchema.dimensionsSpec wins when both are set).", {
      nullable: true
    })
  };
}
var parseColumns = field(array(str()), "Column names in order.", { nullable: true });
var parseListDelimiter = field(str(), "Separator of multi-value cells; default \\u0001 (Ctrl-A).", {
  nullable: true
});
var hasHeaderRow = field(bool, "Whether the first row names the columns.", { default: false });
var skipHeaderRows = field(int({ minimum: 0 }), "Number of leading rows to skip.", { default: 0 });
var format = (name3) => ({ tag: "format", note: name3 });
Object.assign(parseSpecVariants, {
  json: variant(
    PARSE_SPEC_ID,
    "json",
    {
      ...common2(),
      flattenSpec: field(flattenSpec, "How nested fields are flattened.", { nullable: true }),
      featureSpec: field(jsonFeatureSpec, "Jackson JsonParser features.", { nullable: true }),
      keepNullColumns: field(bool, "Whether null-valued fields are kept as columns.", { nullable: true })
    },
    format("JSON records.")
  ),
  jsonLowercase: variant(
    PARSE_SPEC_ID,
    "jsonLowercase",
    common2(),
    format("JSON with lower-cased field names.")
  ),
  csv: variant(
    PARSE_SPEC_ID,
    "csv",
    { ...common2(), columns: parseColumns, listDelimiter: parseListDelimiter, hasHeaderRow, skipHeaderRows },
    format("Comma-separated values.")
  ),
  tsv: variant(
    PARSE_SPEC_ID,
    "tsv",
    {
      ...common2(),
      delimiter: field(str(), "Field delimiter.", { default: "	" }),
      columns: parseColumns,
      listDelimiter: parseListDelimiter,
      hasHeaderRow,
      skipHeaderRows
    },
    format("Delimited values.")
  ),
  regex: variant(
    PARSE_SPEC_ID,
    "regex",
    {
      ...common2(),
      pattern: field(str(), "Java regular expression; each group is one column.", { required: true }),
      columns: parseColumns,
      listDelimiter: parseListDelimiter
    },
    format("Regular expression.")
  ),
  javascript: variant(
    PARSE_SPEC_ID,
    "javascript",
    { ...common2(), function: field(str(), "JavaScript function from a line to a map.", { required: true }) },
    format("Needs druid.javascript.enabled=true.")
  ),
  timeAndDims: variant(
    PARSE_SPEC_ID,
    "timeAndDims",
    common2(),
    format("Already-parsed maps (map/noop parsers).")
  ),
  avro: variant(
    PARSE_SPEC_ID,
    "avro",
    { ...common2(), flattenSpec: field(flattenSpec, "How nested fields are flattened.", { nullable: true }) },
    format("Avro records; provided by druid-avro-extensions.")
  )
});
var PARSER_ID = "parser";
var parseSpecField = field(parseSpec, "How each record is parsed.", { nullable: true });
var parser = {
  kind: "typed",
  id: PARSER_ID,
  defaultVariant: "string",
  unknownType: "replace",
  extensionTypes: {
    thrift: "druid-thrift-extensions (contrib)",
    avro_hadoop: "druid-avro-extensions (Hadoop ingestion only)",
    orc: "druid-orc-extensions (Hadoop ingestion only)",
    parquet: "druid-parquet-extensions (Hadoop ingestion only)",
    "parquet-avro": "druid-parquet-extensions (Hadoop ingestion only)",
    hadoopyString: "druid-indexing-hadoop (Hadoop ingestion only)"
  },
  variants: {
    string: variant(PARSER_ID, "string", {
      parseSpec: parseSpecField,
      encoding: field(str(), "Charset of the record bytes.", { default: "UTF-8" })
    }),
    map: variant(PARSER_ID, "map", { parseSpec: parseSpecField }),
    noop: variant(PARSER_ID, "noop", { parseSpec: parseSpecField }),
    avro_stream: variant(
      PARSER_ID,
      "avro_stream",
      {
        parseSpec: parseSpecField,
        avroBytesDecoder: field(avroBytesDecoder, "How the Avro schema of each record is found.", {
          required: true
        }),
        binaryAsString: field(bool, "Whether bytes fields are read as UTF-8 strings.", { default: false }),
        extractUnionsByType: field(bool, "Whether union values become one field per member type.", {
          default: false
        })
      },
      { note: "Provided by druid-avro-extensions." }
    ),
    protobuf: variant(
      PARSER_ID,
      "protobuf",
      {
        parseSpec: parseSpecField,
        protoBytesDecoder: field(protoBytesDecoder, "How the Protobuf descriptor is found.", {
          nullable: true
        }),
        descriptor: field(str(), "Descriptor file, when protoBytesDecoder is absent.", {
          nullable: true,
          deprecated: "Use protoBytesDecoder."
        }),
        protoMessageType: field(str(), "Message type, when protoBytesDecoder is absent.", {
          nullable: true,
          deprecated: "Use protoBytesDecoder."
        })
      },
      { note: "Provided by druid-protobuf-extensions." }
    )
  }
};

// src/spec/model/transform.ts
var TRANSFORM_ID = "transform";
var transform = {
  kind: "typed",
  id: TRANSFORM_ID,
  unknownType: "reject",
  variants: {
    expression: variant(TRANSFORM_ID, "expression", {
      name: field(
        str({ minLength: 1 }),
        "Output field. A transform may shadow an input field of the same name (including the timestamp column).",
        { required: true }
      ),
      expression: field(str(), "Druid expression computed from the input row.", { required: true })
    })
  }
};
var transformSpec = object("transformSpec", {
  filter: field(
    dimFilter,
    "Only input rows that match are ingested; the others count as thrownAway. Applied after transforms.",
    { nullable: true, default: null }
  ),
  transforms: field(
    array(transform),
    "Fields computed at ingestion time. Names must be unique (a 400 otherwise).",
    {
      nullable: true,
      default: []
    }
  )
});

// src/spec/model/data-schema.ts
var segmentGranularitySpec = object("segmentGranularitySpec", {
  segmentGranularity: field(granularity, "Segment granularity; absent means DAY.", { nullable: true }),
  intervals: field(array(str({ format: "interval" })), "Intervals to ingest. Omitted from GET when unset.", {
    nullable: true
  })
});
var BASE_TABLE_ID = "baseTable";
var baseTable = {
  kind: "typed",
  id: BASE_TABLE_ID,
  unknownType: "reject",
  variants: {
    clusteredValueGroups: variant(
      BASE_TABLE_ID,
      "clusteredValueGroups",
      {
        virtualColumns: field(any, "Virtual columns of the base table. Omitted from GET when empty.", {
          nullable: true
        }),
        columns: field(
          array(dimension2),
          "Every column in segment order: the clustering columns first, then the others. Required.",
          { required: true }
        ),
        clusteringColumns: field(
          array(str({ minLength: 1 })),
          "Names of the leading columns rows are clustered by. Required.",
          { required: true }
        )
      },
      { note: "Rows clustered by the leading columns (experimental)." }
    )
  }
};
var NULL_UNTIL_38 = [
  { since: OLDEST_DRUID_VERSION, as: "null" },
  { since: "38.0.0", as: "omitted" }
];
var dataSchema = object("dataSchema", {
  dataSource: field(
    str({ minLength: 1 }),
    'Datasource to write. Must not be empty, start with "." or contain "/" or whitespace other than space (a 400). Also the default supervisor id.',
    { required: true }
  ),
  timestampSpec: field(
    timestampSpec,
    "Where the row timestamp comes from. Required from 37.0.0; before, required with dimensionsSpec (a 400 without it) unless the legacy parser supplies both.",
    { nullable: true, inGet: "null" }
  ),
  dimensionsSpec: field(dimensionsSpec, "Which input fields become dimensions, and how.", {
    nullable: true,
    inGet: NULL_UNTIL_38
  }),
  metricsSpec: field(
    array(aggregator),
    "Aggregators computed at ingestion time (with rollup, per rolled-up row).",
    {
      nullable: true,
      default: []
    }
  ),
  granularitySpec: field(
    granularitySpec,
    "Segment and query granularity and rollup. Absent means uniform, DAY segments, no query granularity, rollup true.",
    {
      nullable: true,
      default: {
        type: "uniform",
        segmentGranularity: "DAY",
        queryGranularity: { type: "none" },
        rollup: true,
        intervals: []
      }
    }
  ),
  segmentGranularitySpec: field(
    segmentGranularitySpec,
    "Segment granularity and intervals when baseTable is set (38.0.0+); without baseTable it is a 400. Omitted from GET when unset.",
    { nullable: true, since: "38.0.0" }
  ),
  transformSpec: field(transformSpec, "Row filter and computed fields applied before indexing.", {
    nullable: true,
    default: { filter: null, transforms: [] },
    since: "0.12.0"
  }),
  projections: field(
    array(projection),
    "Pre-aggregated projections stored in each segment (experimental). Omitted from GET when unset.",
    { nullable: true, since: "32.0.0" }
  ),
  baseTable: field(
    baseTable,
    "The base table of clustered segments (38.0.0+, experimental); the top-level dimensionsSpec, metricsSpec and granularitySpec must then be absent. Omitted from GET when unset.",
    { nullable: true, since: "38.0.0" }
  ),
  parser: field(
    parser,
    "Legacy parser. Stored and returned exactly as submitted and only parsed when a task starts, so its mistakes fail tasks rather than the POST. Removed in 37.0.0: a spec with a parser is a 400.",
    {
      nullable: true,
      removedIn: "37.0.0",
      deprecated: "Use ioConfig.inputFormat with dataSchema.timestampSpec and dimensionsSpec (0.17.0+)."
    }
  )
});

// src/spec/model/autoscaler.ts
var AUTOSCALER_ID = "ioConfig.autoScalerConfig";
var millis = (what, value) => field(long({ unit: "milliseconds" }), `${what} (milliseconds).`, { default: value });
var autoScalerConfig = {
  kind: "typed",
  id: AUTOSCALER_ID,
  tag: "autoScalerStrategy",
  defaultVariant: "lagBased",
  unknownType: "replace",
  variants: {
    lagBased: variant(
      AUTOSCALER_ID,
      "lagBased",
      {
        enableTaskAutoScaler: field(
          bool,
          "Whether the autoscaler runs. When false no other setting is checked or used.",
          { default: false }
        ),
        taskCountMax: field(
          int(),
          "Most tasks the autoscaler may run; required (and \u2265 taskCountMin) when enabled, or the POST fails. Written as 0 when disabled and unset."
        ),
        taskCountMin: field(
          int(),
          "Fewest tasks; required when enabled. Also the initial task count unless taskCountStart is set; ioConfig.taskCount is then ignored."
        ),
        taskCountStart: field(
          int(),
          "Task count when the supervisor starts; must lie within [taskCountMin, taskCountMax]. Omitted from GET when unset.",
          { nullable: true, since: "34.0.0" }
        ),
        minTriggerScaleActionFrequencyMillis: millis("Least time between two scale actions", 6e5),
        minScaleUpDelay: field(
          duration(),
          "Least time after a scale action before the next scale-up (38.0.0+, #19286). Unset means minTriggerScaleActionFrequencyMillis; Druid always writes it, in seconds.",
          { nullable: true, since: "38.0.0" }
        ),
        minScaleDownDelay: field(
          duration(),
          "Least time after a scale action before the next scale-down (38.0.0+, #19286). Unset means minTriggerScaleActionFrequencyMillis; Druid always writes it, in seconds.",
          { nullable: true, since: "38.0.0" }
        ),
        lagCollectionIntervalMillis: millis("How often lag is sampled", 3e4),
        lagCollectionRangeMillis: millis("Window of lag samples a decision looks at", 6e5),
        scaleActionStartDelayMillis: millis("Delay before the first scale decision", 3e5),
        scaleActionPeriodMillis: millis("How often a scale decision is made", 6e4),
        scaleOutThreshold: field(long(), "Lag (records) above which a sample counts toward scaling out.", {
          default: 6e6
        }),
        scaleInThreshold: field(long(), "Lag (records) below which a sample counts toward scaling in.", {
          default: 1e6
        }),
        triggerScaleOutFractionThreshold: field(
          num({ minimum: 0, maximum: 1 }),
          "Fraction of samples above scaleOutThreshold that triggers a scale-out.",
          { default: 0.3 }
        ),
        triggerScaleInFractionThreshold: field(
          num({ minimum: 0, maximum: 1 }),
          "Fraction of samples below scaleInThreshold that triggers a scale-in.",
          { default: 0.9 }
        ),
        scaleInStep: field(int(), "Tasks removed per scale-in.", { default: 1 }),
        scaleOutStep: field(int(), "Tasks added per scale-out.", { default: 2 }),
        lagAggregate: field(
          str({ enum: ["MAX", "SUM", "AVERAGE"] }),
          "Which partition-lag aggregate is compared with the thresholds; absent means the supervisor default (SUM for Kafka). Upper-case only. Omitted from GET when unset.",
          { nullable: true, since: "31.0.0" }
        ),
        stopTaskCountRatio: field(
          num({ minimum: 0, maximum: 1 }),
          "Share of running tasks that may be stopping at once during a roll-over, 0 < ratio \u2264 1 (overrides ioConfig.stopTaskCount). Omitted from GET when unset.",
          { nullable: true, since: "35.0.0" }
        )
      },
      { tag: "autoScalerStrategy", note: "Scales the task count on Kafka lag; the default strategy." }
    ),
    costBased: variant(AUTOSCALER_ID, "costBased", costBasedFields(), {
      tag: "autoScalerStrategy",
      note: "Experimental (36.0.0+, #18819): scales on a cost of lag and idle time. Older releases silently read it as lagBased."
    })
  },
  variantAvailability: { costBased: { since: "36.0.0" } }
};
function costBasedFields() {
  return {
    taskCountMax: field(
      int(),
      "Most tasks the autoscaler may run; required (and \u2265 taskCountMin) when enabled. Written as 0 when disabled and unset."
    ),
    taskCountMin: field(
      int(),
      "Fewest tasks; required when enabled. Also the initial task count unless taskCountStart is set."
    ),
    enableTaskAutoScaler: field(bool, "Whether the autoscaler runs.", { default: false }),
    taskCountStart: field(
      int(),
      "Task count when the supervisor starts; within [taskCountMin, taskCountMax]. Omitted from GET when unset.",
      { nullable: true }
    ),
    minTriggerScaleActionFrequencyMillis: field(
      long({ unit: "milliseconds" }),
      "Least time between two scale actions (milliseconds). Removed in 38.0.0 (#19641): use minScaleUpDelay and minScaleDownDelay.",
      {
        default: 12e5,
        defaultChanges: [{ since: "37.0.0", value: 3e5 }],
        since: "36.0.0",
        removedIn: "38.0.0"
      }
    ),
    stopTaskCountRatio: field(
      num({ minimum: 0, maximum: 1 }),
      "Share of running tasks that may be stopping at once during a roll-over, 0 < ratio \u2264 1. Omitted from GET when unset.",
      { nullable: true }
    ),
    scaleActionPeriodMillis: field(
      long({ unit: "milliseconds" }),
      "How often a scale decision is made (milliseconds).",
      {
        default: 9e5,
        defaultChanges: [
          { since: "37.0.0", value: 6e5 },
          { since: "39.0.0", value: 12e4 }
        ]
      }
    ),
    lagWeight: field(num({ minimum: 0 }), "Weight of lag in the cost; \u2265 0.", {
      default: 0.25,
      defaultChanges: [{ since: "38.0.0", value: 0.4 }]
    }),
    idleWeight: field(num({ minimum: 0 }), "Weight of idle time in the cost; \u2265 0.", {
      default: 0.75,
      defaultChanges: [{ since: "38.0.0", value: 0.6 }]
    }),
    defaultProcessingRate: field(
      num({ exclusiveMinimum: 0 }),
      "Records per second one task is assumed to read (> 0). Removed in 37.0.0 (#19028).",
      { default: 1e3, since: "36.0.0", removedIn: "37.0.0" }
    ),
    optimalTaskIdleRatio: field(
      num({ exclusiveMinimum: 0, exclusiveMaximum: 1 }),
      "The idle share of a task the cost aims at; 0 < ratio < 1 (38.0.0+, #19646).",
      { default: 0.25, since: "38.0.0" }
    ),
    useTaskCountBoundaries: field(
      bool,
      "Whether scaling stays within fixed task-count steps. Replaced in 38.0.0 by the ScaleUp/ScaleDown pair.",
      { default: false, since: "37.0.0", removedIn: "38.0.0" }
    ),
    useTaskCountBoundariesOnScaleUp: field(bool, "Whether scale-ups stay within fixed task-count steps.", {
      default: false,
      since: "38.0.0"
    }),
    useTaskCountBoundariesOnScaleDown: field(
      bool,
      "Whether scale-downs stay within fixed task-count steps.",
      { default: true, since: "38.0.0" }
    ),
    highLagThreshold: field(long(), "Lag above which the autoscaler scales up at once; -1 is off.", {
      default: -1,
      since: "37.0.0",
      removedIn: "38.0.0"
    }),
    minScaleUpDelay: field(duration(), "Least time after a scale action before the next scale-up.", {
      default: "PT600S",
      defaultChanges: [{ since: "39.0.0", value: "PT900S" }],
      since: "38.0.0"
    }),
    minScaleDownDelay: field(
      duration(),
      "Least time after a scale action before the next scale-down; \u2265 0. Written in seconds (PT30M comes back as PT1800S).",
      { default: "PT1800S", since: "37.0.0" }
    ),
    scaleDownDuringTaskRolloverOnly: field(
      bool,
      "Whether the autoscaler scales down only when tasks roll over (#18958).",
      { default: false, since: "37.0.0" }
    ),
    usePollIdleRatio: field(bool, "Whether idle time is measured from the poll idle ratio (#19622).", {
      default: true,
      since: "38.0.0"
    }),
    criticalLagThreshold: field(
      long({ exclusiveMinimum: 0 }),
      "Lag above which the high-lag cost factor applies; > 0, unset is off (39.0.0+, #19655). Omitted from GET when unset.",
      { nullable: true, since: "39.0.0" }
    ),
    minCostDropPercentForScaling: field(
      int({ minimum: 0, maximum: 100 }),
      "Least cost improvement, in percent (0\u2013100), that justifies a scale action (#19697).",
      { default: 0, since: "38.0.0" }
    ),
    highLagCostFactor: field(num({ minimum: 0 }), "Cost multiplier above criticalLagThreshold; \u2265 0.", {
      default: 6,
      since: "39.0.0"
    })
  };
}
var LAG_AGGREGATOR_ID = "ioConfig.lagAggregator";
var lagAggregator = {
  kind: "typed",
  id: LAG_AGGREGATOR_ID,
  unknownType: "extension",
  extensionTypes: { faulty: "druid-testing-tools (fault injection for tests; never in production)" },
  variants: {
    default: variant(
      LAG_AGGREGATOR_ID,
      "default",
      {},
      { note: "Max, total and average of the partition lags." }
    )
  }
};

// src/spec/model/io-config.ts
var consumerProperties = object(
  "ioConfig.consumerProperties",
  {
    "bootstrap.servers": field(
      str({ minLength: 1 }),
      "Kafka brokers, host:port[,host:port]. Druid refuses the spec without it.",
      { required: true }
    ),
    "isolation.level": field(
      str({ enum: ["read_committed", "read_uncommitted"] }),
      "Absent means read_committed (Druid sets it): only committed transactional records are read."
    ),
    "group.id": field(
      str(),
      "Consumer group. Druid stores offsets in its own metadata, not in Kafka; set it only for broker ACLs. Default kafka-supervisor-<random>."
    ),
    "auto.offset.reset": field(str(), 'Ignored: Druid forces "none".'),
    "enable.auto.commit": field(any, "Ignored: Druid forces false."),
    "druid.dynamic.config.provider": field(
      any,
      'A DynamicConfigProvider (e.g. {"type":"environment","variables":{...}}) whose entries are merged into the consumer properties at run time.'
    )
  },
  "keep",
  any
);
var idleConfig = object("ioConfig.idleConfig", {
  enabled: field(bool, "Whether the supervisor goes IDLE (stops tasks) while the stream has no new data.", {
    default: false
  }),
  inactiveAfterMillis: field(
    long({ unit: "milliseconds", exclusiveMinimum: 0 }),
    "Milliseconds without new data before the supervisor idles; must be > 0. null uses druid.supervisor.idleConfig.inactiveAfterMillis (600000).",
    { nullable: true }
  )
});
var configOverrides = object(
  "ioConfig.configOverrides",
  {
    type: field(
      str({ minLength: 1 }),
      "Implementation, registered by an extension (none is built in; otherwise a 400).",
      {
        required: true
      }
    )
  },
  "keep",
  any
);
var offsets = (what) => field(
  object(`ioConfig.boundedStreamConfig.${what}`, {}, "keep", union(long(), str())),
  `Partition \u2192 offset where reading ${what === "startSequenceNumbers" ? "starts" : "ends"}; numbers or numeric strings. Required, not empty.`,
  { required: true }
);
var boundedStreamConfig = object("ioConfig.boundedStreamConfig", {
  startSequenceNumbers: offsets("startSequenceNumbers"),
  endSequenceNumbers: offsets("endSequenceNumbers")
});
var rejection = (what) => field(duration(), `${what} Written in seconds, null when unset.`, { nullable: true, default: null });
var ioConfig = object("ioConfig", {
  topic: field(
    str({ minLength: 1 }),
    "Topic to read. Exactly one of topic and topicPattern (both or neither is a 400). Newer releases refuse to change it on a running supervisor (33.0.0 accepts the change). Written as null when unset.",
    { nullable: true, inGet: "null" }
  ),
  topicPattern: field(
    str({ minLength: 1 }),
    "Java regular expression of the topics to read (multi-topic ingestion). Exactly one of topic and topicPattern. Written as null when unset.",
    { nullable: true, since: "28.0.0", inGet: "null" }
  ),
  inputFormat: field(
    inputFormat,
    "How record values are parsed. Required unless dataSchema.parser is used. Written as null when unset.",
    { nullable: true, since: "0.17.0", inGet: "null" }
  ),
  replicas: field(int(), "Copies of each task, on different workers.", { default: 1 }),
  taskCount: field(
    int(),
    "Reading tasks per replica set (at most the partition count is useful). While the autoscaler is enabled the autoscaler owns it: Druid rewrites it on every scale action, and at start uses taskCountStart, else (37.0.0+) this value, else taskCountMin; before 37.0.0 it ignores this value. From 38.0.0 a submitted spec without taskCount keeps the running count (#19417).",
    { default: 1 }
  ),
  taskDuration: field(
    duration(),
    "How long a task reads before it publishes. Written in seconds (PT1H comes back as PT3600S).",
    {
      default: "PT3600S"
    }
  ),
  consumerProperties: field(consumerProperties, "Kafka consumer properties. Required.", { required: true }),
  autoScalerConfig: field(autoScalerConfig, "Task autoscaling; null means a fixed taskCount.", {
    nullable: true,
    default: null,
    since: "0.22.0"
  }),
  lagAggregator: field(lagAggregator, "How partition lags are summarised for lag metrics and autoscaling.", {
    default: { type: "default" },
    since: "34.0.0"
  }),
  pollTimeout: field(long({ unit: "milliseconds" }), "Milliseconds a task waits in each Kafka poll.", {
    default: 100,
    since: "0.14.0"
  }),
  startDelay: field(duration(), "Delay before the supervisor first manages tasks.", { default: "PT5S" }),
  period: field(duration(), "How often the supervisor runs its management loop.", { default: "PT30S" }),
  useEarliestOffset: field(
    bool,
    "Where to start when Druid has no stored offsets (first start or after a reset): earliest (true) or latest (false).",
    { default: false }
  ),
  completionTimeout: field(
    duration(),
    "How long a task may spend publishing before it is failed. Written in seconds (default PT30M comes back as PT1800S).",
    { default: "PT1800S" }
  ),
  lateMessageRejectionPeriod: rejection(
    "Rows older than task start minus this period are dropped. Not with lateMessageRejectionStartDateTime."
  ),
  earlyMessageRejectionPeriod: rejection("Rows newer than task end plus this period are dropped."),
  lateMessageRejectionStartDateTime: field(
    dateTime(),
    "Rows older than this instant are dropped. Not with lateMessageRejectionPeriod (the POST fails).",
    { nullable: true, default: null, since: "0.17.0" }
  ),
  configOverrides: field(
    configOverrides,
    "Extension-provided adjustments of the consumer properties (an extension point, none built in).",
    { nullable: true, default: null, since: "25.0.0" }
  ),
  idleConfig: field(
    idleConfig,
    "Idle behaviour; null uses the Overlord defaults (druid.supervisor.idleConfig.*).",
    {
      nullable: true,
      default: null,
      since: "25.0.0"
    }
  ),
  stopTaskCount: field(
    int({ exclusiveMinimum: 0 }),
    "Most task groups stopped at once when tasks roll over at taskDuration; must be > 0. null means all at once.",
    { nullable: true, default: null, since: "28.0.0" }
  ),
  emitTimeLagMetrics: field(
    bool,
    "Whether the supervisor emits time-based lag metrics (ingest/kafka/lag/time...).",
    {
      default: false,
      since: "33.0.0"
    }
  ),
  serverPriorityToReplicas: field(
    object("ioConfig.serverPriorityToReplicas", {}, "keep", int({ minimum: 0 })),
    'Server priority \u2192 replicas on servers of that priority, e.g. {"0": 1, "1": 2} (37.0.0+, #19040). replicas becomes the sum; a replicas that differs from the sum is a 400. Written as null when unset.',
    { nullable: true, since: "37.0.0", inGet: "null" }
  ),
  boundedStreamConfig: field(
    boundedStreamConfig,
    "Reads only this offset range, then the supervisor is COMPLETED (38.0.0+, #19372). Written as null when unset.",
    { nullable: true, since: "38.0.0", inGet: "null" }
  ),
  stream: field(str(), "Written by Druid: the topic (or topicPattern). Ignored on input; use topic.", {
    outputOnly: true,
    since: "0.14.0"
  }),
  useEarliestSequenceNumber: field(bool, "Written by Druid: a copy of useEarliestOffset. Ignored on input.", {
    outputOnly: true,
    since: "0.14.0"
  }),
  type: field(str(), 'Ignored: the ioConfig has no type property. The docs show "kafka"; harmless.'),
  skipOffsetGaps: field(
    bool,
    "Removed by #6496 (transactional topics support); offset gaps are always tolerated now.",
    {
      since: "0.10.1",
      removedIn: "0.15.0"
    }
  ),
  autoscalerConfig: field(
    any,
    "Misspelt name that 0.22.x wrote in GET output by mistake (#12317); never read back.",
    {
      outputOnly: true,
      since: "0.22.0",
      removedIn: "0.23.0"
    }
  )
});

// src/spec/model/removed-keys.ts
var removedKeys = {
  skipOffsetGaps: 'an ioConfig field removed in 0.15.0 by #6496 "Support kafka transactional topics"; today Druid ignores it anywhere. Offset continuity is handled by transactional topics and isolation.level.',
  buildV9Directly: "a tuningConfig field removed in 0.22.0 by #11351; Druid always builds v9 segments.",
  basePersistDirectory: "a tuningConfig field dropped from the spec in 25.0.0 by #13040; tasks persist under their own task directory.",
  chatThreads: "a tuningConfig field removed in 28.0.0 by #14692 together with the synchronous supervisor-to-task client.",
  chatAsync: "a tuningConfig flag of 25.0.0\u201327.0.0 removed in 28.0.0 by #14692; the task client is always asynchronous.",
  autoscalerConfig: 'a misspelling that Druid 0.22.x wrote in GET output (#12317); Druid reads only "autoScalerConfig", so this copy is lost when the spec is submitted again.',
  compressRunOnSerialization: "a roaring bitmap option removed in 26.0.0 by #13889; Druid always applies run-length compression.",
  useNestedColumnIndexerForSchemaDiscovery: 'a dimensionsSpec flag that existed only during 26.0.0 development; use "useSchemaDiscovery".',
  parser: "dataSchema.parser was removed in 37.0.0 by #19173: Druid refuses a spec with one (400). Read rows with ioConfig.inputFormat and put timestampSpec and dimensionsSpec in dataSchema.",
  multiTopic: 'a pre-release ioConfig flag (28.0.0 development); use "topicPattern" for multi-topic ingestion.'
};

// src/spec/model/kafka-supervisor.ts
var tuningDefault = { type: "kafka" };
var ingestionSpec = object("supervisor.spec", {
  dataSchema: field(
    dataSchema,
    "What is ingested: datasource, timestamp, dimensions, metrics, granularity. Required.",
    {
      required: true
    }
  ),
  ioConfig: field(ioConfig, "Where and how data is read: topic, consumer properties, tasks. Required.", {
    required: true
  }),
  tuningConfig: field(tuningConfig, "How tasks index and persist; absent means every default.", {
    nullable: true,
    default: tuningDefault
  })
});
var context = object(
  "supervisor.context",
  {
    useConcurrentLocks: field(
      bool,
      "Whether tasks take APPEND locks so that compaction or overwrite can run concurrently."
    ),
    taskLockType: field(
      str({ enum: ["EXCLUSIVE", "SHARED", "REPLACE", "APPEND"] }),
      "Lock type of the tasks; useConcurrentLocks is the simpler switch. Absent means EXCLUSIVE."
    ),
    priority: field(int(), "Task priority; absent means 75 for streaming tasks."),
    taskLockTimeout: field(
      long({ unit: "milliseconds" }),
      "Milliseconds a task waits for its lock; absent means 300000."
    )
  },
  "keep",
  any
);
var kafkaSupervisor = object("supervisor", {
  type: field(
    str({ enum: ["kafka"] }),
    'Supervisor type. Must be "kafka"; another value is a 400 (or another supervisor type).',
    {
      required: true
    }
  ),
  id: field(
    str({ minLength: 1 }),
    "Supervisor id (34.0.0+), which lets several supervisors write one datasource. Defaults to dataSchema.dataSource; older releases ignore it and use the datasource. Changing it creates a second supervisor.",
    { nullable: true, since: "34.0.0" }
  ),
  spec: field(
    ingestionSpec,
    "The dataSchema, ioConfig and tuningConfig. When absent, the top-level copies are used.",
    {
      nullable: true,
      since: "0.17.0"
    }
  ),
  dataSchema: field(
    dataSchema,
    "Top-level copy of spec.dataSchema: read only when spec is absent, always written by GET.",
    {
      nullable: true,
      deprecated: 'Put it under "spec".'
    }
  ),
  tuningConfig: field(
    tuningConfig,
    "Top-level copy of spec.tuningConfig: read only when spec is absent, always written by GET.",
    { nullable: true, deprecated: 'Put it under "spec".' }
  ),
  ioConfig: field(
    ioConfig,
    "Top-level copy of spec.ioConfig: read only when spec is absent, always written by GET.",
    {
      nullable: true,
      deprecated: 'Put it under "spec".'
    }
  ),
  context: field(context, "Context passed to every task of the supervisor. Written as null when unset.", {
    nullable: true,
    default: null,
    since: "0.10.0"
  }),
  suspended: field(bool, "Whether the supervisor is created or updated suspended (no tasks run).", {
    default: false,
    since: "0.13.0"
  })
});

export {
  __require,
  __commonJS,
  __toESM,
  isPlainObject,
  deepEqual,
  NEWEST_DRUID_VERSION,
  OLDEST_DRUID_VERSION,
  parseVersion,
  compareVersions,
  atLeast,
  isAvailableIn,
  modelCoverage,
  reachedAt,
  defaultIn,
  parsePeriod,
  canonicalPeriod,
  periodToMillis,
  millisToDruidDuration,
  millisToPeriod,
  millisToReadablePeriod,
  SECTIONS,
  viewSupervisor,
  SUPERVISOR_ID_SINCE,
  supervisorId,
  canonicalLayout,
  retentionRule,
  RETENTION_TITLE,
  retentionRules,
  DROP_RULE_TYPES,
  SHIPPED_DEFAULT_RULES,
  DEFAULT_RULES_NAME,
  dateTimeMillis,
  canonicalDateTime,
  ANNOTATION,
  generateSchema,
  jsonTypesOf,
  GRANULARITY_NAMES,
  granularityObject,
  granularity,
  dimensionSpecObject,
  dimensionSpec,
  stringComparator,
  dimFilter,
  aggregator,
  dimension2 as dimension,
  dimensionsSpec,
  flattenField,
  inputFormat,
  parser,
  dataSchema,
  autoScalerConfig,
  ioConfig,
  tuningConfig,
  removedKeys,
  kafkaSupervisor,
  compactionTuningConfig,
  COMPACTION_TITLE,
  compactionConfig
};
