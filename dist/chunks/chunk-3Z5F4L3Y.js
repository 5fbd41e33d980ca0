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

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar2(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap2;
    exports.isNode = isNode;
    exports.isPair = isPair2;
    exports.isScalar = isScalar2;
    exports.isSeq = isSeq2;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit2(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit2;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit2 = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name3 = parts.shift();
        switch (name3) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name3}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit2.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit2 = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit2.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name3 = `${prefix}${i}`;
        if (!exclude.has(name3))
          return name3;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit2 = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit2.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map2 = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map2.items.push(value);
        return map2;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str2) => str2.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str2, indent, comment) => str2.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str2.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split2 = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split2 = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split2 = i;
          }
          if (i >= end) {
            if (split2) {
              folds.push(split2);
              end = split2 + endStep;
              split2 = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split2 = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str2) => /^(%|---|\.\.\.)/m.test(str2);
    function lineLengthOverLimit(str2, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit2 = lineWidth - indentLength;
      const strLen = str2.length;
      if (strLen <= limit2)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str2[i] === "\n") {
          if (i - start > limit2)
            return true;
          start = i + 1;
          if (strLen - start <= limit2)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str2 = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str2 += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str2 += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str2 += "\\0";
                    break;
                  case "0007":
                    str2 += "\\a";
                    break;
                  case "000b":
                    str2 += "\\v";
                    break;
                  case "001b":
                    str2 += "\\e";
                    break;
                  case "0085":
                    str2 += "\\N";
                    break;
                  case "00a0":
                    str2 += "\\_";
                    break;
                  case "2028":
                    str2 += "\\L";
                    break;
                  case "2029":
                    str2 += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str2 += "\\x" + code.substr(2);
                    else
                      str2 += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str2 += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str2 += "\n";
                  i += 2;
                }
                str2 += indent;
                if (json[i + 2] === " ")
                  str2 += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str2 = start ? str2 + json.slice(start) : json;
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str2 = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str2);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name3 = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name3} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str2 = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str2;
      return identity.isScalar(node) || str2[0] === "{" || str2[0] === "[" ? `${props} ${str2}` : `${props}
${ctx.indent}${str2}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str2 = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str2.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str2 === "" ? "?" : explicitKey ? `? ${str2}` : str2;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str2 = `? ${str2}`;
        if (keyComment && !keyCommentDone) {
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str2;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        str2 = `? ${str2}
${indent}:`;
      } else {
        str2 = `${str2}:`;
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str2.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str2 += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str2;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map2, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map2, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map2, it);
      else
        mergeValue(ctx, map2, source);
    }
    function mergeValue(ctx, map2, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map2 instanceof Map) {
          if (!map2.has(key))
            map2.set(key, value2);
        } else if (map2 instanceof Set) {
          map2.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map2, key)) {
          Object.defineProperty(map2, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map2;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map2, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map2, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map2, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map2 instanceof Map) {
          map2.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map2 instanceof Set) {
          map2.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map2)
            Object.defineProperty(map2, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map2[stringKey] = jsValue;
        }
      }
      return map2;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str3 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str3 += stringifyComment.lineComment(str3, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str3);
      }
      let str2;
      if (lines.length === 0) {
        str2 = flowChars.start + flowChars.end;
      } else {
        str2 = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str2 += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str2 += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str2;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str2 = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str2.includes("\n"));
        if (i < items.length - 1) {
          str2 += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str2.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str2 += ",";
          }
        }
        if (comment)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment));
        lines.push(str2);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str2 = start;
          for (const line of lines)
            str2 += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str2}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map2 = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map2.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map2.items.sort(schema.sortMapEntries);
        }
        return map2;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map2 = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map2);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map2, item);
        return map2;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map2 = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map3, onError) {
        if (!identity.isMap(map3))
          onError("Expected a mapping for this tag");
        return map3;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map2;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str2) => str2,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str2) => new Scalar.Scalar(str2[0] === "t" || str2[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format: format3, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num2 = typeof value === "number" ? value : Number(value);
      if (!isFinite(num2))
        return isNaN(num2) ? ".nan" : num2 < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format3 && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2),
      stringify(node) {
        const num2 = Number(node.value);
        return isFinite(num2) ? num2.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str2) {
        const node = new Scalar.Scalar(parseFloat(str2));
        const dot = str2.indexOf(".");
        if (dot !== -1 && str2[str2.length - 1] === "0")
          node.minFractionDigits = str2.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str2, offset2, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2.substring(offset2), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int2 = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int2;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map2 = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool2 = require_bool();
    var float = require_float();
    var int2 = require_int();
    var schema = [
      map2.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool2.boolTag,
      int2.intOct,
      int2.int,
      int2.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map2 = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str2) => str2,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str2) => str2 === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str2, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str2) => parseFloat(str2),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str2, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str2)}`);
        return str2;
      }
    };
    var schema = [map2.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str2 = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str2.length);
          for (let i = 0; i < str2.length; ++i)
            buffer[i] = str2.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str2;
        if (typeof node_buffer.Buffer === "function") {
          str2 = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str2 = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str2.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str2.substr(o, lineWidth);
          }
          str2 = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str2 }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map2 = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map2);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map2.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map2.set(key, value);
        }
        return map2;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2.replace(/_/g, "")),
      stringify(node) {
        const num2 = Number(node.value);
        return isFinite(num2) ? num2.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str2) {
        const node = new Scalar.Scalar(parseFloat(str2.replace(/_/g, "")));
        const dot = str2.indexOf(".");
        if (dot !== -1) {
          const f = str2.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str2, offset2, radix, { intAsBigInt }) {
      const sign = str2[0];
      if (sign === "-" || sign === "+")
        offset2 += 1;
      str2 = str2.substring(offset2).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str2 = `0b${str2}`;
            break;
          case 8:
            str2 = `0o${str2}`;
            break;
          case 16:
            str2 = `0x${str2}`;
            break;
        }
        const n2 = BigInt(str2);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str2, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str2 = value.toString(radix);
        return value < 0 ? "-" + prefix + str2.substr(1) : prefix + str2;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int2 = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int2;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map2, onError) {
        if (identity.isMap(map2)) {
          if (map2.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map2);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map2;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str2, asBigInt) {
      const sign = str2[0];
      const parts = sign === "-" || sign === "+" ? str2.substring(1) : str2;
      const num2 = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num2(60) + num2(p), num2(0));
      return sign === "-" ? num2(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num2 = (n) => n;
      if (typeof value === "bigint")
        num2 = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num2(-1);
      }
      const _60 = num2(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str2, _onError, { intAsBigInt }) => parseSexagesimal(str2, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str2) => parseSexagesimal(str2, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str2) {
        const match = str2.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map2 = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool2 = require_bool2();
    var float = require_float2();
    var int2 = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map2.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool2.trueTag,
      bool2.falseTag,
      int2.intBin,
      int2.intOct,
      int2.int,
      int2.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map2 = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool2 = require_bool();
    var float = require_float();
    var int2 = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map2.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool2.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int2.int,
      intHex: int2.intHex,
      intOct: int2.intOct,
      intTime: timestamp.intTime,
      map: map2.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map2 = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map2.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name3) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name3 || prev.has(name3) ? anchors.findNewAnchor(name3 || "a", prev) : name3;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name3, pos, code, message) {
        super();
        this.name = name3;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset: offset2, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset2;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map2 = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset2 = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset: offset2,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset2, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset2, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map2.comment)
                map2.comment += "\n" + keyProps.comment;
              else
                map2.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset2, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map2.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset2 = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset2, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset2, sep, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset2 = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map2.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map2.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset2)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map2.range = [bm.offset, offset2, commentEnd ?? offset2];
      return map2;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset2 = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset: offset2,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset2, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset2 = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset2, commentEnd ?? offset2];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset2, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep + cb;
              sep = "";
              break;
            }
            case "newline":
              if (comment)
                sep += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset2 += source.length;
        }
      }
      return { comment, offset: offset2 };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap2 = fc.start.source === "{";
      const fcName = isMap2 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset2 = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset: offset2,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset2 = props.end;
            continue;
          }
          if (!isMap2 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap2 && !sep && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
          coll.items.push(valueNode);
          offset2 = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap2 && !props.found && ctx.options.strict) {
              if (sep)
                for (const st of sep) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap2) {
            const map2 = coll;
            if (utilMapIncludes.mapIncludes(ctx, map2.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map2.items.push(pair);
          } else {
            const map2 = new YAMLMap.YAMLMap(ctx.schema);
            map2.flow = true;
            map2.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map2.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map2);
          }
          offset2 = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap2 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset2;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name3 = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name3} must end with a ${expectedEnd}` : `${name3} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset2, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset2 = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset2 + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset2, "BAD_INDENT", message);
          }
          break;
        }
        offset2 += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset2 += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset2 - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep === " ")
            sep = "\n";
          else if (!prevMoreIndented && sep === "\n")
            sep = "\n\n";
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep === "\n")
            value += "\n";
          else
            sep = "\n";
        } else {
          value += sep + content;
          sep = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset: offset2, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset2 + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split2 = source.split(/\n( *)/);
      const first = split2[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split2.length; i += 2)
        lines.push([split2[i], split2[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset: offset2, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset2 + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset2, offset2 + source.length, offset2 + source.length]
          };
      }
      const valueEnd2 = offset2 + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd2, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset2, valueEnd2, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep === "\n")
            res += sep;
          else
            sep = "\n";
        } else {
          res += sep + lm;
          sep = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset: offset2 } = foldNewline(source, i);
          res += fold;
          i = offset2;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset2) {
      let fold = "";
      let ch = source[offset2 + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset2 + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset2 += 1;
        ch = source[offset2 + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset: offset2 };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset2, length, onError) {
      const cc = source.substr(offset2, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset2 - 2, length + 2);
        onError(offset2 - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset2, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset2 -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset2 += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset2;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset2, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset2, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset: offset2, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset2, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset2 + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd2 = offset2 + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd2, options.strict, onError);
      alias.range = [offset2, valueEnd2, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset: offset2, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset: offset2,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset2, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset: offset2, source } = src;
      return [offset2, offset2 + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset2, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset2;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset2 = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset2, code, message);
          else
            throw new errors.YAMLParseError([offset2, offset2 + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context2) {
      const { implicitKey = false, indent, inFlow = false, offset: offset2 = -1, type = "PLAIN" } = context2;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context2.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset: offset2, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset: offset2, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset: offset2, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset: offset2, indent, source, end };
        default:
          return { type: "scalar", offset: offset2, indent, source, end };
      }
    }
    function setScalarValue(token, value, context2 = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context2;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset: offset2 } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset: offset2, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset2 = token.offset + source.length;
          const nl = { type: "newline", offset: offset2, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep)
        for (const st of sep)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit2(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    visit2.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field2, index] of path) {
        const tok = item?.[field2];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit2.parentCollection = (cst, path) => {
      const parent = visit2.itemAtPath(cst, path.slice(0, -1));
      const field2 = path[path.length - 1][0];
      const coll = parent?.[field2];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field2 of ["key", "value"]) {
        const token = item[field2];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field2, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field2 === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit2;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar2 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar2;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset2) {
        let ch = this.buffer[offset2];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset2];
          if (ch === "\r") {
            const next = this.buffer[indent + offset2 + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset2 + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset2 + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset2, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset2 + 3]))
            return -1;
        }
        return offset2;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter2 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset2) => this.lineStarts.push(offset2);
        this.linePos = (offset2) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset2)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset2)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset2 };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset2 - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep;
          if (scalar.end) {
            sep = scalar.end;
            sep.push(this.sourceToken);
            delete scalar.end;
          } else
            sep = [this.sourceToken];
          const map2 = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map2;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map2) {
        const it = map2.items[map2.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map2.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map2.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map2.indent)) {
                const prev = map2.items[map2.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map2.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map2.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map2.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map2.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map2.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map2.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map2.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep = it.sep;
                  sep.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map2.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map2.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map2);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map2.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            const map2 = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map2;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser2 = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser2.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser2.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse2(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse2;
    exports.parseAllDocuments = parseAllDocuments2;
    exports.parseDocument = parseDocument;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser2 = require_parser();
    var publicApi = require_public_api();
    var visit2 = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser2.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit2.visit;
    exports.visitAsync = visit2.visitAsync;
  }
});

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

