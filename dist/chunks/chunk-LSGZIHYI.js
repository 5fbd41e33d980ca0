import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  GRANULARITY_NAMES,
  aggregator,
  atLeast,
  autoScalerConfig,
  canonicalPeriod,
  compactionTuningConfig,
  dataSchema,
  defaultIn,
  dimFilter,
  dimension,
  dimensionSpec,
  dimensionSpecObject,
  dimensionsSpec,
  flattenField,
  granularity,
  granularityObject,
  inputFormat,
  ioConfig,
  isAvailableIn,
  isPlainObject,
  jsonTypesOf,
  millisToDruidDuration,
  parser,
  reachedAt,
  retentionRule,
  stringComparator,
  tuningConfig
} from "./chunk-TH2Y4WOA.js";

// src/spec/model/defaults.ts
import { isDeepStrictEqual } from "node:util";

// src/spec/model/dimension-exclusions.ts
function withDimensionExclusions(dataSchema2) {
  const spec = dataSchema2.dimensionsSpec;
  if (!isPlainObject(spec)) return dataSchema2;
  const dimensions = new Set(
    (Array.isArray(spec.dimensions) ? spec.dimensions : []).map(
      (item) => isPlainObject(item) ? item.name : item
    )
  );
  const timestamp = isPlainObject(dataSchema2.timestampSpec) ? dataSchema2.timestampSpec.column : void 0;
  const metrics = Array.isArray(dataSchema2.metricsSpec) ? dataSchema2.metricsSpec.filter(isPlainObject) : [];
  const excluded = /* @__PURE__ */ new Set([
    ...Array.isArray(spec.dimensionExclusions) ? spec.dimensionExclusions : [],
    timestamp ?? "timestamp",
    "__time",
    ...metrics.map((metric) => metric.name),
    ...metrics.flatMap((metric) => [...metricInputs(metric)])
  ]);
  const exclusions = [...excluded].filter((name) => typeof name === "string" && !dimensions.has(name)).sort();
  return { ...dataSchema2, dimensionsSpec: { ...spec, dimensionExclusions: exclusions } };
}
function metricInputs(metric, into = /* @__PURE__ */ new Set()) {
  if (Array.isArray(metric)) metric.forEach((item) => metricInputs(item, into));
  if (!isPlainObject(metric)) return into;
  for (const [key, item] of Object.entries(metric)) {
    if (COLUMN_KEYS.has(key)) {
      for (const column of Array.isArray(item) ? item : [item])
        if (typeof column === "string") into.add(column);
    }
    if (key === "expression" && typeof item === "string") expressionIdentifiers(item, into);
    if (typeof item === "object") metricInputs(item, into);
  }
  return into;
}
var COLUMN_KEYS = /* @__PURE__ */ new Set(["fieldName", "fieldNames", "fields", "timeColumn", "column", "dimension"]);
var TOKEN = /'(?:[^'\\]|\\.)*'|"((?:[^"\\]|\\.)*)"|\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|([A-Za-z_$][\w$]*)(\s*\()?/g;
function expressionIdentifiers(expression, into) {
  for (const match of expression.matchAll(TOKEN)) {
    if (match[1] !== void 0) into.add(match[1]);
    else if (match[2] !== void 0 && match[3] === void 0 && match[2] !== "null") into.add(match[2]);
  }
}

