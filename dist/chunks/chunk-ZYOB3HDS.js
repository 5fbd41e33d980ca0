import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  code,
  codeBlock,
  describeState,
  escapeMarkdown,
  knownLag,
  readLive,
  runStateChange,
  tableRow,
  updatePath
} from "./chunk-T34DK2WN.js";
import {
  DruidError,
  askRelease,
  canonicalJson,
  diffSegmentConfigs,
  diffSpecs,
  inParallel,
  isAutoscaled,
  normalizeSegmentConfig,
  normalizeSpec,
  resolveRelease,
  specComparison,
  specHash,
  withRelease
} from "./chunk-WU6CUPLN.js";
import {
  metricInputs
} from "./chunk-LSGZIHYI.js";
import {
  DATASOURCE_RULE_IDS,
  DEFAULT_SAMPLING,
  SEVERITY_RANK,
  checkFile,
  checkSegmentFile,
  collectSecrets,
  columnsOf,
  counts,
  get,
  join,
  keepsSegment,
  markDuplicateDataSources,
  markDuplicateIds,
  matchSecretReferences,
  parseInterval,
  plural,
  quote,
  readSegmentFile,
  readSpec,
  redactSpec,
  redactStrings,
  retentionRulesOf,
  segmentKindOf,
  segmentsFor
} from "./chunk-MJ7KIQFN.js";
import {
  DEFAULT_RULES_NAME,
  GRANULARITY_NAMES,
  SHIPPED_DEFAULT_RULES,
  SUPERVISOR_ID_SINCE,
  __commonJS,
  __toESM,
  canonicalLayout,
  compareVersions,
  dateTimeMillis,
  deepEqual,
  isPlainObject,
  parsePeriod,
  periodToMillis,
  viewSupervisor
} from "./chunk-TH2Y4WOA.js";

// node_modules/json-schema-diff/dist/json-schema-diff/diff-schemas/set/json-set/json-set-config.js
var require_json_set_config = __commonJS({
  "node_modules/json-schema-diff/dist/json-schema-diff/diff-schemas/set/json-set/json-set-config.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.complementJsonSetConfig = exports.unionJsonSetConfigs = exports.intersectJsonSetConfigs = void 0;
    var mapJsonSetConfigs = (a, b, callbackFn) => ({
      array: callbackFn(a.array, b.array),
      boolean: callbackFn(a.boolean, b.boolean),
      null: callbackFn(a.null, b.null),
      number: callbackFn(a.number, b.number),
      object: callbackFn(a.object, b.object),
      string: callbackFn(a.string, b.string)
    });
    var intersectJsonSetConfigs = (configA, configB) => mapJsonSetConfigs(configA, configB, (typeSet1, typeSet2) => typeSet1.intersect(typeSet2));
    exports.intersectJsonSetConfigs = intersectJsonSetConfigs;
    var unionJsonSetConfigs = (configA, configB) => mapJsonSetConfigs(configA, configB, (typeSet1, typeSet2) => typeSet1.union(typeSet2));
    exports.unionJsonSetConfigs = unionJsonSetConfigs;
    var complementJsonSetConfig = (config) => ({
      array: config.array.complement(),
      boolean: config.boolean.complement(),
      null: config.null.complement(),
      number: config.number.complement(),
      object: config.object.complement(),
      string: config.string.complement()
    });
    exports.complementJsonSetConfig = complementJsonSetConfig;
  }
});

// node_modules/json-schema-diff/dist/json-schema-diff/diff-schemas/set/set.js
var require_set = __commonJS({
  "node_modules/json-schema-diff/dist/json-schema-diff/diff-schemas/set/set.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.addAnyOfIfNecessary = void 0;
    var addAnyOfIfNecessary = (schemas) => schemas.length === 1 ? schemas[0] : { anyOf: schemas };
    exports.addAnyOfIfNecessary = addAnyOfIfNecessary;
  }
});

// node_modules/json-schema-diff/dist/json-schema-diff/diff-schemas/set/json-set/json-set-config-to-core-representation-schema.js
var require_json_set_config_to_core_representation_schema = __commonJS({
  "node_modules/json-schema-diff/dist/json-schema-diff/diff-schemas/set/json-set/json-set-config-to-core-representation-schema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.jsonSetConfigToCoreRepresentationSchema = void 0;
    var set_1 = require_set();
    var createEmptyCoreSchemaMetaSchema = () => ({
      type: []
    });
    var getTypeOrEmpty = (jsonSchema) => {
      if (!jsonSchema.type) {
        return [];
      }
      if (typeof jsonSchema.type === "string") {
        return [jsonSchema.type];
      }
      return jsonSchema.type;
    };
    var getAnyOfOrEmpty = (jsonSchema) => jsonSchema.anyOf || [];
    var isSimpleSchema = (schema) => schema.anyOf === void 0;
    var mergeTypes = (schema, otherSchema) => {
      const schemaTypes = getTypeOrEmpty(schema);
      const otherSchemaTypes = getTypeOrEmpty(otherSchema);
      const mergedTypes = schemaTypes.concat(otherSchemaTypes);
      return mergedTypes.length === 1 ? mergedTypes[0] : mergedTypes;
    };
    var mergeCoreRepresentationJsonSchemas = (schema, otherSchema) => {
      const mergedSchema = Object.assign(Object.assign(Object.assign({}, schema), otherSchema), { type: mergeTypes(schema, otherSchema) });
      if (schema.not && otherSchema.not) {
        mergedSchema.not = mergeCoreRepresentationJsonSchemas(toCoreRepresentationJsonSchema(schema.not), toCoreRepresentationJsonSchema(otherSchema.not));
      }
      return mergedSchema;
    };
    var isCoreSchemaMetaSchema = (schema) => typeof schema !== "boolean";
    var toCoreRepresentationJsonSchema = (schema) => isCoreSchemaMetaSchema(schema) ? schema : createEmptyCoreSchemaMetaSchema();
    var jsonSetConfigToCoreRepresentationSchema = (config) => {
      const typeSetSchemas = Object.keys(config).map((typeSetName) => config[typeSetName].toJsonSchema()).filter(isCoreSchemaMetaSchema);
      const schemas = typeSetSchemas.filter((schema) => !isSimpleSchema(schema)).reduce((accumulator, schema) => {
        const anyOf = getAnyOfOrEmpty(schema);
        return accumulator.concat(anyOf);
      }, []);
      const mergedSimpleSubsetSchemas = typeSetSchemas.filter(isSimpleSchema).reduce((mergedSchema, schema) => {
        return mergeCoreRepresentationJsonSchemas(mergedSchema, schema);
      }, createEmptyCoreSchemaMetaSchema());
      if (getTypeOrEmpty(mergedSimpleSubsetSchemas).length > 0) {
        schemas.push(mergedSimpleSubsetSchemas);
      }
      return (0, set_1.addAnyOfIfNecessary)(schemas);
    };
    exports.jsonSetConfigToCoreRepresentationSchema = jsonSetConfigToCoreRepresentationSchema;
  }
});

// node_modules/json-schema-diff/dist/json-schema-diff/diff-schemas/set/json-set.js
var require_json_set = __commonJS({
  "node_modules/json-schema-diff/dist/json-schema-diff/diff-schemas/set/json-set.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.createJsonSetFromConfig = exports.emptyJsonSet = exports.allJsonSet = void 0;
    var json_set_config_1 = require_json_set_config();
    var json_set_config_to_core_representation_schema_1 = require_json_set_config_to_core_representation_schema();
    var AllJsonSet = class {
      constructor() {
        this.type = "all";
        this.setType = "json";
      }
      complement() {
        return exports.emptyJsonSet;
      }
      intersect(other) {
        return other;
      }
      intersectWithSome(other) {
        return other;
      }
      union() {
        return this;
      }
      unionWithSome() {
        return this;
      }
      isSubsetOf(other) {
        return other === this;
      }
      toJsonSchema() {
        return true;
      }
    };
    var EmptyJsonSet = class {
      constructor() {
        this.type = "empty";
        this.setType = "json";
      }
      complement() {
        return exports.allJsonSet;
      }
      intersect() {
        return this;
      }
      intersectWithSome() {
        return this;
      }
      union(other) {
        return other;
      }
      unionWithSome(other) {
        return other;
      }
      isSubsetOf() {
        return true;
      }
      toJsonSchema() {
        return false;
      }
    };
    var SomeJsonSet = class {
      constructor(config) {
        this.config = config;
        this.type = "some";
        this.setType = "json";
      }
      complement() {
        return (0, exports.createJsonSetFromConfig)((0, json_set_config_1.complementJsonSetConfig)(this.config));
      }
      intersect(other) {
        return other.intersectWithSome(this);
      }
      intersectWithSome(other) {
        return (0, exports.createJsonSetFromConfig)((0, json_set_config_1.intersectJsonSetConfigs)(this.config, other.config));
      }
      union(other) {
        return other.unionWithSome(this);
      }
      unionWithSome(other) {
        return (0, exports.createJsonSetFromConfig)((0, json_set_config_1.unionJsonSetConfigs)(this.config, other.config));
      }
      isSubsetOf(other) {
        return other.complement().intersect(this).type === "empty";
      }
      toJsonSchema() {
        return (0, json_set_config_to_core_representation_schema_1.jsonSetConfigToCoreRepresentationSchema)(this.config);
      }
    };
    var areAllSubsetsInConfigOfType = (config, setType) => {
      return Object.keys(config).every((name) => config[name].type === setType);
    };
    exports.allJsonSet = new AllJsonSet();
    exports.emptyJsonSet = new EmptyJsonSet();
    var createJsonSetFromConfig = (config) => {
      if (areAllSubsetsInConfigOfType(config, "empty")) {
        return exports.emptyJsonSet;
      } else if (areAllSubsetsInConfigOfType(config, "all")) {
        return exports.allJsonSet;
      }
      return new SomeJsonSet(config);
    };
    exports.createJsonSetFromConfig = createJsonSetFromConfig;
  }
});

// node_modules/json-schema-diff/dist/json-schema-diff/diff-schemas/set/keyword-defaults.js
var require_keyword_defaults = __commonJS({
  "node_modules/json-schema-diff/dist/json-schema-diff/diff-schemas/set/keyword-defaults.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.defaultTypes = exports.defaultMaximum = exports.defaultMinimum = exports.defaultMinLength = exports.defaultMaxLength = exports.defaultRequired = exports.defaultMinProperties = exports.defaultMinItems = exports.defaultMaxProperties = exports.defaultMaxItems = exports.defaultProperties = void 0;
    exports.defaultProperties = {};
    exports.defaultMaxItems = Number.POSITIVE_INFINITY;
    exports.defaultMaxProperties = Number.POSITIVE_INFINITY;
    exports.defaultMinItems = 0;
    exports.defaultMinProperties = 0;
    exports.defaultRequired = [];
    exports.defaultMaxLength = Number.POSITIVE_INFINITY;
    exports.defaultMinLength = 0;
    exports.defaultMinimum = Number.NEGATIVE_INFINITY;
    exports.defaultMaximum = Number.POSITIVE_INFINITY;
    exports.defaultTypes = [
      "array",
      "boolean",
      "integer",
      "null",
      "number",
      "object",
      "string"
    ];
  }
});

// node_modules/json-schema-diff/dist/json-schema-diff/diff-schemas/set/subset/array-subset/array-subset-config-has-contradictions.js
var require_array_subset_config_has_contradictions = __commonJS({
  "node_modules/json-schema-diff/dist/json-schema-diff/diff-schemas/set/subset/array-subset/array-subset-config-has-contradictions.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.arraySubsetConfigHasContradictions = void 0;
    var isEmptyItemsAndMinItemsContradiction = (config) => {
      const itemsAcceptsNoValues = config.items.type === "empty";
      const minItemsRequiresValues = config.minItems > 0;
      return itemsAcceptsNoValues && minItemsRequiresValues;
    };
    var isMaxItemsAndMinItemsContradiction = (config) => config.minItems > config.maxItems;
    var isMinItemsContradiction = (config) => config.minItems === Number.POSITIVE_INFINITY;
    var isItemsAndNotItemsContradiction = (config) => config.not.some((notConfig) => config.items.isSubsetOf(notConfig.items));
    var contradictionTests = [
      isEmptyItemsAndMinItemsContradiction,
      isMaxItemsAndMinItemsContradiction,
      isMinItemsContradiction,
      isItemsAndNotItemsContradiction
    ];
    var arraySubsetConfigHasContradictions = (config) => contradictionTests.some((contradictionTest) => contradictionTest(config));
    exports.arraySubsetConfigHasContradictions = arraySubsetConfigHasContradictions;
  }
});

// node_modules/json-schema-diff/dist/json-schema-diff/diff-schemas/set/subset/array-subset/array-subset-config-to-json-schema.js
var require_array_subset_config_to_json_schema = __commonJS({
  "node_modules/json-schema-diff/dist/json-schema-diff/diff-schemas/set/subset/array-subset/array-subset-config-to-json-schema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.arraySubsetConfigToJsonSchema = void 0;
    var keyword_defaults_1 = require_keyword_defaults();
    var set_1 = require_set();
    var getNotSchema = (config) => config.not.length === 0 ? {} : {
      not: (0, set_1.addAnyOfIfNecessary)(config.not.map(exports.arraySubsetConfigToJsonSchema))
    };
    var getItemsSchema = (config) => config.items.type === "all" ? {} : { items: config.items.toJsonSchema() };
    var getMaxItemsSchema = (config) => config.maxItems === keyword_defaults_1.defaultMaxItems ? {} : { maxItems: config.maxItems };
    var getMinItemsSchema = (config) => config.minItems === keyword_defaults_1.defaultMinItems ? {} : { minItems: config.minItems };
    var arraySubsetConfigToJsonSchema = (config) => Object.assign(Object.assign(Object.assign(Object.assign({ type: "array" }, getItemsSchema(config)), getMaxItemsSchema(config)), getMinItemsSchema(config)), getNotSchema(config));
    exports.arraySubsetConfigToJsonSchema = arraySubsetConfigToJsonSchema;
  }
});

// node_modules/json-schema-diff/dist/json-schema-diff/diff-schemas/set/subset/array-subset/complement-array-subset-config.js
var require_complement_array_subset_config = __commonJS({
  "node_modules/json-schema-diff/dist/json-schema-diff/diff-schemas/set/subset/array-subset/complement-array-subset-config.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.complementArraySubsetConfig = void 0;
    var json_set_1 = require_json_set();
    var keyword_defaults_1 = require_keyword_defaults();
    var complementItems = (config) => ({
      items: json_set_1.allJsonSet,
      maxItems: keyword_defaults_1.defaultMaxItems,
      minItems: keyword_defaults_1.defaultMinItems,
      not: [
        {
          items: config.items,
          maxItems: keyword_defaults_1.defaultMaxItems,
          minItems: keyword_defaults_1.defaultMinItems,
          not: []
        }
      ]
    });
    var complementMaxItems = (config) => ({
      items: json_set_1.allJsonSet,
      maxItems: keyword_defaults_1.defaultMaxItems,
      minItems: config.maxItems + 1,
      not: []
    });
    var complementMinItems = (config) => ({
      items: json_set_1.allJsonSet,
      maxItems: config.minItems - 1,
      minItems: keyword_defaults_1.defaultMinItems,
      not: []
    });
    var complementNot = (config) => config.not;
    var complementArraySubsetConfig = (config) => [
      complementItems(config),
      complementMaxItems(config),
      complementMinItems(config),
      ...complementNot(config)
    ];
    exports.complementArraySubsetConfig = complementArraySubsetConfig;
  }
});

// node_modules/json-schema-diff/dist/json-schema-diff/diff-schemas/set/subset/array-subset/intersect-array-subset-config.js
var require_intersect_array_subset_config = __commonJS({
  "node_modules/json-schema-diff/dist/json-schema-diff/diff-schemas/set/subset/array-subset/intersect-array-subset-config.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.intersectArraySubsetConfig = void 0;
    var intersectMaxItems = (configA, configB) => Math.min(configA.maxItems, configB.maxItems);
    var intersectMinItems = (configA, configB) => Math.max(configA.minItems, configB.minItems);
    var intersectArraySubsetConfig = (configA, configB) => ({
      items: configA.items.intersect(configB.items),
      maxItems: intersectMaxItems(configA, configB),
      minItems: intersectMinItems(configA, configB),
      not: [...configA.not, ...configB.not]
    });
    exports.intersectArraySubsetConfig = intersectArraySubsetConfig;
  }
});

// node_modules/json-schema-diff/dist/json-schema-diff/diff-schemas/set/subset/array-subset/simplify-array-subset-config.js
var require_simplify_array_subset_config = __commonJS({
  "node_modules/json-schema-diff/dist/json-schema-diff/diff-schemas/set/subset/array-subset/simplify-array-subset-config.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.simplifyArraySubsetConfig = void 0;
    var json_set_1 = require_json_set();
    var keyword_defaults_1 = require_keyword_defaults();
    var maxItemsAllowsNoItems = (config) => config.maxItems === 0;
    var notItemsDisallowsEmptyArrays = (config) => config.not.length === 1 && config.not[0].items.type === "empty";
    var simplifyArraySubsetConfig = (config) => {
      if (maxItemsAllowsNoItems(config)) {
        return Object.assign(Object.assign({}, config), { items: json_set_1.emptyJsonSet, maxItems: keyword_defaults_1.defaultMaxItems });
      }
      if (notItemsDisallowsEmptyArrays(config)) {
        return Object.assign(Object.assign({}, config), { not: [], minItems: 1 });
      }
      return config;
    };
    exports.simplifyArraySubsetConfig = simplifyArraySubsetConfig;
  }
});

// node_modules/json-schema-diff/dist/json-schema-diff/diff-schemas/set/subset/subset.js
var require_subset = __commonJS({
  "node_modules/json-schema-diff/dist/json-schema-diff/diff-schemas/set/subset/subset.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.EmptySubset = exports.AllSubset = void 0;
    var AllSubset = class {
      constructor(setType) {
        this.setType = setType;
        this.type = "all";
      }
      complement() {
        return [new EmptySubset(this.setType)];
      }
      intersect(other) {
        return other;
      }
      intersectWithSome(other) {
        return other;
      }
      toJsonSchema() {
        return { type: this.setType };
      }
    };
    exports.AllSubset = AllSubset;
    var EmptySubset = class {
      constructor(setType) {
        this.setType = setType;
        this.type = "empty";
      }
      complement() {
        return [new AllSubset(this.setType)];
      }
      intersect() {
        return this;
      }
      intersectWithSome() {
        return this;
      }
      toJsonSchema() {
        return false;
      }
    };
    exports.EmptySubset = EmptySubset;
  }
});

// node_modules/json-schema-diff/dist/json-schema-diff/diff-schemas/set/subset/array-subset.js
var require_array_subset = __commonJS({
  "node_modules/json-schema-diff/dist/json-schema-diff/diff-schemas/set/subset/array-subset.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.createArraySubsetFromConfig = exports.emptyArraySubset = exports.allArraySubset = void 0;
    var array_subset_config_has_contradictions_1 = require_array_subset_config_has_contradictions();
    var array_subset_config_to_json_schema_1 = require_array_subset_config_to_json_schema();
    var complement_array_subset_config_1 = require_complement_array_subset_config();
    var intersect_array_subset_config_1 = require_intersect_array_subset_config();
    var simplify_array_subset_config_1 = require_simplify_array_subset_config();
    var subset_1 = require_subset();
    var SomeArraySubset = class {
      constructor(config) {
        this.config = config;
        this.type = "some";
        this.setType = "array";
      }
      complement() {
        return (0, complement_array_subset_config_1.complementArraySubsetConfig)(this.config).map(exports.createArraySubsetFromConfig);
      }
      intersect(other) {
        return other.intersectWithSome(this);
      }
      intersectWithSome(other) {
        return (0, exports.createArraySubsetFromConfig)((0, intersect_array_subset_config_1.intersectArraySubsetConfig)(this.config, other.config));
      }
      toJsonSchema() {
        return (0, array_subset_config_to_json_schema_1.arraySubsetConfigToJsonSchema)(this.config);
      }
    };
    exports.allArraySubset = new subset_1.AllSubset("array");
    exports.emptyArraySubset = new subset_1.EmptySubset("array");
    var createArraySubsetFromConfig = (config) => {
      const simplifiedConfig = (0, simplify_array_subset_config_1.simplifyArraySubsetConfig)(config);
      return (0, array_subset_config_has_contradictions_1.arraySubsetConfigHasContradictions)(simplifiedConfig) ? exports.emptyArraySubset : new SomeArraySubset(simplifiedConfig);
    };
    exports.createArraySubsetFromConfig = createArraySubsetFromConfig;
  }
});

// node_modules/json-schema-diff/dist/json-schema-diff/diff-schemas/set/type-set.js
var require_type_set = __commonJS({
  "node_modules/json-schema-diff/dist/json-schema-diff/diff-schemas/set/type-set.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.createTypeSetFromSubsets = void 0;
    var set_1 = require_set();
    var AllTypeSet = class {
      constructor(setType) {
        this.setType = setType;
        this.type = "all";
      }
      intersect(other) {
        return other;
      }
      intersectWithSome(other) {
        return other;
      }
      union() {
        return this;
      }
      unionWithSome() {
        return this;
      }
      complement() {
        return new EmptyTypeSet(this.setType);
      }
      isSubsetOf() {
        throw new Error("Not Implemented");
      }
      toJsonSchema() {
        return { type: this.setType };
      }
    };
    var EmptyTypeSet = class {
      constructor(setType) {
        this.setType = setType;
        this.type = "empty";
      }
      intersect() {
        return this;
      }
      intersectWithSome() {
        return this;
      }
      union(other) {
        return other;
      }
      unionWithSome(other) {
        return other;
      }
      complement() {
        return new AllTypeSet(this.setType);
      }
      isSubsetOf() {
        return true;
      }
      toJsonSchema() {
        return false;
      }
    };
    var SomeTypeSet = class {
      constructor(setType, subsets, context) {
        this.setType = setType;
        this.subsets = subsets;
        this.context = context;
        this.type = "some";
      }
      complement() {
        const complementedSubsets = this.subsets.map((set) => set.complement()).reduce((subsetListA, subsetListB) => this.intersectSubsets(subsetListA, subsetListB));
        return (0, exports.createTypeSetFromSubsets)(this.setType, complementedSubsets, this.context);
      }
      intersect(other) {
        return other.intersectWithSome(this);
      }
      intersectWithSome(other) {
        const intersectedSubsets = this.intersectSubsets(this.subsets, other.subsets);
        return (0, exports.createTypeSetFromSubsets)(this.setType, intersectedSubsets, this.context);
      }
      union(other) {
        return other.unionWithSome(this);
      }
      unionWithSome(other) {
        const newSubsets = [...this.subsets, ...other.subsets];
        return (0, exports.createTypeSetFromSubsets)(this.setType, newSubsets, this.context);
      }
      isSubsetOf(other) {
        return other.complement().intersect(this).type === "empty";
      }
      toJsonSchema() {
        return (0, set_1.addAnyOfIfNecessary)(this.subsets.map((subset) => subset.toJsonSchema()));
      }
      intersectSubsets(subsetListA, subsetListB) {
        let intersectedSubsets = [];
        for (const subsetA of subsetListA) {
          for (const subsetB of subsetListB) {
            const intersectionSubset = subsetA.intersect(subsetB);
            const intersectionTypeSet = (0, exports.createTypeSetFromSubsets)(intersectionSubset.setType, [intersectionSubset], this.context);
            if (this.shouldOmitIntersectionBasedOnHeuristics(intersectedSubsets, intersectionTypeSet)) {
              continue;
            }
            intersectedSubsets = this.simplifyIntersectedSubsetsWithHeuristics(intersectedSubsets, intersectionTypeSet);
            intersectedSubsets.push({
              subset: intersectionSubset,
              typeSet: intersectionTypeSet
            });
          }
        }
        return intersectedSubsets.map((s) => s.subset);
      }
      shouldOmitIntersectionBasedOnHeuristics(intersectedSubsets, intersectionTypeSet) {
        if (this.context.heuristics.applyLawOfAbsorptionInTypeSetCartesianProduct) {
          const isIntersectionAlreadyRepresented = intersectedSubsets.some((s) => intersectionTypeSet.isSubsetOf(s.typeSet));
          return isIntersectionAlreadyRepresented;
        }
        return false;
      }
      simplifyIntersectedSubsetsWithHeuristics(intersectedSubsets, intersectionTypeSet) {
        return this.context.heuristics.applyLawOfAbsorptionInTypeSetCartesianProduct ? intersectedSubsets.filter((s) => !s.typeSet.isSubsetOf(intersectionTypeSet)) : intersectedSubsets;
      }
    };
    var isAnySubsetTypeAll = (subsets) => subsets.some((subset) => subset.type === "all");
    var isTypeAll = (subsets) => {
      return isAnySubsetTypeAll(subsets);
    };
    var getNonEmptySubsets = (subsets) => subsets.filter((subset) => subset.type !== "empty");
    var createTypeSetFromSubsets = (setType, subsets, context) => {
      const notEmptySubsets = getNonEmptySubsets(subsets);
      if (notEmptySubsets.length === 0) {
        return new EmptyTypeSet(setType);
      }
      if (isTypeAll(subsets)) {
        return new AllTypeSet(setType);
      }
      return new SomeTypeSet(setType, notEmptySubsets, context);
    };
    exports.createTypeSetFromSubsets = createTypeSetFromSubsets;
  }
});

// node_modules/json-schema-diff/dist/json-schema-diff/diff-schemas/set-factories/is-type-supported.js
var require_is_type_supported = __commonJS({
  "node_modules/json-schema-diff/dist/json-schema-diff/diff-schemas/set-factories/is-type-supported.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.isTypeSupported = void 0;
    var isTypeSupported = (parsedTypeKeyword, type) => parsedTypeKeyword.indexOf(type) >= 0;
    exports.isTypeSupported = isTypeSupported;
  }
});

// node_modules/json-schema-diff/dist/json-schema-diff/diff-schemas/set-factories/create-array-set.js
var require_create_array_set = __commonJS({
  "node_modules/json-schema-diff/dist/json-schema-diff/diff-schemas/set-factories/create-array-set.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.createArraySet = void 0;
    var keyword_defaults_1 = require_keyword_defaults();
    var array_subset_1 = require_array_subset();
    var type_set_1 = require_type_set();
    var is_type_supported_1 = require_is_type_supported();
    var supportsAllArrays = (arraySetParsedKeywords) => arraySetParsedKeywords.items.type === "all" && arraySetParsedKeywords.minItems === keyword_defaults_1.defaultMinItems && arraySetParsedKeywords.maxItems === keyword_defaults_1.defaultMaxItems;
    var createArraySubset = (arraySetParsedKeywords) => {
      if (!(0, is_type_supported_1.isTypeSupported)(arraySetParsedKeywords.type, "array")) {
        return array_subset_1.emptyArraySubset;
      }
      if (supportsAllArrays(arraySetParsedKeywords)) {
        return array_subset_1.allArraySubset;
      }
      return (0, array_subset_1.createArraySubsetFromConfig)(Object.assign(Object.assign({}, arraySetParsedKeywords), { not: [] }));
    };
    var createArraySet = (arraySetParsedKeywords, context) => {
      const arraySubset = createArraySubset(arraySetParsedKeywords);
      return (0, type_set_1.createTypeSetFromSubsets)("array", [arraySubset], context);
    };
    exports.createArraySet = createArraySet;
  }
});

// node_modules/json-schema-diff/dist/json-schema-diff/diff-schemas/set/subset/number-subset/complement-number-subset-config.js
var require_complement_number_subset_config = __commonJS({
  "node_modules/json-schema-diff/dist/json-schema-diff/diff-schemas/set/subset/number-subset/complement-number-subset-config.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.complementNumberSubsetConfig = void 0;
    var keyword_defaults_1 = require_keyword_defaults();
    var getUnrestrictedNumberSubsetConfig = () => ({
      exclusiveMaximum: keyword_defaults_1.defaultMaximum,
      exclusiveMinimum: keyword_defaults_1.defaultMinimum,
      maximum: keyword_defaults_1.defaultMaximum,
      minimum: keyword_defaults_1.defaultMinimum,
      isInteger: false,
      not: []
    });
    var complementNot = (config) => config.not;
    var complementMaximum = (config) => Object.assign(Object.assign({}, getUnrestrictedNumberSubsetConfig()), { exclusiveMinimum: config.maximum });
    var complementMinimum = (config) => Object.assign(Object.assign({}, getUnrestrictedNumberSubsetConfig()), { exclusiveMaximum: config.minimum });
    var complementExclusiveMaximum = (config) => Object.assign(Object.assign({}, getUnrestrictedNumberSubsetConfig()), { minimum: config.exclusiveMaximum });
    var complementExclusiveMinimum = (config) => Object.assign(Object.assign({}, getUnrestrictedNumberSubsetConfig()), { maximum: config.exclusiveMinimum });
    var complementIsInteger = (config) => Object.assign(Object.assign({}, getUnrestrictedNumberSubsetConfig()), { not: [
      Object.assign(Object.assign({}, getUnrestrictedNumberSubsetConfig()), { isInteger: config.isInteger })
    ] });
    var complementNumberSubsetConfig = (config) => [
      complementExclusiveMaximum(config),
      complementExclusiveMinimum(config),
      complementMaximum(config),
      complementMinimum(config),
      complementIsInteger(config),
      ...complementNot(config)
    ];
    exports.complementNumberSubsetConfig = complementNumberSubsetConfig;
  }
});

// node_modules/json-schema-diff/dist/json-schema-diff/diff-schemas/set/subset/number-subset/intersect-number-subset-config.js
var require_intersect_number_subset_config = __commonJS({
  "node_modules/json-schema-diff/dist/json-schema-diff/diff-schemas/set/subset/number-subset/intersect-number-subset-config.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.intersectNumberSubsetConfig = void 0;
    var intersectNumberSubsetConfig = (configA, configB) => ({
      exclusiveMaximum: Math.min(configA.exclusiveMaximum, configB.exclusiveMaximum),
      exclusiveMinimum: Math.max(configA.exclusiveMinimum, configB.exclusiveMinimum),
      maximum: Math.min(configA.maximum, configB.maximum),
      minimum: Math.max(configA.minimum, configB.minimum),
      isInteger: configA.isInteger || configB.isInteger,
      not: [...configA.not, ...configB.not]
    });
    exports.intersectNumberSubsetConfig = intersectNumberSubsetConfig;
  }
});

// node_modules/json-schema-diff/dist/json-schema-diff/diff-schemas/set/subset/number-subset/number-subset-config-has-contradictions.js
var require_number_subset_config_has_contradictions = __commonJS({
  "node_modules/json-schema-diff/dist/json-schema-diff/diff-schemas/set/subset/number-subset/number-subset-config-has-contradictions.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.numberSubsetConfigHasContradictions = void 0;
    var isIntegerAndNotIsIntegerContradiction = (config) => config.not.some((subset) => subset.isInteger === config.isInteger);
    var isMinimumAndMaximumContradiction = (config) => config.minimum >= config.exclusiveMaximum || config.minimum > config.maximum || config.exclusiveMinimum >= Math.min(config.maximum, config.exclusiveMaximum);
    var isIntegerNotInExclusiveRange = (config) => config.isInteger && config.exclusiveMaximum - config.exclusiveMinimum === 1;
    var contradictionTests = [
      isIntegerAndNotIsIntegerContradiction,
      isMinimumAndMaximumContradiction,
      isIntegerNotInExclusiveRange
    ];
    var numberSubsetConfigHasContradictions = (config) => contradictionTests.some((contradictionTest) => contradictionTest(config));
    exports.numberSubsetConfigHasContradictions = numberSubsetConfigHasContradictions;
  }
});

// node_modules/json-schema-diff/dist/json-schema-diff/diff-schemas/set/subset/number-subset/number-subset-config-to-json-schema.js
var require_number_subset_config_to_json_schema = __commonJS({
  "node_modules/json-schema-diff/dist/json-schema-diff/diff-schemas/set/subset/number-subset/number-subset-config-to-json-schema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.numberSubsetConfigToJsonSchema = void 0;
    var keyword_defaults_1 = require_keyword_defaults();
    var getNotSchema = (config) => (
      // TODO: write test to force an anyOf, is it possible?
      config.not.length === 0 ? {} : { not: (0, exports.numberSubsetConfigToJsonSchema)(config.not[0]) }
    );
    var getExclusiveMaximum = (config) => config.exclusiveMaximum === keyword_defaults_1.defaultMaximum ? {} : { exclusiveMaximum: config.exclusiveMaximum };
    var getExclusiveMinimum = (config) => config.exclusiveMinimum === keyword_defaults_1.defaultMinimum ? {} : { exclusiveMinimum: config.exclusiveMinimum };
    var getMaximum = (config) => config.maximum === keyword_defaults_1.defaultMaximum ? {} : { maximum: config.maximum };
    var getMinimum = (config) => config.minimum === keyword_defaults_1.defaultMinimum ? {} : { minimum: config.minimum };
    var getTypeSchema = (config) => config.isInteger ? { type: "integer" } : { type: "number" };
    var numberSubsetConfigToJsonSchema = (config) => Object.assign(Object.assign(Object.assign(Object.assign(Object.assign(Object.assign({}, getTypeSchema(config)), getExclusiveMaximum(config)), getExclusiveMinimum(config)), getMaximum(config)), getMinimum(config)), getNotSchema(config));
    exports.numberSubsetConfigToJsonSchema = numberSubsetConfigToJsonSchema;
  }
});

// node_modules/json-schema-diff/dist/json-schema-diff/diff-schemas/set/subset/number-subset/simplify-number-subset-config.js
var require_simplify_number_subset_config = __commonJS({
  "node_modules/json-schema-diff/dist/json-schema-diff/diff-schemas/set/subset/number-subset/simplify-number-subset-config.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.simplifyNumberSubsetConfig = void 0;
    var keyword_defaults_1 = require_keyword_defaults();
    var normaliseRangesForIntegers = (config) => config.isInteger ? Object.assign(Object.assign({}, config), { minimum: Math.ceil(config.minimum), maximum: Math.floor(config.maximum), exclusiveMinimum: Math.floor(config.exclusiveMinimum), exclusiveMaximum: Math.ceil(config.exclusiveMaximum) }) : Object.assign({}, config);
    var mostRestrictiveMinimum = (config) => config.minimum > config.exclusiveMinimum ? { minimum: config.minimum, exclusiveMinimum: keyword_defaults_1.defaultMinimum } : { minimum: keyword_defaults_1.defaultMinimum, exclusiveMinimum: config.exclusiveMinimum };
    var mostRestrictiveMaximum = (config) => config.maximum < config.exclusiveMaximum ? { maximum: config.maximum, exclusiveMaximum: keyword_defaults_1.defaultMaximum } : { maximum: keyword_defaults_1.defaultMaximum, exclusiveMaximum: config.exclusiveMaximum };
    var simplifyNumberSubsetConfig = (config) => {
      config = normaliseRangesForIntegers(config);
      return Object.assign(Object.assign(Object.assign({}, config), mostRestrictiveMinimum(config)), mostRestrictiveMaximum(config));
    };
    exports.simplifyNumberSubsetConfig = simplifyNumberSubsetConfig;
  }
});

// node_modules/json-schema-diff/dist/json-schema-diff/diff-schemas/set/subset/number-subset.js
var require_number_subset = __commonJS({
  "node_modules/json-schema-diff/dist/json-schema-diff/diff-schemas/set/subset/number-subset.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.createNumberSubsetFromConfig = exports.emptyNumberSubset = exports.allNumberSubset = void 0;
    var complement_number_subset_config_1 = require_complement_number_subset_config();
    var intersect_number_subset_config_1 = require_intersect_number_subset_config();
    var number_subset_config_has_contradictions_1 = require_number_subset_config_has_contradictions();
    var number_subset_config_to_json_schema_1 = require_number_subset_config_to_json_schema();
    var simplify_number_subset_config_1 = require_simplify_number_subset_config();
    var subset_1 = require_subset();
    var SomeNumberSubset = class {
      constructor(config) {
        this.config = config;
        this.type = "some";
        this.setType = "number";
      }
      complement() {
        return (0, complement_number_subset_config_1.complementNumberSubsetConfig)(this.config).map(exports.createNumberSubsetFromConfig);
      }
      intersect(other) {
        return other.intersectWithSome(this);
      }
      intersectWithSome(other) {
        return (0, exports.createNumberSubsetFromConfig)((0, intersect_number_subset_config_1.intersectNumberSubsetConfig)(this.config, other.config));
      }
      toJsonSchema() {
        return (0, number_subset_config_to_json_schema_1.numberSubsetConfigToJsonSchema)(this.config);
      }
    };
    exports.allNumberSubset = new subset_1.AllSubset("number");
    exports.emptyNumberSubset = new subset_1.EmptySubset("number");
    var createNumberSubsetFromConfig = (config) => {
      const simplifiedConfig = (0, simplify_number_subset_config_1.simplifyNumberSubsetConfig)(config);
      return (0, number_subset_config_has_contradictions_1.numberSubsetConfigHasContradictions)(simplifiedConfig) ? exports.emptyNumberSubset : new SomeNumberSubset(simplifiedConfig);
    };
    exports.createNumberSubsetFromConfig = createNumberSubsetFromConfig;
  }
});

// node_modules/json-schema-diff/dist/json-schema-diff/diff-schemas/set-factories/create-number-set.js
var require_create_number_set = __commonJS({
  "node_modules/json-schema-diff/dist/json-schema-diff/diff-schemas/set-factories/create-number-set.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.createNumberSet = void 0;
    var keyword_defaults_1 = require_keyword_defaults();
    var number_subset_1 = require_number_subset();
    var type_set_1 = require_type_set();
    var is_type_supported_1 = require_is_type_supported();
    var supportsAllNumbers = (numberSetParsedKeywords) => (0, is_type_supported_1.isTypeSupported)(numberSetParsedKeywords.type, "number") && numberSetParsedKeywords.maximum === keyword_defaults_1.defaultMaximum && numberSetParsedKeywords.minimum === keyword_defaults_1.defaultMinimum && numberSetParsedKeywords.exclusiveMaximum === keyword_defaults_1.defaultMaximum && numberSetParsedKeywords.exclusiveMinimum === keyword_defaults_1.defaultMinimum;
    var supportsNoNumbers = (numberSetParsedKeywords) => !(0, is_type_supported_1.isTypeSupported)(numberSetParsedKeywords.type, "number") && !(0, is_type_supported_1.isTypeSupported)(numberSetParsedKeywords.type, "integer");
    var createNumberSubset = (numberSetParsedKeywords) => {
      if (supportsNoNumbers(numberSetParsedKeywords)) {
        return number_subset_1.emptyNumberSubset;
      }
      if (supportsAllNumbers(numberSetParsedKeywords)) {
        return number_subset_1.allNumberSubset;
      }
      const isInteger = !(0, is_type_supported_1.isTypeSupported)(numberSetParsedKeywords.type, "number");
      return (0, number_subset_1.createNumberSubsetFromConfig)({
        exclusiveMaximum: numberSetParsedKeywords.exclusiveMaximum,
        exclusiveMinimum: numberSetParsedKeywords.exclusiveMinimum,
        maximum: numberSetParsedKeywords.maximum,
        minimum: numberSetParsedKeywords.minimum,
        isInteger,
        not: []
      });
    };
    var createNumberSet = (numberSetParsedKeywords, context) => {
      const numberSubset = createNumberSubset(numberSetParsedKeywords);
      return (0, type_set_1.createTypeSetFromSubsets)("number", [numberSubset], context);
    };
    exports.createNumberSet = createNumberSet;
  }
});

// node_modules/lodash/lodash.js
var require_lodash = __commonJS({
  "node_modules/lodash/lodash.js"(exports, module) {
    (function() {
      var undefined2;
      var VERSION = "4.18.1";
      var LARGE_ARRAY_SIZE = 200;
      var CORE_ERROR_TEXT = "Unsupported core-js use. Try https://npms.io/search?q=ponyfill.", FUNC_ERROR_TEXT = "Expected a function", INVALID_TEMPL_VAR_ERROR_TEXT = "Invalid `variable` option passed into `_.template`", INVALID_TEMPL_IMPORTS_ERROR_TEXT = "Invalid `imports` option passed into `_.template`";
      var HASH_UNDEFINED = "__lodash_hash_undefined__";
      var MAX_MEMOIZE_SIZE = 500;
      var PLACEHOLDER = "__lodash_placeholder__";
      var CLONE_DEEP_FLAG = 1, CLONE_FLAT_FLAG = 2, CLONE_SYMBOLS_FLAG = 4;
      var COMPARE_PARTIAL_FLAG = 1, COMPARE_UNORDERED_FLAG = 2;
      var WRAP_BIND_FLAG = 1, WRAP_BIND_KEY_FLAG = 2, WRAP_CURRY_BOUND_FLAG = 4, WRAP_CURRY_FLAG = 8, WRAP_CURRY_RIGHT_FLAG = 16, WRAP_PARTIAL_FLAG = 32, WRAP_PARTIAL_RIGHT_FLAG = 64, WRAP_ARY_FLAG = 128, WRAP_REARG_FLAG = 256, WRAP_FLIP_FLAG = 512;
      var DEFAULT_TRUNC_LENGTH = 30, DEFAULT_TRUNC_OMISSION = "...";
      var HOT_COUNT = 800, HOT_SPAN = 16;
      var LAZY_FILTER_FLAG = 1, LAZY_MAP_FLAG = 2, LAZY_WHILE_FLAG = 3;
      var INFINITY = 1 / 0, MAX_SAFE_INTEGER = 9007199254740991, MAX_INTEGER = 17976931348623157e292, NAN = 0 / 0;
      var MAX_ARRAY_LENGTH = 4294967295, MAX_ARRAY_INDEX = MAX_ARRAY_LENGTH - 1, HALF_MAX_ARRAY_LENGTH = MAX_ARRAY_LENGTH >>> 1;
      var wrapFlags = [
        ["ary", WRAP_ARY_FLAG],
        ["bind", WRAP_BIND_FLAG],
        ["bindKey", WRAP_BIND_KEY_FLAG],
        ["curry", WRAP_CURRY_FLAG],
        ["curryRight", WRAP_CURRY_RIGHT_FLAG],
        ["flip", WRAP_FLIP_FLAG],
        ["partial", WRAP_PARTIAL_FLAG],
        ["partialRight", WRAP_PARTIAL_RIGHT_FLAG],
        ["rearg", WRAP_REARG_FLAG]
      ];
      var argsTag = "[object Arguments]", arrayTag = "[object Array]", asyncTag = "[object AsyncFunction]", boolTag = "[object Boolean]", dateTag = "[object Date]", domExcTag = "[object DOMException]", errorTag = "[object Error]", funcTag = "[object Function]", genTag = "[object GeneratorFunction]", mapTag = "[object Map]", numberTag = "[object Number]", nullTag = "[object Null]", objectTag = "[object Object]", promiseTag = "[object Promise]", proxyTag = "[object Proxy]", regexpTag = "[object RegExp]", setTag = "[object Set]", stringTag = "[object String]", symbolTag = "[object Symbol]", undefinedTag = "[object Undefined]", weakMapTag = "[object WeakMap]", weakSetTag = "[object WeakSet]";
      var arrayBufferTag = "[object ArrayBuffer]", dataViewTag = "[object DataView]", float32Tag = "[object Float32Array]", float64Tag = "[object Float64Array]", int8Tag = "[object Int8Array]", int16Tag = "[object Int16Array]", int32Tag = "[object Int32Array]", uint8Tag = "[object Uint8Array]", uint8ClampedTag = "[object Uint8ClampedArray]", uint16Tag = "[object Uint16Array]", uint32Tag = "[object Uint32Array]";
      var reEmptyStringLeading = /\b__p \+= '';/g, reEmptyStringMiddle = /\b(__p \+=) '' \+/g, reEmptyStringTrailing = /(__e\(.*?\)|\b__t\)) \+\n'';/g;
      var reEscapedHtml = /&(?:amp|lt|gt|quot|#39);/g, reUnescapedHtml = /[&<>"']/g, reHasEscapedHtml = RegExp(reEscapedHtml.source), reHasUnescapedHtml = RegExp(reUnescapedHtml.source);
      var reEscape = /<%-([\s\S]+?)%>/g, reEvaluate = /<%([\s\S]+?)%>/g, reInterpolate = /<%=([\s\S]+?)%>/g;
      var reIsDeepProp = /\.|\[(?:[^[\]]*|(["'])(?:(?!\1)[^\\]|\\.)*?\1)\]/, reIsPlainProp = /^\w*$/, rePropName = /[^.[\]]+|\[(?:(-?\d+(?:\.\d+)?)|(["'])((?:(?!\2)[^\\]|\\.)*?)\2)\]|(?=(?:\.|\[\])(?:\.|\[\]|$))/g;
      var reRegExpChar = /[\\^$.*+?()[\]{}|]/g, reHasRegExpChar = RegExp(reRegExpChar.source);
      var reTrimStart = /^\s+/;
      var reWhitespace = /\s/;
      var reWrapComment = /\{(?:\n\/\* \[wrapped with .+\] \*\/)?\n?/, reWrapDetails = /\{\n\/\* \[wrapped with (.+)\] \*/, reSplitDetails = /,? & /;
      var reAsciiWord = /[^\x00-\x2f\x3a-\x40\x5b-\x60\x7b-\x7f]+/g;
      var reForbiddenIdentifierChars = /[()=,{}\[\]\/\s]/;
      var reEscapeChar = /\\(\\)?/g;
      var reEsTemplate = /\$\{([^\\}]*(?:\\.[^\\}]*)*)\}/g;
      var reFlags = /\w*$/;
      var reIsBadHex = /^[-+]0x[0-9a-f]+$/i;
      var reIsBinary = /^0b[01]+$/i;
      var reIsHostCtor = /^\[object .+?Constructor\]$/;
      var reIsOctal = /^0o[0-7]+$/i;
      var reIsUint = /^(?:0|[1-9]\d*)$/;
      var reLatin = /[\xc0-\xd6\xd8-\xf6\xf8-\xff\u0100-\u017f]/g;
      var reNoMatch = /($^)/;
      var reUnescapedString = /['\n\r\u2028\u2029\\]/g;
      var rsAstralRange = "\\ud800-\\udfff", rsComboMarksRange = "\\u0300-\\u036f", reComboHalfMarksRange = "\\ufe20-\\ufe2f", rsComboSymbolsRange = "\\u20d0-\\u20ff", rsComboRange = rsComboMarksRange + reComboHalfMarksRange + rsComboSymbolsRange, rsDingbatRange = "\\u2700-\\u27bf", rsLowerRange = "a-z\\xdf-\\xf6\\xf8-\\xff", rsMathOpRange = "\\xac\\xb1\\xd7\\xf7", rsNonCharRange = "\\x00-\\x2f\\x3a-\\x40\\x5b-\\x60\\x7b-\\xbf", rsPunctuationRange = "\\u2000-\\u206f", rsSpaceRange = " \\t\\x0b\\f\\xa0\\ufeff\\n\\r\\u2028\\u2029\\u1680\\u180e\\u2000\\u2001\\u2002\\u2003\\u2004\\u2005\\u2006\\u2007\\u2008\\u2009\\u200a\\u202f\\u205f\\u3000", rsUpperRange = "A-Z\\xc0-\\xd6\\xd8-\\xde", rsVarRange = "\\ufe0e\\ufe0f", rsBreakRange = rsMathOpRange + rsNonCharRange + rsPunctuationRange + rsSpaceRange;
      var rsApos = "['\u2019]", rsAstral = "[" + rsAstralRange + "]", rsBreak = "[" + rsBreakRange + "]", rsCombo = "[" + rsComboRange + "]", rsDigits = "\\d+", rsDingbat = "[" + rsDingbatRange + "]", rsLower = "[" + rsLowerRange + "]", rsMisc = "[^" + rsAstralRange + rsBreakRange + rsDigits + rsDingbatRange + rsLowerRange + rsUpperRange + "]", rsFitz = "\\ud83c[\\udffb-\\udfff]", rsModifier = "(?:" + rsCombo + "|" + rsFitz + ")", rsNonAstral = "[^" + rsAstralRange + "]", rsRegional = "(?:\\ud83c[\\udde6-\\uddff]){2}", rsSurrPair = "[\\ud800-\\udbff][\\udc00-\\udfff]", rsUpper = "[" + rsUpperRange + "]", rsZWJ = "\\u200d";
      var rsMiscLower = "(?:" + rsLower + "|" + rsMisc + ")", rsMiscUpper = "(?:" + rsUpper + "|" + rsMisc + ")", rsOptContrLower = "(?:" + rsApos + "(?:d|ll|m|re|s|t|ve))?", rsOptContrUpper = "(?:" + rsApos + "(?:D|LL|M|RE|S|T|VE))?", reOptMod = rsModifier + "?", rsOptVar = "[" + rsVarRange + "]?", rsOptJoin = "(?:" + rsZWJ + "(?:" + [rsNonAstral, rsRegional, rsSurrPair].join("|") + ")" + rsOptVar + reOptMod + ")*", rsOrdLower = "\\d*(?:1st|2nd|3rd|(?![123])\\dth)(?=\\b|[A-Z_])", rsOrdUpper = "\\d*(?:1ST|2ND|3RD|(?![123])\\dTH)(?=\\b|[a-z_])", rsSeq = rsOptVar + reOptMod + rsOptJoin, rsEmoji = "(?:" + [rsDingbat, rsRegional, rsSurrPair].join("|") + ")" + rsSeq, rsSymbol = "(?:" + [rsNonAstral + rsCombo + "?", rsCombo, rsRegional, rsSurrPair, rsAstral].join("|") + ")";
      var reApos = RegExp(rsApos, "g");
      var reComboMark = RegExp(rsCombo, "g");
      var reUnicode = RegExp(rsFitz + "(?=" + rsFitz + ")|" + rsSymbol + rsSeq, "g");
      var reUnicodeWord = RegExp([
        rsUpper + "?" + rsLower + "+" + rsOptContrLower + "(?=" + [rsBreak, rsUpper, "$"].join("|") + ")",
        rsMiscUpper + "+" + rsOptContrUpper + "(?=" + [rsBreak, rsUpper + rsMiscLower, "$"].join("|") + ")",
        rsUpper + "?" + rsMiscLower + "+" + rsOptContrLower,
        rsUpper + "+" + rsOptContrUpper,
        rsOrdUpper,
        rsOrdLower,
        rsDigits,
        rsEmoji
      ].join("|"), "g");
      var reHasUnicode = RegExp("[" + rsZWJ + rsAstralRange + rsComboRange + rsVarRange + "]");
      var reHasUnicodeWord = /[a-z][A-Z]|[A-Z]{2}[a-z]|[0-9][a-zA-Z]|[a-zA-Z][0-9]|[^a-zA-Z0-9 ]/;
      var contextProps = [
        "Array",
        "Buffer",
        "DataView",
        "Date",
        "Error",
        "Float32Array",
        "Float64Array",
        "Function",
        "Int8Array",
        "Int16Array",
        "Int32Array",
        "Map",
        "Math",
        "Object",
        "Promise",
        "RegExp",
        "Set",
        "String",
        "Symbol",
        "TypeError",
        "Uint8Array",
        "Uint8ClampedArray",
        "Uint16Array",
        "Uint32Array",
        "WeakMap",
        "_",
        "clearTimeout",
        "isFinite",
        "parseInt",
        "setTimeout"
      ];
      var templateCounter = -1;
      var typedArrayTags = {};
      typedArrayTags[float32Tag] = typedArrayTags[float64Tag] = typedArrayTags[int8Tag] = typedArrayTags[int16Tag] = typedArrayTags[int32Tag] = typedArrayTags[uint8Tag] = typedArrayTags[uint8ClampedTag] = typedArrayTags[uint16Tag] = typedArrayTags[uint32Tag] = true;
      typedArrayTags[argsTag] = typedArrayTags[arrayTag] = typedArrayTags[arrayBufferTag] = typedArrayTags[boolTag] = typedArrayTags[dataViewTag] = typedArrayTags[dateTag] = typedArrayTags[errorTag] = typedArrayTags[funcTag] = typedArrayTags[mapTag] = typedArrayTags[numberTag] = typedArrayTags[objectTag] = typedArrayTags[regexpTag] = typedArrayTags[setTag] = typedArrayTags[stringTag] = typedArrayTags[weakMapTag] = false;
      var cloneableTags = {};
      cloneableTags[argsTag] = cloneableTags[arrayTag] = cloneableTags[arrayBufferTag] = cloneableTags[dataViewTag] = cloneableTags[boolTag] = cloneableTags[dateTag] = cloneableTags[float32Tag] = cloneableTags[float64Tag] = cloneableTags[int8Tag] = cloneableTags[int16Tag] = cloneableTags[int32Tag] = cloneableTags[mapTag] = cloneableTags[numberTag] = cloneableTags[objectTag] = cloneableTags[regexpTag] = cloneableTags[setTag] = cloneableTags[stringTag] = cloneableTags[symbolTag] = cloneableTags[uint8Tag] = cloneableTags[uint8ClampedTag] = cloneableTags[uint16Tag] = cloneableTags[uint32Tag] = true;
      cloneableTags[errorTag] = cloneableTags[funcTag] = cloneableTags[weakMapTag] = false;
      var deburredLetters = {
        // Latin-1 Supplement block.
        "\xC0": "A",
        "\xC1": "A",
        "\xC2": "A",
        "\xC3": "A",
        "\xC4": "A",
        "\xC5": "A",
        "\xE0": "a",
        "\xE1": "a",
        "\xE2": "a",
        "\xE3": "a",
        "\xE4": "a",
        "\xE5": "a",
        "\xC7": "C",
        "\xE7": "c",
        "\xD0": "D",
        "\xF0": "d",
        "\xC8": "E",
        "\xC9": "E",
        "\xCA": "E",
        "\xCB": "E",
        "\xE8": "e",
        "\xE9": "e",
        "\xEA": "e",
        "\xEB": "e",
        "\xCC": "I",
        "\xCD": "I",
        "\xCE": "I",
        "\xCF": "I",
        "\xEC": "i",
        "\xED": "i",
        "\xEE": "i",
        "\xEF": "i",
        "\xD1": "N",
        "\xF1": "n",
        "\xD2": "O",
        "\xD3": "O",
        "\xD4": "O",
        "\xD5": "O",
        "\xD6": "O",
        "\xD8": "O",
        "\xF2": "o",
        "\xF3": "o",
        "\xF4": "o",
        "\xF5": "o",
        "\xF6": "o",
        "\xF8": "o",
        "\xD9": "U",
        "\xDA": "U",
        "\xDB": "U",
        "\xDC": "U",
        "\xF9": "u",
        "\xFA": "u",
        "\xFB": "u",
        "\xFC": "u",
        "\xDD": "Y",
        "\xFD": "y",
        "\xFF": "y",
        "\xC6": "Ae",
        "\xE6": "ae",
        "\xDE": "Th",
        "\xFE": "th",
        "\xDF": "ss",
        // Latin Extended-A block.
        "\u0100": "A",
        "\u0102": "A",
        "\u0104": "A",
        "\u0101": "a",
        "\u0103": "a",
        "\u0105": "a",
        "\u0106": "C",
        "\u0108": "C",
        "\u010A": "C",
        "\u010C": "C",
        "\u0107": "c",
        "\u0109": "c",
        "\u010B": "c",
        "\u010D": "c",
        "\u010E": "D",
        "\u0110": "D",
        "\u010F": "d",
        "\u0111": "d",
        "\u0112": "E",
        "\u0114": "E",
        "\u0116": "E",
        "\u0118": "E",
        "\u011A": "E",
        "\u0113": "e",
        "\u0115": "e",
        "\u0117": "e",
        "\u0119": "e",
        "\u011B": "e",
        "\u011C": "G",
        "\u011E": "G",
        "\u0120": "G",
        "\u0122": "G",
        "\u011D": "g",
        "\u011F": "g",
        "\u0121": "g",
        "\u0123": "g",
        "\u0124": "H",
        "\u0126": "H",
        "\u0125": "h",
        "\u0127": "h",
        "\u0128": "I",
        "\u012A": "I",
        "\u012C": "I",
        "\u012E": "I",
        "\u0130": "I",
        "\u0129": "i",
        "\u012B": "i",
        "\u012D": "i",
        "\u012F": "i",
        "\u0131": "i",
        "\u0134": "J",
        "\u0135": "j",
        "\u0136": "K",
        "\u0137": "k",
        "\u0138": "k",
        "\u0139": "L",
        "\u013B": "L",
        "\u013D": "L",
        "\u013F": "L",
        "\u0141": "L",
        "\u013A": "l",
        "\u013C": "l",
        "\u013E": "l",
        "\u0140": "l",
        "\u0142": "l",
        "\u0143": "N",
        "\u0145": "N",
        "\u0147": "N",
        "\u014A": "N",
        "\u0144": "n",
        "\u0146": "n",
        "\u0148": "n",
        "\u014B": "n",
        "\u014C": "O",
        "\u014E": "O",
        "\u0150": "O",
        "\u014D": "o",
        "\u014F": "o",
        "\u0151": "o",
        "\u0154": "R",
        "\u0156": "R",
        "\u0158": "R",
        "\u0155": "r",
        "\u0157": "r",
        "\u0159": "r",
        "\u015A": "S",
        "\u015C": "S",
        "\u015E": "S",
        "\u0160": "S",
        "\u015B": "s",
        "\u015D": "s",
        "\u015F": "s",
        "\u0161": "s",
        "\u0162": "T",
        "\u0164": "T",
        "\u0166": "T",
        "\u0163": "t",
        "\u0165": "t",
        "\u0167": "t",
        "\u0168": "U",
        "\u016A": "U",
        "\u016C": "U",
        "\u016E": "U",
        "\u0170": "U",
        "\u0172": "U",
        "\u0169": "u",
        "\u016B": "u",
        "\u016D": "u",
        "\u016F": "u",
        "\u0171": "u",
        "\u0173": "u",
        "\u0174": "W",
        "\u0175": "w",
        "\u0176": "Y",
        "\u0177": "y",
        "\u0178": "Y",
        "\u0179": "Z",
        "\u017B": "Z",
        "\u017D": "Z",
        "\u017A": "z",
        "\u017C": "z",
        "\u017E": "z",
        "\u0132": "IJ",
        "\u0133": "ij",
        "\u0152": "Oe",
        "\u0153": "oe",
        "\u0149": "'n",
        "\u017F": "s"
      };
      var htmlEscapes = {
        "&": "&amp;",
        "<": "&lt;",
        ">": "&gt;",
        '"': "&quot;",
        "'": "&#39;"
      };
      var htmlUnescapes = {
        "&amp;": "&",
        "&lt;": "<",
        "&gt;": ">",
        "&quot;": '"',
        "&#39;": "'"
      };
      var stringEscapes = {
        "\\": "\\",
        "'": "'",
        "\n": "n",
        "\r": "r",
        "\u2028": "u2028",
        "\u2029": "u2029"
      };
      var freeParseFloat = parseFloat, freeParseInt = parseInt;
      var freeGlobal = typeof global == "object" && global && global.Object === Object && global;
      var freeSelf = typeof self == "object" && self && self.Object === Object && self;
      var root = freeGlobal || freeSelf || Function("return this")();
      var freeExports = typeof exports == "object" && exports && !exports.nodeType && exports;
      var freeModule = freeExports && typeof module == "object" && module && !module.nodeType && module;
      var moduleExports = freeModule && freeModule.exports === freeExports;
      var freeProcess = moduleExports && freeGlobal.process;
      var nodeUtil = (function() {
        try {
          var types = freeModule && freeModule.require && freeModule.require("util").types;
          if (types) {
            return types;
          }
          return freeProcess && freeProcess.binding && freeProcess.binding("util");
        } catch (e) {
        }
      })();
      var nodeIsArrayBuffer = nodeUtil && nodeUtil.isArrayBuffer, nodeIsDate = nodeUtil && nodeUtil.isDate, nodeIsMap = nodeUtil && nodeUtil.isMap, nodeIsRegExp = nodeUtil && nodeUtil.isRegExp, nodeIsSet = nodeUtil && nodeUtil.isSet, nodeIsTypedArray = nodeUtil && nodeUtil.isTypedArray;
      function apply(func, thisArg, args) {
        switch (args.length) {
          case 0:
            return func.call(thisArg);
          case 1:
            return func.call(thisArg, args[0]);
          case 2:
            return func.call(thisArg, args[0], args[1]);
          case 3:
            return func.call(thisArg, args[0], args[1], args[2]);
        }
        return func.apply(thisArg, args);
      }
      function arrayAggregator(array, setter, iteratee, accumulator) {
        var index = -1, length = array == null ? 0 : array.length;
        while (++index < length) {
          var value = array[index];
          setter(accumulator, value, iteratee(value), array);
        }
        return accumulator;
      }
      function arrayEach(array, iteratee) {
        var index = -1, length = array == null ? 0 : array.length;
        while (++index < length) {
          if (iteratee(array[index], index, array) === false) {
            break;
          }
        }
        return array;
      }
      function arrayEachRight(array, iteratee) {
        var length = array == null ? 0 : array.length;
        while (length--) {
          if (iteratee(array[length], length, array) === false) {
            break;
          }
        }
        return array;
      }
      function arrayEvery(array, predicate) {
        var index = -1, length = array == null ? 0 : array.length;
        while (++index < length) {
          if (!predicate(array[index], index, array)) {
            return false;
          }
        }
        return true;
      }
      function arrayFilter(array, predicate) {
        var index = -1, length = array == null ? 0 : array.length, resIndex = 0, result = [];
        while (++index < length) {
          var value = array[index];
          if (predicate(value, index, array)) {
            result[resIndex++] = value;
          }
        }
        return result;
      }
      function arrayIncludes(array, value) {
        var length = array == null ? 0 : array.length;
        return !!length && baseIndexOf(array, value, 0) > -1;
      }
      function arrayIncludesWith(array, value, comparator) {
        var index = -1, length = array == null ? 0 : array.length;
        while (++index < length) {
          if (comparator(value, array[index])) {
            return true;
          }
        }
        return false;
      }
      function arrayMap(array, iteratee) {
        var index = -1, length = array == null ? 0 : array.length, result = Array(length);
        while (++index < length) {
          result[index] = iteratee(array[index], index, array);
        }
        return result;
      }
      function arrayPush(array, values) {
        var index = -1, length = values.length, offset = array.length;
        while (++index < length) {
          array[offset + index] = values[index];
        }
        return array;
      }
      function arrayReduce(array, iteratee, accumulator, initAccum) {
        var index = -1, length = array == null ? 0 : array.length;
        if (initAccum && length) {
          accumulator = array[++index];
        }
        while (++index < length) {
          accumulator = iteratee(accumulator, array[index], index, array);
        }
        return accumulator;
      }
      function arrayReduceRight(array, iteratee, accumulator, initAccum) {
        var length = array == null ? 0 : array.length;
        if (initAccum && length) {
          accumulator = array[--length];
        }
        while (length--) {
          accumulator = iteratee(accumulator, array[length], length, array);
        }
        return accumulator;
      }
      function arraySome(array, predicate) {
        var index = -1, length = array == null ? 0 : array.length;
        while (++index < length) {
          if (predicate(array[index], index, array)) {
            return true;
          }
        }
        return false;
      }
      var asciiSize = baseProperty("length");
      function asciiToArray(string) {
        return string.split("");
      }
      function asciiWords(string) {
        return string.match(reAsciiWord) || [];
      }
      function baseFindKey(collection, predicate, eachFunc) {
        var result;
        eachFunc(collection, function(value, key, collection2) {
          if (predicate(value, key, collection2)) {
            result = key;
            return false;
          }
        });
        return result;
      }
      function baseFindIndex(array, predicate, fromIndex, fromRight) {
        var length = array.length, index = fromIndex + (fromRight ? 1 : -1);
        while (fromRight ? index-- : ++index < length) {
          if (predicate(array[index], index, array)) {
            return index;
          }
        }
        return -1;
      }
      function baseIndexOf(array, value, fromIndex) {
        return value === value ? strictIndexOf(array, value, fromIndex) : baseFindIndex(array, baseIsNaN, fromIndex);
      }
      function baseIndexOfWith(array, value, fromIndex, comparator) {
        var index = fromIndex - 1, length = array.length;
        while (++index < length) {
          if (comparator(array[index], value)) {
            return index;
          }
        }
        return -1;
      }
      function baseIsNaN(value) {
        return value !== value;
      }
      function baseMean(array, iteratee) {
        var length = array == null ? 0 : array.length;
        return length ? baseSum(array, iteratee) / length : NAN;
      }
      function baseProperty(key) {
        return function(object2) {
          return object2 == null ? undefined2 : object2[key];
        };
      }
      function basePropertyOf(object2) {
        return function(key) {
          return object2 == null ? undefined2 : object2[key];
        };
      }
      function baseReduce(collection, iteratee, accumulator, initAccum, eachFunc) {
        eachFunc(collection, function(value, index, collection2) {
          accumulator = initAccum ? (initAccum = false, value) : iteratee(accumulator, value, index, collection2);
        });
        return accumulator;
      }
      function baseSortBy(array, comparer) {
        var length = array.length;
        array.sort(comparer);
        while (length--) {
          array[length] = array[length].value;
        }
        return array;
      }
      function baseSum(array, iteratee) {
        var result, index = -1, length = array.length;
        while (++index < length) {
          var current = iteratee(array[index]);
          if (current !== undefined2) {
            result = result === undefined2 ? current : result + current;
          }
        }
        return result;
      }
      function baseTimes(n, iteratee) {
        var index = -1, result = Array(n);
        while (++index < n) {
          result[index] = iteratee(index);
        }
        return result;
      }
      function baseToPairs(object2, props) {
        return arrayMap(props, function(key) {
          return [key, object2[key]];
        });
      }
      function baseTrim(string) {
        return string ? string.slice(0, trimmedEndIndex(string) + 1).replace(reTrimStart, "") : string;
      }
      function baseUnary(func) {
        return function(value) {
          return func(value);
        };
      }
      function baseValues(object2, props) {
        return arrayMap(props, function(key) {
          return object2[key];
        });
      }
      function cacheHas(cache, key) {
        return cache.has(key);
      }
      function charsStartIndex(strSymbols, chrSymbols) {
        var index = -1, length = strSymbols.length;
        while (++index < length && baseIndexOf(chrSymbols, strSymbols[index], 0) > -1) {
        }
        return index;
      }
      function charsEndIndex(strSymbols, chrSymbols) {
        var index = strSymbols.length;
        while (index-- && baseIndexOf(chrSymbols, strSymbols[index], 0) > -1) {
        }
        return index;
      }
      function countHolders(array, placeholder) {
        var length = array.length, result = 0;
        while (length--) {
          if (array[length] === placeholder) {
            ++result;
          }
        }
        return result;
      }
      var deburrLetter = basePropertyOf(deburredLetters);
      var escapeHtmlChar = basePropertyOf(htmlEscapes);
      function escapeStringChar(chr) {
        return "\\" + stringEscapes[chr];
      }
      function getValue(object2, key) {
        return object2 == null ? undefined2 : object2[key];
      }
      function hasUnicode(string) {
        return reHasUnicode.test(string);
      }
      function hasUnicodeWord(string) {
        return reHasUnicodeWord.test(string);
      }
      function iteratorToArray(iterator) {
        var data, result = [];
        while (!(data = iterator.next()).done) {
          result.push(data.value);
        }
        return result;
      }
      function mapToArray(map) {
        var index = -1, result = Array(map.size);
        map.forEach(function(value, key) {
          result[++index] = [key, value];
        });
        return result;
      }
      function overArg(func, transform) {
        return function(arg) {
          return func(transform(arg));
        };
      }
      function replaceHolders(array, placeholder) {
        var index = -1, length = array.length, resIndex = 0, result = [];
        while (++index < length) {
          var value = array[index];
          if (value === placeholder || value === PLACEHOLDER) {
            array[index] = PLACEHOLDER;
            result[resIndex++] = index;
          }
        }
        return result;
      }
      function setToArray(set) {
        var index = -1, result = Array(set.size);
        set.forEach(function(value) {
          result[++index] = value;
        });
        return result;
      }
      function setToPairs(set) {
        var index = -1, result = Array(set.size);
        set.forEach(function(value) {
          result[++index] = [value, value];
        });
        return result;
      }
      function strictIndexOf(array, value, fromIndex) {
        var index = fromIndex - 1, length = array.length;
        while (++index < length) {
          if (array[index] === value) {
            return index;
          }
        }
        return -1;
      }
      function strictLastIndexOf(array, value, fromIndex) {
        var index = fromIndex + 1;
        while (index--) {
          if (array[index] === value) {
            return index;
          }
        }
        return index;
      }
      function stringSize(string) {
        return hasUnicode(string) ? unicodeSize(string) : asciiSize(string);
      }
      function stringToArray(string) {
        return hasUnicode(string) ? unicodeToArray(string) : asciiToArray(string);
      }
      function trimmedEndIndex(string) {
        var index = string.length;
        while (index-- && reWhitespace.test(string.charAt(index))) {
        }
        return index;
      }
      var unescapeHtmlChar = basePropertyOf(htmlUnescapes);
      function unicodeSize(string) {
        var result = reUnicode.lastIndex = 0;
        while (reUnicode.test(string)) {
          ++result;
        }
        return result;
      }
      function unicodeToArray(string) {
        return string.match(reUnicode) || [];
      }
      function unicodeWords(string) {
        return string.match(reUnicodeWord) || [];
      }
      var runInContext = (function runInContext2(context) {
        context = context == null ? root : _.defaults(root.Object(), context, _.pick(root, contextProps));
        var Array2 = context.Array, Date2 = context.Date, Error2 = context.Error, Function2 = context.Function, Math2 = context.Math, Object2 = context.Object, RegExp2 = context.RegExp, String2 = context.String, TypeError = context.TypeError;
        var arrayProto = Array2.prototype, funcProto = Function2.prototype, objectProto = Object2.prototype;
        var coreJsData = context["__core-js_shared__"];
        var funcToString = funcProto.toString;
        var hasOwnProperty = objectProto.hasOwnProperty;
        var idCounter = 0;
        var maskSrcKey = (function() {
          var uid = /[^.]+$/.exec(coreJsData && coreJsData.keys && coreJsData.keys.IE_PROTO || "");
          return uid ? "Symbol(src)_1." + uid : "";
        })();
        var nativeObjectToString = objectProto.toString;
        var objectCtorString = funcToString.call(Object2);
        var oldDash = root._;
        var reIsNative = RegExp2(
          "^" + funcToString.call(hasOwnProperty).replace(reRegExpChar, "\\$&").replace(/hasOwnProperty|(function).*?(?=\\\()| for .+?(?=\\\])/g, "$1.*?") + "$"
        );
        var Buffer = moduleExports ? context.Buffer : undefined2, Symbol = context.Symbol, Uint8Array = context.Uint8Array, allocUnsafe = Buffer ? Buffer.allocUnsafe : undefined2, getPrototype = overArg(Object2.getPrototypeOf, Object2), objectCreate = Object2.create, propertyIsEnumerable = objectProto.propertyIsEnumerable, splice = arrayProto.splice, spreadableSymbol = Symbol ? Symbol.isConcatSpreadable : undefined2, symIterator = Symbol ? Symbol.iterator : undefined2, symToStringTag = Symbol ? Symbol.toStringTag : undefined2;
        var defineProperty = (function() {
          try {
            var func = getNative(Object2, "defineProperty");
            func({}, "", {});
            return func;
          } catch (e) {
          }
        })();
        var ctxClearTimeout = context.clearTimeout !== root.clearTimeout && context.clearTimeout, ctxNow = Date2 && Date2.now !== root.Date.now && Date2.now, ctxSetTimeout = context.setTimeout !== root.setTimeout && context.setTimeout;
        var nativeCeil = Math2.ceil, nativeFloor = Math2.floor, nativeGetSymbols = Object2.getOwnPropertySymbols, nativeIsBuffer = Buffer ? Buffer.isBuffer : undefined2, nativeIsFinite = context.isFinite, nativeJoin = arrayProto.join, nativeKeys = overArg(Object2.keys, Object2), nativeMax = Math2.max, nativeMin = Math2.min, nativeNow = Date2.now, nativeParseInt = context.parseInt, nativeRandom = Math2.random, nativeReverse = arrayProto.reverse;
        var DataView = getNative(context, "DataView"), Map2 = getNative(context, "Map"), Promise2 = getNative(context, "Promise"), Set2 = getNative(context, "Set"), WeakMap = getNative(context, "WeakMap"), nativeCreate = getNative(Object2, "create");
        var metaMap = WeakMap && new WeakMap();
        var realNames = {};
        var dataViewCtorString = toSource(DataView), mapCtorString = toSource(Map2), promiseCtorString = toSource(Promise2), setCtorString = toSource(Set2), weakMapCtorString = toSource(WeakMap);
        var symbolProto = Symbol ? Symbol.prototype : undefined2, symbolValueOf = symbolProto ? symbolProto.valueOf : undefined2, symbolToString = symbolProto ? symbolProto.toString : undefined2;
        function lodash(value) {
          if (isObjectLike(value) && !isArray(value) && !(value instanceof LazyWrapper)) {
            if (value instanceof LodashWrapper) {
              return value;
            }
            if (hasOwnProperty.call(value, "__wrapped__")) {
              return wrapperClone(value);
            }
          }
          return new LodashWrapper(value);
        }
        var baseCreate = /* @__PURE__ */ (function() {
          function object2() {
          }
          return function(proto) {
            if (!isObject(proto)) {
              return {};
            }
            if (objectCreate) {
              return objectCreate(proto);
            }
            object2.prototype = proto;
            var result2 = new object2();
            object2.prototype = undefined2;
            return result2;
          };
        })();
        function baseLodash() {
        }
        function LodashWrapper(value, chainAll) {
          this.__wrapped__ = value;
          this.__actions__ = [];
          this.__chain__ = !!chainAll;
          this.__index__ = 0;
          this.__values__ = undefined2;
        }
        lodash.templateSettings = {
          /**
           * Used to detect `data` property values to be HTML-escaped.
           *
           * @memberOf _.templateSettings
           * @type {RegExp}
           */
          "escape": reEscape,
          /**
           * Used to detect code to be evaluated.
           *
           * @memberOf _.templateSettings
           * @type {RegExp}
           */
          "evaluate": reEvaluate,
          /**
           * Used to detect `data` property values to inject.
           *
           * @memberOf _.templateSettings
           * @type {RegExp}
           */
          "interpolate": reInterpolate,
          /**
           * Used to reference the data object in the template text.
           *
           * @memberOf _.templateSettings
           * @type {string}
           */
          "variable": "",
          /**
           * Used to import variables into the compiled template.
           *
           * @memberOf _.templateSettings
           * @type {Object}
           */
          "imports": {
            /**
             * A reference to the `lodash` function.
             *
             * @memberOf _.templateSettings.imports
             * @type {Function}
             */
            "_": lodash
          }
        };
        lodash.prototype = baseLodash.prototype;
        lodash.prototype.constructor = lodash;
        LodashWrapper.prototype = baseCreate(baseLodash.prototype);
        LodashWrapper.prototype.constructor = LodashWrapper;
        function LazyWrapper(value) {
          this.__wrapped__ = value;
          this.__actions__ = [];
          this.__dir__ = 1;
          this.__filtered__ = false;
          this.__iteratees__ = [];
          this.__takeCount__ = MAX_ARRAY_LENGTH;
          this.__views__ = [];
        }
        function lazyClone() {
          var result2 = new LazyWrapper(this.__wrapped__);
          result2.__actions__ = copyArray(this.__actions__);
          result2.__dir__ = this.__dir__;
          result2.__filtered__ = this.__filtered__;
          result2.__iteratees__ = copyArray(this.__iteratees__);
          result2.__takeCount__ = this.__takeCount__;
          result2.__views__ = copyArray(this.__views__);
          return result2;
        }
        function lazyReverse() {
          if (this.__filtered__) {
            var result2 = new LazyWrapper(this);
            result2.__dir__ = -1;
            result2.__filtered__ = true;
          } else {
            result2 = this.clone();
            result2.__dir__ *= -1;
          }
          return result2;
        }
        function lazyValue() {
          var array = this.__wrapped__.value(), dir = this.__dir__, isArr = isArray(array), isRight = dir < 0, arrLength = isArr ? array.length : 0, view = getView(0, arrLength, this.__views__), start = view.start, end = view.end, length = end - start, index = isRight ? end : start - 1, iteratees = this.__iteratees__, iterLength = iteratees.length, resIndex = 0, takeCount = nativeMin(length, this.__takeCount__);
          if (!isArr || !isRight && arrLength == length && takeCount == length) {
            return baseWrapperValue(array, this.__actions__);
          }
          var result2 = [];
          outer:
            while (length-- && resIndex < takeCount) {
              index += dir;
              var iterIndex = -1, value = array[index];
              while (++iterIndex < iterLength) {
                var data = iteratees[iterIndex], iteratee2 = data.iteratee, type = data.type, computed = iteratee2(value);
                if (type == LAZY_MAP_FLAG) {
                  value = computed;
                } else if (!computed) {
                  if (type == LAZY_FILTER_FLAG) {
                    continue outer;
                  } else {
                    break outer;
                  }
                }
              }
              result2[resIndex++] = value;
            }
          return result2;
        }
        LazyWrapper.prototype = baseCreate(baseLodash.prototype);
        LazyWrapper.prototype.constructor = LazyWrapper;
        function Hash(entries) {
          var index = -1, length = entries == null ? 0 : entries.length;
          this.clear();
          while (++index < length) {
            var entry = entries[index];
            this.set(entry[0], entry[1]);
          }
        }
        function hashClear() {
          this.__data__ = nativeCreate ? nativeCreate(null) : {};
          this.size = 0;
        }
        function hashDelete(key) {
          var result2 = this.has(key) && delete this.__data__[key];
          this.size -= result2 ? 1 : 0;
          return result2;
        }
        function hashGet(key) {
          var data = this.__data__;
          if (nativeCreate) {
            var result2 = data[key];
            return result2 === HASH_UNDEFINED ? undefined2 : result2;
          }
          return hasOwnProperty.call(data, key) ? data[key] : undefined2;
        }
        function hashHas(key) {
          var data = this.__data__;
          return nativeCreate ? data[key] !== undefined2 : hasOwnProperty.call(data, key);
        }
        function hashSet(key, value) {
          var data = this.__data__;
          this.size += this.has(key) ? 0 : 1;
          data[key] = nativeCreate && value === undefined2 ? HASH_UNDEFINED : value;
          return this;
        }
        Hash.prototype.clear = hashClear;
        Hash.prototype["delete"] = hashDelete;
        Hash.prototype.get = hashGet;
        Hash.prototype.has = hashHas;
        Hash.prototype.set = hashSet;
        function ListCache(entries) {
          var index = -1, length = entries == null ? 0 : entries.length;
          this.clear();
          while (++index < length) {
            var entry = entries[index];
            this.set(entry[0], entry[1]);
          }
        }
        function listCacheClear() {
          this.__data__ = [];
          this.size = 0;
        }
        function listCacheDelete(key) {
          var data = this.__data__, index = assocIndexOf(data, key);
          if (index < 0) {
            return false;
          }
          var lastIndex = data.length - 1;
          if (index == lastIndex) {
            data.pop();
          } else {
            splice.call(data, index, 1);
          }
          --this.size;
          return true;
        }
        function listCacheGet(key) {
          var data = this.__data__, index = assocIndexOf(data, key);
          return index < 0 ? undefined2 : data[index][1];
        }
        function listCacheHas(key) {
          return assocIndexOf(this.__data__, key) > -1;
        }
        function listCacheSet(key, value) {
          var data = this.__data__, index = assocIndexOf(data, key);
          if (index < 0) {
            ++this.size;
            data.push([key, value]);
          } else {
            data[index][1] = value;
          }
          return this;
        }
        ListCache.prototype.clear = listCacheClear;
        ListCache.prototype["delete"] = listCacheDelete;
        ListCache.prototype.get = listCacheGet;
        ListCache.prototype.has = listCacheHas;
        ListCache.prototype.set = listCacheSet;
        function MapCache(entries) {
          var index = -1, length = entries == null ? 0 : entries.length;
          this.clear();
          while (++index < length) {
            var entry = entries[index];
            this.set(entry[0], entry[1]);
          }
        }
        function mapCacheClear() {
          this.size = 0;
          this.__data__ = {
            "hash": new Hash(),
            "map": new (Map2 || ListCache)(),
            "string": new Hash()
          };
        }
        function mapCacheDelete(key) {
          var result2 = getMapData(this, key)["delete"](key);
          this.size -= result2 ? 1 : 0;
          return result2;
        }
        function mapCacheGet(key) {
          return getMapData(this, key).get(key);
        }
        function mapCacheHas(key) {
          return getMapData(this, key).has(key);
        }
        function mapCacheSet(key, value) {
          var data = getMapData(this, key), size2 = data.size;
          data.set(key, value);
          this.size += data.size == size2 ? 0 : 1;
          return this;
        }
        MapCache.prototype.clear = mapCacheClear;
        MapCache.prototype["delete"] = mapCacheDelete;
        MapCache.prototype.get = mapCacheGet;
        MapCache.prototype.has = mapCacheHas;
        MapCache.prototype.set = mapCacheSet;
        function SetCache(values2) {
          var index = -1, length = values2 == null ? 0 : values2.length;
          this.__data__ = new MapCache();
          while (++index < length) {
            this.add(values2[index]);
          }
        }
        function setCacheAdd(value) {
          this.__data__.set(value, HASH_UNDEFINED);
          return this;
        }
        function setCacheHas(value) {
          return this.__data__.has(value);
        }
        SetCache.prototype.add = SetCache.prototype.push = setCacheAdd;
        SetCache.prototype.has = setCacheHas;
        function Stack(entries) {
          var data = this.__data__ = new ListCache(entries);
          this.size = data.size;
        }
        function stackClear() {
          this.__data__ = new ListCache();
          this.size = 0;
        }
        function stackDelete(key) {
          var data = this.__data__, result2 = data["delete"](key);
          this.size = data.size;
          return result2;
        }
        function stackGet(key) {
          return this.__data__.get(key);
        }
        function stackHas(key) {
          return this.__data__.has(key);
        }
        function stackSet(key, value) {
          var data = this.__data__;
          if (data instanceof ListCache) {
            var pairs = data.__data__;
            if (!Map2 || pairs.length < LARGE_ARRAY_SIZE - 1) {
              pairs.push([key, value]);
              this.size = ++data.size;
              return this;
            }
            data = this.__data__ = new MapCache(pairs);
          }
          data.set(key, value);
          this.size = data.size;
          return this;
        }
        Stack.prototype.clear = stackClear;
        Stack.prototype["delete"] = stackDelete;
        Stack.prototype.get = stackGet;
        Stack.prototype.has = stackHas;
        Stack.prototype.set = stackSet;
        function arrayLikeKeys(value, inherited) {
          var isArr = isArray(value), isArg = !isArr && isArguments(value), isBuff = !isArr && !isArg && isBuffer(value), isType = !isArr && !isArg && !isBuff && isTypedArray(value), skipIndexes = isArr || isArg || isBuff || isType, result2 = skipIndexes ? baseTimes(value.length, String2) : [], length = result2.length;
          for (var key in value) {
            if ((inherited || hasOwnProperty.call(value, key)) && !(skipIndexes && // Safari 9 has enumerable `arguments.length` in strict mode.
            (key == "length" || // Node.js 0.10 has enumerable non-index properties on buffers.
            isBuff && (key == "offset" || key == "parent") || // PhantomJS 2 has enumerable non-index properties on typed arrays.
            isType && (key == "buffer" || key == "byteLength" || key == "byteOffset") || // Skip index properties.
            isIndex(key, length)))) {
              result2.push(key);
            }
          }
          return result2;
        }
        function arraySample(array) {
          var length = array.length;
          return length ? array[baseRandom(0, length - 1)] : undefined2;
        }
        function arraySampleSize(array, n) {
          return shuffleSelf(copyArray(array), baseClamp(n, 0, array.length));
        }
        function arrayShuffle(array) {
          return shuffleSelf(copyArray(array));
        }
        function assignMergeValue(object2, key, value) {
          if (value !== undefined2 && !eq(object2[key], value) || value === undefined2 && !(key in object2)) {
            baseAssignValue(object2, key, value);
          }
        }
        function assignValue(object2, key, value) {
          var objValue = object2[key];
          if (!(hasOwnProperty.call(object2, key) && eq(objValue, value)) || value === undefined2 && !(key in object2)) {
            baseAssignValue(object2, key, value);
          }
        }
        function assocIndexOf(array, key) {
          var length = array.length;
          while (length--) {
            if (eq(array[length][0], key)) {
              return length;
            }
          }
          return -1;
        }
        function baseAggregator(collection, setter, iteratee2, accumulator) {
          baseEach(collection, function(value, key, collection2) {
            setter(accumulator, value, iteratee2(value), collection2);
          });
          return accumulator;
        }
        function baseAssign(object2, source) {
          return object2 && copyObject(source, keys(source), object2);
        }
        function baseAssignIn(object2, source) {
          return object2 && copyObject(source, keysIn(source), object2);
        }
        function baseAssignValue(object2, key, value) {
          if (key == "__proto__" && defineProperty) {
            defineProperty(object2, key, {
              "configurable": true,
              "enumerable": true,
              "value": value,
              "writable": true
            });
          } else {
            object2[key] = value;
          }
        }
        function baseAt(object2, paths) {
          var index = -1, length = paths.length, result2 = Array2(length), skip = object2 == null;
          while (++index < length) {
            result2[index] = skip ? undefined2 : get2(object2, paths[index]);
          }
          return result2;
        }
        function baseClamp(number, lower, upper) {
          if (number === number) {
            if (upper !== undefined2) {
              number = number <= upper ? number : upper;
            }
            if (lower !== undefined2) {
              number = number >= lower ? number : lower;
            }
          }
          return number;
        }
        function baseClone(value, bitmask, customizer, key, object2, stack) {
          var result2, isDeep = bitmask & CLONE_DEEP_FLAG, isFlat = bitmask & CLONE_FLAT_FLAG, isFull = bitmask & CLONE_SYMBOLS_FLAG;
          if (customizer) {
            result2 = object2 ? customizer(value, key, object2, stack) : customizer(value);
          }
          if (result2 !== undefined2) {
            return result2;
          }
          if (!isObject(value)) {
            return value;
          }
          var isArr = isArray(value);
          if (isArr) {
            result2 = initCloneArray(value);
            if (!isDeep) {
              return copyArray(value, result2);
            }
          } else {
            var tag = getTag(value), isFunc = tag == funcTag || tag == genTag;
            if (isBuffer(value)) {
              return cloneBuffer(value, isDeep);
            }
            if (tag == objectTag || tag == argsTag || isFunc && !object2) {
              result2 = isFlat || isFunc ? {} : initCloneObject(value);
              if (!isDeep) {
                return isFlat ? copySymbolsIn(value, baseAssignIn(result2, value)) : copySymbols(value, baseAssign(result2, value));
              }
            } else {
              if (!cloneableTags[tag]) {
                return object2 ? value : {};
              }
              result2 = initCloneByTag(value, tag, isDeep);
            }
          }
          stack || (stack = new Stack());
          var stacked = stack.get(value);
          if (stacked) {
            return stacked;
          }
          stack.set(value, result2);
          if (isSet(value)) {
            value.forEach(function(subValue) {
              result2.add(baseClone(subValue, bitmask, customizer, subValue, value, stack));
            });
          } else if (isMap(value)) {
            value.forEach(function(subValue, key2) {
              result2.set(key2, baseClone(subValue, bitmask, customizer, key2, value, stack));
            });
          }
          var keysFunc = isFull ? isFlat ? getAllKeysIn : getAllKeys : isFlat ? keysIn : keys;
          var props = isArr ? undefined2 : keysFunc(value);
          arrayEach(props || value, function(subValue, key2) {
            if (props) {
              key2 = subValue;
              subValue = value[key2];
            }
            assignValue(result2, key2, baseClone(subValue, bitmask, customizer, key2, value, stack));
          });
          return result2;
        }
        function baseConforms(source) {
          var props = keys(source);
          return function(object2) {
            return baseConformsTo(object2, source, props);
          };
        }
        function baseConformsTo(object2, source, props) {
          var length = props.length;
          if (object2 == null) {
            return !length;
          }
          object2 = Object2(object2);
          while (length--) {
            var key = props[length], predicate = source[key], value = object2[key];
            if (value === undefined2 && !(key in object2) || !predicate(value)) {
              return false;
            }
          }
          return true;
        }
        function baseDelay(func, wait, args) {
          if (typeof func != "function") {
            throw new TypeError(FUNC_ERROR_TEXT);
          }
          return setTimeout(function() {
            func.apply(undefined2, args);
          }, wait);
        }
        function baseDifference(array, values2, iteratee2, comparator) {
          var index = -1, includes2 = arrayIncludes, isCommon = true, length = array.length, result2 = [], valuesLength = values2.length;
          if (!length) {
            return result2;
          }
          if (iteratee2) {
            values2 = arrayMap(values2, baseUnary(iteratee2));
          }
          if (comparator) {
            includes2 = arrayIncludesWith;
            isCommon = false;
          } else if (values2.length >= LARGE_ARRAY_SIZE) {
            includes2 = cacheHas;
            isCommon = false;
            values2 = new SetCache(values2);
          }
          outer:
            while (++index < length) {
              var value = array[index], computed = iteratee2 == null ? value : iteratee2(value);
              value = comparator || value !== 0 ? value : 0;
              if (isCommon && computed === computed) {
                var valuesIndex = valuesLength;
                while (valuesIndex--) {
                  if (values2[valuesIndex] === computed) {
                    continue outer;
                  }
                }
                result2.push(value);
              } else if (!includes2(values2, computed, comparator)) {
                result2.push(value);
              }
            }
          return result2;
        }
        var baseEach = createBaseEach(baseForOwn);
        var baseEachRight = createBaseEach(baseForOwnRight, true);
        function baseEvery(collection, predicate) {
          var result2 = true;
          baseEach(collection, function(value, index, collection2) {
            result2 = !!predicate(value, index, collection2);
            return result2;
          });
          return result2;
        }
        function baseExtremum(array, iteratee2, comparator) {
          var index = -1, length = array.length;
          while (++index < length) {
            var value = array[index], current = iteratee2(value);
            if (current != null && (computed === undefined2 ? current === current && !isSymbol(current) : comparator(current, computed))) {
              var computed = current, result2 = value;
            }
          }
          return result2;
        }
        function baseFill(array, value, start, end) {
          var length = array.length;
          start = toInteger(start);
          if (start < 0) {
            start = -start > length ? 0 : length + start;
          }
          end = end === undefined2 || end > length ? length : toInteger(end);
          if (end < 0) {
            end += length;
          }
          end = start > end ? 0 : toLength(end);
          while (start < end) {
            array[start++] = value;
          }
          return array;
        }
        function baseFilter(collection, predicate) {
          var result2 = [];
          baseEach(collection, function(value, index, collection2) {
            if (predicate(value, index, collection2)) {
              result2.push(value);
            }
          });
          return result2;
        }
        function baseFlatten(array, depth, predicate, isStrict, result2) {
          var index = -1, length = array.length;
          predicate || (predicate = isFlattenable);
          result2 || (result2 = []);
          while (++index < length) {
            var value = array[index];
            if (depth > 0 && predicate(value)) {
              if (depth > 1) {
                baseFlatten(value, depth - 1, predicate, isStrict, result2);
              } else {
                arrayPush(result2, value);
              }
            } else if (!isStrict) {
              result2[result2.length] = value;
            }
          }
          return result2;
        }
        var baseFor = createBaseFor();
        var baseForRight = createBaseFor(true);
        function baseForOwn(object2, iteratee2) {
          return object2 && baseFor(object2, iteratee2, keys);
        }
        function baseForOwnRight(object2, iteratee2) {
          return object2 && baseForRight(object2, iteratee2, keys);
        }
        function baseFunctions(object2, props) {
          return arrayFilter(props, function(key) {
            return isFunction(object2[key]);
          });
        }
        function baseGet(object2, path) {
          path = castPath(path, object2);
          var index = 0, length = path.length;
          while (object2 != null && index < length) {
            object2 = object2[toKey(path[index++])];
          }
          return index && index == length ? object2 : undefined2;
        }
        function baseGetAllKeys(object2, keysFunc, symbolsFunc) {
          var result2 = keysFunc(object2);
          return isArray(object2) ? result2 : arrayPush(result2, symbolsFunc(object2));
        }
        function baseGetTag(value) {
          if (value == null) {
            return value === undefined2 ? undefinedTag : nullTag;
          }
          return symToStringTag && symToStringTag in Object2(value) ? getRawTag(value) : objectToString(value);
        }
        function baseGt(value, other) {
          return value > other;
        }
        function baseHas(object2, key) {
          return object2 != null && hasOwnProperty.call(object2, key);
        }
        function baseHasIn(object2, key) {
          return object2 != null && key in Object2(object2);
        }
        function baseInRange(number, start, end) {
          return number >= nativeMin(start, end) && number < nativeMax(start, end);
        }
        function baseIntersection(arrays, iteratee2, comparator) {
          var includes2 = comparator ? arrayIncludesWith : arrayIncludes, length = arrays[0].length, othLength = arrays.length, othIndex = othLength, caches = Array2(othLength), maxLength = Infinity, result2 = [];
          while (othIndex--) {
            var array = arrays[othIndex];
            if (othIndex && iteratee2) {
              array = arrayMap(array, baseUnary(iteratee2));
            }
            maxLength = nativeMin(array.length, maxLength);
            caches[othIndex] = !comparator && (iteratee2 || length >= 120 && array.length >= 120) ? new SetCache(othIndex && array) : undefined2;
          }
          array = arrays[0];
          var index = -1, seen = caches[0];
          outer:
            while (++index < length && result2.length < maxLength) {
              var value = array[index], computed = iteratee2 ? iteratee2(value) : value;
              value = comparator || value !== 0 ? value : 0;
              if (!(seen ? cacheHas(seen, computed) : includes2(result2, computed, comparator))) {
                othIndex = othLength;
                while (--othIndex) {
                  var cache = caches[othIndex];
                  if (!(cache ? cacheHas(cache, computed) : includes2(arrays[othIndex], computed, comparator))) {
                    continue outer;
                  }
                }
                if (seen) {
                  seen.push(computed);
                }
                result2.push(value);
              }
            }
          return result2;
        }
        function baseInverter(object2, setter, iteratee2, accumulator) {
          baseForOwn(object2, function(value, key, object3) {
            setter(accumulator, iteratee2(value), key, object3);
          });
          return accumulator;
        }
        function baseInvoke(object2, path, args) {
          path = castPath(path, object2);
          object2 = parent(object2, path);
          var func = object2 == null ? object2 : object2[toKey(last(path))];
          return func == null ? undefined2 : apply(func, object2, args);
        }
        function baseIsArguments(value) {
          return isObjectLike(value) && baseGetTag(value) == argsTag;
        }
        function baseIsArrayBuffer(value) {
          return isObjectLike(value) && baseGetTag(value) == arrayBufferTag;
        }
        function baseIsDate(value) {
          return isObjectLike(value) && baseGetTag(value) == dateTag;
        }
        function baseIsEqual(value, other, bitmask, customizer, stack) {
          if (value === other) {
            return true;
          }
          if (value == null || other == null || !isObjectLike(value) && !isObjectLike(other)) {
            return value !== value && other !== other;
          }
          return baseIsEqualDeep(value, other, bitmask, customizer, baseIsEqual, stack);
        }
        function baseIsEqualDeep(object2, other, bitmask, customizer, equalFunc, stack) {
          var objIsArr = isArray(object2), othIsArr = isArray(other), objTag = objIsArr ? arrayTag : getTag(object2), othTag = othIsArr ? arrayTag : getTag(other);
          objTag = objTag == argsTag ? objectTag : objTag;
          othTag = othTag == argsTag ? objectTag : othTag;
          var objIsObj = objTag == objectTag, othIsObj = othTag == objectTag, isSameTag = objTag == othTag;
          if (isSameTag && isBuffer(object2)) {
            if (!isBuffer(other)) {
              return false;
            }
            objIsArr = true;
            objIsObj = false;
          }
          if (isSameTag && !objIsObj) {
            stack || (stack = new Stack());
            return objIsArr || isTypedArray(object2) ? equalArrays(object2, other, bitmask, customizer, equalFunc, stack) : equalByTag(object2, other, objTag, bitmask, customizer, equalFunc, stack);
          }
          if (!(bitmask & COMPARE_PARTIAL_FLAG)) {
            var objIsWrapped = objIsObj && hasOwnProperty.call(object2, "__wrapped__"), othIsWrapped = othIsObj && hasOwnProperty.call(other, "__wrapped__");
            if (objIsWrapped || othIsWrapped) {
              var objUnwrapped = objIsWrapped ? object2.value() : object2, othUnwrapped = othIsWrapped ? other.value() : other;
              stack || (stack = new Stack());
              return equalFunc(objUnwrapped, othUnwrapped, bitmask, customizer, stack);
            }
          }
          if (!isSameTag) {
            return false;
          }
          stack || (stack = new Stack());
          return equalObjects(object2, other, bitmask, customizer, equalFunc, stack);
        }
        function baseIsMap(value) {
          return isObjectLike(value) && getTag(value) == mapTag;
        }
        function baseIsMatch(object2, source, matchData, customizer) {
          var index = matchData.length, length = index, noCustomizer = !customizer;
          if (object2 == null) {
            return !length;
          }
          object2 = Object2(object2);
          while (index--) {
            var data = matchData[index];
            if (noCustomizer && data[2] ? data[1] !== object2[data[0]] : !(data[0] in object2)) {
              return false;
            }
          }
          while (++index < length) {
            data = matchData[index];
            var key = data[0], objValue = object2[key], srcValue = data[1];
            if (noCustomizer && data[2]) {
              if (objValue === undefined2 && !(key in object2)) {
                return false;
              }
            } else {
              var stack = new Stack();
              if (customizer) {
                var result2 = customizer(objValue, srcValue, key, object2, source, stack);
              }
              if (!(result2 === undefined2 ? baseIsEqual(srcValue, objValue, COMPARE_PARTIAL_FLAG | COMPARE_UNORDERED_FLAG, customizer, stack) : result2)) {
                return false;
              }
            }
          }
          return true;
        }
        function baseIsNative(value) {
          if (!isObject(value) || isMasked(value)) {
            return false;
          }
          var pattern = isFunction(value) ? reIsNative : reIsHostCtor;
          return pattern.test(toSource(value));
        }
        function baseIsRegExp(value) {
          return isObjectLike(value) && baseGetTag(value) == regexpTag;
        }
        function baseIsSet(value) {
          return isObjectLike(value) && getTag(value) == setTag;
        }
        function baseIsTypedArray(value) {
          return isObjectLike(value) && isLength(value.length) && !!typedArrayTags[baseGetTag(value)];
        }
        function baseIteratee(value) {
          if (typeof value == "function") {
            return value;
          }
          if (value == null) {
            return identity;
          }
          if (typeof value == "object") {
            return isArray(value) ? baseMatchesProperty(value[0], value[1]) : baseMatches(value);
          }
          return property(value);
        }
        function baseKeys(object2) {
          if (!isPrototype(object2)) {
            return nativeKeys(object2);
          }
          var result2 = [];
          for (var key in Object2(object2)) {
            if (hasOwnProperty.call(object2, key) && key != "constructor") {
              result2.push(key);
            }
          }
          return result2;
        }
        function baseKeysIn(object2) {
          if (!isObject(object2)) {
            return nativeKeysIn(object2);
          }
          var isProto = isPrototype(object2), result2 = [];
          for (var key in object2) {
            if (!(key == "constructor" && (isProto || !hasOwnProperty.call(object2, key)))) {
              result2.push(key);
            }
          }
          return result2;
        }
        function baseLt(value, other) {
          return value < other;
        }
        function baseMap(collection, iteratee2) {
          var index = -1, result2 = isArrayLike(collection) ? Array2(collection.length) : [];
          baseEach(collection, function(value, key, collection2) {
            result2[++index] = iteratee2(value, key, collection2);
          });
          return result2;
        }
        function baseMatches(source) {
          var matchData = getMatchData(source);
          if (matchData.length == 1 && matchData[0][2]) {
            return matchesStrictComparable(matchData[0][0], matchData[0][1]);
          }
          return function(object2) {
            return object2 === source || baseIsMatch(object2, source, matchData);
          };
        }
        function baseMatchesProperty(path, srcValue) {
          if (isKey(path) && isStrictComparable(srcValue)) {
            return matchesStrictComparable(toKey(path), srcValue);
          }
          return function(object2) {
            var objValue = get2(object2, path);
            return objValue === undefined2 && objValue === srcValue ? hasIn(object2, path) : baseIsEqual(srcValue, objValue, COMPARE_PARTIAL_FLAG | COMPARE_UNORDERED_FLAG);
          };
        }
        function baseMerge(object2, source, srcIndex, customizer, stack) {
          if (object2 === source) {
            return;
          }
          baseFor(source, function(srcValue, key) {
            stack || (stack = new Stack());
            if (isObject(srcValue)) {
              baseMergeDeep(object2, source, key, srcIndex, baseMerge, customizer, stack);
            } else {
              var newValue = customizer ? customizer(safeGet(object2, key), srcValue, key + "", object2, source, stack) : undefined2;
              if (newValue === undefined2) {
                newValue = srcValue;
              }
              assignMergeValue(object2, key, newValue);
            }
          }, keysIn);
        }
        function baseMergeDeep(object2, source, key, srcIndex, mergeFunc, customizer, stack) {
          var objValue = safeGet(object2, key), srcValue = safeGet(source, key), stacked = stack.get(srcValue);
          if (stacked) {
            assignMergeValue(object2, key, stacked);
            return;
          }
          var newValue = customizer ? customizer(objValue, srcValue, key + "", object2, source, stack) : undefined2;
          var isCommon = newValue === undefined2;
          if (isCommon) {
            var isArr = isArray(srcValue), isBuff = !isArr && isBuffer(srcValue), isTyped = !isArr && !isBuff && isTypedArray(srcValue);
            newValue = srcValue;
            if (isArr || isBuff || isTyped) {
              if (isArray(objValue)) {
                newValue = objValue;
              } else if (isArrayLikeObject(objValue)) {
                newValue = copyArray(objValue);
              } else if (isBuff) {
                isCommon = false;
                newValue = cloneBuffer(srcValue, true);
              } else if (isTyped) {
                isCommon = false;
                newValue = cloneTypedArray(srcValue, true);
              } else {
                newValue = [];
              }
            } else if (isPlainObject2(srcValue) || isArguments(srcValue)) {
              newValue = objValue;
              if (isArguments(objValue)) {
                newValue = toPlainObject(objValue);
              } else if (!isObject(objValue) || isFunction(objValue)) {
                newValue = initCloneObject(srcValue);
              }
            } else {
              isCommon = false;
            }
          }
          if (isCommon) {
            stack.set(srcValue, newValue);
            mergeFunc(newValue, srcValue, srcIndex, customizer, stack);
            stack["delete"](srcValue);
          }
          assignMergeValue(object2, key, newValue);
        }
        function baseNth(array, n) {
          var length = array.length;
          if (!length) {
            return;
          }
          n += n < 0 ? length : 0;
          return isIndex(n, length) ? array[n] : undefined2;
        }
        function baseOrderBy(collection, iteratees, orders) {
          if (iteratees.length) {
            iteratees = arrayMap(iteratees, function(iteratee2) {
              if (isArray(iteratee2)) {
                return function(value) {
                  return baseGet(value, iteratee2.length === 1 ? iteratee2[0] : iteratee2);
                };
              }
              return iteratee2;
            });
          } else {
            iteratees = [identity];
          }
          var index = -1;
          iteratees = arrayMap(iteratees, baseUnary(getIteratee()));
          var result2 = baseMap(collection, function(value, key, collection2) {
            var criteria = arrayMap(iteratees, function(iteratee2) {
              return iteratee2(value);
            });
            return { "criteria": criteria, "index": ++index, "value": value };
          });
          return baseSortBy(result2, function(object2, other) {
            return compareMultiple(object2, other, orders);
          });
        }
        function basePick(object2, paths) {
          return basePickBy(object2, paths, function(value, path) {
            return hasIn(object2, path);
          });
        }
        function basePickBy(object2, paths, predicate) {
          var index = -1, length = paths.length, result2 = {};
          while (++index < length) {
            var path = paths[index], value = baseGet(object2, path);
            if (predicate(value, path)) {
              baseSet(result2, castPath(path, object2), value);
            }
          }
          return result2;
        }
        function basePropertyDeep(path) {
          return function(object2) {
            return baseGet(object2, path);
          };
        }
        function basePullAll(array, values2, iteratee2, comparator) {
          var indexOf2 = comparator ? baseIndexOfWith : baseIndexOf, index = -1, length = values2.length, seen = array;
          if (array === values2) {
            values2 = copyArray(values2);
          }
          if (iteratee2) {
            seen = arrayMap(array, baseUnary(iteratee2));
          }
          while (++index < length) {
            var fromIndex = 0, value = values2[index], computed = iteratee2 ? iteratee2(value) : value;
            while ((fromIndex = indexOf2(seen, computed, fromIndex, comparator)) > -1) {
              if (seen !== array) {
                splice.call(seen, fromIndex, 1);
              }
              splice.call(array, fromIndex, 1);
            }
          }
          return array;
        }
        function basePullAt(array, indexes) {
          var length = array ? indexes.length : 0, lastIndex = length - 1;
          while (length--) {
            var index = indexes[length];
            if (length == lastIndex || index !== previous) {
              var previous = index;
              if (isIndex(index)) {
                splice.call(array, index, 1);
              } else {
                baseUnset(array, index);
              }
            }
          }
          return array;
        }
        function baseRandom(lower, upper) {
          return lower + nativeFloor(nativeRandom() * (upper - lower + 1));
        }
        function baseRange(start, end, step, fromRight) {
          var index = -1, length = nativeMax(nativeCeil((end - start) / (step || 1)), 0), result2 = Array2(length);
          while (length--) {
            result2[fromRight ? length : ++index] = start;
            start += step;
          }
          return result2;
        }
        function baseRepeat(string, n) {
          var result2 = "";
          if (!string || n < 1 || n > MAX_SAFE_INTEGER) {
            return result2;
          }
          do {
            if (n % 2) {
              result2 += string;
            }
            n = nativeFloor(n / 2);
            if (n) {
              string += string;
            }
          } while (n);
          return result2;
        }
        function baseRest(func, start) {
          return setToString(overRest(func, start, identity), func + "");
        }
        function baseSample(collection) {
          return arraySample(values(collection));
        }
        function baseSampleSize(collection, n) {
          var array = values(collection);
          return shuffleSelf(array, baseClamp(n, 0, array.length));
        }
        function baseSet(object2, path, value, customizer) {
          if (!isObject(object2)) {
            return object2;
          }
          path = castPath(path, object2);
          var index = -1, length = path.length, lastIndex = length - 1, nested = object2;
          while (nested != null && ++index < length) {
            var key = toKey(path[index]), newValue = value;
            if (key === "__proto__" || key === "constructor" || key === "prototype") {
              return object2;
            }
            if (index != lastIndex) {
              var objValue = nested[key];
              newValue = customizer ? customizer(objValue, key, nested) : undefined2;
              if (newValue === undefined2) {
                newValue = isObject(objValue) ? objValue : isIndex(path[index + 1]) ? [] : {};
              }
            }
            assignValue(nested, key, newValue);
            nested = nested[key];
          }
          return object2;
        }
        var baseSetData = !metaMap ? identity : function(func, data) {
          metaMap.set(func, data);
          return func;
        };
        var baseSetToString = !defineProperty ? identity : function(func, string) {
          return defineProperty(func, "toString", {
            "configurable": true,
            "enumerable": false,
            "value": constant(string),
            "writable": true
          });
        };
        function baseShuffle(collection) {
          return shuffleSelf(values(collection));
        }
        function baseSlice(array, start, end) {
          var index = -1, length = array.length;
          if (start < 0) {
            start = -start > length ? 0 : length + start;
          }
          end = end > length ? length : end;
          if (end < 0) {
            end += length;
          }
          length = start > end ? 0 : end - start >>> 0;
          start >>>= 0;
          var result2 = Array2(length);
          while (++index < length) {
            result2[index] = array[index + start];
          }
          return result2;
        }
        function baseSome(collection, predicate) {
          var result2;
          baseEach(collection, function(value, index, collection2) {
            result2 = predicate(value, index, collection2);
            return !result2;
          });
          return !!result2;
        }
        function baseSortedIndex(array, value, retHighest) {
          var low = 0, high = array == null ? low : array.length;
          if (typeof value == "number" && value === value && high <= HALF_MAX_ARRAY_LENGTH) {
            while (low < high) {
              var mid = low + high >>> 1, computed = array[mid];
              if (computed !== null && !isSymbol(computed) && (retHighest ? computed <= value : computed < value)) {
                low = mid + 1;
              } else {
                high = mid;
              }
            }
            return high;
          }
          return baseSortedIndexBy(array, value, identity, retHighest);
        }
        function baseSortedIndexBy(array, value, iteratee2, retHighest) {
          var low = 0, high = array == null ? 0 : array.length;
          if (high === 0) {
            return 0;
          }
          value = iteratee2(value);
          var valIsNaN = value !== value, valIsNull = value === null, valIsSymbol = isSymbol(value), valIsUndefined = value === undefined2;
          while (low < high) {
            var mid = nativeFloor((low + high) / 2), computed = iteratee2(array[mid]), othIsDefined = computed !== undefined2, othIsNull = computed === null, othIsReflexive = computed === computed, othIsSymbol = isSymbol(computed);
            if (valIsNaN) {
              var setLow = retHighest || othIsReflexive;
            } else if (valIsUndefined) {
              setLow = othIsReflexive && (retHighest || othIsDefined);
            } else if (valIsNull) {
              setLow = othIsReflexive && othIsDefined && (retHighest || !othIsNull);
            } else if (valIsSymbol) {
              setLow = othIsReflexive && othIsDefined && !othIsNull && (retHighest || !othIsSymbol);
            } else if (othIsNull || othIsSymbol) {
              setLow = false;
            } else {
              setLow = retHighest ? computed <= value : computed < value;
            }
            if (setLow) {
              low = mid + 1;
            } else {
              high = mid;
            }
          }
          return nativeMin(high, MAX_ARRAY_INDEX);
        }
        function baseSortedUniq(array, iteratee2) {
          var index = -1, length = array.length, resIndex = 0, result2 = [];
          while (++index < length) {
            var value = array[index], computed = iteratee2 ? iteratee2(value) : value;
            if (!index || !eq(computed, seen)) {
              var seen = computed;
              result2[resIndex++] = value === 0 ? 0 : value;
            }
          }
          return result2;
        }
        function baseToNumber(value) {
          if (typeof value == "number") {
            return value;
          }
          if (isSymbol(value)) {
            return NAN;
          }
          return +value;
        }
        function baseToString(value) {
          if (typeof value == "string") {
            return value;
          }
          if (isArray(value)) {
            return arrayMap(value, baseToString) + "";
          }
          if (isSymbol(value)) {
            return symbolToString ? symbolToString.call(value) : "";
          }
          var result2 = value + "";
          return result2 == "0" && 1 / value == -INFINITY ? "-0" : result2;
        }
        function baseUniq(array, iteratee2, comparator) {
          var index = -1, includes2 = arrayIncludes, length = array.length, isCommon = true, result2 = [], seen = result2;
          if (comparator) {
            isCommon = false;
            includes2 = arrayIncludesWith;
          } else if (length >= LARGE_ARRAY_SIZE) {
            var set2 = iteratee2 ? null : createSet(array);
            if (set2) {
              return setToArray(set2);
            }
            isCommon = false;
            includes2 = cacheHas;
            seen = new SetCache();
          } else {
            seen = iteratee2 ? [] : result2;
          }
          outer:
            while (++index < length) {
              var value = array[index], computed = iteratee2 ? iteratee2(value) : value;
              value = comparator || value !== 0 ? value : 0;
              if (isCommon && computed === computed) {
                var seenIndex = seen.length;
                while (seenIndex--) {
                  if (seen[seenIndex] === computed) {
                    continue outer;
                  }
                }
                if (iteratee2) {
                  seen.push(computed);
                }
                result2.push(value);
              } else if (!includes2(seen, computed, comparator)) {
                if (seen !== result2) {
                  seen.push(computed);
                }
                result2.push(value);
              }
            }
          return result2;
        }
        function baseUnset(object2, path) {
          path = castPath(path, object2);
          var index = -1, length = path.length;
          if (!length) {
            return true;
          }
          while (++index < length) {
            var key = toKey(path[index]);
            if (key === "__proto__" && !hasOwnProperty.call(object2, "__proto__")) {
              return false;
            }
            if ((key === "constructor" || key === "prototype") && index < length - 1) {
              return false;
            }
          }
          var obj = parent(object2, path);
          return obj == null || delete obj[toKey(last(path))];
        }
        function baseUpdate(object2, path, updater, customizer) {
          return baseSet(object2, path, updater(baseGet(object2, path)), customizer);
        }
        function baseWhile(array, predicate, isDrop, fromRight) {
          var length = array.length, index = fromRight ? length : -1;
          while ((fromRight ? index-- : ++index < length) && predicate(array[index], index, array)) {
          }
          return isDrop ? baseSlice(array, fromRight ? 0 : index, fromRight ? index + 1 : length) : baseSlice(array, fromRight ? index + 1 : 0, fromRight ? length : index);
        }
        function baseWrapperValue(value, actions) {
          var result2 = value;
          if (result2 instanceof LazyWrapper) {
            result2 = result2.value();
          }
          return arrayReduce(actions, function(result3, action) {
            return action.func.apply(action.thisArg, arrayPush([result3], action.args));
          }, result2);
        }
        function baseXor(arrays, iteratee2, comparator) {
          var length = arrays.length;
          if (length < 2) {
            return length ? baseUniq(arrays[0]) : [];
          }
          var index = -1, result2 = Array2(length);
          while (++index < length) {
            var array = arrays[index], othIndex = -1;
            while (++othIndex < length) {
              if (othIndex != index) {
                result2[index] = baseDifference(result2[index] || array, arrays[othIndex], iteratee2, comparator);
              }
            }
          }
          return baseUniq(baseFlatten(result2, 1), iteratee2, comparator);
        }
        function baseZipObject(props, values2, assignFunc) {
          var index = -1, length = props.length, valsLength = values2.length, result2 = {};
          while (++index < length) {
            var value = index < valsLength ? values2[index] : undefined2;
            assignFunc(result2, props[index], value);
          }
          return result2;
        }
        function castArrayLikeObject(value) {
          return isArrayLikeObject(value) ? value : [];
        }
        function castFunction(value) {
          return typeof value == "function" ? value : identity;
        }
        function castPath(value, object2) {
          if (isArray(value)) {
            return value;
          }
          return isKey(value, object2) ? [value] : stringToPath(toString(value));
        }
        var castRest = baseRest;
        function castSlice(array, start, end) {
          var length = array.length;
          end = end === undefined2 ? length : end;
          return !start && end >= length ? array : baseSlice(array, start, end);
        }
        var clearTimeout = ctxClearTimeout || function(id) {
          return root.clearTimeout(id);
        };
        function cloneBuffer(buffer, isDeep) {
          if (isDeep) {
            return buffer.slice();
          }
          var length = buffer.length, result2 = allocUnsafe ? allocUnsafe(length) : new buffer.constructor(length);
          buffer.copy(result2);
          return result2;
        }
        function cloneArrayBuffer(arrayBuffer) {
          var result2 = new arrayBuffer.constructor(arrayBuffer.byteLength);
          new Uint8Array(result2).set(new Uint8Array(arrayBuffer));
          return result2;
        }
        function cloneDataView(dataView, isDeep) {
          var buffer = isDeep ? cloneArrayBuffer(dataView.buffer) : dataView.buffer;
          return new dataView.constructor(buffer, dataView.byteOffset, dataView.byteLength);
        }
        function cloneRegExp(regexp) {
          var result2 = new regexp.constructor(regexp.source, reFlags.exec(regexp));
          result2.lastIndex = regexp.lastIndex;
          return result2;
        }
        function cloneSymbol(symbol) {
          return symbolValueOf ? Object2(symbolValueOf.call(symbol)) : {};
        }
        function cloneTypedArray(typedArray, isDeep) {
          var buffer = isDeep ? cloneArrayBuffer(typedArray.buffer) : typedArray.buffer;
          return new typedArray.constructor(buffer, typedArray.byteOffset, typedArray.length);
        }
        function compareAscending(value, other) {
          if (value !== other) {
            var valIsDefined = value !== undefined2, valIsNull = value === null, valIsReflexive = value === value, valIsSymbol = isSymbol(value);
            var othIsDefined = other !== undefined2, othIsNull = other === null, othIsReflexive = other === other, othIsSymbol = isSymbol(other);
            if (!othIsNull && !othIsSymbol && !valIsSymbol && value > other || valIsSymbol && othIsDefined && othIsReflexive && !othIsNull && !othIsSymbol || valIsNull && othIsDefined && othIsReflexive || !valIsDefined && othIsReflexive || !valIsReflexive) {
              return 1;
            }
            if (!valIsNull && !valIsSymbol && !othIsSymbol && value < other || othIsSymbol && valIsDefined && valIsReflexive && !valIsNull && !valIsSymbol || othIsNull && valIsDefined && valIsReflexive || !othIsDefined && valIsReflexive || !othIsReflexive) {
              return -1;
            }
          }
          return 0;
        }
        function compareMultiple(object2, other, orders) {
          var index = -1, objCriteria = object2.criteria, othCriteria = other.criteria, length = objCriteria.length, ordersLength = orders.length;
          while (++index < length) {
            var result2 = compareAscending(objCriteria[index], othCriteria[index]);
            if (result2) {
              if (index >= ordersLength) {
                return result2;
              }
              var order = orders[index];
              return result2 * (order == "desc" ? -1 : 1);
            }
          }
          return object2.index - other.index;
        }
        function composeArgs(args, partials, holders, isCurried) {
          var argsIndex = -1, argsLength = args.length, holdersLength = holders.length, leftIndex = -1, leftLength = partials.length, rangeLength = nativeMax(argsLength - holdersLength, 0), result2 = Array2(leftLength + rangeLength), isUncurried = !isCurried;
          while (++leftIndex < leftLength) {
            result2[leftIndex] = partials[leftIndex];
          }
          while (++argsIndex < holdersLength) {
            if (isUncurried || argsIndex < argsLength) {
              result2[holders[argsIndex]] = args[argsIndex];
            }
          }
          while (rangeLength--) {
            result2[leftIndex++] = args[argsIndex++];
          }
          return result2;
        }
        function composeArgsRight(args, partials, holders, isCurried) {
          var argsIndex = -1, argsLength = args.length, holdersIndex = -1, holdersLength = holders.length, rightIndex = -1, rightLength = partials.length, rangeLength = nativeMax(argsLength - holdersLength, 0), result2 = Array2(rangeLength + rightLength), isUncurried = !isCurried;
          while (++argsIndex < rangeLength) {
            result2[argsIndex] = args[argsIndex];
          }
          var offset = argsIndex;
          while (++rightIndex < rightLength) {
            result2[offset + rightIndex] = partials[rightIndex];
          }
          while (++holdersIndex < holdersLength) {
            if (isUncurried || argsIndex < argsLength) {
              result2[offset + holders[holdersIndex]] = args[argsIndex++];
            }
          }
          return result2;
        }
        function copyArray(source, array) {
          var index = -1, length = source.length;
          array || (array = Array2(length));
          while (++index < length) {
            array[index] = source[index];
          }
          return array;
        }
        function copyObject(source, props, object2, customizer) {
          var isNew = !object2;
          object2 || (object2 = {});
          var index = -1, length = props.length;
          while (++index < length) {
            var key = props[index];
            var newValue = customizer ? customizer(object2[key], source[key], key, object2, source) : undefined2;
            if (newValue === undefined2) {
              newValue = source[key];
            }
            if (isNew) {
              baseAssignValue(object2, key, newValue);
            } else {
              assignValue(object2, key, newValue);
            }
          }
          return object2;
        }
        function copySymbols(source, object2) {
          return copyObject(source, getSymbols(source), object2);
        }
        function copySymbolsIn(source, object2) {
          return copyObject(source, getSymbolsIn(source), object2);
        }
        function createAggregator(setter, initializer) {
          return function(collection, iteratee2) {
            var func = isArray(collection) ? arrayAggregator : baseAggregator, accumulator = initializer ? initializer() : {};
            return func(collection, setter, getIteratee(iteratee2, 2), accumulator);
          };
        }
        function createAssigner(assigner) {
          return baseRest(function(object2, sources) {
            var index = -1, length = sources.length, customizer = length > 1 ? sources[length - 1] : undefined2, guard = length > 2 ? sources[2] : undefined2;
            customizer = assigner.length > 3 && typeof customizer == "function" ? (length--, customizer) : undefined2;
            if (guard && isIterateeCall(sources[0], sources[1], guard)) {
              customizer = length < 3 ? undefined2 : customizer;
              length = 1;
            }
            object2 = Object2(object2);
            while (++index < length) {
              var source = sources[index];
              if (source) {
                assigner(object2, source, index, customizer);
              }
            }
            return object2;
          });
        }
        function createBaseEach(eachFunc, fromRight) {
          return function(collection, iteratee2) {
            if (collection == null) {
              return collection;
            }
            if (!isArrayLike(collection)) {
              return eachFunc(collection, iteratee2);
            }
            var length = collection.length, index = fromRight ? length : -1, iterable = Object2(collection);
            while (fromRight ? index-- : ++index < length) {
              if (iteratee2(iterable[index], index, iterable) === false) {
                break;
              }
            }
            return collection;
          };
        }
        function createBaseFor(fromRight) {
          return function(object2, iteratee2, keysFunc) {
            var index = -1, iterable = Object2(object2), props = keysFunc(object2), length = props.length;
            while (length--) {
              var key = props[fromRight ? length : ++index];
              if (iteratee2(iterable[key], key, iterable) === false) {
                break;
              }
            }
            return object2;
          };
        }
        function createBind(func, bitmask, thisArg) {
          var isBind = bitmask & WRAP_BIND_FLAG, Ctor = createCtor(func);
          function wrapper() {
            var fn = this && this !== root && this instanceof wrapper ? Ctor : func;
            return fn.apply(isBind ? thisArg : this, arguments);
          }
          return wrapper;
        }
        function createCaseFirst(methodName) {
          return function(string) {
            string = toString(string);
            var strSymbols = hasUnicode(string) ? stringToArray(string) : undefined2;
            var chr = strSymbols ? strSymbols[0] : string.charAt(0);
            var trailing = strSymbols ? castSlice(strSymbols, 1).join("") : string.slice(1);
            return chr[methodName]() + trailing;
          };
        }
        function createCompounder(callback) {
          return function(string) {
            return arrayReduce(words(deburr(string).replace(reApos, "")), callback, "");
          };
        }
        function createCtor(Ctor) {
          return function() {
            var args = arguments;
            switch (args.length) {
              case 0:
                return new Ctor();
              case 1:
                return new Ctor(args[0]);
              case 2:
                return new Ctor(args[0], args[1]);
              case 3:
                return new Ctor(args[0], args[1], args[2]);
              case 4:
                return new Ctor(args[0], args[1], args[2], args[3]);
              case 5:
                return new Ctor(args[0], args[1], args[2], args[3], args[4]);
              case 6:
                return new Ctor(args[0], args[1], args[2], args[3], args[4], args[5]);
              case 7:
                return new Ctor(args[0], args[1], args[2], args[3], args[4], args[5], args[6]);
            }
            var thisBinding = baseCreate(Ctor.prototype), result2 = Ctor.apply(thisBinding, args);
            return isObject(result2) ? result2 : thisBinding;
          };
        }
        function createCurry(func, bitmask, arity) {
          var Ctor = createCtor(func);
          function wrapper() {
            var length = arguments.length, args = Array2(length), index = length, placeholder = getHolder(wrapper);
            while (index--) {
              args[index] = arguments[index];
            }
            var holders = length < 3 && args[0] !== placeholder && args[length - 1] !== placeholder ? [] : replaceHolders(args, placeholder);
            length -= holders.length;
            if (length < arity) {
              return createRecurry(
                func,
                bitmask,
                createHybrid,
                wrapper.placeholder,
                undefined2,
                args,
                holders,
                undefined2,
                undefined2,
                arity - length
              );
            }
            var fn = this && this !== root && this instanceof wrapper ? Ctor : func;
            return apply(fn, this, args);
          }
          return wrapper;
        }
        function createFind(findIndexFunc) {
          return function(collection, predicate, fromIndex) {
            var iterable = Object2(collection);
            if (!isArrayLike(collection)) {
              var iteratee2 = getIteratee(predicate, 3);
              collection = keys(collection);
              predicate = function(key) {
                return iteratee2(iterable[key], key, iterable);
              };
            }
            var index = findIndexFunc(collection, predicate, fromIndex);
            return index > -1 ? iterable[iteratee2 ? collection[index] : index] : undefined2;
          };
        }
        function createFlow(fromRight) {
          return flatRest(function(funcs) {
            var length = funcs.length, index = length, prereq = LodashWrapper.prototype.thru;
            if (fromRight) {
              funcs.reverse();
            }
            while (index--) {
              var func = funcs[index];
              if (typeof func != "function") {
                throw new TypeError(FUNC_ERROR_TEXT);
              }
              if (prereq && !wrapper && getFuncName(func) == "wrapper") {
                var wrapper = new LodashWrapper([], true);
              }
            }
            index = wrapper ? index : length;
            while (++index < length) {
              func = funcs[index];
              var funcName = getFuncName(func), data = funcName == "wrapper" ? getData(func) : undefined2;
              if (data && isLaziable(data[0]) && data[1] == (WRAP_ARY_FLAG | WRAP_CURRY_FLAG | WRAP_PARTIAL_FLAG | WRAP_REARG_FLAG) && !data[4].length && data[9] == 1) {
                wrapper = wrapper[getFuncName(data[0])].apply(wrapper, data[3]);
              } else {
                wrapper = func.length == 1 && isLaziable(func) ? wrapper[funcName]() : wrapper.thru(func);
              }
            }
            return function() {
              var args = arguments, value = args[0];
              if (wrapper && args.length == 1 && isArray(value)) {
                return wrapper.plant(value).value();
              }
              var index2 = 0, result2 = length ? funcs[index2].apply(this, args) : value;
              while (++index2 < length) {
                result2 = funcs[index2].call(this, result2);
              }
              return result2;
            };
          });
        }
        function createHybrid(func, bitmask, thisArg, partials, holders, partialsRight, holdersRight, argPos, ary2, arity) {
          var isAry = bitmask & WRAP_ARY_FLAG, isBind = bitmask & WRAP_BIND_FLAG, isBindKey = bitmask & WRAP_BIND_KEY_FLAG, isCurried = bitmask & (WRAP_CURRY_FLAG | WRAP_CURRY_RIGHT_FLAG), isFlip = bitmask & WRAP_FLIP_FLAG, Ctor = isBindKey ? undefined2 : createCtor(func);
          function wrapper() {
            var length = arguments.length, args = Array2(length), index = length;
            while (index--) {
              args[index] = arguments[index];
            }
            if (isCurried) {
              var placeholder = getHolder(wrapper), holdersCount = countHolders(args, placeholder);
            }
            if (partials) {
              args = composeArgs(args, partials, holders, isCurried);
            }
            if (partialsRight) {
              args = composeArgsRight(args, partialsRight, holdersRight, isCurried);
            }
            length -= holdersCount;
            if (isCurried && length < arity) {
              var newHolders = replaceHolders(args, placeholder);
              return createRecurry(
                func,
                bitmask,
                createHybrid,
                wrapper.placeholder,
                thisArg,
                args,
                newHolders,
                argPos,
                ary2,
                arity - length
              );
            }
            var thisBinding = isBind ? thisArg : this, fn = isBindKey ? thisBinding[func] : func;
            length = args.length;
            if (argPos) {
              args = reorder(args, argPos);
            } else if (isFlip && length > 1) {
              args.reverse();
            }
            if (isAry && ary2 < length) {
              args.length = ary2;
            }
            if (this && this !== root && this instanceof wrapper) {
              fn = Ctor || createCtor(fn);
            }
            return fn.apply(thisBinding, args);
          }
          return wrapper;
        }
        function createInverter(setter, toIteratee) {
          return function(object2, iteratee2) {
            return baseInverter(object2, setter, toIteratee(iteratee2), {});
          };
        }
        function createMathOperation(operator, defaultValue) {
          return function(value, other) {
            var result2;
            if (value === undefined2 && other === undefined2) {
              return defaultValue;
            }
            if (value !== undefined2) {
              result2 = value;
            }
            if (other !== undefined2) {
              if (result2 === undefined2) {
                return other;
              }
              if (typeof value == "string" || typeof other == "string") {
                value = baseToString(value);
                other = baseToString(other);
              } else {
                value = baseToNumber(value);
                other = baseToNumber(other);
              }
              result2 = operator(value, other);
            }
            return result2;
          };
        }
        function createOver(arrayFunc) {
          return flatRest(function(iteratees) {
            iteratees = arrayMap(iteratees, baseUnary(getIteratee()));
            return baseRest(function(args) {
              var thisArg = this;
              return arrayFunc(iteratees, function(iteratee2) {
                return apply(iteratee2, thisArg, args);
              });
            });
          });
        }
        function createPadding(length, chars) {
          chars = chars === undefined2 ? " " : baseToString(chars);
          var charsLength = chars.length;
          if (charsLength < 2) {
            return charsLength ? baseRepeat(chars, length) : chars;
          }
          var result2 = baseRepeat(chars, nativeCeil(length / stringSize(chars)));
          return hasUnicode(chars) ? castSlice(stringToArray(result2), 0, length).join("") : result2.slice(0, length);
        }
        function createPartial(func, bitmask, thisArg, partials) {
          var isBind = bitmask & WRAP_BIND_FLAG, Ctor = createCtor(func);
          function wrapper() {
            var argsIndex = -1, argsLength = arguments.length, leftIndex = -1, leftLength = partials.length, args = Array2(leftLength + argsLength), fn = this && this !== root && this instanceof wrapper ? Ctor : func;
            while (++leftIndex < leftLength) {
              args[leftIndex] = partials[leftIndex];
            }
            while (argsLength--) {
              args[leftIndex++] = arguments[++argsIndex];
            }
            return apply(fn, isBind ? thisArg : this, args);
          }
          return wrapper;
        }
        function createRange(fromRight) {
          return function(start, end, step) {
            if (step && typeof step != "number" && isIterateeCall(start, end, step)) {
              end = step = undefined2;
            }
            start = toFinite(start);
            if (end === undefined2) {
              end = start;
              start = 0;
            } else {
              end = toFinite(end);
            }
            step = step === undefined2 ? start < end ? 1 : -1 : toFinite(step);
            return baseRange(start, end, step, fromRight);
          };
        }
        function createRelationalOperation(operator) {
          return function(value, other) {
            if (!(typeof value == "string" && typeof other == "string")) {
              value = toNumber(value);
              other = toNumber(other);
            }
            return operator(value, other);
          };
        }
        function createRecurry(func, bitmask, wrapFunc, placeholder, thisArg, partials, holders, argPos, ary2, arity) {
          var isCurry = bitmask & WRAP_CURRY_FLAG, newHolders = isCurry ? holders : undefined2, newHoldersRight = isCurry ? undefined2 : holders, newPartials = isCurry ? partials : undefined2, newPartialsRight = isCurry ? undefined2 : partials;
          bitmask |= isCurry ? WRAP_PARTIAL_FLAG : WRAP_PARTIAL_RIGHT_FLAG;
          bitmask &= ~(isCurry ? WRAP_PARTIAL_RIGHT_FLAG : WRAP_PARTIAL_FLAG);
          if (!(bitmask & WRAP_CURRY_BOUND_FLAG)) {
            bitmask &= ~(WRAP_BIND_FLAG | WRAP_BIND_KEY_FLAG);
          }
          var newData = [
            func,
            bitmask,
            thisArg,
            newPartials,
            newHolders,
            newPartialsRight,
            newHoldersRight,
            argPos,
            ary2,
            arity
          ];
          var result2 = wrapFunc.apply(undefined2, newData);
          if (isLaziable(func)) {
            setData(result2, newData);
          }
          result2.placeholder = placeholder;
          return setWrapToString(result2, func, bitmask);
        }
        function createRound(methodName) {
          var func = Math2[methodName];
          return function(number, precision) {
            number = toNumber(number);
            precision = precision == null ? 0 : nativeMin(toInteger(precision), 292);
            if (precision && nativeIsFinite(number)) {
              var pair = (toString(number) + "e").split("e"), value = func(pair[0] + "e" + (+pair[1] + precision));
              pair = (toString(value) + "e").split("e");
              return +(pair[0] + "e" + (+pair[1] - precision));
            }
            return func(number);
          };
        }
        var createSet = !(Set2 && 1 / setToArray(new Set2([, -0]))[1] == INFINITY) ? noop : function(values2) {
          return new Set2(values2);
        };
        function createToPairs(keysFunc) {
          return function(object2) {
            var tag = getTag(object2);
            if (tag == mapTag) {
              return mapToArray(object2);
            }
            if (tag == setTag) {
              return setToPairs(object2);
            }
            return baseToPairs(object2, keysFunc(object2));
          };
        }
        function createWrap(func, bitmask, thisArg, partials, holders, argPos, ary2, arity) {
          var isBindKey = bitmask & WRAP_BIND_KEY_FLAG;
          if (!isBindKey && typeof func != "function") {
            throw new TypeError(FUNC_ERROR_TEXT);
          }
          var length = partials ? partials.length : 0;
          if (!length) {
            bitmask &= ~(WRAP_PARTIAL_FLAG | WRAP_PARTIAL_RIGHT_FLAG);
            partials = holders = undefined2;
          }
          ary2 = ary2 === undefined2 ? ary2 : nativeMax(toInteger(ary2), 0);
          arity = arity === undefined2 ? arity : toInteger(arity);
          length -= holders ? holders.length : 0;
          if (bitmask & WRAP_PARTIAL_RIGHT_FLAG) {
            var partialsRight = partials, holdersRight = holders;
            partials = holders = undefined2;
          }
          var data = isBindKey ? undefined2 : getData(func);
          var newData = [
            func,
            bitmask,
            thisArg,
            partials,
            holders,
            partialsRight,
            holdersRight,
            argPos,
            ary2,
            arity
          ];
          if (data) {
            mergeData(newData, data);
          }
          func = newData[0];
          bitmask = newData[1];
          thisArg = newData[2];
          partials = newData[3];
          holders = newData[4];
          arity = newData[9] = newData[9] === undefined2 ? isBindKey ? 0 : func.length : nativeMax(newData[9] - length, 0);
          if (!arity && bitmask & (WRAP_CURRY_FLAG | WRAP_CURRY_RIGHT_FLAG)) {
            bitmask &= ~(WRAP_CURRY_FLAG | WRAP_CURRY_RIGHT_FLAG);
          }
          if (!bitmask || bitmask == WRAP_BIND_FLAG) {
            var result2 = createBind(func, bitmask, thisArg);
          } else if (bitmask == WRAP_CURRY_FLAG || bitmask == WRAP_CURRY_RIGHT_FLAG) {
            result2 = createCurry(func, bitmask, arity);
          } else if ((bitmask == WRAP_PARTIAL_FLAG || bitmask == (WRAP_BIND_FLAG | WRAP_PARTIAL_FLAG)) && !holders.length) {
            result2 = createPartial(func, bitmask, thisArg, partials);
          } else {
            result2 = createHybrid.apply(undefined2, newData);
          }
          var setter = data ? baseSetData : setData;
          return setWrapToString(setter(result2, newData), func, bitmask);
        }
        function customDefaultsAssignIn(objValue, srcValue, key, object2) {
          if (objValue === undefined2 || eq(objValue, objectProto[key]) && !hasOwnProperty.call(object2, key)) {
            return srcValue;
          }
          return objValue;
        }
        function customDefaultsMerge(objValue, srcValue, key, object2, source, stack) {
          if (isObject(objValue) && isObject(srcValue)) {
            stack.set(srcValue, objValue);
            baseMerge(objValue, srcValue, undefined2, customDefaultsMerge, stack);
            stack["delete"](srcValue);
          }
          return objValue;
        }
        function customOmitClone(value) {
          return isPlainObject2(value) ? undefined2 : value;
        }
        function equalArrays(array, other, bitmask, customizer, equalFunc, stack) {
          var isPartial = bitmask & COMPARE_PARTIAL_FLAG, arrLength = array.length, othLength = other.length;
          if (arrLength != othLength && !(isPartial && othLength > arrLength)) {
            return false;
          }
          var arrStacked = stack.get(array);
          var othStacked = stack.get(other);
          if (arrStacked && othStacked) {
            return arrStacked == other && othStacked == array;
          }
          var index = -1, result2 = true, seen = bitmask & COMPARE_UNORDERED_FLAG ? new SetCache() : undefined2;
          stack.set(array, other);
          stack.set(other, array);
          while (++index < arrLength) {
            var arrValue = array[index], othValue = other[index];
            if (customizer) {
              var compared = isPartial ? customizer(othValue, arrValue, index, other, array, stack) : customizer(arrValue, othValue, index, array, other, stack);
            }
            if (compared !== undefined2) {
              if (compared) {
                continue;
              }
              result2 = false;
              break;
            }
            if (seen) {
              if (!arraySome(other, function(othValue2, othIndex) {
                if (!cacheHas(seen, othIndex) && (arrValue === othValue2 || equalFunc(arrValue, othValue2, bitmask, customizer, stack))) {
                  return seen.push(othIndex);
                }
              })) {
                result2 = false;
                break;
              }
            } else if (!(arrValue === othValue || equalFunc(arrValue, othValue, bitmask, customizer, stack))) {
              result2 = false;
              break;
            }
          }
          stack["delete"](array);
          stack["delete"](other);
          return result2;
        }
        function equalByTag(object2, other, tag, bitmask, customizer, equalFunc, stack) {
          switch (tag) {
            case dataViewTag:
              if (object2.byteLength != other.byteLength || object2.byteOffset != other.byteOffset) {
                return false;
              }
              object2 = object2.buffer;
              other = other.buffer;
            case arrayBufferTag:
              if (object2.byteLength != other.byteLength || !equalFunc(new Uint8Array(object2), new Uint8Array(other))) {
                return false;
              }
              return true;
            case boolTag:
            case dateTag:
            case numberTag:
              return eq(+object2, +other);
            case errorTag:
              return object2.name == other.name && object2.message == other.message;
            case regexpTag:
            case stringTag:
              return object2 == other + "";
            case mapTag:
              var convert = mapToArray;
            case setTag:
              var isPartial = bitmask & COMPARE_PARTIAL_FLAG;
              convert || (convert = setToArray);
              if (object2.size != other.size && !isPartial) {
                return false;
              }
              var stacked = stack.get(object2);
              if (stacked) {
                return stacked == other;
              }
              bitmask |= COMPARE_UNORDERED_FLAG;
              stack.set(object2, other);
              var result2 = equalArrays(convert(object2), convert(other), bitmask, customizer, equalFunc, stack);
              stack["delete"](object2);
              return result2;
            case symbolTag:
              if (symbolValueOf) {
                return symbolValueOf.call(object2) == symbolValueOf.call(other);
              }
          }
          return false;
        }
        function equalObjects(object2, other, bitmask, customizer, equalFunc, stack) {
          var isPartial = bitmask & COMPARE_PARTIAL_FLAG, objProps = getAllKeys(object2), objLength = objProps.length, othProps = getAllKeys(other), othLength = othProps.length;
          if (objLength != othLength && !isPartial) {
            return false;
          }
          var index = objLength;
          while (index--) {
            var key = objProps[index];
            if (!(isPartial ? key in other : hasOwnProperty.call(other, key))) {
              return false;
            }
          }
          var objStacked = stack.get(object2);
          var othStacked = stack.get(other);
          if (objStacked && othStacked) {
            return objStacked == other && othStacked == object2;
          }
          var result2 = true;
          stack.set(object2, other);
          stack.set(other, object2);
          var skipCtor = isPartial;
          while (++index < objLength) {
            key = objProps[index];
            var objValue = object2[key], othValue = other[key];
            if (customizer) {
              var compared = isPartial ? customizer(othValue, objValue, key, other, object2, stack) : customizer(objValue, othValue, key, object2, other, stack);
            }
            if (!(compared === undefined2 ? objValue === othValue || equalFunc(objValue, othValue, bitmask, customizer, stack) : compared)) {
              result2 = false;
              break;
            }
            skipCtor || (skipCtor = key == "constructor");
          }
          if (result2 && !skipCtor) {
            var objCtor = object2.constructor, othCtor = other.constructor;
            if (objCtor != othCtor && ("constructor" in object2 && "constructor" in other) && !(typeof objCtor == "function" && objCtor instanceof objCtor && typeof othCtor == "function" && othCtor instanceof othCtor)) {
              result2 = false;
            }
          }
          stack["delete"](object2);
          stack["delete"](other);
          return result2;
        }
        function flatRest(func) {
          return setToString(overRest(func, undefined2, flatten), func + "");
        }
        function getAllKeys(object2) {
          return baseGetAllKeys(object2, keys, getSymbols);
        }
        function getAllKeysIn(object2) {
          return baseGetAllKeys(object2, keysIn, getSymbolsIn);
        }
        var getData = !metaMap ? noop : function(func) {
          return metaMap.get(func);
        };
        function getFuncName(func) {
          var result2 = func.name + "", array = realNames[result2], length = hasOwnProperty.call(realNames, result2) ? array.length : 0;
          while (length--) {
            var data = array[length], otherFunc = data.func;
            if (otherFunc == null || otherFunc == func) {
              return data.name;
            }
          }
          return result2;
        }
        function getHolder(func) {
          var object2 = hasOwnProperty.call(lodash, "placeholder") ? lodash : func;
          return object2.placeholder;
        }
        function getIteratee() {
          var result2 = lodash.iteratee || iteratee;
          result2 = result2 === iteratee ? baseIteratee : result2;
          return arguments.length ? result2(arguments[0], arguments[1]) : result2;
        }
        function getMapData(map2, key) {
          var data = map2.__data__;
          return isKeyable(key) ? data[typeof key == "string" ? "string" : "hash"] : data.map;
        }
        function getMatchData(object2) {
          var result2 = keys(object2), length = result2.length;
          while (length--) {
            var key = result2[length], value = object2[key];
            result2[length] = [key, value, isStrictComparable(value)];
          }
          return result2;
        }
        function getNative(object2, key) {
          var value = getValue(object2, key);
          return baseIsNative(value) ? value : undefined2;
        }
        function getRawTag(value) {
          var isOwn = hasOwnProperty.call(value, symToStringTag), tag = value[symToStringTag];
          try {
            value[symToStringTag] = undefined2;
            var unmasked = true;
          } catch (e) {
          }
          var result2 = nativeObjectToString.call(value);
          if (unmasked) {
            if (isOwn) {
              value[symToStringTag] = tag;
            } else {
              delete value[symToStringTag];
            }
          }
          return result2;
        }
        var getSymbols = !nativeGetSymbols ? stubArray : function(object2) {
          if (object2 == null) {
            return [];
          }
          object2 = Object2(object2);
          return arrayFilter(nativeGetSymbols(object2), function(symbol) {
            return propertyIsEnumerable.call(object2, symbol);
          });
        };
        var getSymbolsIn = !nativeGetSymbols ? stubArray : function(object2) {
          var result2 = [];
          while (object2) {
            arrayPush(result2, getSymbols(object2));
            object2 = getPrototype(object2);
          }
          return result2;
        };
        var getTag = baseGetTag;
        if (DataView && getTag(new DataView(new ArrayBuffer(1))) != dataViewTag || Map2 && getTag(new Map2()) != mapTag || Promise2 && getTag(Promise2.resolve()) != promiseTag || Set2 && getTag(new Set2()) != setTag || WeakMap && getTag(new WeakMap()) != weakMapTag) {
          getTag = function(value) {
            var result2 = baseGetTag(value), Ctor = result2 == objectTag ? value.constructor : undefined2, ctorString = Ctor ? toSource(Ctor) : "";
            if (ctorString) {
              switch (ctorString) {
                case dataViewCtorString:
                  return dataViewTag;
                case mapCtorString:
                  return mapTag;
                case promiseCtorString:
                  return promiseTag;
                case setCtorString:
                  return setTag;
                case weakMapCtorString:
                  return weakMapTag;
              }
            }
            return result2;
          };
        }
        function getView(start, end, transforms) {
          var index = -1, length = transforms.length;
          while (++index < length) {
            var data = transforms[index], size2 = data.size;
            switch (data.type) {
              case "drop":
                start += size2;
                break;
              case "dropRight":
                end -= size2;
                break;
              case "take":
                end = nativeMin(end, start + size2);
                break;
              case "takeRight":
                start = nativeMax(start, end - size2);
                break;
            }
          }
          return { "start": start, "end": end };
        }
        function getWrapDetails(source) {
          var match = source.match(reWrapDetails);
          return match ? match[1].split(reSplitDetails) : [];
        }
        function hasPath(object2, path, hasFunc) {
          path = castPath(path, object2);
          var index = -1, length = path.length, result2 = false;
          while (++index < length) {
            var key = toKey(path[index]);
            if (!(result2 = object2 != null && hasFunc(object2, key))) {
              break;
            }
            object2 = object2[key];
          }
          if (result2 || ++index != length) {
            return result2;
          }
          length = object2 == null ? 0 : object2.length;
          return !!length && isLength(length) && isIndex(key, length) && (isArray(object2) || isArguments(object2));
        }
        function initCloneArray(array) {
          var length = array.length, result2 = new array.constructor(length);
          if (length && typeof array[0] == "string" && hasOwnProperty.call(array, "index")) {
            result2.index = array.index;
            result2.input = array.input;
          }
          return result2;
        }
        function initCloneObject(object2) {
          return typeof object2.constructor == "function" && !isPrototype(object2) ? baseCreate(getPrototype(object2)) : {};
        }
        function initCloneByTag(object2, tag, isDeep) {
          var Ctor = object2.constructor;
          switch (tag) {
            case arrayBufferTag:
              return cloneArrayBuffer(object2);
            case boolTag:
            case dateTag:
              return new Ctor(+object2);
            case dataViewTag:
              return cloneDataView(object2, isDeep);
            case float32Tag:
            case float64Tag:
            case int8Tag:
            case int16Tag:
            case int32Tag:
            case uint8Tag:
            case uint8ClampedTag:
            case uint16Tag:
            case uint32Tag:
              return cloneTypedArray(object2, isDeep);
            case mapTag:
              return new Ctor();
            case numberTag:
            case stringTag:
              return new Ctor(object2);
            case regexpTag:
              return cloneRegExp(object2);
            case setTag:
              return new Ctor();
            case symbolTag:
              return cloneSymbol(object2);
          }
        }
        function insertWrapDetails(source, details) {
          var length = details.length;
          if (!length) {
            return source;
          }
          var lastIndex = length - 1;
          details[lastIndex] = (length > 1 ? "& " : "") + details[lastIndex];
          details = details.join(length > 2 ? ", " : " ");
          return source.replace(reWrapComment, "{\n/* [wrapped with " + details + "] */\n");
        }
        function isFlattenable(value) {
          return isArray(value) || isArguments(value) || !!(spreadableSymbol && value && value[spreadableSymbol]);
        }
        function isIndex(value, length) {
          var type = typeof value;
          length = length == null ? MAX_SAFE_INTEGER : length;
          return !!length && (type == "number" || type != "symbol" && reIsUint.test(value)) && (value > -1 && value % 1 == 0 && value < length);
        }
        function isIterateeCall(value, index, object2) {
          if (!isObject(object2)) {
            return false;
          }
          var type = typeof index;
          if (type == "number" ? isArrayLike(object2) && isIndex(index, object2.length) : type == "string" && index in object2) {
            return eq(object2[index], value);
          }
          return false;
        }
        function isKey(value, object2) {
          if (isArray(value)) {
            return false;
          }
          var type = typeof value;
          if (type == "number" || type == "symbol" || type == "boolean" || value == null || isSymbol(value)) {
            return true;
          }
          return reIsPlainProp.test(value) || !reIsDeepProp.test(value) || object2 != null && value in Object2(object2);
        }
        function isKeyable(value) {
          var type = typeof value;
          return type == "string" || type == "number" || type == "symbol" || type == "boolean" ? value !== "__proto__" : value === null;
        }
        function isLaziable(func) {
          var funcName = getFuncName(func), other = lodash[funcName];
          if (typeof other != "function" || !(funcName in LazyWrapper.prototype)) {
            return false;
          }
          if (func === other) {
            return true;
          }
          var data = getData(other);
          return !!data && func === data[0];
        }
        function isMasked(func) {
          return !!maskSrcKey && maskSrcKey in func;
        }
        var isMaskable = coreJsData ? isFunction : stubFalse;
        function isPrototype(value) {
          var Ctor = value && value.constructor, proto = typeof Ctor == "function" && Ctor.prototype || objectProto;
          return value === proto;
        }
        function isStrictComparable(value) {
          return value === value && !isObject(value);
        }
        function matchesStrictComparable(key, srcValue) {
          return function(object2) {
            if (object2 == null) {
              return false;
            }
            return object2[key] === srcValue && (srcValue !== undefined2 || key in Object2(object2));
          };
        }
        function memoizeCapped(func) {
          var result2 = memoize(func, function(key) {
            if (cache.size === MAX_MEMOIZE_SIZE) {
              cache.clear();
            }
            return key;
          });
          var cache = result2.cache;
          return result2;
        }
        function mergeData(data, source) {
          var bitmask = data[1], srcBitmask = source[1], newBitmask = bitmask | srcBitmask, isCommon = newBitmask < (WRAP_BIND_FLAG | WRAP_BIND_KEY_FLAG | WRAP_ARY_FLAG);
          var isCombo = srcBitmask == WRAP_ARY_FLAG && bitmask == WRAP_CURRY_FLAG || srcBitmask == WRAP_ARY_FLAG && bitmask == WRAP_REARG_FLAG && data[7].length <= source[8] || srcBitmask == (WRAP_ARY_FLAG | WRAP_REARG_FLAG) && source[7].length <= source[8] && bitmask == WRAP_CURRY_FLAG;
          if (!(isCommon || isCombo)) {
            return data;
          }
          if (srcBitmask & WRAP_BIND_FLAG) {
            data[2] = source[2];
            newBitmask |= bitmask & WRAP_BIND_FLAG ? 0 : WRAP_CURRY_BOUND_FLAG;
          }
          var value = source[3];
          if (value) {
            var partials = data[3];
            data[3] = partials ? composeArgs(partials, value, source[4]) : value;
            data[4] = partials ? replaceHolders(data[3], PLACEHOLDER) : source[4];
          }
          value = source[5];
          if (value) {
            partials = data[5];
            data[5] = partials ? composeArgsRight(partials, value, source[6]) : value;
            data[6] = partials ? replaceHolders(data[5], PLACEHOLDER) : source[6];
          }
          value = source[7];
          if (value) {
            data[7] = value;
          }
          if (srcBitmask & WRAP_ARY_FLAG) {
            data[8] = data[8] == null ? source[8] : nativeMin(data[8], source[8]);
          }
          if (data[9] == null) {
            data[9] = source[9];
          }
          data[0] = source[0];
          data[1] = newBitmask;
          return data;
        }
        function nativeKeysIn(object2) {
          var result2 = [];
          if (object2 != null) {
            for (var key in Object2(object2)) {
              result2.push(key);
            }
          }
          return result2;
        }
        function objectToString(value) {
          return nativeObjectToString.call(value);
        }
        function overRest(func, start, transform2) {
          start = nativeMax(start === undefined2 ? func.length - 1 : start, 0);
          return function() {
            var args = arguments, index = -1, length = nativeMax(args.length - start, 0), array = Array2(length);
            while (++index < length) {
              array[index] = args[start + index];
            }
            index = -1;
            var otherArgs = Array2(start + 1);
            while (++index < start) {
              otherArgs[index] = args[index];
            }
            otherArgs[start] = transform2(array);
            return apply(func, this, otherArgs);
          };
        }
        function parent(object2, path) {
          return path.length < 2 ? object2 : baseGet(object2, baseSlice(path, 0, -1));
        }
        function reorder(array, indexes) {
          var arrLength = array.length, length = nativeMin(indexes.length, arrLength), oldArray = copyArray(array);
          while (length--) {
            var index = indexes[length];
            array[length] = isIndex(index, arrLength) ? oldArray[index] : undefined2;
          }
          return array;
        }
        function safeGet(object2, key) {
          if (key === "constructor" && typeof object2[key] === "function") {
            return;
          }
          if (key == "__proto__") {
            return;
          }
          return object2[key];
        }
        var setData = shortOut(baseSetData);
        var setTimeout = ctxSetTimeout || function(func, wait) {
          return root.setTimeout(func, wait);
        };
        var setToString = shortOut(baseSetToString);
        function setWrapToString(wrapper, reference, bitmask) {
          var source = reference + "";
          return setToString(wrapper, insertWrapDetails(source, updateWrapDetails(getWrapDetails(source), bitmask)));
        }
        function shortOut(func) {
          var count = 0, lastCalled = 0;
          return function() {
            var stamp = nativeNow(), remaining = HOT_SPAN - (stamp - lastCalled);
            lastCalled = stamp;
            if (remaining > 0) {
              if (++count >= HOT_COUNT) {
                return arguments[0];
              }
            } else {
              count = 0;
            }
            return func.apply(undefined2, arguments);
          };
        }
        function shuffleSelf(array, size2) {
          var index = -1, length = array.length, lastIndex = length - 1;
          size2 = size2 === undefined2 ? length : size2;
          while (++index < size2) {
            var rand = baseRandom(index, lastIndex), value = array[rand];
            array[rand] = array[index];
            array[index] = value;
          }
          array.length = size2;
          return array;
        }
        var stringToPath = memoizeCapped(function(string) {
          var result2 = [];
          if (string.charCodeAt(0) === 46) {
            result2.push("");
          }
          string.replace(rePropName, function(match, number, quote2, subString) {
            result2.push(quote2 ? subString.replace(reEscapeChar, "$1") : number || match);
          });
          return result2;
        });
        function toKey(value) {
          if (typeof value == "string" || isSymbol(value)) {
            return value;
          }
          var result2 = value + "";
          return result2 == "0" && 1 / value == -INFINITY ? "-0" : result2;
        }
        function toSource(func) {
          if (func != null) {
            try {
              return funcToString.call(func);
            } catch (e) {
            }
            try {
              return func + "";
            } catch (e) {
            }
          }
          return "";
        }
        function updateWrapDetails(details, bitmask) {
          arrayEach(wrapFlags, function(pair) {
            var value = "_." + pair[0];
            if (bitmask & pair[1] && !arrayIncludes(details, value)) {
              details.push(value);
            }
          });
          return details.sort();
        }
        function wrapperClone(wrapper) {
          if (wrapper instanceof LazyWrapper) {
            return wrapper.clone();
          }
          var result2 = new LodashWrapper(wrapper.__wrapped__, wrapper.__chain__);
          result2.__actions__ = copyArray(wrapper.__actions__);
          result2.__index__ = wrapper.__index__;
          result2.__values__ = wrapper.__values__;
          return result2;
        }
        function chunk(array, size2, guard) {
          if (guard ? isIterateeCall(array, size2, guard) : size2 === undefined2) {
            size2 = 1;
          } else {
            size2 = nativeMax(toInteger(size2), 0);
          }
          var length = array == null ? 0 : array.length;
          if (!length || size2 < 1) {
            return [];
          }
          var index = 0, resIndex = 0, result2 = Array2(nativeCeil(length / size2));
          while (index < length) {
            result2[resIndex++] = baseSlice(array, index, index += size2);
          }
          return result2;
        }
        function compact(array) {
          var index = -1, length = array == null ? 0 : array.length, resIndex = 0, result2 = [];
          while (++index < length) {
            var value = array[index];
            if (value) {
              result2[resIndex++] = value;
            }
          }
          return result2;
        }
        function concat() {
          var length = arguments.length;
          if (!length) {
            return [];
          }
          var args = Array2(length - 1), array = arguments[0], index = length;
          while (index--) {
            args[index - 1] = arguments[index];
          }
          return arrayPush(isArray(array) ? copyArray(array) : [array], baseFlatten(args, 1));
        }
        var difference = baseRest(function(array, values2) {
          return isArrayLikeObject(array) ? baseDifference(array, baseFlatten(values2, 1, isArrayLikeObject, true)) : [];
        });
        var differenceBy = baseRest(function(array, values2) {
          var iteratee2 = last(values2);
          if (isArrayLikeObject(iteratee2)) {
            iteratee2 = undefined2;
          }
          return isArrayLikeObject(array) ? baseDifference(array, baseFlatten(values2, 1, isArrayLikeObject, true), getIteratee(iteratee2, 2)) : [];
        });
        var differenceWith = baseRest(function(array, values2) {
          var comparator = last(values2);
          if (isArrayLikeObject(comparator)) {
            comparator = undefined2;
          }
          return isArrayLikeObject(array) ? baseDifference(array, baseFlatten(values2, 1, isArrayLikeObject, true), undefined2, comparator) : [];
        });
        function drop(array, n, guard) {
          var length = array == null ? 0 : array.length;
          if (!length) {
            return [];
          }
          n = guard || n === undefined2 ? 1 : toInteger(n);
          return baseSlice(array, n < 0 ? 0 : n, length);
        }
        function dropRight(array, n, guard) {
          var length = array == null ? 0 : array.length;
          if (!length) {
            return [];
          }
          n = guard || n === undefined2 ? 1 : toInteger(n);
          n = length - n;
          return baseSlice(array, 0, n < 0 ? 0 : n);
        }
        function dropRightWhile(array, predicate) {
          return array && array.length ? baseWhile(array, getIteratee(predicate, 3), true, true) : [];
        }
        function dropWhile(array, predicate) {
          return array && array.length ? baseWhile(array, getIteratee(predicate, 3), true) : [];
        }
        function fill(array, value, start, end) {
          var length = array == null ? 0 : array.length;
          if (!length) {
            return [];
          }
          if (start && typeof start != "number" && isIterateeCall(array, value, start)) {
            start = 0;
            end = length;
          }
          return baseFill(array, value, start, end);
        }
        function findIndex(array, predicate, fromIndex) {
          var length = array == null ? 0 : array.length;
          if (!length) {
            return -1;
          }
          var index = fromIndex == null ? 0 : toInteger(fromIndex);
          if (index < 0) {
            index = nativeMax(length + index, 0);
          }
          return baseFindIndex(array, getIteratee(predicate, 3), index);
        }
        function findLastIndex(array, predicate, fromIndex) {
          var length = array == null ? 0 : array.length;
          if (!length) {
            return -1;
          }
          var index = length - 1;
          if (fromIndex !== undefined2) {
            index = toInteger(fromIndex);
            index = fromIndex < 0 ? nativeMax(length + index, 0) : nativeMin(index, length - 1);
          }
          return baseFindIndex(array, getIteratee(predicate, 3), index, true);
        }
        function flatten(array) {
          var length = array == null ? 0 : array.length;
          return length ? baseFlatten(array, 1) : [];
        }
        function flattenDeep(array) {
          var length = array == null ? 0 : array.length;
          return length ? baseFlatten(array, INFINITY) : [];
        }
        function flattenDepth(array, depth) {
          var length = array == null ? 0 : array.length;
          if (!length) {
            return [];
          }
          depth = depth === undefined2 ? 1 : toInteger(depth);
          return baseFlatten(array, depth);
        }
        function fromPairs(pairs) {
          var index = -1, length = pairs == null ? 0 : pairs.length, result2 = {};
          while (++index < length) {
            var pair = pairs[index];
            baseAssignValue(result2, pair[0], pair[1]);
          }
          return result2;
        }
        function head(array) {
          return array && array.length ? array[0] : undefined2;
        }
        function indexOf(array, value, fromIndex) {
          var length = array == null ? 0 : array.length;
          if (!length) {
            return -1;
          }
          var index = fromIndex == null ? 0 : toInteger(fromIndex);
          if (index < 0) {
            index = nativeMax(length + index, 0);
          }
          return baseIndexOf(array, value, index);
        }
        function initial(array) {
          var length = array == null ? 0 : array.length;
          return length ? baseSlice(array, 0, -1) : [];
        }
        var intersection = baseRest(function(arrays) {
          var mapped = arrayMap(arrays, castArrayLikeObject);
          return mapped.length && mapped[0] === arrays[0] ? baseIntersection(mapped) : [];
        });
        var intersectionBy = baseRest(function(arrays) {
          var iteratee2 = last(arrays), mapped = arrayMap(arrays, castArrayLikeObject);
          if (iteratee2 === last(mapped)) {
            iteratee2 = undefined2;
          } else {
            mapped.pop();
          }
          return mapped.length && mapped[0] === arrays[0] ? baseIntersection(mapped, getIteratee(iteratee2, 2)) : [];
        });
        var intersectionWith = baseRest(function(arrays) {
          var comparator = last(arrays), mapped = arrayMap(arrays, castArrayLikeObject);
          comparator = typeof comparator == "function" ? comparator : undefined2;
          if (comparator) {
            mapped.pop();
          }
          return mapped.length && mapped[0] === arrays[0] ? baseIntersection(mapped, undefined2, comparator) : [];
        });
        function join2(array, separator) {
          return array == null ? "" : nativeJoin.call(array, separator);
        }
        function last(array) {
          var length = array == null ? 0 : array.length;
          return length ? array[length - 1] : undefined2;
        }
        function lastIndexOf(array, value, fromIndex) {
          var length = array == null ? 0 : array.length;
          if (!length) {
            return -1;
          }
          var index = length;
          if (fromIndex !== undefined2) {
            index = toInteger(fromIndex);
            index = index < 0 ? nativeMax(length + index, 0) : nativeMin(index, length - 1);
          }
          return value === value ? strictLastIndexOf(array, value, index) : baseFindIndex(array, baseIsNaN, index, true);
        }
        function nth(array, n) {
          return array && array.length ? baseNth(array, toInteger(n)) : undefined2;
        }
        var pull = baseRest(pullAll);
        function pullAll(array, values2) {
          return array && array.length && values2 && values2.length ? basePullAll(array, values2) : array;
        }
        function pullAllBy(array, values2, iteratee2) {
          return array && array.length && values2 && values2.length ? basePullAll(array, values2, getIteratee(iteratee2, 2)) : array;
        }
        function pullAllWith(array, values2, comparator) {
          return array && array.length && values2 && values2.length ? basePullAll(array, values2, undefined2, comparator) : array;
        }
        var pullAt = flatRest(function(array, indexes) {
          var length = array == null ? 0 : array.length, result2 = baseAt(array, indexes);
          basePullAt(array, arrayMap(indexes, function(index) {
            return isIndex(index, length) ? +index : index;
          }).sort(compareAscending));
          return result2;
        });
        function remove(array, predicate) {
          var result2 = [];
          if (!(array && array.length)) {
            return result2;
          }
          var index = -1, indexes = [], length = array.length;
          predicate = getIteratee(predicate, 3);
          while (++index < length) {
            var value = array[index];
            if (predicate(value, index, array)) {
              result2.push(value);
              indexes.push(index);
            }
          }
          basePullAt(array, indexes);
          return result2;
        }
        function reverse(array) {
          return array == null ? array : nativeReverse.call(array);
        }
        function slice(array, start, end) {
          var length = array == null ? 0 : array.length;
          if (!length) {
            return [];
          }
          if (end && typeof end != "number" && isIterateeCall(array, start, end)) {
            start = 0;
            end = length;
          } else {
            start = start == null ? 0 : toInteger(start);
            end = end === undefined2 ? length : toInteger(end);
          }
          return baseSlice(array, start, end);
        }
        function sortedIndex(array, value) {
          return baseSortedIndex(array, value);
        }
        function sortedIndexBy(array, value, iteratee2) {
          return baseSortedIndexBy(array, value, getIteratee(iteratee2, 2));
        }
        function sortedIndexOf(array, value) {
          var length = array == null ? 0 : array.length;
          if (length) {
            var index = baseSortedIndex(array, value);
            if (index < length && eq(array[index], value)) {
              return index;
            }
          }
          return -1;
        }
        function sortedLastIndex(array, value) {
          return baseSortedIndex(array, value, true);
        }
        function sortedLastIndexBy(array, value, iteratee2) {
          return baseSortedIndexBy(array, value, getIteratee(iteratee2, 2), true);
        }
        function sortedLastIndexOf(array, value) {
          var length = array == null ? 0 : array.length;
          if (length) {
            var index = baseSortedIndex(array, value, true) - 1;
            if (eq(array[index], value)) {
              return index;
            }
          }
          return -1;
        }
        function sortedUniq(array) {
          return array && array.length ? baseSortedUniq(array) : [];
        }
        function sortedUniqBy(array, iteratee2) {
          return array && array.length ? baseSortedUniq(array, getIteratee(iteratee2, 2)) : [];
        }
        function tail(array) {
          var length = array == null ? 0 : array.length;
          return length ? baseSlice(array, 1, length) : [];
        }
        function take(array, n, guard) {
          if (!(array && array.length)) {
            return [];
          }
          n = guard || n === undefined2 ? 1 : toInteger(n);
          return baseSlice(array, 0, n < 0 ? 0 : n);
        }
        function takeRight(array, n, guard) {
          var length = array == null ? 0 : array.length;
          if (!length) {
            return [];
          }
          n = guard || n === undefined2 ? 1 : toInteger(n);
          n = length - n;
          return baseSlice(array, n < 0 ? 0 : n, length);
        }
        function takeRightWhile(array, predicate) {
          return array && array.length ? baseWhile(array, getIteratee(predicate, 3), false, true) : [];
        }
        function takeWhile(array, predicate) {
          return array && array.length ? baseWhile(array, getIteratee(predicate, 3)) : [];
        }
        var union = baseRest(function(arrays) {
          return baseUniq(baseFlatten(arrays, 1, isArrayLikeObject, true));
        });
        var unionBy = baseRest(function(arrays) {
          var iteratee2 = last(arrays);
          if (isArrayLikeObject(iteratee2)) {
            iteratee2 = undefined2;
          }
          return baseUniq(baseFlatten(arrays, 1, isArrayLikeObject, true), getIteratee(iteratee2, 2));
        });
        var unionWith = baseRest(function(arrays) {
          var comparator = last(arrays);
          comparator = typeof comparator == "function" ? comparator : undefined2;
          return baseUniq(baseFlatten(arrays, 1, isArrayLikeObject, true), undefined2, comparator);
        });
        function uniq(array) {
          return array && array.length ? baseUniq(array) : [];
        }
        function uniqBy(array, iteratee2) {
          return array && array.length ? baseUniq(array, getIteratee(iteratee2, 2)) : [];
        }
        function uniqWith(array, comparator) {
          comparator = typeof comparator == "function" ? comparator : undefined2;
          return array && array.length ? baseUniq(array, undefined2, comparator) : [];
        }
        function unzip(array) {
          if (!(array && array.length)) {
            return [];
          }
          var length = 0;
          array = arrayFilter(array, function(group) {
            if (isArrayLikeObject(group)) {
              length = nativeMax(group.length, length);
              return true;
            }
          });
          return baseTimes(length, function(index) {
            return arrayMap(array, baseProperty(index));
          });
        }
        function unzipWith(array, iteratee2) {
          if (!(array && array.length)) {
            return [];
          }
          var result2 = unzip(array);
          if (iteratee2 == null) {
            return result2;
          }
          return arrayMap(result2, function(group) {
            return apply(iteratee2, undefined2, group);
          });
        }
        var without = baseRest(function(array, values2) {
          return isArrayLikeObject(array) ? baseDifference(array, values2) : [];
        });
        var xor = baseRest(function(arrays) {
          return baseXor(arrayFilter(arrays, isArrayLikeObject));
        });
        var xorBy = baseRest(function(arrays) {
          var iteratee2 = last(arrays);
          if (isArrayLikeObject(iteratee2)) {
            iteratee2 = undefined2;
          }
          return baseXor(arrayFilter(arrays, isArrayLikeObject), getIteratee(iteratee2, 2));
        });
        var xorWith = baseRest(function(arrays) {
          var comparator = last(arrays);
          comparator = typeof comparator == "function" ? comparator : undefined2;
          return baseXor(arrayFilter(arrays, isArrayLikeObject), undefined2, comparator);
        });
        var zip = baseRest(unzip);
        function zipObject(props, values2) {
          return baseZipObject(props || [], values2 || [], assignValue);
        }
        function zipObjectDeep(props, values2) {
          return baseZipObject(props || [], values2 || [], baseSet);
        }
        var zipWith = baseRest(function(arrays) {
          var length = arrays.length, iteratee2 = length > 1 ? arrays[length - 1] : undefined2;
          iteratee2 = typeof iteratee2 == "function" ? (arrays.pop(), iteratee2) : undefined2;
          return unzipWith(arrays, iteratee2);
        });
        function chain(value) {
          var result2 = lodash(value);
          result2.__chain__ = true;
          return result2;
        }
        function tap(value, interceptor) {
          interceptor(value);
          return value;
        }
        function thru(value, interceptor) {
          return interceptor(value);
        }
        var wrapperAt = flatRest(function(paths) {
          var length = paths.length, start = length ? paths[0] : 0, value = this.__wrapped__, interceptor = function(object2) {
            return baseAt(object2, paths);
          };
          if (length > 1 || this.__actions__.length || !(value instanceof LazyWrapper) || !isIndex(start)) {
            return this.thru(interceptor);
          }
          value = value.slice(start, +start + (length ? 1 : 0));
          value.__actions__.push({
            "func": thru,
            "args": [interceptor],
            "thisArg": undefined2
          });
          return new LodashWrapper(value, this.__chain__).thru(function(array) {
            if (length && !array.length) {
              array.push(undefined2);
            }
            return array;
          });
        });
        function wrapperChain() {
          return chain(this);
        }
        function wrapperCommit() {
          return new LodashWrapper(this.value(), this.__chain__);
        }
        function wrapperNext() {
          if (this.__values__ === undefined2) {
            this.__values__ = toArray(this.value());
          }
          var done = this.__index__ >= this.__values__.length, value = done ? undefined2 : this.__values__[this.__index__++];
          return { "done": done, "value": value };
        }
        function wrapperToIterator() {
          return this;
        }
        function wrapperPlant(value) {
          var result2, parent2 = this;
          while (parent2 instanceof baseLodash) {
            var clone2 = wrapperClone(parent2);
            clone2.__index__ = 0;
            clone2.__values__ = undefined2;
            if (result2) {
              previous.__wrapped__ = clone2;
            } else {
              result2 = clone2;
            }
            var previous = clone2;
            parent2 = parent2.__wrapped__;
          }
          previous.__wrapped__ = value;
          return result2;
        }
        function wrapperReverse() {
          var value = this.__wrapped__;
          if (value instanceof LazyWrapper) {
            var wrapped = value;
            if (this.__actions__.length) {
              wrapped = new LazyWrapper(this);
            }
            wrapped = wrapped.reverse();
            wrapped.__actions__.push({
              "func": thru,
              "args": [reverse],
              "thisArg": undefined2
            });
            return new LodashWrapper(wrapped, this.__chain__);
          }
          return this.thru(reverse);
        }
        function wrapperValue() {
          return baseWrapperValue(this.__wrapped__, this.__actions__);
        }
        var countBy = createAggregator(function(result2, value, key) {
          if (hasOwnProperty.call(result2, key)) {
            ++result2[key];
          } else {
            baseAssignValue(result2, key, 1);
          }
        });
        function every(collection, predicate, guard) {
          var func = isArray(collection) ? arrayEvery : baseEvery;
          if (guard && isIterateeCall(collection, predicate, guard)) {
            predicate = undefined2;
          }
          return func(collection, getIteratee(predicate, 3));
        }
        function filter(collection, predicate) {
          var func = isArray(collection) ? arrayFilter : baseFilter;
          return func(collection, getIteratee(predicate, 3));
        }
        var find = createFind(findIndex);
        var findLast = createFind(findLastIndex);
        function flatMap(collection, iteratee2) {
          return baseFlatten(map(collection, iteratee2), 1);
        }
        function flatMapDeep(collection, iteratee2) {
          return baseFlatten(map(collection, iteratee2), INFINITY);
        }
        function flatMapDepth(collection, iteratee2, depth) {
          depth = depth === undefined2 ? 1 : toInteger(depth);
          return baseFlatten(map(collection, iteratee2), depth);
        }
        function forEach(collection, iteratee2) {
          var func = isArray(collection) ? arrayEach : baseEach;
          return func(collection, getIteratee(iteratee2, 3));
        }
        function forEachRight(collection, iteratee2) {
          var func = isArray(collection) ? arrayEachRight : baseEachRight;
          return func(collection, getIteratee(iteratee2, 3));
        }
        var groupBy = createAggregator(function(result2, value, key) {
          if (hasOwnProperty.call(result2, key)) {
            result2[key].push(value);
          } else {
            baseAssignValue(result2, key, [value]);
          }
        });
        function includes(collection, value, fromIndex, guard) {
          collection = isArrayLike(collection) ? collection : values(collection);
          fromIndex = fromIndex && !guard ? toInteger(fromIndex) : 0;
          var length = collection.length;
          if (fromIndex < 0) {
            fromIndex = nativeMax(length + fromIndex, 0);
          }
          return isString(collection) ? fromIndex <= length && collection.indexOf(value, fromIndex) > -1 : !!length && baseIndexOf(collection, value, fromIndex) > -1;
        }
        var invokeMap = baseRest(function(collection, path, args) {
          var index = -1, isFunc = typeof path == "function", result2 = isArrayLike(collection) ? Array2(collection.length) : [];
          baseEach(collection, function(value) {
            result2[++index] = isFunc ? apply(path, value, args) : baseInvoke(value, path, args);
          });
          return result2;
        });
        var keyBy = createAggregator(function(result2, value, key) {
          baseAssignValue(result2, key, value);
        });
        function map(collection, iteratee2) {
          var func = isArray(collection) ? arrayMap : baseMap;
          return func(collection, getIteratee(iteratee2, 3));
        }
        function orderBy(collection, iteratees, orders, guard) {
          if (collection == null) {
            return [];
          }
          if (!isArray(iteratees)) {
            iteratees = iteratees == null ? [] : [iteratees];
          }
          orders = guard ? undefined2 : orders;
          if (!isArray(orders)) {
            orders = orders == null ? [] : [orders];
          }
          return baseOrderBy(collection, iteratees, orders);
        }
        var partition = createAggregator(function(result2, value, key) {
          result2[key ? 0 : 1].push(value);
        }, function() {
          return [[], []];
        });
        function reduce(collection, iteratee2, accumulator) {
          var func = isArray(collection) ? arrayReduce : baseReduce, initAccum = arguments.length < 3;
          return func(collection, getIteratee(iteratee2, 4), accumulator, initAccum, baseEach);
        }
        function reduceRight(collection, iteratee2, accumulator) {
          var func = isArray(collection) ? arrayReduceRight : baseReduce, initAccum = arguments.length < 3;
          return func(collection, getIteratee(iteratee2, 4), accumulator, initAccum, baseEachRight);
        }
        function reject(collection, predicate) {
          var func = isArray(collection) ? arrayFilter : baseFilter;
          return func(collection, negate(getIteratee(predicate, 3)));
        }
        function sample(collection) {
          var func = isArray(collection) ? arraySample : baseSample;
          return func(collection);
        }
        function sampleSize(collection, n, guard) {
          if (guard ? isIterateeCall(collection, n, guard) : n === undefined2) {
            n = 1;
          } else {
            n = toInteger(n);
          }
          var func = isArray(collection) ? arraySampleSize : baseSampleSize;
          return func(collection, n);
        }
        function shuffle(collection) {
          var func = isArray(collection) ? arrayShuffle : baseShuffle;
          return func(collection);
        }
        function size(collection) {
          if (collection == null) {
            return 0;
          }
          if (isArrayLike(collection)) {
            return isString(collection) ? stringSize(collection) : collection.length;
          }
          var tag = getTag(collection);
          if (tag == mapTag || tag == setTag) {
            return collection.size;
          }
          return baseKeys(collection).length;
        }
        function some(collection, predicate, guard) {
          var func = isArray(collection) ? arraySome : baseSome;
          if (guard && isIterateeCall(collection, predicate, guard)) {
            predicate = undefined2;
          }
          return func(collection, getIteratee(predicate, 3));
        }
        var sortBy = baseRest(function(collection, iteratees) {
          if (collection == null) {
            return [];
          }
          var length = iteratees.length;
          if (length > 1 && isIterateeCall(collection, iteratees[0], iteratees[1])) {
            iteratees = [];
          } else if (length > 2 && isIterateeCall(iteratees[0], iteratees[1], iteratees[2])) {
            iteratees = [iteratees[0]];
          }
          return baseOrderBy(collection, baseFlatten(iteratees, 1), []);
        });
        var now = ctxNow || function() {
          return root.Date.now();
        };
        function after(n, func) {
          if (typeof func != "function") {
            throw new TypeError(FUNC_ERROR_TEXT);
          }
          n = toInteger(n);
          return function() {
            if (--n < 1) {
              return func.apply(this, arguments);
            }
          };
        }
        function ary(func, n, guard) {
          n = guard ? undefined2 : n;
          n = func && n == null ? func.length : n;
          return createWrap(func, WRAP_ARY_FLAG, undefined2, undefined2, undefined2, undefined2, n);
        }
        function before(n, func) {
          var result2;
          if (typeof func != "function") {
            throw new TypeError(FUNC_ERROR_TEXT);
          }
          n = toInteger(n);
          return function() {
            if (--n > 0) {
              result2 = func.apply(this, arguments);
            }
            if (n <= 1) {
              func = undefined2;
            }
            return result2;
          };
        }
        var bind = baseRest(function(func, thisArg, partials) {
          var bitmask = WRAP_BIND_FLAG;
          if (partials.length) {
            var holders = replaceHolders(partials, getHolder(bind));
            bitmask |= WRAP_PARTIAL_FLAG;
          }
          return createWrap(func, bitmask, thisArg, partials, holders);
        });
        var bindKey = baseRest(function(object2, key, partials) {
          var bitmask = WRAP_BIND_FLAG | WRAP_BIND_KEY_FLAG;
          if (partials.length) {
            var holders = replaceHolders(partials, getHolder(bindKey));
            bitmask |= WRAP_PARTIAL_FLAG;
          }
          return createWrap(key, bitmask, object2, partials, holders);
        });
        function curry(func, arity, guard) {
          arity = guard ? undefined2 : arity;
          var result2 = createWrap(func, WRAP_CURRY_FLAG, undefined2, undefined2, undefined2, undefined2, undefined2, arity);
          result2.placeholder = curry.placeholder;
          return result2;
        }
        function curryRight(func, arity, guard) {
          arity = guard ? undefined2 : arity;
          var result2 = createWrap(func, WRAP_CURRY_RIGHT_FLAG, undefined2, undefined2, undefined2, undefined2, undefined2, arity);
          result2.placeholder = curryRight.placeholder;
          return result2;
        }
        function debounce(func, wait, options) {
          var lastArgs, lastThis, maxWait, result2, timerId, lastCallTime, lastInvokeTime = 0, leading = false, maxing = false, trailing = true;
          if (typeof func != "function") {
            throw new TypeError(FUNC_ERROR_TEXT);
          }
          wait = toNumber(wait) || 0;
          if (isObject(options)) {
            leading = !!options.leading;
            maxing = "maxWait" in options;
            maxWait = maxing ? nativeMax(toNumber(options.maxWait) || 0, wait) : maxWait;
            trailing = "trailing" in options ? !!options.trailing : trailing;
          }
          function invokeFunc(time) {
            var args = lastArgs, thisArg = lastThis;
            lastArgs = lastThis = undefined2;
            lastInvokeTime = time;
            result2 = func.apply(thisArg, args);
            return result2;
          }
          function leadingEdge(time) {
            lastInvokeTime = time;
            timerId = setTimeout(timerExpired, wait);
            return leading ? invokeFunc(time) : result2;
          }
          function remainingWait(time) {
            var timeSinceLastCall = time - lastCallTime, timeSinceLastInvoke = time - lastInvokeTime, timeWaiting = wait - timeSinceLastCall;
            return maxing ? nativeMin(timeWaiting, maxWait - timeSinceLastInvoke) : timeWaiting;
          }
          function shouldInvoke(time) {
            var timeSinceLastCall = time - lastCallTime, timeSinceLastInvoke = time - lastInvokeTime;
            return lastCallTime === undefined2 || timeSinceLastCall >= wait || timeSinceLastCall < 0 || maxing && timeSinceLastInvoke >= maxWait;
          }
          function timerExpired() {
            var time = now();
            if (shouldInvoke(time)) {
              return trailingEdge(time);
            }
            timerId = setTimeout(timerExpired, remainingWait(time));
          }
          function trailingEdge(time) {
            timerId = undefined2;
            if (trailing && lastArgs) {
              return invokeFunc(time);
            }
            lastArgs = lastThis = undefined2;
            return result2;
          }
          function cancel() {
            if (timerId !== undefined2) {
              clearTimeout(timerId);
            }
            lastInvokeTime = 0;
            lastArgs = lastCallTime = lastThis = timerId = undefined2;
          }
          function flush() {
            return timerId === undefined2 ? result2 : trailingEdge(now());
          }
          function debounced() {
            var time = now(), isInvoking = shouldInvoke(time);
            lastArgs = arguments;
            lastThis = this;
            lastCallTime = time;
            if (isInvoking) {
              if (timerId === undefined2) {
                return leadingEdge(lastCallTime);
              }
              if (maxing) {
                clearTimeout(timerId);
                timerId = setTimeout(timerExpired, wait);
                return invokeFunc(lastCallTime);
              }
            }
            if (timerId === undefined2) {
              timerId = setTimeout(timerExpired, wait);
            }
            return result2;
          }
          debounced.cancel = cancel;
          debounced.flush = flush;
          return debounced;
        }
        var defer = baseRest(function(func, args) {
          return baseDelay(func, 1, args);
        });
        var delay = baseRest(function(func, wait, args) {
          return baseDelay(func, toNumber(wait) || 0, args);
        });
        function flip(func) {
          return createWrap(func, WRAP_FLIP_FLAG);
        }
        function memoize(func, resolver) {
          if (typeof func != "function" || resolver != null && typeof resolver != "function") {
            throw new TypeError(FUNC_ERROR_TEXT);
          }
          var memoized = function() {
            var args = arguments, key = resolver ? resolver.apply(this, args) : args[0], cache = memoized.cache;
            if (cache.has(key)) {
              return cache.get(key);
            }
            var result2 = func.apply(this, args);
            memoized.cache = cache.set(key, result2) || cache;
            return result2;
          };
          memoized.cache = new (memoize.Cache || MapCache)();
          return memoized;
        }
        memoize.Cache = MapCache;
        function negate(predicate) {
          if (typeof predicate != "function") {
            throw new TypeError(FUNC_ERROR_TEXT);
          }
          return function() {
            var args = arguments;
            switch (args.length) {
              case 0:
                return !predicate.call(this);
              case 1:
                return !predicate.call(this, args[0]);
              case 2:
                return !predicate.call(this, args[0], args[1]);
              case 3:
                return !predicate.call(this, args[0], args[1], args[2]);
            }
            return !predicate.apply(this, args);
          };
        }
        function once(func) {
          return before(2, func);
        }
        var overArgs = castRest(function(func, transforms) {
          transforms = transforms.length == 1 && isArray(transforms[0]) ? arrayMap(transforms[0], baseUnary(getIteratee())) : arrayMap(baseFlatten(transforms, 1), baseUnary(getIteratee()));
          var funcsLength = transforms.length;
          return baseRest(function(args) {
            var index = -1, length = nativeMin(args.length, funcsLength);
            while (++index < length) {
              args[index] = transforms[index].call(this, args[index]);
            }
            return apply(func, this, args);
          });
        });
        var partial = baseRest(function(func, partials) {
          var holders = replaceHolders(partials, getHolder(partial));
          return createWrap(func, WRAP_PARTIAL_FLAG, undefined2, partials, holders);
        });
        var partialRight = baseRest(function(func, partials) {
          var holders = replaceHolders(partials, getHolder(partialRight));
          return createWrap(func, WRAP_PARTIAL_RIGHT_FLAG, undefined2, partials, holders);
        });
        var rearg = flatRest(function(func, indexes) {
          return createWrap(func, WRAP_REARG_FLAG, undefined2, undefined2, undefined2, indexes);
        });
        function rest(func, start) {
          if (typeof func != "function") {
            throw new TypeError(FUNC_ERROR_TEXT);
          }
          start = start === undefined2 ? start : toInteger(start);
          return baseRest(func, start);
        }
        function spread(func, start) {
          if (typeof func != "function") {
            throw new TypeError(FUNC_ERROR_TEXT);
          }
          start = start == null ? 0 : nativeMax(toInteger(start), 0);
          return baseRest(function(args) {
            var array = args[start], otherArgs = castSlice(args, 0, start);
            if (array) {
              arrayPush(otherArgs, array);
            }
            return apply(func, this, otherArgs);
          });
        }
        function throttle(func, wait, options) {
          var leading = true, trailing = true;
          if (typeof func != "function") {
            throw new TypeError(FUNC_ERROR_TEXT);
          }
          if (isObject(options)) {
            leading = "leading" in options ? !!options.leading : leading;
            trailing = "trailing" in options ? !!options.trailing : trailing;
          }
          return debounce(func, wait, {
            "leading": leading,
            "maxWait": wait,
            "trailing": trailing
          });
        }
        function unary(func) {
          return ary(func, 1);
        }
        function wrap(value, wrapper) {
          return partial(castFunction(wrapper), value);
        }
        function castArray() {
          if (!arguments.length) {
            return [];
          }
          var value = arguments[0];
          return isArray(value) ? value : [value];
        }
        function clone(value) {
          return baseClone(value, CLONE_SYMBOLS_FLAG);
        }
        function cloneWith(value, customizer) {
          customizer = typeof customizer == "function" ? customizer : undefined2;
          return baseClone(value, CLONE_SYMBOLS_FLAG, customizer);
        }
        function cloneDeep(value) {
          return baseClone(value, CLONE_DEEP_FLAG | CLONE_SYMBOLS_FLAG);
        }
        function cloneDeepWith(value, customizer) {
          customizer = typeof customizer == "function" ? customizer : undefined2;
          return baseClone(value, CLONE_DEEP_FLAG | CLONE_SYMBOLS_FLAG, customizer);
        }
        function conformsTo(object2, source) {
          return source == null || baseConformsTo(object2, source, keys(source));
        }
        function eq(value, other) {
          return value === other || value !== value && other !== other;
        }
        var gt = createRelationalOperation(baseGt);
        var gte = createRelationalOperation(function(value, other) {
          return value >= other;
        });
        var isArguments = baseIsArguments(/* @__PURE__ */ (function() {
          return arguments;
        })()) ? baseIsArguments : function(value) {
          return isObjectLike(value) && hasOwnProperty.call(value, "callee") && !propertyIsEnumerable.call(value, "callee");
        };
        var isArray = Array2.isArray;
        var isArrayBuffer = nodeIsArrayBuffer ? baseUnary(nodeIsArrayBuffer) : baseIsArrayBuffer;
        function isArrayLike(value) {
          return value != null && isLength(value.length) && !isFunction(value);
        }
        function isArrayLikeObject(value) {
          return isObjectLike(value) && isArrayLike(value);
        }
        function isBoolean(value) {
          return value === true || value === false || isObjectLike(value) && baseGetTag(value) == boolTag;
        }
        var isBuffer = nativeIsBuffer || stubFalse;
        var isDate = nodeIsDate ? baseUnary(nodeIsDate) : baseIsDate;
        function isElement(value) {
          return isObjectLike(value) && value.nodeType === 1 && !isPlainObject2(value);
        }
        function isEmpty(value) {
          if (value == null) {
            return true;
          }
          if (isArrayLike(value) && (isArray(value) || typeof value == "string" || typeof value.splice == "function" || isBuffer(value) || isTypedArray(value) || isArguments(value))) {
            return !value.length;
          }
          var tag = getTag(value);
          if (tag == mapTag || tag == setTag) {
            return !value.size;
          }
          if (isPrototype(value)) {
            return !baseKeys(value).length;
          }
          for (var key in value) {
            if (hasOwnProperty.call(value, key)) {
              return false;
            }
          }
          return true;
        }
        function isEqual(value, other) {
          return baseIsEqual(value, other);
        }
        function isEqualWith(value, other, customizer) {
          customizer = typeof customizer == "function" ? customizer : undefined2;
          var result2 = customizer ? customizer(value, other) : undefined2;
          return result2 === undefined2 ? baseIsEqual(value, other, undefined2, customizer) : !!result2;
        }
        function isError(value) {
          if (!isObjectLike(value)) {
            return false;
          }
          var tag = baseGetTag(value);
          return tag == errorTag || tag == domExcTag || typeof value.message == "string" && typeof value.name == "string" && !isPlainObject2(value);
        }
        function isFinite(value) {
          return typeof value == "number" && nativeIsFinite(value);
        }
        function isFunction(value) {
          if (!isObject(value)) {
            return false;
          }
          var tag = baseGetTag(value);
          return tag == funcTag || tag == genTag || tag == asyncTag || tag == proxyTag;
        }
        function isInteger(value) {
          return typeof value == "number" && value == toInteger(value);
        }
        function isLength(value) {
          return typeof value == "number" && value > -1 && value % 1 == 0 && value <= MAX_SAFE_INTEGER;
        }
        function isObject(value) {
          var type = typeof value;
          return value != null && (type == "object" || type == "function");
        }
        function isObjectLike(value) {
          return value != null && typeof value == "object";
        }
        var isMap = nodeIsMap ? baseUnary(nodeIsMap) : baseIsMap;
        function isMatch(object2, source) {
          return object2 === source || baseIsMatch(object2, source, getMatchData(source));
        }
        function isMatchWith(object2, source, customizer) {
          customizer = typeof customizer == "function" ? customizer : undefined2;
          return baseIsMatch(object2, source, getMatchData(source), customizer);
        }
        function isNaN(value) {
          return isNumber(value) && value != +value;
        }
        function isNative(value) {
          if (isMaskable(value)) {
            throw new Error2(CORE_ERROR_TEXT);
          }
          return baseIsNative(value);
        }
        function isNull(value) {
          return value === null;
        }
        function isNil(value) {
          return value == null;
        }
        function isNumber(value) {
          return typeof value == "number" || isObjectLike(value) && baseGetTag(value) == numberTag;
        }
        function isPlainObject2(value) {
          if (!isObjectLike(value) || baseGetTag(value) != objectTag) {
            return false;
          }
          var proto = getPrototype(value);
          if (proto === null) {
            return true;
          }
          var Ctor = hasOwnProperty.call(proto, "constructor") && proto.constructor;
          return typeof Ctor == "function" && Ctor instanceof Ctor && funcToString.call(Ctor) == objectCtorString;
        }
        var isRegExp = nodeIsRegExp ? baseUnary(nodeIsRegExp) : baseIsRegExp;
        function isSafeInteger(value) {
          return isInteger(value) && value >= -MAX_SAFE_INTEGER && value <= MAX_SAFE_INTEGER;
        }
        var isSet = nodeIsSet ? baseUnary(nodeIsSet) : baseIsSet;
        function isString(value) {
          return typeof value == "string" || !isArray(value) && isObjectLike(value) && baseGetTag(value) == stringTag;
        }
        function isSymbol(value) {
          return typeof value == "symbol" || isObjectLike(value) && baseGetTag(value) == symbolTag;
        }
        var isTypedArray = nodeIsTypedArray ? baseUnary(nodeIsTypedArray) : baseIsTypedArray;
        function isUndefined(value) {
          return value === undefined2;
        }
        function isWeakMap(value) {
          return isObjectLike(value) && getTag(value) == weakMapTag;
        }
        function isWeakSet(value) {
          return isObjectLike(value) && baseGetTag(value) == weakSetTag;
        }
        var lt = createRelationalOperation(baseLt);
        var lte = createRelationalOperation(function(value, other) {
          return value <= other;
        });
        function toArray(value) {
          if (!value) {
            return [];
          }
          if (isArrayLike(value)) {
            return isString(value) ? stringToArray(value) : copyArray(value);
          }
          if (symIterator && value[symIterator]) {
            return iteratorToArray(value[symIterator]());
          }
          var tag = getTag(value), func = tag == mapTag ? mapToArray : tag == setTag ? setToArray : values;
          return func(value);
        }
        function toFinite(value) {
          if (!value) {
            return value === 0 ? value : 0;
          }
          value = toNumber(value);
          if (value === INFINITY || value === -INFINITY) {
            var sign = value < 0 ? -1 : 1;
            return sign * MAX_INTEGER;
          }
          return value === value ? value : 0;
        }
        function toInteger(value) {
          var result2 = toFinite(value), remainder = result2 % 1;
          return result2 === result2 ? remainder ? result2 - remainder : result2 : 0;
        }
        function toLength(value) {
          return value ? baseClamp(toInteger(value), 0, MAX_ARRAY_LENGTH) : 0;
        }
        function toNumber(value) {
          if (typeof value == "number") {
            return value;
          }
          if (isSymbol(value)) {
            return NAN;
          }
          if (isObject(value)) {
            var other = typeof value.valueOf == "function" ? value.valueOf() : value;
            value = isObject(other) ? other + "" : other;
          }
          if (typeof value != "string") {
            return value === 0 ? value : +value;
          }
          value = baseTrim(value);
          var isBinary = reIsBinary.test(value);
          return isBinary || reIsOctal.test(value) ? freeParseInt(value.slice(2), isBinary ? 2 : 8) : reIsBadHex.test(value) ? NAN : +value;
        }
        function toPlainObject(value) {
          return copyObject(value, keysIn(value));
        }
        function toSafeInteger(value) {
          return value ? baseClamp(toInteger(value), -MAX_SAFE_INTEGER, MAX_SAFE_INTEGER) : value === 0 ? value : 0;
        }
        function toString(value) {
          return value == null ? "" : baseToString(value);
        }
        var assign = createAssigner(function(object2, source) {
          if (isPrototype(source) || isArrayLike(source)) {
            copyObject(source, keys(source), object2);
            return;
          }
          for (var key in source) {
            if (hasOwnProperty.call(source, key)) {
              assignValue(object2, key, source[key]);
            }
          }
        });
        var assignIn = createAssigner(function(object2, source) {
          copyObject(source, keysIn(source), object2);
        });
        var assignInWith = createAssigner(function(object2, source, srcIndex, customizer) {
          copyObject(source, keysIn(source), object2, customizer);
        });
        var assignWith = createAssigner(function(object2, source, srcIndex, customizer) {
          copyObject(source, keys(source), object2, customizer);
        });
        var at = flatRest(baseAt);
        function create(prototype, properties) {
          var result2 = baseCreate(prototype);
          return properties == null ? result2 : baseAssign(result2, properties);
        }
        var defaults = baseRest(function(object2, sources) {
          object2 = Object2(object2);
          var index = -1;
          var length = sources.length;
          var guard = length > 2 ? sources[2] : undefined2;
          if (guard && isIterateeCall(sources[0], sources[1], guard)) {
            length = 1;
          }
          while (++index < length) {
            var source = sources[index];
            var props = keysIn(source);
            var propsIndex = -1;
            var propsLength = props.length;
            while (++propsIndex < propsLength) {
              var key = props[propsIndex];
              var value = object2[key];
              if (value === undefined2 || eq(value, objectProto[key]) && !hasOwnProperty.call(object2, key)) {
                object2[key] = source[key];
              }
            }
          }
          return object2;
        });
        var defaultsDeep = baseRest(function(args) {
          args.push(undefined2, customDefaultsMerge);
          return apply(mergeWith, undefined2, args);
        });
        function findKey(object2, predicate) {
          return baseFindKey(object2, getIteratee(predicate, 3), baseForOwn);
        }
        function findLastKey(object2, predicate) {
          return baseFindKey(object2, getIteratee(predicate, 3), baseForOwnRight);
        }
        function forIn(object2, iteratee2) {
          return object2 == null ? object2 : baseFor(object2, getIteratee(iteratee2, 3), keysIn);
        }
        function forInRight(object2, iteratee2) {
          return object2 == null ? object2 : baseForRight(object2, getIteratee(iteratee2, 3), keysIn);
        }
        function forOwn(object2, iteratee2) {
          return object2 && baseForOwn(object2, getIteratee(iteratee2, 3));
        }
        function forOwnRight(object2, iteratee2) {
          return object2 && baseForOwnRight(object2, getIteratee(iteratee2, 3));
        }
        function functions(object2) {
          return object2 == null ? [] : baseFunctions(object2, keys(object2));
        }
        function functionsIn(object2) {
          return object2 == null ? [] : baseFunctions(object2, keysIn(object2));
        }
        function get2(object2, path, defaultValue) {
          var result2 = object2 == null ? undefined2 : baseGet(object2, path);
          return result2 === undefined2 ? defaultValue : result2;
        }
        function has(object2, path) {
          return object2 != null && hasPath(object2, path, baseHas);
        }
        function hasIn(object2, path) {
          return object2 != null && hasPath(object2, path, baseHasIn);
        }
        var invert = createInverter(function(result2, value, key) {
          if (value != null && typeof value.toString != "function") {
            value = nativeObjectToString.call(value);
          }
          result2[value] = key;
        }, constant(identity));
        var invertBy = createInverter(function(result2, value, key) {
          if (value != null && typeof value.toString != "function") {
            value = nativeObjectToString.call(value);
          }
          if (hasOwnProperty.call(result2, value)) {
            result2[value].push(key);
          } else {
            result2[value] = [key];
          }
        }, getIteratee);
        var invoke = baseRest(baseInvoke);
        function keys(object2) {
          return isArrayLike(object2) ? arrayLikeKeys(object2) : baseKeys(object2);
        }
        function keysIn(object2) {
          return isArrayLike(object2) ? arrayLikeKeys(object2, true) : baseKeysIn(object2);
        }
        function mapKeys(object2, iteratee2) {
          var result2 = {};
          iteratee2 = getIteratee(iteratee2, 3);
          baseForOwn(object2, function(value, key, object3) {
            baseAssignValue(result2, iteratee2(value, key, object3), value);
          });
          return result2;
        }
        function mapValues(object2, iteratee2) {
          var result2 = {};
          iteratee2 = getIteratee(iteratee2, 3);
          baseForOwn(object2, function(value, key, object3) {
            baseAssignValue(result2, key, iteratee2(value, key, object3));
          });
          return result2;
        }
        var merge = createAssigner(function(object2, source, srcIndex) {
          baseMerge(object2, source, srcIndex);
        });
        var mergeWith = createAssigner(function(object2, source, srcIndex, customizer) {
          baseMerge(object2, source, srcIndex, customizer);
        });
        var omit = flatRest(function(object2, paths) {
          var result2 = {};
          if (object2 == null) {
            return result2;
          }
          var isDeep = false;
          paths = arrayMap(paths, function(path) {
            path = castPath(path, object2);
            isDeep || (isDeep = path.length > 1);
            return path;
          });
          copyObject(object2, getAllKeysIn(object2), result2);
          if (isDeep) {
            result2 = baseClone(result2, CLONE_DEEP_FLAG | CLONE_FLAT_FLAG | CLONE_SYMBOLS_FLAG, customOmitClone);
          }
          var length = paths.length;
          while (length--) {
            baseUnset(result2, paths[length]);
          }
          return result2;
        });
        function omitBy(object2, predicate) {
          return pickBy(object2, negate(getIteratee(predicate)));
        }
        var pick = flatRest(function(object2, paths) {
          return object2 == null ? {} : basePick(object2, paths);
        });
        function pickBy(object2, predicate) {
          if (object2 == null) {
            return {};
          }
          var props = arrayMap(getAllKeysIn(object2), function(prop) {
            return [prop];
          });
          predicate = getIteratee(predicate);
          return basePickBy(object2, props, function(value, path) {
            return predicate(value, path[0]);
          });
        }
        function result(object2, path, defaultValue) {
          path = castPath(path, object2);
          var index = -1, length = path.length;
          if (!length) {
            length = 1;
            object2 = undefined2;
          }
          while (++index < length) {
            var value = object2 == null ? undefined2 : object2[toKey(path[index])];
            if (value === undefined2) {
              index = length;
              value = defaultValue;
            }
            object2 = isFunction(value) ? value.call(object2) : value;
          }
          return object2;
        }
        function set(object2, path, value) {
          return object2 == null ? object2 : baseSet(object2, path, value);
        }
        function setWith(object2, path, value, customizer) {
          customizer = typeof customizer == "function" ? customizer : undefined2;
          return object2 == null ? object2 : baseSet(object2, path, value, customizer);
        }
        var toPairs = createToPairs(keys);
        var toPairsIn = createToPairs(keysIn);
        function transform(object2, iteratee2, accumulator) {
          var isArr = isArray(object2), isArrLike = isArr || isBuffer(object2) || isTypedArray(object2);
          iteratee2 = getIteratee(iteratee2, 4);
          if (accumulator == null) {
            var Ctor = object2 && object2.constructor;
            if (isArrLike) {
              accumulator = isArr ? new Ctor() : [];
            } else if (isObject(object2)) {
              accumulator = isFunction(Ctor) ? baseCreate(getPrototype(object2)) : {};
            } else {
              accumulator = {};
            }
          }
          (isArrLike ? arrayEach : baseForOwn)(object2, function(value, index, object3) {
            return iteratee2(accumulator, value, index, object3);
          });
          return accumulator;
        }
        function unset(object2, path) {
          return object2 == null ? true : baseUnset(object2, path);
        }
        function update(object2, path, updater) {
          return object2 == null ? object2 : baseUpdate(object2, path, castFunction(updater));
        }
        function updateWith(object2, path, updater, customizer) {
          customizer = typeof customizer == "function" ? customizer : undefined2;
          return object2 == null ? object2 : baseUpdate(object2, path, castFunction(updater), customizer);
        }
        function values(object2) {
          return object2 == null ? [] : baseValues(object2, keys(object2));
        }
        function valuesIn(object2) {
          return object2 == null ? [] : baseValues(object2, keysIn(object2));
        }
        function clamp(number, lower, upper) {
          if (upper === undefined2) {
            upper = lower;
            lower = undefined2;
          }
          if (upper !== undefined2) {
            upper = toNumber(upper);
            upper = upper === upper ? upper : 0;
          }
          if (lower !== undefined2) {
            lower = toNumber(lower);
            lower = lower === lower ? lower : 0;
          }
          return baseClamp(toNumber(number), lower, upper);
        }
        function inRange(number, start, end) {
          start = toFinite(start);
          if (end === undefined2) {
            end = start;
            start = 0;
          } else {
            end = toFinite(end);
          }
          number = toNumber(number);
          return baseInRange(number, start, end);
        }
        function random(lower, upper, floating) {
          if (floating && typeof floating != "boolean" && isIterateeCall(lower, upper, floating)) {
            upper = floating = undefined2;
          }
          if (floating === undefined2) {
            if (typeof upper == "boolean") {
              floating = upper;
              upper = undefined2;
            } else if (typeof lower == "boolean") {
              floating = lower;
              lower = undefined2;
            }
          }
          if (lower === undefined2 && upper === undefined2) {
            lower = 0;
            upper = 1;
          } else {
            lower = toFinite(lower);
            if (upper === undefined2) {
              upper = lower;
              lower = 0;
            } else {
              upper = toFinite(upper);
            }
          }
          if (lower > upper) {
            var temp = lower;
            lower = upper;
            upper = temp;
          }
          if (floating || lower % 1 || upper % 1) {
            var rand = nativeRandom();
            return nativeMin(lower + rand * (upper - lower + freeParseFloat("1e-" + ((rand + "").length - 1))), upper);
          }
          return baseRandom(lower, upper);
        }
        var camelCase = createCompounder(function(result2, word, index) {
          word = word.toLowerCase();
          return result2 + (index ? capitalize(word) : word);
        });
        function capitalize(string) {
          return upperFirst(toString(string).toLowerCase());
        }
        function deburr(string) {
          string = toString(string);
          return string && string.replace(reLatin, deburrLetter).replace(reComboMark, "");
        }
        function endsWith(string, target, position) {
          string = toString(string);
          target = baseToString(target);
          var length = string.length;
          position = position === undefined2 ? length : baseClamp(toInteger(position), 0, length);
          var end = position;
          position -= target.length;
          return position >= 0 && string.slice(position, end) == target;
        }
        function escape(string) {
          string = toString(string);
          return string && reHasUnescapedHtml.test(string) ? string.replace(reUnescapedHtml, escapeHtmlChar) : string;
        }
        function escapeRegExp(string) {
          string = toString(string);
          return string && reHasRegExpChar.test(string) ? string.replace(reRegExpChar, "\\$&") : string;
        }
        var kebabCase = createCompounder(function(result2, word, index) {
          return result2 + (index ? "-" : "") + word.toLowerCase();
        });
        var lowerCase = createCompounder(function(result2, word, index) {
          return result2 + (index ? " " : "") + word.toLowerCase();
        });
        var lowerFirst = createCaseFirst("toLowerCase");
        function pad(string, length, chars) {
          string = toString(string);
          length = toInteger(length);
          var strLength = length ? stringSize(string) : 0;
          if (!length || strLength >= length) {
            return string;
          }
          var mid = (length - strLength) / 2;
          return createPadding(nativeFloor(mid), chars) + string + createPadding(nativeCeil(mid), chars);
        }
        function padEnd(string, length, chars) {
          string = toString(string);
          length = toInteger(length);
          var strLength = length ? stringSize(string) : 0;
          return length && strLength < length ? string + createPadding(length - strLength, chars) : string;
        }
        function padStart(string, length, chars) {
          string = toString(string);
          length = toInteger(length);
          var strLength = length ? stringSize(string) : 0;
          return length && strLength < length ? createPadding(length - strLength, chars) + string : string;
        }
        function parseInt2(string, radix, guard) {
          if (guard || radix == null) {
            radix = 0;
          } else if (radix) {
            radix = +radix;
          }
          return nativeParseInt(toString(string).replace(reTrimStart, ""), radix || 0);
        }
        function repeat(string, n, guard) {
          if (guard ? isIterateeCall(string, n, guard) : n === undefined2) {
            n = 1;
          } else {
            n = toInteger(n);
          }
          return baseRepeat(toString(string), n);
        }
        function replace() {
          var args = arguments, string = toString(args[0]);
          return args.length < 3 ? string : string.replace(args[1], args[2]);
        }
        var snakeCase = createCompounder(function(result2, word, index) {
          return result2 + (index ? "_" : "") + word.toLowerCase();
        });
        function split(string, separator, limit) {
          if (limit && typeof limit != "number" && isIterateeCall(string, separator, limit)) {
            separator = limit = undefined2;
          }
          limit = limit === undefined2 ? MAX_ARRAY_LENGTH : limit >>> 0;
          if (!limit) {
            return [];
          }
          string = toString(string);
          if (string && (typeof separator == "string" || separator != null && !isRegExp(separator))) {
            separator = baseToString(separator);
            if (!separator && hasUnicode(string)) {
              return castSlice(stringToArray(string), 0, limit);
            }
          }
          return string.split(separator, limit);
        }
        var startCase = createCompounder(function(result2, word, index) {
          return result2 + (index ? " " : "") + upperFirst(word);
        });
        function startsWith(string, target, position) {
          string = toString(string);
          position = position == null ? 0 : baseClamp(toInteger(position), 0, string.length);
          target = baseToString(target);
          return string.slice(position, position + target.length) == target;
        }
        function template(string, options, guard) {
          var settings = lodash.templateSettings;
          if (guard && isIterateeCall(string, options, guard)) {
            options = undefined2;
          }
          string = toString(string);
          options = assignWith({}, options, settings, customDefaultsAssignIn);
          var imports = assignWith({}, options.imports, settings.imports, customDefaultsAssignIn), importsKeys = keys(imports), importsValues = baseValues(imports, importsKeys);
          arrayEach(importsKeys, function(key) {
            if (reForbiddenIdentifierChars.test(key)) {
              throw new Error2(INVALID_TEMPL_IMPORTS_ERROR_TEXT);
            }
          });
          var isEscaping, isEvaluating, index = 0, interpolate = options.interpolate || reNoMatch, source = "__p += '";
          var reDelimiters = RegExp2(
            (options.escape || reNoMatch).source + "|" + interpolate.source + "|" + (interpolate === reInterpolate ? reEsTemplate : reNoMatch).source + "|" + (options.evaluate || reNoMatch).source + "|$",
            "g"
          );
          var sourceURL = "//# sourceURL=" + (hasOwnProperty.call(options, "sourceURL") ? (options.sourceURL + "").replace(/\s/g, " ") : "lodash.templateSources[" + ++templateCounter + "]") + "\n";
          string.replace(reDelimiters, function(match, escapeValue, interpolateValue, esTemplateValue, evaluateValue, offset) {
            interpolateValue || (interpolateValue = esTemplateValue);
            source += string.slice(index, offset).replace(reUnescapedString, escapeStringChar);
            if (escapeValue) {
              isEscaping = true;
              source += "' +\n__e(" + escapeValue + ") +\n'";
            }
            if (evaluateValue) {
              isEvaluating = true;
              source += "';\n" + evaluateValue + ";\n__p += '";
            }
            if (interpolateValue) {
              source += "' +\n((__t = (" + interpolateValue + ")) == null ? '' : __t) +\n'";
            }
            index = offset + match.length;
            return match;
          });
          source += "';\n";
          var variable = hasOwnProperty.call(options, "variable") && options.variable;
          if (!variable) {
            source = "with (obj) {\n" + source + "\n}\n";
          } else if (reForbiddenIdentifierChars.test(variable)) {
            throw new Error2(INVALID_TEMPL_VAR_ERROR_TEXT);
          }
          source = (isEvaluating ? source.replace(reEmptyStringLeading, "") : source).replace(reEmptyStringMiddle, "$1").replace(reEmptyStringTrailing, "$1;");
          source = "function(" + (variable || "obj") + ") {\n" + (variable ? "" : "obj || (obj = {});\n") + "var __t, __p = ''" + (isEscaping ? ", __e = _.escape" : "") + (isEvaluating ? ", __j = Array.prototype.join;\nfunction print() { __p += __j.call(arguments, '') }\n" : ";\n") + source + "return __p\n}";
          var result2 = attempt(function() {
            return Function2(importsKeys, sourceURL + "return " + source).apply(undefined2, importsValues);
          });
          result2.source = source;
          if (isError(result2)) {
            throw result2;
          }
          return result2;
        }
        function toLower(value) {
          return toString(value).toLowerCase();
        }
        function toUpper(value) {
          return toString(value).toUpperCase();
        }
        function trim(string, chars, guard) {
          string = toString(string);
          if (string && (guard || chars === undefined2)) {
            return baseTrim(string);
          }
          if (!string || !(chars = baseToString(chars))) {
            return string;
          }
          var strSymbols = stringToArray(string), chrSymbols = stringToArray(chars), start = charsStartIndex(strSymbols, chrSymbols), end = charsEndIndex(strSymbols, chrSymbols) + 1;
          return castSlice(strSymbols, start, end).join("");
        }
        function trimEnd(string, chars, guard) {
          string = toString(string);
          if (string && (guard || chars === undefined2)) {
            return string.slice(0, trimmedEndIndex(string) + 1);
          }
          if (!string || !(chars = baseToString(chars))) {
            return string;
          }
          var strSymbols = stringToArray(string), end = charsEndIndex(strSymbols, stringToArray(chars)) + 1;
          return castSlice(strSymbols, 0, end).join("");
        }
        function trimStart(string, chars, guard) {
          string = toString(string);
          if (string && (guard || chars === undefined2)) {
            return string.replace(reTrimStart, "");
          }
          if (!string || !(chars = baseToString(chars))) {
            return string;
          }
          var strSymbols = stringToArray(string), start = charsStartIndex(strSymbols, stringToArray(chars));
          return castSlice(strSymbols, start).join("");
        }
        function truncate2(string, options) {
          var length = DEFAULT_TRUNC_LENGTH, omission = DEFAULT_TRUNC_OMISSION;
          if (isObject(options)) {
            var separator = "separator" in options ? options.separator : separator;
            length = "length" in options ? toInteger(options.length) : length;
            omission = "omission" in options ? baseToString(options.omission) : omission;
          }
          string = toString(string);
          var strLength = string.length;
          if (hasUnicode(string)) {
            var strSymbols = stringToArray(string);
            strLength = strSymbols.length;
          }
          if (length >= strLength) {
            return string;
          }
          var end = length - stringSize(omission);
          if (end < 1) {
            return omission;
          }
          var result2 = strSymbols ? castSlice(strSymbols, 0, end).join("") : string.slice(0, end);
          if (separator === undefined2) {
            return result2 + omission;
          }
          if (strSymbols) {
            end += result2.length - end;
          }
          if (isRegExp(separator)) {
            if (string.slice(end).search(separator)) {
              var match, substring = result2;
              if (!separator.global) {
                separator = RegExp2(separator.source, toString(reFlags.exec(separator)) + "g");
              }
              separator.lastIndex = 0;
              while (match = separator.exec(substring)) {
                var newEnd = match.index;
              }
              result2 = result2.slice(0, newEnd === undefined2 ? end : newEnd);
            }
          } else if (string.indexOf(baseToString(separator), end) != end) {
            var index = result2.lastIndexOf(separator);
            if (index > -1) {
              result2 = result2.slice(0, index);
            }
          }
          return result2 + omission;
        }
        function unescape(string) {
          string = toString(string);
          return string && reHasEscapedHtml.test(string) ? string.replace(reEscapedHtml, unescapeHtmlChar) : string;
        }
        var upperCase = createCompounder(function(result2, word, index) {
          return result2 + (index ? " " : "") + word.toUpperCase();
        });
        var upperFirst = createCaseFirst("toUpperCase");
        function words(string, pattern, guard) {
          string = toString(string);
          pattern = guard ? undefined2 : pattern;
          if (pattern === undefined2) {
            return hasUnicodeWord(string) ? unicodeWords(string) : asciiWords(string);
          }
          return string.match(pattern) || [];
        }
        var attempt = baseRest(function(func, args) {
          try {
            return apply(func, undefined2, args);
          } catch (e) {
            return isError(e) ? e : new Error2(e);
          }
        });
        var bindAll = flatRest(function(object2, methodNames) {
          arrayEach(methodNames, function(key) {
            key = toKey(key);
            baseAssignValue(object2, key, bind(object2[key], object2));
          });
          return object2;
        });
        function cond(pairs) {
          var length = pairs == null ? 0 : pairs.length, toIteratee = getIteratee();
          pairs = !length ? [] : arrayMap(pairs, function(pair) {
            if (typeof pair[1] != "function") {
              throw new TypeError(FUNC_ERROR_TEXT);
            }
            return [toIteratee(pair[0]), pair[1]];
          });
          return baseRest(function(args) {
            var index = -1;
            while (++index < length) {
              var pair = pairs[index];
              if (apply(pair[0], this, args)) {
                return apply(pair[1], this, args);
              }
            }
          });
        }
        function conforms(source) {
          return baseConforms(baseClone(source, CLONE_DEEP_FLAG));
        }
        function constant(value) {
          return function() {
            return value;
          };
        }
        function defaultTo(value, defaultValue) {
          return value == null || value !== value ? defaultValue : value;
        }
        var flow = createFlow();
        var flowRight = createFlow(true);
        function identity(value) {
          return value;
        }
        function iteratee(func) {
          return baseIteratee(typeof func == "function" ? func : baseClone(func, CLONE_DEEP_FLAG));
        }
        function matches(source) {
          return baseMatches(baseClone(source, CLONE_DEEP_FLAG));
        }
        function matchesProperty(path, srcValue) {
          return baseMatchesProperty(path, baseClone(srcValue, CLONE_DEEP_FLAG));
        }
        var method = baseRest(function(path, args) {
          return function(object2) {
            return baseInvoke(object2, path, args);
          };
        });
        var methodOf = baseRest(function(object2, args) {
          return function(path) {
            return baseInvoke(object2, path, args);
          };
        });
        function mixin(object2, source, options) {
          var props = keys(source), methodNames = baseFunctions(source, props);
          if (options == null && !(isObject(source) && (methodNames.length || !props.length))) {
            options = source;
            source = object2;
            object2 = this;
            methodNames = baseFunctions(source, keys(source));
          }
          var chain2 = !(isObject(options) && "chain" in options) || !!options.chain, isFunc = isFunction(object2);
          arrayEach(methodNames, function(methodName) {
            var func = source[methodName];
            object2[methodName] = func;
            if (isFunc) {
              object2.prototype[methodName] = function() {
                var chainAll = this.__chain__;
                if (chain2 || chainAll) {
                  var result2 = object2(this.__wrapped__), actions = result2.__actions__ = copyArray(this.__actions__);
                  actions.push({ "func": func, "args": arguments, "thisArg": object2 });
                  result2.__chain__ = chainAll;
                  return result2;
                }
                return func.apply(object2, arrayPush([this.value()], arguments));
              };
            }
          });
          return object2;
        }
        function noConflict() {
          if (root._ === this) {
            root._ = oldDash;
          }
          return this;
        }
        function noop() {
        }
        function nthArg(n) {
          n = toInteger(n);
          return baseRest(function(args) {
            return baseNth(args, n);
          });
        }
        var over = createOver(arrayMap);
        var overEvery = createOver(arrayEvery);
        var overSome = createOver(arraySome);
        function property(path) {
          return isKey(path) ? baseProperty(toKey(path)) : basePropertyDeep(path);
        }
        function propertyOf(object2) {
          return function(path) {
            return object2 == null ? undefined2 : baseGet(object2, path);
          };
        }
        var range = createRange();
        var rangeRight = createRange(true);
        function stubArray() {
          return [];
        }
        function stubFalse() {
          return false;
        }
        function stubObject() {
          return {};
        }
        function stubString() {
          return "";
        }
        function stubTrue() {
          return true;
        }
        function times(n, iteratee2) {
          n = toInteger(n);
          if (n < 1 || n > MAX_SAFE_INTEGER) {
            return [];
          }
          var index = MAX_ARRAY_LENGTH, length = nativeMin(n, MAX_ARRAY_LENGTH);
          iteratee2 = getIteratee(iteratee2);
          n -= MAX_ARRAY_LENGTH;
          var result2 = baseTimes(length, iteratee2);
          while (++index < n) {
            iteratee2(index);
          }
          return result2;
        }
        function toPath(value) {
          if (isArray(value)) {
            return arrayMap(value, toKey);
          }
          return isSymbol(value) ? [value] : copyArray(stringToPath(toString(value)));
        }
        function uniqueId(prefix) {
          var id = ++idCounter;
          return toString(prefix) + id;
        }
        var add = createMathOperation(function(augend, addend) {
          return augend + addend;
        }, 0);
        var ceil = createRound("ceil");
        var divide = createMathOperation(function(dividend, divisor) {
          return dividend / divisor;
        }, 1);
        var floor = createRound("floor");
        function max(array) {
          return array && array.length ? baseExtremum(array, identity, baseGt) : undefined2;
        }
        function maxBy(array, iteratee2) {
          return array && array.length ? baseExtremum(array, getIteratee(iteratee2, 2), baseGt) : undefined2;
        }
        function mean(array) {
          return baseMean(array, identity);
        }
        function meanBy(array, iteratee2) {
          return baseMean(array, getIteratee(iteratee2, 2));
        }
        function min(array) {
          return array && array.length ? baseExtremum(array, identity, baseLt) : undefined2;
        }
        function minBy(array, iteratee2) {
          return array && array.length ? baseExtremum(array, getIteratee(iteratee2, 2), baseLt) : undefined2;
        }
        var multiply = createMathOperation(function(multiplier, multiplicand) {
          return multiplier * multiplicand;
        }, 1);
        var round = createRound("round");
        var subtract = createMathOperation(function(minuend, subtrahend) {
          return minuend - subtrahend;
        }, 0);
        function sum(array) {
          return array && array.length ? baseSum(array, identity) : 0;
        }
        function sumBy(array, iteratee2) {
          return array && array.length ? baseSum(array, getIteratee(iteratee2, 2)) : 0;
        }
        lodash.after = after;
        lodash.ary = ary;
        lodash.assign = assign;
        lodash.assignIn = assignIn;
        lodash.assignInWith = assignInWith;
        lodash.assignWith = assignWith;
        lodash.at = at;
        lodash.before = before;
        lodash.bind = bind;
        lodash.bindAll = bindAll;
        lodash.bindKey = bindKey;
        lodash.castArray = castArray;
        lodash.chain = chain;
        lodash.chunk = chunk;
        lodash.compact = compact;
        lodash.concat = concat;
        lodash.cond = cond;
        lodash.conforms = conforms;
        lodash.constant = constant;
        lodash.countBy = countBy;
        lodash.create = create;
        lodash.curry = curry;
        lodash.curryRight = curryRight;
        lodash.debounce = debounce;
        lodash.defaults = defaults;
        lodash.defaultsDeep = defaultsDeep;
        lodash.defer = defer;
        lodash.delay = delay;
        lodash.difference = difference;
        lodash.differenceBy = differenceBy;
        lodash.differenceWith = differenceWith;
        lodash.drop = drop;
        lodash.dropRight = dropRight;
        lodash.dropRightWhile = dropRightWhile;
        lodash.dropWhile = dropWhile;
        lodash.fill = fill;
        lodash.filter = filter;
        lodash.flatMap = flatMap;
        lodash.flatMapDeep = flatMapDeep;
        lodash.flatMapDepth = flatMapDepth;
        lodash.flatten = flatten;
        lodash.flattenDeep = flattenDeep;
        lodash.flattenDepth = flattenDepth;
        lodash.flip = flip;
        lodash.flow = flow;
        lodash.flowRight = flowRight;
        lodash.fromPairs = fromPairs;
        lodash.functions = functions;
        lodash.functionsIn = functionsIn;
        lodash.groupBy = groupBy;
        lodash.initial = initial;
        lodash.intersection = intersection;
        lodash.intersectionBy = intersectionBy;
        lodash.intersectionWith = intersectionWith;
        lodash.invert = invert;
        lodash.invertBy = invertBy;
        lodash.invokeMap = invokeMap;
        lodash.iteratee = iteratee;
        lodash.keyBy = keyBy;
        lodash.keys = keys;
        lodash.keysIn = keysIn;
        lodash.map = map;
        lodash.mapKeys = mapKeys;
        lodash.mapValues = mapValues;
        lodash.matches = matches;
        lodash.matchesProperty = matchesProperty;
        lodash.memoize = memoize;
        lodash.merge = merge;
        lodash.mergeWith = mergeWith;
        lodash.method = method;
        lodash.methodOf = methodOf;
        lodash.mixin = mixin;
        lodash.negate = negate;
        lodash.nthArg = nthArg;
        lodash.omit = omit;
        lodash.omitBy = omitBy;
        lodash.once = once;
        lodash.orderBy = orderBy;
        lodash.over = over;
        lodash.overArgs = overArgs;
        lodash.overEvery = overEvery;
        lodash.overSome = overSome;
        lodash.partial = partial;
        lodash.partialRight = partialRight;
        lodash.partition = partition;
        lodash.pick = pick;
        lodash.pickBy = pickBy;
        lodash.property = property;
        lodash.propertyOf = propertyOf;
        lodash.pull = pull;
        lodash.pullAll = pullAll;
        lodash.pullAllBy = pullAllBy;
        lodash.pullAllWith = pullAllWith;
        lodash.pullAt = pullAt;
        lodash.range = range;
        lodash.rangeRight = rangeRight;
        lodash.rearg = rearg;
        lodash.reject = reject;
        lodash.remove = remove;
        lodash.rest = rest;
        lodash.reverse = reverse;
        lodash.sampleSize = sampleSize;
        lodash.set = set;
        lodash.setWith = setWith;
        lodash.shuffle = shuffle;
        lodash.slice = slice;
        lodash.sortBy = sortBy;
        lodash.sortedUniq = sortedUniq;
        lodash.sortedUniqBy = sortedUniqBy;
        lodash.split = split;
        lodash.spread = spread;
        lodash.tail = tail;
        lodash.take = take;
        lodash.takeRight = takeRight;
        lodash.takeRightWhile = takeRightWhile;
        lodash.takeWhile = takeWhile;
        lodash.tap = tap;
        lodash.throttle = throttle;
        lodash.thru = thru;
        lodash.toArray = toArray;
        lodash.toPairs = toPairs;
        lodash.toPairsIn = toPairsIn;
        lodash.toPath = toPath;
        lodash.toPlainObject = toPlainObject;
        lodash.transform = transform;
        lodash.unary = unary;
        lodash.union = union;
        lodash.unionBy = unionBy;
        lodash.unionWith = unionWith;
        lodash.uniq = uniq;
        lodash.uniqBy = uniqBy;
        lodash.uniqWith = uniqWith;
        lodash.unset = unset;
        lodash.unzip = unzip;
        lodash.unzipWith = unzipWith;
        lodash.update = update;
        lodash.updateWith = updateWith;
        lodash.values = values;
        lodash.valuesIn = valuesIn;
        lodash.without = without;
        lodash.words = words;
        lodash.wrap = wrap;
        lodash.xor = xor;
        lodash.xorBy = xorBy;
        lodash.xorWith = xorWith;
        lodash.zip = zip;
        lodash.zipObject = zipObject;
        lodash.zipObjectDeep = zipObjectDeep;
        lodash.zipWith = zipWith;
        lodash.entries = toPairs;
        lodash.entriesIn = toPairsIn;
        lodash.extend = assignIn;
        lodash.extendWith = assignInWith;
        mixin(lodash, lodash);
        lodash.add = add;
        lodash.attempt = attempt;
        lodash.camelCase = camelCase;
        lodash.capitalize = capitalize;
        lodash.ceil = ceil;
        lodash.clamp = clamp;
        lodash.clone = clone;
        lodash.cloneDeep = cloneDeep;
        lodash.cloneDeepWith = cloneDeepWith;
        lodash.cloneWith = cloneWith;
        lodash.conformsTo = conformsTo;
        lodash.deburr = deburr;
        lodash.defaultTo = defaultTo;
        lodash.divide = divide;
        lodash.endsWith = endsWith;
        lodash.eq = eq;
        lodash.escape = escape;
        lodash.escapeRegExp = escapeRegExp;
        lodash.every = every;
        lodash.find = find;
        lodash.findIndex = findIndex;
        lodash.findKey = findKey;
        lodash.findLast = findLast;
        lodash.findLastIndex = findLastIndex;
        lodash.findLastKey = findLastKey;
        lodash.floor = floor;
        lodash.forEach = forEach;
        lodash.forEachRight = forEachRight;
        lodash.forIn = forIn;
        lodash.forInRight = forInRight;
        lodash.forOwn = forOwn;
        lodash.forOwnRight = forOwnRight;
        lodash.get = get2;
        lodash.gt = gt;
        lodash.gte = gte;
        lodash.has = has;
        lodash.hasIn = hasIn;
        lodash.head = head;
        lodash.identity = identity;
        lodash.includes = includes;
        lodash.indexOf = indexOf;
        lodash.inRange = inRange;
        lodash.invoke = invoke;
        lodash.isArguments = isArguments;
        lodash.isArray = isArray;
        lodash.isArrayBuffer = isArrayBuffer;
        lodash.isArrayLike = isArrayLike;
        lodash.isArrayLikeObject = isArrayLikeObject;
        lodash.isBoolean = isBoolean;
        lodash.isBuffer = isBuffer;
        lodash.isDate = isDate;
        lodash.isElement = isElement;
        lodash.isEmpty = isEmpty;
        lodash.isEqual = isEqual;
        lodash.isEqualWith = isEqualWith;
        lodash.isError = isError;
        lodash.isFinite = isFinite;
        lodash.isFunction = isFunction;
        lodash.isInteger = isInteger;
        lodash.isLength = isLength;
        lodash.isMap = isMap;
        lodash.isMatch = isMatch;
        lodash.isMatchWith = isMatchWith;
        lodash.isNaN = isNaN;
        lodash.isNative = isNative;
        lodash.isNil = isNil;
        lodash.isNull = isNull;
        lodash.isNumber = isNumber;
        lodash.isObject = isObject;
        lodash.isObjectLike = isObjectLike;
        lodash.isPlainObject = isPlainObject2;
        lodash.isRegExp = isRegExp;
        lodash.isSafeInteger = isSafeInteger;
        lodash.isSet = isSet;
        lodash.isString = isString;
        lodash.isSymbol = isSymbol;
        lodash.isTypedArray = isTypedArray;
        lodash.isUndefined = isUndefined;
        lodash.isWeakMap = isWeakMap;
        lodash.isWeakSet = isWeakSet;
        lodash.join = join2;
        lodash.kebabCase = kebabCase;
        lodash.last = last;
        lodash.lastIndexOf = lastIndexOf;
        lodash.lowerCase = lowerCase;
        lodash.lowerFirst = lowerFirst;
        lodash.lt = lt;
        lodash.lte = lte;
        lodash.max = max;
        lodash.maxBy = maxBy;
        lodash.mean = mean;
        lodash.meanBy = meanBy;
        lodash.min = min;
        lodash.minBy = minBy;
        lodash.stubArray = stubArray;
        lodash.stubFalse = stubFalse;
        lodash.stubObject = stubObject;
        lodash.stubString = stubString;
        lodash.stubTrue = stubTrue;
        lodash.multiply = multiply;
        lodash.nth = nth;
        lodash.noConflict = noConflict;
        lodash.noop = noop;
        lodash.now = now;
        lodash.pad = pad;
        lodash.padEnd = padEnd;
        lodash.padStart = padStart;
        lodash.parseInt = parseInt2;
        lodash.random = random;
        lodash.reduce = reduce;
        lodash.reduceRight = reduceRight;
        lodash.repeat = repeat;
        lodash.replace = replace;
        lodash.result = result;
        lodash.round = round;
        lodash.runInContext = runInContext2;
        lodash.sample = sample;
        lodash.size = size;
        lodash.snakeCase = snakeCase;
        lodash.some = some;
        lodash.sortedIndex = sortedIndex;
        lodash.sortedIndexBy = sortedIndexBy;
        lodash.sortedIndexOf = sortedIndexOf;
        lodash.sortedLastIndex = sortedLastIndex;
        lodash.sortedLastIndexBy = sortedLastIndexBy;
        lodash.sortedLastIndexOf = sortedLastIndexOf;
        lodash.startCase = startCase;
        lodash.startsWith = startsWith;
        lodash.subtract = subtract;
        lodash.sum = sum;
        lodash.sumBy = sumBy;
        lodash.template = template;
        lodash.times = times;
        lodash.toFinite = toFinite;
        lodash.toInteger = toInteger;
        lodash.toLength = toLength;
        lodash.toLower = toLower;
        lodash.toNumber = toNumber;
        lodash.toSafeInteger = toSafeInteger;
        lodash.toString = toString;
        lodash.toUpper = toUpper;
        lodash.trim = trim;
        lodash.trimEnd = trimEnd;
        lodash.trimStart = trimStart;
        lodash.truncate = truncate2;
        lodash.unescape = unescape;
        lodash.uniqueId = uniqueId;
        lodash.upperCase = upperCase;
        lodash.upperFirst = upperFirst;
        lodash.each = forEach;
        lodash.eachRight = forEachRight;
        lodash.first = head;
        mixin(lodash, (function() {
          var source = {};
          baseForOwn(lodash, function(func, methodName) {
            if (!hasOwnProperty.call(lodash.prototype, methodName)) {
              source[methodName] = func;
            }
          });
          return source;
        })(), { "chain": false });
        lodash.VERSION = VERSION;
        arrayEach(["bind", "bindKey", "curry", "curryRight", "partial", "partialRight"], function(methodName) {
          lodash[methodName].placeholder = lodash;
        });
        arrayEach(["drop", "take"], function(methodName, index) {
          LazyWrapper.prototype[methodName] = function(n) {
            n = n === undefined2 ? 1 : nativeMax(toInteger(n), 0);
            var result2 = this.__filtered__ && !index ? new LazyWrapper(this) : this.clone();
            if (result2.__filtered__) {
              result2.__takeCount__ = nativeMin(n, result2.__takeCount__);
            } else {
              result2.__views__.push({
                "size": nativeMin(n, MAX_ARRAY_LENGTH),
                "type": methodName + (result2.__dir__ < 0 ? "Right" : "")
              });
            }
            return result2;
          };
          LazyWrapper.prototype[methodName + "Right"] = function(n) {
            return this.reverse()[methodName](n).reverse();
          };
        });
        arrayEach(["filter", "map", "takeWhile"], function(methodName, index) {
          var type = index + 1, isFilter = type == LAZY_FILTER_FLAG || type == LAZY_WHILE_FLAG;
          LazyWrapper.prototype[methodName] = function(iteratee2) {
            var result2 = this.clone();
            result2.__iteratees__.push({
              "iteratee": getIteratee(iteratee2, 3),
              "type": type
            });
            result2.__filtered__ = result2.__filtered__ || isFilter;
            return result2;
          };
        });
        arrayEach(["head", "last"], function(methodName, index) {
          var takeName = "take" + (index ? "Right" : "");
          LazyWrapper.prototype[methodName] = function() {
            return this[takeName](1).value()[0];
          };
        });
        arrayEach(["initial", "tail"], function(methodName, index) {
          var dropName = "drop" + (index ? "" : "Right");
          LazyWrapper.prototype[methodName] = function() {
            return this.__filtered__ ? new LazyWrapper(this) : this[dropName](1);
          };
        });
        LazyWrapper.prototype.compact = function() {
          return this.filter(identity);
        };
        LazyWrapper.prototype.find = function(predicate) {
          return this.filter(predicate).head();
        };
        LazyWrapper.prototype.findLast = function(predicate) {
          return this.reverse().find(predicate);
        };
        LazyWrapper.prototype.invokeMap = baseRest(function(path, args) {
          if (typeof path == "function") {
            return new LazyWrapper(this);
          }
          return this.map(function(value) {
            return baseInvoke(value, path, args);
          });
        });
        LazyWrapper.prototype.reject = function(predicate) {
          return this.filter(negate(getIteratee(predicate)));
        };
        LazyWrapper.prototype.slice = function(start, end) {
          start = toInteger(start);
          var result2 = this;
          if (result2.__filtered__ && (start > 0 || end < 0)) {
            return new LazyWrapper(result2);
          }
          if (start < 0) {
            result2 = result2.takeRight(-start);
          } else if (start) {
            result2 = result2.drop(start);
          }
          if (end !== undefined2) {
            end = toInteger(end);
            result2 = end < 0 ? result2.dropRight(-end) : result2.take(end - start);
          }
          return result2;
        };
        LazyWrapper.prototype.takeRightWhile = function(predicate) {
          return this.reverse().takeWhile(predicate).reverse();
        };
        LazyWrapper.prototype.toArray = function() {
          return this.take(MAX_ARRAY_LENGTH);
        };
        baseForOwn(LazyWrapper.prototype, function(func, methodName) {
          var checkIteratee = /^(?:filter|find|map|reject)|While$/.test(methodName), isTaker = /^(?:head|last)$/.test(methodName), lodashFunc = lodash[isTaker ? "take" + (methodName == "last" ? "Right" : "") : methodName], retUnwrapped = isTaker || /^find/.test(methodName);
          if (!lodashFunc) {
            return;
          }
          lodash.prototype[methodName] = function() {
            var value = this.__wrapped__, args = isTaker ? [1] : arguments, isLazy = value instanceof LazyWrapper, iteratee2 = args[0], useLazy = isLazy || isArray(value);
            var interceptor = function(value2) {
              var result3 = lodashFunc.apply(lodash, arrayPush([value2], args));
              return isTaker && chainAll ? result3[0] : result3;
            };
            if (useLazy && checkIteratee && typeof iteratee2 == "function" && iteratee2.length != 1) {
              isLazy = useLazy = false;
            }
            var chainAll = this.__chain__, isHybrid = !!this.__actions__.length, isUnwrapped = retUnwrapped && !chainAll, onlyLazy = isLazy && !isHybrid;
            if (!retUnwrapped && useLazy) {
              value = onlyLazy ? value : new LazyWrapper(this);
              var result2 = func.apply(value, args);
              result2.__actions__.push({ "func": thru, "args": [interceptor], "thisArg": undefined2 });
              return new LodashWrapper(result2, chainAll);
            }
            if (isUnwrapped && onlyLazy) {
              return func.apply(this, args);
            }
            result2 = this.thru(interceptor);
            return isUnwrapped ? isTaker ? result2.value()[0] : result2.value() : result2;
          };
        });
        arrayEach(["pop", "push", "shift", "sort", "splice", "unshift"], function(methodName) {
          var func = arrayProto[methodName], chainName = /^(?:push|sort|unshift)$/.test(methodName) ? "tap" : "thru", retUnwrapped = /^(?:pop|shift)$/.test(methodName);
          lodash.prototype[methodName] = function() {
            var args = arguments;
            if (retUnwrapped && !this.__chain__) {
              var value = this.value();
              return func.apply(isArray(value) ? value : [], args);
            }
            return this[chainName](function(value2) {
              return func.apply(isArray(value2) ? value2 : [], args);
            });
          };
        });
        baseForOwn(LazyWrapper.prototype, function(func, methodName) {
          var lodashFunc = lodash[methodName];
          if (lodashFunc) {
            var key = lodashFunc.name + "";
            if (!hasOwnProperty.call(realNames, key)) {
              realNames[key] = [];
            }
            realNames[key].push({ "name": methodName, "func": lodashFunc });
          }
        });
        realNames[createHybrid(undefined2, WRAP_BIND_KEY_FLAG).name] = [{
          "name": "wrapper",
          "func": undefined2
        }];
        LazyWrapper.prototype.clone = lazyClone;
        LazyWrapper.prototype.reverse = lazyReverse;
        LazyWrapper.prototype.value = lazyValue;
        lodash.prototype.at = wrapperAt;
        lodash.prototype.chain = wrapperChain;
        lodash.prototype.commit = wrapperCommit;
        lodash.prototype.next = wrapperNext;
        lodash.prototype.plant = wrapperPlant;
        lodash.prototype.reverse = wrapperReverse;
        lodash.prototype.toJSON = lodash.prototype.valueOf = lodash.prototype.value = wrapperValue;
        lodash.prototype.first = lodash.prototype.head;
        if (symIterator) {
          lodash.prototype[symIterator] = wrapperToIterator;
        }
        return lodash;
      });
      var _ = runInContext();
      if (typeof define == "function" && typeof define.amd == "object" && define.amd) {
        root._ = _;
        define(function() {
          return _;
        });
      } else if (freeModule) {
        (freeModule.exports = _)._ = _;
        freeExports._ = _;
      } else {
        root._ = _;
      }
    }).call(exports);
  }
});

// node_modules/json-schema-diff/dist/json-schema-diff/diff-schemas/set/subset/object-subset/object-subset-config.js
var require_object_subset_config = __commonJS({
  "node_modules/json-schema-diff/dist/json-schema-diff/diff-schemas/set/subset/object-subset/object-subset-config.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getPropertySet = exports.getPropertyNames = void 0;
    var getPropertyNames = (config) => Object.keys(config.properties);
    exports.getPropertyNames = getPropertyNames;
    var getPropertySet = (config, propertyName) => Object.getOwnPropertyNames(config.properties).includes(propertyName) ? config.properties[propertyName] : config.additionalProperties;
    exports.getPropertySet = getPropertySet;
  }
});

// node_modules/json-schema-diff/dist/json-schema-diff/diff-schemas/set/subset/object-subset/complement-object-subset-config.js
var require_complement_object_subset_config = __commonJS({
  "node_modules/json-schema-diff/dist/json-schema-diff/diff-schemas/set/subset/object-subset/complement-object-subset-config.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.complementObjectSubsetConfig = void 0;
    var json_set_1 = require_json_set();
    var keyword_defaults_1 = require_keyword_defaults();
    var object_subset_config_1 = require_object_subset_config();
    var complementAdditionalProperties = (config) => ({
      additionalProperties: json_set_1.allJsonSet,
      maxProperties: keyword_defaults_1.defaultMaxProperties,
      minProperties: keyword_defaults_1.defaultMinProperties,
      not: [
        {
          additionalProperties: config.additionalProperties,
          maxProperties: keyword_defaults_1.defaultMaxProperties,
          minProperties: keyword_defaults_1.defaultMinProperties,
          not: [],
          properties: config.properties,
          required: keyword_defaults_1.defaultRequired
        }
      ],
      properties: keyword_defaults_1.defaultProperties,
      required: keyword_defaults_1.defaultRequired
    });
    var complementMaxProperties = (config) => ({
      additionalProperties: json_set_1.allJsonSet,
      maxProperties: keyword_defaults_1.defaultMaxProperties,
      minProperties: config.maxProperties + 1,
      not: [],
      properties: keyword_defaults_1.defaultProperties,
      required: keyword_defaults_1.defaultRequired
    });
    var complementMinProperties = (config) => ({
      additionalProperties: json_set_1.allJsonSet,
      maxProperties: config.minProperties - 1,
      minProperties: keyword_defaults_1.defaultMinProperties,
      not: [],
      properties: keyword_defaults_1.defaultProperties,
      required: keyword_defaults_1.defaultRequired
    });
    var complementNot = (config) => config.not;
    var complementProperties = (config) => (0, object_subset_config_1.getPropertyNames)(config).map((propertyName) => {
      const complementedPropertySet = (0, object_subset_config_1.getPropertySet)(config, propertyName).complement();
      return {
        additionalProperties: json_set_1.allJsonSet,
        maxProperties: keyword_defaults_1.defaultMaxProperties,
        minProperties: keyword_defaults_1.defaultMinProperties,
        not: [],
        properties: { [propertyName]: complementedPropertySet },
        required: [propertyName]
      };
    });
    var complementRequiredProperties = (config) => config.required.map((requiredPropertyName) => ({
      additionalProperties: json_set_1.allJsonSet,
      maxProperties: keyword_defaults_1.defaultMaxProperties,
      minProperties: keyword_defaults_1.defaultMinProperties,
      not: [],
      properties: {
        [requiredPropertyName]: json_set_1.emptyJsonSet
      },
      required: keyword_defaults_1.defaultRequired
    }));
    var complementObjectSubsetConfig = (config) => [
      complementAdditionalProperties(config),
      complementMaxProperties(config),
      complementMinProperties(config),
      ...complementNot(config),
      ...complementProperties(config),
      ...complementRequiredProperties(config)
    ];
    exports.complementObjectSubsetConfig = complementObjectSubsetConfig;
  }
});

// node_modules/json-schema-diff/dist/json-schema-diff/diff-schemas/set/subset/object-subset/unique.js
var require_unique = __commonJS({
  "node_modules/json-schema-diff/dist/json-schema-diff/diff-schemas/set/subset/object-subset/unique.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.unique = void 0;
    var _ = require_lodash();
    var unique = (arr1, arr2) => _.sortBy(_.uniq(arr1.concat(arr2)));
    exports.unique = unique;
  }
});

// node_modules/json-schema-diff/dist/json-schema-diff/diff-schemas/set/subset/object-subset/intersect-object-subset-config.js
var require_intersect_object_subset_config = __commonJS({
  "node_modules/json-schema-diff/dist/json-schema-diff/diff-schemas/set/subset/object-subset/intersect-object-subset-config.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.intersectObjectSubsetConfig = void 0;
    var object_subset_config_1 = require_object_subset_config();
    var unique_1 = require_unique();
    var intersectMaxProperties = (configA, configB) => Math.min(configA.maxProperties, configB.maxProperties);
    var intersectMinProperties = (configA, configB) => Math.max(configA.minProperties, configB.minProperties);
    var intersectProperties = (configA, configB) => {
      const allPropertyNames = (0, unique_1.unique)((0, object_subset_config_1.getPropertyNames)(configA), (0, object_subset_config_1.getPropertyNames)(configB));
      const intersectedProperties = {};
      for (const propertyName of allPropertyNames) {
        const propertySetA = (0, object_subset_config_1.getPropertySet)(configA, propertyName);
        const propertySetB = (0, object_subset_config_1.getPropertySet)(configB, propertyName);
        intersectedProperties[propertyName] = propertySetA.intersect(propertySetB);
      }
      return intersectedProperties;
    };
    var intersectRequired = (configA, configB) => (0, unique_1.unique)(configA.required, configB.required);
    var intersectObjectSubsetConfig = (configA, configB) => ({
      additionalProperties: configA.additionalProperties.intersect(configB.additionalProperties),
      maxProperties: intersectMaxProperties(configA, configB),
      minProperties: intersectMinProperties(configA, configB),
      not: [...configA.not, ...configB.not],
      properties: intersectProperties(configA, configB),
      required: intersectRequired(configA, configB)
    });
    exports.intersectObjectSubsetConfig = intersectObjectSubsetConfig;
  }
});

// node_modules/json-schema-diff/dist/json-schema-diff/diff-schemas/set/subset/object-subset/object-subset-config-has-contradictions.js
var require_object_subset_config_has_contradictions = __commonJS({
  "node_modules/json-schema-diff/dist/json-schema-diff/diff-schemas/set/subset/object-subset/object-subset-config-has-contradictions.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.objectSubsetConfigHasContradictions = void 0;
    var object_subset_config_1 = require_object_subset_config();
    var isMinPropertiesBiggerThanDefinedProperties = (config) => {
      const numberOfDefinedPropertiesInSchema = Object.values(config.properties).filter((propertySchema2) => propertySchema2.type !== "empty").length;
      return config.minProperties > numberOfDefinedPropertiesInSchema;
    };
    var areAdditionalPropertiesNotAllowed = (config) => config.additionalProperties.type === "empty";
    var isMinPropertiesAndAdditionalPropertiesContradiction = (config) => areAdditionalPropertiesNotAllowed(config) && isMinPropertiesBiggerThanDefinedProperties(config);
    var isRequiredAndPropertiesAndAdditionalPropertiesContradiction = (config) => config.required.some((propertyName) => (0, object_subset_config_1.getPropertySet)(config, propertyName).type === "empty");
    var isMinPropertiesAndMaxPropertiesContradiction = (config) => config.minProperties > config.maxProperties;
    var isMinPropertiesContradiction = (config) => config.minProperties === Number.POSITIVE_INFINITY;
    var isMaxPropertiesAndRequiredContradiction = (config) => config.required.length > config.maxProperties;
    var isAdditionalPropertiesAndNotAdditionalPropertiesContradiction = (config) => (
      // TODO: When we support 'not', does this need to look at not.properties?
      config.not.some((notConfig) => config.additionalProperties.isSubsetOf(notConfig.additionalProperties))
    );
    var contradictionTests = [
      isRequiredAndPropertiesAndAdditionalPropertiesContradiction,
      isMinPropertiesAndAdditionalPropertiesContradiction,
      isMinPropertiesAndMaxPropertiesContradiction,
      isMinPropertiesContradiction,
      isMaxPropertiesAndRequiredContradiction,
      isAdditionalPropertiesAndNotAdditionalPropertiesContradiction
    ];
    var objectSubsetConfigHasContradictions = (config) => contradictionTests.some((contradictionTest) => contradictionTest(config));
    exports.objectSubsetConfigHasContradictions = objectSubsetConfigHasContradictions;
  }
});

// node_modules/json-schema-diff/dist/json-schema-diff/diff-schemas/set/subset/object-subset/object-subset-config-to-json-schema.js
var require_object_subset_config_to_json_schema = __commonJS({
  "node_modules/json-schema-diff/dist/json-schema-diff/diff-schemas/set/subset/object-subset/object-subset-config-to-json-schema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.objectSubsetConfigToJsonSchema = void 0;
    var keyword_defaults_1 = require_keyword_defaults();
    var set_1 = require_set();
    var getAdditionalPropertiesSchema = (config) => config.additionalProperties.type === "all" ? {} : { additionalProperties: config.additionalProperties.toJsonSchema() };
    var getMaxPropertiesSchema = (config) => config.maxProperties === keyword_defaults_1.defaultMaxProperties ? {} : { maxProperties: config.maxProperties };
    var getMinPropertiesSchema = (config) => config.minProperties === keyword_defaults_1.defaultMinProperties ? {} : { minProperties: config.minProperties };
    var getNotSchema = (config) => config.not.length === 0 ? {} : {
      not: (0, set_1.addAnyOfIfNecessary)(config.not.map(exports.objectSubsetConfigToJsonSchema))
    };
    var toSchemaProperties = (properties) => {
      const schemaProperties = {};
      for (const propertyName of Object.keys(properties)) {
        schemaProperties[propertyName] = properties[propertyName].toJsonSchema();
      }
      return schemaProperties;
    };
    var getPropertiesSchema = (config) => Object.keys(config.properties).length === 0 ? {} : { properties: toSchemaProperties(config.properties) };
    var getRequiredSchema = (config) => config.required.length === 0 ? {} : { required: config.required };
    var objectSubsetConfigToJsonSchema = (config) => Object.assign(Object.assign(Object.assign(Object.assign(Object.assign(Object.assign(Object.assign({}, getAdditionalPropertiesSchema(config)), getMaxPropertiesSchema(config)), getMinPropertiesSchema(config)), getNotSchema(config)), getPropertiesSchema(config)), getRequiredSchema(config)), { type: "object" });
    exports.objectSubsetConfigToJsonSchema = objectSubsetConfigToJsonSchema;
  }
});

// node_modules/json-schema-diff/dist/json-schema-diff/diff-schemas/set/subset/object-subset/simplify-object-subset-config.js
var require_simplify_object_subset_config = __commonJS({
  "node_modules/json-schema-diff/dist/json-schema-diff/diff-schemas/set/subset/object-subset/simplify-object-subset-config.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.simplifyObjectSubsetConfig = void 0;
    var json_set_1 = require_json_set();
    var keyword_defaults_1 = require_keyword_defaults();
    var maxPropertiesAllowsNoProperties = (config) => config.maxProperties === 0;
    var notDisallowsObjectsWithNoProperties = (config) => config.not.length === 1 && config.not[0].additionalProperties.type === "empty" && Object.keys(config.not[0].properties).length === 0;
    var simplifyObjectSubsetConfig = (config) => {
      if (maxPropertiesAllowsNoProperties(config)) {
        return Object.assign(Object.assign({}, config), { maxProperties: keyword_defaults_1.defaultMaxProperties, additionalProperties: json_set_1.emptyJsonSet });
      }
      if (notDisallowsObjectsWithNoProperties(config)) {
        return Object.assign(Object.assign({}, config), { not: [], minProperties: 1 });
      }
      return config;
    };
    exports.simplifyObjectSubsetConfig = simplifyObjectSubsetConfig;
  }
});

// node_modules/json-schema-diff/dist/json-schema-diff/diff-schemas/set/subset/object-subset.js
var require_object_subset = __commonJS({
  "node_modules/json-schema-diff/dist/json-schema-diff/diff-schemas/set/subset/object-subset.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.createObjectSubsetFromConfig = exports.emptyObjectSubset = exports.allObjectSubset = void 0;
    var complement_object_subset_config_1 = require_complement_object_subset_config();
    var intersect_object_subset_config_1 = require_intersect_object_subset_config();
    var object_subset_config_has_contradictions_1 = require_object_subset_config_has_contradictions();
    var object_subset_config_to_json_schema_1 = require_object_subset_config_to_json_schema();
    var simplify_object_subset_config_1 = require_simplify_object_subset_config();
    var subset_1 = require_subset();
    var SomeObjectSubset = class {
      constructor(config) {
        this.config = config;
        this.type = "some";
        this.setType = "object";
      }
      get properties() {
        return this.config.properties;
      }
      complement() {
        return (0, complement_object_subset_config_1.complementObjectSubsetConfig)(this.config).map(exports.createObjectSubsetFromConfig);
      }
      intersect(other) {
        return other.intersectWithSome(this);
      }
      intersectWithSome(other) {
        return (0, exports.createObjectSubsetFromConfig)((0, intersect_object_subset_config_1.intersectObjectSubsetConfig)(this.config, other.config));
      }
      toJsonSchema() {
        return (0, object_subset_config_to_json_schema_1.objectSubsetConfigToJsonSchema)(this.config);
      }
    };
    exports.allObjectSubset = new subset_1.AllSubset("object");
    exports.emptyObjectSubset = new subset_1.EmptySubset("object");
    var createObjectSubsetFromConfig = (config) => {
      const simplifiedConfig = (0, simplify_object_subset_config_1.simplifyObjectSubsetConfig)(config);
      return (0, object_subset_config_has_contradictions_1.objectSubsetConfigHasContradictions)(simplifiedConfig) ? exports.emptyObjectSubset : new SomeObjectSubset(simplifiedConfig);
    };
    exports.createObjectSubsetFromConfig = createObjectSubsetFromConfig;
  }
});

// node_modules/json-schema-diff/dist/json-schema-diff/diff-schemas/set-factories/create-object-set.js
var require_create_object_set = __commonJS({
  "node_modules/json-schema-diff/dist/json-schema-diff/diff-schemas/set-factories/create-object-set.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.createObjectSet = void 0;
    var _ = require_lodash();
    var keyword_defaults_1 = require_keyword_defaults();
    var object_subset_1 = require_object_subset();
    var type_set_1 = require_type_set();
    var is_type_supported_1 = require_is_type_supported();
    var supportsAllObjects = (objectSetParsedKeywords) => {
      const everyPropertyIsAll = Object.values(objectSetParsedKeywords.properties).every((propertySet) => propertySet.type === "all");
      return everyPropertyIsAll && _.isEqual(objectSetParsedKeywords.required, keyword_defaults_1.defaultRequired) && objectSetParsedKeywords.additionalProperties.type === "all" && objectSetParsedKeywords.minProperties === keyword_defaults_1.defaultMinProperties && objectSetParsedKeywords.maxProperties === keyword_defaults_1.defaultMaxProperties;
    };
    var createObjectSubset = (objectSetParsedKeywords) => {
      if (!(0, is_type_supported_1.isTypeSupported)(objectSetParsedKeywords.type, "object")) {
        return object_subset_1.emptyObjectSubset;
      }
      if (supportsAllObjects(objectSetParsedKeywords)) {
        return object_subset_1.allObjectSubset;
      }
      return (0, object_subset_1.createObjectSubsetFromConfig)(Object.assign(Object.assign({}, objectSetParsedKeywords), { not: [] }));
    };
    var createObjectSet = (objectSetParsedKeywords, context) => {
      const objectSubset = createObjectSubset(objectSetParsedKeywords);
      return (0, type_set_1.createTypeSetFromSubsets)("object", [objectSubset], context);
    };
    exports.createObjectSet = createObjectSet;
  }
});

// node_modules/json-schema-diff/dist/json-schema-diff/diff-schemas/set/subset/string-subset/complement-string-subset-config.js
var require_complement_string_subset_config = __commonJS({
  "node_modules/json-schema-diff/dist/json-schema-diff/diff-schemas/set/subset/string-subset/complement-string-subset-config.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.complementStringSubsetConfig = void 0;
    var keyword_defaults_1 = require_keyword_defaults();
    var complementMaxLength = (config) => ({
      maxLength: keyword_defaults_1.defaultMaxLength,
      minLength: config.maxLength + 1
    });
    var complementMinLength = (config) => ({
      maxLength: config.minLength - 1,
      minLength: keyword_defaults_1.defaultMinLength
    });
    var complementStringSubsetConfig = (config) => [
      complementMaxLength(config),
      complementMinLength(config)
    ];
    exports.complementStringSubsetConfig = complementStringSubsetConfig;
  }
});

// node_modules/json-schema-diff/dist/json-schema-diff/diff-schemas/set/subset/string-subset/intersect-string-subset-config.js
var require_intersect_string_subset_config = __commonJS({
  "node_modules/json-schema-diff/dist/json-schema-diff/diff-schemas/set/subset/string-subset/intersect-string-subset-config.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.intersectStringSubsetConfig = void 0;
    var intersectMaxLength = (configA, configB) => Math.min(configA.maxLength, configB.maxLength);
    var intersectMinLength = (configA, configB) => Math.max(configA.minLength, configB.minLength);
    var intersectStringSubsetConfig = (configA, configB) => ({
      maxLength: intersectMaxLength(configA, configB),
      minLength: intersectMinLength(configA, configB)
    });
    exports.intersectStringSubsetConfig = intersectStringSubsetConfig;
  }
});

// node_modules/json-schema-diff/dist/json-schema-diff/diff-schemas/set/subset/string-subset/string-subset-config-has-contradictions.js
var require_string_subset_config_has_contradictions = __commonJS({
  "node_modules/json-schema-diff/dist/json-schema-diff/diff-schemas/set/subset/string-subset/string-subset-config-has-contradictions.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.stringSubsetConfigHasContradictions = void 0;
    var isMaxLengthAndMinLengthContradiction = (config) => config.minLength > config.maxLength;
    var isMinLengthContradiction = (config) => config.minLength === Number.POSITIVE_INFINITY;
    var contradictionTests = [
      isMaxLengthAndMinLengthContradiction,
      isMinLengthContradiction
    ];
    var stringSubsetConfigHasContradictions = (config) => contradictionTests.some((contradictionTest) => contradictionTest(config));
    exports.stringSubsetConfigHasContradictions = stringSubsetConfigHasContradictions;
  }
});

// node_modules/json-schema-diff/dist/json-schema-diff/diff-schemas/set/subset/string-subset/string-subset-config-to-json-schema.js
var require_string_subset_config_to_json_schema = __commonJS({
  "node_modules/json-schema-diff/dist/json-schema-diff/diff-schemas/set/subset/string-subset/string-subset-config-to-json-schema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.stringSubsetConfigToJsonSchema = void 0;
    var keyword_defaults_1 = require_keyword_defaults();
    var getMaxLengthSchema = (config) => config.maxLength === keyword_defaults_1.defaultMaxLength ? {} : { maxLength: config.maxLength };
    var getMinLengthSchema = (config) => config.minLength === keyword_defaults_1.defaultMinLength ? {} : { minLength: config.minLength };
    var stringSubsetConfigToJsonSchema = (config) => Object.assign(Object.assign({ type: "string" }, getMaxLengthSchema(config)), getMinLengthSchema(config));
    exports.stringSubsetConfigToJsonSchema = stringSubsetConfigToJsonSchema;
  }
});

// node_modules/json-schema-diff/dist/json-schema-diff/diff-schemas/set/subset/string-subset.js
var require_string_subset = __commonJS({
  "node_modules/json-schema-diff/dist/json-schema-diff/diff-schemas/set/subset/string-subset.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.createStringSubsetFromConfig = exports.emptyStringSubset = exports.allStringSubset = void 0;
    var complement_string_subset_config_1 = require_complement_string_subset_config();
    var intersect_string_subset_config_1 = require_intersect_string_subset_config();
    var string_subset_config_has_contradictions_1 = require_string_subset_config_has_contradictions();
    var string_subset_config_to_json_schema_1 = require_string_subset_config_to_json_schema();
    var subset_1 = require_subset();
    var SomeStringSubset = class {
      constructor(config) {
        this.config = config;
        this.type = "some";
        this.setType = "string";
      }
      complement() {
        return (0, complement_string_subset_config_1.complementStringSubsetConfig)(this.config).map(exports.createStringSubsetFromConfig);
      }
      intersect(other) {
        return other.intersectWithSome(this);
      }
      intersectWithSome(other) {
        return (0, exports.createStringSubsetFromConfig)((0, intersect_string_subset_config_1.intersectStringSubsetConfig)(this.config, other.config));
      }
      toJsonSchema() {
        return (0, string_subset_config_to_json_schema_1.stringSubsetConfigToJsonSchema)(this.config);
      }
    };
    exports.allStringSubset = new subset_1.AllSubset("string");
    exports.emptyStringSubset = new subset_1.EmptySubset("string");
    var createStringSubsetFromConfig = (config) => (0, string_subset_config_has_contradictions_1.stringSubsetConfigHasContradictions)(config) ? exports.emptyStringSubset : new SomeStringSubset(config);
    exports.createStringSubsetFromConfig = createStringSubsetFromConfig;
  }
});

// node_modules/json-schema-diff/dist/json-schema-diff/diff-schemas/set-factories/create-string-set.js
var require_create_string_set = __commonJS({
  "node_modules/json-schema-diff/dist/json-schema-diff/diff-schemas/set-factories/create-string-set.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.createStringSet = void 0;
    var keyword_defaults_1 = require_keyword_defaults();
    var string_subset_1 = require_string_subset();
    var type_set_1 = require_type_set();
    var is_type_supported_1 = require_is_type_supported();
    var supportsAllStrings = (stringSetParsedKeywords) => stringSetParsedKeywords.maxLength === keyword_defaults_1.defaultMaxLength && stringSetParsedKeywords.minLength === keyword_defaults_1.defaultMinLength;
    var createStringSubset = (stringSetParsedKeywords) => {
      if (!(0, is_type_supported_1.isTypeSupported)(stringSetParsedKeywords.type, "string")) {
        return string_subset_1.emptyStringSubset;
      }
      if (supportsAllStrings(stringSetParsedKeywords)) {
        return string_subset_1.allStringSubset;
      }
      return (0, string_subset_1.createStringSubsetFromConfig)(Object.assign({}, stringSetParsedKeywords));
    };
    var createStringSet = (stringSetParsedKeywords, context) => {
      const stringSubset = createStringSubset(stringSetParsedKeywords);
      return (0, type_set_1.createTypeSetFromSubsets)("string", [stringSubset], context);
    };
    exports.createStringSet = createStringSet;
  }
});

// node_modules/json-schema-diff/dist/json-schema-diff/diff-schemas/set-factories/create-type-set.js
var require_create_type_set = __commonJS({
  "node_modules/json-schema-diff/dist/json-schema-diff/diff-schemas/set-factories/create-type-set.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.createTypeSet = void 0;
    var subset_1 = require_subset();
    var type_set_1 = require_type_set();
    var is_type_supported_1 = require_is_type_supported();
    var createTypeSubset = (setType, types) => (0, is_type_supported_1.isTypeSupported)(types, setType) ? new subset_1.AllSubset(setType) : new subset_1.EmptySubset(setType);
    var createTypeSet = (setType, types, context) => (0, type_set_1.createTypeSetFromSubsets)(setType, [createTypeSubset(setType, types)], context);
    exports.createTypeSet = createTypeSet;
  }
});

// node_modules/json-schema-diff/dist/json-schema-diff/diff-schemas/set-factories/create-json-set.js
var require_create_json_set = __commonJS({
  "node_modules/json-schema-diff/dist/json-schema-diff/diff-schemas/set-factories/create-json-set.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.createEmptyJsonSet = exports.createAllJsonSet = exports.createJsonSetFromParsedSchemaKeywords = void 0;
    var json_set_1 = require_json_set();
    var create_array_set_1 = require_create_array_set();
    var create_number_set_1 = require_create_number_set();
    var create_object_set_1 = require_create_object_set();
    var create_string_set_1 = require_create_string_set();
    var create_type_set_1 = require_create_type_set();
    var createJsonSetFromParsedSchemaKeywords = (parsedSchemaKeywords, context) => (0, json_set_1.createJsonSetFromConfig)({
      array: (0, create_array_set_1.createArraySet)(parsedSchemaKeywords, context),
      boolean: (0, create_type_set_1.createTypeSet)("boolean", parsedSchemaKeywords.type, context),
      null: (0, create_type_set_1.createTypeSet)("null", parsedSchemaKeywords.type, context),
      number: (0, create_number_set_1.createNumberSet)(parsedSchemaKeywords, context),
      object: (0, create_object_set_1.createObjectSet)(parsedSchemaKeywords, context),
      string: (0, create_string_set_1.createStringSet)(parsedSchemaKeywords, context)
    });
    exports.createJsonSetFromParsedSchemaKeywords = createJsonSetFromParsedSchemaKeywords;
    var createAllJsonSet = () => json_set_1.allJsonSet;
    exports.createAllJsonSet = createAllJsonSet;
    var createEmptyJsonSet = () => json_set_1.emptyJsonSet;
    exports.createEmptyJsonSet = createEmptyJsonSet;
  }
});

// node_modules/json-schema-diff/dist/json-schema-diff/diff-schemas/parse-as-json-set.js
var require_parse_as_json_set = __commonJS({
  "node_modules/json-schema-diff/dist/json-schema-diff/diff-schemas/parse-as-json-set.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.parseAsJsonSet = void 0;
    var create_json_set_1 = require_create_json_set();
    var keyword_defaults_1 = require_keyword_defaults();
    var JsonToSetParser = class {
      constructor(context) {
        this.context = context;
      }
      parse(schema) {
        return this.parseSchemaOrUndefinedAsJsonSet(schema);
      }
      parseSchemaOrUndefinedAsJsonSet(schema) {
        return typeof schema === "boolean" || schema === void 0 ? this.parseBooleanSchema(schema) : this.parseCoreSchemaMetaSchema(schema);
      }
      parseBooleanSchema(schema) {
        const allowsAllJsonValues = schema === void 0 ? true : schema;
        return allowsAllJsonValues ? (0, create_json_set_1.createAllJsonSet)() : (0, create_json_set_1.createEmptyJsonSet)();
      }
      parseCoreSchemaMetaSchema(schema) {
        const typeKeywordsSet = this.parseTypeKeywords(schema);
        const booleanLogicKeywordSets = this.parseBooleanLogicKeywords(schema);
        return booleanLogicKeywordSets.reduce((accumulator, set) => accumulator.intersect(set), typeKeywordsSet);
      }
      parseTypeKeywords(schema) {
        return (0, create_json_set_1.createJsonSetFromParsedSchemaKeywords)({
          additionalProperties: this.parseSchemaOrUndefinedAsJsonSet(schema.additionalProperties),
          exclusiveMaximum: this.parseNumericKeyword(schema.exclusiveMaximum, keyword_defaults_1.defaultMaximum),
          exclusiveMinimum: this.parseNumericKeyword(schema.exclusiveMinimum, keyword_defaults_1.defaultMinimum),
          items: this.parseSchemaOrUndefinedAsJsonSet(schema.items),
          maximum: this.parseNumericKeyword(schema.maximum, keyword_defaults_1.defaultMaximum),
          maxItems: this.parseNumericKeyword(schema.maxItems, keyword_defaults_1.defaultMaxItems),
          maxLength: this.parseNumericKeyword(schema.maxLength, keyword_defaults_1.defaultMaxLength),
          maxProperties: this.parseNumericKeyword(schema.maxProperties, keyword_defaults_1.defaultMaxProperties),
          minimum: this.parseNumericKeyword(schema.minimum, keyword_defaults_1.defaultMinimum),
          minItems: this.parseNumericKeyword(schema.minItems, keyword_defaults_1.defaultMinItems),
          minLength: this.parseNumericKeyword(schema.minLength, keyword_defaults_1.defaultMinLength),
          minProperties: this.parseNumericKeyword(schema.minProperties, keyword_defaults_1.defaultMinProperties),
          properties: this.parseSchemaProperties(schema.properties),
          required: this.parseRequiredKeyword(schema.required),
          type: this.parseType(schema.type)
        }, this.context);
      }
      parseBooleanLogicKeywords(schema) {
        return [
          ...this.parseAnyOfKeyword(schema.anyOf),
          ...this.parseAllOfKeyword(schema.allOf),
          ...this.parseNotKeyword(schema.not),
          ...this.parseOneOfKeyword(schema.oneOf)
        ];
      }
      parseAnyOfKeyword(anyOfSchemas) {
        if (!anyOfSchemas) {
          return [];
        }
        const parsedAnyOfSet = anyOfSchemas.map((schema) => this.parseSchemaOrUndefinedAsJsonSet(schema)).reduce((accumulator, set) => accumulator.union(set));
        return [parsedAnyOfSet];
      }
      parseAllOfKeyword(allOfSchemas) {
        return (allOfSchemas || []).map((schema) => this.parseSchemaOrUndefinedAsJsonSet(schema));
      }
      parseNotKeyword(notSchema) {
        if (!notSchema) {
          return [];
        }
        return [this.parseSchemaOrUndefinedAsJsonSet(notSchema).complement()];
      }
      parseOneOfKeyword(oneOfSchemas) {
        if (!oneOfSchemas) {
          return [];
        }
        const parsedSchemaList = oneOfSchemas.map((schema) => this.parseSchemaOrUndefinedAsJsonSet(schema));
        const complementedSchemas = parsedSchemaList.map((schema) => schema.complement());
        const parsedOneOfSchema = parsedSchemaList.map((schema, i) => [
          ...complementedSchemas.slice(0, i),
          schema,
          ...complementedSchemas.slice(i + 1)
        ]).map((schemaGroup) => schemaGroup.reduce((acc, schema) => acc.intersect(schema))).reduce((acc, schemaGroup) => acc.union(schemaGroup));
        return [parsedOneOfSchema];
      }
      parseSchemaProperties(schemaProperties = {}) {
        const objectSetProperties = {};
        for (const propertyName of Object.keys(schemaProperties)) {
          const propertySchema2 = schemaProperties[propertyName];
          objectSetProperties[propertyName] = this.parseSchemaOrUndefinedAsJsonSet(propertySchema2);
        }
        return objectSetProperties;
      }
      parseNumericKeyword(keywordValue, defaultValue) {
        return typeof keywordValue === "number" ? keywordValue : defaultValue;
      }
      parseRequiredKeyword(required) {
        return required || keyword_defaults_1.defaultRequired;
      }
      parseType(type) {
        if (!type) {
          return keyword_defaults_1.defaultTypes;
        }
        return typeof type === "string" ? [type] : type;
      }
    };
    var parseAsJsonSet2 = (schema, context) => new JsonToSetParser(context).parse(schema);
    exports.parseAsJsonSet = parseAsJsonSet2;
  }
});

// src/diff/segment-plan.ts
import { createHash } from "node:crypto";

// src/diff/verdict.ts
var VERDICT_ORDER = ["blocked", "breaking", "needs-attention", "safe"];
function supervisorVerdict({ findings, schema, impacts }) {
  const reasons = [
    ...findings.filter((finding) => counts(finding, "error")).map((finding) => reason("blocked", "finding", `${finding.rule}: ${finding.message}`)),
    ...impacts.filter((impact) => impact.severity === "blocking").map((impact) => reason("blocked", "impact", impact.message)),
    ...schema.items.filter((item) => item.severity === "breaking").map((item) => reason("breaking", "schema", item.message)),
    ...findings.filter((finding) => counts(finding, "warning")).map((finding) => reason("needs-attention", "finding", `${finding.rule}: ${finding.message}`)),
    ...impacts.filter((impact) => impact.severity === "warning").map((impact) => reason("needs-attention", "impact", impact.message))
  ];
  const verdict = VERDICT_ORDER.find((level) => reasons.some((item) => item.verdict === level)) ?? "safe";
  return { verdict, reasons };
}
function reason(verdict, source, text) {
  return { verdict, source, text };
}

// src/diff/segment-plan.ts
function segmentKey(kind, dataSource) {
  return `${kind}/${dataSource}`;
}
function segmentHash(kind, value, druidVersion) {
  const normal = normalizeSegmentConfig(kind, value, druidVersion);
  return createHash("sha256").update(canonicalJson(normal ?? null)).digest("hex");
}
function readSegmentSides(base, head, folders, druidVersion) {
  const read = (files) => markDuplicateDataSources(
    files.flatMap((file) => {
      const kind = segmentKindOf(file.path, folders);
      return kind ? [readSegmentFile(kind, file.path, file.bytes, druidVersion)] : [];
    })
  );
  return { base: read(base), head: read(head) };
}
function planSegments(sides, config, crossChecks) {
  const key = (file) => `${file.kind}\0${file.dataSource ?? file.path}`;
  const before = new Map(sides.base.map((file) => [key(file), file]));
  const after = new Map(sides.head.map((file) => [key(file), file]));
  const plans = [];
  for (const id of [.../* @__PURE__ */ new Set([...after.keys(), ...before.keys()])].sort()) {
    const old = before.get(id);
    const now = after.get(id);
    const file = now ?? old;
    const dataSource = file.dataSource ?? file.path;
    const unreadable = now !== void 0 && now.document === void 0;
    const changes = unreadable ? [] : diffSegmentConfigs(file.kind, old?.document?.value, now?.document?.value, config.druidVersion);
    const action = !old ? "create" : !now ? "delete" : changes.length > 0 || unreadable ? "update" : "noop";
    const findings = now ? checkSegmentFile(now, config).findings : [];
    const checks = action === "noop" || action === "delete" ? { head: [], base: [] } : crossChecks(dataSource);
    const newCrossChecks = newFindings(checks.head, checks.base);
    plans.push({
      kind: file.kind,
      dataSource,
      file: file.path,
      action,
      changes,
      findings,
      crossChecks: newCrossChecks,
      ...now?.document ? { headHash: segmentHash(file.kind, now.document.value, config.druidVersion) } : {},
      verdict: supervisorVerdict({
        findings: [...findings, ...newCrossChecks.flatMap((report) => report.findings)],
        schema: { overall: "unchanged", items: [] },
        impacts: []
      })
    });
  }
  return plans;
}
function crossCheckFindings(report) {
  return { ...report, findings: report.findings.filter((finding) => DATASOURCE_RULE_IDS.has(finding.rule)) };
}
function newFindings(head, base) {
  const old = new Set(
    base.flatMap(
      (report) => report.findings.filter((finding) => finding.severity !== "error").map((finding) => `${report.supervisor} ${finding.rule} ${finding.pointer}`)
    )
  );
  return head.map((report) => ({
    ...report,
    findings: report.findings.filter(
      (finding) => !old.has(`${report.supervisor} ${finding.rule} ${finding.pointer}`)
    )
  })).filter((report) => report.findings.length > 0);
}

// src/diff/impact.ts
var STREAM_UPDATE_REFUSED_SINCE = "34.0.0";
function streamOf(effective) {
  const io = get(effective.spec, "/spec/ioConfig");
  if (!isPlainObject(io)) return void 0;
  if (typeof io.topic === "string") return { kind: "topic", name: io.topic };
  if (typeof io.topicPattern === "string") return { kind: "topicPattern", name: io.topicPattern };
  return void 0;
}
var describeStream = (stream) => stream ? `${stream.kind === "topic" ? "topic" : "the topics matching"} ${quote(stream.name)}` : "its topic";
function dataSourceOf(effective) {
  const value = get(effective.spec, "/spec/dataSchema/dataSource");
  return typeof value === "string" ? value : void 0;
}
var earliest = (effective) => get(effective.spec, "/spec/ioConfig/useEarliestOffset") === true;
function startsAt(effective) {
  return earliest(effective) ? "the earliest offset still retained (useEarliestOffset: true), re-reading what the topic holds" : "the latest offset (useEarliestOffset: false), skipping what the topic already holds";
}
var idName = (effective) => quote(effective.id ?? dataSourceOf(effective) ?? "");
function mergeImpact(base, head, options) {
  const impacts = collect(base, head, options);
  const rank = { blocking: 0, warning: 1, info: 2 };
  return impacts.sort((a, b) => rank[a.severity] - rank[b.severity]);
}
function collect(base, head, options) {
  if (!head) return base ? [deleted(base, options)] : [];
  if (!base) return [newSupervisor(head, options), ...suspension(void 0, head)];
  const version = options.druidVersion;
  const idsByName = compareVersions(version, SUPERVISOR_ID_SINCE) >= 0;
  const impacts = [];
  const fromSource = dataSourceOf(base);
  const toSource = dataSourceOf(head);
  if (base.id !== head.id) {
    if (fromSource !== toSource) impacts.push(dataSourceChange(base, head, options, false));
    if (idsByName) impacts.push(idChange(base, head));
    return [...impacts, newSupervisor(head, options), ...suspension(void 0, head)];
  }
  if (fromSource !== toSource) impacts.push(dataSourceChange(base, head, options, true));
  const stream = streamChange(base, head, options);
  if (stream) impacts.push(stream);
  const specChanged = canonicalJson(base.spec) !== canonicalJson(head.spec);
  if (!specChanged && base.suspended === head.suspended)
    return [
      {
        kind: "no-op",
        severity: "info",
        message: "The effective spec is unchanged: the deploy submits nothing and the supervisor is not restarted."
      },
      ...suspension(base, head)
    ];
  if (specChanged && !stream && !head.suspended) {
    const path = updatePath(version, base.spec, head.spec, {
      runningAutoscaled: isAutoscaled(base.spec),
      ...runStateChange(base.suspended === true, false)
    });
    impacts.push({ kind: path.kind, severity: "info", message: path.reason });
  }
  return [...impacts, ...suspension(base, head)];
}
function streamChange(base, head, options) {
  const before = streamOf(base);
  const after = streamOf(head);
  if (!before || !after || before.kind === after.kind && before.name === after.name) return void 0;
  const what = before.kind === after.kind ? `${after.kind} changes from ${quote(before.name)} to ${quote(after.name)}` : `The supervisor switches from ${before.kind} ${quote(before.name)} to ${after.kind} ${quote(after.name)}`;
  const version = options.druidVersion;
  const migrate = "The only safe path is a planned migration with an explicit offset decision: suspend the supervisor and let it publish, reset or set its offsets (resetOffsets), terminate it, then create the supervisor for the new stream.";
  if (compareVersions(version, STREAM_UPDATE_REFUSED_SINCE) >= 0)
    return {
      kind: "stream-change",
      severity: "blocking",
      message: `${capitalise(what)}: Druid ${version} refuses this update ("Update of the input source stream from [${before.name}] to [${after.name}] is not supported for a running supervisor"), so the deploy fails for this supervisor. ${migrate}`
    };
  const stuck = before.kind === "topic" && after.kind === "topic" ? ` The stored offsets stay in the metadata store under ${quote(before.name)}, so the new tasks' first publish fails ("Inconsistency between stored metadata state \u2026 Try resetting the supervisor") and nothing they read is published until the supervisor is reset.` : "";
  return {
    kind: "stream-change",
    severity: "blocking",
    message: `${capitalise(what)}: Druid ${version} accepts this update, but ignores the stored offsets (they belong to the old stream's partitions: "doesn't match spec topic/stream, ignoring stored sequences") and starts every partition of the new stream at ${startsAt(head)}.${stuck} ${migrate}`
  };
}
function newSupervisor(head, options) {
  const keyedBy = compareVersions(options.druidVersion, SUPERVISOR_ID_SINCE) >= 0 ? "supervisor id" : "datasource";
  const precedence = `Offsets Druid still holds for this ${keyedBy} (from a terminated supervisor) would take precedence.`;
  const stream = describeStream(streamOf(head));
  return earliest(head) ? {
    kind: "new-supervisor",
    severity: "info",
    message: `New supervisor ${idName(head)}: it starts at the earliest offset still retained in ${stream} (useEarliestOffset: true) and re-reads everything the topic holds \u2014 expect a backlog, and duplicates if the datasource already has those events. ${precedence}`
  } : {
    kind: "new-supervisor",
    severity: "warning",
    message: `New supervisor ${idName(head)}: it starts at the latest offset of ${stream} (useEarliestOffset: false), so events already in the topic are never ingested; set useEarliestOffset: true to read them. ${precedence}`
  };
}
function dataSourceChange(base, head, options, sameSupervisor) {
  const from = quote(dataSourceOf(base) ?? "");
  const to = quote(dataSourceOf(head) ?? "");
  const lead = `dataSource changes from ${from} to ${to}`;
  if (sameSupervisor)
    return {
      kind: "datasource-change",
      severity: "warning",
      message: `${lead}: the supervisor keeps its id and stored offsets, so new rows continue into ${to}, which starts empty, while ${from} stops growing; queries, retention rules and compaction on ${from} see no new data.`
    };
  const older = compareVersions(options.druidVersion, SUPERVISOR_ID_SINCE) < 0;
  return {
    kind: "datasource-change",
    severity: "warning",
    message: older ? `${lead}: Druid ${options.druidVersion} names a supervisor by its datasource, so this creates supervisor ${to} into an empty datasource, while supervisor ${from} keeps reading the topic into ${from} until it is terminated (prune with confirm).` : `${lead}: new rows go to ${to}, which starts empty, while ${from} gets no rows from this spec.`
  };
}
function idChange(base, head) {
  const sameSource = dataSourceOf(base) === dataSourceOf(head);
  const twice = sameSource ? `; both read ${describeStream(streamOf(head))} into ${quote(dataSourceOf(head) ?? "")}, so every event arrives twice until ${idName(base)} stops` : "";
  return {
    kind: "id-change",
    severity: "warning",
    message: `The supervisor id changes from ${idName(base)} to ${idName(head)}: Druid starts a second supervisor ${idName(head)} while ${idName(base)} keeps running until it is terminated (prune with confirm)${twice}.`
  };
}
function deleted(base, options) {
  const keyedBy = compareVersions(options.druidVersion, SUPERVISOR_ID_SINCE) >= 0 ? "id" : "datasource";
  return {
    kind: "deleted",
    severity: "warning",
    message: `The spec is deleted, but merging does not stop supervisor ${idName(base)}: the deploy leaves it running, no longer described by git, unless prune is on and confirm names it. Terminating keeps its stored offsets, so a supervisor created later with this ${keyedBy} continues from them.`
  };
}
function suspension(base, head) {
  if (head.suspended && base?.suspended)
    return [
      {
        kind: "suspended",
        severity: "info",
        message: "The supervisor stays suspended (suspended: true): nothing is read, and events keep accumulating in the topic until it is resumed."
      }
    ];
  if (head.suspended)
    return [
      {
        kind: "suspended",
        severity: "warning",
        message: `The spec asks for a suspended supervisor (suspended: true): Druid stores it suspended${base ? " \u2014 its reading tasks publish what they have read and stop \u2014" : ""} and starts no task, so events accumulate in the topic until it is resumed, and unread events older than the topic's retention are lost.`
      }
    ];
  if (base?.suspended)
    return [
      {
        kind: "resumed",
        severity: "info",
        message: "The spec no longer asks for a suspended supervisor: Druid resumes it from the stored offsets, and it first reads the backlog that accumulated while it was suspended."
      }
    ];
  return [];
}
var capitalise = (text) => text.charAt(0).toUpperCase() + text.slice(1);

// src/diff/json-schema-sets.ts
var import_parse_as_json_set = __toESM(require_parse_as_json_set(), 1);
var CONTEXT = { heuristics: { applyLawOfAbsorptionInTypeSetCartesianProduct: true } };
function diffSchemaSets(source, destination) {
  const sourceSet = (0, import_parse_as_json_set.parseAsJsonSet)(source, CONTEXT);
  const destinationSet = (0, import_parse_as_json_set.parseAsJsonSet)(destination, CONTEXT);
  const outsideBoth = sourceSet.intersect(destinationSet).complement();
  const added = outsideBoth.intersect(destinationSet);
  const removed = outsideBoth.intersect(sourceSet);
  return {
    ...added.type === "empty" ? {} : { added: added.toJsonSchema() },
    ...removed.type === "empty" ? {} : { removed: removed.toJsonSchema() }
  };
}

// src/diff/json-schema.ts
var BATCH = 8;
async function setDifferences(pairs) {
  const names = Object.keys(pairs);
  const result = {};
  for (const name of names) result[name] = { removed: [], added: [] };
  const pending = names.flatMap((name) => slices(name, pairs[name][0], pairs[name][1]));
  while (pending.length > 0) {
    const call = [];
    for (const slice of [...pending]) {
      const size = call.reduce((total, item) => total + item.size, 0);
      if (call.length > 0 && (size + slice.size > BATCH || call.some((item) => item.name === slice.name)))
        continue;
      call.push(slice);
      pending.splice(pending.indexOf(slice), 1);
    }
    const side = (pick) => wellFormed({
      type: "object",
      properties: Object.fromEntries(call.map((slice) => [slice.name, slice[pick]]))
    });
    const diff = diffSchemaSets(side("base"), side("head"));
    const collect2 = (schema, into) => {
      for (const [name, ...path] of causes(schema))
        if (name !== void 0 && name in result) result[name][into].push(path);
    };
    if (diff.removed !== void 0) collect2(diff.removed, "removed");
    if (diff.added !== void 0) collect2(diff.added, "added");
  }
  return result;
}
var LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
function wellFormed(value) {
  if (typeof value === "string") return value.replace(LONE_SURROGATE, "\uFFFD");
  if (Array.isArray(value)) return value.map(wellFormed);
  if (value !== null && typeof value === "object")
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [wellFormed(key), wellFormed(item)])
    );
  return value;
}
function slices(name, base, head) {
  if (canonicalJson(base) === canonicalJson(head)) return [];
  if (typeof base === "boolean" || typeof head === "boolean") return [{ name, base, head, size: 1 }];
  const required = /* @__PURE__ */ new Set([...base.required ?? [], ...head.required ?? []]);
  const keys = /* @__PURE__ */ new Set([...Object.keys(base.properties ?? {}), ...Object.keys(head.properties ?? {})]);
  const differing = [...keys].filter(
    (key) => !required.has(key) && canonicalJson(base.properties?.[key]) !== canonicalJson(head.properties?.[key])
  );
  const keep = (schema, batch) => {
    if (schema.properties === void 0) return schema;
    const wanted = /* @__PURE__ */ new Set([...required, ...batch]);
    return {
      ...schema,
      properties: Object.fromEntries(Object.entries(schema.properties).filter(([key]) => wanted.has(key)))
    };
  };
  const batches = [];
  for (let start = 0; start < differing.length; start += BATCH)
    batches.push(differing.slice(start, start + BATCH));
  if (batches.length === 0) batches.push([]);
  return batches.map((batch) => ({
    name,
    base: keep(base, batch),
    head: keep(head, batch),
    size: Math.max(1, batch.length)
  }));
}
function causes(schema) {
  if (!isPlainObject(schema)) return schema === false ? [] : [[]];
  if (Array.isArray(schema.anyOf)) return schema.anyOf.flatMap(causes);
  const required = Array.isArray(schema.required) ? schema.required.map(String) : [];
  if (required.length === 0) return [[]];
  const properties = isPlainObject(schema.properties) ? schema.properties : {};
  return required.flatMap((name) => {
    const inner = properties[name];
    const deeper = isPlainObject(inner) && (Array.isArray(inner.anyOf) || Array.isArray(inner.required) && inner.required.length > 0);
    return deeper ? causes(inner).map((path) => [name, ...path]) : [[name]];
  });
}
var IGNORED = ["const", "enum", "pattern", "format"];
function keywordChanges(baseSchema, headSchema, path = []) {
  const base = baseSchema === true ? {} : baseSchema;
  const head = headSchema === true ? {} : headSchema;
  if (base === false || head === false) return [];
  const changes = [];
  for (const keyword of IGNORED) {
    const before = base[keyword];
    const after = head[keyword];
    if (canonicalJson(before) === canonicalJson(after)) continue;
    changes.push({ path, keyword, before, after, ...direction(keyword, before, after) });
  }
  const names = /* @__PURE__ */ new Set([...Object.keys(base.properties ?? {}), ...Object.keys(head.properties ?? {})]);
  for (const name of [...names].sort()) {
    const before = propertySchema(base, name);
    const after = propertySchema(head, name);
    if (before !== void 0 && after !== void 0)
      changes.push(...keywordChanges(before, after, [...path, name]));
  }
  if (base.items !== void 0 && head.items !== void 0)
    changes.push(...keywordChanges(base.items, head.items, [...path, "[]"]));
  return changes;
}
function propertySchema(schema, name) {
  const own = schema.properties?.[name];
  if (own !== void 0) return own === false ? void 0 : own;
  const other = schema.additionalProperties;
  return other === false ? void 0 : other ?? true;
}
function direction(keyword, before, after) {
  if (before === void 0) return { narrows: true, widens: false };
  if (after === void 0) return { narrows: false, widens: true };
  if (keyword === "enum" && Array.isArray(before) && Array.isArray(after)) {
    const has = (list2, value) => list2.some((item) => canonicalJson(item) === canonicalJson(value));
    return {
      narrows: before.some((value) => !has(after, value)),
      widens: after.some((value) => !has(before, value))
    };
  }
  return { narrows: true, widens: true };
}

// src/diff/metric-types.ts
var PRIMITIVE = { long: "LONG", double: "DOUBLE", float: "FLOAT" };
var PAIR = {
  long: "COMPLEX<serializablePairLongLong>",
  double: "COMPLEX<serializablePairLongDouble>",
  float: "COMPLEX<serializablePairLongFloat>",
  string: "COMPLEX<serializablePairLongString>"
};
var COMPLEX = {
  hyperUnique: { stored: "COMPLEX<hyperUnique>", result: "DOUBLE" },
  thetaSketch: { stored: "COMPLEX<thetaSketch>", result: "DOUBLE" },
  HLLSketchBuild: { stored: "COMPLEX<HLLSketch>", result: "DOUBLE" },
  HLLSketchMerge: { stored: "COMPLEX<HLLSketch>", result: "DOUBLE" },
  HLLSketch: { stored: "COMPLEX<HLLSketch>", result: "DOUBLE" },
  quantilesDoublesSketch: {
    stored: "COMPLEX<quantilesDoublesSketch>",
    result: "COMPLEX<quantilesDoublesSketch>"
  },
  KllDoublesSketch: { stored: "COMPLEX<KllDoublesSketch>", result: "COMPLEX<KllDoublesSketch>" },
  KllFloatsSketch: { stored: "COMPLEX<KllFloatsSketch>", result: "COMPLEX<KllFloatsSketch>" },
  arrayOfDoublesSketch: {
    stored: "COMPLEX<arrayOfDoublesSketch>",
    result: "COMPLEX<arrayOfDoublesSketch>"
  },
  approxHistogram: { stored: "COMPLEX<approximateHistogram>", result: "COMPLEX<histogram>" },
  approxHistogramFold: { stored: "COMPLEX<approximateHistogram>", result: "COMPLEX<histogram>" },
  fixedBucketsHistogram: {
    stored: "COMPLEX<fixedBucketsHistogram>",
    result: "COMPLEX<fixedBucketsHistogram>"
  },
  variance: { stored: "COMPLEX<variance>", result: "DOUBLE" },
  bloom: { stored: "COMPLEX<bloom>", result: "COMPLEX<bloom>" }
};
var UNKNOWN = { stored: void 0, result: void 0, numericInput: false };
function metricType(aggregator) {
  const type = typeof aggregator.type === "string" ? aggregator.type : "";
  if (type === "filtered")
    return isPlainObject(aggregator.aggregator) ? metricType(aggregator.aggregator) : UNKNOWN;
  if (type === "count") return { stored: "LONG", result: "LONG", numericInput: false };
  const simple = /^(long|double|float)(Sum|Min|Max|Any)$/.exec(type);
  if (simple) {
    const primitive = PRIMITIVE[simple[1]];
    return { stored: primitive, result: primitive, numericInput: true };
  }
  const pair = /^(long|double|float|string)(First|Last)$/.exec(type);
  if (pair) {
    const kind = pair[1];
    return { stored: PAIR[kind], result: PRIMITIVE[kind] ?? "STRING", numericInput: kind !== "string" };
  }
  if (type === "stringAny") return { stored: "STRING", result: "STRING", numericInput: false };
  if (type === "doubleMean") return { stored: "COMPLEX<doubleMean>", result: "DOUBLE", numericInput: true };
  const complex = COMPLEX[type];
  return complex ? { ...complex, numericInput: false } : UNKNOWN;
}
function describeAggregator(aggregator) {
  const type = String(aggregator.type);
  if (type === "filtered" && isPlainObject(aggregator.aggregator))
    return `filtered ${describeAggregator(aggregator.aggregator)}`;
  const input = aggregator.fieldName ?? aggregator.expression ?? aggregator.fieldNames ?? aggregator.fields;
  return input === void 0 ? type : `${type}(${typeof input === "string" ? input : JSON.stringify(input)})`;
}

// src/diff/column-compat.ts
var KEPT = "existing segments keep it";
function columnItems(base, head, difference, keywords) {
  const items = [];
  const reported = /* @__PURE__ */ new Set();
  const removed = new Set(difference.removed.map((path) => path[0] ?? ""));
  const added = new Set(difference.added.map((path) => path[0] ?? ""));
  const changed = /* @__PURE__ */ new Map();
  for (const change of keywords) {
    const [section3, name, keyword] = change.path;
    if (section3 !== "columns" || name === void 0 || keyword === void 0) continue;
    const byKeyword = changed.get(name) ?? /* @__PURE__ */ new Map();
    byKeyword.set(keyword, change);
    changed.set(name, byKeyword);
  }
  const names = [
    .../* @__PURE__ */ new Set([...base.columns.keys(), ...head.columns.keys(), ...removed, ...added, ...changed.keys()])
  ];
  for (const name of names.filter((item) => item !== "")) {
    const item = columnItem(name, base, head, changed.get(name), removed.has(name), added.has(name));
    if (item) {
      items.push(item);
      reported.add(name);
    }
  }
  const whole = removed.has("") || added.has("");
  if (whole && base.discovery !== head.discovery) items.push(discoveryItem(base, head, removed.has("")));
  else if (whole && items.length === 0)
    items.push({
      severity: removed.has("") ? "breaking" : "compatible",
      subject: "column",
      pointer: head.dimensionsPointer,
      message: removed.has("") ? "The columns change in a way no single column explains: some values queries read before are no longer stored." : "The columns change in a way no single column explains: new rows can hold values they could not before."
    });
  items.push(...rollupItems(base, head, keywords), ...granularityItems(base, head, keywords));
  return { items, reported };
}
function title(column, name) {
  if (column?.kind === "metric") return `Metric ${quote(name)}`;
  if (column?.kind === "dimension") return `Dimension ${quote(name)}`;
  return `Discovered column ${quote(name)}`;
}
function typeOf(schema, name) {
  const column = schema.columns.get(name);
  if (column) return column.type;
  return schema.discovery === "auto" ? "auto (discovered)" : "string (discovered)";
}
function columnItem(name, base, head, keywords, valuesRemoved, valuesAdded) {
  const before = base.columns.get(name);
  const after = head.columns.get(name);
  const inBase = propertySchema(base.columnsSchema, name) !== void 0;
  const inHead = propertySchema(head.columnsSchema, name) !== void 0;
  const where = after?.pointer ?? before?.pointer ?? head.dimensionsPointer;
  const column = "column";
  if (inBase && !inHead) {
    const what = before?.kind === "metric" ? `queries that aggregate it get null for new rows${base.rollup.value ? ", and the raw values it summarised are not kept" : ""}` : "queries that group or filter by it see null for new rows";
    const why = before ? "" : ` (it is now excluded from discovery)`;
    return {
      severity: "breaking",
      subject: column,
      pointer: before?.pointer ?? head.dimensionsPointer,
      message: `${title(before, name)} is removed${why}: ${what}; ${KEPT}.`,
      before: typeOf(base, name)
    };
  }
  if (inHead && (!inBase || before === void 0 && after !== void 0)) {
    const what = after?.kind === "metric" && after.aggregator ? `${describeAggregator(after.aggregator)}, stored as ${after.type}` : typeOf(head, name);
    return {
      severity: "compatible",
      subject: column,
      pointer: where,
      message: `${title(after, name)} (${what}) is added: new rows carry it and older rows read it as null.`,
      after: typeOf(head, name)
    };
  }
  const type = keywords?.get("type");
  const aggregator = keywords?.get("aggregator");
  const handling = keywords?.get("multiValueHandling");
  if (aggregator && before?.aggregator && after?.aggregator) {
    const from = describeAggregator(before.aggregator);
    const to = describeAggregator(after.aggregator);
    const types = before.type === after.type ? `both stored as ${after.type}` : `stored as ${before.type} \u2192 ${after.type}`;
    return {
      severity: "breaking",
      subject: column,
      pointer: where,
      message: `${title(after, name)} changes from ${from} to ${to} (${types}): older segments hold values of the old aggregator and queries combine both with the new one, so results across the deploy mix two meanings.`,
      before: from,
      after: to
    };
  }
  if (type) {
    const from = typeOf(base, name);
    const to = typeOf(head, name);
    return {
      severity: "breaking",
      subject: column,
      pointer: where,
      message: `${title(after ?? before, name)} changes type from ${from} to ${to}: new segments store it as ${to} while older ones keep ${from}, so filters, sorting and comparisons on it can answer differently across the deploy.`,
      before: from,
      after: to
    };
  }
  if (handling) {
    const from = String(handling.before);
    const to = String(handling.after);
    return {
      severity: "breaking",
      subject: column,
      pointer: where,
      message: `${title(after ?? before, name)} stores multiple values as ${to} instead of ${from}: for new rows ${multiValueEffect(from, to)}, so queries that count or index its values answer differently across the deploy.`,
      before: from,
      after: to
    };
  }
  if (valuesRemoved || valuesAdded) {
    return {
      severity: valuesRemoved ? "breaking" : "compatible",
      subject: column,
      pointer: where,
      message: valuesRemoved ? `${title(after ?? before, name)} can no longer hold some values queries read from it before (${typeOf(base, name)} \u2192 ${typeOf(head, name)}).` : `${title(after ?? before, name)} can hold more kinds of values than before (${typeOf(base, name)} \u2192 ${typeOf(head, name)}).`
    };
  }
  return void 0;
}
function multiValueEffect(from, to) {
  const sorted = (mode) => mode !== "ARRAY";
  const unique = (mode) => mode === "SORTED_SET";
  const parts = [];
  if (!sorted(from) && sorted(to)) parts.push("the order producers sent is lost");
  if (sorted(from) && !sorted(to)) parts.push("values keep the order producers sent instead of being sorted");
  if (!unique(from) && unique(to)) parts.push("repeated values collapse into one");
  if (unique(from) && !unique(to)) parts.push("repeated values are kept");
  return parts.join(" and ");
}
function discoveryItem(base, head, narrows) {
  const kind = (discovery) => discovery === "auto" ? "typed by schema discovery" : discovery === "string" ? "as string dimensions" : "not at all";
  return {
    severity: narrows ? "breaking" : "compatible",
    subject: "column",
    pointer: head.dimensionsPointer,
    message: narrows ? `Input fields no dimension names were ingested ${kind(base.discovery)} and now ${kind(head.discovery)}: queries on those columns see null or other types for new rows; ${KEPT}.` : `Input fields no dimension names are now ingested ${kind(head.discovery)} (before: ${kind(base.discovery)}): new rows carry more columns.`,
    before: base.discovery,
    after: head.discovery
  };
}
function rollupItems(base, head, keywords) {
  if (!keywords.some((change) => change.path.join("/") === "rollup")) return [];
  const on = head.rollup.value;
  return [
    {
      severity: "breaking",
      subject: "rollup",
      pointer: head.rollup.pointer,
      message: on ? "Rollup is turned on: new rows with the same truncated time and dimension values are combined, so raw events are no longer kept and COUNT(*) counts combined rows, not events." : "Rollup is turned off: new rows are stored one per event while older rows are pre-aggregated, so COUNT(*) and queries that do not go through the metrics mean something else on each side of the deploy.",
      before: base.rollup.value,
      after: on
    }
  ];
}
function granularityItems(base, head, keywords) {
  const change = keywords.find((item) => item.path.join("/") === "queryGranularity");
  if (!change) return [];
  const from = base.queryGranularity.value.key;
  const to = head.queryGranularity.value.key;
  const lost = Array.isArray(change.before) ? change.before.filter((key) => !(Array.isArray(change.after) && change.after.includes(key))).map(String) : [];
  const pointer = head.queryGranularity.pointer;
  if (change.narrows)
    return [
      {
        severity: "breaking",
        subject: "granularity",
        pointer,
        message: `queryGranularity ${change.widens ? "changes" : "coarsens"} from ${from} to ${to}: new rows are truncated to ${to}, so queries grouping by ${lost.join(", ")} see them bunched at the start of each bucket; existing segments keep ${from}.`,
        before: from,
        after: to
      }
    ];
  return [
    {
      severity: "compatible",
      subject: "granularity",
      pointer,
      message: `queryGranularity becomes finer (${from} \u2192 ${to}): new rows keep more time detail, and queries at the old resolution still get exact buckets.`,
      before: from,
      after: to
    }
  ];
}

// src/diff/ingestion.ts
var DATA_SCHEMA = "/spec/dataSchema";
function readIngestion(effective) {
  const view = viewSupervisor(effective.spec);
  const dataSchema = view.dataSchema ?? {};
  const parseSpecPointer = join(DATA_SCHEMA, "parser", "parseSpec");
  const parseSpec = get(effective.spec, parseSpecPointer);
  const located = (pointer) => {
    const value = get(effective.spec, pointer);
    return isPlainObject(value) ? { value, pointer } : void 0;
  };
  const timestamp = located(join(DATA_SCHEMA, "timestampSpec")) ?? located(join(parseSpecPointer, "timestampSpec"));
  const dimensionsSpec = located(join(DATA_SCHEMA, "dimensionsSpec")) ?? located(join(parseSpecPointer, "dimensionsSpec")) ?? { value: {}, pointer: join(DATA_SCHEMA, "dimensionsSpec") };
  const dimensions = columnsOf(view).filter((column) => column.where === "dimensions").map((column) => {
    const written = get(effective.spec, column.pointer);
    const value = isPlainObject(written) ? written : { type: "string", name: column.name };
    return { name: column.name, value, pointer: column.pointer };
  });
  const spatial = dimensionsSpec.value.spatialDimensions;
  const spatialDimensions = (Array.isArray(spatial) ? spatial : []).flatMap(
    (value, index) => isPlainObject(value) ? [{ value, pointer: join(dimensionsSpec.pointer, "spatialDimensions", index) }] : []
  );
  const format = inputFormat(effective, located, parseSpec, parseSpecPointer);
  return {
    dataSource: view.dataSource,
    timestamp: {
      column: typeof timestamp?.value.column === "string" ? timestamp.value.column : "timestamp",
      format: typeof timestamp?.value.format === "string" ? timestamp.value.format : "auto",
      missingValue: timestamp?.value.missingValue ?? void 0,
      pointer: timestamp?.pointer ?? join(DATA_SCHEMA, "timestampSpec")
    },
    dimensions,
    spatialDimensions,
    dimensionsSpec,
    metrics: named(dataSchema.metricsSpec, join(DATA_SCHEMA, "metricsSpec")),
    transforms: named(
      get(dataSchema, "/transformSpec/transforms"),
      join(DATA_SCHEMA, "transformSpec", "transforms")
    ),
    filter: located(join(DATA_SCHEMA, "transformSpec", "filter")),
    granularitySpec: located(join(DATA_SCHEMA, "granularitySpec")) ?? {
      value: {},
      pointer: join(DATA_SCHEMA, "granularitySpec")
    },
    ...format
  };
}
function named(list2, pointer) {
  if (!Array.isArray(list2)) return [];
  return list2.flatMap(
    (value, index) => isPlainObject(value) && typeof value.name === "string" ? [{ name: value.name, value, pointer: join(pointer, index) }] : []
  );
}
function inputFormat(effective, located, parseSpec, parseSpecPointer) {
  const outer = located("/spec/ioConfig/inputFormat");
  if (outer) {
    const value = outer.value.type === "kafka" ? located(join(outer.pointer, "valueFormat")) : outer;
    const name2 = value ? outer === value ? String(value.value.type) : `kafka/${String(value.value.type)}` : String(outer.value.type);
    return {
      format: value ?? outer,
      formatName: name2,
      flattenSpec: value && located(join(value.pointer, "flattenSpec"))
    };
  }
  if (!isPlainObject(parseSpec)) return { format: void 0, formatName: void 0, flattenSpec: void 0 };
  const parser = get(effective.spec, "/spec/dataSchema/parser");
  const name = String(parseSpec.format ?? (isPlainObject(parser) ? parser.type : void 0));
  return {
    format: { value: parseSpec, pointer: parseSpecPointer },
    formatName: name,
    flattenSpec: located(join(parseSpecPointer, "flattenSpec"))
  };
}

// src/diff/query-granularity.ts
var SECOND = 1e3;
var MINUTE = 60 * SECOND;
var HOUR = 60 * MINUTE;
var DAY = 24 * HOUR;
var WEEK = 7 * DAY;
var NAMED = {
  NONE: { kind: "none" },
  ALL: { kind: "all" },
  SECOND: { kind: "fixed", millis: SECOND },
  MINUTE: { kind: "fixed", millis: MINUTE },
  FIVE_MINUTE: { kind: "fixed", millis: 5 * MINUTE },
  TEN_MINUTE: { kind: "fixed", millis: 10 * MINUTE },
  FIFTEEN_MINUTE: { kind: "fixed", millis: 15 * MINUTE },
  THIRTY_MINUTE: { kind: "fixed", millis: 30 * MINUTE },
  HOUR: { kind: "fixed", millis: HOUR },
  SIX_HOUR: { kind: "fixed", millis: 6 * HOUR },
  EIGHT_HOUR: { kind: "fixed", millis: 8 * HOUR },
  DAY: { kind: "fixed", millis: DAY },
  WEEK: { kind: "week" },
  MONTH: { kind: "months", months: 1 },
  QUARTER: { kind: "months", months: 3 },
  YEAR: { kind: "months", months: 12 }
};
function readQueryGranularity(value) {
  if (value === void 0 || value === null) return { key: "NONE", buckets: { kind: "none" } };
  if (typeof value === "string") {
    const name = value.toUpperCase();
    return { key: name, buckets: NAMED[name] ?? { kind: "other" } };
  }
  if (!isPlainObject(value)) return { key: JSON.stringify(value), buckets: { kind: "other" } };
  const type = String(value.type).toLowerCase();
  if (type === "none" || type === "all") return readQueryGranularity(type);
  const zone = typeof value.timeZone === "string" ? value.timeZone : "UTC";
  const origin = typeof value.origin === "string" || typeof value.origin === "number" ? value.origin : void 0;
  const local = zone === "UTC" && origin === void 0;
  const suffix = `${local ? "" : ` in ${zone}`}${origin === void 0 ? "" : ` from ${String(origin)}`}`;
  if (type === "duration" && typeof value.duration === "number") {
    return {
      key: `${value.duration} ms${suffix}`,
      buckets: local ? { kind: "fixed", millis: value.duration } : { kind: "other" }
    };
  }
  if (type === "period" && typeof value.period === "string") {
    return {
      key: `${value.period}${suffix}`,
      buckets: local ? periodBuckets(value.period) : { kind: "other" }
    };
  }
  return { key: JSON.stringify(value), buckets: { kind: "other" } };
}
function periodBuckets(text) {
  const period = parsePeriod(text);
  if (!period) return { kind: "other" };
  if (period.years === 0 && period.months === 0) {
    if (period.millis === WEEK && /W/i.test(text)) return { kind: "week" };
    return period.millis > 0 ? { kind: "fixed", millis: period.millis } : { kind: "other" };
  }
  const months = period.years * 12 + period.months;
  return period.millis === 0 && months > 0 ? { kind: "months", months } : { kind: "other" };
}
function servedBy(query, stored) {
  const q = query.buckets;
  const s = stored.buckets;
  if (s.kind === "none" || q.kind === "all" || query.key === stored.key) return true;
  switch (s.kind) {
    case "fixed":
      if (q.kind === "fixed") return q.millis % s.millis === 0;
      return (q.kind === "week" || q.kind === "months") && DAY % s.millis === 0;
    case "months":
      return q.kind === "months" && q.months % s.months === 0;
    default:
      return false;
  }
}
function exactQueryGranularities(stored, others = []) {
  const universe = /* @__PURE__ */ new Map();
  for (const name of GRANULARITY_NAMES) universe.set(name, readQueryGranularity(name));
  for (const item of [stored, ...others]) universe.set(item.key, item);
  return [...universe.values()].filter((query) => servedBy(query, stored)).map((query) => query.key);
}

// src/diff/datasource-schema.ts
var NULLABLE_MULTI_STRING = {
  type: ["string", "array", "null"],
  items: { type: ["string", "null"] }
};
function valuesOf(columnType) {
  switch (columnType) {
    case "STRING":
      return NULLABLE_MULTI_STRING;
    case "LONG":
      return { type: ["integer", "null"] };
    case "FLOAT":
    case "DOUBLE":
      return { type: ["number", "null"] };
    default:
      return {};
  }
}
var DIMENSION_COLUMN_TYPE = {
  string: "STRING",
  spatial: "STRING",
  long: "LONG",
  float: "FLOAT",
  double: "DOUBLE",
  json: "COMPLEX<json>"
};
function dimensionType(dimension) {
  const declared = typeof dimension.type === "string" ? dimension.type : "string";
  if (declared === "auto" && typeof dimension.castToType === "string")
    return { declared: `auto as ${dimension.castToType}`, column: dimension.castToType.toUpperCase() };
  return { declared, column: DIMENSION_COLUMN_TYPE[declared] };
}
function dimensionSchema(column, columnType) {
  const properties = {
    type: { const: column.type },
    values: valuesOf(columnType)
  };
  if (column.multiValueHandling !== void 0)
    properties.multiValueHandling = { const: column.multiValueHandling };
  return { type: "object", properties };
}
function discoveryOf(ingestion) {
  const spec = ingestion.dimensionsSpec.value;
  if (spec.useSchemaDiscovery === true) return "auto";
  const listed = ingestion.dimensions.length + ingestion.spatialDimensions.length;
  return spec.includeAllDimensions === true || listed === 0 ? "string" : "none";
}
function datasourceSchema(effective, others = []) {
  const ingestion = readIngestion(effective);
  const columns = /* @__PURE__ */ new Map();
  const properties = {};
  const add = (column, schema) => {
    columns.set(column.name, column);
    properties[column.name] = schema;
  };
  add(
    { name: "__time", kind: "time", type: "LONG", pointer: ingestion.timestamp.pointer },
    { type: "object", properties: { type: { const: "LONG" }, values: { type: "integer" } } }
  );
  for (const { name, value, pointer } of ingestion.dimensions) {
    if (columns.has(name)) continue;
    const type = dimensionType(value);
    const column = { name, kind: "dimension", pointer, type: type.declared };
    if (type.declared === "string" && typeof value.multiValueHandling === "string")
      column.multiValueHandling = value.multiValueHandling;
    add(column, dimensionSchema(column, type.column));
  }
  for (const { value, pointer } of ingestion.spatialDimensions) {
    if (typeof value.dimName !== "string") continue;
    const column = { name: value.dimName, kind: "dimension", pointer, type: "spatial" };
    add(column, dimensionSchema(column, "STRING"));
  }
  for (const { name, value, pointer } of ingestion.metrics) {
    const types = metricType(value);
    const { name: _name, ...aggregator } = value;
    const type = types.stored ?? `${String(value.type)} (extension)`;
    add(
      { name, kind: "metric", pointer, type, aggregator: value },
      {
        type: "object",
        properties: {
          type: { const: type },
          values: valuesOf(types.result),
          aggregator: { const: aggregator }
        }
      }
    );
  }
  const discovery = discoveryOf(ingestion);
  const columnsSchema = { type: "object", properties, additionalProperties: false };
  if (discovery !== "none") {
    const exclusions = ingestion.dimensionsSpec.value.dimensionExclusions;
    for (const name of Array.isArray(exclusions) ? exclusions : [])
      if (typeof name === "string" && !columns.has(name)) properties[name] = false;
    columnsSchema.additionalProperties = discovery === "auto" ? { type: "object", properties: { type: { const: "auto" }, values: {} } } : {
      type: "object",
      properties: {
        type: { const: "string" },
        values: NULLABLE_MULTI_STRING,
        multiValueHandling: { const: "SORTED_ARRAY" }
      }
    };
  }
  const granularity = ingestion.granularitySpec;
  const rollup = granularity.value.rollup !== false;
  const queryGranularity = readQueryGranularity(granularity.value.queryGranularity);
  return {
    dataSource: ingestion.dataSource,
    schema: {
      $schema: "http://json-schema.org/draft-07/schema#",
      title: `Datasource ${ingestion.dataSource ?? "(unnamed)"} as queries see it`,
      type: "object",
      properties: {
        columns: columnsSchema,
        rollup: { const: rollup },
        queryGranularity: { enum: exactQueryGranularities(queryGranularity, others) }
      },
      required: ["columns", "rollup", "queryGranularity"]
    },
    columnsSchema,
    columns,
    discovery,
    dimensionsPointer: ingestion.dimensionsSpec.pointer,
    rollup: { value: rollup, pointer: join(granularity.pointer, "rollup") },
    queryGranularity: { value: queryGranularity, pointer: join(granularity.pointer, "queryGranularity") }
  };
}
function storedGranularity(effective) {
  const spec = readIngestion(effective).granularitySpec.value;
  return readQueryGranularity(isPlainObject(spec) ? spec.queryGranularity : void 0);
}

// src/diff/input-compat.ts
function acceptsAll(head, base) {
  return head === base || head === "auto" && (base === "iso" || base === "millis");
}
var UNITS = {
  posix: "seconds",
  millis: "milliseconds",
  micro: "microseconds",
  nano: "nanoseconds",
  ruby: "seconds with a fraction",
  auto: "milliseconds"
};
function inputItems(context) {
  const { base, head } = context;
  const items = [...formatItems(base, head), ...timestampItems(base, head)];
  const timestampKeys = /* @__PURE__ */ new Set([base.timestamp.path.join("."), head.timestamp.path.join(".")]);
  const { removed, added } = context.difference;
  const patterns = new Map(
    context.keywords.filter((change) => change.keyword === "pattern").map((change) => [change.path.join("."), change])
  );
  const keys = [.../* @__PURE__ */ new Set([...base.fields.keys(), ...head.fields.keys()])];
  for (const key of keys) {
    const before = base.fields.get(key);
    const after = head.fields.get(key);
    const onlyTimestamp = (field) => field === void 0 || field.readers.every((reader) => reader.kind === "timestamp");
    if (timestampKeys.has(key) && onlyTimestamp(before) && onlyTimestamp(after)) continue;
    const path = (after ?? before)?.path ?? [];
    const item = fieldItem(
      key,
      before,
      after,
      context,
      touches(removed, path),
      touches(added, path),
      patterns.get(key)
    );
    if (item) items.push(item);
  }
  const whole = (paths) => paths.some((path) => path.length === 0);
  if ((whole(removed) || whole(added)) && !context.discoveryReported && base.discovery !== head.discovery)
    items.push({
      severity: head.discovery ? "compatible" : "breaking",
      subject: "input",
      pointer: head.formatPointer,
      message: head.discovery ? "Every input field is now ingested, not only the ones the spec names." : "Only the input fields the spec names are ingested now: values producers send in other fields are dropped for new rows."
    });
  return items;
}
function touches(paths, field) {
  return paths.some(
    (path) => path.length > 0 && path.every((step, index) => index >= field.length || field[index] === step)
  );
}
function readersText(readers) {
  const names = readers.map(
    (reader) => reader.kind === "filter" ? "the transformSpec filter" : `${reader.kind} ${quote(reader.name)}`
  );
  return [...new Set(names)].join(", ");
}
function explained(field, context) {
  return field.readers.every(
    (reader) => (reader.kind === "dimension" || reader.kind === "metric") && context.reportedColumns.has(reader.name)
  );
}
var pointerOf = (field) => field.flatten?.pointer ?? field.readers[0].pointer;
function fieldItem(key, before, after, context, valuesRemoved, valuesAdded, pattern) {
  const name = `Input field ${quote(key)}`;
  if (before && !after) {
    if (!valuesRemoved || explained(before, context)) return void 0;
    return {
      severity: "breaking",
      subject: "input",
      pointer: pointerOf(before),
      message: `${name} is no longer read (it fed ${readersText(before.readers)}): values producers send in it are dropped for new rows.`
    };
  }
  if (!before && after) {
    if (!valuesAdded || explained(after, context)) return void 0;
    return {
      severity: "compatible",
      subject: "input",
      pointer: pointerOf(after),
      message: `${name} is now read (by ${readersText(after.readers)}).`
    };
  }
  if (!before || !after) return void 0;
  const numericNow = after.readers.filter((reader) => reader.numeric);
  if (pattern?.narrows || valuesRemoved && numericNow.length > 0)
    return {
      severity: "breaking",
      subject: "input",
      pointer: pointerOf(after),
      message: `${name} must now hold numbers (read as one by ${readersText(numericNow)}): events with any other value there count as parse errors, and tasks fail once maxParseExceptions is exceeded.`,
      before: "any value",
      after: "a number"
    };
  if (pattern?.widens || valuesAdded)
    return {
      severity: "compatible",
      subject: "input",
      pointer: pointerOf(after),
      message: `${name} no longer has to hold a number: any value is taken in.`,
      before: "a number",
      after: "any value"
    };
  return void 0;
}
function timestampItems(base, head) {
  const items = [];
  const from = base.timestamp;
  const to = head.timestamp;
  const fromKey = from.path.join(".");
  const toKey = to.path.join(".");
  if (fromKey !== toKey) {
    items.push({
      severity: "breaking",
      subject: "input",
      pointer: `${to.pointer}/column`,
      message: `The timestamp now comes from ${quote(toKey)} instead of ${quote(fromKey)}: events without ${quote(toKey)} ${to.required ? "are rejected as unparseable" : "get the missingValue time"}.`,
      before: fromKey,
      after: toKey
    });
  } else if (from.required !== to.required) {
    items.push({
      severity: to.required ? "breaking" : "compatible",
      subject: "input",
      pointer: `${to.pointer}/missingValue`,
      message: to.required ? `Events must now carry ${quote(toKey)}: without a missingValue, events lacking the timestamp are rejected as unparseable.` : `Events without ${quote(toKey)} are now ingested at the missingValue time instead of being rejected.`
    });
  }
  if (from.format !== to.format) {
    const compatible = acceptsAll(to.format, from.format);
    const fromUnit = UNITS[from.format];
    const toUnit = UNITS[to.format];
    const effect = compatible ? `every timestamp that parsed before still parses` : fromUnit && toUnit && fromUnit !== toUnit ? `numbers are read as ${toUnit} instead of ${fromUnit}, so new rows get wrong times without any error` : `timestamps written for ${from.format} no longer parse, and those events are rejected`;
    items.push({
      severity: compatible ? "compatible" : "breaking",
      subject: "input",
      pointer: `${to.pointer}/format`,
      message: `The timestamp format changes from ${quote(from.format)} to ${quote(to.format)}: ${effect}.`,
      before: from.format,
      after: to.format
    });
  }
  return items;
}
function formatItems(base, head) {
  if (base.formatName !== head.formatName)
    return [
      {
        severity: "breaking",
        subject: "input",
        pointer: head.formatPointer,
        message: `The input format changes from ${base.formatName ?? "none"} to ${head.formatName ?? "none"}: events producers encode the old way no longer parse.`,
        before: base.formatName,
        after: head.formatName
      }
    ];
  const from = base.delimitedColumns?.names;
  const to = head.delimitedColumns;
  if (!from || !to || from.join("\0") === to.names.join("\0")) return [];
  const appended = from.every((name, index) => to.names[index] === name);
  return [
    {
      severity: appended ? "compatible" : "breaking",
      subject: "input",
      pointer: to.pointer,
      message: appended ? `New trailing ${head.formatName} columns are read (${to.names.slice(from.length).map(quote).join(", ")}); earlier positions keep their fields.` : `The ${head.formatName} columns change order or lose names: values producers write at a position now land in another field.`,
      before: from,
      after: to.names
    }
  ];
}

// src/diff/input-schema.ts
var NUMERIC_TEXT = "^\\s*[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?\\s*$";
var NUMBER = { type: ["number", "string", "null"], pattern: NUMERIC_TEXT };
var NUMERIC_TIMESTAMPS = /* @__PURE__ */ new Set(["posix", "millis", "micro", "nano", "ruby"]);
function timestampFormat(format) {
  const lower = format.toLowerCase();
  return lower === "iso" || lower === "auto" || NUMERIC_TIMESTAMPS.has(lower) ? lower : format;
}
function timestampSchema(format) {
  if (format === "auto") return { type: ["string", "number"], format };
  if (NUMERIC_TIMESTAMPS.has(format)) return { type: ["number", "string"], pattern: NUMERIC_TEXT, format };
  return { type: "string", format };
}
var NUMERIC_DIMENSIONS = /* @__PURE__ */ new Set(["long", "float", "double"]);
function inputSchema(effective) {
  const ingestion = readIngestion(effective);
  const locate = locator(ingestion);
  const transforms = new Map(ingestion.transforms.map((item) => [item.name, item]));
  const fields = /* @__PURE__ */ new Map();
  const read = (name, reader) => {
    if (name === "__time") return;
    if (transforms.has(name) && reader.kind !== "transform") return;
    const where = locate(name);
    if (!where) return;
    const key = where.path.join(".");
    const field = fields.get(key) ?? {
      path: where.path,
      readers: [],
      ...where.flatten && { flatten: where.flatten }
    };
    field.readers.push(reader);
    fields.set(key, field);
  };
  const timestamp = ingestion.timestamp;
  read(timestamp.column, {
    kind: "timestamp",
    name: timestamp.column,
    pointer: join(timestamp.pointer, "column"),
    numeric: false
  });
  for (const { name, value, pointer } of ingestion.dimensions) {
    const type = String(value.type ?? "string");
    const numeric = NUMERIC_DIMENSIONS.has(type) || type === "auto" && typeof value.castToType === "string" && /^(LONG|FLOAT|DOUBLE)$/i.test(value.castToType);
    const sources = type === "spatial" && Array.isArray(value.dims) ? value.dims.map(String) : [name];
    for (const source of sources) read(source, { kind: "dimension", name, pointer, numeric });
  }
  for (const { value, pointer } of ingestion.spatialDimensions)
    for (const source of Array.isArray(value.dims) ? value.dims.map(String) : [String(value.dimName)])
      read(source, { kind: "dimension", name: String(value.dimName), pointer, numeric: false });
  for (const { name, value, pointer } of ingestion.metrics) {
    const numericField = numericInput(value);
    if (numericField !== void 0) read(numericField, { kind: "metric", name, pointer, numeric: true });
    for (const source of metricInputs(value))
      if (source !== numericField) read(source, { kind: "metric", name, pointer, numeric: false });
  }
  for (const { name, value, pointer } of ingestion.transforms)
    for (const source of metricInputs(value))
      read(source, { kind: "transform", name, pointer, numeric: false });
  if (ingestion.filter)
    for (const source of metricInputs(ingestion.filter.value))
      read(source, {
        kind: "filter",
        name: "transformSpec.filter",
        pointer: ingestion.filter.pointer,
        numeric: false
      });
  const format = timestampFormat(timestamp.format);
  const timestampPath = locate(timestamp.column)?.path ?? [timestamp.column];
  const required = timestamp.missingValue === void 0;
  const discovery = discovers(ingestion);
  const schema = buildSchema(fields, timestampPath.join("."), timestampSchema(format), required, discovery);
  const columns = ingestion.format?.value.columns;
  const delimited = ["csv", "tsv"].includes(
    String(ingestion.format?.value.type ?? ingestion.format?.value.format)
  );
  return {
    schema: {
      $schema: "http://json-schema.org/draft-07/schema#",
      title: "Input events as the spec reads them",
      ...schema
    },
    fields,
    timestamp: { path: timestampPath, format, required, pointer: timestamp.pointer },
    formatName: ingestion.formatName,
    formatPointer: ingestion.format?.pointer ?? "/spec/ioConfig/inputFormat",
    ...delimited && Array.isArray(columns) && {
      delimitedColumns: {
        names: columns.map(String),
        pointer: join(ingestion.format?.pointer ?? "", "columns")
      }
    },
    discovery
  };
}
function numericInput(aggregator) {
  const inner = aggregator.type === "filtered" && isPlainObject(aggregator.aggregator) ? aggregator.aggregator : aggregator;
  return metricType(inner).numericInput && typeof inner.fieldName === "string" ? inner.fieldName : void 0;
}
function discovers(ingestion) {
  const spec = ingestion.dimensionsSpec.value;
  const listed = ingestion.dimensions.length + ingestion.spatialDimensions.length;
  return spec.useSchemaDiscovery === true || spec.includeAllDimensions === true || listed === 0;
}
function locator(ingestion) {
  const flatten = ingestion.flattenSpec;
  const list2 = flatten && Array.isArray(flatten.value.fields) ? flatten.value.fields : [];
  const byName = /* @__PURE__ */ new Map();
  list2.forEach((item, index) => {
    if (!isPlainObject(item) || typeof item.name !== "string") return;
    const path = flattenPath(item);
    byName.set(item.name, {
      path,
      flatten: { pointer: join(flatten?.pointer ?? "", "fields", index), name: item.name }
    });
  });
  const discovery = flatten?.value.useFieldDiscovery !== false;
  return (name) => byName.get(name) ?? (discovery ? { path: [name] } : void 0);
}
function flattenPath(field) {
  const expr = typeof field.expr === "string" && field.expr !== "" ? field.expr : String(field.name);
  switch (field.type) {
    case "tree":
      return Array.isArray(field.nodes) ? field.nodes.map(String) : [String(field.name)];
    case "path":
      return keyPath(expr, /^\$/) ?? [expr];
    case "jq":
      return keyPath(expr, /^(?=\.)/) ?? [expr];
    default:
      return [expr];
  }
}
var KEY_STEP = /^(?:\.([A-Za-z_$][\w$-]*)|\[\s*'([^']*)'\s*\]|\[\s*"([^"]*)"\s*\])/;
function keyPath(expr, root) {
  const start = root.exec(expr);
  if (!start) return void 0;
  let rest = expr.slice(start[0].length);
  const path = [];
  while (rest !== "") {
    const step = KEY_STEP.exec(rest);
    if (!step) return void 0;
    path.push(step[1] ?? step[2] ?? step[3]);
    rest = rest.slice(step[0].length);
  }
  return path.length > 0 ? path : void 0;
}
function buildSchema(fields, timestampKey, timestamp, required, discovery) {
  const root = { children: /* @__PURE__ */ new Map(), required: false };
  for (const [key, field] of fields) {
    let node = root;
    for (const step of field.path) {
      const child = node.children.get(step) ?? { children: /* @__PURE__ */ new Map(), required: false };
      node.children.set(step, child);
      node = child;
    }
    const isTimestamp = key === timestampKey;
    node.leaf = isTimestamp ? timestamp : field.readers.some((reader) => reader.numeric) ? NUMBER : {};
    if (isTimestamp && required) markRequired(root, field.path);
  }
  return toSchema(root, discovery);
}
function markRequired(root, path) {
  let node = root;
  for (const step of path) {
    node = node.children.get(step);
    node.required = true;
  }
}
function toSchema(node, discovery) {
  const properties = {};
  for (const [key, child] of node.children)
    properties[key] = child.leaf ?? { type: "object", ...toSchema(child, false) };
  const required = [...node.children].filter(([, child]) => child.required).map(([key]) => key);
  return {
    type: "object",
    properties,
    additionalProperties: discovery ? {} : false,
    ...required.length > 0 && { required }
  };
}

// src/diff/schema-compat.ts
async function classifySchemaChange(base, head) {
  if (!base) return { overall: "compatible", items: [] };
  const before = datasourceSchema(base, [storedGranularity(head)]);
  const after = datasourceSchema(head, [storedGranularity(base)]);
  if (before.dataSource !== after.dataSource) return { overall: "compatible", items: [] };
  const inputBefore = inputSchema(base);
  const inputAfter = inputSchema(head);
  const differences = await setDifferences({
    columns: [before.columnsSchema, after.columnsSchema],
    input: [inputBefore.schema, inputAfter.schema]
  });
  const columns = columnItems(
    before,
    after,
    differences.columns,
    keywordChanges(before.schema, after.schema)
  );
  const input = inputItems({
    base: inputBefore,
    head: inputAfter,
    difference: differences.input,
    keywords: keywordChanges(inputBefore.schema, inputAfter.schema),
    reportedColumns: columns.reported,
    discoveryReported: before.discovery !== after.discovery
  });
  const items = [...columns.items, ...input];
  const breaking = items.filter((item) => item.severity === "breaking");
  return {
    overall: breaking.length > 0 ? "breaking" : items.length > 0 ? "compatible" : "unchanged",
    items: [...breaking, ...items.filter((item) => item.severity === "compatible")]
  };
}

// src/diff/plan.ts
async function planChanges(input) {
  const { config } = input;
  const folders = input.segmentFolders;
  const isSpec = (file) => !folders || segmentKindOf(file.path, folders) === void 0;
  const read = (files) => markDuplicateIds(
    files.filter(isSpec).map((file) => readSpec(file.path, file.bytes, config.druidVersion))
  );
  const sides = folders ? readSegmentSides(input.base, input.head, folders, config.druidVersion) : { base: [], head: [] };
  const segments = { base: segmentsFor(sides.base), head: segmentsFor(sides.head) };
  const base = bySupervisor(read(input.base), config);
  const headSpecs = read(input.head);
  const head = bySupervisor(headSpecs, config);
  const unreadable = headSpecs.filter((spec) => !spec.supervisorId || head.get(spec.supervisorId)?.spec !== spec).map((spec) => checkFile(spec, config));
  const ids = [.../* @__PURE__ */ new Set([...head.keys(), ...base.keys()])].sort();
  const supervisors = await Promise.all(
    ids.map((id) => planSupervisor(id, base.get(id), head.get(id), input, segments))
  );
  const plan = { supervisors, unreadable, druidVersion: config.druidVersion };
  if (sides.base.length + sides.head.length === 0) return plan;
  const byDataSource = (sidesOf) => {
    const groups2 = /* @__PURE__ */ new Map();
    for (const entry of sidesOf) {
      const dataSource = viewSupervisor(entry[1].value).dataSchema?.dataSource;
      const group = groups2.get(dataSource);
      if (group) group.push(entry);
      else groups2.set(dataSource, [entry]);
    }
    return groups2;
  };
  const groups = { head: byDataSource(head), base: byDataSource(base) };
  const feeding = (sidesOf, of, dataSource) => (sidesOf.get(dataSource) ?? []).map(([id, side]) => {
    const live = input.live?.get(id);
    const datasource = of(side.value);
    return crossCheckFindings(
      checkFile(side.spec, config, {
        ...datasource ? { segments: datasource } : {},
        ...live ? { live: live.facts } : {}
      })
    );
  });
  plan.segments = planSegments(sides, config, (dataSource) => ({
    head: feeding(groups.head, segments.head, dataSource),
    base: feeding(groups.base, segments.base, dataSource)
  }));
  return plan;
}
async function planSupervisor(id, before, after, input, segments) {
  const { config } = input;
  const live = input.live?.get(id);
  const headSegments = after ? segments.head(after.value) : void 0;
  const baseSegments = before ? segments.base(before.value) : void 0;
  const findings = after ? checkFile(after.spec, config, {
    base: before ? { status: "existing", value: before.value, view: viewSupervisor(before.value) } : { status: "new" },
    ...live ? { live: live.facts } : {},
    ...headSegments ? { segments: headSegments } : {}
  }).findings : [];
  const baseFindings = before && after ? checkFile(before.spec, config, baseSegments ? { segments: baseSegments } : {}).findings : [];
  const preexisting = new Set(baseFindings.filter((finding) => finding.severity !== "error").map(findingKey));
  const counted2 = findings.filter((finding) => !preexisting.has(findingKey(finding)));
  const changes = after && before ? diffSpecs(before.effective, after.effective) : [];
  const schema = after ? await classifySchemaChange(before?.effective, after.effective) : { overall: "unchanged", items: [] };
  const impacts = mergeImpact(before?.effective, after?.effective, { druidVersion: config.druidVersion });
  return {
    id,
    action: actionOf(before, after, changes),
    file: (after ?? before)?.spec.path ?? id,
    ...before && after && before.spec.path !== after.spec.path ? { previousFile: before.spec.path } : {},
    changes,
    schema,
    impacts,
    findings,
    preexisting: findings.map(findingKey).filter((key) => preexisting.has(key)),
    verdict: supervisorVerdict({ findings: counted2, schema, impacts }),
    ...after ? { headHash: specHash(after.effective) } : {},
    ...live ? { live } : {}
  };
}
function findingKey(finding) {
  return `${finding.rule} ${finding.pointer}`;
}
function actionOf(before, after, changes) {
  if (!before) return "create";
  if (!after) return "delete";
  if (before.spec.path !== after.spec.path) return "rename";
  return changes.length > 0 ? "update" : "noop";
}
function bySupervisor(specs, config) {
  const sides = /* @__PURE__ */ new Map();
  for (const spec of specs) {
    if (!spec.supervisorId || !spec.document || sides.has(spec.supervisorId)) continue;
    const value = canonicalLayout(spec.document.value);
    sides.set(spec.supervisorId, {
      spec,
      value,
      effective: normalizeSpec(value, { druidVersion: config.druidVersion })
    });
  }
  return sides;
}
function changedIds(plan) {
  return plan.supervisors.filter((supervisor) => supervisor.action !== "noop").map((supervisor) => supervisor.id);
}

// src/sample/sample-plan.ts
var LINE_FORMATS = /* @__PURE__ */ new Set(["json", "csv", "tsv", "regex"]);
function mergedOf(specs) {
  const connections = [];
  const inputFormats = [];
  for (const spec of specs) {
    const io = viewSupervisor(spec).ioConfig;
    if (!io) continue;
    connections.push(connectionOf(io));
    if (isPlainObject(io.inputFormat)) inputFormats.push(io.inputFormat);
  }
  return { connections, inputFormats };
}
function planSample(head, base, merged) {
  const after = viewSupervisor(head);
  const before = base ? viewSupervisor(base) : void 0;
  const io = after.ioConfig;
  if (!after.dataSchema || !io) return none("the spec has no dataSchema or ioConfig");
  if (mentionsJavaScript(head) || base && mentionsJavaScript(base))
    return none("the spec uses JavaScript, which the review never sends to Druid");
  if (!isPlainObject(io.inputFormat))
    return none(
      "the spec has no ioConfig.inputFormat (specs with the legacy dataSchema.parser are not sampled)"
    );
  if (typeof io.topic !== "string" && typeof io.topicPattern !== "string")
    return none("the spec names no topic");
  if (!isPlainObject(io.consumerProperties)) return none("the spec has no consumerProperties");
  const connection = connectionOf(io);
  if (!merged.connections.some((known) => deepEqual(known, connection)))
    return none(
      "its Kafka connection (consumerProperties, configOverrides) is not one a supervisor on the base branch uses, and the review only sends connections already merged"
    );
  const source = {
    topic: io.topic,
    topicPattern: io.topicPattern,
    consumerProperties: io.consumerProperties,
    ...io.configOverrides === void 0 ? {} : { configOverrides: io.configOverrides }
  };
  const headFormat = io.inputFormat;
  const baseFormat = before?.ioConfig?.inputFormat;
  const baseParser = before?.dataSchema && isPlainObject(baseFormat) ? { dataSchema: before.dataSchema, inputFormat: baseFormat } : void 0;
  if (replayable(headFormat) && (!baseParser || replayable(baseParser.inputFormat)))
    return {
      method: "replay",
      source,
      head: { dataSchema: after.dataSchema, inputFormat: headFormat },
      ...baseParser ? { base: baseParser } : {}
    };
  if (!merged.inputFormats.some((known) => deepEqual(known, headFormat)))
    return none(
      `its ${describeFormat(headFormat)} input format cannot be replayed as text, and the review sends such a format to the topic only when a supervisor on the base branch already uses it`
    );
  return {
    method: "live",
    source,
    head: { dataSchema: after.dataSchema, ioConfig: io },
    ...before?.dataSchema && before.ioConfig ? { base: { dataSchema: before.dataSchema, ioConfig: before.ioConfig } } : {}
  };
}
var HARMLESS = /* @__PURE__ */ new Set([
  "group.id",
  "client.id",
  "client.rack",
  "max.poll.records",
  "max.poll.interval.ms",
  "max.partition.fetch.bytes",
  "fetch.min.bytes",
  "fetch.max.bytes",
  "fetch.max.wait.ms",
  "isolation.level",
  "auto.offset.reset",
  "enable.auto.commit",
  "session.timeout.ms",
  "heartbeat.interval.ms",
  "request.timeout.ms",
  "default.api.timeout.ms",
  "metadata.max.age.ms",
  "receive.buffer.bytes",
  "retry.backoff.ms",
  "reconnect.backoff.ms",
  "reconnect.backoff.max.ms"
]);
function connectionOf(io) {
  const properties = isPlainObject(io.consumerProperties) ? io.consumerProperties : {};
  return {
    consumerProperties: Object.fromEntries(
      Object.entries(properties).filter(
        ([key, value]) => !(HARMLESS.has(key) && (typeof value === "string" || typeof value === "number"))
      )
    ),
    configOverrides: io.configOverrides ?? null
  };
}
function replayable(format) {
  if (!LINE_FORMATS.has(String(format.type))) return false;
  const skip = Number(format.skipHeaderRows ?? 0);
  return format.findColumnsFromHeader !== true && !(skip > 0);
}
function mentionsJavaScript(value) {
  if (Array.isArray(value)) return value.some(mentionsJavaScript);
  if (!isPlainObject(value)) return false;
  if (typeof value.type === "string" && value.type.toLowerCase() === "javascript") return true;
  return Object.values(value).some(mentionsJavaScript);
}
function describeFormat(format) {
  return typeof format.type === "string" ? `"${format.type}"` : "untyped";
}
function none(reason2) {
  return { method: "none", reason: reason2 };
}

// src/sample/compare-samples.ts
function observeSamples(head, base, { readsFromEarliest = false } = {}) {
  if (head.read === 0) return [{ kind: "no-rows", level: "info" }];
  const observations = [];
  const rows = (pick, of) => ({
    head: pick(head),
    of: of(head),
    ...base ? { base: pick(base), baseOf: of(base) } : {}
  });
  const read = (stats) => stats.read;
  const withColumns = (stats) => stats.rowsWithColumns;
  if (head.unparseable > 0 && head.ingested === 0)
    observations.push({ kind: "all-unparseable", level: "warning", ...rows((s) => s.unparseable, read) });
  else if (head.unparseable > 0 || (base?.unparseable ?? 0) > 0)
    observations.push(
      counted(
        "unparseable",
        rows((s) => s.unparseable, read)
      )
    );
  if (head.columnErrors > 0 || (base?.columnErrors ?? 0) > 0)
    observations.push(
      counted(
        "column-errors",
        rows((s) => s.columnErrors, read)
      )
    );
  if (head.filtered !== void 0 && (head.filtered > 0 || (base?.filtered ?? 0) > 0))
    observations.push(
      counted(
        "filtered",
        rows((s) => s.filtered ?? 0, read)
      )
    );
  for (const column of head.columns) {
    const before = base?.columns.find((candidate) => candidate.name === column.name);
    const allNull = head.rowsWithColumns > 0 && column.nulls === head.rowsWithColumns;
    const changed = before !== void 0 && share(before.nulls, base?.rowsWithColumns) !== share(column.nulls, head.rowsWithColumns);
    if (!allNull && !changed) continue;
    const wasAllNull = before !== void 0 && before.nulls === base?.rowsWithColumns;
    observations.push({
      kind: "null-column",
      level: column.nulls > (before?.nulls ?? 0) && !wasAllNull ? "warning" : "info",
      column: column.name,
      head: column.nulls,
      of: head.rowsWithColumns,
      ...before && base ? { base: before.nulls, baseOf: base.rowsWithColumns } : {},
      ...base && !before ? { added: true } : {}
    });
  }
  if (head.unusedFields.length > 0) {
    const before = new Set(base?.unusedFields ?? []);
    observations.push({
      kind: "unused-fields",
      level: "info",
      fields: head.unusedFields,
      newly: base ? head.unusedFields.filter((field) => !before.has(field)) : []
    });
  }
  for (const kind of ["late", "early", "outside-intervals"]) {
    const key = kind === "outside-intervals" ? "outsideIntervals" : kind;
    const counts2 = rows((s) => s.time[key], withColumns);
    if (counts2.head === 0 && (counts2.base ?? 0) === 0) continue;
    const observation = counted(kind, counts2);
    if (kind !== "outside-intervals" && !readsFromEarliest) observation.level = "info";
    observations.push(observation);
  }
  return observations.sort((a, b) => a.level === b.level ? 0 : a.level === "warning" ? -1 : 1);
}
function counted(kind, counts2) {
  const worse = counts2.base === void 0 ? counts2.head > 0 : share(counts2.head, counts2.of) > share(counts2.base, counts2.baseOf);
  return { kind, level: worse ? "warning" : "info", ...counts2 };
}
function share(count, of) {
  return of ? count / of : 0;
}

// src/sample/mask-values.ts
var MASK = "\u2026";
var STRUCTURE = /* @__PURE__ */ new Set(["row", "event", "timestamp", "dimensions"]);
var CLOSE = { "[": "]", "{": "}" };
var CONVERT = /^(\s*Could not convert value \[)([\s\S]*)(\] to \w+ for dimension \[)([^\]]*)(\]\.?\s*)$/;
function maskValues(message, names) {
  return new Masker(message, names).text();
}
var Masker = class _Masker {
  constructor(source, names) {
    this.source = source;
    this.names = names;
  }
  source;
  names;
  at = 0;
  text() {
    let out = "";
    while (this.at < this.source.length) {
      const char = this.source[this.at];
      if (char === "[" || char === "{") {
        this.at++;
        const inner = this.group(CLOSE[char]);
        out += `${char}${this.maskGroup(inner.content)}${inner.closed ? CLOSE[char] : ` ${MASK}`}`;
      } else if (char === '"' || char === "'") {
        const end = this.source.indexOf(char, this.at + 1);
        out += `${char}${MASK}${end < 0 ? "" : char}`;
        this.at = end < 0 ? this.source.length : end + 1;
      } else {
        out += char;
        this.at++;
      }
    }
    return out;
  }
  /** The raw text up to the matching close (nesting counted), or to the end when Druid cut it. */
  group(close) {
    const start = this.at;
    const stack = [close];
    while (this.at < this.source.length) {
      const char = this.source[this.at];
      if (char === "[" || char === "{") stack.push(CLOSE[char]);
      else if (char === stack[stack.length - 1]) {
        stack.pop();
        if (stack.length === 0) {
          const content = this.source.slice(start, this.at);
          this.at++;
          return { content, closed: true };
        }
      }
      this.at++;
    }
    return { content: this.source.slice(start), closed: false };
  }
  maskGroup(content) {
    const trimmed = content.trim();
    if (trimmed === "" || trimmed === "null" || this.names.has(trimmed)) return content;
    const parts = splitTopLevel(content);
    if (parts.length > 1 && parts.every((part) => this.names.has(part.trim()))) return content;
    if (parts.every((part) => CONVERT.test(part)))
      return parts.map((part) => this.maskConversion(part)).join(",");
    if (!parts.some((part) => /^[^=[\]{}]+=/.test(part.trim()))) return this.maskValue(content);
    return this.maskMap(parts);
  }
  maskConversion(part) {
    const [, before = "", , middle = "", dimension = "", after = ""] = CONVERT.exec(part) ?? [];
    return `${before}${MASK}${middle}${this.names.has(dimension) ? dimension : MASK}${after}`;
  }
  /** `k=v, k2=v2` (Java's map printing): keys kept when known, each value masked. */
  maskMap(parts) {
    const pairs = [];
    for (const part of parts) {
      const match = /^\s*([^=[\]{}]+)=([\s\S]*)$/.exec(part);
      if (!match) continue;
      const key = match[1].trim();
      const shownKey = this.names.has(key) || STRUCTURE.has(key) ? key : MASK;
      pairs.push(`${shownKey}=${this.maskValue(match[2])}`);
    }
    return pairs.join(", ");
  }
  /** A value: a nested group keeps its shape (a type name before it is kept), anything else is masked. */
  maskValue(value) {
    const nested = /^\s*([A-Za-z][\w$.]*)?([[{])([\s\S]*)$/.exec(value);
    if (nested) {
      const [, typeName = "", open, rest = ""] = nested;
      const inner = new _Masker(`${open}${rest}`, this.names).text();
      return `${typeName}${inner}`;
    }
    const trimmed = value.trim();
    if (trimmed === "null" || this.names.has(trimmed)) return trimmed;
    return trimmed.endsWith("...") ? `${MASK}...` : MASK;
  }
};
function splitTopLevel(text) {
  const parts = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === "[" || char === "{") depth++;
    else if ((char === "]" || char === "}") && depth > 0) depth--;
    else if (char === "," && depth === 0) {
      parts.push(text.slice(start, index));
      start = index + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

// src/sample/sample-stats.ts
var ERRORS_KEPT = 5;
var MESSAGE_LENGTH = 300;
var EXAMPLES = 3;
function sampleStats(answer, context) {
  const rows = answer.data;
  const unparseable = rows.filter((row) => row.unparseable === true && !row.parsed).length;
  const parsed = rows.flatMap((row) => row.parsed ? [row.parsed] : []);
  const names = knownNames(rows, answer, context.dataSchema);
  const filtered = context.fed === void 0 ? void 0 : Math.max(0, context.fed - answer.numRowsRead);
  return {
    read: context.fed ?? answer.numRowsRead,
    ingested: Math.max(0, answer.numRowsRead - unparseable),
    unparseable,
    columnErrors: rows.filter((row) => row.unparseable === true && row.parsed).length,
    ...filtered === void 0 ? {} : { filtered },
    errors: distinctErrors(rows, (message) => context.showValues ? message : maskValues(message, names)),
    rowsWithColumns: parsed.length,
    columns: answer.logicalDimensions.map(({ name, type }) => ({
      name,
      type,
      nulls: parsed.filter((row) => isNullish(row[name])).length
    })),
    unusedFields: unusedFields(rows, context.dataSchema, context.ioConfig),
    time: sampledTimes(parsed, context),
    ...context.showValues ? { examples: parsed.slice(0, EXAMPLES).map((row) => redactSpec(row)) } : {}
  };
}
function isNullish(value) {
  return value === null || value === void 0 || Array.isArray(value) && value.length === 0;
}
function distinctErrors(rows, show2) {
  const counts2 = /* @__PURE__ */ new Map();
  for (const row of rows) {
    if (row.unparseable !== true) continue;
    const message = show2((row.error ?? "unparseable (Druid gave no message)").replace(/ \(Line: \d+\)$/, ""));
    counts2.set(message, (counts2.get(message) ?? 0) + 1);
  }
  return [...counts2].slice(0, ERRORS_KEPT).map(([message, count]) => ({ message: truncate(message), rows: count }));
}
function truncate(text) {
  return text.length > MESSAGE_LENGTH ? `${text.slice(0, MESSAGE_LENGTH - 1)}\u2026` : text;
}
function knownNames(rows, answer, dataSchema) {
  const names = new Set(answer.logicalSegmentSchema.map((column) => column.name));
  for (const row of rows) if (row.input) for (const key of Object.keys(row.input)) names.add(key);
  for (const name of specColumns(dataSchema)) names.add(name);
  return names;
}
function specColumns(dataSchema) {
  const names = [];
  const timestamp = object(dataSchema.timestampSpec);
  if (typeof timestamp.column === "string") names.push(timestamp.column);
  const dimensions = object(dataSchema.dimensionsSpec);
  for (const dimension of list(dimensions.dimensions))
    names.push(...strings(typeof dimension === "string" ? dimension : object(dimension).name));
  names.push(...list(dimensions.dimensionExclusions).flatMap(strings));
  for (const metric of list(dataSchema.metricsSpec).map(object))
    names.push(
      ...strings(metric.name),
      ...strings(metric.fieldName),
      ...list(metric.fieldNames).flatMap(strings)
    );
  for (const transform of list(object(dataSchema.transformSpec).transforms).map(object))
    names.push(...strings(transform.name));
  return names;
}
function unusedFields(rows, dataSchema, ioConfig) {
  const dimensions = object(dataSchema.dimensionsSpec);
  if (dimensions.useSchemaDiscovery === true || dimensions.includeAllDimensions === true) return [];
  if (list(dimensions.dimensions).length === 0) return [];
  const used = new Set(specColumns(dataSchema));
  const mentions = JSON.stringify([
    dataSchema.transformSpec ?? null,
    dataSchema.metricsSpec ?? null,
    object(ioConfig.inputFormat).flattenSpec ?? null
  ]);
  const seen = /* @__PURE__ */ new Set();
  for (const row of rows) if (row.input) for (const key of Object.keys(row.input)) seen.add(key);
  return [...seen].filter((field) => !used.has(field) && !mentioned(mentions, field)).sort();
}
function mentioned(text, field) {
  const escaped = field.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(^|[^\\w])${escaped}([^\\w]|$)`).test(text);
}
function sampledTimes(parsed, context) {
  const times = parsed.map((row) => row.__time).filter((time) => typeof time === "number");
  const io = context.ioConfig;
  const lateStart = dateTimeMillis(io.lateMessageRejectionStartDateTime);
  const latePeriod = millisOf(io.lateMessageRejectionPeriod);
  const earlyPeriod = millisOf(io.earlyMessageRejectionPeriod);
  const taskDuration = millisOf(io.taskDuration) ?? 36e5;
  const lateBefore = Math.max(
    lateStart ?? -Infinity,
    latePeriod === void 0 ? -Infinity : context.now - latePeriod
  );
  const earlyAfter = earlyPeriod === void 0 ? Infinity : context.now + taskDuration + earlyPeriod;
  const intervals = list(object(context.dataSchema.granularitySpec).intervals).flatMap(interval);
  return {
    ...times.length > 0 ? { min: Math.min(...times), max: Math.max(...times) } : {},
    late: times.filter((time) => time < lateBefore).length,
    early: times.filter((time) => time > earlyAfter).length,
    outsideIntervals: intervals.length === 0 ? 0 : times.filter((time) => !intervals.some(([start, end]) => time >= start && time < end)).length
  };
}
function millisOf(value) {
  if (typeof value === "number") return value;
  return typeof value === "string" ? periodToMillis(value) : void 0;
}
function interval(value) {
  if (typeof value !== "string") return [];
  const [start, end] = value.split("/").map((part) => dateTimeMillis(part));
  return start === void 0 || end === void 0 ? [] : [[start, end]];
}
function object(value) {
  return isPlainObject(value) ? value : {};
}
function list(value) {
  return Array.isArray(value) ? value : [];
}
function strings(value) {
  return typeof value === "string" ? [value] : [];
}

// src/sample/sampler-requests.ts
var WHOLE_RECORD_FORMAT = {
  type: "regex",
  pattern: "([\\s\\S]*)",
  // A value no record contains, so a record is never split into a multi-value.
  listDelimiter: "56616469-6de2-9da4-efb8-8f416e6e6965",
  columns: ["raw"]
};
var RAW_COLUMN = "raw";
function captureRequest(source, config) {
  return {
    type: "kafka",
    spec: {
      type: "kafka",
      spec: {
        dataSchema: {
          dataSource: "druid-gitops-sample",
          // No row has this column, so every record gets the missing value and none is unparseable.
          timestampSpec: { column: "!!!_no_such_column_!!!", missingValue: "1970-01-01T00:00:00Z" },
          dimensionsSpec: {},
          granularitySpec: { rollup: false }
        },
        ioConfig: {
          ...topicOf(source),
          consumerProperties: boundedConsumer(source.consumerProperties, config.timeoutMs),
          ...source.configOverrides === void 0 ? {} : { configOverrides: source.configOverrides },
          inputFormat: WHOLE_RECORD_FORMAT,
          useEarliestOffset: true
        },
        tuningConfig: { type: "kafka" }
      }
    },
    samplerConfig: config
  };
}
function replayRequest(dataSchema, inputFormat2, records, timeoutMs) {
  return {
    type: "index",
    spec: {
      type: "index",
      dataSchema,
      ioConfig: { type: "index", inputSource: { type: "inline", data: records.join("\n") }, inputFormat: inputFormat2 }
    },
    // Every record is read: the filter's drops do not count towards numRows.
    samplerConfig: { numRows: Math.max(1, records.length), timeoutMs }
  };
}
function liveRequest(dataSchema, ioConfig, source, config) {
  return {
    type: "kafka",
    spec: {
      type: "kafka",
      spec: {
        dataSchema,
        ioConfig: {
          ...ioConfig,
          ...topicOf(source),
          consumerProperties: boundedConsumer(source.consumerProperties, config.timeoutMs),
          useEarliestOffset: true
        },
        tuningConfig: { type: "kafka" }
      }
    },
    samplerConfig: config
  };
}
function topicOf(source) {
  return source.topicPattern !== void 0 && source.topicPattern !== null ? { topicPattern: source.topicPattern } : { topic: source.topic };
}
function boundedConsumer(properties, timeoutMs) {
  const given = Number(properties["default.api.timeout.ms"]);
  const bound = Number.isFinite(given) && given > 0 ? Math.min(given, timeoutMs) : timeoutMs;
  return { ...properties, "default.api.timeout.ms": String(bound) };
}
function capturedRecords(rows) {
  return rows.flatMap((row) => {
    const raw = isPlainObject(row.input) ? row.input[RAW_COLUMN] : void 0;
    return typeof raw === "string" ? [raw] : [];
  });
}

// src/sample/sample-supervisors.ts
var CONCURRENCY = 8;
var MARGIN_MS = 15e3;
async function sampleSupervisors(targets, merged, client, settings, now) {
  const supervisors = await inParallel(targets, CONCURRENCY, async (target) => {
    const secrets = collectSecrets([target.head, target.base ?? null]);
    let sample;
    try {
      sample = await sampleOne(target, planSample(target.head, target.base, merged), client, settings, now);
    } catch (error) {
      sample = failed(target.id, error, settings.showValues ? void 0 : /* @__PURE__ */ new Set());
    }
    return redactStrings(sample, secrets);
  });
  return { settings, supervisors };
}
async function sampleOne(target, plan, client, settings, now) {
  const { id } = target;
  if (plan.method === "none") return { id, outcome: "not-sampled", reason: plan.reason };
  const config = { numRows: settings.rows, timeoutMs: settings.timeoutMs };
  const call = { timeoutMs: settings.timeoutMs + MARGIN_MS };
  const topic = String(plan.source.topicPattern ?? plan.source.topic);
  const stats = (answer, dataSchema, ioConfig, fed) => sampleStats(answer, {
    dataSchema,
    ioConfig,
    now,
    showValues: settings.showValues,
    ...fed === void 0 ? {} : { fed }
  });
  try {
    if (plan.method === "replay") {
      const capture = await client.sample(captureRequest(plan.source, config), call);
      const records = capturedRecords(capture.data);
      const ioOf = (spec) => viewSupervisor(spec ?? {}).ioConfig ?? {};
      if (records.length === 0) {
        const empty = emptyStats();
        return sampled(target, "replay", topic, empty, target.base ? empty : void 0);
      }
      const replay = (parser) => client.sample(
        replayRequest(parser.dataSchema, parser.inputFormat, records, settings.timeoutMs),
        call
      );
      const [head2, base2] = await Promise.all([replay(plan.head), plan.base ? replay(plan.base) : void 0]);
      return sampled(
        target,
        "replay",
        topic,
        stats(head2, plan.head.dataSchema, ioOf(target.head), records.length),
        base2 && plan.base ? stats(base2, plan.base.dataSchema, ioOf(target.base), records.length) : void 0
      );
    }
    const live = (spec) => client.sample(liveRequest(spec.dataSchema, spec.ioConfig, plan.source, config), call);
    const [head, base] = await Promise.all([live(plan.head), plan.base ? live(plan.base) : void 0]);
    return sampled(
      target,
      "live",
      topic,
      stats(head, plan.head.dataSchema, plan.head.ioConfig),
      base && plan.base ? stats(base, plan.base.dataSchema, plan.base.ioConfig) : void 0
    );
  } catch (error) {
    return failed(id, error, settings.showValues ? void 0 : /* @__PURE__ */ new Set([topic, "earliest", "latest"]));
  }
}
function sampled(target, method, topic, head, base) {
  const readsFromEarliest = !target.base && viewSupervisor(target.head).ioConfig?.useEarliestOffset === true;
  return {
    id: target.id,
    outcome: "sampled",
    method,
    topic,
    head,
    ...base ? { base } : {},
    observations: observeSamples(head, base, { readsFromEarliest })
  };
}
function emptyStats() {
  return {
    read: 0,
    ingested: 0,
    unparseable: 0,
    columnErrors: 0,
    errors: [],
    rowsWithColumns: 0,
    columns: [],
    unusedFields: [],
    time: { late: 0, early: 0, outsideIntervals: 0 }
  };
}
function failed(id, error, maskWith) {
  const druid = error instanceof DruidError ? error : void 0;
  const text = druid ? druid.message : `sampling failed unexpectedly: ${String(error?.message ?? error)}`;
  const message = maskWith ? maskValues(text, maskWith) : text;
  const hint = druid?.kind === "forbidden" ? ' The sampler needs STATE WRITE (and, with druid.auth.enableInputSourceSecurity, EXTERNAL READ on "kafka" and "inline"); see docs/sampling.md.' : "";
  return {
    id,
    outcome: "failed",
    reason: `${message}${hint}`,
    ...druid?.status === void 0 ? {} : { status: druid.status }
  };
}

// src/diff/retention-impact.ts
function retentionImpact(current, proposed, defaults, segments, now) {
  const dropped = [];
  let restored = 0;
  let unknown = 0;
  for (const segment of segments) {
    const before = keepsSegment(current, defaults, segment.interval, now);
    const after = keepsSegment(proposed, defaults, segment.interval, now);
    if (before === void 0 || after === void 0) unknown++;
    else if (before && !after) dropped.push(segment);
    else if (!before && after) restored++;
  }
  dropped.sort((a, b) => a.interval.start - b.interval.start);
  return { checked: segments.length, dropped, restored, unknown };
}
function usedSegments(segments) {
  return segments.flatMap((segment) => {
    if (segment === null || typeof segment !== "object") return [];
    const { interval: interval3, size } = segment;
    const parsed = parseInterval(interval3);
    if (!parsed) return [];
    return [{ interval: parsed, ...typeof size === "number" ? { size } : {} }];
  });
}
function describeRetentionImpact(impact, against) {
  const parts = [];
  if (impact.dropped.length === 0) {
    parts.push(`Dry run: drops none of the ${plural(impact.checked, "used segment")} that ${against} keep`);
  } else {
    const bytes = impact.dropped.reduce((sum, segment) => sum + (segment.size ?? 0), 0);
    const first = impact.dropped[0];
    const last = impact.dropped[impact.dropped.length - 1];
    parts.push(
      `Dry run: would drop ${impact.dropped.length} of ${plural(impact.checked, "used segment")} (${readableBytes(bytes)}) that ${against} keep, ` + (impact.dropped.length === 1 ? `interval ${interval2(first.interval)}` : `from ${interval2(first.interval)} to ${interval2(last.interval)}`)
    );
  }
  if (impact.restored > 0)
    parts.push(`${plural(impact.restored, "segment")} they drop would be loaded again`);
  if (impact.unknown > 0)
    parts.push(`${plural(impact.unknown, "segment")} could not be judged (a rule cannot be read)`);
  return `${parts.join("; ")}.`;
}
function interval2({ start, end }) {
  return `${new Date(start).toISOString()}/${new Date(end).toISOString()}`;
}
function readableBytes(bytes) {
  const units = ["B", "KiB", "MiB", "GiB", "TiB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${unit === 0 ? value : value.toFixed(1)} ${units[unit]}`;
}

// src/flows/review-segments.ts
async function withRetentionImpacts(plans, proposed, client, now) {
  return Promise.all(
    plans.map(async (plan) => {
      if (plan.kind !== "retention" || plan.action !== "create" && plan.action !== "update") return plan;
      const rules = proposed(plan);
      if (!rules) return plan;
      if (!client)
        return {
          ...plan,
          impact: "Dry run not possible: no cluster was given, so which segments these rules would drop is not known."
        };
      return { ...plan, impact: await impactLine(plan.dataSource, rules, client, now) };
    })
  );
}
async function impactLine(dataSource, rules, client, now) {
  try {
    const [metadata, current, defaults] = await Promise.all([
      client.getDatasourceMetadata(dataSource),
      client.getRetentionRules(dataSource),
      client.getRetentionRules(DEFAULT_RULES_NAME).catch(() => [...SHIPPED_DEFAULT_RULES])
    ]);
    if (!metadata || metadata.segments.length === 0)
      return "Dry run: the datasource has no used segments on the cluster, so nothing would be dropped now.";
    const against = current.length > 0 ? "the rules in force" : "the cluster's _default rules (the datasource has none)";
    const impact = retentionImpact(
      current,
      rules,
      defaults.length > 0 ? defaults : SHIPPED_DEFAULT_RULES,
      usedSegments(metadata.segments),
      now
    );
    return describeRetentionImpact(impact, against);
  } catch (error) {
    return `Dry run not possible: the cluster's segments or rules could not be read (${error.message}).`;
  }
}

// src/flows/review.ts
async function runReview(input) {
  if (!input.client) {
    const notes = resolveRelease(input.config, void 0).notes;
    return {
      plan: await withImpacts(await planChanges(input), input, void 0),
      ...notes.length > 0 ? { cluster: notes.join(" ") } : {}
    };
  }
  const answer = await askRelease(input.client);
  if ("error" in answer) {
    const cluster2 = [
      `The live cluster could not be reached (${answer.error}); the review is based on git alone.`,
      ...resolveRelease(input.config, void 0).notes
    ].join(" ");
    return { plan: await withImpacts(await planChanges(input), input, void 0), cluster: cluster2 };
  }
  const release = resolveRelease(input.config, answer);
  const reviewed = { ...input, config: withRelease(input.config, release) };
  const cluster = [
    `Live cluster read (Druid ${release.reported ?? "release unknown"}); the review made no change to it.`,
    ...release.notes
  ].join(" ");
  const sides = readSides(reviewed);
  const [live, samples] = await Promise.all([
    liveViews(sides, input.client),
    sampleChanges(sides, reviewed, input.client)
  ]);
  const plan = await withImpacts(await planChanges({ ...reviewed, live }), reviewed, input.client);
  return { plan, cluster, release, ...samples ? { samples } : {} };
}
async function withImpacts(plan, input, client) {
  if (!plan.segments || !input.segmentFolders) return plan;
  const head = new Map(input.head.map((file) => [file.path, file]));
  const rulesAt = (segment) => {
    const file = head.get(segment.file);
    return file ? retentionRulesOf(readSegmentFile("retention", file.path, file.bytes, input.config.druidVersion)) : void 0;
  };
  const segments = await withRetentionImpacts(plan.segments, rulesAt, client, input.now ?? Date.now());
  return { ...plan, segments };
}
function readSides(input) {
  const compare = specComparison(input.config.druidVersion);
  const folders = input.segmentFolders;
  const read = (files) => new Map(
    files.filter((file) => !folders || segmentKindOf(file.path, folders) === void 0).map((file) => readSpec(file.path, file.bytes, input.config.druidVersion)).filter((spec) => spec.supervisorId && spec.document).map((spec) => [spec.supervisorId, canonicalLayout(spec.document?.value ?? {})])
  );
  const base = read(input.base);
  const head = read(input.head);
  const changed = [.../* @__PURE__ */ new Set([...base.keys(), ...head.keys()])].filter((id) => {
    const before = base.get(id);
    const after = head.get(id);
    return !(before && after && compare.changes(before, after).length === 0);
  });
  return { base, head, changed, compare };
}
async function liveViews(sides, client) {
  const views = /* @__PURE__ */ new Map();
  for (const id of sides.changed)
    views.set(id, await liveView(id, sides.base.get(id), sides.head.get(id), client, sides.compare));
  return views;
}
async function sampleChanges(sides, input, client) {
  const config = input.config.sampling ?? DEFAULT_SAMPLING;
  if (!config.enabled) return void 0;
  const targets = sides.changed.flatMap((id) => {
    const head = sides.head.get(id);
    const base = sides.base.get(id);
    return head ? [{ id, head, ...base ? { base } : {} }] : [];
  });
  if (targets.length === 0) return void 0;
  const settings = {
    rows: config.rows,
    timeoutMs: config.timeoutSeconds * 1e3,
    showValues: config.showValues && input.untrustedHead !== true
  };
  return sampleSupervisors(targets, mergedOf(sides.base.values()), client, settings, input.now ?? Date.now());
}
async function liveView(id, before, after, client, compare) {
  try {
    const live = await readLive(id, client);
    const compaction = await compactionOf(viewSupervisor(after ?? before ?? {}).dataSource, client);
    if (!live) return { drift: [], missing: true, facts: { supervisorState: null, ...compaction } };
    return {
      // The review never has the variables of `${env:NAME}` credentials: they compare by the text around.
      drift: before ? compare.changes(matchSecretReferences(before, live.spec), live.spec) : [],
      missing: false,
      state: describeState(live.payload) + (live.spec.suspended ? ", suspended" : ""),
      // Druid sends aggregateLag 0 while suspended or without reading tasks: that is unknown, not caught up.
      ...lagOf(live.payload),
      facts: {
        supervisorState: live.payload.state,
        ...live.payload.partitions ? { partitions: live.payload.partitions } : {},
        ...compaction
      }
    };
  } catch (error) {
    return { drift: [], missing: false, facts: {}, error: error.message };
  }
}
function lagOf(payload) {
  const lag = knownLag(payload);
  return lag === void 0 ? {} : { aggregateLag: lag };
}
async function compactionOf(dataSource, client) {
  if (!dataSource) return {};
  try {
    const config = await client.getDatasourceCompactionConfig(dataSource);
    const skip = config?.skipOffsetFromLatest;
    return { compaction: config ? typeof skip === "string" ? { skipOffsetFromLatest: skip } : {} : null };
  } catch {
    return {};
  }
}

// src/report/review-segments-markdown.ts
var ACTION = {
  create: "\u{1F195} create",
  update: "\u270F\uFE0F update",
  delete: "\u{1F5D1}\uFE0F remove file",
  noop: "\u2796 no change"
};
var WHAT = { retention: "retention rules", compaction: "compaction" };
function changedSegments(plans) {
  return (plans ?? []).filter((plan) => plan.action !== "noop");
}
function withSegmentHeadline(text, plans, labels, order) {
  const segments = changedSegments(plans);
  if (segments.length === 0) return text;
  const verdicts = order.map(
    (verdict) => [verdict, segments.filter((segment) => segment.verdict.verdict === verdict).length]
  ).filter(([, n]) => n > 0).map(([verdict, n]) => `${n} ${labels[verdict]}`);
  const blocked = segments.some((segment) => segment.verdict.verdict === "blocked");
  const stop = blocked && !text.startsWith("**Do not merge") ? "**Do not merge yet.** " : "";
  return `${stop}${text} Retention and compaction: ${plural(segments.length, "file")} ${segments.length === 1 ? "changes" : "change"} (${verdicts.join(" \xB7 ")}).`;
}
function segmentLines(plans, detail, parts) {
  const changed = changedSegments(plans);
  if (changed.length === 0) return [];
  const lines = [
    tableRow(["Datasource", "Config", "Change", "Verdict", "Findings", "On merge"]),
    "|---|---|---|---|---|---|"
  ];
  for (const plan of changed.slice(0, detail.rows))
    lines.push(
      tableRow([
        `${code(plan.dataSource)}<br><sub>${escapeMarkdown(plan.file)}</sub>`,
        WHAT[plan.kind],
        ACTION[plan.action],
        parts.verdict[plan.verdict.verdict],
        parts.findingsSummary(allFindings(plan)),
        escapeMarkdown(onMerge(plan))
      ])
    );
  if (changed.length > detail.rows)
    lines.push(
      "",
      `_\u2026and ${changed.length - detail.rows} more retention or compaction files, listed in the job summary._`
    );
  lines.push("");
  for (const plan of changed) {
    if (detail.sections === "none" || detail.sections === "not-safe" && plan.verdict.verdict === "safe" && !plan.impact)
      continue;
    lines.push(...section(plan, detail, parts), "");
  }
  return lines;
}
function allFindings(plan) {
  return [...plan.findings, ...plan.crossChecks.flatMap((report) => report.findings)];
}
function onMerge(plan) {
  if (plan.action === "delete") return "no longer managed in git; the cluster keeps its current setting";
  return plan.kind === "retention" ? "replaces the datasource's rules on the Coordinator" : "sets the datasource's auto-compaction config";
}
function section(plan, detail, parts) {
  const open = plan.verdict.verdict === "blocked";
  const lines = [
    `<details${open ? " open" : ""}><summary>${code(plan.dataSource)} ${WHAT[plan.kind]} \xB7 ${ACTION[plan.action]} \xB7 ${parts.verdict[plan.verdict.verdict]}</summary>`,
    ""
  ];
  if (plan.verdict.reasons.length > 0)
    lines.push(
      "**Why:**",
      ...plan.verdict.reasons.slice(0, 10).map((reason2) => `- ${escapeMarkdown(reason2.text)}`),
      ""
    );
  if (plan.impact) lines.push(`**${escapeMarkdown(plan.impact)}**`, "");
  if (plan.changes.length > 0) lines.push(...parts.changesBlock(plan.changes, detail.changes), "");
  if (plan.findings.length > 0) lines.push(...parts.findingsTable(plan.findings, detail.findings), "");
  for (const report of plan.crossChecks)
    lines.push(
      `Cross-checks on ${code(report.supervisor ?? report.file)} (${escapeMarkdown(report.file)}):`,
      "",
      ...parts.findingsTable(report.findings, detail.findings),
      ""
    );
  lines.push("</details>");
  return lines;
}

// src/report/sample-markdown.ts
var OBSERVATIONS_SHOWN = 10;
var EXAMPLE_LENGTH = 300;
function samplesOverview(samples) {
  if (!samples || samples.supervisors.length === 0) return [];
  const sampled2 = samples.supervisors.filter((sample) => sample.outcome === "sampled");
  const failing = samples.supervisors.filter(everyRowFails);
  const unsampled = samples.supervisors.length - sampled2.length;
  const lines = [];
  for (const sample of failing)
    lines.push(
      `> [!WARNING]
> Sampled data: under the new spec of ${code(sample.id)}, every sampled row fails to parse (details below). Sampling is information: it does not block the merge.`,
      ""
    );
  const parts = [
    sampled2.length > 0 ? `${sampled2.length} supervisor topic(s) sampled through Druid's sampler (up to ${samples.settings.rows} records each, ${samples.settings.showValues ? "values shown" : "values hidden"})` : "",
    unsampled > 0 ? `${unsampled} not sampled (the reason is in each section)` : ""
  ].filter(Boolean);
  lines.push(`<sub>\u{1F4CA} ${escapeMarkdown(parts.join("; "))}.</sub>`, "");
  return lines;
}
function everyRowFails(sample) {
  return sample?.outcome === "sampled" && sample.observations.some((observation) => observation.kind === "all-unparseable");
}
function sampleSection(sample, errorRows) {
  if (sample.outcome === "not-sampled")
    return [`**Sampled data:** not sampled: ${escapeMarkdown(sample.reason)}.`];
  if (sample.outcome === "failed")
    return [
      `**Sampled data:** Druid could not sample the topic, so there is nothing to show (the review goes on without it): ${escapeMarkdown(sample.reason)}`
    ];
  const { head, base } = sample;
  const first = sample.observations.find((observation) => observation.level === "warning");
  const summary = first ? `\u26A0\uFE0F ${sentence(first, true)}` : head.read === 0 ? "no records to show" : base ? `${head.read} records, nothing worse under the new spec` : `${head.read} records, nothing to note`;
  const lines = [
    `<details><summary>\u{1F4CA} Sampled data: ${escapeMarkdown(summary)}</summary>`,
    "",
    escapeMarkdown(introduction(sample)),
    ""
  ];
  if (head.read > 0) lines.push(...countsTable(head, base), "");
  const observations = sample.observations.filter((observation) => observation.kind !== "no-rows");
  if (observations.length > 0) {
    lines.push(
      ...observations.slice(0, OBSERVATIONS_SHOWN).map(
        (observation) => `- ${observation.level === "warning" ? "\u26A0\uFE0F " : ""}${sentence(observation, false)}`
      )
    );
    if (observations.length > OBSERVATIONS_SHOWN)
      lines.push(`- \u2026and ${observations.length - OBSERVATIONS_SHOWN} more observations in the job summary.`);
    lines.push("");
  }
  if (head.time.min !== void 0 && head.time.max !== void 0)
    lines.push(
      `Timestamps under the new spec (truncated to its queryGranularity): ${iso(head.time.min)} to ${iso(head.time.max)}.`,
      ""
    );
  if (errorRows > 0 && head.errors.length > 0) lines.push(...errorsTable(head, errorRows, sample), "");
  if (errorRows > 0 && head.examples && head.examples.length > 0)
    lines.push(
      "First rows under the new spec (values shown: `sampling.showValues` is on; secrets redacted):",
      "",
      codeBlock(head.examples.map((row) => clip(JSON.stringify(row))).join("\n"), "json"),
      ""
    );
  lines.push("</details>");
  return lines;
}
function introduction(sample) {
  const topic = `"${sample.topic}"`;
  if (sample.head.read === 0)
    return `The topic ${topic} gave no records within the sampler's time, so there is nothing to show.`;
  if (sample.method === "replay")
    return sample.base ? `The ${sample.head.read} oldest records of topic ${topic}, parsed by the old spec and by the new one (the same records for both).` : `The ${sample.head.read} oldest records of topic ${topic}, parsed by the new spec.`;
  return sample.base ? `Each spec read the oldest records of topic ${topic} itself (its input format cannot be replayed as text), so with several partitions the two reads may not hold the same records.` : `The oldest records of topic ${topic}, read by the new spec.`;
}
function countsTable(head, base) {
  const rows = [
    ["records", (stats) => stats.read],
    ["ingested", (stats) => stats.ingested],
    ["unparseable (thrown away)", (stats) => stats.unparseable]
  ];
  if (head.columnErrors > 0 || (base?.columnErrors ?? 0) > 0)
    rows.push(["a column did not convert (stored as null)", (stats) => stats.columnErrors]);
  if ((head.filtered ?? 0) > 0 || (base?.filtered ?? 0) > 0)
    rows.push(["dropped by the transform filter", (stats) => stats.filtered]);
  const show2 = (value) => value === void 0 ? "\u2014" : String(value);
  return base ? [
    "| | old spec | new spec |",
    "|---|---|---|",
    ...rows.map(([label, pick]) => tableRow([label, show2(pick(base)), show2(pick(head))]))
  ] : ["| | new spec |", "|---|---|", ...rows.map(([label, pick]) => tableRow([label, show2(pick(head))]))];
}
function errorsTable(head, limit, sample) {
  const shown = sample.head.examples ? "as Druid wrote them" : "values hidden; `sampling.showValues: true` shows them";
  const rows = head.errors.slice(0, limit).map((error) => tableRow([String(error.rows), code(error.message)]));
  return [`First parse errors under the new spec (${shown}):`, "", "| rows | error |", "|---|---|", ...rows];
}
function sentence(observation, brief) {
  switch (observation.kind) {
    case "no-rows":
      return "the topic gave no records";
    case "all-unparseable":
      return `every sampled row fails to parse under the new spec: ${observation.head} of ${observation.of}${was(observation, " under the old")}`;
    case "unparseable":
      return observation.base === void 0 ? `${observation.head} of ${observation.of} rows fail to parse` : `under the new spec ${observation.head} of ${observation.of} rows fail to parse${was(observation, " under the old")}`;
    case "column-errors":
      return `${observation.head} of ${observation.of} rows have a column that does not convert to its type (stored as null)${was(observation, " under the old")}`;
    case "filtered":
      return `the transform filter drops ${observation.head} of ${observation.of} records${was(observation, " under the old")}`;
    case "null-column": {
      const name = brief ? observation.column : code(observation.column);
      const before = observation.added ? " (a new column)" : observation.base === void 0 ? "" : ` (was ${observation.base}${observation.baseOf === observation.of ? "" : ` of ${observation.baseOf}`})`;
      return `${name} is null in ${observation.head} of ${observation.of} rows${before}`;
    }
    case "unused-fields": {
      const names = (fields) => fields.map((field) => brief ? field : code(field)).join(", ");
      return `fields in the records that no dimension, metric or transform uses, so ingestion drops them: ${names(observation.fields)}${observation.newly.length > 0 ? `; newly dropped by this change: ${names(observation.newly)}` : ""}`;
    }
    case "late":
      return `${observation.head} of ${observation.of} sampled rows (the topic's oldest) are older than the late-message window (lateMessageRejectionPeriod or lateMessageRejectionStartDateTime): a task reading them now would drop them${was(observation, " under the old")}`;
    case "early":
      return `${observation.head} of ${observation.of} sampled rows are newer than the early-message window (taskDuration + earlyMessageRejectionPeriod): a task reading them now would drop them${was(observation, " under the old")}`;
    case "outside-intervals":
      return `${observation.head} of ${observation.of} rows fall outside granularitySpec.intervals, and ingestion drops them${was(observation, " under the old")}`;
  }
}
function was(counted2, suffix) {
  if (counted2.base === void 0) return "";
  return ` (${counted2.base}${counted2.baseOf === counted2.of ? "" : ` of ${counted2.baseOf}`}${suffix})`;
}
function iso(millis) {
  return new Date(millis).toISOString();
}
function clip(text) {
  return text.length > EXAMPLE_LENGTH ? `${text.slice(0, EXAMPLE_LENGTH - 1)}\u2026` : text;
}

// src/report/review-markdown.ts
var VERDICT = {
  blocked: "\u26D4 blocked",
  breaking: "\u{1F4A5} breaking",
  "needs-attention": "\u26A0\uFE0F needs attention",
  safe: "\u2705 safe"
};
var PARTS = { verdict: VERDICT, changesBlock, findingsTable, findingsSummary };
var ACTION2 = {
  create: "\u{1F195} create",
  update: "\u270F\uFE0F update",
  delete: "\u{1F5D1}\uFE0F delete",
  rename: "\u{1F500} rename",
  noop: "\u2796 no change"
};
var LEVELS = [
  { changes: 200, findings: 100, sections: "all-changed", rows: Infinity, sampleErrors: 5 },
  { changes: 20, findings: 20, sections: "all-changed", rows: Infinity, sampleErrors: 3 },
  { changes: 10, findings: 10, sections: "not-safe", rows: Infinity, sampleErrors: 3 },
  { changes: 0, findings: 3, sections: "not-safe", rows: Infinity, sampleErrors: 0 },
  { changes: 0, findings: 0, sections: "none", rows: Infinity, sampleErrors: 0 },
  { changes: 0, findings: 0, sections: "none", rows: 200, sampleErrors: 0 },
  { changes: 0, findings: 0, sections: "none", rows: 50, sampleErrors: 0 },
  { changes: 0, findings: 0, sections: "none", rows: 0, sampleErrors: 0 }
];
function renderReview(plan, options) {
  for (const [index, level] of LEVELS.entries()) {
    const text = render(plan, level, index > 0 ? options.fullReportHint : void 0, options);
    if (text.length <= options.budget) return text;
  }
  return render(plan, LEVELS[LEVELS.length - 1], options.fullReportHint, options).slice(
    0,
    Math.max(0, options.budget)
  );
}
function render(plan, detail, hint, options) {
  const changed = sortForReview(plan.supervisors.filter((supervisor) => supervisor.action !== "noop"));
  const unchanged = plan.supervisors.length - changed.length;
  const title2 = options.clusterName ? `## druid-gitops review: ${escapeMarkdown(options.clusterName)}` : "## druid-gitops review";
  const lines = [title2, ""];
  lines.push(headline(plan, changed), "");
  if (options.cluster) lines.push(`<sub>${escapeMarkdown(options.cluster)}</sub>`, "");
  if (hint)
    lines.push(`> [!NOTE]`, `> This comment is shortened to fit GitHub's limit. ${escapeMarkdown(hint)}`, "");
  if (changed.length > 0) {
    lines.push(
      tableRow(["Supervisor", "Change", "Verdict", "Findings", "On merge"]),
      "|---|---|---|---|---|"
    );
    for (const supervisor of changed.slice(0, detail.rows)) lines.push(summaryRow(supervisor));
    if (changed.length > detail.rows)
      lines.push("", `_\u2026and ${changed.length - detail.rows} more supervisors, listed in the job summary._`);
    lines.push("");
  }
  if (unchanged > 0)
    lines.push(
      `${plural(unchanged, "other supervisor")} ${unchanged === 1 ? "has" : "have"} no effective change.`,
      ""
    );
  for (const supervisor of plan.supervisors)
    if (supervisor.action === "noop" && supervisor.verdict.verdict === "blocked")
      lines.push(
        `\u26D4 ${code(supervisor.id)} is not changed by the merge, but ${code(supervisor.file)} has errors already on the base branch, and a deploy refuses the file: ${findingsSummary(supervisor.findings)}.`,
        ...findingsTable(
          supervisor.findings.filter((finding) => finding.severity === "error"),
          Math.max(detail.findings, 3)
        ),
        ""
      );
  lines.push(...samplesOverview(options.samples));
  lines.push(...segmentLines(plan.segments ?? [], detail, PARTS));
  for (const file of plan.unreadable) {
    lines.push(
      `\u26D4 ${code(file.file)} cannot be deployed: ${findingsSummary(file.findings)}.`,
      ...findingsTable(file.findings, Math.max(detail.findings, 3)),
      ""
    );
  }
  const sectioned = changed.filter(
    (supervisor) => detail.sections === "all-changed" || detail.sections === "not-safe" && supervisor.verdict.verdict !== "safe"
  );
  for (const supervisor of sectioned) lines.push(...section2(supervisor, detail, options.samples), "");
  return lines.join("\n");
}
function headline(plan, changed) {
  return withSegmentHeadline(supervisorHeadline(plan, changed), plan.segments, VERDICT, VERDICT_ORDER);
}
function supervisorHeadline(plan, changed) {
  if (changed.length === 0 && plan.unreadable.length === 0) return "No supervisor changes on merge.";
  const count = (action) => changed.filter((supervisor) => supervisor.action === action).length;
  const verdicts = VERDICT_ORDER.map(
    (verdict) => [verdict, changed.filter((supervisor) => supervisor.verdict.verdict === verdict).length]
  ).filter(([, n]) => n > 0).map(([verdict, n]) => `${n} ${VERDICT[verdict]}`);
  const actions = ["create", "update", "rename", "delete"].filter((action) => count(action) > 0).map((action) => `${count(action)} to ${action}`);
  const blocked = plan.unreadable.length > 0 || changed.some((supervisor) => supervisor.verdict.verdict === "blocked");
  return `${blocked ? "**Do not merge yet.** " : ""}On merge: ${actions.join(", ") || "nothing to apply"}. ${verdicts.join(" \xB7 ")}${plan.unreadable.length ? ` \xB7 ${plural(plan.unreadable.length, "unreadable file")}` : ""}.`;
}
function summaryRow(supervisor) {
  return tableRow([
    `${code(supervisor.id)}<br><sub>${escapeMarkdown(supervisor.file)}</sub>`,
    ACTION2[supervisor.action],
    VERDICT[supervisor.verdict.verdict],
    findingsSummary(supervisor.findings),
    escapeMarkdown(onMerge2(supervisor))
  ]);
}
function onMerge2(supervisor) {
  const kinds = new Set(supervisor.impacts.map((impact) => impact.kind));
  if (kinds.has("stream-change")) return "topic change: a planned migration, not a deploy";
  if (supervisor.action === "delete") return "stays running unless pruned";
  if (kinds.has("new-supervisor")) return "new supervisor starts";
  if (kinds.has("datasource-change")) return "writes a new datasource";
  if (kinds.has("restart")) return "suspend, update, resume (tasks restart)";
  if (kinds.has("in-place")) return "applied in place (nothing restarts)";
  return "nothing (same effective spec)";
}
function section2(supervisor, detail, samples) {
  const sample = samples?.supervisors.find((candidate) => candidate.id === supervisor.id);
  const open = supervisor.verdict.verdict === "blocked" || supervisor.verdict.verdict === "breaking" || everyRowFails(sample);
  const lines = [
    `<details${open ? " open" : ""}><summary>${code(supervisor.id)} \xB7 ${ACTION2[supervisor.action]} \xB7 ${VERDICT[supervisor.verdict.verdict]}</summary>`,
    ""
  ];
  if (supervisor.previousFile)
    lines.push(`Moved from ${code(supervisor.previousFile)} to ${code(supervisor.file)}.`, "");
  if (supervisor.verdict.reasons.length > 0) {
    lines.push(
      "**Why:**",
      ...distinctReasons(supervisor).slice(0, 10).map((text) => `- ${escapeMarkdown(text)}`),
      ""
    );
  }
  const impacts = supervisor.impacts.filter((impact) => impact.severity === "info");
  if (impacts.length > 0)
    lines.push("**On merge:**", ...impacts.map((impact) => `- ${escapeMarkdown(impact.message)}`), "");
  const compatible = supervisor.schema.items.filter((item) => item.severity === "compatible");
  if (compatible.length > 0)
    lines.push(
      "**Compatible schema changes:**",
      ...compatible.map((item) => `- ${escapeMarkdown(item.message)}`),
      ""
    );
  if (supervisor.changes.length > 0) lines.push(...changesBlock(supervisor.changes, detail.changes), "");
  if (supervisor.findings.length > 0)
    lines.push(...findingsTable(supervisor.findings, detail.findings, new Set(supervisor.preexisting)), "");
  if (supervisor.live) lines.push(...liveLines(supervisor), "");
  if (sample) lines.push(...sampleSection(sample, detail.sampleErrors), "");
  lines.push("</details>");
  return lines;
}
function distinctReasons(supervisor) {
  const seen = /* @__PURE__ */ new Set();
  const texts = [];
  for (const reason2 of supervisor.verdict.reasons) {
    const text = reason2.source === "finding" ? reason2.text.replace(/^[\w/-]+: /, "") : reason2.text;
    const opening = text.split(":")[0] ?? text;
    if (seen.has(opening)) continue;
    seen.add(opening);
    texts.push(reason2.text);
  }
  return texts;
}
var CHANGE_MARK = {
  added: "+",
  removed: "-",
  changed: "~",
  reordered: "\u2195"
};
function changeValue(change, show2) {
  if (change.kind === "added") return show2(change.after);
  if (change.kind === "removed") return show2(change.before);
  return `${show2(change.before)} \u2192 ${show2(change.after)}`;
}
function changesBlock(changes, limit) {
  if (limit === 0) return [`${plural(changes.length, "field change")}; the job summary lists them.`];
  const shown = changes.slice(0, limit).map((change) => `${CHANGE_MARK[change.kind]} ${change.pointer}: ${changeValue(change, show)}`);
  if (changes.length > limit) shown.push(`\u2026 ${changes.length - limit} more`);
  return [
    "**Effective changes** (Druid defaults applied; `+` added, `-` removed, `~` changed, `\u2195` reordered):",
    "",
    codeBlock(shown.join("\n"), "diff")
  ];
}
function findingsTable(findings, limit, preexisting = /* @__PURE__ */ new Set()) {
  if (limit === 0 || findings.length === 0) return [];
  const sorted = [...findings].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
  const rows = sorted.slice(0, limit).map(
    (finding) => tableRow([
      `${finding.severity}${finding.suppressed ? " (suppressed)" : ""}${preexisting.has(findingKey(finding)) ? " (already on base)" : ""}`,
      `${finding.line ?? 1}:${finding.column ?? 1}`,
      code(finding.rule),
      escapeMarkdown(finding.message) + (finding.suppressed ? ` \u2014 suppressed: ${escapeMarkdown(finding.suppressed.reason)}` : "")
    ])
  );
  const more = findings.length > limit ? [`_\u2026and ${findings.length - limit} more findings in the job summary._`] : [];
  return ["| Severity | Line | Rule | Finding |", "|---|---|---|---|", ...rows, ...more];
}
function liveLines(supervisor) {
  const live = supervisor.live;
  if (!live) return [];
  if (live.error) return [`**Live cluster:** could not be read (${escapeMarkdown(live.error)}).`];
  if (live.missing) return ["**Live cluster:** no such supervisor yet."];
  const lines = [
    `**Live cluster:** ${code(live.state ?? "unknown")}${live.aggregateLag === void 0 ? "" : `, lag ${live.aggregateLag.toLocaleString("en-US")} messages`}.`
  ];
  if (live.drift.length > 0) {
    lines.push(
      "",
      "\u26A0\uFE0F **Changed outside git** (the live spec differs from the base branch; a deploy stops here unless `on-drift: overwrite`):",
      "",
      ...changesBlock(live.drift, 20)
    );
  }
  return lines;
}
function findingsSummary(findings) {
  const active = findings.filter((finding) => !finding.suppressed);
  const count = (severity) => active.filter((finding) => finding.severity === severity).length;
  const parts = [
    count("error") ? `${count("error")} \u274C` : "",
    count("warning") ? `${count("warning")} \u26A0\uFE0F` : "",
    count("notice") ? `${count("notice")} \u2139\uFE0F` : ""
  ].filter(Boolean);
  const suppressed = findings.length - active.length;
  return (parts.join(" ") || "\u2014") + (suppressed ? ` (+${suppressed} suppressed)` : "");
}
function sortForReview(supervisors) {
  return [...supervisors].sort(
    (a, b) => VERDICT_ORDER.indexOf(a.verdict.verdict) - VERDICT_ORDER.indexOf(b.verdict.verdict) || a.id.localeCompare(b.id)
  );
}
function show(value) {
  if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    const { name, type } = value;
    if (typeof name === "string")
      return `${JSON.stringify(name)}${typeof type === "string" ? ` (${type})` : ""}`;
  }
  const text = JSON.stringify(value) ?? "null";
  return text.length > 120 ? `${text.slice(0, 119)}\u2026` : text;
}

export {
  VERDICT_ORDER,
  segmentKey,
  segmentHash,
  changedIds,
  runReview,
  sentence,
  renderReview,
  onMerge2 as onMerge,
  CHANGE_MARK,
  changeValue
};
/*! Bundled license information:

lodash/lodash.js:
  (**
   * @license
   * Lodash <https://lodash.com/>
   * Copyright OpenJS Foundation and other contributors <https://openjsf.org/>
   * Released under MIT license <https://lodash.com/license>
   * Based on Underscore.js 1.8.3 <http://underscorejs.org/LICENSE>
   * Copyright Jeremy Ashkenas, DocumentCloud and Investigative Reporters & Editors
   *)
*/