// src/spec/pointer.ts
function escapeToken(token) {
  const text = String(token);
  if (!text.includes("~") && !text.includes("/")) return text;
  return text.replace(/~/g, "~0").replace(/\//g, "~1");
}
function unescapeToken(token) {
  return token.replace(/~1/g, "/").replace(/~0/g, "~");
}
function join(pointer, ...tokens) {
  return pointer + tokens.map((token) => "/" + escapeToken(token)).join("");
}
function split(pointer) {
  if (pointer === "") return [];
  return pointer.slice(1).split("/").map(unescapeToken);
}
function get(value, pointer) {
  let current = value;
  for (const token of split(pointer)) {
    if (Array.isArray(current)) current = current[Number(token)];
    else if (current !== null && typeof current === "object") {
      current = Object.prototype.hasOwnProperty.call(current, token) ? current[token] : void 0;
    } else return void 0;
  }
  return current;
}

// node_modules/jsonc-parser/lib/esm/impl/scanner.js
function createScanner(text, ignoreTrivia = false) {
  const len = text.length;
  let pos = 0, value = "", tokenOffset = 0, token = 16, lineNumber = 0, lineStartOffset = 0, tokenLineStartOffset = 0, prevTokenLineStartOffset = 0, scanError = 0;
  function scanHexDigits(count, exact) {
    let digits = 0;
    let value2 = 0;
    while (digits < count || !exact) {
      let ch = text.charCodeAt(pos);
      if (ch >= 48 && ch <= 57) {
        value2 = value2 * 16 + ch - 48;
      } else if (ch >= 65 && ch <= 70) {
        value2 = value2 * 16 + ch - 65 + 10;
      } else if (ch >= 97 && ch <= 102) {
        value2 = value2 * 16 + ch - 97 + 10;
      } else {
        break;
      }
      pos++;
      digits++;
    }
    if (digits < count) {
      value2 = -1;
    }
    return value2;
  }
  function setPosition(newPosition) {
    pos = newPosition;
    value = "";
    tokenOffset = 0;
    token = 16;
    scanError = 0;
  }
  function scanNumber() {
    let start = pos;
    if (text.charCodeAt(pos) === 48) {
      pos++;
    } else {
      pos++;
      while (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
      }
    }
    if (pos < text.length && text.charCodeAt(pos) === 46) {
      pos++;
      if (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
        while (pos < text.length && isDigit(text.charCodeAt(pos))) {
          pos++;
        }
      } else {
        scanError = 3;
        return text.substring(start, pos);
      }
    }
    let end = pos;
    if (pos < text.length && (text.charCodeAt(pos) === 69 || text.charCodeAt(pos) === 101)) {
      pos++;
      if (pos < text.length && text.charCodeAt(pos) === 43 || text.charCodeAt(pos) === 45) {
        pos++;
      }
      if (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
        while (pos < text.length && isDigit(text.charCodeAt(pos))) {
          pos++;
        }
        end = pos;
      } else {
        scanError = 3;
      }
    }
    return text.substring(start, end);
  }
  function scanString() {
    let result = "", start = pos;
    while (true) {
      if (pos >= len) {
        result += text.substring(start, pos);
        scanError = 2;
        break;
      }
      const ch = text.charCodeAt(pos);
      if (ch === 34) {
        result += text.substring(start, pos);
        pos++;
        break;
      }
      if (ch === 92) {
        result += text.substring(start, pos);
        pos++;
        if (pos >= len) {
          scanError = 2;
          break;
        }
        const ch2 = text.charCodeAt(pos++);
        switch (ch2) {
          case 34:
            result += '"';
            break;
          case 92:
            result += "\\";
            break;
          case 47:
            result += "/";
            break;
          case 98:
            result += "\b";
            break;
          case 102:
            result += "\f";
            break;
          case 110:
            result += "\n";
            break;
          case 114:
            result += "\r";
            break;
          case 116:
            result += "	";
            break;
          case 117:
            const ch3 = scanHexDigits(4, true);
            if (ch3 >= 0) {
              result += String.fromCharCode(ch3);
            } else {
              scanError = 4;
            }
            break;
          default:
            scanError = 5;
        }
        start = pos;
        continue;
      }
      if (ch >= 0 && ch <= 31) {
        if (isLineBreak(ch)) {
          result += text.substring(start, pos);
          scanError = 2;
          break;
        } else {
          scanError = 6;
        }
      }
      pos++;
    }
    return result;
  }
  function scanNext() {
    value = "";
    scanError = 0;
    tokenOffset = pos;
    lineStartOffset = lineNumber;
    prevTokenLineStartOffset = tokenLineStartOffset;
    if (pos >= len) {
      tokenOffset = len;
      return token = 17;
    }
    let code = text.charCodeAt(pos);
    if (isWhiteSpace(code)) {
      do {
        pos++;
        value += String.fromCharCode(code);
        code = text.charCodeAt(pos);
      } while (isWhiteSpace(code));
      return token = 15;
    }
    if (isLineBreak(code)) {
      pos++;
      value += String.fromCharCode(code);
      if (code === 13 && text.charCodeAt(pos) === 10) {
        pos++;
        value += "\n";
      }
      lineNumber++;
      tokenLineStartOffset = pos;
      return token = 14;
    }
    switch (code) {
      // tokens: []{}:,
      case 123:
        pos++;
        return token = 1;
      case 125:
        pos++;
        return token = 2;
      case 91:
        pos++;
        return token = 3;
      case 93:
        pos++;
        return token = 4;
      case 58:
        pos++;
        return token = 6;
      case 44:
        pos++;
        return token = 5;
      // strings
      case 34:
        pos++;
        value = scanString();
        return token = 10;
      // comments
      case 47:
        const start = pos - 1;
        if (text.charCodeAt(pos + 1) === 47) {
          pos += 2;
          while (pos < len) {
            if (isLineBreak(text.charCodeAt(pos))) {
              break;
            }
            pos++;
          }
          value = text.substring(start, pos);
          return token = 12;
        }
        if (text.charCodeAt(pos + 1) === 42) {
          pos += 2;
          const safeLength = len - 1;
          let commentClosed = false;
          while (pos < safeLength) {
            const ch = text.charCodeAt(pos);
            if (ch === 42 && text.charCodeAt(pos + 1) === 47) {
              pos += 2;
              commentClosed = true;
              break;
            }
            pos++;
            if (isLineBreak(ch)) {
              if (ch === 13 && text.charCodeAt(pos) === 10) {
                pos++;
              }
              lineNumber++;
              tokenLineStartOffset = pos;
            }
          }
          if (!commentClosed) {
            pos++;
            scanError = 1;
          }
          value = text.substring(start, pos);
          return token = 13;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
      // numbers
      case 45:
        value += String.fromCharCode(code);
        pos++;
        if (pos === len || !isDigit(text.charCodeAt(pos))) {
          return token = 16;
        }
      // found a minus, followed by a number so
      // we fall through to proceed with scanning
      // numbers
      case 48:
      case 49:
      case 50:
      case 51:
      case 52:
      case 53:
      case 54:
      case 55:
      case 56:
      case 57:
        value += scanNumber();
        return token = 11;
      // literals and unknown symbols
      default:
        while (pos < len && isUnknownContentCharacter(code)) {
          pos++;
          code = text.charCodeAt(pos);
        }
        if (tokenOffset !== pos) {
          value = text.substring(tokenOffset, pos);
          switch (value) {
            case "true":
              return token = 8;
            case "false":
              return token = 9;
            case "null":
              return token = 7;
          }
          return token = 16;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
    }
  }
  function isUnknownContentCharacter(code) {
    if (isWhiteSpace(code) || isLineBreak(code)) {
      return false;
    }
    switch (code) {
      case 125:
      case 93:
      case 123:
      case 91:
      case 34:
      case 58:
      case 44:
      case 47:
        return false;
    }
    return true;
  }
  function scanNextNonTrivia() {
    let result;
    do {
      result = scanNext();
    } while (result >= 12 && result <= 15);
    return result;
  }
  return {
    setPosition,
    getPosition: () => pos,
    scan: ignoreTrivia ? scanNextNonTrivia : scanNext,
    getToken: () => token,
    getTokenValue: () => value,
    getTokenOffset: () => tokenOffset,
    getTokenLength: () => pos - tokenOffset,
    getTokenStartLine: () => lineStartOffset,
    getTokenStartCharacter: () => tokenOffset - prevTokenLineStartOffset,
    getTokenError: () => scanError
  };
}
function isWhiteSpace(ch) {
  return ch === 32 || ch === 9;
}
function isLineBreak(ch) {
  return ch === 10 || ch === 13;
}
function isDigit(ch) {
  return ch >= 48 && ch <= 57;
}
var CharacterCodes;
(function(CharacterCodes2) {
  CharacterCodes2[CharacterCodes2["lineFeed"] = 10] = "lineFeed";
  CharacterCodes2[CharacterCodes2["carriageReturn"] = 13] = "carriageReturn";
  CharacterCodes2[CharacterCodes2["space"] = 32] = "space";
  CharacterCodes2[CharacterCodes2["_0"] = 48] = "_0";
  CharacterCodes2[CharacterCodes2["_1"] = 49] = "_1";
  CharacterCodes2[CharacterCodes2["_2"] = 50] = "_2";
  CharacterCodes2[CharacterCodes2["_3"] = 51] = "_3";
  CharacterCodes2[CharacterCodes2["_4"] = 52] = "_4";
  CharacterCodes2[CharacterCodes2["_5"] = 53] = "_5";
  CharacterCodes2[CharacterCodes2["_6"] = 54] = "_6";
  CharacterCodes2[CharacterCodes2["_7"] = 55] = "_7";
  CharacterCodes2[CharacterCodes2["_8"] = 56] = "_8";
  CharacterCodes2[CharacterCodes2["_9"] = 57] = "_9";
  CharacterCodes2[CharacterCodes2["a"] = 97] = "a";
  CharacterCodes2[CharacterCodes2["b"] = 98] = "b";
  CharacterCodes2[CharacterCodes2["c"] = 99] = "c";
  CharacterCodes2[CharacterCodes2["d"] = 100] = "d";
  CharacterCodes2[CharacterCodes2["e"] = 101] = "e";
  CharacterCodes2[CharacterCodes2["f"] = 102] = "f";
  CharacterCodes2[CharacterCodes2["g"] = 103] = "g";
  CharacterCodes2[CharacterCodes2["h"] = 104] = "h";
  CharacterCodes2[CharacterCodes2["i"] = 105] = "i";
  CharacterCodes2[CharacterCodes2["j"] = 106] = "j";
  CharacterCodes2[CharacterCodes2["k"] = 107] = "k";
  CharacterCodes2[CharacterCodes2["l"] = 108] = "l";
  CharacterCodes2[CharacterCodes2["m"] = 109] = "m";
  CharacterCodes2[CharacterCodes2["n"] = 110] = "n";
  CharacterCodes2[CharacterCodes2["o"] = 111] = "o";
  CharacterCodes2[CharacterCodes2["p"] = 112] = "p";
  CharacterCodes2[CharacterCodes2["q"] = 113] = "q";
  CharacterCodes2[CharacterCodes2["r"] = 114] = "r";
  CharacterCodes2[CharacterCodes2["s"] = 115] = "s";
  CharacterCodes2[CharacterCodes2["t"] = 116] = "t";
  CharacterCodes2[CharacterCodes2["u"] = 117] = "u";
  CharacterCodes2[CharacterCodes2["v"] = 118] = "v";
  CharacterCodes2[CharacterCodes2["w"] = 119] = "w";
  CharacterCodes2[CharacterCodes2["x"] = 120] = "x";
  CharacterCodes2[CharacterCodes2["y"] = 121] = "y";
  CharacterCodes2[CharacterCodes2["z"] = 122] = "z";
  CharacterCodes2[CharacterCodes2["A"] = 65] = "A";
  CharacterCodes2[CharacterCodes2["B"] = 66] = "B";
  CharacterCodes2[CharacterCodes2["C"] = 67] = "C";
  CharacterCodes2[CharacterCodes2["D"] = 68] = "D";
  CharacterCodes2[CharacterCodes2["E"] = 69] = "E";
  CharacterCodes2[CharacterCodes2["F"] = 70] = "F";
  CharacterCodes2[CharacterCodes2["G"] = 71] = "G";
  CharacterCodes2[CharacterCodes2["H"] = 72] = "H";
  CharacterCodes2[CharacterCodes2["I"] = 73] = "I";
  CharacterCodes2[CharacterCodes2["J"] = 74] = "J";
  CharacterCodes2[CharacterCodes2["K"] = 75] = "K";
  CharacterCodes2[CharacterCodes2["L"] = 76] = "L";
  CharacterCodes2[CharacterCodes2["M"] = 77] = "M";
  CharacterCodes2[CharacterCodes2["N"] = 78] = "N";
  CharacterCodes2[CharacterCodes2["O"] = 79] = "O";
  CharacterCodes2[CharacterCodes2["P"] = 80] = "P";
  CharacterCodes2[CharacterCodes2["Q"] = 81] = "Q";
  CharacterCodes2[CharacterCodes2["R"] = 82] = "R";
  CharacterCodes2[CharacterCodes2["S"] = 83] = "S";
  CharacterCodes2[CharacterCodes2["T"] = 84] = "T";
  CharacterCodes2[CharacterCodes2["U"] = 85] = "U";
  CharacterCodes2[CharacterCodes2["V"] = 86] = "V";
  CharacterCodes2[CharacterCodes2["W"] = 87] = "W";
  CharacterCodes2[CharacterCodes2["X"] = 88] = "X";
  CharacterCodes2[CharacterCodes2["Y"] = 89] = "Y";
  CharacterCodes2[CharacterCodes2["Z"] = 90] = "Z";
  CharacterCodes2[CharacterCodes2["asterisk"] = 42] = "asterisk";
  CharacterCodes2[CharacterCodes2["backslash"] = 92] = "backslash";
  CharacterCodes2[CharacterCodes2["closeBrace"] = 125] = "closeBrace";
  CharacterCodes2[CharacterCodes2["closeBracket"] = 93] = "closeBracket";
  CharacterCodes2[CharacterCodes2["colon"] = 58] = "colon";
  CharacterCodes2[CharacterCodes2["comma"] = 44] = "comma";
  CharacterCodes2[CharacterCodes2["dot"] = 46] = "dot";
  CharacterCodes2[CharacterCodes2["doubleQuote"] = 34] = "doubleQuote";
  CharacterCodes2[CharacterCodes2["minus"] = 45] = "minus";
  CharacterCodes2[CharacterCodes2["openBrace"] = 123] = "openBrace";
  CharacterCodes2[CharacterCodes2["openBracket"] = 91] = "openBracket";
  CharacterCodes2[CharacterCodes2["plus"] = 43] = "plus";
  CharacterCodes2[CharacterCodes2["slash"] = 47] = "slash";
  CharacterCodes2[CharacterCodes2["formFeed"] = 12] = "formFeed";
  CharacterCodes2[CharacterCodes2["tab"] = 9] = "tab";
})(CharacterCodes || (CharacterCodes = {}));

// node_modules/jsonc-parser/lib/esm/impl/string-intern.js
var cachedSpaces = new Array(20).fill(0).map((_, index) => {
  return " ".repeat(index);
});
var maxCachedValues = 200;
var cachedBreakLinesWithSpaces = {
  " ": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\n" + " ".repeat(index);
    }),
    "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r" + " ".repeat(index);
    }),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r\n" + " ".repeat(index);
    })
  },
  "	": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\n" + "	".repeat(index);
    }),
    "\r": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r" + "	".repeat(index);
    }),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => {
      return "\r\n" + "	".repeat(index);
    })
  }
};