// src/spec/model/constructor-rules.ts
var rules = /* @__PURE__ */ new Map();
var CONSTRUCTOR_RULES = rules;
function onObject(change) {
  return (value, context) => isPlainObject(value) ? change({ ...value }, context) : value;
}
var variantOf = (node, name) => {
  if (node.kind !== "typed" || !node.variants[name]) throw new Error(`model has no variant ${name}`);
  return node.variants[name];
};
rules.set(parser, { asWritten: true });
rules.set(dimension, {
  before: (value) => typeof value === "string" ? { type: "string", name: value } : value
});
rules.set(dimensionsSpec, {
  before: (value) => {
    if (!isPlainObject(value) || !Array.isArray(value.spatialDimensions)) return value;
    const { spatialDimensions, ...rest } = value;
    const converted = spatialDimensions.map(
      (item) => isPlainObject(item) ? { type: "spatial", name: item.dimName, dims: item.dims } : item
    );
    const dimensions = Array.isArray(rest.dimensions) ? rest.dimensions : [];
    return { ...rest, dimensions: [...dimensions, ...converted] };
  }
});
rules.set(dataSchema, { after: onObject(withDimensionExclusions) });
rules.set(granularity, {
  before: (value) => {
    if (typeof value !== "string") return value;
    const name = value.toUpperCase();
    if (name === "NONE" || name === "ALL") return { type: name.toLowerCase() };
    return GRANULARITY_NAMES.includes(name) ? name : value;
  },
  // PeriodGranularity.serialize: a standard period in UTC without origin is written as its name
  // (GranularityType.isStandard compares the Period field by field: PT60M is not HOUR).
  after: (value) => {
    if (!isPlainObject(value) || value.type !== "period" || typeof value.period !== "string") return value;
    if ((value.timeZone ?? "UTC") !== "UTC" || (value.origin ?? null) !== null) return value;
    return STANDARD_PERIODS[canonicalPeriod(value.period) ?? ""] ?? value;
  }
});
var STANDARD_PERIODS = {
  PT1S: "SECOND",
  PT1M: "MINUTE",
  PT5M: "FIVE_MINUTE",
  PT10M: "TEN_MINUTE",
  PT15M: "FIFTEEN_MINUTE",
  PT30M: "THIRTY_MINUTE",
  PT1H: "HOUR",
  PT6H: "SIX_HOUR",
  PT8H: "EIGHT_HOUR",
  P1D: "DAY",
  P1W: "WEEK",
  P1M: "MONTH",
  P3M: "QUARTER",
  P1Y: "YEAR"
};
rules.set(variantOf(granularityObject, "duration"), {
  after: onObject((value) => {
    const origin = typeof value.origin === "string" ? Date.parse(value.origin) : Number.NaN;
    if (typeof value.duration !== "number" || value.duration <= 0 || Number.isNaN(origin)) return value;
    return { ...value, origin: new Date(origin % value.duration).toISOString() };
  })
});
rules.set(flattenField, {
  before: (value) => typeof value === "string" ? { type: "root", name: value } : value
});
rules.set(flattenField.variants[1], {
  after: onObject(
    (value) => value.type === "root" && value.expr === void 0 ? { ...value, expr: value.name } : value
  )
});
rules.set(dimensionSpec, {
  before: (value) => typeof value === "string" ? { type: "default", dimension: value } : value
});
var outputNameFromDimension = onObject(
  (value) => value.outputName === void 0 ? { ...value, outputName: value.dimension } : value
);
for (const name of ["default", "extraction"])
  rules.set(variantOf(dimensionSpecObject, name), { after: outputNameFromDimension });
rules.set(stringComparator, {
  before: (value) => typeof value === "string" ? { type: value.toLowerCase() } : value
});
function alias(from, to) {
  return {
    before: (value) => {
      if (!isPlainObject(value) || !Object.hasOwn(value, from)) return value;
      const { [from]: old, ...rest } = value;
      return rest[to] === void 0 || rest[to] === null ? { ...rest, [to]: old } : rest;
    }
  };
}
rules.set(variantOf(inputFormat, "csv"), alias("hasHeaderRow", "findColumnsFromHeader"));
rules.set(variantOf(inputFormat, "tsv"), alias("hasHeaderRow", "findColumnsFromHeader"));
rules.set(variantOf(dimFilter, "extraction"), alias("dimExtractionFn", "extractionFn"));
var extractionSpecRule = {
  ...alias("dimExtractionFn", "extractionFn"),
  after: outputNameFromDimension
};
rules.set(variantOf(dimensionSpecObject, "extraction"), extractionSpecRule);
rules.set(variantOf(dimFilter, "bound"), {
  before: (value) => {
    if (!isPlainObject(value) || !Object.hasOwn(value, "alphaNumeric")) return value;
    const { alphaNumeric, ...rest } = value;
    const ordering = rest.ordering ?? (alphaNumeric === true ? { type: "alphanumeric" } : void 0);
    return ordering === void 0 ? rest : { ...rest, ordering };
  }
});
rules.set(variantOf(dimFilter, "in"), {
  after: onObject(
    (value) => Array.isArray(value.values) ? { ...value, values: sortedSet(value.values) } : value
  )
});
rules.set(variantOf(dimFilter, "inType"), {
  after: onObject((value) => {
    if (!Array.isArray(value.values) || value.sortedValues !== void 0) return value;
    const { values, ...rest } = value;
    return { ...rest, sortedValues: sortedSet(values) };
  })
});
function sortedSet(values) {
  const unique = [...new Map(values.map((item) => [JSON.stringify(item ?? null), item ?? null])).values()];
  return unique.sort((a, b) => {
    if (a === null || b === null) return a === null ? b === null ? 0 : -1 : 1;
    if (typeof a === "number" && typeof b === "number") return a - b;
    const [left, right] = [String(a), String(b)];
    return left < right ? -1 : left > right ? 1 : 0;
  });
}
rules.set(variantOf(aggregator, "filtered"), {
  after: onObject(
    (value) => value.name === void 0 && isPlainObject(value.aggregator) && value.aggregator.name !== void 0 ? { ...value, name: value.aggregator.name } : value
  )
});
rules.set(variantOf(aggregator, "expression"), {
  after: onObject((value) => ({
    ...value,
    ...value.initialCombineValue === void 0 && value.initialValue !== void 0 ? { initialCombineValue: value.initialValue } : {},
    ...value.shouldCombineAggregateNullInputs === void 0 ? { shouldCombineAggregateNullInputs: value.shouldAggregateNullInputs } : {}
  }))
});
rules.set(variantOf(inputFormat, "json"), {
  after: onObject((value, context) => {
    if (context.form !== "effective" || value.keepNullColumns !== void 0) return value;
    const flatten = value.flattenSpec;
    return { ...value, keepNullColumns: isPlainObject(flatten) && flatten.useFieldDiscovery === true };
  })
});
rules.set(ioConfig, {
  before: (value, context) => {
    if (!isPlainObject(value)) return value;
    const { type: _ignored, ...rest } = value;
    const scaler = rest.autoScalerConfig;
    if (!isPlainObject(scaler) || !isTrue(scaler.enableTaskAutoScaler)) return rest;
    const start = scaler.taskCountStart ?? void 0;
    const written = rest.taskCount ?? void 0;
    const min = scaler.taskCountMin ?? void 0;
    const taskCount = atLeast(context.druidVersion, "38.0.0") ? written ?? start ?? min : atLeast(context.druidVersion, "37.0.0") ? start ?? written ?? min : start ?? min;
    return taskCount === void 0 ? rest : { ...rest, taskCount };
  },
  after: onObject((value, context) => {
    const priorities = value.serverPriorityToReplicas;
    if (isPlainObject(priorities)) {
      const counts = Object.values(priorities);
      if (counts.every((count) => typeof count === "number"))
        value.replicas = counts.reduce((sum, count) => sum + count, 0);
    }
    if (context.form === "stored") {
      value.stream = value.topic ?? value.topicPattern ?? null;
      value.useEarliestSequenceNumber = value.useEarliestOffset;
    }
    return value;
  })
});
rules.set(variantOf(autoScalerConfig, "lagBased"), {
  after: onObject((value, context) => {
    if (!atLeast(context.druidVersion, "38.0.0")) return value;
    const frequency = value.minTriggerScaleActionFrequencyMillis;
    if (typeof frequency !== "number") return value;
    const delay = millisToDruidDuration(frequency);
    return {
      ...value,
      minScaleUpDelay: value.minScaleUpDelay ?? delay,
      minScaleDownDelay: value.minScaleDownDelay ?? delay
    };
  })
});
var isTrue = (value) => value === true || typeof value === "string" && value.trim().toLowerCase() === "true";
rules.set(tuningConfig, {
  after: onObject((value, context) => {
    if (value.indexSpecForIntermediatePersists === void 0 && value.indexSpec !== void 0)
      value.indexSpecForIntermediatePersists = structuredClone(value.indexSpec);
    if (value.reportParseExceptions === true) {
      value.maxParseExceptions = 0;
      const saved = value.maxSavedParseExceptions;
      value.maxSavedParseExceptions = typeof saved === "number" ? Math.min(1, saved) : 0;
    }
    if (typeof value.numPersistThreads === "number" && value.numPersistThreads < 1)
      value.numPersistThreads = 1;
    if (value.maxRowsPerSegment === -1)
      value.maxRowsPerSegment = tuningConfig.fields.maxRowsPerSegment?.default;
    if (value.maxTotalRows === -1 && context.form === "effective") delete value.maxTotalRows;
    return value;
  })
});
for (const name of ["loadByPeriod", "loadByInterval", "loadForever"])
  rules.set(variantOf(retentionRule, name), {
    after: onObject(
      (value) => value.tieredReplicants === void 0 ? {
        ...value,
        tieredReplicants: value.useDefaultTierForNull === false ? {} : { _default_tier: 2 }
      } : value
    )
  });