// node_modules/jsonc-parser/lib/esm/impl/parser.js
var ParseOptions;
(function(ParseOptions2) {
  ParseOptions2.DEFAULT = {
    allowTrailingComma: false
  };
})(ParseOptions || (ParseOptions = {}));
function parseTree(text, errors = [], options = ParseOptions.DEFAULT) {
  let currentParent = { type: "array", offset: -1, length: -1, children: [], parent: void 0 };
  function ensurePropertyComplete(endOffset) {
    if (currentParent.type === "property") {
      currentParent.length = endOffset - currentParent.offset;
      currentParent = currentParent.parent;
    }
  }
  function onValue(valueNode) {
    currentParent.children.push(valueNode);
    return valueNode;
  }
  const visitor = {
    onObjectBegin: (offset2) => {
      currentParent = onValue({ type: "object", offset: offset2, length: -1, parent: currentParent, children: [] });
    },
    onObjectProperty: (name3, offset2, length) => {
      currentParent = onValue({ type: "property", offset: offset2, length: -1, parent: currentParent, children: [] });
      currentParent.children.push({ type: "string", value: name3, offset: offset2, length, parent: currentParent });
    },
    onObjectEnd: (offset2, length) => {
      ensurePropertyComplete(offset2 + length);
      currentParent.length = offset2 + length - currentParent.offset;
      currentParent = currentParent.parent;
      ensurePropertyComplete(offset2 + length);
    },
    onArrayBegin: (offset2, length) => {
      currentParent = onValue({ type: "array", offset: offset2, length: -1, parent: currentParent, children: [] });
    },
    onArrayEnd: (offset2, length) => {
      currentParent.length = offset2 + length - currentParent.offset;
      currentParent = currentParent.parent;
      ensurePropertyComplete(offset2 + length);
    },
    onLiteralValue: (value, offset2, length) => {
      onValue({ type: getNodeType(value), offset: offset2, length, parent: currentParent, value });
      ensurePropertyComplete(offset2 + length);
    },
    onSeparator: (sep, offset2, length) => {
      if (currentParent.type === "property") {
        if (sep === ":") {
          currentParent.colonOffset = offset2;
        } else if (sep === ",") {
          ensurePropertyComplete(offset2);
        }
      }
    },
    onError: (error, offset2, length) => {
      errors.push({ error, offset: offset2, length });
    }
  };
  visit(text, visitor, options);
  const result = currentParent.children[0];
  if (result) {
    delete result.parent;
  }
  return result;
}
function visit(text, visitor, options = ParseOptions.DEFAULT) {
  const _scanner = createScanner(text, false);
  const _jsonPath = [];
  let suppressedCallbacks = 0;
  function toNoArgVisit(visitFunction) {
    return visitFunction ? () => suppressedCallbacks === 0 && visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisit(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisitWithPath(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice()) : () => true;
  }
  function toBeginVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks++;
      } else {
        let cbReturn = visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice());
        if (cbReturn === false) {
          suppressedCallbacks = 1;
        }
      }
    } : () => true;
  }
  function toEndVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks--;
      }
      if (suppressedCallbacks === 0) {
        visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter());
      }
    } : () => true;
  }
  const onObjectBegin = toBeginVisit(visitor.onObjectBegin), onObjectProperty = toOneArgVisitWithPath(visitor.onObjectProperty), onObjectEnd = toEndVisit(visitor.onObjectEnd), onArrayBegin = toBeginVisit(visitor.onArrayBegin), onArrayEnd = toEndVisit(visitor.onArrayEnd), onLiteralValue = toOneArgVisitWithPath(visitor.onLiteralValue), onSeparator = toOneArgVisit(visitor.onSeparator), onComment = toNoArgVisit(visitor.onComment), onError = toOneArgVisit(visitor.onError);
  const disallowComments = options && options.disallowComments;
  const allowTrailingComma = options && options.allowTrailingComma;
  function scanNext() {
    while (true) {
      const token = _scanner.scan();
      switch (_scanner.getTokenError()) {
        case 4:
          handleError(
            14
            /* ParseErrorCode.InvalidUnicode */
          );
          break;
        case 5:
          handleError(
            15
            /* ParseErrorCode.InvalidEscapeCharacter */
          );
          break;
        case 3:
          handleError(
            13
            /* ParseErrorCode.UnexpectedEndOfNumber */
          );
          break;
        case 1:
          if (!disallowComments) {
            handleError(
              11
              /* ParseErrorCode.UnexpectedEndOfComment */
            );
          }
          break;
        case 2:
          handleError(
            12
            /* ParseErrorCode.UnexpectedEndOfString */
          );
          break;
        case 6:
          handleError(
            16
            /* ParseErrorCode.InvalidCharacter */
          );
          break;
      }
      switch (token) {
        case 12:
        case 13:
          if (disallowComments) {
            handleError(
              10
              /* ParseErrorCode.InvalidCommentToken */
            );
          } else {
            onComment();
          }
          break;
        case 16:
          handleError(
            1
            /* ParseErrorCode.InvalidSymbol */
          );
          break;
        case 15:
        case 14:
          break;
        default:
          return token;
      }
    }
  }
  function handleError(error, skipUntilAfter = [], skipUntil = []) {
    onError(error);
    if (skipUntilAfter.length + skipUntil.length > 0) {
      let token = _scanner.getToken();
      while (token !== 17) {
        if (skipUntilAfter.indexOf(token) !== -1) {
          scanNext();
          break;
        } else if (skipUntil.indexOf(token) !== -1) {
          break;
        }
        token = scanNext();
      }
    }
  }
  function parseString(isValue) {
    const value = _scanner.getTokenValue();
    if (isValue) {
      onLiteralValue(value);
    } else {
      onObjectProperty(value);
      _jsonPath.push(value);
    }
    scanNext();
    return true;
  }
  function parseLiteral() {
    switch (_scanner.getToken()) {
      case 11:
        const tokenValue = _scanner.getTokenValue();
        let value = Number(tokenValue);
        if (isNaN(value)) {
          handleError(
            2
            /* ParseErrorCode.InvalidNumberFormat */
          );
          value = 0;
        }
        onLiteralValue(value);
        break;
      case 7:
        onLiteralValue(null);
        break;
      case 8:
        onLiteralValue(true);
        break;
      case 9:
        onLiteralValue(false);
        break;
      default:
        return false;
    }
    scanNext();
    return true;
  }
  function parseProperty() {
    if (_scanner.getToken() !== 10) {
      handleError(3, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
      return false;
    }
    parseString(false);
    if (_scanner.getToken() === 6) {
      onSeparator(":");
      scanNext();
      if (!parseValue()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
    } else {
      handleError(5, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
    }
    _jsonPath.pop();
    return true;
  }
  function parseObject() {
    onObjectBegin();
    scanNext();
    let needsComma = false;
    while (_scanner.getToken() !== 2 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 2 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (!parseProperty()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onObjectEnd();
    if (_scanner.getToken() !== 2) {
      handleError(7, [
        2
        /* SyntaxKind.CloseBraceToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseArray() {
    onArrayBegin();
    scanNext();
    let isFirstElement = true;
    let needsComma = false;
    while (_scanner.getToken() !== 4 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 4 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (isFirstElement) {
        _jsonPath.push(0);
        isFirstElement = false;
      } else {
        _jsonPath[_jsonPath.length - 1]++;
      }
      if (!parseValue()) {
        handleError(4, [], [
          4,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onArrayEnd();
    if (!isFirstElement) {
      _jsonPath.pop();
    }
    if (_scanner.getToken() !== 4) {
      handleError(8, [
        4
        /* SyntaxKind.CloseBracketToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseValue() {
    switch (_scanner.getToken()) {
      case 3:
        return parseArray();
      case 1:
        return parseObject();
      case 10:
        return parseString(true);
      default:
        return parseLiteral();
    }
  }
  scanNext();
  if (_scanner.getToken() === 17) {
    if (options.allowEmptyContent) {
      return true;
    }
    handleError(4, [], []);
    return false;
  }
  if (!parseValue()) {
    handleError(4, [], []);
    return false;
  }
  if (_scanner.getToken() !== 17) {
    handleError(9, [], []);
  }
  return true;
}
function getNodeType(value) {
  switch (typeof value) {
    case "boolean":
      return "boolean";
    case "number":
      return "number";
    case "string":
      return "string";
    case "object": {
      if (!value) {
        return "null";
      } else if (Array.isArray(value)) {
        return "array";
      }
      return "object";
    }
    default:
      return "null";
  }
}

// node_modules/jsonc-parser/lib/esm/main.js
var ScanError;
(function(ScanError2) {
  ScanError2[ScanError2["None"] = 0] = "None";
  ScanError2[ScanError2["UnexpectedEndOfComment"] = 1] = "UnexpectedEndOfComment";
  ScanError2[ScanError2["UnexpectedEndOfString"] = 2] = "UnexpectedEndOfString";
  ScanError2[ScanError2["UnexpectedEndOfNumber"] = 3] = "UnexpectedEndOfNumber";
  ScanError2[ScanError2["InvalidUnicode"] = 4] = "InvalidUnicode";
  ScanError2[ScanError2["InvalidEscapeCharacter"] = 5] = "InvalidEscapeCharacter";
  ScanError2[ScanError2["InvalidCharacter"] = 6] = "InvalidCharacter";
})(ScanError || (ScanError = {}));
var SyntaxKind;
(function(SyntaxKind2) {
  SyntaxKind2[SyntaxKind2["OpenBraceToken"] = 1] = "OpenBraceToken";
  SyntaxKind2[SyntaxKind2["CloseBraceToken"] = 2] = "CloseBraceToken";
  SyntaxKind2[SyntaxKind2["OpenBracketToken"] = 3] = "OpenBracketToken";
  SyntaxKind2[SyntaxKind2["CloseBracketToken"] = 4] = "CloseBracketToken";
  SyntaxKind2[SyntaxKind2["CommaToken"] = 5] = "CommaToken";
  SyntaxKind2[SyntaxKind2["ColonToken"] = 6] = "ColonToken";
  SyntaxKind2[SyntaxKind2["NullKeyword"] = 7] = "NullKeyword";
  SyntaxKind2[SyntaxKind2["TrueKeyword"] = 8] = "TrueKeyword";
  SyntaxKind2[SyntaxKind2["FalseKeyword"] = 9] = "FalseKeyword";
  SyntaxKind2[SyntaxKind2["StringLiteral"] = 10] = "StringLiteral";
  SyntaxKind2[SyntaxKind2["NumericLiteral"] = 11] = "NumericLiteral";
  SyntaxKind2[SyntaxKind2["LineCommentTrivia"] = 12] = "LineCommentTrivia";
  SyntaxKind2[SyntaxKind2["BlockCommentTrivia"] = 13] = "BlockCommentTrivia";
  SyntaxKind2[SyntaxKind2["LineBreakTrivia"] = 14] = "LineBreakTrivia";
  SyntaxKind2[SyntaxKind2["Trivia"] = 15] = "Trivia";
  SyntaxKind2[SyntaxKind2["Unknown"] = 16] = "Unknown";
  SyntaxKind2[SyntaxKind2["EOF"] = 17] = "EOF";
})(SyntaxKind || (SyntaxKind = {}));
var parseTree2 = parseTree;
var ParseErrorCode;
(function(ParseErrorCode2) {
  ParseErrorCode2[ParseErrorCode2["InvalidSymbol"] = 1] = "InvalidSymbol";
  ParseErrorCode2[ParseErrorCode2["InvalidNumberFormat"] = 2] = "InvalidNumberFormat";
  ParseErrorCode2[ParseErrorCode2["PropertyNameExpected"] = 3] = "PropertyNameExpected";
  ParseErrorCode2[ParseErrorCode2["ValueExpected"] = 4] = "ValueExpected";
  ParseErrorCode2[ParseErrorCode2["ColonExpected"] = 5] = "ColonExpected";
  ParseErrorCode2[ParseErrorCode2["CommaExpected"] = 6] = "CommaExpected";
  ParseErrorCode2[ParseErrorCode2["CloseBraceExpected"] = 7] = "CloseBraceExpected";
  ParseErrorCode2[ParseErrorCode2["CloseBracketExpected"] = 8] = "CloseBracketExpected";
  ParseErrorCode2[ParseErrorCode2["EndOfFileExpected"] = 9] = "EndOfFileExpected";
  ParseErrorCode2[ParseErrorCode2["InvalidCommentToken"] = 10] = "InvalidCommentToken";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfComment"] = 11] = "UnexpectedEndOfComment";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfString"] = 12] = "UnexpectedEndOfString";
  ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfNumber"] = 13] = "UnexpectedEndOfNumber";
  ParseErrorCode2[ParseErrorCode2["InvalidUnicode"] = 14] = "InvalidUnicode";
  ParseErrorCode2[ParseErrorCode2["InvalidEscapeCharacter"] = 15] = "InvalidEscapeCharacter";
  ParseErrorCode2[ParseErrorCode2["InvalidCharacter"] = 16] = "InvalidCharacter";
})(ParseErrorCode || (ParseErrorCode = {}));
function printParseErrorCode(code) {
  switch (code) {
    case 1:
      return "InvalidSymbol";
    case 2:
      return "InvalidNumberFormat";
    case 3:
      return "PropertyNameExpected";
    case 4:
      return "ValueExpected";
    case 5:
      return "ColonExpected";
    case 6:
      return "CommaExpected";
    case 7:
      return "CloseBraceExpected";
    case 8:
      return "CloseBracketExpected";
    case 9:
      return "EndOfFileExpected";
    case 10:
      return "InvalidCommentToken";
    case 11:
      return "UnexpectedEndOfComment";
    case 12:
      return "UnexpectedEndOfString";
    case 13:
      return "UnexpectedEndOfNumber";
    case 14:
      return "InvalidUnicode";
    case 15:
      return "InvalidEscapeCharacter";
    case 16:
      return "InvalidCharacter";
  }
  return "<unknown ParseErrorCode>";
}

// src/spec/parse.ts
var import_yaml = __toESM(require_dist(), 1);
var SUPERVISOR_SHAPE = {
  accepts: isPlainObject,
  expected: 'a supervisor spec is an object with "type" and "spec"',
  onePerFile: "put one supervisor per file",
  empty: { blank: "a supervisor spec is a JSON object", noYamlValue: "a supervisor spec is a mapping" }
};
function formatOf(path) {
  if (/\.json$/i.test(path)) return "json";
  if (/\.ya?ml$/i.test(path)) return "yaml";
  return void 0;
}
function parseSpecText(rawText, format3, shape) {
  const text = rawText.charCodeAt(0) === 65279 ? rawText.slice(1) : rawText;
  const given = shape ?? SUPERVISOR_SHAPE;
  if (text.trim() === "") {
    const expected = given.empty?.blank ?? given.expected;
    return { findings: [parseFinding("parse/empty", `The file is empty: ${expected}.`, 1, 1)] };
  }
  return format3 === "json" ? parseJson(text, given) : parseYaml(text, given);
}
function parseJson(text, shape) {
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    return { findings: [jsonSyntaxFinding(text)] };
  }
  let lines;
  let tree;
  const treeOf = () => tree ??= parseTree2(text, [], { disallowComments: true });
  const position = (offset2) => (lines ??= new LineIndex(text)).position(offset2);
  let duplicateKeys = false;
  let offsetOf;
  const locate = (pointer) => position((offsetOf ??= jsonLocator(text, duplicateKeys))(pointer));
  const findings = [];
  if (!shape.accepts(value)) {
    findings.push(notAnObject(value, { line: 1, column: 1 }, shape));
    return { findings };
  }
  if (countKeysInText(text) !== countKeysInValue(value)) {
    duplicateKeys = true;
    for (const duplicate of jsonDuplicateKeys(treeOf())) {
      const where = position(duplicate.offset);
      findings.push(
        parseFinding(
          "parse/duplicate-key",
          `The key "${duplicate.key}" appears twice in this object; JSON parsers keep only the last value, so the first is silently lost. Keep one.`,
          where.line,
          where.column,
          duplicate.pointer
        )
      );
    }
  }
  if (/\d{16}|\d[eE]/.test(text)) findings.push(...unsafeNumbers(value, locate));
  return { document: { format: "json", value, text, locate }, findings };
}
function jsonSyntaxFinding(text) {
  const errors = [];
  parseTree2(text, errors, { disallowComments: true, allowTrailingComma: false });
  const first = errors[0];
  const where = new LineIndex(text).position(first?.offset ?? 0);
  const what = first ? describeJsonError(printParseErrorCode(first.error)) : "invalid JSON";
  return parseFinding("parse/syntax", `JSON syntax error: ${what}.`, where.line, where.column);
}
function describeJsonError(code) {
  return code.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase().replace(/^invalid comment token$/, "comments are not allowed in JSON");
}
function jsonLocator(text, duplicateKeys) {
  const objects = /* @__PURE__ */ new Map();
  const items = /* @__PURE__ */ new Map();
  return (pointer) => {
    let offset2 = skipSpace(text, 0);
    for (const token of split(pointer)) {
      let next;
      if (text.charCodeAt(offset2) === OPEN_BRACE) {
        let scan = objects.get(offset2);
        if (!scan) objects.set(offset2, scan = new MemberScan(text, offset2));
        next = scan.find(token, duplicateKeys);
      } else if (text.charCodeAt(offset2) === OPEN_BRACKET && /^\d+$/.test(token)) {
        let known = items.get(offset2);
        if (!known) items.set(offset2, known = scanItems(text, offset2));
        next = known[Number(token)];
      }
      if (next === void 0) break;
      offset2 = next;
    }
    return offset2;
  };
}
var MemberScan = class {
  constructor(text, open) {
    this.text = text;
    this.at = skipSpace(text, open + 1);
  }
  text;
  found = /* @__PURE__ */ new Map();
  at;
  done = false;
  find(key, toTheEnd) {
    const text = this.text;
    while (!this.done && (toTheEnd || !this.found.has(key))) {
      if (text.charCodeAt(this.at) !== QUOTE) {
        this.done = true;
        break;
      }
      const keyEnd = stringEnd(text, this.at);
      const raw = text.slice(this.at + 1, keyEnd - 1);
      const name3 = raw.includes("\\") ? JSON.parse(text.slice(this.at, keyEnd)) : raw;
      const valueStart = skipSpace(text, skipSpace(text, keyEnd) + 1);
      this.found.set(name3, valueStart);
      this.at = skipSpace(text, valueEnd(text, valueStart));
      if (text.charCodeAt(this.at) === COMMA) this.at = skipSpace(text, this.at + 1);
    }
    return this.found.get(key);
  }
};
function scanItems(text, open) {
  const found = [];
  let at = skipSpace(text, open + 1);
  while (at < text.length && text.charCodeAt(at) !== CLOSE_BRACKET) {
    found.push(at);
    at = skipSpace(text, valueEnd(text, at));
    if (text.charCodeAt(at) === COMMA) at = skipSpace(text, at + 1);
  }
  return found;
}
var QUOTE = 34;
var BACKSLASH = 92;
var OPEN_BRACE = 123;
var CLOSE_BRACE = 125;
var OPEN_BRACKET = 91;
var CLOSE_BRACKET = 93;
var COMMA = 44;
var COLON = 58;
var NEXT_BRACKET = /(?:[^"{}[\]]|"(?:[^"\\]|\\.)*")*[{}[\]]/y;
function isSpace(code) {
  return code === 32 || code === 10 || code === 13 || code === 9;
}
function valueEnd(text, start) {
  const first = text.charCodeAt(start);
  if (first === QUOTE) return stringEnd(text, start);
  let at = start;
  if (first !== OPEN_BRACE && first !== OPEN_BRACKET) {
    for (; at < text.length; at++) {
      const code = text.charCodeAt(at);
      if (code === COMMA || code === CLOSE_BRACE || code === CLOSE_BRACKET || isSpace(code)) break;
    }
    return at;
  }
  let depth = 1;
  NEXT_BRACKET.lastIndex = at + 1;
  while (NEXT_BRACKET.test(text)) {
    const code = text.charCodeAt(NEXT_BRACKET.lastIndex - 1);
    if (code === OPEN_BRACE || code === OPEN_BRACKET) depth++;
    else if (--depth === 0) return NEXT_BRACKET.lastIndex;
  }
  return text.length;
}
function stringEnd(text, start) {
  let at = start + 1;
  for (; ; ) {
    const quote = text.indexOf('"', at);
    if (quote < 0) return text.length;
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return quote + 1;
    at = quote + 1;
  }
}
function skipSpace(text, start) {
  let at = start;
  while (at < text.length && isSpace(text.charCodeAt(at))) at++;
  return at;
}
function countKeysInText(text) {
  let count = 0;
  for (let at = text.indexOf('"'); at >= 0; at = text.indexOf('"', at)) {
    at = stringEnd(text, at);
    if (text.charCodeAt(skipSpace(text, at)) === COLON) count++;
  }
  return count;
}
function countKeysInValue(value) {
  if (Array.isArray(value)) return value.reduce((sum, item) => sum + countKeysInValue(item), 0);
  if (isPlainObject(value)) {
    let count = 0;
    for (const key in value) count += 1 + countKeysInValue(value[key]);
    return count;
  }
  return 0;
}
function jsonDuplicateKeys(root) {
  const duplicates = [];
  const visit2 = (node, pointer) => {
    if (node.type === "object") {
      const seen = /* @__PURE__ */ new Set();
      for (const property of node.children ?? []) {
        const [keyNode, valueNode] = property.children ?? [];
        if (!keyNode) continue;
        const key = String(keyNode.value);
        const childPointer = `${pointer}/${escapeToken(key)}`;
        if (seen.has(key)) duplicates.push({ key, offset: keyNode.offset, pointer: childPointer });
        seen.add(key);
        if (valueNode) visit2(valueNode, childPointer);
      }
    } else if (node.type === "array") {
      (node.children ?? []).forEach((child, index) => visit2(child, `${pointer}/${index}`));
    }
  };
  visit2(root, "");
  return duplicates;
}
function parseYaml(text, shape) {
  const lineCounter = new import_yaml.LineCounter();
  let documents;
  try {
    documents = (0, import_yaml.parseAllDocuments)(text, {
      lineCounter,
      prettyErrors: false,
      uniqueKeys: true,
      // The yaml package would print its warnings (a collection used as a key) on our stderr;
      // what matters in a spec is reported as findings (the stringified key is an unknown key).
      logLevel: "error"
    });
  } catch (error) {
    return { findings: [parseFinding("parse/syntax", `YAML could not be read: ${String(error)}.`, 1, 1)] };
  }
  if (!Array.isArray(documents)) documents = [documents];
  const position = (offset2) => {
    const { line, col } = lineCounter.linePos(offset2);
    return { line, column: col };
  };
  const findings = [];
  for (const document2 of documents) {
    for (const error of document2.errors) {
      const where = position(error.pos[0]);
      const duplicate = error.code === "DUPLICATE_KEY";
      const message = duplicate ? "This key appears twice in the same mapping; only one value can take effect. Keep one." : `YAML syntax error: ${firstLine(error.message)}.`;
      findings.push(
        parseFinding(duplicate ? "parse/duplicate-key" : "parse/syntax", message, where.line, where.column)
      );
    }
  }
  if (findings.length > 0) return { findings };
  const nonEmpty = documents.filter((document2) => document2.contents !== null && !isEmptyScalar(document2));
  if (nonEmpty.length === 0) {
    return {
      findings: [
        parseFinding(
          "parse/empty",
          `The file holds no YAML value: ${shape.empty?.noYamlValue ?? shape.expected}.`,
          1,
          1
        )
      ]
    };
  }
  if (nonEmpty.length > 1) {
    const where = position(rangeStart(nonEmpty[1]?.contents) ?? 0);
    return {
      findings: [
        parseFinding(
          "parse/multiple-documents",
          `The file holds ${nonEmpty.length} YAML documents; ${shape.onePerFile}.`,
          where.line,
          where.column
        )
      ]
    };
  }
  const document = nonEmpty[0];
  const start = position(document.contents?.range?.[0] ?? 0);
  let value;
  try {
    value = document.toJS({ maxAliasCount: 100 });
  } catch (error) {
    return {
      findings: [
        parseFinding(
          "parse/syntax",
          `YAML could not be resolved: ${firstLine(String(error))}.`,
          start.line,
          start.column
        )
      ]
    };
  }
  if (!shape.accepts(value)) return { findings: [notAnObject(value, start, shape)] };
  const locate = (pointer) => position(locateYaml(document, pointer));
  const findings2 = [...nonJsonValues(value, locate), ...unsafeNumbers(value, locate)];
  return { document: { format: "yaml", value, text, locate }, findings: findings2 };
}
function isEmptyScalar(document) {
  return (0, import_yaml.isScalar)(document.contents) && document.contents.value === null && document.contents.source === "";
}
function locateYaml(document, pointer) {
  let node = document.contents;
  let offset2 = rangeStart(node) ?? 0;
  for (const token of split(pointer)) {
    let next;
    if ((0, import_yaml.isMap)(node)) {
      const pair = node.items.find(
        (item) => (0, import_yaml.isPair)(item) && String((0, import_yaml.isScalar)(item.key) ? item.key.value : item.key) === token
      );
      if (!pair) break;
      if (isAbsentValue(pair.value)) {
        offset2 = rangeStart(pair.key) ?? offset2;
        break;
      }
      next = pair.value;
    } else if ((0, import_yaml.isSeq)(node)) {
      next = node.items[Number(token)];
    }
    const start = rangeStart(next);
    if (start === void 0) break;
    node = next;
    offset2 = start;
  }
  return offset2;
}
function isAbsentValue(node) {
  if (node === null || node === void 0) return true;
  return (0, import_yaml.isScalar)(node) && node.value === null && !!node.range && node.range[0] === node.range[1];
}
function rangeStart(node) {
  const range = node?.range;
  return range ? range[0] : void 0;
}
function nonJsonValues(value, locate) {
  const findings = [];
  walk(value, "", (item, pointer) => {
    const bad = typeof item === "number" && !Number.isFinite(item) || item !== null && typeof item === "object" && !Array.isArray(item) && !isPlainObject(item);
    if (bad) {
      const where = locate(pointer);
      findings.push(
        parseFinding(
          "parse/not-json",
          "This YAML value (such as .inf, .nan or a tagged binary) has no JSON equivalent; Druid receives JSON. Write a plain number or string.",
          where.line,
          where.column,
          pointer
        )
      );
    }
  });
  return findings;
}
function unsafeNumbers(value, locate) {
  const findings = [];
  walk(value, "", (item, pointer) => {
    if (typeof item === "number" && Number.isInteger(item) && !Number.isSafeInteger(item)) {
      const where = locate(pointer);
      findings.push({
        rule: "parse/unsafe-integer",
        severity: "warning",
        message: `The integer ${item} is larger than 2^53 and cannot be kept exactly; Druid would receive a different value. Use a smaller number.`,
        pointer,
        line: where.line,
        column: where.column
      });
    }
  });
  return findings;
}
function walk(value, pointer, visit2) {
  visit2(value, pointer);
  if (Array.isArray(value)) value.forEach((item, index) => walk(item, `${pointer}/${index}`, visit2));
  else if (isPlainObject(value)) {
    for (const key of Object.keys(value)) {
      walk(value[key], `${pointer}/${escapeToken(key)}`, visit2);
    }
  }
}
function notAnObject(value, where, shape) {
  const kind = value === null ? "null" : Array.isArray(value) ? "an array" : isPlainObject(value) ? "an object" : `a ${typeof value}`;
  return parseFinding(
    "parse/not-an-object",
    `The file holds ${kind}; ${shape.expected}.`,
    where.line,
    where.column
  );
}
function parseFinding(rule, message, line, column2, pointer = "") {
  return { rule, severity: "error", message, pointer, line, column: column2 };
}
function firstLine(message) {
  return (message.split("\n")[0] ?? message).replace(/\s*at line \d+, column \d+:?$/, "").replace(/\.$/, "");
}
function isPlainObject(value) {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === null || Object.getPrototypeOf(proto) === null;
}
var LineIndex = class {
  starts = [0];
  constructor(text) {
    for (let index = text.indexOf("\n"); index !== -1; index = text.indexOf("\n", index + 1)) {
      this.starts.push(index + 1);
    }
  }
  position(offset2) {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = low + high + 1 >> 1;
      if (this.starts[middle] <= offset2) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset2 - this.starts[low] + 1 };
  }
};

// src/spec/model/version.ts
var NEWEST_DRUID_VERSION = "35.0.0";
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
function isAvailableIn(item, version) {
  if (item.since && compareVersions(version, item.since) < 0) return false;
  if (item.removedIn && compareVersions(version, item.removedIn) >= 0) return false;
  return true;
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

// src/spec/model/types.ts
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
var columnFormatSpec = object("columnFormatSpec", {
  objectFieldsDictionaryEncoding: field(stringEncoding, "Encoding of the dictionary of nested field names.", {
    nullable: true
  }),
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
function common() {
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
var format2 = (name3) => ({ tag: "format", note: name3 });
Object.assign(parseSpecVariants, {
  json: variant(
    PARSE_SPEC_ID,
    "json",
    {
      ...common(),
      flattenSpec: field(flattenSpec, "How nested fields are flattened.", { nullable: true }),
      featureSpec: field(jsonFeatureSpec, "Jackson JsonParser features.", { nullable: true }),
      keepNullColumns: field(bool, "Whether null-valued fields are kept as columns.", { nullable: true })
    },
    format2("JSON records.")
  ),
  jsonLowercase: variant(
    PARSE_SPEC_ID,
    "jsonLowercase",
    common(),
    format2("JSON with lower-cased field names.")
  ),
  csv: variant(
    PARSE_SPEC_ID,
    "csv",
    { ...common(), columns: parseColumns, listDelimiter: parseListDelimiter, hasHeaderRow, skipHeaderRows },
    format2("Comma-separated values.")
  ),
  tsv: variant(
    PARSE_SPEC_ID,
    "tsv",
    {
      ...common(),
      delimiter: field(str(), "Field delimiter.", { default: "	" }),
      columns: parseColumns,
      listDelimiter: parseListDelimiter,
      hasHeaderRow,
      skipHeaderRows
    },
    format2("Delimited values.")
  ),
  regex: variant(
    PARSE_SPEC_ID,
    "regex",
    {
      ...common(),
      pattern: field(str(), "Java regular expression; each group is one column.", { required: true }),
      columns: parseColumns,
      listDelimiter: parseListDelimiter
    },
    format2("Regular expression.")
  ),
  javascript: variant(
    PARSE_SPEC_ID,
    "javascript",
    { ...common(), function: field(str(), "JavaScript function from a line to a map.", { required: true }) },
    format2("Needs druid.javascript.enabled=true.")
  ),
  timeAndDims: variant(
    PARSE_SPEC_ID,
    "timeAndDims",
    common(),
    format2("Already-parsed maps (map/noop parsers).")
  ),
  avro: variant(
    PARSE_SPEC_ID,
    "avro",
    { ...common(), flattenSpec: field(flattenSpec, "How nested fields are flattened.", { nullable: true }) },
    format2("Avro records; provided by druid-avro-extensions.")
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
var dataSchema = object("dataSchema", {
  dataSource: field(
    str({ minLength: 1 }),
    'Datasource to write. Must not be empty, start with "." or contain "/" or whitespace other than space (a 400). Also the default supervisor id.',
    { required: true }
  ),
  timestampSpec: field(
    timestampSpec,
    "Where the row timestamp comes from. Required with dimensionsSpec (a 400 without it) unless the legacy parser supplies both.",
    { nullable: true }
  ),
  dimensionsSpec: field(dimensionsSpec, "Which input fields become dimensions, and how.", { nullable: true }),
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
  parser: field(
    parser,
    "Legacy parser. Stored and returned exactly as submitted and only parsed when a task starts, so its mistakes fail tasks rather than the POST.",
    {
      nullable: true,
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
    )
  }
};
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
    "Reading tasks per replica set (at most the partition count is useful). Ignored while the autoscaler is enabled: Druid then writes taskCountStart or taskCountMin here.",
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
var common2 = () => ({
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
        ...common2(),
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
    if (field2.default !== void 0) schema.default = field2.default;
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

export {
  __require,
  __commonJS,
  __toESM,
  require_dist,
  join,
  split,
  get,
  formatOf,
  parseSpecText,
  isPlainObject,
  NEWEST_DRUID_VERSION,
  parseVersion,
  compareVersions,
  isAvailableIn,
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
  ioConfig,
  tuningConfig,
  removedKeys,
  kafkaSupervisor,
  compactionTuningConfig,
  COMPACTION_TITLE,
  compactionConfig
};