rules.set(compactionTuningConfig, {
  after: onObject((value, context) => {
    if (context.form !== "stored") return value;
    const partitions = value.partitionsSpec;
    return {
      ...value,
      forceGuaranteedRollup: isPlainObject(partitions) && partitions.type !== "dynamic"
    };
  })
});

// src/spec/model/defaults.ts
function applyDefaults(node, value, options) {
  return new Walk(options).visit(node, value, []);
}
var Walk = class _Walk {
  form;
  druidVersion;
  scalar;
  reader;
  constructor(options) {
    this.form = options.form ?? "effective";
    this.druidVersion = options.druidVersion;
    this.scalar = options.scalar ?? ((_node, value) => value);
    this.reader = options.reader;
  }
  visit(node, input, path) {
    if (input === null || input === void 0) return void 0;
    this.reader?.(node, input, path);
    const rule = CONSTRUCTOR_RULES.get(node);
    if (rule?.asWritten) return structuredClone(input);
    const value = rule?.before ? rule.before(input, this) : input;
    const walked = this.node(node, value, path);
    const result = rule?.after && walked !== void 0 ? rule.after(walked, this) : walked;
    return this.form === "stored" && node.kind === "object" && isPlainObject(result) ? inDeclaredOrder(node, result) : result;
  }
  /** The default of a field, walked like a value (a default object gets its own defaults). */
  fieldDefault(field) {
    const value = defaultIn(field, this.druidVersion);
    if (value === void 0) return void 0;
    if (value === null) return this.form === "stored" ? null : void 0;
    return new _Walk({ druidVersion: this.druidVersion, form: this.form, scalar: this.scalar }).visit(
      field.node,
      structuredClone(value),
      []
    );
  }
  /** What the stored form writes for a field: GET's null or omission where the model says so. */
  stored(field, item) {
    const form = this.form === "stored" ? getForm(field, this.druidVersion) : void 0;
    if (item === void 0) {
      if (form === "null") return null;
      return form === void 0 ? this.fieldDefault(field) : void 0;
    }
    if (form === "omittedWhenDefault" && isDeepStrictEqual(item, this.fieldDefault(field))) return void 0;
    return item;
  }
  node(node, value, path) {
    switch (node.kind) {
      case "object":
        return isPlainObject(value) ? this.object(node, value, path) : this.asWritten(value);
      case "typed":
        return isPlainObject(value) ? this.typed(node, value, path) : this.asWritten(value);
      case "array":
        return Array.isArray(value) ? value.map((item, index) => this.visit(node.items, item, [...path, index]) ?? null) : this.asWritten(value);
      case "union":
        return this.union(node, value, path);
      case "string":
        return this.scalar(node, this.string(node, value));
      case "integer":
        return coerceInteger(value);
      case "number":
        return typeof value === "string" && isNumeric(value) ? Number(value) : value;
      case "boolean":
        return coerceBoolean(value);
      case "any":
        return this.asWritten(value);
    }
  }
  object(node, value, path) {
    const out = {};
    for (const [key, field] of Object.entries(node.fields)) {
      if (!isAvailableIn(field, this.druidVersion)) continue;
      if (field.outputOnly) {
        if (this.form === "stored" && defaultIn(field, this.druidVersion) !== void 0)
          out[key] = this.fieldDefault(field);
        continue;
      }
      const result = this.stored(field, this.visit(field.node, value[key], [...path, key]));
      if (result !== void 0) out[key] = result;
    }
    if (node.unknownKeys !== "keep") return out;
    const entries = Object.entries(value).filter(([key]) => !Object.hasOwn(node.fields, key)).map(([key, item]) => {
      const result = this.visit(node.values ?? { kind: "any" }, item, [...path, key]);
      return [key, result === void 0 && item === null && this.form === "stored" ? null : result];
    }).filter(([, result]) => result !== void 0);
    return { ...out, ...Object.fromEntries(entries) };
  }
  typed(node, value, path) {
    const tag = node.tag ?? "type";
    const written = value[tag];
    let name;
    const known = (variant2) => Object.hasOwn(node.variants, variant2) && isAvailableIn(node.variantAvailability?.[variant2] ?? {}, this.druidVersion);
    if (typeof written === "string" && known(written)) name = written;
    else if (written === void 0 || written === null || node.unknownType === "replace")
      name = node.defaultVariant;
    const variant = name === void 0 ? void 0 : node.variants[name];
    if (!variant) return this.asWritten(value);
    return this.visit(variant, { ...value, [tag]: name }, path);
  }
  union(node, input, path) {
    const value = isPlainObject(input) || Array.isArray(input) ? input : this.scalar(node, input);
    const type = jsonTypeOf(value);
    const variant = node.variants.find((candidate) => jsonTypesOf(candidate).includes(type)) ?? (type === "integer" ? node.variants.find((c) => jsonTypesOf(c).includes("number")) : void 0);
    return variant ? this.visit(variant, value, path) : this.asWritten(value);
  }
  /** Jackson reads numbers and booleans into String fields; enums match in the model's spelling. */
  string(node, value) {
    if (node.acceptsMillis && typeof value === "number") return value;
    const text = typeof value === "number" || typeof value === "boolean" ? String(value) : value;
    if (typeof text !== "string" || !node.enum) return text;
    const spelt = node.caseInsensitive ? node.enum.find((candidate) => candidate.toUpperCase() === text.toUpperCase()) : node.enum.find((candidate) => candidate === text);
    return spelt ?? (node.silentlyReplacedWith !== void 0 ? node.silentlyReplacedWith : text);
  }
  /** A value the model cannot type: kept as written, with null meaning absent in the effective form. */
  asWritten(value) {
    if (this.form === "stored") return structuredClone(value);
    return withoutNulls(value);
  }
};
function getForm(field, druidVersion) {
  if (typeof field.inGet === "string" || field.inGet === void 0) return field.inGet;
  return reachedAt(field.inGet, druidVersion)?.as;
}
function inDeclaredOrder(node, value) {
  const declared = Object.keys(node.fields).filter((key) => Object.hasOwn(value, key));
  const others = Object.keys(value).filter((key) => !Object.hasOwn(node.fields, key));
  return Object.fromEntries([...declared, ...others].map((key) => [key, value[key]]));
}
function withoutNulls(value) {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (!isPlainObject(value)) return value;
  return Object.fromEntries(
    Object.entries(value).filter(([, item]) => item !== null).map(([key, item]) => [key, withoutNulls(item)])
  );
}
function jsonTypeOf(value) {
  if (Array.isArray(value)) return "array";
  if (isPlainObject(value)) return "object";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}
var isNumeric = (text) => text.trim() !== "" && Number.isFinite(Number(text));
function coerceInteger(value) {
  if (typeof value === "number") return Number.isFinite(value) ? Math.trunc(value) : value;
  if (typeof value === "string" && /^\s*[-+]?\d+\s*$/.test(value)) return Number.parseInt(value, 10);
  return value;
}
function coerceBoolean(value) {
  if (typeof value === "number") return value !== 0;
  if (typeof value === "string" && /^\s*(true|false)\s*$/i.test(value))
    return value.trim().toLowerCase() === "true";
  return value;
}

export {
  metricInputs,
  applyDefaults
};
